/* cmd_rm: `recov rm ID...`: delete entries by id, as one operation undo reverts. */
#include <stdio.h>
#include <stdlib.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_effect.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/remind.h"
#include "recov/store.h"

static const struct recov_option options[] = {{"json", 0}, {NULL, 0}};

static int parse_ids(const struct recov_args *a, long long *ids)
{
    if (a->npos == 0) {
        recov_error_set("rm: expected one or more entry ids (see 'recov history')");
        return RECOV_EINPUT;
    }
    for (int i = 0; i < a->npos; i++) {
        char *end;
        ids[i] = strtoll(a->pos[i], &end, 10);
        if (end == a->pos[i] || *end || ids[i] < 1) {
            recov_error_set("id '%s': expected a positive entry id (see 'recov history')",
                            a->pos[i]);
            return RECOV_EINPUT;
        }
    }
    return RECOV_OK;
}

struct removal {
    const struct recov_cli *cli;
    const long long *ids;
    int n;
    struct recov_effect *effect;
};

/* Keeps each entry (for the report) and the reminders its removal cancels
 * (for undo), then removes it. */
static int remove_ids(struct recov_db *db, int64_t op, void *ctx)
{
    struct removal *r = ctx;
    int rc = RECOV_OK;
    r->effect->op = op;
    for (int i = 0; i < r->n && rc == RECOV_OK; i++) {
        struct recov_entry e;
        rc = recov_store_get(db, r->ids[i], &e);
        if (rc)
            break;
        rc = recov_entries_push(&r->effect->removed, &e);
        recov_entry_clear(&e);
        if (rc == RECOV_OK)
            rc = recov_journal_keep_reminders(db, op, r->ids[i]);
        if (rc == RECOV_OK)
            rc = recov_store_remove(db, r->ids[i]);
    }
    /* The warnings and cool-downs follow the log without them: a
     * warning for a score removed is resolved. */
    if (rc == RECOV_OK)
        rc = recov_remind_follow_log(db, &r->cli->cfg, r->cli->now);
    /* An id given twice would be "no such entry" the second time. */
    return rc == RECOV_ENOTFOUND ? RECOV_EINPUT : rc;
}

/* All ids go in one transaction: either every one is removed or none. */
static int remove_all(struct recov_cli *cli, const long long *ids, int n,
                      struct recov_effect *effect)
{
    struct recov_db *db;
    struct removal r = {cli, ids, n, effect};
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("entry '%lld': no such entry (nothing has been logged yet)", ids[0]);
    return rc ? rc : recov_journal_write(db, "rm", cli->now, remove_ids, &r);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_effect effect = {.command = "rm"};
    long long ids[RECOV_ARGS_MAX];
    int done = recov_cli_args(&recov_cmd_rm, argc, argv, options, &a);
    if (done >= 0)
        return done;
    int rc = parse_ids(&a, ids);
    if (rc == RECOV_OK)
        rc = remove_all(cli, ids, a.npos, &effect);
    int status;
    if (rc) {
        status = recov_cli_fail(rc);
    } else if (recov_args_get(&a, "json")) {
        status = recov_cli_print_json(recov_cli_effect_json("rm", &effect, 0));
    } else {
        recov_cli_effect_print(cli, &effect);
        printf("('recov undo' brings %s back)\n", effect.removed.n > 1 ? "them" : "it");
        status = RECOV_EXIT_OK;
    }
    recov_effect_free(&effect);
    return status;
}

const struct recov_command recov_cmd_rm = {
    "rm", run, "rm ID [ID ...] [--json]", "remove entries by id",
    "Removes every id given, or none when one of them does not exist, and\n"
    "prints what it removed. 'recov undo' brings them back with the same ids.\n"
    "--json  what was removed, as one object (see docs/json.md)\n",
    .options = options,
};
