/* summary_json: a summary as the documented JSON object (docs/summary.md). */
#include "recov/summary_json.h"

#include <math.h>

#include "recov/advice.h"
#include "recov/entry_json.h"
#include "recov/vocab.h"
#include "recov/when.h"

/* A real rounded to `decimals` places: the figures are shown, not re-used. */
static json_t *rounded(double v, int decimals)
{
    double scale = pow(10, decimals);
    return json_real(round(v * scale) / scale);
}

/* Loads are sums of whole RPE x minutes products. */
static json_t *whole(double v)
{
    return json_integer((json_int_t)llround(v));
}

static json_t *date(int day)
{
    char buf[16];
    recov_day_format(day, buf, sizeof buf);
    return json_string(buf);
}

/* {key: label, sessions, minutes, load}; key may be NULL. */
static json_t *totals(const char *key, json_t *label, int sessions, int minutes, double load)
{
    json_t *o = json_object();
    if (key)
        json_object_set_new(o, key, label);
    json_object_set_new(o, "sessions", json_integer(sessions));
    json_object_set_new(o, "minutes", json_integer(minutes));
    json_object_set_new(o, "load", whole(load));
    return o;
}

/* A day's load state; null for days after the as-of day. */
static void set_day_state(json_t *o, const struct recov_summary_day *d)
{
    const struct recov_load_state *st = &d->state;
    int acwr = d->has_state && st->acwr >= 0;
    json_object_set_new(o, "fitness", d->has_state ? rounded(st->fitness, 2) : json_null());
    json_object_set_new(o, "fatigue", d->has_state ? rounded(st->fatigue, 2) : json_null());
    json_object_set_new(o, "form", d->has_state ? rounded(st->form, 2) : json_null());
    json_object_set_new(o, "acwr", acwr ? rounded(st->acwr, 2) : json_null());
}

static json_t *daily(const struct recov_summary *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->ndays; i++) {
        const struct recov_summary_day *d = &s->daily[i];
        json_t *o = totals("date", date(d->day), d->sessions, d->minutes, d->load);
        if (o)
            set_day_state(o, d);
        json_array_append_new(a, o);
    }
    return a;
}

/* The region's day-maximum score on each day of the range, null unlogged. */
/* One row's day scores: its region on its side (or logged without one). */
static json_t *scores(const struct recov_summary *s, int region, int side)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->ndays; i++) {
        int v = recov_summary_place_score(s, region, side, i);
        json_array_append_new(a, v >= 0 ? json_integer(v) : json_null());
    }
    return a;
}

static json_t *by_type(const struct recov_summary *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->ntypes; i++) {
        const struct recov_summary_type *t = &s->types[i];
        json_array_append_new(
            a, totals("type", json_string(t->type), t->sessions, t->minutes, t->load));
    }
    return a;
}

/* The recovery actions that covered the region, a list per day of the range. */
static json_t *actions(const struct recov_summary *s, int region)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->ndays; i++) {
        json_t *day = json_array();
        uint32_t mask = recov_summary_actions(s, region, i);
        for (size_t k = 0; day && k < recov_action_count; k++)
            if (mask & (1u << k))
                json_array_append_new(day, json_string(recov_action_names[k]));
        json_array_append_new(a, day);
    }
    return a;
}

static json_t *after(const struct recov_summary_region *r)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < r->nafter; i++)
        json_array_append_new(a, json_pack("{s:s, s:i}", "type", r->after[i].type, "count",
                                           r->after[i].count));
    return a;
}

static json_t *regions(const struct recov_summary *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->nregions; i++) {
        const struct recov_summary_region *r = &s->regions[i];
        json_t *o = json_pack("{s:s, s:i, s:o, s:i, s:s, s:o, s:o, s:o}", "region",
                              recov_region_names[r->region], "peak", r->peak, "mean",
                              rounded(r->mean, 2), "days", r->days, "trend",
                              recov_trend_name(r->trend), "peak_delta",
                              r->has_previous ? json_integer(r->peak_delta) : json_null(),
                              "preceded_by", after(r), "scores",
                              scores(s, r->region, r->side));
        if (o && r->side != RECOV_SIDE_NONE)
            json_object_set_new(o, "side", json_string(recov_side_names[r->side]));
        if (o)
            json_object_set_new(o, "actions", actions(s, r->region));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *recovery(const struct recov_summary *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->nrecovery; i++)
        json_array_append_new(a, json_pack("{s:s, s:i, s:i}", "action",
                                           recov_action_names[s->recovery[i].action], "count",
                                           s->recovery[i].count, "minutes",
                                           s->recovery[i].minutes));
    return a;
}

/* Only comparisons with enough days on both sides are published. */
static json_t *helps(const struct recov_summary *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->nhelps && s->helps[i].enough; i++) {
        const struct recov_summary_help *h = &s->helps[i];
        const char *factor = recov_summary_help_factor_key(h);
        json_t *o = json_pack("{s:s, s:i, s:i, s:o, s:o, s:o}", "region",
                              recov_region_names[h->region], "with_days", h->with_days,
                              "without_days", h->without_days, "with_change",
                              rounded(h->with_change, 2), "without_change",
                              rounded(h->without_change, 2), "difference",
                              rounded(h->with_change - h->without_change, 2));
        /* An action's comparison names it; a wellness factor's names the factor. */
        json_object_set_new(o, factor ? "factor" : "action",
                            json_string(factor ? factor : recov_action_names[h->action]));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *warnings(const struct recov_summary *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->nwarnings; i++) {
        const struct recov_summary_warning *w = &s->warnings[i];
        char text[512];
        recov_summary_warning_text(w, text, sizeof text);
        json_t *o = json_pack("{s:o, s:s, s:s, s:s}", "date", date(w->day), "region",
                              recov_region_names[w->region], "kind",
                              recov_warning_kind_name(w->kind), "message", text);
        if (o && w->side != RECOV_SIDE_NONE)
            json_object_set_new(o, "side", json_string(recov_side_names[w->side]));
        if (o)
            json_object_set_new(o, "rule", json_string(recov_summary_warning_rule(w)->id));
        if (o && w->kind == RECOV_WARNING_RED_FLAG) {
            json_t *flags = json_array();
            for (int f = 0; flags && f < RECOV_FLAG_COUNT; f++)
                if (w->flags & (1u << f))
                    json_array_append_new(flags, json_string(recov_flag_names[f]));
            json_object_set_new(o, "flags", flags);
        }
        if (o && w->kind == RECOV_WARNING_RECURRING)
            json_object_set_new(o, "bouts", json_integer(w->bouts));
        /* The episode's, as suggest --json shows them. */
        if (o) {
            json_object_set_new(o, "since", date(w->onset_day));
            json_object_set_new(o, "days", json_integer(w->episode_days));
            json_object_set_new(o, "latest", date(w->latest_day));
        }
        json_array_append_new(a, o);
    }
    return a;
}

static void set_load_state(json_t *o, const struct recov_summary *s)
{
    const struct recov_load_state *st = &s->state;
    json_object_set_new(o, "week_end", date(s->week_end));
    json_object_set_new(o, "monotony", rounded(s->monotony, 4));
    json_object_set_new(o, "strain", rounded(s->strain, 2));
    json_object_set_new(o, "acwr", st->acwr >= 0 ? rounded(st->acwr, 2) : json_null());
    json_object_set_new(o, "acwr_reason",
                        st->acwr >= 0 ? json_null() : json_string(s->acwr_reason));
    json_object_set_new(o, "fitness", rounded(st->fitness, 2));
    json_object_set_new(o, "fatigue", rounded(st->fatigue, 2));
    json_object_set_new(o, "form", rounded(st->form, 2));
}

json_t *recov_summary_to_json(const struct recov_summary *s)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "range", json_pack("{s:o, s:o}", "from", date(s->range.first_day),
                                              "to", date(s->range.last_day)));
    json_object_set_new(o, "as_of", date(s->as_of));
    json_object_update_new(o, totals(NULL, NULL, s->sessions, s->minutes, s->load));
    json_object_set_new(o, "daily", daily(s));
    json_object_set_new(o, "by_type", by_type(s));
    set_load_state(o, s);
    json_object_set_new(o, "regions", regions(s));
    json_object_set_new(o, "recovery", recovery(s));
    json_object_set_new(o, "previous", s->previous_known
                                           ? totals(NULL, NULL, s->previous.sessions,
                                                    s->previous.minutes, s->previous.load)
                                           : json_null());
    json_object_set_new(o, "compared", json_pack("{s:o, s:o}",
                                                 "from", date(s->compared.first_day),
                                                 "to", date(s->compared.last_day)));
    json_object_set_new(o, "helps", helps(s));
    json_object_set_new(o, "warnings", warnings(s));
    return o;
}
