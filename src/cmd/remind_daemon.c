/* cmd_remind_daemon: `recov remind daemon`: a main loop showing reminders on time. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <gio/gio.h>
#include <glib-unix.h>

#include "recov/cmd_remind.h"
#include "recov/error.h"
#include "recov/when.h"

/* After a failed attempt (no server, a frozen one, a refusal), try again
 * this much later, or as soon as a server appears on the bus. */
#define RETRY_SECONDS 30
/* Timers run on the monotonic clock, which stops during suspend: waking at
 * least this often keeps a reminder from being late by a whole sleep. */
#define MAX_SLEEP_SECONDS 300
/* Changes to the database come in bursts (WAL, then checkpoint): one look
 * shortly after the first is enough. */
#define SETTLE_MS 250

struct daemon {
    struct recov_cli *cli;
    struct recov_db *db;
    struct recov_remind_sender sender;
    GMainLoop *loop;
    GFileMonitor *monitor;
    guint timer;
    gint64 timer_at;            /* when it fires (monotonic microseconds) */
    time_t offset;              /* the pinned clock (--now) minus the real one */
    int64_t token;
    int server_down;            /* said so once; quiet until it is back */
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
    /* Still due after a delivery: another runner holds it, or it failed. */
    if (secs <= 0)
        secs = RETRY_SECONDS;
    if (secs > MAX_SLEEP_SECONDS)
        secs = MAX_SLEEP_SECONDS;
    return (guint)secs * 1000;
}

static void deliver(struct daemon *d)
{
    struct recov_remind_runner run = {0};
    run.token = d->token;
    run.ready = recov_remind_ready;
    run.send = recov_remind_send;
    run.report = recov_remind_print;
    run.ctx = &d->sender;
    int rc = recov_remind_deliver(d->db, &d->cli->cfg, daemon_now(d), &run);
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

static gboolean tick(gpointer data)
{
    struct daemon *d = data;
    d->timer = 0;
    deliver(d);
    if (!d->timer)
        arm(d, next_delay(d));
    return G_SOURCE_REMOVE;
}

/* A Snooze or Done button pressed on a notification. */
static void on_action(int64_t id, const char *action, void *data)
{
    struct daemon *d = data;
    int snooze = !strcmp(action, "snooze");
    int rc = snooze ? recov_remind_snooze(d->db, id, daemon_now(d), RECOV_REMIND_SNOOZE_MINUTES)
                    : recov_remind_ack(d->db, id);
    if (rc)
        fprintf(stderr, "recov: %s\n", recov_error_get());
    else
        printf("%s #%lld\n", snooze ? "snoozed" : "acknowledged", (long long)id);
    fflush(stdout);
    kick(d);
}

/* Another recov process wrote to the database (the file or its WAL):
 * maybe a new reminder. Attribute changes (SQLite's fchown on open) and
 * the shared-memory index say nothing new. */
static void on_change(GFileMonitor *m, GFile *file, GFile *other, GFileMonitorEvent event,
                      gpointer data)
{
    struct daemon *d = data;
    (void)m, (void)other;
    if (event != G_FILE_MONITOR_EVENT_CHANGED && event != G_FILE_MONITOR_EVENT_CREATED &&
        event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT)
        return;
    const char *db = strrchr(d->cli->db_path, '/');
    db = db ? db + 1 : d->cli->db_path;
    char *name = g_file_get_basename(file);
    size_t n = strlen(db);
    if (name && !strncmp(name, db, n) && (name[n] == '\0' || !strcmp(name + n, "-wal")))
        kick(d);
    g_free(name);
}

static int watch_database(struct daemon *d)
{
    char *dir = g_path_get_dirname(d->cli->db_path);
    GFile *f = g_file_new_for_path(dir);
    GError *err = NULL;
    d->monitor = g_file_monitor_directory(f, G_FILE_MONITOR_NONE, NULL, &err);
    g_object_unref(f);
    if (!d->monitor) {
        recov_error_set("cannot watch '%s': %s", dir, err->message);
        g_error_free(err);
        g_free(dir);
        return RECOV_EIO;
    }
    g_free(dir);
    g_signal_connect(d->monitor, "changed", G_CALLBACK(on_change), d);
    return RECOV_OK;
}

static gboolean on_signal(gpointer data)
{
    g_main_loop_quit(((struct daemon *)data)->loop);
    return G_SOURCE_CONTINUE;
}

static int start(struct daemon *d)
{
    int rc = recov_cli_db(d->cli, &d->db);
    if (rc == RECOV_OK)
        rc = recov_notify_open(d->sender.timeout_s, &d->sender.notifier);
    if (rc == RECOV_OK)
        rc = watch_database(d);
    if (rc)
        return rc;
    recov_notify_on_action(d->sender.notifier, on_action, d);
    recov_notify_on_server(d->sender.notifier, kick, d);
    return RECOV_OK;
}

int recov_remind_cmd_daemon(struct recov_cli *cli)
{
    struct daemon d = {0};
    d.cli = cli;
    d.sender.timeout_s = cli->cfg.remind.notify_timeout;
    d.sender.actions = 1;
    d.offset = cli->now - time(NULL);
    d.token = recov_remind_token();
    int rc = start(&d);
    if (rc == RECOV_OK) {
        d.loop = g_main_loop_new(NULL, FALSE);
        guint term = g_unix_signal_add(SIGTERM, on_signal, &d);
        guint intr = g_unix_signal_add(SIGINT, on_signal, &d);
        printf("recov remind daemon: watching %s\n", cli->db_path);
        fflush(stdout);
        arm(&d, 0);
        g_main_loop_run(d.loop);
        g_source_remove(term);
        g_source_remove(intr);
        if (d.timer)
            g_source_remove(d.timer);
        g_main_loop_unref(d.loop);
    }
    if (d.monitor)
        g_object_unref(d.monitor);
    recov_notify_close(d.sender.notifier);
    return rc ? recov_cli_fail(rc) : RECOV_EXIT_OK;
}
