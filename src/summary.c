/* summary: a period's training load, soreness and recovery, computed. */
#include "recov/summary.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/advice.h"
#include "recov/error.h"
#include "recov/grow.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "recov/wellness.h"
#include "recov/when.h"

#define NREGIONS RECOV_REGION_COUNT
/* The Body table's rows: a region and a side (none, left, right). */
#define NPLACES (NREGIONS * RECOV_SIDE_COUNT)
#define PLACE(region, side) ((region) * RECOV_SIDE_COUNT + (side))
#define MAX_ACTIONS 32
#define NFACTORS RECOV_SUMMARY_FACTORS
/* A night of 7 h or more (AASM/SRS 2015), a night rated good or very
 * restful (McLean sleep quality 4-5). */
#define GOOD_NIGHT_SECS (7 * 3600)
#define GOOD_SLEEP_QUALITY 4

/* The computation's scratch state: a day x region grid of day-maximum
 * scores and a day x action grid of the regions each action covered, over
 * every day the window holds. */
struct work {
    int own_cfg;          /* cfg holds defaults made here: free them */
    const struct recov_summary_input *in;
    struct recov_summary *s;
    int first;            /* grid day 0 */
    size_t ndays;         /* grid days, up to the range's last day */
    int *eday;            /* local day of each entry */
    signed char *grid;    /* ndays x NPLACES, -1 unlogged */
    uint32_t *acts;       /* ndays x MAX_ACTIONS region masks */
    signed char *nights;  /* ndays x NFACTORS: 1 the night after the day was good,
                             0 it was not, -1 not logged */
    struct recov_config *cfg; /* in->cfg (or defaults) with the input's thresholds */
    struct recov_episodes eps; /* every episode up to the range's end */
};

/* qsort that accepts an empty (NULL) array. */
static void sort(void *v, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(v, n, size, cmp);
}

static int min_int(int a, int b) { return a < b ? a : b; }
static int max_int(int a, int b) { return a > b ? a : b; }
static int in_range(int day, struct recov_range r) { return day >= r.first_day && day <= r.last_day; }

static int oom(void)
{
    recov_error_set("out of memory");
    return RECOV_EIO;
}


int recov_summary_as_of(struct recov_range range, int today)
{
    return min_int(range.last_day, max_int(range.first_day, today));
}

void recov_summary_compared_label(const struct recov_summary *s, char *buf, size_t n)
{
    int days = s->compared.last_day - s->compared.first_day + 1;
    if ((size_t)days < s->ndays)
        snprintf(buf, n, "the first %d of the previous %zu days", days, s->ndays);
    else if (s->ndays == 1)
        snprintf(buf, n, "the previous day");
    else
        snprintf(buf, n, "the previous %zu days", s->ndays);
}

int recov_summary_week_end(int as_of, int today, double as_of_load)
{
    return as_of == today && as_of_load <= 0 ? as_of - 1 : as_of;
}

void recov_summary_window(const struct recov_summary_input *in, struct recov_summary_window *w)
{
    struct recov_range r = in->range, prev = recov_range_previous(r);
    int as_of = recov_summary_as_of(r, in->today);
    w->entries_first = min_int(min_int(prev.first_day, r.first_day - in->explain_days),
                               as_of - RECOV_SUMMARY_HELPS_DAYS + 1);
    w->loads_first = r.first_day - RECOV_EWMA_WINDOW_DAYS + 1;
    w->last = r.last_day;
}

/* ---- training ---- */

static int add_type(struct recov_summary *s, size_t *cap, const struct recov_entry *e)
{
    size_t i = 0;
    while (i < s->ntypes && strcmp(s->types[i].type, e->type) != 0)
        i++;
    if (i == s->ntypes) {
        if (recov_grow((void **)&s->types, cap, s->ntypes, sizeof *s->types))
            return RECOV_EIO;
        s->types[i] = (struct recov_summary_type){0};
        snprintf(s->types[i].type, sizeof s->types[i].type, "%s", e->type);
        s->ntypes++;
    }
    s->types[i].sessions++;
    s->types[i].minutes += e->minutes;
    s->types[i].load += recov_entry_load(e);
    return RECOV_OK;
}

static int by_load_desc(const void *a, const void *b)
{
    const struct recov_summary_type *x = a, *y = b;
    if (x->load != y->load)
        return x->load < y->load ? 1 : -1;
    return strcmp(x->type, y->type);
}

/* Sessions, minutes and load per day and per type, and the previous
 * period's totals (kept as deltas once both are known). */
static int count_workouts(struct work *w)
{
    struct recov_summary *s = w->s;
    const struct recov_entries *list = w->in->entries;
    size_t types_cap = 0;
    int psessions = 0, pminutes = 0;
    double pload = 0;
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        if (e->kind != RECOV_KIND_WORKOUT)
            continue;
        if (in_range(w->eday[i], s->range)) {
            struct recov_summary_day *d = &s->daily[w->eday[i] - s->range.first_day];
            d->sessions++;
            d->minutes += e->minutes;
            d->load += recov_entry_load(e);
            if (add_type(s, &types_cap, e))
                return RECOV_EIO;
        } else if (in_range(w->eday[i], s->compared)) {
            psessions++;
            pminutes += e->minutes;
            pload += recov_entry_load(e);
        }
    }
    for (size_t d = 0; d < s->ndays; d++) {
        s->sessions += s->daily[d].sessions;
        s->minutes += s->daily[d].minutes;
        s->load += s->daily[d].load;
    }
    s->previous.sessions = s->sessions - psessions;
    s->previous.minutes = s->minutes - pminutes;
    s->previous.load = s->load - pload;
    /* "+21 vs previous" for someone who began logging in this range would
     * compare a log with a time before it. */
    s->previous_known = w->in->history_first_day != RECOV_SUMMARY_NO_HISTORY &&
                        w->in->history_first_day <= s->compared.last_day;
    sort(s->types, s->ntypes, sizeof *s->types, by_load_desc);
    return RECOV_OK;
}

static void acwr_reason(struct work *w)
{
    struct recov_summary *s = w->s;
    if (s->state.acwr >= 0)
        return;
    if (w->in->history_first_day > s->as_of)
        snprintf(s->acwr_reason, sizeof s->acwr_reason, "no workouts logged yet");
    else if (s->state.history_days < RECOV_ACWR_MIN_DAYS)
        snprintf(s->acwr_reason, sizeof s->acwr_reason,
                 "needs %d days of history, %d so far", RECOV_ACWR_MIN_DAYS,
                 s->state.history_days);
    else
        snprintf(s->acwr_reason, sizeof s->acwr_reason, "no load in the last weeks");
}

/* Each day's EWMA state up to the as-of day, from the RECOV_EWMA_WINDOW_DAYS
 * daily loads ending on it (days before history count as 0); the chart of
 * a period and its figures on the as-of day are the same computation. */
static void daily_states(struct work *w, const double *loads, int first)
{
    struct recov_summary *s = w->s;
    for (size_t i = 0; i < s->ndays && s->daily[i].day <= s->as_of; i++) {
        int from = s->daily[i].day - RECOV_EWMA_WINDOW_DAYS + 1;
        recov_load_state_since(loads + (from - first), RECOV_EWMA_WINDOW_DAYS, from,
                               w->in->history_first_day, &s->daily[i].state);
        s->daily[i].has_state = 1;
    }
    s->state = s->daily[s->as_of - s->range.first_day].state;
}

/* Monotony and strain over the 7 days ending on the as-of day, and the
 * EWMA state of every day of the range up to it. */
static int load_metrics(struct work *w)
{
    struct recov_summary *s = w->s;
    int first = s->range.first_day - RECOV_EWMA_WINDOW_DAYS + 1;
    size_t n = (size_t)(s->as_of - first + 1);
    double *loads = calloc(n, sizeof *loads);
    if (!loads)
        return oom();
    const struct recov_entries *list = w->in->entries;
    for (size_t i = 0; i < list->n; i++)
        if (list->v[i].kind == RECOV_KIND_WORKOUT && w->eday[i] >= first &&
            w->eday[i] <= s->as_of)
            loads[w->eday[i] - first] += recov_entry_load(&list->v[i]);
    s->week_end = recov_summary_week_end(s->as_of, w->in->today, loads[n - 1]);
    double *week = loads + n - 7 - (s->as_of - s->week_end);
    s->monotony = recov_load_monotony(week, 7);
    s->strain = recov_load_strain(week, 7);
    daily_states(w, loads, first);
    free(loads);
    acwr_reason(w);
    return RECOV_OK;
}

/* ---- body: the grids ---- */

static signed char *cell(struct work *w, int day, int place)
{
    return &w->grid[(size_t)(day - w->first) * NPLACES + (size_t)place];
}

static int in_grid(const struct work *w, int day)
{
    return day >= w->first && (size_t)(day - w->first) < w->ndays;
}

/* The wellness check logged on a morning tells of the night after the day
 * before: each factor of that night, or -1 when the check leaves it out. */
static void note_night(struct work *w, int day, const struct recov_entry *e)
{
    if (day - 1 < w->first)
        return;
    signed char *f = &w->nights[(size_t)(day - 1 - w->first) * NFACTORS];
    if (e->sleep_secs >= 0)
        f[RECOV_FACTOR_LONG_NIGHT] = e->sleep_secs >= GOOD_NIGHT_SECS;
    if (e->well[RECOV_WELL_SLEEP_QUALITY] > 0)
        f[RECOV_FACTOR_GOOD_SLEEP] = e->well[RECOV_WELL_SLEEP_QUALITY] >= GOOD_SLEEP_QUALITY;
}

/* Day maxima of soreness and the regions each recovery action covered (an
 * action logged without regions covers them all: sleep, rest, a bath). */
static void fill_grids(struct work *w)
{
    const struct recov_entries *list = w->in->entries;
    memset(w->grid, -1, w->ndays * NPLACES);
    memset(w->nights, -1, w->ndays * NFACTORS);
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        if (!in_grid(w, w->eday[i]))
            continue;
        if (e->kind == RECOV_KIND_SORENESS && e->region >= 0 && e->region < NREGIONS) {
            signed char *c = cell(w, w->eday[i], PLACE(e->region, e->side));
            if (e->score > *c)
                *c = (signed char)e->score;
            if (in_range(w->eday[i], w->s->range))
                w->s->place_flags[(size_t)(w->eday[i] - w->s->range.first_day) * NPLACES +
                                  (size_t)PLACE(e->region, e->side)] |= e->flags;
        } else if (e->kind == RECOV_KIND_RECOVERY && e->action >= 0 && e->action < MAX_ACTIONS) {
            size_t at = (size_t)(w->eday[i] - w->first) * MAX_ACTIONS + (size_t)e->action;
            w->acts[at] |= e->regions ? e->regions : RECOV_REGION_ALL;
        } else if (e->kind == RECOV_KIND_WELLNESS) {
            note_night(w, w->eday[i], e);
        }
    }
}

static int covers(const struct work *w, int day, int action, int region)
{
    return (w->acts[(size_t)(day - w->first) * MAX_ACTIONS + (size_t)action] &
            RECOV_REGION_BIT(region)) != 0;
}

/* The range's days of the action grid, turned to a mask of actions per
 * region and day: what the views mark on a region's timeline. */
static void copy_actions(struct work *w)
{
    struct recov_summary *s = w->s;
    for (size_t i = 0; i < s->ndays; i++)
        for (int r = 0; r < NREGIONS; r++)
            for (int a = 0; a < MAX_ACTIONS; a++)
                if (covers(w, s->daily[i].day, a, r))
                    s->actions[i * NREGIONS + (size_t)r] |= 1u << a;
}

/* ---- body: regions ---- */

/* Peak over the previous period's days compared (its first days only
 * while this one runs, as the training figures), or -1 when the region was
 * not logged on them. */
static int previous_peak(struct work *w, int place)
{
    int peak = -1;
    for (int d = w->s->compared.first_day; d <= w->s->compared.last_day; d++)
        if (in_grid(w, d))
            peak = max_int(peak, *cell(w, d, place));
    return peak;
}

/* Soreness carried into the range by an episode that began before it
 * starts from that episode's first score and counts its peak, as the
 * warnings do: 3/10 last week, then 4 and 5, is rising, not flat. */
static void carried_start(const struct work *w, const struct recov_summary_region *r,
                          int *first, int *peak)
{
    for (size_t i = 0; i < w->eps.n; i++) {
        const struct recov_episode *ep = &w->eps.v[i];
        if (ep->region == r->region && ep->side == r->side &&
            recov_day_of(ep->since) < w->s->range.first_day &&
            recov_day_of(ep->latest->at) >= w->s->range.first_day) {
            *first = ep->first;
            *peak = max_int(*peak, ep->peak);
            return;
        }
    }
}

static void region_days(struct work *w, struct recov_summary_region *r)
{
    int first = -1, last = -1;
    for (int d = w->s->range.first_day; d <= w->s->range.last_day; d++) {
        int score = *cell(w, d, PLACE(r->region, r->side));
        if (score < 0)
            continue;
        if (first < 0)
            first = score;
        last = score;
        r->days += score >= 1;
    }
    int peak = r->peak;
    carried_start(w, r, &first, &peak);
    r->trend = recov_trend_of(first, peak, last);
    int prev = previous_peak(w, PLACE(r->region, r->side));
    r->has_previous = prev >= 0;
    r->peak_delta = prev >= 0 ? r->peak - prev : 0;
}

static int most_affected(const void *a, const void *b)
{
    const struct recov_summary_region *x = a, *y = b;
    if (x->peak != y->peak)
        return y->peak - x->peak;
    if (x->mean != y->mean)
        return x->mean < y->mean ? 1 : -1;
    if (x->days != y->days)
        return y->days - x->days;
    return x->region != y->region ? x->region - y->region : x->side - y->side;
}

static void add_after(struct recov_summary_region *r, const char *type)
{
    size_t i = 0;
    while (i < r->nafter && strcmp(r->after[i].type, type) != 0)
        i++;
    if (i == r->nafter) {
        if (r->nafter == RECOV_SUMMARY_MAX_AFTER)
            return;
        snprintf(r->after[i].type, sizeof r->after[i].type, "%s", type);
        r->nafter++;
    }
    r->after[i].count++;
}

static int after_desc(const void *a, const void *b)
{
    const struct recov_summary_after *x = a, *y = b;
    return x->count != y->count ? y->count - x->count : strcmp(x->type, y->type);
}

/* Each episode that starts in the range counts once for the type of the
 * workout that explains it (the episode model's cause); 0s alone are no
 * soreness to count. */
static void episode_causes(struct work *w, struct recov_summary_region **by_place)
{
    for (size_t i = 0; i < w->eps.n; i++) {
        const struct recov_episode *ep = &w->eps.v[i];
        struct recov_summary_region *r = by_place[PLACE(ep->region, ep->side)];
        if (ep->cause && r && recov_episode_felt(ep) &&
            in_range(recov_day_of(ep->since), w->s->range))
            add_after(r, ep->cause->type);
    }
}

static void summarize_regions(struct work *w)
{
    struct recov_summary *s = w->s;
    struct recov_summary_region *by_place[NPLACES] = {0};
    int sum[NPLACES] = {0}, count[NPLACES] = {0};
    const struct recov_entries *list = w->in->entries;
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        if (e->kind != RECOV_KIND_SORENESS || !in_range(w->eday[i], s->range))
            continue;
        int p = PLACE(e->region, e->side);
        if (!by_place[p]) {
            if (s->nregions == RECOV_SUMMARY_MAX_REGIONS)
                continue;
            by_place[p] = &s->regions[s->nregions++];
            by_place[p]->region = e->region;
            by_place[p]->side = e->side;
        }
        by_place[p]->peak = max_int(by_place[p]->peak, e->score);
        sum[p] += e->score;
        count[p]++;
    }
    for (size_t i = 0; i < s->nregions; i++) {
        struct recov_summary_region *r = &s->regions[i];
        int p = PLACE(r->region, r->side);
        r->mean = (double)sum[p] / count[p];
        region_days(w, r);
    }
    episode_causes(w, by_place);
    for (size_t i = 0; i < s->nregions; i++)
        sort(s->regions[i].after, s->regions[i].nafter, sizeof *s->regions[i].after,
              after_desc);
    sort(s->regions, s->nregions, sizeof *s->regions, most_affected);
}

/* ---- recovery ---- */

static int by_count_desc(const void *a, const void *b)
{
    const struct recov_summary_recovery *x = a, *y = b;
    return x->count != y->count ? y->count - x->count : x->action - y->action;
}

static void summarize_recovery(struct work *w)
{
    struct recov_summary *s = w->s;
    struct recov_summary_recovery per[MAX_ACTIONS] = {0};
    const struct recov_entries *list = w->in->entries;
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        if (e->kind != RECOV_KIND_RECOVERY || !in_range(w->eday[i], s->range) ||
            e->action < 0 || e->action >= MAX_ACTIONS)
            continue;
        per[e->action].count++;
        per[e->action].minutes += e->minutes;
    }
    for (int a = 0; a < MAX_ACTIONS; a++) {
        if (per[a].count) {
            per[a].action = a;
            s->recovery[s->nrecovery++] = per[a];
        }
    }
    sort(s->recovery, s->nrecovery, sizeof *s->recovery, by_count_desc);
}

/* ---- what seems to help ---- */

struct tally {
    int with_days, without_days;
    double with_sum, without_sum;
};

/* A change goes to a factor's "with" side when the night after the sore
 * day had it and to its "without" side when it did not; a night with no
 * wellness check logged counts for neither. */
static void tally_night(const struct work *w, int d, int r, int change, struct tally *t)
{
    const signed char *f = &w->nights[(size_t)(d - w->first) * NFACTORS];
    for (int k = 0; k < NFACTORS; k++) {
        struct tally *x = &t[r * NFACTORS + k];
        if (f[k] == 1) {
            x->with_days++;
            x->with_sum += change;
        } else if (f[k] == 0) {
            x->without_days++;
            x->without_sum += change;
        }
    }
}

/* For every sore day d (score >= 1) with a score on d + 1, the change goes
 * to the "with" side of each action done on d for that region, and to the
 * "without" side of every other action; and to the night's factors (nt). */
static void tally_changes(struct work *w, struct tally *t, struct tally *nt)
{
    for (int d = w->s->helps_first; d < w->s->as_of; d++) {
        for (int p = 0; p < NPLACES; p++) {
            int r = p / RECOV_SIDE_COUNT;
            int today = *cell(w, d, p), next = *cell(w, d + 1, p);
            if (today < 1 || next < 0)
                continue;
            for (size_t a = 0; a < recov_action_count && a < MAX_ACTIONS; a++) {
                struct tally *x = &t[r * MAX_ACTIONS + (int)a];
                if (covers(w, d, (int)a, r)) {
                    x->with_days++;
                    x->with_sum += next - today;
                } else {
                    x->without_days++;
                    x->without_sum += next - today;
                }
            }
            tally_night(w, d, r, next - today, nt);
        }
    }
}

static int helps_order(const void *a, const void *b)
{
    const struct recov_summary_help *x = a, *y = b;
    if (x->enough != y->enough)
        return y->enough - x->enough;
    double dx = x->with_change - x->without_change, dy = y->with_change - y->without_change;
    if (x->enough && dx != dy)
        return dx < dy ? -1 : 1;
    if (x->with_days != y->with_days)
        return y->with_days - x->with_days;
    if (x->region != y->region)
        return x->region - y->region;
    return x->action != y->action ? x->action - y->action : x->factor - y->factor;
}

/* Adds the comparison of tally t (with at least one day "with") to the helps. */
static int add_help(struct recov_summary *s, size_t *cap, const struct tally *t, int region,
                    int action, int factor)
{
    if (t->with_days == 0)
        return RECOV_OK;
    if (recov_grow((void **)&s->helps, cap, s->nhelps, sizeof *s->helps))
        return RECOV_EIO;
    struct recov_summary_help *h = &s->helps[s->nhelps++];
    *h = (struct recov_summary_help){.region = region, .action = action, .factor = factor,
                                     .with_days = t->with_days,
                                     .without_days = t->without_days};
    h->with_change = t->with_sum / t->with_days;
    h->without_change = t->without_days ? t->without_sum / t->without_days : 0;
    h->enough = h->with_days >= RECOV_SUMMARY_MIN_DAYS &&
                h->without_days >= RECOV_SUMMARY_MIN_DAYS;
    return RECOV_OK;
}

static int summarize_helps(struct work *w)
{
    struct recov_summary *s = w->s;
    struct tally *t = calloc(NREGIONS * (MAX_ACTIONS + NFACTORS), sizeof *t);
    struct tally *nt = t + NREGIONS * MAX_ACTIONS;
    size_t cap = 0;
    int rc = RECOV_OK;
    if (!t)
        return oom();
    tally_changes(w, t, nt);
    for (int i = 0; rc == RECOV_OK && i < NREGIONS * MAX_ACTIONS; i++)
        rc = add_help(s, &cap, &t[i], i / MAX_ACTIONS, i % MAX_ACTIONS, -1);
    for (int i = 0; rc == RECOV_OK && i < NREGIONS * NFACTORS; i++)
        rc = add_help(s, &cap, &nt[i], i / NFACTORS, -1, i % NFACTORS);
    free(t);
    sort(s->helps, s->nhelps, sizeof *s->helps, helps_order);
    return rc;
}

const char *recov_summary_help_name(const struct recov_summary_help *h)
{
    static const char *const factors[NFACTORS] = {
        [RECOV_FACTOR_LONG_NIGHT] = "a night of 7 h or more",
        [RECOV_FACTOR_GOOD_SLEEP] = "a night of good sleep (quality 4-5)",
    };
    return h->factor >= 0 ? factors[h->factor] : recov_action_names[h->action];
}

const char *recov_summary_help_factor_key(const struct recov_summary_help *h)
{
    static const char *const keys[NFACTORS] = {
        [RECOV_FACTOR_LONG_NIGHT] = "sleep_7h",
        [RECOV_FACTOR_GOOD_SLEEP] = "sleep_quality_good",
    };
    return h->factor >= 0 ? keys[h->factor] : NULL;
}

/* ---- warnings ---- */

/* The warnings of one episode: at most one red flag (the flags logged in
 * the range, dated at the first such log), one persistent warning (dated
 * at its first log of 1 or more in the range that comes more than
 * persist_days calendar days after the episode's first log, as `recov
 * suggest` counts them), and, without that one, one "not settling" warning
 * when the advice's course rule holds at the episode's latest log in the
 * range (dated there). An episode logged every day is still one warning. */
/* Removes the recurring warnings of ep's region and side dated from day
 * on: the earlier bouts of the run a later one now speaks for. */
static void drop_recurring_since(struct recov_summary *s, const struct recov_episode *ep,
                                 int day)
{
    size_t kept = 0;
    for (size_t i = 0; i < s->nwarnings; i++) {
        const struct recov_summary_warning *x = &s->warnings[i];
        if (!(x->kind == RECOV_WARNING_RECURRING && x->region == ep->region &&
              x->side == ep->side && x->day >= day))
            s->warnings[kept++] = *x;
    }
    s->nwarnings = kept;
}

static int episode_warnings(struct work *w, size_t at, size_t *cap)
{
    const struct recov_episode *ep = &w->eps.v[at];
    const struct recov_entries *list = w->in->entries;
    struct recov_summary_warning flag = {.kind = RECOV_WARNING_RED_FLAG, .day = -1},
                                 persist = {.kind = RECOV_WARNING_PERSISTENT, .day = -1};
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        if (e->kind != RECOV_KIND_SORENESS || e->region != ep->region || e->side != ep->side ||
            e->at < ep->since || e->at > ep->latest->at || !in_range(w->eday[i], w->s->range))
            continue;
        if (e->flags && flag.day < 0)
            flag.day = w->eday[i];
        flag.flags |= e->flags;
        if (e->flags && e->score > flag.worst)
            flag.worst = e->score;
        if (persist.day < 0 && e->score >= 1 && recov_advice_judged_by_doms_course(ep) &&
            recov_episode_day_count(ep, w->eday[i]) > w->in->persist_days)
            persist.day = w->eday[i];
    }
    if (ep->cls == RECOV_CLASS_INJURY)
        flag.fresh_until = recov_advice_fresh_until(ep, w->cfg->advice.acute_hours);
    /* Flags no rule speaks for (of this region and class) warn of nothing:
     * the summary says what the advice says, and the advice is silent. */
    if (flag.day >= 0 && !recov_advice_red_flag_rule(ep->region, ep->cls, flag.flags, flag.worst))
        flag.day = -1;
    /* The course at the episode's latest log in the range, said once: soreness
     * that already lasts past persist_days is warned of as such. */
    struct recov_summary_warning course = {.kind = RECOV_WARNING_NOT_SETTLING, .day = -1,
                                           .course = recov_advice_course_rule(ep, &w->cfg->advice)};
    if (course.course && persist.day < 0 && in_range(recov_day_of(ep->latest->at), w->s->range)) {
        course.day = recov_day_of(ep->latest->at);
        course.first = ep->first;
        course.peak = ep->peak;
        course.latest = ep->score;
        course.peak_day = recov_day_of(ep->peak_at);
    }
    /* Soreness back worse after each bout, dated at the bout that made it
     * so. It speaks for the region instead of the two above, as suggest
     * keeps one clinician line per region and this one comes first; no
     * threshold moves it, so a lenient setting never brings it out. */
    struct recov_summary_warning recur = {.kind = RECOV_WARNING_RECURRING, .day = -1};
    struct recov_recurrence r;
    if (recov_episode_recurring(&w->eps, at, &r) &&
        in_range(recov_day_of(ep->since), w->s->range)) {
        recur.day = recov_day_of(ep->since);
        recur.bouts = r.bouts;
        recur.first = r.peaks[0];
        recur.latest = r.peaks[r.npeaks - 1];
        persist.day = course.day = -1;
    }
    /* One warning per run: a later bout of it replaces the earlier's. */
    if (recur.day >= 0)
        drop_recurring_since(w->s, ep, recov_day_of(r.since));
    struct recov_summary_warning *all[] = {&flag, &persist, &course, &recur};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++) {
        struct recov_summary_warning *wn = all[k];
        if (wn->day < 0)
            continue;
        wn->region = ep->region;
        wn->side = ep->side;
        wn->episode_days = ep->days;
        wn->episode_logs = ep->logs;
        wn->longest_gap = ep->longest_gap;
        wn->onset_day = recov_day_of(ep->since);
        wn->latest_day = recov_day_of(ep->latest->at);
        wn->cls = ep->cls;
        if (wn == &persist) {
            persist.first = ep->first;
            persist.peak = ep->peak;
            persist.latest = ep->score;
        }
        if (recov_grow((void **)&w->s->warnings, cap, w->s->nwarnings, sizeof *w->s->warnings))
            return RECOV_EIO;
        w->s->warnings[w->s->nwarnings++] = *wn;
    }
    return RECOV_OK;
}

static int by_day(const void *a, const void *b)
{
    const struct recov_summary_warning *x = a, *y = b;
    if (x->day != y->day)
        return x->day - y->day;
    if (x->region != y->region)
        return x->region - y->region;
    return x->side != y->side ? x->side - y->side : (int)x->kind - (int)y->kind;
}

static int latest_first(const void *a, const void *b)
{
    const struct recov_episode_facts *x = a, *y = b;
    if (x->latest_at != y->latest_at)
        return x->latest_at < y->latest_at ? 1 : -1;
    return x->region != y->region ? x->region - y->region : x->side - y->side;
}

/* The episodes the views show: each felt, with a log in the range, the
 * latest first. */
static int keep_episodes(struct work *w)
{
    struct recov_summary *s = w->s;
    for (size_t i = 0; i < w->eps.n; i++) {
        const struct recov_episode *ep = &w->eps.v[i];
        if (recov_day_of(ep->latest->at) < s->range.first_day ||
            recov_day_of(ep->since) > s->range.last_day || !recov_episode_felt(ep))
            continue;
        if (!s->episodes) {
            s->episodes = calloc(w->eps.n, sizeof *s->episodes);
            if (!s->episodes)
                return oom();
        }
        recov_episode_facts_of(ep, &s->episodes[s->nepisodes++]);
    }
    sort(s->episodes, s->nepisodes, sizeof *s->episodes, latest_first);
    return RECOV_OK;
}

static int collect_warnings(struct work *w)
{
    size_t cap = 0;
    for (size_t i = 0; i < w->eps.n; i++)
        if (episode_warnings(w, i, &cap))
            return RECOV_EIO;
    sort(w->s->warnings, w->s->nwarnings, sizeof *w->s->warnings, by_day);
    return RECOV_OK;
}

/* ---- the whole ---- */

/* The comparison looks back RECOV_SUMMARY_HELPS_DAYS, but no further than
 * the first entry: "since" names a day something was logged. */
static int helps_first(const struct recov_summary_input *in, int as_of)
{
    int first = min_int(in->range.first_day, as_of - RECOV_SUMMARY_HELPS_DAYS + 1);
    int logged = INT_MAX;
    for (size_t i = 0; i < in->entries->n; i++)
        logged = min_int(logged, recov_day_of(in->entries->v[i].at));
    return logged == INT_MAX ? first : min_int(max_int(first, logged), as_of);
}

static int start(const struct recov_summary_input *in, struct work *w, struct recov_summary *s)
{
    struct recov_summary_window win;
    recov_summary_window(in, &win);
    memset(s, 0, sizeof *s);
    s->range = in->range;
    s->as_of = recov_summary_as_of(in->range, in->today);
    s->ndays = (size_t)(in->range.last_day - in->range.first_day + 1);
    s->helps_first = helps_first(in, s->as_of);
    *w = (struct work){.in = in, .s = s,
                       .first = win.entries_first,
                       .ndays = (size_t)(win.last - win.entries_first + 1)};
    /* A log that begins in the range has no previous period at all, and
     * says so of the whole of it. */
    s->compared = recov_range_previous(in->range);
    int run = s->as_of - in->range.first_day + 1;
    if (run >= 1 && (size_t)run < s->ndays && in->history_first_day < in->range.first_day)
        s->compared.last_day = s->compared.first_day + run - 1;
    s->daily = calloc(s->ndays, sizeof *s->daily);
    s->scores = malloc(s->ndays * NREGIONS);
    s->place_scores = malloc(s->ndays * NPLACES);
    s->actions = calloc(s->ndays * NREGIONS, sizeof *s->actions);
    s->place_flags = calloc(s->ndays * NPLACES, sizeof *s->place_flags);
    w->eday = malloc((in->entries->n + 1) * sizeof *w->eday);
    w->grid = malloc(w->ndays * NPLACES);
    w->acts = calloc(w->ndays * MAX_ACTIONS, sizeof *w->acts);
    w->nights = malloc(w->ndays * NFACTORS);
    w->cfg = malloc(sizeof *w->cfg);
    if (!s->daily || !s->scores || !s->place_scores || !s->place_flags ||
        !s->actions || !w->eday || !w->grid ||
        !w->acts || !w->nights || !w->cfg)
        return oom();
    if (in->cfg)
        *w->cfg = *in->cfg;
    else
        recov_config_defaults(w->cfg);
    w->own_cfg = !in->cfg;
    w->cfg->advice.persist_days = in->persist_days;
    w->cfg->advice.explain_days = in->explain_days;
    for (size_t d = 0; d < s->ndays; d++)
        s->daily[d].day = in->range.first_day + (int)d;
    /* Days are local calendar days, whatever the UTC offset did that week. */
    for (size_t i = 0; i < in->entries->n; i++)
        w->eday[i] = recov_day_of(in->entries->v[i].at);
    return RECOV_OK;
}

/* The public grids: per place, and per region whatever the side. */
static void day_maxima(struct work *w)
{
    struct recov_summary *s = w->s;
    memcpy(s->place_scores, cell(w, s->range.first_day, 0), s->ndays * NPLACES);
    for (size_t d = 0; d < s->ndays; d++)
        for (int r = 0; r < NREGIONS; r++) {
            signed char m = -1;
            for (int side = 0; side < RECOV_SIDE_COUNT; side++) {
                signed char v = s->place_scores[d * NPLACES + (size_t)PLACE(r, side)];
                m = v > m ? v : m;
            }
            s->scores[d * NREGIONS + (size_t)r] = m;
        }
}

int recov_summary_compute(const struct recov_summary_input *in, struct recov_summary *out)
{
    struct work w;
    int rc = start(in, &w, out);
    if (rc == RECOV_OK) {
        fill_grids(&w);
        day_maxima(&w);
        copy_actions(&w);
        rc = count_workouts(&w);
    }
    if (rc == RECOV_OK)
        rc = load_metrics(&w);
    if (rc == RECOV_OK)
        rc = recov_episodes_compute(in->entries, w.cfg, recov_day_start(in->range.last_day + 1) - 1,
                                    &w.eps);
    if (rc == RECOV_OK) {
        summarize_regions(&w);
        summarize_recovery(&w);
        rc = summarize_helps(&w);
    }
    if (rc == RECOV_OK)
        rc = collect_warnings(&w);
    if (rc == RECOV_OK)
        rc = keep_episodes(&w);
    free(w.eday);
    free(w.grid);
    free(w.acts);
    free(w.nights);
    if (w.own_cfg)
        recov_config_free(w.cfg);
    free(w.cfg);
    recov_episodes_free(&w.eps);
    return rc;
}

void recov_summary_free(struct recov_summary *s)
{
    free(s->daily);
    free(s->types);
    free(s->scores);
    free(s->place_scores);
    free(s->place_flags);
    free(s->actions);
    free(s->helps);
    free(s->warnings);
    free(s->episodes);
    memset(s, 0, sizeof *s);
}

int recov_summary_score(const struct recov_summary *s, int region, size_t i)
{
    return s->scores[i * NREGIONS + (size_t)region];
}

int recov_summary_place_score(const struct recov_summary *s, int region, int side, size_t i)
{
    return s->place_scores[i * NPLACES + (size_t)PLACE(region, side)];
}

unsigned recov_summary_place_flags(const struct recov_summary *s, int region, int side, size_t i)
{
    return s->place_flags[i * NPLACES + (size_t)PLACE(region, side)];
}

/* ---- reading ---- */

static int by_time(const void *a, const void *b)
{
    const struct recov_entry *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

int recov_summary_load(struct recov_db *db, const struct recov_config *cfg,
                       struct recov_range range, time_t now, struct recov_summary *out)
{
    struct recov_summary_input in = {range, recov_day_of(now), cfg->advice.persist_days,
                                     cfg->advice.explain_days, RECOV_SUMMARY_NO_HISTORY, NULL,
                                     cfg};
    struct recov_summary_window win;
    struct recov_entries list = {0};
    /* With the clock pinned back, the totals stop at now as the days
     * compared do. */
    time_t first_workout, end = recov_range_logged_end(range, now);
    recov_summary_window(&in, &win);
    int workouts_first = min_int(win.loads_first, win.entries_first);
    int rc = db ? recov_store_first_workout(db, &first_workout) : RECOV_OK;
    if (db && rc == RECOV_OK && first_workout && first_workout <= now)
        in.history_first_day = recov_day_of(first_workout);
    /* Only the window is read: the work is bounded however long the log. */
    if (db && rc == RECOV_OK)
        rc = recov_store_range(db, recov_day_start(workouts_first), end,
                               1u << RECOV_KIND_WORKOUT, &list);
    if (db && rc == RECOV_OK)
        rc = recov_store_range(db, recov_day_start(win.entries_first), end,
                               1u << RECOV_KIND_SORENESS | 1u << RECOV_KIND_RECOVERY |
                                   1u << RECOV_KIND_WELLNESS, &list);
    if (rc == RECOV_OK) {
        sort(list.v, list.n, sizeof *list.v, by_time);
        in.entries = &list;
        rc = recov_summary_compute(&in, out);
    } else {
        memset(out, 0, sizeof *out);
    }
    recov_entries_free(&list);
    return rc;
}

int recov_summary_clip_all(struct recov_db *db, struct recov_range *r)
{
    time_t first = 0;
    if (r->first_day != RECOV_RANGE_OPEN_START)
        return RECOV_OK;
    if (db && recov_store_first_entry(db, &first))
        return RECOV_EIO;
    if (first && recov_day_of(first) <= r->last_day)
        r->first_day = recov_day_of(first);
    else
        r->first_day = r->last_day;
    return RECOV_OK;
}

/* ---- words ---- */

uint32_t recov_summary_actions(const struct recov_summary *s, int region, size_t i)
{
    return s->actions[i * NREGIONS + (size_t)region];
}
