/* remind/spawn: `remind run` and `remind daemon` handed to recov-remind.
 * Only that program links GIO (D-Bus); loading it costs about a
 * millisecond, which every `recov log` would otherwise pay. */
#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "recov/cmd_remind.h"
#include "recov/error.h"
#include "recov/when.h"
#include "recov/xdg.h"

extern char **environ;

#define RUNNER "recov-remind"

struct runner_argv {
    char *v[12];
    char now[32];
};

/* The runner sees this command's clock, database and config explicitly:
 * the demo, for one, runs it on a database of its own. */
static void build_argv(const struct recov_cli *cli, const char *sub, const char *flag,
                       char *path, struct runner_argv *a)
{
    int n = 0;
    a->v[n++] = path;
    a->v[n++] = "--db";
    a->v[n++] = (char *)cli->db_path;
    /* Only a file that is there: a --config naming none is refused. */
    if (cli->cfg.loaded) {
        a->v[n++] = "--config";
        a->v[n++] = (char *)cli->cfg.path;
    }
    if (cli->now_pinned) {
        recov_when_format_utc(cli->now, a->now, sizeof a->now);
        a->v[n++] = "--now";
        a->v[n++] = a->now;
    }
    a->v[n++] = "remind";
    a->v[n++] = (char *)sub;
    if (flag)
        a->v[n++] = (char *)flag;
    a->v[n] = NULL;
}

static int runner_missing(const char *path)
{
    recov_error_set("cannot start '%s': %s (it is installed beside recov)", path, strerror(errno));
    return recov_cli_fail(RECOV_EIO);
}

int recov_remind_cmd_run(struct recov_cli *cli, int dry_run)
{
    char path[PATH_MAX + 16];
    struct runner_argv a;
    pid_t pid;
    int status;
    recov_path_beside_self(RUNNER, path, sizeof path);
    build_argv(cli, "run", dry_run ? "--dry-run" : NULL, path, &a);
    /* The config was read and its warnings shown already. */
    setenv("RECOV_CONFIG_WARNED", "1", 1);
    fflush(stdout);
    fflush(stderr);
    int rc = strchr(path, '/') ? posix_spawn(&pid, path, NULL, NULL, a.v, environ)
                               : posix_spawnp(&pid, path, NULL, NULL, a.v, environ);
    if (rc != 0) {
        errno = rc;
        return runner_missing(path);
    }
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return recov_cli_fail(RECOV_EIO);
    return WIFEXITED(status) ? WEXITSTATUS(status) : RECOV_EXIT_FAILURE;
}

int recov_remind_cmd_daemon(struct recov_cli *cli)
{
    char path[PATH_MAX + 16];
    struct runner_argv a;
    recov_path_beside_self(RUNNER, path, sizeof path);
    build_argv(cli, "daemon", NULL, path, &a);
    setenv("RECOV_CONFIG_WARNED", "1", 1);
    fflush(stdout);
    fflush(stderr);
    /* Replaced, not spawned: signals (SIGTERM from systemd or kill) reach
     * the daemon itself, and its pid is the one that was started. */
    recov_cli_close(cli);
    if (strchr(path, '/'))
        execv(path, a.v);
    else
        execvp(path, a.v);
    return runner_missing(path);
}
