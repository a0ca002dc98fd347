/* region_state: one body region's recent history, summarised for the rules. */
#ifndef RECOV_REGION_STATE_H
#define RECOV_REGION_STATE_H

#include <stdint.h>
#include <time.h>

#include "recov/config.h"
#include "recov/entry.h"

/* Flags that mark an acute injury rather than ordinary soreness. */
#define RECOV_INJURY_FLAGS (RECOV_FLAG_SPRAIN | RECOV_FLAG_SWELLING | RECOV_FLAG_SHARP)
/* Hours a recovery action counts as already done for advice. */
#define RECOV_DONE_HOURS 24

/* The state of one region as of now. An episode is the run of soreness logs
 * that ends with the latest one; it starts after a log of 0 or after a gap
 * longer than persist_days without a log. Pointers point into the entries. */
struct recov_region_state {
    int region;
    const struct recov_entry *latest; /* latest soreness log, NULL when none */
    int current;              /* latest is within current_days of now */
    int score;                /* latest score */
    unsigned latest_flags;    /* flags of the latest log */
    unsigned flags;           /* flags logged anywhere in the episode */
    time_t onset;             /* first log of the episode */
    int peak;                 /* highest score of the episode ... */
    time_t peak_at;           /* ... and when it was first reached */
    int improving;            /* score <= peak - improve_points */
    time_t injury_at;         /* first sprain/swelling/sharp log of the episode, or 0 */
    const struct recov_entry *workout; /* latest workout that worked the region
                                          from explain_days before the onset up to
                                          the latest log, or NULL: unexplained */
    unsigned done;            /* bit per recovery action (recov_action_names)
                                 logged for it in the last RECOV_DONE_HOURS */
};

/* Fills out for region from entries (oldest first), ignoring entries after
 * now. Pure; never fails. */
void recov_region_state(const struct recov_entries *entries, const struct recov_config *cfg,
                        time_t now, int region, struct recov_region_state *out);

/* The regions the workout e worked (its type's [workout.TYPE] regions). */
uint32_t recov_workout_regions(const struct recov_config *cfg, const struct recov_entry *e);

#endif
