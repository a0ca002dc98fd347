/* cmd_undo: `recov undo`: remove what the last logging command added. */
#include <stdio.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/error.h"
#include "recov/store.h"

static const struct recov_option options[] = {{NULL, 0}};

static int undo_last(struct recov_db *db, void *removed)
{
    return recov_store_undo(db, removed);
}

static int undo(struct recov_cli *cli, struct recov_entries *removed)
{
    struct recov_db *db;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("nothing to undo: the log is empty");
    return rc ? rc : recov_db_write(db, undo_last, removed);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_entries removed = {0};
    int done = recov_cli_args(&recov_cmd_undo, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (a.npos) {
        recov_error_set("undo: takes no arguments (use 'recov rm ID' for a given entry)");
        return recov_cli_fail(RECOV_EINPUT);
    }
    int rc = undo(cli, &removed);
    if (rc == RECOV_OK)
        for (size_t i = 0; i < removed.n; i++)
            recov_cli_print_entry(cli, &removed.v[i], "removed ");
    recov_entries_free(&removed);
    return rc ? recov_cli_fail(rc) : RECOV_EXIT_OK;
}

const struct recov_command recov_cmd_undo = {
    "undo", run, "undo", "remove the entries added by the last log, sore, did or import",
    "One 'recov sore quads 5 calves 3' adds two entries; undo removes both.\n",
    .options = options,
};
