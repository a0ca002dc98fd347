/* region_state: a region's current soreness episode, its cause and its care. */
#include "recov/region_state.h"

#include <string.h>

#include "recov/vocab.h"

#define DAY 86400

uint32_t recov_workout_regions(const struct recov_config *cfg, const struct recov_entry *e)
{
    const struct recov_workout_type *t = recov_config_type(cfg, e->type);
    return t ? t->regions : 0;
}

static int is_log_of(const struct recov_entry *e, int region, time_t now)
{
    return e->kind == RECOV_KIND_SORENESS && e->region == region && e->at <= now;
}

/* Index of the first log of the episode that ends with the latest log, or
 * -1 when the region has no log. A score of 0 means recovered; a long
 * silence means we cannot tell, so both start a new episode. */
static long episode_start(const struct recov_entries *entries, const struct recov_config *cfg,
                          time_t now, int region)
{
    long start = -1;
    const struct recov_entry *prev = NULL;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (!is_log_of(e, region, now))
            continue;
        if (!prev || prev->score == 0 || e->at - prev->at > (time_t)cfg->advice.persist_days * DAY)
            start = (long)i;
        prev = e;
    }
    return start;
}

/* Peak, flags and injury over the episode starting at index start. */
static void scan_episode(const struct recov_entries *entries, size_t start, time_t now,
                         struct recov_region_state *out)
{
    for (size_t i = start; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (!is_log_of(e, out->region, now))
            continue;
        if (e->score > out->peak || !out->latest) {
            out->peak = e->score;
            out->peak_at = e->at;
        }
        if ((e->flags & RECOV_INJURY_FLAGS) && !out->injury_at)
            out->injury_at = e->at;
        out->flags |= e->flags;
        out->latest = e;
    }
}

/* The latest workout working the region in [from, to], or NULL. */
static const struct recov_entry *explaining_workout(const struct recov_entries *entries,
                                                    const struct recov_config *cfg, int region,
                                                    time_t from, time_t to)
{
    const struct recov_entry *found = NULL;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (e->kind == RECOV_KIND_WORKOUT && e->at >= from && e->at <= to &&
            (recov_workout_regions(cfg, e) & RECOV_REGION_BIT(region)))
            found = e;
    }
    return found;
}

/* Recovery actions logged for the region (or for no region in particular,
 * which covers every region) since since, up to now. */
static unsigned actions_done(const struct recov_entries *entries, int region, time_t since,
                             time_t now)
{
    unsigned done = 0;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (e->kind == RECOV_KIND_RECOVERY && e->at >= since && e->at <= now &&
            (e->regions == 0 || (e->regions & RECOV_REGION_BIT(region))))
            done |= 1u << e->action;
    }
    return done;
}

void recov_region_state(const struct recov_entries *entries, const struct recov_config *cfg,
                        time_t now, int region, struct recov_region_state *out)
{
    memset(out, 0, sizeof *out);
    out->region = region;
    out->done = actions_done(entries, region, now - RECOV_DONE_HOURS * 3600, now);
    long start = episode_start(entries, cfg, now, region);
    if (start < 0)
        return;
    out->onset = entries->v[start].at;
    scan_episode(entries, (size_t)start, now, out);
    out->score = out->latest->score;
    out->latest_flags = out->latest->flags;
    out->current = now - out->latest->at <= (time_t)cfg->advice.current_days * DAY;
    out->improving = out->score <= out->peak - cfg->advice.improve_points;
    out->workout = explaining_workout(entries, cfg, region,
                                      out->onset - (time_t)cfg->advice.explain_days * DAY,
                                      out->latest->at);
}
