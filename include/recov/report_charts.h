/* report_charts: the figures of a report, each written as inline SVG. */
#ifndef RECOV_REPORT_CHARTS_H
#define RECOV_REPORT_CHARTS_H

#include <stdio.h>

#include "recov/report_places.h"
#include "recov/summary.h"

/* Daily load as bars; fitness, fatigue and form as lines; the
 * acute:chronic ratio with its 0.8-1.3 band: one panel each, over the days
 * of the range, with dated axes and units. Returns 0 or RECOV_EIO (out of
 * memory, message set). */
int recov_report_load_chart(FILE *f, const struct recov_summary *s);
/* Front and back outlines, each place filled by its peak score. */
void recov_report_body_map(FILE *f, const struct recov_report_places *ps);
/* A row per place, a cell per day coloured by score, flags and recovery
 * actions marked. */
void recov_report_timeline(FILE *f, const struct recov_summary *s,
                           const struct recov_report_places *ps);

#endif
