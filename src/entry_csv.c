/* entry_csv: reading entries back from recov's CSV export (RFC 4180). */
#include "recov/entry_csv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/grow.h"

/* The export's columns, and how each becomes a JSON value. */
enum col_type { COL_TEXT, COL_INT, COL_BOOL, COL_REAL, COL_LIST };
static const struct {
    const char *name;
    enum col_type type;
} columns[] = {
    {"kind", COL_TEXT},    {"at", COL_TEXT},          {"type", COL_TEXT},
    {"minutes", COL_INT},  {"rpe", COL_INT},          {"rpe_estimated", COL_BOOL},
    {"distance_km", COL_REAL}, {"region", COL_TEXT},  {"side", COL_TEXT},
    {"score", COL_INT},    {"flags", COL_LIST},       {"action", COL_TEXT},
    {"regions", COL_LIST}, {"note", COL_TEXT},        {"uid", COL_TEXT},
    /* wellness, after the older columns: older exports still read */
    {"sleep_secs", COL_INT}, {"sleep_quality", COL_INT}, {"fatigue", COL_INT},
    {"stress", COL_INT},   {"mood", COL_INT},         {"resting_hr", COL_INT},
    {"hrv", COL_INT},
};
#define NCOLUMNS (sizeof columns / sizeof *columns)

static int column_index(const char *name)
{
    for (size_t i = 0; i < NCOLUMNS; i++)
        if (strcmp(columns[i].name, name) == 0)
            return (int)i;
    return -1;
}

void recov_csv_record_free(struct recov_csv_record *r)
{
    free(r->buf);
    free(r->starts);
    free(r->column);
    memset(r, 0, sizeof *r);
}

const char *recov_csv_field(const struct recov_csv_record *r, size_t i)
{
    return i < r->n ? r->buf + r->starts[i] : "";
}

static int put_char(struct recov_csv_record *r, char c)
{
    if (recov_grow((void **)&r->buf, &r->cap, r->len, 1))
        return RECOV_EIO;
    r->buf[r->len++] = c;
    return RECOV_OK;
}

/* Starts a field at the buffer's end. */
static int begin_field(struct recov_csv_record *r)
{
    if (recov_grow((void **)&r->starts, &r->ncap, r->n, sizeof *r->starts))
        return RECOV_EIO;
    r->starts[r->n++] = r->len;
    return RECOV_OK;
}

/* Ends the current field and starts the next. */
static int next_field(struct recov_csv_record *r)
{
    return put_char(r, '\0') || begin_field(r) ? RECOV_EIO : RECOV_OK;
}

static int start_record(struct recov_csv_record *r)
{
    r->len = 0;
    r->n = 0;
    return begin_field(r);
}

/* A byte at a time, without locking the stream for each: recov reads a
 * stream from one thread. */
int recov_csv_next(FILE *in, struct recov_csv_record *r, long *lineno)
{
    int c, quoted = 0, any = 0;
    if (start_record(r))
        return RECOV_EIO;
    while ((c = getc_unlocked(in)) != EOF) {
        any = 1;
        if (quoted) {
            if (c == '"') {
                int d = getc_unlocked(in);
                if (d != '"') {
                    quoted = 0;
                    if (d != EOF)
                        ungetc(d, in);
                    continue;
                }
            } else if (c == '\n') {
                (*lineno)++;
            }
        } else if (c == '"') {
            quoted = 1;
            continue;
        } else if (c == ',') {
            if (next_field(r))
                return RECOV_EIO;
            continue;
        } else if (c == '\r' || c == '\n') {
            int d = c == '\r' ? getc_unlocked(in) : '\n';
            if (d != '\n' && d != EOF)
                ungetc(d, in);
            break;
        }
        if (put_char(r, (char)c))
            return RECOV_EIO;
    }
    (*lineno)++;
    if (ferror(in)) {
        recov_error_set("import: read error: %s", strerror(errno));
        return RECOV_EIO;
    }
    if (quoted) {
        recov_error_set("a quoted field is not closed");
        return RECOV_EINPUT;
    }
    if (put_char(r, '\0'))
        return RECOV_EIO;
    return any ? 1 : 0;
}

int recov_csv_is_header(const char *line)
{
    return strncmp(line, "kind,", 5) == 0 || strncmp(line, "kind\r", 5) == 0;
}

int recov_csv_header(const char *line, struct recov_csv_record *r)
{
    size_t n = strcspn(line, "\r\n");
    if (start_record(r))
        return RECOV_EIO;
    for (size_t i = 0; i < n; i++)
        if (line[i] == ',' ? next_field(r) : put_char(r, line[i]))
            return RECOV_EIO;
    if (put_char(r, '\0'))
        return RECOV_EIO;
    /* Each row looks its fields' columns up here, not by name. */
    free(r->column);
    r->column = malloc(r->n * sizeof *r->column);
    if (!r->column) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    for (size_t i = 0; i < r->n; i++) {
        r->column[i] = column_index(recov_csv_field(r, i));
        if (r->column[i] < 0) {
            recov_error_set("line 1: CSV column '%s': unknown; recov's export has kind, at, "
                            "type, minutes, rpe, rpe_estimated, distance_km, region, side, "
                            "score, flags, action, regions, note, uid, sleep_secs, sleep_quality, "
                            "fatigue, stress, mood, resting_hr, hrv",
                            recov_csv_field(r, i));
            return RECOV_EINPUT;
        }
    }
    return RECOV_OK;
}

/* "a;b;c" as a JSON array of strings. */
static json_t *list_value(const char *text)
{
    json_t *a = json_array();
    while (a && *text) {
        size_t n = strcspn(text, ";");
        json_array_append_new(a, json_stringn(text, n));
        text += n + (text[n] == ';');
    }
    return a;
}

/* A field as the JSON value an NDJSON export would have held; text that is
 * not a valid number stays text, so the entry checks name the field. */
static json_t *value(enum col_type type, const char *text)
{
    char *end;
    errno = 0;
    switch (type) {
    case COL_INT: {
        long long v = strtoll(text, &end, 10);
        return !errno && !*end ? json_integer(v) : json_string(text);
    }
    case COL_REAL: {
        double v = strtod(text, &end);
        return !errno && !*end ? json_real(v) : json_string(text);
    }
    case COL_BOOL:
        return !strcmp(text, "1") ? json_true() : !strcmp(text, "0") ? json_false()
                                                                     : json_string(text);
    case COL_LIST:
        return list_value(text);
    case COL_TEXT:
        break;
    }
    return json_string(text);
}

int recov_entry_from_csv(const struct recov_csv_record *header,
                         const struct recov_csv_record *row, const struct recov_config *cfg,
                         struct recov_entry *out)
{
    recov_entry_init(out, RECOV_KIND_WORKOUT);
    if (row->n != header->n) {
        recov_error_set("expected %zu fields as in the header, found %zu", header->n, row->n);
        return RECOV_EINPUT;
    }
    json_t *o = json_object();
    for (size_t i = 0; o && i < row->n; i++) {
        const char *text = recov_csv_field(row, i);
        int col = header->column[i];
        if (text[0] == '\'')
            text++;
        if (*text == '\0')
            continue;
        json_t *v = value(columns[col].type, text);
        if (!v) {
            recov_error_set("field '%s': not valid UTF-8 text", columns[col].name);
            json_decref(o);
            return RECOV_EINPUT;
        }
        json_object_set_new(o, columns[col].name, v);
    }
    if (!o) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    int rc = recov_entry_from_json_value(o, cfg, out);
    json_decref(o);
    return rc;
}
