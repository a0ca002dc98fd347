/* cmd_import: `recov import FILE|-`: add entries from an export, skipping what is there. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cmd_import.h"
#include "recov/entry_csv.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/store.h"
#include "recov/when.h"

static const struct recov_option options[] = {{"skip-bad", 0}, {"dry-run", 0}, {NULL, 0}};

/* Entries per part of the operation's journal and sync changes: memory
 * for a few thousand rows, whatever the size of the file. */
#define PART_ROWS 4096

/* An import reads the file once, checking every line before the database
 * is opened (a bad file neither changes nor creates it), and keeps each
 * checked entry in a temporary file in binary form; then it adds them from
 * there, one at a time, in one transaction. Nothing holds more than one
 * entry, so memory does not grow with the file, and no line is parsed
 * twice. */
struct pass {
    time_t now;                 /* entries after it are refused, as on the command line */
    FILE *spool;                /* the checked entries */
    size_t entries;             /* lines that hold an entry */
    size_t added, present;
    int64_t part_first, part_last; /* ids of the entries added since the last part */
};

static int is_blank(const char *s)
{
    return s[strspn(s, " \t\r\n")] == '\0';
}

/* Prefixes the message of a bad line with its number. */
static int at_line(long lineno, int rc)
{
    char why[900];
    snprintf(why, sizeof why, "%s", recov_error_get());
    recov_error_set("import: line %ld: %s", lineno, why);
    return rc;
}

/* ---- the spool: checked entries between the two steps ---- */

/* An entry in the spool: the struct as this process holds it (the spool
 * lives and dies with the process, so no format is needed, and a field
 * added to struct recov_entry travels without a change here), then its
 * note, if any. */
struct spooled {
    int64_t lineno;
    uint32_t note_len;          /* NO_NOTE for an entry without one */
    struct recov_entry e;       /* its note pointer means nothing on the way back */
};
#define NO_NOTE UINT32_MAX

static int spool_failed(void)
{
    recov_error_set("import: cannot keep the checked entries in a temporary file: %s",
                    strerror(errno ? errno : EIO));
    return RECOV_EIO;
}

static int spool_entry(FILE *f, const struct recov_entry *e, long lineno)
{
    struct spooled s;
    memset(&s, 0, sizeof s); /* no stray bytes in the padding written out */
    s.lineno = lineno;
    s.note_len = e->note ? (uint32_t)strlen(e->note) : NO_NOTE;
    s.e = *e;
    if (fwrite(&s, sizeof s, 1, f) != 1 ||
        (e->note && fwrite(e->note, 1, s.note_len, f) != s.note_len))
        return spool_failed();
    return RECOV_OK;
}

/* Reads len bytes of text into buf (of size n) and ends it. */
static int read_text(FILE *f, char *buf, size_t n, uint32_t len)
{
    if (len >= n || fread(buf, 1, len, f) != len)
        return spool_failed();
    buf[len] = '\0';
    return RECOV_OK;
}

/* The next entry of the spool into e (clear it after); 1 at its end. */
static int unspool_entry(FILE *f, struct recov_entry *e, long *lineno)
{
    struct spooled s;
    recov_entry_init(e, RECOV_KIND_WORKOUT);
    if (fread(&s, sizeof s, 1, f) != 1)
        return ferror(f) ? spool_failed() : 1;
    *lineno = (long)s.lineno;
    *e = s.e;
    e->note = NULL;
    if (s.note_len == NO_NOTE)
        return RECOV_OK;
    e->note = malloc((size_t)s.note_len + 1);
    if (!e->note) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    return read_text(f, e->note, (size_t)s.note_len + 1, s.note_len);
}

/* ---- first step: read and check every line ---- */

/* One parsed entry: checked, and kept for the second step. */
static int visit(struct pass *p, struct recov_entry *e, long lineno)
{
    if (e->at > p->now) {
        char at[32];
        recov_when_format_utc(e->at, at, sizeof at);
        return at_line(lineno, recov_when_check(at, e->at, p->now));
    }
    p->entries++;
    return spool_entry(p->spool, e, lineno);
}

/* NDJSON: one entry per line; first is the line already read. */
static int read_ndjson(const struct recov_config *cfg, FILE *in, char **line, size_t *cap,
                       ssize_t len, struct pass *p)
{
    long lineno = 1;
    int rc = RECOV_OK;
    for (; rc == RECOV_OK && len >= 0; len = getline(line, cap, in), lineno++) {
        if (is_blank(*line))
            continue;
        struct recov_entry e;
        rc = recov_entry_from_json(*line, (size_t)len, cfg, &e);
        rc = rc ? at_line(lineno, rc) : visit(p, &e, lineno);
        recov_entry_clear(&e);
    }
    return rc;
}

/* recov's CSV export: the header names the columns of every row. */
static int read_csv(const struct recov_config *cfg, FILE *in, const char *first, struct pass *p)
{
    struct recov_csv_record header = {0}, row = {0};
    long lineno = 1;
    int rc = recov_csv_header(first, &header), got = 0;
    while (rc == RECOV_OK) {
        long start = lineno + 1;
        got = recov_csv_next(in, &row, &lineno);
        if (got <= 0) {
            rc = got < 0 ? at_line(start, got) : RECOV_OK;
            break;
        }
        if (row.n == 1 && !*recov_csv_field(&row, 0))
            continue; /* a blank line */
        struct recov_entry e;
        rc = recov_entry_from_csv(&header, &row, cfg, &e);
        rc = rc ? at_line(start, rc) : visit(p, &e, start);
        recov_entry_clear(&e);
    }
    recov_csv_record_free(&header);
    recov_csv_record_free(&row);
    return rc;
}

/* The whole file, from its start. The first line tells the format. */
static int read_entries(const struct recov_config *cfg, FILE *in, struct pass *p)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = getline(&line, &cap, in);
    int rc = RECOV_OK;
    if (len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
        memmove(line, line + 3, (size_t)len - 2); /* a UTF-8 byte order mark */
        len -= 3;
    }
    if (len >= 0 && recov_csv_is_header(line))
        rc = read_csv(cfg, in, line, p);
    else if (len >= 0)
        rc = read_ndjson(cfg, in, &line, &cap, len, p);
    if (rc == RECOV_OK && ferror(in)) {
        recov_error_set("import: read error: %s", strerror(errno));
        rc = RECOV_EIO;
    }
    free(line);
    if (rc == RECOV_OK && fflush(p->spool) != 0)
        rc = spool_failed();
    return rc;
}

/* ---- second step: add the checked entries ---- */

/* Records the entries added since the last part as one part of the
 * operation. Each took the next id (AUTOINCREMENT, and a skipped row's id
 * given back), so no other row lies between the first and the last. */
static int end_part(struct recov_db *db, struct pass *p)
{
    size_t count = p->added % PART_ROWS ? p->added % PART_ROWS : PART_ROWS;
    int rc = p->part_first ? recov_journal_part_inserted(db, p->part_first, p->part_last, count)
                           : RECOV_OK;
    p->part_first = p->part_last = 0;
    return rc;
}

/* Adds e unless it is there: an entry whose uid is present is skipped
 * when identical and refused when it differs; one without a uid is
 * skipped when an entry of the same kind, time and values exists (also
 * one added by an earlier line of the same file). */
static int add(struct recov_db *db, int64_t op, struct pass *p, struct recov_entry *e,
               long lineno)
{
    int64_t id = 0;
    int same = 0, added = 0;
    /* Only its values can tell that an entry without a uid is there. */
    int rc = e->uid[0] ? RECOV_OK : recov_store_find(db, e, &id, &same);
    if (rc == RECOV_OK && !id)
        rc = recov_store_insert_new(db, op, e, &added);
    /* Its uid is there: the same entry, or another one. */
    if (rc == RECOV_OK && !id && !added)
        rc = recov_store_find(db, e, &id, &same);
    if (rc)
        return rc;
    if (id && !same) {
        recov_error_set("import: line %ld: uid '%s' is entry #%lld, which has other values; "
                        "nothing imported (remove the uid to add it as a new entry)",
                        lineno, e->uid, (long long)id);
        return RECOV_EINPUT;
    }
    if (!added) {
        p->present++;
        return RECOV_OK;
    }
    if (!p->part_first)
        p->part_first = e->id;
    p->part_last = e->id;
    return ++p->added % PART_ROWS == 0 ? end_part(db, p) : RECOV_OK;
}

static int insert_entries(struct recov_db *db, int64_t op, void *ctx)
{
    struct pass *p = ctx;
    int rc = RECOV_OK;
    p->added = p->present = 0;
    p->part_first = p->part_last = 0;
    rewind(p->spool);
    for (size_t i = 0; rc == RECOV_OK && i < p->entries; i++) {
        struct recov_entry e;
        long lineno = 0;
        rc = unspool_entry(p->spool, &e, &lineno);
        /* The spool ends early only when the file under it was cut short. */
        if (rc == 1) {
            errno = 0;
            rc = spool_failed();
        }
        if (rc == RECOV_OK)
            rc = add(db, op, p, &e, lineno);
        recov_entry_clear(&e);
    }
    return rc ? rc : end_part(db, p);
}

static int import_file(struct recov_cli *cli, FILE *in, struct pass *p)
{
    struct recov_db *db;
    int rc = read_entries(&cli->cfg, in, p);
    if (rc || p->entries == 0)
        return rc;
    if (recov_cli_db(cli, &db))
        return RECOV_EIO;
    /* The uid index takes each new entry at a random place: a larger page
     * cache than SQLite's 2 MiB spares reading and spilling its pages.
     * 6 MiB makes a third fewer reads and a quarter fewer writes than 4
     * MiB for 200,000 entries and keeps the peak near 13 MiB (8 MiB would
     * take it past 15). */
    if (sqlite3_exec(recov_db_sqlite(db), "PRAGMA cache_size = -6144", NULL, NULL, NULL) !=
        SQLITE_OK)
        return recov_db_fail(db, "import");
    return recov_journal_write_inserts(db, "import", cli->now, insert_entries, p);
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
    /* A path that names nothing is bad input, as among recordings; a file
     * there that cannot be read is a runtime failure, like any I/O. */
    int from_stdin = strcmp(a.pos[0], "-") == 0;
    FILE *in = from_stdin ? stdin : fopen(a.pos[0], "r");
    if (!in) {
        int missing = errno == ENOENT || errno == ENOTDIR;
        recov_error_set("import: cannot open '%s': %s", a.pos[0], strerror(errno));
        return recov_cli_fail(missing ? RECOV_EINPUT : RECOV_EIO);
    }
    /* Created unlinked, readable by this user only (tmpfile). */
    struct pass p = {.now = cli->now, .spool = tmpfile()};
    int rc = p.spool ? import_file(cli, in, &p) : spool_failed();
    if (p.spool)
        fclose(p.spool);
    if (!from_stdin)
        fclose(in);
    if (rc)
        return recov_cli_fail(rc);
    printf("%zu added, %zu already present\n", p.added, p.present);
    return RECOV_EXIT_OK;
}

const struct recov_command recov_cmd_import = {
    "import", run, "import FILE|-  |  import PATH... [--skip-bad] [--dry-run]",
    "add an export, or sessions from GPX, TCX, FIT and Strava files",
    "FILE|-  recov's NDJSON export, or its CSV export (recognised by its header),\n"
    "        LF or CRLF line ends, with or without a UTF-8 byte order mark.\n"
    "        An entry whose uid is already in the log is skipped when it is\n"
    "        identical, and refused when its values differ; an entry without a uid\n"
    "        is skipped when an entry of the same kind, time and values exists.\n"
    "        Prints \"N added, M already present\". The first bad line stops the\n"
    "        import with its line number and nothing is added (exit 2); a file that\n"
    "        cannot be read is exit 1.\n"
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
    "        Prints 'N added, M already present, K skipped (why)', and each\n"
    "        sport [import.types] does not name, with the type it was counted as.\n"
    "--skip-bad  import the other files when some cannot be read, and list them\n"
    "        (without it a bad file stops the import: nothing is added, exit 2)\n"
    "--dry-run   show what would be added; write nothing\n\n"
    "One transaction either way; 'recov undo' removes a whole import.\n",
    .options = options,
};
