/* cli_write: the shape every logging command (log, sore, did) shares. */
#ifndef RECOV_CLI_WRITE_H
#define RECOV_CLI_WRITE_H

#include "recov/advice.h"
#include "recov/args.h"
#include "recov/cli.h"
#include "recov/entry.h"

struct recov_write_command {
    const struct recov_command *cmd;
    const struct recov_option *options;
    /* The words into entries (appended to out); nothing is written yet.
     * Commands that log one entry give parse_entry and its kind instead. */
    int (*parse)(struct recov_cli *cli, const struct recov_args *a, struct recov_entries *out);
    int (*parse_entry)(struct recov_cli *cli, const struct recov_args *a, struct recov_entry *e);
    enum recov_kind kind;
    /* Keeps the part of the whole advice that concerns what was saved. */
    void (*advise)(struct recov_cli *cli, const struct recov_entries *saved,
                   struct recov_advice *advice);
    /* Prints what was saved and the advice kept (all: the whole advice, as
     * `recov suggest` has it); returns the exit status. */
    int (*report)(struct recov_cli *cli, const struct recov_entries *saved, int json,
                  const struct recov_advice *advice, const struct recov_advice *all);
};

/* Refuses a session or an action (e->minutes set) that would end after
 * now: --at is when it started, so '--at 08:45' with 30m at 09:00 is a slip.
 * Returns 0 or RECOV_EINPUT (message set). */
int recov_cli_check_ended(const struct recov_cli *cli, const struct recov_entry *e);

/* Sets e->at from --at (else dflt) and e->note from --note, checked, and
 * refuses an entry that would end after now. e->kind and e->minutes must be
 * set. Returns 0 or RECOV_EINPUT (message set). */
int recov_cli_write_at_note(const struct recov_cli *cli, const struct recov_args *a, time_t dflt,
                            struct recov_entry *e);

/* "logged #12", or "logged #12 (yesterday 18:00)" for an entry not of just
 * now (--at): the report's start, so that a time typed wrong shows. */
void recov_cli_logged(const struct recov_cli *cli, const struct recov_entry *e, char *buf,
                      size_t n);

/* Parses, saves in one transaction (with the reminders it schedules), then
 * reports. Bad input is refused before the database is opened. Returns the
 * exit status. */
int recov_cli_write(const struct recov_write_command *w, struct recov_cli *cli, int argc,
                    char **argv);

#endif
