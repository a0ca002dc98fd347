/* report: a period of the log as one self-contained HTML page. */
#ifndef RECOV_REPORT_H
#define RECOV_REPORT_H

#include <stdio.h>
#include <time.h>

#include "recov/advice.h"
#include "recov/entry.h"
#include "recov/summary.h"

/* What a report shows, gathered by the caller: every figure comes from the
 * summary, the advice from the rules; the report computes none. */
struct recov_report {
    const struct recov_summary *summary;
    const struct recov_advice *advice;  /* as of `made`; NULL: none */
    const struct recov_entries *entries; /* the range's entries, for their notes */
    time_t made;                        /* when the report was written */
};

/* The sentence every report ends with. */
extern const char recov_report_disclaimer[];

/* Writes the period report to f: figures, load chart, body map, soreness
 * timeline, episodes, warnings and advice, notes, disclaimer. Returns 0,
 * or RECOV_EIO when f failed or memory ran out (message set). */
int recov_report_write(FILE *f, const struct recov_report *r);

#endif
