/* advice_input: reads entries and daily loads, then runs the pure rules. */
#include "recov/advice_input.h"

#include <string.h>

#include "recov/error.h"
#include "recov/load.h"
#include "recov/store.h"
#include "recov/summary.h"
#include "recov/when.h"

/* The load state on today, from RECOV_EWMA_WINDOW_DAYS of daily loads. */
static int read_load(struct recov_db *db, time_t now, struct recov_advice_input *in)
{
    double daily[RECOV_EWMA_WINDOW_DAYS];
    int today = recov_day_of(now), first = today - RECOV_EWMA_WINDOW_DAYS + 1;
    time_t first_workout;
    if (recov_store_daily_loads(db, first, today, daily) ||
        recov_store_first_workout(db, &first_workout))
        return RECOV_EIO;
    recov_load_state_since(daily, RECOV_EWMA_WINDOW_DAYS, first,
                           first_workout ? recov_day_of(first_workout) : RECOV_LOAD_NO_HISTORY,
                           &in->load);
    /* The same week as the summary's: today counts once it has load. */
    in->week_end = recov_summary_week_end(today, today, daily[RECOV_EWMA_WINDOW_DAYS - 1]);
    memcpy(in->last14, daily + RECOV_EWMA_WINDOW_DAYS - 14 - (today - in->week_end),
           sizeof in->last14);
    return RECOV_OK;
}

int recov_advice_from_db(struct recov_db *db, const struct recov_config *cfg, time_t now,
                         uint32_t only_regions, struct recov_advice *out)
{
    struct recov_entries entries = {0};
    struct recov_advice_input in = {.cfg = cfg, .now = now, .entries = &entries,
                                    .only_regions = only_regions};
    time_t from = recov_day_start(recov_day_of(now) - RECOV_ADVICE_HISTORY_DAYS);
    int rc = recov_store_range(db, from, now + 1, 0, &entries);
    if (rc == RECOV_OK)
        rc = read_load(db, now, &in);
    if (rc == RECOV_OK)
        rc = recov_advice_compute(&in, out);
    recov_entries_free(&entries);
    return rc ? RECOV_EIO : RECOV_OK;
}
