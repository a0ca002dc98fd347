/* remind/stamp: the file that tells the reminder daemon reminders changed. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "recov/error.h"
#include "recov/remind.h"

/* Opening it for writing and closing it is the whole signal: the daemon
 * watches this one file for IN_CLOSE_WRITE (inotify), so it wakes for
 * writers of reminders and never for reads of the database, which create
 * and remove SQLite's -wal and -shm files beside it. */
int recov_remind_changed(const char *db_path)
{
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s%s", db_path, RECOV_REMIND_STAMP) >= (int)sizeof path) {
        recov_error_set("database path '%s': too long", db_path);
        return RECOV_EIO;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        recov_error_set("cannot open '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    close(fd);
    return RECOV_OK;
}
