/* cmd_import: `recov import FILE|-`: load NDJSON entries, all or nothing. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/store.h"
#include "recov/when.h"

static const struct recov_option options[] = {{NULL, 0}};

static int is_blank(const char *s)
{
    return s[strspn(s, " \t\r\n")] == '\0';
}

/* Parses every line of in into list; the first bad line stops it with
 * "line N: why". The whole input is checked before the database is opened,
 * so a bad file neither changes nor creates it. */
static int read_entries(const struct recov_cli *cli, FILE *in, struct recov_entries *list)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    int rc = RECOV_OK;
    while (rc == RECOV_OK && (len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        if (is_blank(line))
            continue;
        struct recov_entry e;
        rc = recov_entry_from_json(line, (size_t)len, &cli->cfg, &e);
        /* The future is refused as on the command line. */
        if (rc == RECOV_OK && e.at > cli->now) {
            char at[32];
            recov_when_format_utc(e.at, at, sizeof at);
            rc = recov_when_check(at, e.at, cli->now);
        }
        if (rc) {
            char why[900];
            snprintf(why, sizeof why, "%s", recov_error_get());
            recov_error_set("import: line %ld: %s", lineno, why);
        } else {
            rc = recov_entries_push(list, &e);
        }
        recov_entry_clear(&e);
    }
    if (rc == RECOV_OK && ferror(in)) {
        recov_error_set("import: read error: %s", strerror(errno));
        rc = RECOV_EIO;
    }
    free(line);
    return rc;
}

/* Inserts the list as one batch, so that `recov undo` removes the import. */
static int insert_entries(struct recov_db *db, void *ctx)
{
    struct recov_entries *list = ctx;
    int64_t batch;
    int rc = recov_store_new_batch(db, &batch);
    for (size_t i = 0; rc == RECOV_OK && i < list->n; i++)
        rc = recov_store_insert(db, batch, &list->v[i]);
    return rc;
}

static int import_file(struct recov_cli *cli, FILE *in, struct recov_entries *list)
{
    struct recov_db *db;
    int rc = read_entries(cli, in, list);
    if (rc || list->n == 0)
        return rc;
    if (recov_cli_db(cli, &db))
        return RECOV_EIO;
    return recov_db_write(db, insert_entries, list);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    int done = recov_cli_args(&recov_cmd_import, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (a.npos != 1) {
        recov_error_set("import: expected one FILE, or - for standard input");
        return recov_cli_fail(RECOV_EINPUT);
    }
    FILE *in = strcmp(a.pos[0], "-") == 0 ? stdin : fopen(a.pos[0], "r");
    if (!in) {
        recov_error_set("import: cannot open '%s': %s", a.pos[0], strerror(errno));
        return recov_cli_fail(RECOV_EINPUT);
    }
    struct recov_entries list = {0};
    int rc = import_file(cli, in, &list);
    if (in != stdin)
        fclose(in);
    size_t count = list.n;
    recov_entries_free(&list);
    if (rc)
        return recov_cli_fail(rc);
    printf("imported %zu entries\n", count);
    return RECOV_EXIT_OK;
}

const struct recov_command recov_cmd_import = {
    "import", run, "import FILE|-", "add entries from NDJSON (as written by export)",
    "One transaction: the first bad line stops the import with its line number\n"
    "and nothing is added. Blank lines are skipped. 'recov undo' removes a whole\n"
    "import.\n",
    .options = options,
};
