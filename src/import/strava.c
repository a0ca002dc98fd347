/* strava: a Strava bulk export (its activities.csv and the files it names). */
#include "recov/strava.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "recov/entry_csv.h"
#include "recov/error.h"
#include "recov/xdg.h"
#include "recov/import.h"

/* Where the columns recov reads are. The header repeats names: the first
 * Elapsed Time, Distance and Max Heart Rate are in the user's display
 * units, the later ones are in seconds and metres; so each is found by name
 * and occurrence, not by a fixed index Strava has changed over the years. */
struct columns {
    int id, date, name, type, elapsed, moving, dist_user, dist_m, max_hr, avg_hr, rpe, file;
};

/* The index of the nth (1-based) column called name, or -1. */
static int column(const struct recov_csv_record *head, const char *name, int nth)
{
    for (size_t i = 0; i < head->n; i++)
        if (!strcmp(recov_csv_field(head, i), name) && --nth == 0)
            return (int)i;
    return -1;
}

static void find_columns(const struct recov_csv_record *h, struct columns *c)
{
    c->id = column(h, "Activity ID", 1);
    c->date = column(h, "Activity Date", 1);
    c->name = column(h, "Activity Name", 1);
    c->type = column(h, "Activity Type", 1);
    c->elapsed = column(h, "Elapsed Time", 1);
    c->moving = column(h, "Moving Time", 1);
    c->dist_user = column(h, "Distance", 1);
    c->dist_m = column(h, "Distance", 2);
    c->max_hr = column(h, "Max Heart Rate", 2) >= 0 ? column(h, "Max Heart Rate", 2)
                                                     : column(h, "Max Heart Rate", 1);
    c->avg_hr = column(h, "Average Heart Rate", 1);
    c->rpe = column(h, "Perceived Exertion", 1);
    c->file = column(h, "Filename", 1);
}

static const char *field(const struct recov_csv_record *r, int col)
{
    return col >= 0 && (size_t)col < r->n ? recov_csv_field(r, (size_t)col) : "";
}

/* A number in a field ("3600", "3,600.5" never: Strava writes plain
 * decimals); -1 when empty or not a number. */
static double number(const struct recov_csv_record *r, int col)
{
    const char *s = field(r, col);
    char *end;
    double v = strtod(s, &end);
    return *s && !*end && v >= 0 ? v : -1;
}

/* "Nov 20, 2026, 7:00:00 AM" (English month names, UTC), as the export
 * writes it, or "2026-11-20 07:00:00". Parsed by hand: strptime's %b would
 * follow the user's locale. Returns 0 or -1. */
static int parse_date(const char *s, time_t *out)
{
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    char mon[4], ampm[3];
    int y, m = 0, d, hh, mm, ss, used = 0;
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (sscanf(s, "%3s %d, %d, %d:%d:%d %2s%n", mon, &d, &y, &hh, &mm, &ss, ampm, &used) == 7 &&
        !s[used]) {
        const char *at = strstr(months, mon);
        if (!at || strlen(mon) != 3 || (at - months) % 3 || hh < 1 || hh > 12)
            return -1;
        m = (int)(at - months) / 3 + 1;
        if (!strcasecmp(ampm, "AM"))
            hh = hh == 12 ? 0 : hh;
        else if (!strcasecmp(ampm, "PM"))
            hh = hh == 12 ? 12 : hh + 12;
        else
            return -1;
    } else if (sscanf(s, "%4d-%2d-%2d %2d:%2d:%2d%n", &y, &m, &d, &hh, &mm, &ss, &used) != 6 ||
               s[used]) {
        return -1;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60 || y < 1971)
        return -1;
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = hh;
    tm.tm_min = mm;
    tm.tm_sec = ss;
    *out = timegm(&tm);
    return 0;
}

/* Heart rate from the activity file a row names, when the row has none. */
static int file_heart_rate(const char *dir, const char *file, struct recov_activity *a)
{
    char path[4096];
    unsigned char *buf = NULL;
    FILE *in = (size_t)snprintf(path, sizeof path, "%s/%s", dir, file) < sizeof path
                   ? fopen(path, "rb") : NULL;
    if (!in) {
        recov_error_set("activity file '%s': %s", file, strerror(errno));
        return RECOV_EINPUT;
    }
    struct stat st;
    size_t len = fstat(fileno(in), &st) == 0 && st.st_size > 0 ? (size_t)st.st_size : 0;
    buf = len ? malloc(len) : NULL;
    size_t got = buf ? fread(buf, 1, len, in) : 0;
    fclose(in);
    struct recov_activities acts = {0};
    int rc = got == len && buf ? recov_import_recording(buf, len, 0, &acts) : RECOV_EINPUT;
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("activity file '%s': not a GPX, TCX or FIT recording", file);
    else if (rc == RECOV_EINPUT && got != len)
        recov_error_set("activity file '%s': cannot be read", file);
    else if (rc) {
        char why[400];
        snprintf(why, sizeof why, "%s", recov_error_get());
        recov_error_set("activity file '%s': %s", file, why);
    }
    if (rc == RECOV_OK && acts.n) {
        a->avg_hr = acts.v[0].avg_hr;
        a->max_hr = a->max_hr ? a->max_hr : acts.v[0].max_hr;
    }
    recov_activities_free(&acts);
    free(buf);
    return rc == RECOV_ENOTFOUND ? RECOV_EINPUT : rc;
}

static int read_row(const struct columns *c, const struct recov_csv_record *r, const char *dir,
                    struct recov_activity *a)
{
    recov_activity_init(a);
    const char *date = field(r, c->date);
    if (parse_date(date, &a->start)) {
        recov_error_set("Activity Date '%s': expected e.g. 'Nov 20, 2026, 7:00:00 AM'", date);
        return RECOV_EINPUT;
    }
    double elapsed = number(r, c->elapsed), moving = number(r, c->moving);
    a->elapsed_s = elapsed >= 0 ? (int)(elapsed + 0.5) : -1;
    a->moving_s = moving >= 0 ? (int)(moving + 0.5) : -1;
    if (a->elapsed_s < 0 && a->moving_s < 0) {
        recov_error_set("no Elapsed Time or Moving Time");
        return RECOV_EINPUT;
    }
    double m = number(r, c->dist_m), km = number(r, c->dist_user);
    a->distance_m = m >= 0 ? m : km >= 0 ? km * 1000 : -1;
    double hr = number(r, c->avg_hr), max = number(r, c->max_hr), rpe = number(r, c->rpe);
    a->avg_hr = hr >= 20 && hr <= 250 ? (int)(hr + 0.5) : 0;
    a->max_hr = max >= 20 && max <= 250 ? (int)(max + 0.5) : 0;
    a->rpe = rpe >= 0 && rpe <= 10 ? (int)(rpe + 0.5) : -1;
    recov_sport_normalise(field(r, c->type), a->sport, sizeof a->sport);
    snprintf(a->name, sizeof a->name, "%s", field(r, c->name));
    snprintf(a->source, sizeof a->source, "strava:%.80s", field(r, c->id));
    const char *file = field(r, c->file);
    if (!a->avg_hr && *file)
        return file_heart_rate(dir, file, a);
    return RECOV_OK;
}

static int read_rows(const char *dir, const char *buf, size_t len, struct recov_activities *out)
{
    struct recov_csv_record head = {0}, row = {0};
    struct columns c;
    long lineno = 0;
    int rc = RECOV_OK, got;
    /* The one RFC 4180 reader, over the file already in memory. */
    FILE *in = len ? fmemopen((void *)buf, len, "r") : NULL;
    if (!in || recov_csv_next(in, &head, &lineno) != 1) {
        if (in)
            fclose(in);
        recov_csv_record_free(&head);
        recov_error_set("activities.csv without a header");
        return RECOV_EINPUT;
    }
    find_columns(&head, &c);
    if (c.id < 0 || c.date < 0 || c.elapsed < 0) {
        recov_error_set("activities.csv without Activity ID, Activity Date and Elapsed Time");
        rc = RECOV_EINPUT;
    }
    for (long n = 2; rc == RECOV_OK && (got = recov_csv_next(in, &row, &lineno)) != 0; n++) {
        if (got < 0) {
            char why[400];
            snprintf(why, sizeof why, "%s", recov_error_get());
            recov_error_set("row %ld: %s", n, why);
            rc = got;
        } else if (row.n == 1 && !*recov_csv_field(&row, 0)) {
            continue;
        } else if (row.n != head.n) {
            recov_error_set("row %ld: %zu columns, the header has %zu", n, row.n, head.n);
            rc = RECOV_EINPUT;
        } else {
            struct recov_activity a;
            rc = read_row(&c, &row, dir, &a);
            if (rc == RECOV_EINPUT) {
                char why[400];
                snprintf(why, sizeof why, "%s", recov_error_get());
                recov_error_set("row %ld (activity %s): %s", n, field(&row, c.id), why);
            } else if (rc == RECOV_OK) {
                rc = recov_activities_push(out, &a);
            }
        }
    }
    fclose(in);
    recov_csv_record_free(&head);
    recov_csv_record_free(&row);
    return rc;
}

int recov_strava_read(const char *path, const char *buf, size_t len,
                      struct recov_activities *out)
{
    char dir[4096];
    recov_path_parent(path, dir, sizeof dir);
    size_t before = out->n;
    int rc = read_rows(dir, buf, len, out);
    if (rc)
        out->n = before;
    return rc;
}

int recov_strava_is_export(const char *dir)
{
    char path[4096];
    struct stat st;
    return (size_t)snprintf(path, sizeof path, "%s/activities.csv", dir) < sizeof path &&
           stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int recov_strava_read_export(const char *dir, struct recov_activities *out)
{
    char path[4096];
    FILE *in = (size_t)snprintf(path, sizeof path, "%s/activities.csv", dir) < sizeof path
                   ? fopen(path, "rb") : NULL;
    if (!in) {
        recov_error_set("cannot read '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    char *buf = NULL;
    size_t cap = 0, len = 0, got;
    do {
        if (len == cap) {
            char *more = realloc(buf, cap = cap ? cap * 2 : 65536);
            if (!more) {
                free(buf);
                fclose(in);
                recov_error_set("out of memory");
                return RECOV_EIO;
            }
            buf = more;
        }
        got = fread(buf + len, 1, cap - len, in);
        len += got;
    } while (got > 0);
    fclose(in);
    int rc = recov_strava_read(path, buf, len, out);
    free(buf);
    return rc;
}
