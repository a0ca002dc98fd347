/* crash_shim: an LD_PRELOAD library that kills the process at the N-th
 * write or fsync on the database (or its -wal, -shm, -journal).
 *
 * RECOV_CRASH_DB    the database path; files starting with it count
 * RECOV_CRASH_COUNT a file holding the number of points so far, shared by
 *                   every process of one run (recov starts recov-remind)
 * RECOV_CRASH_AT    kill -9 the process just before point N (creating
 *                   RECOV_CRASH_COUNT.killed first); 0 only counts
 *
 * A point is a write(), pwrite(), pwrite64(), writev(), fsync() or
 * fdatasync() on such a file: where a power cut or a kill can fall. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static int is_database(int fd)
{
    const char *db = getenv("RECOV_CRASH_DB");
    char link[64], path[PATH_MAX];
    if (!db || !*db)
        return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return 0;
    path[n] = '\0';
    return strncmp(path, db, strlen(db)) == 0;
}

/* Counts one point in the shared count file; returns its number. */
static long next_point(void)
{
    const char *file = getenv("RECOV_CRASH_COUNT");
    if (!file)
        return 0;
    int fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return 0;
    flock(fd, LOCK_EX);
    char buf[32] = "";
    ssize_t got = pread(fd, buf, sizeof buf - 1, 0);
    long n = (got > 0 ? atol(buf) : 0) + 1;
    int len = snprintf(buf, sizeof buf, "%ld\n", n);
    if (ftruncate(fd, 0) == 0 && pwrite(fd, buf, (size_t)len, 0) != len)
        n = 0;
    close(fd); /* releases the lock */
    return n;
}

/* Called before each operation on fd: counts it, and dies at the chosen one. */
static void point(int fd)
{
    if (!is_database(fd))
        return;
    long n = next_point();
    const char *at = getenv("RECOV_CRASH_AT");
    if (at && n > 0 && n == atol(at)) {
        /* Leave a mark: the test cannot always see the signal (recov
         * reports how recov-remind ended, not a kill of its own). */
        char mark[PATH_MAX];
        snprintf(mark, sizeof mark, "%s.killed", getenv("RECOV_CRASH_COUNT"));
        close(open(mark, O_WRONLY | O_CREAT | O_CLOEXEC, 0600));
        kill(getpid(), SIGKILL);
    }
}

/* The libc function this one wraps, looked up once. */
#define REAL(name)                                                  \
    static __typeof__(&name) real_##name;                           \
    if (!real_##name)                                               \
        real_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t n)
{
    REAL(write);
    point(fd);
    return real_write(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    REAL(pwrite);
    point(fd);
    return real_pwrite(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
    REAL(pwrite64);
    point(fd);
    return real_pwrite64(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
    REAL(writev);
    point(fd);
    return real_writev(fd, iov, n);
}

int fsync(int fd)
{
    REAL(fsync);
    point(fd);
    return real_fsync(fd);
}

int fdatasync(int fd)
{
    REAL(fdatasync);
    point(fd);
    return real_fdatasync(fd);
}
