/* cli: what every command gets (clock, config, database) and the table. */
#ifndef RECOV_CLI_H
#define RECOV_CLI_H

#include <stdio.h>
#include <time.h>

#include <jansson.h>

#include "recov/config.h"
#include "recov/advice.h"
#include "recov/args.h"
#include "recov/db.h"
#include "recov/entry.h"
#include "recov/range.h"

struct recov_cli {
    time_t now;                 /* the pinned or real clock */
    int now_pinned;             /* --now or RECOV_NOW gave it */
    char db_path[4096];
    struct recov_config cfg;
    struct recov_db *db;        /* opened on first use by recov_cli_db */
    int colour;                 /* stdout may carry ANSI colour */
    int utf8;                   /* the locale can show Unicode blocks */
};

struct recov_command {
    const char *name;
    int (*run)(struct recov_cli *cli, int argc, char **argv);
    const char *synopsis;       /* "log TYPE DURATION [--rpe N] ..." */
    const char *summary;        /* one line for `recov --help` */
    const char *help;           /* the rest of `recov help NAME` */
    const struct recov_option *options; /* what it takes (--help aside), for completion */
    int hidden;                 /* a helper for scripts, left out of the overview */
};

/* An option of recov itself, before or after the command. */
struct recov_global_option {
    const char *name;           /* without the leading "--" */
    int takes_value;            /* 1: "--name VALUE" or "--name=VALUE"; 2: only "=VALUE" */
    const char *usage, *help;   /* "--now WHEN", what it does */
};
/* Every global option, terminated by a {NULL} row. */
extern const struct recov_global_option recov_global_options[];

/* One per cmd_<name>.c. */
extern const struct recov_command recov_cmd_log, recov_cmd_sore, recov_cmd_did, recov_cmd_well, recov_cmd_checkin,
    recov_cmd_history, recov_cmd_rm, recov_cmd_undo, recov_cmd_redo, recov_cmd_edit, recov_cmd_suggest,
    recov_cmd_export, recov_cmd_import, recov_cmd_config,
    recov_cmd_help, recov_cmd_summary, recov_cmd_remind, recov_cmd_demo, recov_cmd_complete,
    recov_cmd_sync;
extern const struct recov_command recov_cmd_report;

/* Every command, in the order `recov --help` lists them; NULL-terminated. */
extern const struct recov_command *const recov_commands[];
const struct recov_command *recov_command_find(const char *name);

/* Opens the database on first use (commands validate input first, so a
 * rejected command never creates or touches it). Returns 0 or RECOV_EIO. */
int recov_cli_db(struct recov_cli *cli, struct recov_db **db);
/* Like recov_cli_db, for commands that only read or remove: a database that
 * does not exist yet is RECOV_ENOTFOUND (no message) and is not created. */
int recov_cli_db_existing(struct recov_cli *cli, struct recov_db **db);
/* Parses a command's words against its options. Returns -1 when the command
 * goes on, else the exit status to return now (bad usage reported, or
 * --help printed). */
int recov_cli_args(const struct recov_command *cmd, int argc, char **argv,
                   const struct recov_option *options, struct recov_args *a);
/* Prints "recov: <message>" on stderr and returns the exit status. */
int recov_cli_fail(int status);
/* The RANGE of a reading command: its positional words read as one, so a
 * range in words needs no quotes (`recov summary last 14 days`), or
 * fallback when there are none. Returns 0 or RECOV_EINPUT (message set). */
int recov_cli_range(const struct recov_cli *cli, const struct recov_args *a,
                    const char *fallback, struct recov_range *out);
/* The overview of `recov --help` and `recov help`. */
void recov_help_overview(FILE *f);
/* Flushes standard output and turns a failed write (a full disk, a closed
 * pipe) into one line on stderr and exit status 1; returns the status to
 * exit with. Every command's output passes through here once, at the end. */
int recov_cli_flush(int status);
/* Prints a command's help to f. Returns RECOV_EXIT_OK. */
int recov_cli_help(const struct recov_command *cmd, FILE *f);
/* Writes v (stolen) as one line of JSON to stdout. Returns an exit status. */
int recov_cli_print_json(json_t *v);
/* Saves every entry of list as one operation of the journal named command,
 * in one transaction (setting their ids), together with the reminders that
 * saving them schedules. When advice is not NULL it receives the whole
 * advice as of now (free it after). Returns 0 or RECOV_EIO. */
int recov_cli_save(struct recov_cli *cli, const char *command, struct recov_entries *list,
                   struct recov_advice *advice);
/* The kind-specific middle of a listing line ("run 45 min, RPE 7, load
 * 315, 8.2 km, HR 148/171"), into buf. */
void recov_cli_describe_entry(const struct recov_entry *e, char *buf, size_t n);
/* Prints one entry as a line of a listing ("#12  2026-11-20 18:15  run ..."). */
void recov_cli_print_entry(const struct recov_cli *cli, const struct recov_entry *e,
                           const char *prefix);
/* Closes what the context holds. */
void recov_cli_close(struct recov_cli *cli);
/* Runs argv (argv[0] is the command name) against the table. */
int recov_cli_dispatch(struct recov_cli *cli, int argc, char **argv);

#endif
