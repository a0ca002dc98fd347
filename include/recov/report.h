/* report: a period of the log as one self-contained HTML page. */
#ifndef RECOV_REPORT_H
#define RECOV_REPORT_H

#include <stdio.h>
#include <time.h>

#include "recov/advice.h"
#include "recov/entry.h"
#include "recov/summary.h"
#include "recov/wellness_summary.h"

/* What a report shows, gathered by the caller: every figure comes from the
 * summary, the advice from the rules; the report computes none. */
struct recov_report {
    const struct recov_summary *summary;
    const struct recov_advice *advice;  /* as of advice_at; NULL: none */
    time_t advice_at;
    const struct recov_entries *entries; /* the range's entries, for their notes */
    time_t made;                        /* when the report was written */
    const struct recov_wellness_summary *wellness; /* NULL: none */
};

/* Writes the period report to f: figures, load chart, body map, soreness
 * timeline, episodes, warnings and advice, notes, disclaimer. Returns 0,
 * or RECOV_EIO when f failed or memory ran out (message set). */
int recov_report_write(FILE *f, const struct recov_report *r);

/* What the one-region report for a clinician shows. */
struct recov_region_report {
    int region, side;                   /* side: RECOV_SIDE_NONE for the whole region */
    const struct recov_summary *summary; /* the range */
    const struct recov_summary *before; /* the 28 days up to onset, its day
                                            included; NULL: no onset */
    const struct recov_advice *advice;  /* the region's, as of advice_at */
    time_t advice_at;
    const struct recov_entries *entries; /* the range's entries */
    time_t made;
};

/* Days of training the region report shows before an episode's onset. */
#define RECOV_REPORT_BEFORE_DAYS 28

/* The first day with a score of 1 or more for region in s, or -1: the
 * onset the region report's "before" period ends at. */
int recov_report_onset(const struct recov_summary *s, int region, int side);
/* Writes the region report: the episode in the range (onset, peak, latest,
 * trend, flags by day), its day-by-day scores, the log of its scores,
 * flags, notes and recovery actions with their times, the training load
 * of the 4 weeks up to onset and what changed against the 4 weeks before
 * those, the advice with its reasons, the disclaimer. Returns 0 or
 * RECOV_EIO (message set). */
int recov_report_region_write(FILE *f, const struct recov_region_report *r);

#endif
