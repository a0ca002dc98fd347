/* episode: each region's and side's soreness episodes, their course and cause. */
#include "recov/episode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/grow.h"
#include "recov/when.h"

#define DAY 86400
#define HOUR 3600
/* Soreness after exercise peaks within 24-72 h (SCIENCE.md). */
#define DOMS_PEAK_HOURS 72
/* A change of 2 points on the 0-10 scale is clinically meaningful
 * (SCIENCE.md); one point is within what a person's scoring drifts by. */
#define MEANINGFUL_CHANGE 2

uint32_t recov_workout_regions(const struct recov_config *cfg, const struct recov_entry *e)
{
    const struct recov_workout_type *t = recov_config_type(cfg, e->type);
    return t ? t->regions : 0;
}

/* The joints that carry a leg: loaded by every session that works it. */
static int is_leg_joint(int region)
{
    return region == RECOV_REGION_KNEES || region == RECOV_REGION_ANKLES ||
           region == RECOV_REGION_FEET;
}

/* The regions a workout explains soreness in: those it works, and the
 * knees, ankles and feet of a leg it works. A type's regions name its
 * muscles (the cool-down and the check-in ask about those), but a
 * runner's sore knee is the run's, not "no workout to explain it". */
static int works(const struct recov_config *cfg, const struct recov_entry *e, int region)
{
    if (e->kind != RECOV_KIND_WORKOUT)
        return 0;
    uint32_t worked = recov_workout_regions(cfg, e);
    if (worked & RECOV_REGION_BIT(region))
        return 1;
    for (int r = 0; is_leg_joint(region) && r < RECOV_REGION_COUNT; r++)
        if ((worked & RECOV_REGION_BIT(r)) && recov_region_limb(r) == RECOV_LIMB_LEG)
            return 1;
    return 0;
}

/* The whole-body flags logged in ep less than RECOV_SYSTEMIC_HOLD_HOURS
 * before t. */
static unsigned systemic_at(const struct recov_episode *ep, time_t t)
{
    unsigned held = 0;
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        if ((RECOV_SYSTEMIC_FLAGS & (1u << f)) && ep->flag_at[f] &&
            t - ep->flag_at[f] < (time_t)RECOV_SYSTEMIC_HOLD_HOURS * HOUR)
            held |= 1u << f;
    return held;
}

static int is_log_of(const struct recov_entry *e, int region, int side, time_t now)
{
    return e->kind == RECOV_KIND_SORENESS && e->region == region && e->side == side &&
           e->at <= now;
}

/* The start of the first workout of the region between the log at index
 * from and the one at index to, or 0 when there is none. */
static time_t bout_between(const struct recov_entries *entries, const struct recov_config *cfg,
                           int region, size_t from, size_t to)
{
    for (size_t i = from + 1; i < to; i++)
        if (works(cfg, &entries->v[i], region) && entries->v[i].at > entries->v[from].at)
            return entries->v[i].at;
    return 0;
}

/* 1 when the log at index i starts a new episode after the open one ep,
 * whose latest log is at index prev. None of the advice thresholds take part:
 * a more lenient setting must never move a boundary. */
static int starts_new(const struct recov_entries *entries, const struct recov_config *cfg,
                      const struct recov_episode *ep, size_t prev, size_t i)
{
    const struct recov_entry *p = &entries->v[prev], *e = &entries->v[i];
    /* A 0 or a new bout does not end dark urine logged yesterday. */
    if (systemic_at(ep, e->at))
        return 0;
    if ((p->score == 0 && !p->flags) || e->at - p->at > (time_t)RECOV_EPISODE_GAP_DAYS * DAY)
        return 1;
    time_t bout = bout_between(entries, cfg, ep->region, prev, i);
    if (!bout)
        return 0;
    /* A new bout after the score had been falling is new soreness (the
     * repeated-bout effect): the bout came after the 72 h in which soreness
     * from exercise peaks, and the score had fallen meaningfully before it
     * or across it, or (not for an injury) the region had gone unlogged for
     * those 72 h before it. A score that holds, drifts by a point or climbs
     * stays one episode: it is not settling, or an injury may be getting
     * worse, and how long it has lasted must not start again. */
    int injury = (ep->flags & RECOV_INJURY_FLAGS) != 0;
    time_t peak_window = (time_t)DOMS_PEAK_HOURS * HOUR;
    return bout - ep->since >= peak_window &&
           (ep->peak - p->score >= MEANINGFUL_CHANGE || p->score - e->score >= MEANINGFUL_CHANGE ||
            (!injury && bout - p->at >= peak_window));
}

static void open_episode(struct recov_episode *ep, const struct recov_entry *e)
{
    *ep = (struct recov_episode){.region = e->region, .side = e->side, .since = e->at,
                                 .first = e->score, .peak = e->score, .peak_at = e->at};
}

static void add_log(struct recov_episode *ep, const struct recov_entry *e)
{
    if (e->score > ep->peak) {
        ep->peak = e->score;
        ep->peak_at = e->at;
    }
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        if (e->flags & (1u << f))
            ep->flag_at[f] = e->at;
    if ((e->flags & RECOV_INJURY_FLAGS) && !ep->injury_at)
        ep->injury_at = e->at;
    ep->flags |= e->flags;
    if (ep->latest) {
        int gap = recov_day_of(e->at) - recov_day_of(ep->latest->at);
        if (gap > ep->longest_gap)
            ep->longest_gap = gap;
    }
    ep->logs++;
    ep->prev = ep->latest;
    ep->latest = e;
    ep->score = e->score;
}

/* A workout that started within explain_days before t and no later than
 * it (a session still under way counts: an injury during a game). */
static int explains(const struct recov_entry *w, time_t t, const struct recov_config *cfg)
{
    return w->at <= t && w->at >= t - (time_t)cfg->advice.explain_days * DAY;
}

/* Among the workouts that worked the region: the heaviest that explains the
 * first log, whether one explains the first swelling, sharp pain or sprain
 * (soreness a run explains does not make a swollen calf a week later an
 * injury from it), and when the last one that started by the peak ended. */
static void find_cause(const struct recov_entries *entries, const struct recov_config *cfg,
                       struct recov_episode *ep)
{
    time_t from = ep->since - (time_t)cfg->advice.explain_days * DAY;
    time_t to = ep->injury_at > ep->peak_at ? ep->injury_at : ep->peak_at;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *w = &entries->v[i];
        /* The time window first: the workout's regions take a lookup. */
        if (w->at < from || w->at > to || !works(cfg, w, ep->region))
            continue;
        if (ep->injury_at && explains(w, ep->injury_at, cfg))
            ep->injury_explained = 1;
        time_t end = recov_entry_end(w);
        if (w->at <= ep->peak_at && end > ep->worked_until)
            ep->worked_until = end;
        if (!explains(w, ep->since, cfg))
            continue;
        ep->ncauses++;
        if (!ep->cause || recov_entry_load(w) >= recov_entry_load(ep->cause))
            ep->cause = w;
    }
}

static enum recov_episode_class class_of(const struct recov_episode *ep)
{
    if (recov_episode_systemic_flags(ep))
        return RECOV_CLASS_SYSTEMIC;
    if ((ep->flags & RECOV_FLAG_SPRAIN) || ((ep->flags & RECOV_INJURY_FLAGS) && ep->injury_explained))
        return RECOV_CLASS_INJURY;
    /* Swelling or sharp pain no workout near it explains, numb or not: a
     * swollen calf that also tingles still needs a clot ruled out. */
    if (ep->flags & RECOV_INJURY_FLAGS)
        return RECOV_CLASS_UNEXPLAINED;
    if (ep->flags & RECOV_NERVE_FLAGS)
        return RECOV_CLASS_NERVE;
    return ep->cause ? RECOV_CLASS_EXERCISE : RECOV_CLASS_UNEXPLAINED;
}

static void close_episode(const struct recov_entries *entries, const struct recov_config *cfg,
                          struct recov_episode *ep)
{
    ep->days = recov_episode_day_count(ep, recov_day_of(ep->latest->at));
    ep->trend = recov_trend_of(ep->first, ep->peak, ep->score);
    find_cause(entries, cfg, ep);
    ep->cls = class_of(ep);
}

static int push(struct recov_episodes *out, const struct recov_episode *ep)
{
    if (recov_grow((void **)&out->v, &out->cap, out->n, sizeof *out->v))
        return RECOV_EIO;
    out->v[out->n++] = *ep;
    return RECOV_OK;
}

static int episodes_of(const struct recov_entries *entries, const struct recov_config *cfg,
                       time_t now, int region, int side, struct recov_episodes *out)
{
    struct recov_episode ep = {0};
    size_t prev = 0;
    int open = 0;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (!is_log_of(e, region, side, now))
            continue;
        if (open && starts_new(entries, cfg, &ep, prev, i)) {
            close_episode(entries, cfg, &ep);
            if (push(out, &ep))
                return RECOV_EIO;
            open = 0;
        }
        if (!open)
            open_episode(&ep, e);
        open = 1;
        add_log(&ep, e);
        prev = i;
    }
    if (!open)
        return RECOV_OK;
    close_episode(entries, cfg, &ep);
    return push(out, &ep);
}

int recov_episodes_compute(const struct recov_entries *entries, const struct recov_config *cfg,
                           time_t now, struct recov_episodes *out)
{
    out->n = 0;
    for (int r = 0; r < RECOV_REGION_COUNT; r++)
        for (int s = 0; s < RECOV_SIDE_COUNT; s++)
            if (episodes_of(entries, cfg, now, r, s, out))
                return RECOV_EIO;
    return RECOV_OK;
}

void recov_episode_facts_of(const struct recov_episode *ep, struct recov_episode_facts *f)
{
    *f = (struct recov_episode_facts){.region = ep->region, .side = ep->side,
                                      .since = ep->since, .latest_at = ep->latest->at,
                                      .days = ep->days, .first = ep->first, .peak = ep->peak,
                                      .latest = ep->score, .logs = ep->logs,
                                      .longest_gap = ep->longest_gap, .peak_at = ep->peak_at,
                                      .trend = ep->trend, .flags = ep->flags, .cls = ep->cls,
                                      .has_cause = ep->cause != NULL};
    if (ep->cause) {
        snprintf(f->cause_type, sizeof f->cause_type, "%s", ep->cause->type);
        f->cause_at = ep->cause->at;
        f->cause_load = recov_entry_load(ep->cause);
    }
}

void recov_episodes_free(struct recov_episodes *eps)
{
    free(eps->v);
    *eps = (struct recov_episodes){0};
}

int recov_nerve_signs(int region, unsigned flags)
{
    return (flags & RECOV_FLAG_RADIATING) ||
           ((flags & (RECOV_FLAG_NUMBNESS | RECOV_FLAG_TINGLING)) &&
            region == RECOV_REGION_LOWER_BACK);
}

int recov_episode_day_count(const struct recov_episode *ep, int day)
{
    return day - recov_day_of(ep->since);
}

/* 1 when a and b are the same region and side. */
static int same_place(const struct recov_episode *a, const struct recov_episode *b)
{
    return a->region == b->region && a->side == b->side;
}

int recov_episode_recurring(const struct recov_episodes *eps, size_t i,
                            struct recov_recurrence *r)
{
    const struct recov_episode *ep = &eps->v[i];
    time_t from = ep->latest->at - (time_t)RECOV_RECUR_DAYS * DAY;
    size_t first = i;
    if (ep->cls != RECOV_CLASS_EXERCISE)
        return 0;
    /* Back from the latest while each earlier one peaked no higher. */
    while (first > 0 && same_place(&eps->v[first - 1], ep) &&
           eps->v[first - 1].cls == RECOV_CLASS_EXERCISE && eps->v[first - 1].since >= from &&
           eps->v[first - 1].peak <= eps->v[first].peak)
        first--;
    memset(r, 0, sizeof *r);
    /* A run whose first bout was much lighter than the latest is tried
     * again from a later bout (a short first run, then three alike). The
     * peaks only rise along the run, so a later start's climb is smaller. */
    for (;; first++) {
        r->bouts = (int)(i - first + 1);
        if (r->bouts < RECOV_RECUR_BOUTS || ep->peak - eps->v[first].peak < MEANINGFUL_CHANGE)
            return 0;
        /* Exercise episodes have a cause: the heaviest session that explains them. */
        if (recov_entry_load(ep->cause) <=
            recov_entry_load(eps->v[first].cause) * (1 + RECOV_RECUR_LOAD_GROWTH))
            break;
    }
    r->since = eps->v[first].since;
    size_t k = r->bouts > RECOV_RECUR_MAX ? i + 1 - RECOV_RECUR_MAX : first;
    for (; k <= i; k++)
        r->peaks[r->npeaks++] = eps->v[k].peak;
    return 1;
}

const char *recov_episode_sore_span(int days, int logs, int longest_gap, char *value,
                                    size_t n)
{
    if (logs > 1 && days > 0 && longest_gap < RECOV_EPISODE_SPARSE_DAYS) {
        snprintf(value, n, "%d %s", days, days == 1 ? "day" : "days");
        return "sore for";
    }
    char times[24] = "once";
    if (logs == 2)
        snprintf(times, sizeof times, "twice");
    else if (logs > 2)
        snprintf(times, sizeof times, "%d times", logs);
    if (logs <= 1)
        snprintf(value, n, "%s", times);
    else if (days == 0)
        snprintf(value, n, "%s in one day", times);
    else
        snprintf(value, n, "%s in %d days", times, days);
    return "logged sore";
}

void recov_episode_sore_for(int days, int logs, int longest_gap, char *buf, size_t n)
{
    char value[64];
    const char *label = recov_episode_sore_span(days, logs, longest_gap, value, sizeof value);
    snprintf(buf, n, "%s %s", label, value);
}

int recov_episode_active(const struct recov_episode *ep)
{
    return ep->score > 0 || ep->latest->flags || recov_episode_systemic_flags(ep);
}

int recov_episode_felt(const struct recov_episode *ep)
{
    return ep->peak > 0 || ep->flags;
}

unsigned recov_episode_systemic_flags(const struct recov_episode *ep)
{
    return systemic_at(ep, ep->latest->at);
}

time_t recov_episode_flag_logged(const struct recov_episode *ep, unsigned flags)
{
    time_t last = 0;
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        if ((flags & (1u << f)) && ep->flag_at[f] > last)
            last = ep->flag_at[f];
    return last;
}

unsigned recov_actions_done(const struct recov_entries *entries, int region, int side,
                            time_t since, time_t now)
{
    unsigned done = 0;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (e->kind == RECOV_KIND_RECOVERY && e->at >= since && e->at <= now &&
            (e->regions == 0 || (e->regions & RECOV_REGION_BIT(region))) &&
            (e->side == RECOV_SIDE_NONE || e->side == side))
            done |= 1u << e->action;
    }
    return done;
}

enum recov_trend recov_trend_of(int first, int peak, int latest)
{
    if (latest <= peak - 2)
        return RECOV_TREND_FALLING;
    return latest >= first + 2 ? RECOV_TREND_RISING : RECOV_TREND_FLAT;
}

const char *recov_trend_name(enum recov_trend trend)
{
    static const char *const names[] = {"flat", "rising", "falling"};
    return names[trend];
}

const char *recov_episode_class_name(enum recov_episode_class cls)
{
    static const char *const names[] = {"exercise", "injury", "unexplained", "nerve",
                                        "systemic"};
    return names[cls];
}
