/* checkin: which body regions a morning check-in asks about. */
#include "recov/checkin.h"

#include "recov/advice_input.h"
#include "recov/error.h"
#include "recov/region_state.h"
#include "recov/store.h"
#include "recov/when.h"

/* The latest soreness log before now: the last check-in that was answered. */
static time_t last_answered(const struct recov_entries *entries, time_t now)
{
    time_t at = 0;
    for (size_t i = 0; i < entries->n; i++)
        if (entries->v[i].kind == RECOV_KIND_SORENESS && entries->v[i].at <= now)
            at = entries->v[i].at;
    return at;
}

void recov_checkin_questions(const struct recov_entries *entries, const struct recov_config *cfg,
                             time_t now, struct recov_checkin *out)
{
    time_t since = now - RECOV_CHECKIN_LOOKBACK_DAYS * 86400, answered = last_answered(entries, now);
    uint32_t worked = 0;
    if (answered > since)
        since = answered;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (e->kind == RECOV_KIND_WORKOUT && e->at > since && e->at <= now)
            worked |= recov_workout_regions(cfg, e);
    }
    out->n = 0;
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        struct recov_region_state st;
        recov_region_state(entries, cfg, now, r, &st);
        int open = st.latest && st.current && st.score > 0;
        if (!open && !(worked & RECOV_REGION_BIT(r)))
            continue;
        out->q[out->n].region = r;
        out->q[out->n].side = open ? st.latest->side : RECOV_SIDE_NONE;
        out->q[out->n].open = open;
        out->n++;
    }
}

int recov_checkin_from_db(struct recov_db *db, const struct recov_config *cfg, time_t now,
                          struct recov_checkin *out)
{
    struct recov_entries entries = {0};
    /* Episodes reach back as far as the advice looks. */
    time_t from = recov_day_start(recov_day_of(now) - RECOV_ADVICE_HISTORY_DAYS);
    int rc = recov_store_range(db, from, now + 1,
                               1u << RECOV_KIND_WORKOUT | 1u << RECOV_KIND_SORENESS, &entries);
    if (rc == RECOV_OK)
        recov_checkin_questions(&entries, cfg, now, out);
    recov_entries_free(&entries);
    return rc;
}
