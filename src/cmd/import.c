/* cmd_import: `recov import FILE|-`: load NDJSON entries, all or nothing. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cmd_import.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/store.h"

static const struct recov_option options[] = {{"skip-bad", 0}, {"dry-run", 0}, {NULL, 0}};

static int is_blank(const char *s)
{
    return s[strspn(s, " \t\r\n")] == '\0';
}

/* Parses every line of in into list; the first bad line stops it with
 * "line N: why". The whole input is checked before the database is opened,
 * so a bad file neither changes nor creates it. */
static int read_entries(const struct recov_config *cfg, FILE *in, struct recov_entries *list)
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
        rc = recov_entry_from_json(line, (size_t)len, cfg, &e);
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
    int rc = read_entries(&cli->cfg, in, list);
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
    if (recov_import_wants_recordings(&a))
        return recov_cmd_import_recordings(cli, &a);
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
    "import", run, "import FILE|-  |  import PATH... [--skip-bad] [--dry-run]",
    "add entries from NDJSON, or sessions from GPX, TCX, FIT and Strava exports",
    "FILE|-  NDJSON as written by 'recov export'. One transaction: the first bad\n"
    "        line stops the import with its line number and nothing is added.\n"
    "        Blank lines are skipped.\n"
    "PATH    recordings from a watch or an app: GPX 1.0/1.1, TCX, FIT activity\n"
    "        files (also gzipped), a Strava bulk export (its folder or its\n"
    "        activities.csv), or folders holding them; the format is read from the\n"
    "        content, not the name. Each session becomes a workout: type from\n"
    "        [import.types], start, moving time (else elapsed), distance, heart\n"
    "        rate, the activity name as note; RPE from the file (Strava's Perceived\n"
    "        Exertion), else estimated from heart rate when [athlete] hr_max is set,\n"
    "        else the type's (marked estimated).\n"
    "        A session already in the log (the same source, or the same type\n"
    "        started within 2 minutes) is skipped, so importing again adds nothing.\n"
    "        Prints 'N added, M already present, K skipped (why)'.\n"
    "--skip-bad  import the other files when some cannot be read, and list them\n"
    "        (without it a bad file stops the import: nothing is added, exit 2)\n"
    "--dry-run   show what would be added; write nothing\n\n"
    "One transaction either way; 'recov undo' removes a whole import.\n",
};
