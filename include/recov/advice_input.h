/* advice_input: the history the advice rules look at, read from the database. */
#ifndef RECOV_ADVICE_INPUT_H
#define RECOV_ADVICE_INPUT_H

#include <stdint.h>
#include <time.h>

#include "recov/advice.h"
#include "recov/config.h"
#include "recov/db.h"

/* Days of entries read for advice: the longest episode the rules look back
 * over (persist_days up to 60 between logs is rare; 45 days covers every
 * default with room) plus explain_days before its onset. */
#define RECOV_ADVICE_HISTORY_DAYS 45

/* Reads the recent entries and the training load as of now, applies the
 * rules (see advice.h; only_regions limits them) and fills out, which must
 * be zeroed or freed before. Returns 0 or RECOV_EIO with a message. */
int recov_advice_from_db(struct recov_db *db, const struct recov_config *cfg, time_t now,
                         uint32_t only_regions, struct recov_advice *out);

#endif
