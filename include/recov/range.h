/* range: a span of local calendar days named the way a user says it. */
#ifndef RECOV_RANGE_H
#define RECOV_RANGE_H

#include <time.h>

struct recov_range {
    int first_day, last_day; /* inclusive local day numbers (recov_day_of) */
};

/* Parses :week, :lastweek, :month, :lastmonth, :Nd (the last N days up to
 * today), :all, FROM..TO (dates or WHEN words, inclusive), or one day
 * (YYYY-MM-DD, today, yesterday, a weekday). week_start is 0 (Sunday) or 1
 * (Monday). Returns 0 or RECOV_EINPUT with a message. */
int recov_range_parse(const char *text, time_t now, int week_start, struct recov_range *out);
/* The range of the same length just before r. */
struct recov_range recov_range_previous(struct recov_range r);
/* [start of first day, start of the day after the last). */
void recov_range_bounds(struct recov_range r, time_t *from, time_t *to);

#endif
