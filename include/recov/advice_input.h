/* advice_input: the history the advice rules look at, read from the database. */
#ifndef RECOV_ADVICE_INPUT_H
#define RECOV_ADVICE_INPUT_H

#include <stdint.h>
#include <time.h>

#include "recov/advice.h"
#include "recov/config.h"
#include "recov/db.h"
#include "recov/summary.h"

/* Days of entries read for advice: as far back as the summary reads
 * soreness for the current week, so that both see the same episodes (an
 * episode older than that is cut at the same day in both). */
#define RECOV_ADVICE_HISTORY_DAYS (RECOV_SUMMARY_HELPS_DAYS - 1)

/* Reads the recent entries and the training load as of now, applies the
 * rules (see advice.h; only_regions limits them) and fills out, which must
 * be zeroed or freed before. Returns 0 or RECOV_EIO with a message. */
int recov_advice_from_db(struct recov_db *db, const struct recov_config *cfg, time_t now,
                         uint32_t only_regions, struct recov_advice *out);

#endif
