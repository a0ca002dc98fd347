/* cmd_remind_daemon: `recov remind daemon`: a main loop showing reminders on time. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib-unix.h>

#include "recov/cmd_remind.h"
#include "recov/error.h"
#include "recov/remind.h"
#include "recov/terminal.h"
#include "recov/when.h"
#include "recov/xdg.h"

/* After a failed attempt (no server, a frozen one, a refusal), or while
 * the session is idle (no signal says when it ends), try again this much
 * later, or as soon as a server appears on the bus. */
#define RETRY_SECONDS 30
/* Timers run on the monotonic clock, which stops during suspend: waking at
 * least this often keeps a reminder from being late by a whole sleep. */
#define MAX_SLEEP_SECONDS 300
/* Writers of reminders signal once per command; a short wait lets a burst
 * (a script logging many entries) become one look. */
#define SETTLE_MS 100
/* The session bus gone: try a new connection this often, for this long;
 * then exit with RECOV_EXIT_NO_NOTIFY so that systemd starts us again. */
#define RECONNECT_MS 250
#define RECONNECT_LIMIT_S 30

struct daemon {
    struct recov_cli *cli;
    struct recov_db *db;
    struct recov_remind_sender sender;
    GMainLoop *loop;
    guint timer;
    gint64 timer_at;            /* when it fires (monotonic microseconds) */
    time_t offset;              /* the pinned clock (--now) minus the real one */
    int64_t token;
    int server_down;            /* said so once; quiet until it is back */
    gint64 lost_since;          /* bus connection lost then (monotonic); 0: fine */
    int reload;                 /* SIGHUP: read the config again */
    int status;                 /* exit status */
    enum recov_presence away;   /* why the last delivery held reminders */
    int stamp_fd, stamp_wd;     /* inotify on the database's -remind file */
    guint stamp_source;
    char stamp[PATH_MAX + 16];
};

static time_t daemon_now(const struct daemon *d)
{
    return time(NULL) + d->offset;
}

static gboolean tick(gpointer data);

static void arm(struct daemon *d, guint ms)
{
    if (d->timer)
        g_source_remove(d->timer);
    d->timer = g_timeout_add(ms, tick, d);
    d->timer_at = g_get_monotonic_time() + (gint64)ms * 1000;
}

/* Looks at the database soon; a burst of calls does not push that back. */
static void kick(void *data)
{
    struct daemon *d = data;
    gint64 soon = g_get_monotonic_time() + SETTLE_MS * 1000;
    if (d->timer && d->timer_at <= soon)
        return;
    arm(d, SETTLE_MS);
}

/* Milliseconds until the next reminder may be shown. */
static guint next_delay(struct daemon *d)
{
    time_t next, now = daemon_now(d);
    if (recov_remind_next(d->db, &d->cli->cfg, &next)) {
        fprintf(stderr, "recov: %s\n", recov_error_get());
        return RETRY_SECONDS * 1000;
    }
    long secs = next ? (long)(next - now) : MAX_SLEEP_SECONDS;
    /* Still due after a delivery: another runner holds it, it failed, or
     * the session is away. A locked screen says when it unlocks
     * (ActiveChanged); idleness does not, so that is polled. */
    if (secs <= 0)
        secs = d->away == RECOV_AWAY_LOCKED ? MAX_SLEEP_SECONDS : RETRY_SECONDS;
    if (secs > MAX_SLEEP_SECONDS)
        secs = MAX_SLEEP_SECONDS;
    return (guint)secs * 1000;
}

static void deliver(struct daemon *d)
{
    struct recov_remind_runner run;
    recov_remind_runner_init(&run, &d->sender, &d->cli->cfg, d->token);
    d->sender.away_said = d->away != RECOV_PRESENT;
    int rc = recov_remind_deliver(d->db, &d->cli->cfg, daemon_now(d), &run);
    d->away = run.away;
    if (rc == RECOV_ENOBUS) {
        if (!d->server_down)
            fprintf(stderr, "recov: %s; retrying\n", recov_error_get());
        d->server_down = 1;
        return;
    }
    if (rc || run.failed)
        fprintf(stderr, "recov: %s\n", recov_error_get());
    if (run.sent && d->server_down)
        fprintf(stderr, "recov: notification server is back\n");
    if (run.sent)
        d->server_down = 0;
}

static void subscribe(struct daemon *d);

/* A new bus connection after the old one closed. 0 when connected; else
 * tried again shortly, and after RECONNECT_LIMIT_S the daemon exits. */
static int reconnect(struct daemon *d)
{
    if (!d->lost_since) {
        d->lost_since = g_get_monotonic_time();
        fprintf(stderr, "recov: session bus connection lost; reconnecting\n");
    }
    recov_notify_close(d->sender.notifier);
    d->sender.notifier = NULL;
    if (recov_notify_open(d->sender.timeout_s, &d->sender.notifier) == RECOV_OK) {
        subscribe(d);
        fprintf(stderr, "recov: reconnected to the session bus\n");
        d->lost_since = 0;
        d->server_down = 0;
        return RECOV_OK;
    }
    if (g_get_monotonic_time() - d->lost_since > (gint64)RECONNECT_LIMIT_S * G_USEC_PER_SEC) {
        fprintf(stderr, "recov: %s; giving up after %d s\n", recov_error_get(),
                RECONNECT_LIMIT_S);
        d->status = RECOV_EXIT_NO_NOTIFY;
        g_main_loop_quit(d->loop);
        return RECOV_ENOBUS;
    }
    arm(d, RECONNECT_MS);
    return RECOV_ENOBUS;
}

/* SIGHUP: the config again. A bad file keeps the one in force. */
static void reload_config(struct daemon *d)
{
    struct recov_config *cfg = g_new(struct recov_config, 1);
    char path[sizeof cfg->path];
    d->reload = 0;
    snprintf(path, sizeof path, "%s", d->cli->cfg.path);
    recov_config_defaults(cfg);
    if (!*path)
        recov_config_default_path(path, sizeof path);
    int rc = recov_config_load_system(cfg);
    if (rc == RECOV_OK)
        rc = recov_config_load(cfg, path);
    if (rc == RECOV_OK) {
        recov_config_free(&d->cli->cfg);
        d->cli->cfg = *cfg;
        d->sender.timeout_s = cfg->remind.notify_timeout;
        printf("recov remind daemon: config reloaded\n");
        fflush(stdout);
    } else {
        fprintf(stderr, "recov: %s; keeping the config in force\n", recov_error_get());
        recov_config_free(cfg);
    }
    g_free(cfg);
}

static gboolean tick(gpointer data)
{
    struct daemon *d = data;
    d->timer = 0;
    if (!recov_notify_alive(d->sender.notifier) && reconnect(d))
        return G_SOURCE_REMOVE;
    if (d->reload)
        reload_config(d);
    deliver(d);
    if (!d->timer)
        arm(d, next_delay(d));
    return G_SOURCE_REMOVE;
}

/* "Check in now": `recov checkin` in a terminal; the check-in it saves
 * settles the reminder as any check-in does. */
static void open_checkin(struct daemon *d, int64_t id)
{
    char recov[PATH_MAX + 16], **argv = NULL;
    recov_path_beside_self("recov", recov, sizeof recov);
    /* --config only for a file that is there: one naming none is refused. */
    int rc = recov_terminal_argv(d->cli->cfg.remind.checkin_terminal, recov, d->cli->db_path,
                                 d->cli->cfg.loaded ? d->cli->cfg.path : NULL, &argv);
    if (rc == RECOV_OK)
        rc = recov_terminal_start(argv);
    if (rc)
        fprintf(stderr, "recov: %s\n", recov_error_get());
    else
        printf("check-in #%lld: opened %s\n", (long long)id, argv[0]);
    fflush(stdout);
    g_strfreev(argv);
}

/* A button pressed on a notification: Snooze, Done or Check in now. */
static void on_action(int64_t id, const char *action, void *data)
{
    struct daemon *d = data;
    if (!strcmp(action, RECOV_REMIND_ACTION_CHECKIN)) {
        open_checkin(d, id);
        return;
    }
    int snooze = !strcmp(action, "snooze");
    int rc = snooze ? recov_remind_snooze(d->db, id, daemon_now(d), RECOV_REMIND_SNOOZE_MINUTES, 1)
                    : recov_remind_ack(d->db, id, daemon_now(d));
    if (rc)
        fprintf(stderr, "recov: %s\n", recov_error_get());
    else
        printf("%s #%lld\n", snooze ? "snoozed" : "acknowledged", (long long)id);
    fflush(stdout);
    kick(d);
}

static void on_lost(void *data)
{
    arm(data, 0);
}

static void subscribe(struct daemon *d)
{
    struct recov_notifier *n = d->sender.notifier;
    recov_notify_on_action(n, on_action, d);
    recov_notify_on_server(n, kick, d);
    recov_notify_on_present(n, kick, d);
    recov_notify_on_lost(n, on_lost, d);
}

/* ---- the -remind stamp: woken by writers of reminders only ---- */

static int watch_stamp(struct daemon *d);

static gboolean on_stamp(gint fd, GIOCondition cond, gpointer data)
{
    struct daemon *d = data;
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    int gone = 0;
    ssize_t len;
    (void)cond;
    while ((len = read(fd, buf, sizeof buf)) > 0)
        for (char *p = buf; p < buf + len; p += sizeof(struct inotify_event) +
                                                 ((struct inotify_event *)p)->len)
            gone |= (((struct inotify_event *)p)->mask &
                     (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) != 0;
    if (gone && watch_stamp(d))
        fprintf(stderr, "recov: %s\n", recov_error_get());
    kick(d);
    return G_SOURCE_CONTINUE;
}

/* Watches the stamp file itself (not the directory: SQLite creates and
 * removes its -wal and -shm files there on every read). */
static int watch_stamp(struct daemon *d)
{
    int fd = open(d->stamp, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0)
        close(fd);
    if (d->stamp_wd > 0)
        inotify_rm_watch(d->stamp_fd, d->stamp_wd);
    d->stamp_wd = inotify_add_watch(d->stamp_fd, d->stamp,
                                    IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF);
    if (d->stamp_wd < 0) {
        recov_error_set("cannot watch '%s': %s", d->stamp, strerror(errno));
        return RECOV_EIO;
    }
    return RECOV_OK;
}

static int start_watch(struct daemon *d)
{
    if (snprintf(d->stamp, sizeof d->stamp, "%s%s", d->cli->db_path, RECOV_REMIND_STAMP) >=
        (int)sizeof d->stamp) {
        recov_error_set("database path '%s': too long", d->cli->db_path);
        return RECOV_EIO;
    }
    d->stamp_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (d->stamp_fd < 0) {
        recov_error_set("cannot watch '%s': %s", d->stamp, strerror(errno));
        return RECOV_EIO;
    }
    if (watch_stamp(d))
        return RECOV_EIO;
    d->stamp_source = g_unix_fd_add(d->stamp_fd, G_IO_IN, on_stamp, d);
    return RECOV_OK;
}

/* ---- signals ---- */

/* Both run from the main loop, so a delivery in progress (a tick) is
 * finished and recorded before either acts. */
static gboolean on_stop(gpointer data)
{
    g_main_loop_quit(((struct daemon *)data)->loop);
    return G_SOURCE_CONTINUE;
}

static gboolean on_hup(gpointer data)
{
    struct daemon *d = data;
    d->reload = 1;
    arm(d, 0);
    return G_SOURCE_CONTINUE;
}

static int start(struct daemon *d)
{
    int rc = recov_cli_db(d->cli, &d->db);
    if (rc == RECOV_OK)
        rc = recov_notify_open(d->sender.timeout_s, &d->sender.notifier);
    if (rc == RECOV_OK)
        rc = start_watch(d);
    if (rc)
        return rc;
    subscribe(d);
    return RECOV_OK;
}

static void stop(struct daemon *d)
{
    if (d->stamp_source)
        g_source_remove(d->stamp_source);
    if (d->stamp_fd > 0)
        close(d->stamp_fd);
    recov_notify_close(d->sender.notifier);
}

int recov_remind_cmd_daemon(struct recov_cli *cli)
{
    struct daemon d = {0};
    d.cli = cli;
    d.sender.actions = 1;
    d.sender.timeout_s = cli->cfg.remind.notify_timeout;
    d.offset = cli->now - time(NULL);
    d.token = recov_remind_token();
    d.stamp_fd = -1;
    int rc = start(&d);
    if (rc == RECOV_OK) {
        d.loop = g_main_loop_new(NULL, FALSE);
        guint sources[] = {g_unix_signal_add(SIGTERM, on_stop, &d),
                           g_unix_signal_add(SIGINT, on_stop, &d),
                           g_unix_signal_add(SIGHUP, on_hup, &d)};
        printf("recov remind daemon: watching %s\n", cli->db_path);
        fflush(stdout);
        arm(&d, 0);
        g_main_loop_run(d.loop);
        for (size_t i = 0; i < sizeof sources / sizeof *sources; i++)
            g_source_remove(sources[i]);
        if (d.timer)
            g_source_remove(d.timer);
        g_main_loop_unref(d.loop);
    }
    stop(&d);
    if (rc)
        return recov_cli_fail(rc);
    return d.status;
}
