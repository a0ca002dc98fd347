/* checkin: which body regions a morning check-in asks about. */
#ifndef RECOV_CHECKIN_H
#define RECOV_CHECKIN_H

#include <time.h>

#include "recov/config.h"
#include "recov/db.h"
#include "recov/entry.h"
#include "recov/vocab.h"

/* Days back a check-in looks for sessions when none was answered since. */
#define RECOV_CHECKIN_LOOKBACK_DAYS 3

struct recov_checkin_question {
    int region; /* enum recov_region */
    int side;   /* enum recov_side: the side of the open episode, if any */
    int open;   /* 1: the region has an open episode (recov_episode_active) */
    int latest; /* open: the latest score */
    unsigned flags; /* open: the latest log's flags (a 0 with swelling is open) and the
                       whole-body flags that still stand */
};

struct recov_checkin {
    struct recov_checkin_question q[RECOV_REGION_COUNT * RECOV_SIDE_COUNT];
    int n;
};

/* The regions to ask about as of now, in region order: each region and side
 * with an open episode (the current one, logged within current_days, its
 * latest log above 0 or with a flag) and each region worked by the sessions since the last
 * answered check-in (the latest soreness log; at most
 * RECOV_CHECKIN_LOOKBACK_DAYS back) that has none. entries oldest first.
 * Pure. Returns 0 or RECOV_EIO (out of memory, message set). */
int recov_checkin_questions(const struct recov_entries *entries, const struct recov_config *cfg,
                             time_t now, struct recov_checkin *out);
/* The same, read from the log. Returns 0 or RECOV_EIO (message set). */
int recov_checkin_from_db(struct recov_db *db, const struct recov_config *cfg, time_t now,
                          struct recov_checkin *out);

#endif
