/* range: a span of local calendar days named the way a user says it. */
#ifndef RECOV_RANGE_H
#define RECOV_RANGE_H

#include <time.h>

#include "recov/when.h"

struct recov_range {
    int first_day, last_day; /* inclusive local day numbers (recov_day_of) */
};
/* Where a range with no start (:all, "..TO") begins: before anything recov
 * keeps (1970-01-01). */
#define RECOV_RANGE_OPEN_START 0

/* Parses every form in recov_range_forms: :today, :yesterday, :week,
 * :lastweek, :month, :lastmonth, :quarter, :lastquarter, :year, :lastyear,
 * :Nd (the last N days up to today), :all, an ISO week (2026-W47), FROM..TO,
 * FROM.., ..TO, "from A to B", "A - B" (each end a day or a WHEN,
 * inclusive), or one day. week_start is 0 (Sunday) or 1 (Monday).
 * Returns 0 or RECOV_EINPUT with a message naming the nearest form. */
int recov_range_parse(const char *text, time_t now, int week_start, struct recov_range *out);
/* Every accepted form, terminated by a {NULL} row. */
extern const struct recov_when_form recov_range_forms[];

/* The range of the same length just before r. */
struct recov_range recov_range_previous(struct recov_range r);
/* [start of first day, start of the day after the last). */
void recov_range_bounds(struct recov_range r, time_t *from, time_t *to);
/* Where what had been logged in r by now ends: the start of the day after
 * its last, or just after now when that comes first (a clock pinned back
 * sees nothing logged after it, in every view). */
time_t recov_range_logged_end(struct recov_range r, time_t now);

#endif
