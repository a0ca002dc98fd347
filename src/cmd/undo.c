/* cmd_undo: `recov undo`: revert the latest operation, whatever wrote it. */
#include <stdio.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_effect.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/remind.h"

const struct recov_option recov_undo_redo_options[] = {{"dry-run", 0}, {"json", 0}, {NULL, 0}};

/* After the log went back or forward: the warnings and cool-downs follow
 * it, as they follow a write (a warning for an entry undone is resolved;
 * one a redo brings back starts again). */
static int follow(struct recov_db *db, int64_t op, void *ctx)
{
    const struct recov_cli *cli = ctx;
    (void)op;
    return recov_remind_follow_log(db, &cli->cfg, cli->now);
}

static int step(struct recov_cli *cli, int undo, int dry_run, struct recov_effect *effect)
{
    struct recov_db *db;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND) {
        recov_error_set(undo ? "nothing to undo" : "nothing to redo");
        return rc;
    }
    if (rc)
        return rc;
    return undo ? recov_journal_undo(db, dry_run, effect, follow, cli)
                : recov_journal_redo(db, dry_run, effect, follow, cli);
}

static int report(struct recov_cli *cli, int undo, int dry_run, int json,
                  const struct recov_effect *effect)
{
    const char *action = undo ? "undo" : "redo";
    if (json)
        return recov_cli_print_json(recov_cli_effect_json(action, effect, dry_run));
    printf("%s '%s' (operation %lld):\n",
           dry_run ? (undo ? "would undo" : "would redo") : (undo ? "undid" : "redid"),
           effect->command, (long long)effect->op);
    recov_cli_effect_print(cli, effect);
    if (dry_run)
        printf("(dry run: nothing changed)\n");
    else
        printf("('recov %s' %s it)\n", undo ? "redo" : "undo", undo ? "repeats" : "reverts");
    return RECOV_EXIT_OK;
}

int recov_cli_undo_redo(const struct recov_command *cmd, int undo, struct recov_cli *cli,
                        int argc, char **argv)
{
    struct recov_args a;
    struct recov_effect effect = {0};
    int done = recov_cli_args(cmd, argc, argv, recov_undo_redo_options, &a);
    if (done >= 0)
        return done;
    if (a.npos) {
        recov_error_set("%s: takes no arguments (use 'recov rm ID' for a given entry)",
                        cmd->name);
        return recov_cli_fail(RECOV_EINPUT);
    }
    int dry_run = recov_args_get(&a, "dry-run") != NULL;
    int rc = step(cli, undo, dry_run, &effect);
    int status = rc ? recov_cli_fail(rc)
                    : report(cli, undo, dry_run, recov_args_get(&a, "json") != NULL, &effect);
    recov_effect_free(&effect);
    return status;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_undo_redo(&recov_cmd_undo, 1, cli, argc, argv);
}

const struct recov_command recov_cmd_undo = {
    "undo", run, "undo [--dry-run] [--json]", "revert the latest change to the log",
    "Every command that writes (log, sore, did, edit, rm, import, remind\n"
    "snooze/cancel/ack) is one operation. undo reverts the latest one not yet\n"
    "undone: a log is removed, an rm brings its entries back with their ids, an\n"
    "edit gets its previous values back, an import is taken out whole, a\n"
    "reminder answered is set back. Each further undo goes one\n"
    "operation back; 'recov redo' repeats what undo reverted. Reminders follow\n"
    "their entries: what a removed entry scheduled is cancelled, and comes back\n"
    "with it; warnings follow the log as it is after the step.\n\n"
    "--dry-run  print what would change and change nothing\n"
    "--json     print what changed as one object (see docs/json.md)\n",
    .options = recov_undo_redo_options,
};
