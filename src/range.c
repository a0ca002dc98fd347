/* range: a span of local calendar days named the way a user says it. */
#include "recov/range.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recov/error.h"
#include "recov/vocab.h"
#include "recov/when.h"

#define RANGE_HINT "use :today, :week, :lastweek, :month, :quarter, :year, :Nd (e.g. :14d), " \
                   ":Nw (:4w), :all (or in words: last week, last 14 days), 2026-11, " \
                   "2026-W47, FROM..TO, FROM.., ..TO, 'from A to B', 'A - B' or one day " \
                   "(see 'recov help when')"

const struct recov_when_form recov_range_forms[] = {
    {":today", "today (also :yesterday)"},
    {":week", "this week, from the configured first day (week_start); :lastweek the one before"},
    {":month", "this calendar month; :lastmonth the one before"},
    {":quarter", "this calendar quarter; :lastquarter the one before"},
    {":year", "this calendar year; :lastyear the one before"},
    {":14d", "the last N days up to today (1 to 36600)"},
    {":4w", "the last N x 7 days up to today (:4w is :28d)"},
    {":all", "everything up to today"},
    {"last week", "the named ranges in words too: week, this month, last year, all,"
                  " last 14 days, last 4 weeks"},
    {"2026-11", "a calendar month"},
    {"2026-W47", "an ISO 8601 week, Monday to Sunday"},
    {"2026-11-01..2026-11-15", "FROM..TO, both days included; each end is a day or any WHEN"},
    {"monday..", "FROM.. : from that day up to today"},
    {"..2026-11-15", "..TO : everything up to that day"},
    {"from monday to yesterday", "the same as monday..yesterday"},
    {"2026-11-01 - 2026-11-15", "the same as 2026-11-01..2026-11-15 (spaces around the dash)"},
    {"yesterday", "one day: a date, a day word, a weekday or any WHEN"},
    {NULL, NULL},
};

static int week_first_day(int day, int week_start)
{
    return day - (recov_day_weekday(day) - week_start + 7) % 7;
}

/* The months first_month .. first_month + count - 1 (1-based, may run
 * past 12) of year y. */
static void months(int y, int first_month, int count, struct recov_range *out)
{
    int last = first_month + count; /* the month after, may be 13 */
    out->first_day = recov_day_from_civil(y, first_month, 1);
    out->last_day = (last > 12 ? recov_day_from_civil(y + 1, last - 12, 1)
                               : recov_day_from_civil(y, last, 1)) - 1;
}

/* The period of `len` months that holds today, `back` periods ago. */
static void period(int today, int len, int back, struct recov_range *out)
{
    int y, m, d;
    recov_day_to_civil(today, &y, &m, &d);
    int index = y * 12 + (m - 1) / len * len - back * len;
    months(index / 12, index % 12 + 1, len, out);
}

struct named {
    const char *name;
    int months; /* 1, 3, 12: a calendar period; 0: days */
    int back;   /* 0 this one, 1 the one before */
};

static const struct named named_ranges[] = {
    {":today", 0, 0}, {":yesterday", 0, 1}, {":week", 0, 0},    {":lastweek", 0, 1},
    {":month", 1, 0}, {":lastmonth", 1, 1}, {":quarter", 3, 0}, {":lastquarter", 3, 1},
    {":year", 12, 0}, {":lastyear", 12, 1}, {":all", 0, 0},
};

/* text is a named form (":14d"); typed is what the person wrote ("last
 * 14 days"), which an error quotes. */
static int named_range(const char *text, const char *typed, int today, int week_start,
                       struct recov_range *out)
{
    for (size_t i = 0; i < sizeof named_ranges / sizeof *named_ranges; i++) {
        const struct named *n = &named_ranges[i];
        if (strcmp(text, n->name) != 0)
            continue;
        if (n->months) {
            period(today, n->months, n->back, out);
        } else if (strstr(n->name, "week")) {
            out->first_day = week_first_day(today, week_start) - 7 * n->back;
            out->last_day = out->first_day + 6;
        } else if (!strcmp(n->name, ":all")) {
            out->first_day = RECOV_RANGE_OPEN_START;
            out->last_day = today;
        } else {
            out->first_day = out->last_day = today - n->back;
        }
        return RECOV_OK;
    }
    char *end;
    long days = strtol(text + 1, &end, 10);
    /* :Nd, or :Nw for N weeks of days (not calendar weeks: :week is one). */
    if (end != text + 1 && isdigit((unsigned char)text[1]) &&
        (!strcmp(end, "d") || !strcmp(end, "w"))) {
        if (*end == 'w')
            days = days > 36600 ? 36601 : days * 7;
        if (days < 1 || days > 36600) {
            recov_error_set("range '%s': counts 1 to 36600 days, e.g. :14d or last 14 days "
                            "(:4w or last 4 weeks: N x 7 days)", typed);
            return RECOV_EINPUT;
        }
        out->first_day = today - (int)days + 1;
        out->last_day = today;
        return RECOV_OK;
    }
    const char *names[sizeof named_ranges / sizeof *named_ranges];
    for (size_t i = 0; i < sizeof named_ranges / sizeof *named_ranges; i++)
        names[i] = named_ranges[i].name;
    const char *near = recov_nearest(text, names, sizeof names / sizeof *names);
    if (near)
        recov_error_set("range '%s': not understood; did you mean '%s'?", typed, near);
    else
        recov_error_set("range '%s': not understood; %s", typed, RANGE_HINT);
    return RECOV_EINPUT;
}

/* The named ranges as a person says them: "last week" is :lastweek,
 * "week" and "this week" :week, "last 14 days" :14d. Writes the named form
 * into buf; returns 0 when text is one of these. */
static int spoken_range(const char *text, char *buf, size_t n)
{
    static const char *const periods[] = {"week", "month", "quarter", "year"};
    char unit[16], extra[2];
    int count;
    const char *rest = text;
    int last = strncasecmp(rest, "last", 4) == 0;
    if (last || strncasecmp(rest, "this ", 5) == 0)
        rest += last ? 4 : 5;
    rest += strspn(rest, " ");
    for (size_t i = 0; i < sizeof periods / sizeof *periods; i++)
        if (strcasecmp(rest, periods[i]) == 0)
            return snprintf(buf, n, ":%s%s", last ? "last" : "", periods[i]), 0;
    if (!last && (strcasecmp(text, "all") == 0 || strcasecmp(text, "everything") == 0))
        return snprintf(buf, n, ":all"), 0;
    /* "last 14 days", "past 4 weeks" */
    if (!last && strncasecmp(text, "past ", 5) == 0)
        rest = text + 5, last = 1;
    if (last && sscanf(rest, "%d %15s%1s", &count, unit, extra) == 2 && count > 0) {
        int week = !strcasecmp(unit, "weeks") || !strcasecmp(unit, "week");
        if (week || !strcasecmp(unit, "days") || !strcasecmp(unit, "day"))
            return snprintf(buf, n, ":%d%c", count, week ? 'w' : 'd'), 0;
    }
    return 1;
}

/* "2026-11": that calendar month. Returns 0, or 1 when not this shape. */
static int calendar_month(const char *text, struct recov_range *out)
{
    int y, m, len;
    if (sscanf(text, "%4d-%2d%n", &y, &m, &len) != 2 || text[len] || len != 7 || m < 1 ||
        m > 12 || y < 2000)
        return 1;
    months(y, m, 1, out);
    return RECOV_OK;
}

/* "2026-W47": Monday to Sunday of ISO week 47 of 2026. Returns 0, 1 (not
 * this shape) or RECOV_EINPUT. */
static int iso_week(const char *text, struct recov_range *out)
{
    int y, w, n;
    if (sscanf(text, "%4d-%*1[Ww]%2d%n", &y, &w, &n) != 2 || text[n] || n != 8)
        return 1;
    int jan4 = recov_day_from_civil(y, 1, 4);
    int week1 = jan4 - (recov_day_weekday(jan4) + 6) % 7;
    /* 28 December is always in the last week of its year. */
    int weeks = (recov_day_from_civil(y, 12, 28) - week1) / 7 + 1;
    if (w < 1 || w > weeks) {
        recov_error_set("range '%s': %d has ISO weeks %d-W01 to %d-W%02d", text, y, y, y, weeks);
        return RECOV_EINPUT;
    }
    int monday = week1 + (w - 1) * 7;
    out->first_day = monday;
    out->last_day = monday + 6;
    return RECOV_OK;
}

/* One end of a span ("" is open: the given default). */
static int range_end(const char *whole, const char *text, size_t len, time_t now, int open,
                     int *day)
{
    char buf[128];
    while (len && text[len - 1] == ' ')
        len--;
    while (len && *text == ' ')
        text++, len--;
    if (len == 0) {
        *day = open;
        return RECOV_OK;
    }
    snprintf(buf, sizeof buf, "%.*s", (int)len, text);
    if (recov_when_parse_day(buf, now, day) == 0)
        return RECOV_OK;
    char reason[600];
    snprintf(reason, sizeof reason, "%s", recov_error_get());
    recov_error_set("range '%s': %s", whole, reason);
    return RECOV_EINPUT;
}

/* "A..B", "A..", "..B", "from A to B", "A - B": returns 1 when text is
 * none of these. */
static int span(const char *text, time_t now, struct recov_range *out)
{
    const char *a, *b, *sep;
    size_t alen;
    int today = recov_day_of(now), rc;
    if ((sep = strstr(text, ".."))) {
        a = text, alen = (size_t)(sep - text), b = sep + 2;
    } else if (strncasecmp(text, "from ", 5) == 0 && (sep = strstr(text + 5, " to "))) {
        /* " to " is looked for after "from ": in "from to x" it is not there. */
        a = text + 5, alen = (size_t)(sep - a), b = sep + 4;
    } else if ((sep = strstr(text, " - "))) {
        a = text, alen = (size_t)(sep - text), b = sep + 3;
    } else {
        return 1;
    }
    if ((rc = range_end(text, a, alen, now, RECOV_RANGE_OPEN_START, &out->first_day)) ||
        (rc = range_end(text, b, strlen(b), now, today, &out->last_day)))
        return rc;
    if (out->first_day > out->last_day) {
        recov_error_set("range '%s': starts after it ends; give the earlier day first", text);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

int recov_range_parse(const char *text, time_t now, int week_start, struct recov_range *out)
{
    int today = recov_day_of(now);
    char named[32];
    if (text[0] == ':')
        return named_range(text, text, today, week_start, out);
    if (spoken_range(text, named, sizeof named) == 0)
        return named_range(named, text, today, week_start, out);
    if (calendar_month(text, out) == 0)
        return RECOV_OK;
    int rc = iso_week(text, out);
    if (rc != 1)
        return rc;
    rc = span(text, now, out);
    if (rc != 1)
        return rc;
    if (recov_when_parse_day(text, now, &out->first_day) == 0) {
        out->last_day = out->first_day;
        return RECOV_OK;
    }
    /* A day that was almost right says why; anything else gets the forms. */
    char reason[600];
    snprintf(reason, sizeof reason, "%s", recov_error_get());
    if (strstr(reason, "not understood") && !strstr(reason, "did you mean"))
        recov_error_set("range '%s': not understood; %s", text, RANGE_HINT);
    else
        recov_error_set("range '%s': %s", text, reason);
    return RECOV_EINPUT;
}

struct recov_range recov_range_previous(struct recov_range r)
{
    int len = r.last_day - r.first_day + 1;
    return (struct recov_range){r.first_day - len, r.first_day - 1};
}

void recov_range_bounds(struct recov_range r, time_t *from, time_t *to)
{
    *from = recov_day_start(r.first_day);
    *to = recov_day_start(r.last_day + 1);
}

time_t recov_range_logged_end(struct recov_range r, time_t now)
{
    time_t end = recov_day_start(r.last_day + 1);
    return now < end ? now + 1 : end;
}
