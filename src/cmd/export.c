/* cmd_export: `recov export`: every entry as NDJSON or CSV on stdout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/json_text.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "recov/wellness.h"
#include "recov/when.h"

static const struct recov_option options[] = {{"format", 1}, {NULL, 0}};

/* Lines are gathered and written in blocks of about this size. */
#define NDJSON_BLOCK (64 * 1024)

static int write_out(struct recov_json_text *t)
{
    if (t->len && fwrite(t->s, 1, t->len, stdout) != t->len) {
        recov_error_set("export: cannot write to standard output");
        return RECOV_EIO;
    }
    t->len = 0;
    return RECOV_OK;
}

static int write_ndjson(const struct recov_entry *e, void *ctx)
{
    struct recov_json_text *t = ctx;
    int rc = recov_entry_json_line(e, 0, t);
    return rc || t->len < NDJSON_BLOCK ? rc : write_out(t);
}

/* Spreadsheets run a cell that starts with one of these as a formula
 * ("=HYPERLINK(...)" in a note). Such a text gets one more leading ' in CSV,
 * which a spreadsheet shows as text; import takes exactly one off again. A
 * leading ' is in the set so that a note that starts with ' survives the
 * round trip. NDJSON needs no such guard. */
#define CSV_FORMULA_START "=+-@'"

/* One RFC 4180 field: the guard above, then quotes only when needed,
 * inner quotes doubled; rows end in CRLF. */
static void csv_field(const char *s, int last)
{
    int quote = s && strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        fputc('"', stdout);
    if (s && *s && strchr(CSV_FORMULA_START, *s))
        fputc('\'', stdout);
    /* Runs without a quote in one write: a byte at a time is slow. */
    while (s && *s) {
        size_t n = strcspn(s, "\"");
        fwrite(s, 1, n, stdout);
        s += n;
        if (*s == '"') {
            fputs("\"\"", stdout);
            s++;
        }
    }
    if (quote)
        fputc('"', stdout);
    fputs(last ? "\r\n" : ",", stdout);
}

/* A number and its comma (just the comma when absent), in one write. */
static void csv_int(int v, int present)
{
    char b[16], *o = b + sizeof b;
    *--o = ',';
    if (present) {
        unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
        do
            *--o = (char)('0' + u % 10);
        while (u /= 10);
        if (v < 0)
            *--o = '-';
    }
    fwrite(o, 1, (size_t)(b + sizeof b - o), stdout);
}

static int write_csv(const struct recov_entry *e, void *ctx)
{
    (void)ctx;
    char at[32], km[32] = "", list[512] = "";
    recov_when_format_utc(e->at, at, sizeof at);
    int w = e->kind == RECOV_KIND_WORKOUT, s = e->kind == RECOV_KIND_SORENESS,
        r = e->kind == RECOV_KIND_RECOVERY;
    csv_field(recov_kind_name(e->kind), 0);
    csv_field(at, 0);
    csv_field(w ? e->type : "", 0);
    csv_int(e->minutes, w || r);
    csv_int(e->rpe, w);
    csv_int(e->rpe_estimated, w);
    if (w && e->distance_km >= 0)
        snprintf(km, sizeof km, "%.12g", e->distance_km);
    csv_field(km, 0);
    csv_field(s ? recov_region_names[e->region] : "", 0);
    csv_field(recov_side_names[e->side], 0);
    csv_int(e->score, s);
    recov_flags_format(s ? e->flags : 0, ";", list, sizeof list);
    csv_field(list, 0);
    csv_field(r ? recov_action_names[e->action] : "", 0);
    recov_regions_format(r ? e->regions : 0, ";", list, sizeof list);
    csv_field(list, 0);
    csv_field(e->note ? e->note : "", 0);
    csv_field(e->uid, 0);
    int wl = e->kind == RECOV_KIND_WELLNESS;
    csv_int(e->sleep_secs, wl && e->sleep_secs >= 0);
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        csv_int(e->well[i], wl && e->well[i]);
    csv_int(e->resting_hr, wl && e->resting_hr);
    if (wl && e->hrv)
        printf("%d", e->hrv);
    fputs("\r\n", stdout);
    if (ferror(stdout)) {
        recov_error_set("export: cannot write to standard output");
        return RECOV_EIO;
    }
    return RECOV_OK;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    int done = recov_cli_args(&recov_cmd_export, argc, argv, options, &a);
    if (done >= 0)
        return done;
    const char *format = recov_args_get(&a, "format");
    int csv = format && strcmp(format, "csv") == 0;
    if ((format && !csv && strcmp(format, "ndjson") != 0) || a.npos) {
        recov_error_set("export: expected [--format ndjson|csv] and no other arguments");
        return recov_cli_fail(RECOV_EINPUT);
    }
    struct recov_db *db;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc && rc != RECOV_ENOTFOUND)
        return recov_cli_fail(rc);
    /* CSV rows go out through stdio: in blocks of 64 KiB rather than the
     * 4 KiB a pipe or file gets by default. A terminal keeps its lines. */
    static char csv_block[64 * 1024];
    if (csv && !isatty(fileno(stdout)))
        setvbuf(stdout, csv_block, _IOFBF, sizeof csv_block);
    if (csv)
        fputs("kind,at,type,minutes,rpe,rpe_estimated,distance_km,region,side,score,flags,"
              "action,regions,note,uid,sleep_secs,sleep_quality,fatigue,stress,mood,"
              "resting_hr,hrv\r\n",
              stdout);
    /* No database yet: nothing logged, an empty export. */
    struct recov_json_text lines = {0};
    if (rc == RECOV_OK)
        rc = recov_store_each(db, csv ? write_csv : write_ndjson, &lines);
    else
        rc = RECOV_OK;
    if (rc == RECOV_OK)
        rc = write_out(&lines);
    recov_json_text_free(&lines);
    if (rc == RECOV_OK && fflush(stdout) != 0) {
        recov_error_set("export: cannot write to standard output");
        rc = RECOV_EIO;
    }
    return rc ? recov_cli_fail(rc) : RECOV_EXIT_OK;
}

const struct recov_command recov_cmd_export = {
    "export", run, "export [--format ndjson|csv]", "write every entry to standard output",
    "NDJSON (default): one object per line, oldest first, in the format that\n"
    "'recov import' reads back:\n"
    "  {\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\",\"minutes\":45,\"rpe\":7}\n"
    "  {\"kind\":\"soreness\",\"at\":...,\"region\":\"quads\",\"score\":5,\"flags\":[\"swelling\"]}\n"
    "  {\"kind\":\"recovery\",\"at\":...,\"action\":\"bath\",\"minutes\":20,\"regions\":[\"quads\"]}\n"
    "  {\"kind\":\"wellness\",\"at\":...,\"sleep_secs\":27000,\"fatigue\":3,\"resting_hr\":52}\n"
    "CSV (RFC 4180): a header line, then one row per entry, CRLF line ends;\n"
    "lists are joined with ';'. A text that starts with = + - @ or ' gets one\n"
    "more ' in front, so that a spreadsheet shows it rather than running it as a\n"
    "formula.\n"
    "Each entry carries its uid: the identity it keeps in every copy of the log.\n",
    .options = options,
};
