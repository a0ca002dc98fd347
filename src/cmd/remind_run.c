/* cmd_remind_run: `remind run` for real: due reminders to the desktop. */
#include <stdio.h>
#include <string.h>

#include "recov/cmd_remind.h"
#include "recov/error.h"
#include "recov/when.h"

static int sender_open(struct recov_remind_sender *s)
{
    return s->notifier ? RECOV_OK : recov_notify_open(s->timeout_s, &s->notifier);
}

int recov_remind_ready(void *ctx)
{
    struct recov_remind_sender *s = ctx;
    int rc = sender_open(s);
    return rc ? rc : recov_notify_check(s->notifier);
}

int recov_remind_send(const struct recov_reminder *r, void *ctx)
{
    struct recov_remind_sender *s = ctx;
    char body[1024];
    struct recov_notice notice;
    int rc = sender_open(s);
    if (rc)
        return rc;
    recov_remind_notice(r, body, sizeof body, &notice);
    notice.actions = s->actions;
    return recov_notify_show(s->notifier, &notice);
}

void recov_remind_print(const struct recov_reminder *r, const char *event, time_t when,
                        void *unused)
{
    char at[32];
    (void)unused;
    if (!strcmp(event, "failed"))
        return; /* the caller reports why, once */
    if (!strcmp(event, "held")) {
        recov_when_format_local(when, at, sizeof at);
        printf("held #%lld %s until %s (quiet hours): %s\n", (long long)r->id,
               recov_remind_kind_name(r->kind), at, r->summary);
    } else {
        printf("%s #%lld %s: %s\n", event, (long long)r->id, recov_remind_kind_name(r->kind),
               r->summary);
    }
    fflush(stdout);
}

int recov_remind_cmd_run(struct recov_cli *cli, int dry_run)
{
    struct recov_db *db;
    struct recov_remind_sender sender = {cli->cfg.remind.notify_timeout, 0, NULL};
    struct recov_remind_runner run = {0};
    run.dry_run = dry_run;
    run.token = recov_remind_token();
    run.ready = recov_remind_ready;
    run.send = recov_remind_send;
    run.report = recov_remind_print;
    run.ctx = &sender;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        return RECOV_EXIT_OK; /* nothing logged, nothing due */
    if (rc)
        return recov_cli_fail(rc);
    rc = recov_remind_deliver(db, &cli->cfg, cli->now, &run);
    recov_notify_close(sender.notifier);
    if (rc)
        return recov_cli_fail(rc);
    if (run.failed)
        return recov_cli_fail(RECOV_EIO);
    return RECOV_EXIT_OK;
}
