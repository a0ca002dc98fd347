/* report_places: the body places a report shows, read from the summary. */
#ifndef RECOV_REPORT_PLACES_H
#define RECOV_REPORT_PLACES_H

#include <stddef.h>
#include <stdint.h>

#include "recov/summary.h"
#include "recov/vocab.h"

/* A region, and a side once the log has one (RECOV_SIDE_NONE: the region
 * as a whole, drawn on both sides). Every per-region figure a report shows
 * is read here, so a richer model (episodes per region and side) changes
 * this file and not the views. */
struct recov_report_place {
    int region, side;
    const struct recov_summary_region *row; /* peak, mean, days, trend, after */
    int first_day, last_day;   /* its first and last logged days in the range */
    int onset_day;             /* first day with a score of 1 or more, -1 when none */
    int peak_day;              /* first day it reached its peak */
    int latest;                /* score on last_day */
    unsigned flags;            /* red flags logged in the range */
    uint32_t tried;            /* recovery actions that covered it (action bits) */
};

struct recov_report_places {
    struct recov_report_place v[RECOV_REGION_COUNT * RECOV_SIDE_COUNT];
    size_t n;                  /* in the summary's order: most affected first */
};

void recov_report_places(const struct recov_summary *s, struct recov_report_places *out);
/* The place's day-maximum score on day index i of the range, -1 unlogged. */
int recov_report_place_score(const struct recov_summary *s, const struct recov_report_place *p,
                             size_t i);
/* Recovery actions (bits) that covered the place on day index i. */
uint32_t recov_report_place_actions(const struct recov_summary *s,
                                    const struct recov_report_place *p, size_t i);
/* Red flags logged for the place on day index i. */
unsigned recov_report_place_flags(const struct recov_summary *s,
                                  const struct recov_report_place *p, size_t i);
/* The one place of region on side (RECOV_SIDE_NONE: the region as a
 * whole). A side not logged on its own falls back to the region logged
 * without a side, and no side asked for to the region's most affected side:
 * out->side says which was read. out->row is NULL when the region was not
 * logged in the range. */
void recov_report_place_of(const struct recov_summary *s, int region, int side,
                           struct recov_report_place *out);
/* The place that colours (region, side) on a body map: its own side, else
 * the region as a whole; NULL when the region was not logged. */
const struct recov_report_place *recov_report_place_find(const struct recov_report_places *ps,
                                                         int region, int side);
/* "left calf", "quads", "calves (logged without a side)" (recov_place_label). */
void recov_report_place_name(const struct recov_report_place *p, char *buf, size_t n);

#endif
