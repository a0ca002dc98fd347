/* range: a span of local calendar days named the way a user says it. */
#include "recov/range.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/when.h"

#define RANGE_HINT "use :week, :lastweek, :month, :lastmonth, :Nd (e.g. :14d), :all, " \
                   "FROM..TO (e.g. 2026-11-01..2026-11-15) or one day"

static int week_first_day(int day, int week_start)
{
    return day - (recov_day_weekday(day) - week_start + 7) % 7;
}

static void month_of(int day, int months_back, struct recov_range *out)
{
    int y, m, d;
    recov_day_to_civil(day, &y, &m, &d);
    m -= months_back;
    while (m < 1) {
        m += 12;
        y--;
    }
    out->first_day = recov_day_from_civil(y, m, 1);
    out->last_day = (m == 12 ? recov_day_from_civil(y + 1, 1, 1) : recov_day_from_civil(y, m + 1, 1)) - 1;
}

/* One end of FROM..TO, or a single day: a date or a WHEN word. */
static int parse_day(const char *text, time_t now, int *day)
{
    time_t t;
    if (recov_day_parse(text, day) == 0)
        return RECOV_OK;
    if (recov_when_parse_any(text, now, &t) == 0) {
        *day = recov_day_of(t);
        return RECOV_OK;
    }
    return RECOV_EINPUT;
}

static int named_range(const char *text, int today, int week_start, struct recov_range *out)
{
    if (!strcmp(text, ":week") || !strcmp(text, ":lastweek")) {
        out->first_day = week_first_day(today, week_start) - (text[1] == 'l' ? 7 : 0);
        out->last_day = out->first_day + 6;
    } else if (!strcmp(text, ":month")) {
        month_of(today, 0, out);
    } else if (!strcmp(text, ":lastmonth")) {
        month_of(today, 1, out);
    } else if (!strcmp(text, ":all")) {
        out->first_day = 0;
        out->last_day = today;
    } else {
        char *end;
        long n = strtol(text + 1, &end, 10);
        if (end == text + 1 || strcmp(end, "d") != 0 || n < 1 || n > 36600)
            return RECOV_EINPUT;
        out->first_day = today - (int)n + 1;
        out->last_day = today;
    }
    return RECOV_OK;
}

int recov_range_parse(const char *text, time_t now, int week_start, struct recov_range *out)
{
    int today = recov_day_of(now);
    const char *dots = strstr(text, "..");
    if (text[0] == ':') {
        if (named_range(text, today, week_start, out) == 0)
            return RECOV_OK;
    } else if (dots) {
        char from[64];
        snprintf(from, sizeof from, "%.*s", (int)(dots - text), text);
        if (parse_day(from, now, &out->first_day) == 0 &&
            parse_day(dots + 2, now, &out->last_day) == 0) {
            if (out->first_day <= out->last_day)
                return RECOV_OK;
            recov_error_set("range '%s': starts after it ends", text);
            return RECOV_EINPUT;
        }
    } else if (parse_day(text, now, &out->first_day) == 0) {
        out->last_day = out->first_day;
        return RECOV_OK;
    }
    recov_error_set("range '%s': not understood; %s", text, RANGE_HINT);
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
