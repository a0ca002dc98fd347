/* cmd_rm: `recov rm ID...`: delete entries by id. */
#include <stdio.h>
#include <stdlib.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/error.h"
#include "recov/store.h"

static const struct recov_option options[] = {{NULL, 0}};

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
    const long long *ids;
    int n;
};

static int remove_ids(struct recov_db *db, void *ctx)
{
    const struct removal *r = ctx;
    int rc = RECOV_OK;
    for (int i = 0; i < r->n && rc == RECOV_OK; i++)
        rc = recov_store_remove(db, r->ids[i]);
    return rc;
}

/* All ids go in one transaction: either every one is removed or none. */
static int remove_all(struct recov_cli *cli, const long long *ids, int n)
{
    struct recov_db *db;
    struct removal r = {ids, n};
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("entry '%lld': no such entry (nothing has been logged yet)", ids[0]);
    return rc ? rc : recov_db_write(db, remove_ids, &r);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    long long ids[RECOV_ARGS_MAX];
    int done = recov_cli_args(&recov_cmd_rm, argc, argv, options, &a);
    if (done >= 0)
        return done;
    int rc = parse_ids(&a, ids);
    if (rc == RECOV_OK)
        rc = remove_all(cli, ids, a.npos);
    if (rc)
        return recov_cli_fail(rc);
    for (int i = 0; i < a.npos; i++)
        printf("removed #%lld\n", ids[i]);
    return RECOV_EXIT_OK;
}

const struct recov_command recov_cmd_rm = {
    "rm", run, "rm ID [ID ...]", "remove entries by id",
    "Removes every id given, or none when one of them does not exist.\n",
    .options = options,
};
