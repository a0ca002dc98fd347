/* cmd_remind_run: `remind run` for real: due reminders to the desktop. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "recov/cmd_remind.h"
#include "recov/error.h"
#include "recov/signals.h"
#include "recov/store_remind.h"
#include "recov/when.h"

static int sender_open(struct recov_remind_sender *s)
{
    return s->notifier ? RECOV_OK : recov_notify_open(s->timeout_s, &s->notifier);
}

static int ready(void *ctx)
{
    struct recov_remind_sender *s = ctx;
    int rc = sender_open(s);
    return rc ? rc : recov_notify_check(s->notifier);
}

static enum recov_presence presence(void *ctx)
{
    struct recov_remind_sender *s = ctx;
    return sender_open(s) ? RECOV_PRESENT : recov_notify_presence(s->notifier, s->idle_after_s);
}

static int show(const struct recov_reminder *r, uint32_t replaces, uint32_t *server_id,
                void *ctx)
{
    struct recov_remind_sender *s = ctx;
    char body[1024];
    struct recov_notice notice;
    int rc = sender_open(s);
    if (rc)
        return rc;
    recov_remind_notice(r, body, sizeof body, &notice);
    notice.actions = s->actions;
    notice.replaces_id = replaces;
    return recov_notify_show(s->notifier, &notice, server_id);
}

static int withdraw(uint32_t server_id, void *ctx)
{
    struct recov_remind_sender *s = ctx;
    int rc = sender_open(s);
    return rc ? rc : recov_notify_withdraw(s->notifier, server_id);
}

void recov_remind_runner_init(struct recov_remind_runner *run, struct recov_remind_sender *s,
                              const struct recov_config *cfg, int64_t token)
{
    memset(run, 0, sizeof *run);
    s->timeout_s = cfg->remind.notify_timeout;
    s->idle_after_s = cfg->remind.idle_after * 60;
    run->token = token;
    run->ready = ready;
    run->presence = presence;
    run->send = show;
    run->withdraw = withdraw;
    run->report = recov_remind_print;
    run->ctx = s;
}

void recov_remind_print(const struct recov_reminder *r, const char *event, time_t when,
                        void *sender)
{
    struct recov_remind_sender *s = sender;
    char at[32];
    if (!strcmp(event, "failed"))
        return; /* the caller reports why, once */
    if (!strcmp(event, "away") && s->away_said)
        return; /* the daemon looks again every few minutes while away */
    if (!strcmp(event, "held") && r->expires_at && r->expires_at <= when) {
        /* Held past its life: it will expire, not wait for the morning. */
        recov_when_format_local(r->expires_at, at, sizeof at);
        printf("held #%lld %s (quiet hours): expires %s, before they end: %s\n",
               (long long)r->id, recov_remind_kind_name(r->kind), at, r->summary);
    } else if (!strcmp(event, "held")) {
        recov_when_format_local(when, at, sizeof at);
        printf("held #%lld %s until %s (quiet hours): %s\n", (long long)r->id,
               recov_remind_kind_name(r->kind), at, r->summary);
    } else if (!strcmp(event, "away")) {
        printf("held #%lld %s (screen locked or idle): %s\n", (long long)r->id,
               recov_remind_kind_name(r->kind), r->summary);
    } else if (!strcmp(event, "unanswered")) {
        printf("sent #%lld %s, no answer (maybe shown; not sent again): %s\n",
               (long long)r->id, recov_remind_kind_name(r->kind), r->summary);
    } else {
        printf("%s #%lld %s: %s\n", event, (long long)r->id, recov_remind_kind_name(r->kind),
               r->summary);
    }
    s->printed++;
    fflush(stdout);
}

/* When the first live reminder that will still be of use is shown (0 if
 * none), and how many are live. */
static int next_release(struct recov_db *db, const struct recov_config *cfg, time_t now,
                        time_t *next, size_t *pending)
{
    struct recov_reminders live = {0};
    *next = 0;
    if (recov_store_remind_live(db, -1, &live))
        return RECOV_EIO;
    *pending = live.n;
    for (size_t i = 0; i < live.n; i++) {
        time_t t = recov_remind_release(&cfg->remind, &live.v[i]);
        if (t <= now || (live.v[i].expires_at && live.v[i].expires_at <= t))
            continue; /* due now, so shown or settled by this run, or never shown */
        if (!*next || t < *next)
            *next = t;
    }
    recov_reminders_free(&live);
    return RECOV_OK;
}

/* A dry run that would do nothing says so, and when the next one is due:
 * silence would read as "nothing pending at all". */
static int say_nothing_due(struct recov_db *db, const struct recov_config *cfg, time_t now)
{
    time_t next;
    size_t pending;
    char at[32], then[32];
    if (next_release(db, cfg, now, &next, &pending))
        return RECOV_EIO;
    recov_when_format_local(now, at, sizeof at);
    if (!next) {
        printf(pending ? "nothing due at %s; the pending ones expire before they can be shown\n"
                       : "nothing due at %s, and nothing pending\n",
               at);
        return RECOV_OK;
    }
    recov_when_format_local(next, then, sizeof then);
    printf("nothing due at %s; the next is due %s (see 'recov remind list')\n", at, then);
    return RECOV_OK;
}

static volatile sig_atomic_t stop;

static void on_stop(int sig)
{
    (void)sig;
    stop = 1;
}

/* SIGTERM, SIGHUP and SIGINT end the run after the reminder being shown
 * is recorded, so none is left claimed half-way. */
static const int stop_signals[] = {SIGTERM, SIGHUP, SIGINT};

int recov_remind_cmd_run(struct recov_cli *cli, int dry_run)
{
    struct recov_db *db;
    struct recov_remind_sender sender = {0};
    struct recov_remind_runner run;
    recov_remind_runner_init(&run, &sender, &cli->cfg, recov_remind_token());
    run.dry_run = dry_run;
    run.stop = &stop;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        return RECOV_EXIT_OK; /* nothing logged, nothing due */
    if (rc)
        return recov_cli_fail(rc);
    recov_on_signals(on_stop, stop_signals, sizeof stop_signals / sizeof *stop_signals);
    rc = recov_remind_deliver(db, &cli->cfg, cli->now, &run);
    if (rc == RECOV_OK && dry_run && !sender.printed)
        rc = say_nothing_due(db, &cli->cfg, cli->now);
    recov_notify_close(sender.notifier);
    if (rc)
        return recov_cli_fail(rc);
    if (run.failed)
        return recov_cli_fail(RECOV_EIO);
    return RECOV_EXIT_OK;
}
