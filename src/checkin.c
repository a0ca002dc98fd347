/* checkin: which body regions a morning check-in asks about. */
#include "recov/checkin.h"

#include "recov/advice_input.h"
#include "recov/error.h"
#include "recov/episode.h"
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

/* An open episode's question names the flags of its latest log, and a
 * whole-body flag that still stands (dark urine yesterday): a score alone
 * does not say whether it has cleared, so the person is reminded to say. */
static void add_question(struct recov_checkin *out, int region, int side,
                         const struct recov_episode *open)
{
    unsigned flags = open ? open->latest->flags | recov_episode_systemic_flags(open) : 0;
    if ((size_t)out->n < sizeof out->q / sizeof out->q[0])
        out->q[out->n++] = (struct recov_checkin_question){
            region, side, open != NULL, open ? open->score : 0, flags};
}

/* 1 when the episode is the latest of its region and side, guides advice
 * today (logged within current_days, as the advice reads it) and is not
 * over (its latest score is above 0). */
static int is_open(const struct recov_episodes *eps, size_t i, const struct recov_config *cfg,
                   time_t now)
{
    const struct recov_episode *ep = &eps->v[i];
    int last = i + 1 == eps->n || eps->v[i + 1].region != ep->region ||
               eps->v[i + 1].side != ep->side;
    return last && recov_episode_active(ep) &&
           now - ep->latest->at <= (time_t)cfg->advice.current_days * 86400;
}

int recov_checkin_questions(const struct recov_entries *entries, const struct recov_config *cfg,
                            time_t now, struct recov_checkin *out)
{
    time_t since = now - RECOV_CHECKIN_LOOKBACK_DAYS * 86400, answered = last_answered(entries, now);
    uint32_t worked = 0, asked = 0;
    if (answered > since)
        since = answered;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (e->kind == RECOV_KIND_WORKOUT && e->at > since && e->at <= now)
            worked |= recov_workout_regions(cfg, e);
    }
    struct recov_episodes eps = {0};
    int rc = recov_episodes_compute(entries, cfg, now, &eps);
    out->n = 0;
    /* Episodes come by region, then side: region order is kept. */
    for (int r = 0; rc == RECOV_OK && r < RECOV_REGION_COUNT; r++) {
        for (size_t i = 0; i < eps.n; i++)
            if (eps.v[i].region == r && is_open(&eps, i, cfg, now)) {
                add_question(out, r, eps.v[i].side, &eps.v[i]);
                asked |= RECOV_REGION_BIT(r);
            }
        if ((worked & RECOV_REGION_BIT(r)) && !(asked & RECOV_REGION_BIT(r)))
            add_question(out, r, RECOV_SIDE_NONE, NULL);
    }
    recov_episodes_free(&eps);
    return rc;
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
        rc = recov_checkin_questions(&entries, cfg, now, out);
    recov_entries_free(&entries);
    return rc;
}
