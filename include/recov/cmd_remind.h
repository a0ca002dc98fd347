/* cmd_remind: what `recov remind run` and `recov remind daemon` share. */
#ifndef RECOV_CMD_REMIND_H
#define RECOV_CMD_REMIND_H

#include "recov/cli.h"
#include "recov/notify.h"
#include "recov/remind.h"

/* How a runner reaches the notification server, opened on first use so a
 * run with nothing due never touches the bus. */
struct recov_remind_sender {
    int timeout_s;
    int actions;                /* offer Snooze / Done (the daemon) */
    int idle_after_s;           /* idle this long counts as away; 0: never */
    int away_said;              /* the daemon said so already: not again */
    int printed;                /* lines recov_remind_print wrote */
    struct recov_notifier *notifier;
};

/* A runner whose callbacks ask, show and close through the sender and print
 * what happened. */
void recov_remind_runner_init(struct recov_remind_runner *run, struct recov_remind_sender *s,
                              const struct recov_config *cfg, int64_t token);
void recov_remind_print(const struct recov_reminder *r, const char *event, time_t when,
                        void *sender);

/* `remind run` and `remind daemon`; each returns the exit status. recov
 * itself hands them to recov-remind (src/remind/spawn.c), the program that
 * links the desktop libraries (src/cmd/remind_run.c, src/cmd/remind_daemon.c), so
 * that everyday commands start without loading them. */
int recov_remind_cmd_run(struct recov_cli *cli, int dry_run);
int recov_remind_cmd_daemon(struct recov_cli *cli);

#endif
