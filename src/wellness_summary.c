/* wellness_summary: a period's wellness items against the person's own baseline. */
#include "recov/wellness_summary.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/store.h"
#include "recov/summary.h"
#include "recov/wellness.h"
#include "recov/when.h"

int recov_wellness_has_baseline(const struct recov_wellness_summary *s)
{
    int base = 0;
    for (int i = 0; i < RECOV_WS_COUNT; i++)
        base |= s->series[i].baseline.days > 0;
    return base;
}

const char *recov_well_series_key(int i)
{
    if (i == RECOV_WS_SLEEP)
        return "sleep_hours";
    if (i == RECOV_WS_RHR)
        return "resting_hr";
    if (i == RECOV_WS_HRV)
        return "hrv";
    return recov_well_items[i - RECOV_WS_ITEM0].key;
}

const char *recov_well_series_label(int i)
{
    static const char *const others[RECOV_WS_COUNT] = {[RECOV_WS_SLEEP] = "sleep (h)",
                                                       [RECOV_WS_RHR] = "resting HR",
                                                       [RECOV_WS_HRV] = "HRV (ms)"};
    return others[i] ? others[i] : recov_well_items[i - RECOV_WS_ITEM0].label;
}

/* A figure as a person would write it: 52, not 52.0; 52.5 when it is. */
static const char *figure(double v, char *buf, size_t n)
{
    snprintf(buf, n, fabs(v - round(v)) < 0.05 ? "%.0f" : "%.1f", v);
    return buf;
}

/* One reason: the day's figure, and in brackets the mean it was read
 * against (an aside the short advice view drops); the figures show the
 * threshold crossed (5 bpm, 15 %, 2 points). A 1-5 item is "worse", not
 * "below": every item runs from bad (1) to good (5), and "fatigue below
 * baseline" would read as less tired. */
static int reason_format(const struct recov_well_flag *f, int i, char *buf, size_t n)
{
    char v[16], b[16];
    double value = f->value[i], base = f->base[i];
    if (i == RECOV_WS_SLEEP) {
        int mins = (int)lround(value * 60);
        return snprintf(buf, n, "sleep %dh%02d (under 6 h)", mins / 60, mins % 60);
    }
    figure(value, v, sizeof v);
    figure(base, b, sizeof b);
    if (i == RECOV_WS_RHR)
        return snprintf(buf, n, "resting HR %s (your 14-day mean is %s)", v, b);
    if (i == RECOV_WS_HRV)
        return snprintf(buf, n, "HRV %s ms (your 14-day mean is %s)", v, b);
    return snprintf(buf, n, "%s %s (your 60-day mean is %s)", recov_well_series_label(i), v, b);
}

void recov_wellness_reasons_format(const struct recov_well_flag *f, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < RECOV_WS_COUNT && len < n; i++) {
        if (!(f->reasons & (1u << i)))
            continue;
        if (len)
            len += (size_t)snprintf(buf + len, n - len, ", ");
        if (len < n)
            len += (size_t)reason_format(f, i, buf + len, n - len);
    }
}

/* The value of series i in e, or NAN when e does not hold it. */
static double value_of(const struct recov_entry *e, int i)
{
    if (i == RECOV_WS_SLEEP)
        return e->sleep_secs >= 0 ? e->sleep_secs / 3600.0 : NAN;
    if (i == RECOV_WS_RHR)
        return e->resting_hr ? e->resting_hr : NAN;
    if (i == RECOV_WS_HRV)
        return e->hrv ? e->hrv : NAN;
    return e->well[i - RECOV_WS_ITEM0] ? e->well[i - RECOV_WS_ITEM0] : NAN;
}

/* Day values: the mean of the day's entries, per series; NAN when none.
 * grid[(day - first) * RECOV_WS_COUNT + i]. */
static double *day_values(const struct recov_entries *entries, int first, int ndays)
{
    double *sum = calloc((size_t)ndays * RECOV_WS_COUNT, sizeof *sum);
    int *count = calloc((size_t)ndays * RECOV_WS_COUNT, sizeof *count);
    if (!sum || !count) {
        free(sum);
        free(count);
        return NULL;
    }
    for (size_t k = 0; k < entries->n; k++) {
        const struct recov_entry *e = &entries->v[k];
        int d = recov_day_of(e->at) - first;
        if (e->kind != RECOV_KIND_WELLNESS || d < 0 || d >= ndays)
            continue;
        for (int i = 0; i < RECOV_WS_COUNT; i++) {
            double v = value_of(e, i);
            if (!isnan(v)) {
                sum[d * RECOV_WS_COUNT + i] += v;
                count[d * RECOV_WS_COUNT + i]++;
            }
        }
    }
    for (int j = 0; j < ndays * RECOV_WS_COUNT; j++)
        sum[j] = count[j] ? sum[j] / count[j] : NAN;
    free(count);
    return sum;
}

/* Mean and sample SD of series i over day indexes [from, to). */
static struct recov_well_stat stat(const double *grid, int i, int from, int to)
{
    struct recov_well_stat s = {0, 0, 0};
    double sum = 0, sq = 0;
    for (int d = from < 0 ? 0 : from; d < to; d++) {
        double v = grid[d * RECOV_WS_COUNT + i];
        if (!isnan(v)) {
            s.days++;
            sum += v;
        }
    }
    if (!s.days)
        return s;
    s.mean = sum / s.days;
    for (int d = from < 0 ? 0 : from; d < to; d++) {
        double v = grid[d * RECOV_WS_COUNT + i];
        if (!isnan(v))
            sq += (v - s.mean) * (v - s.mean);
    }
    s.sd = s.days > 1 ? sqrt(sq / (s.days - 1)) : 0;
    return s;
}

/* Whether value v of series i is flagged against baseline b. */
static int flagged(int i, double v, const struct recov_well_stat *b)
{
    if (b->days < RECOV_WELL_BASELINE_MIN)
        return 0;
    if (i == RECOV_WS_RHR)
        return v >= b->mean + RECOV_WELL_RHR_RISE;
    if (i == RECOV_WS_HRV)
        return v <= b->mean * (1 - RECOV_WELL_HRV_DROP);
    return v <= b->mean - RECOV_WELL_ITEM_DROP;
}

/* Why day index d (calendar day `day`) is flagged, against the baselines of
 * the days before it. */
static struct recov_well_flag judge(const double *grid, int d, int day)
{
    struct recov_well_flag f = {.day = day};
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        double v = grid[d * RECOV_WS_COUNT + i];
        int hr = i == RECOV_WS_RHR || i == RECOV_WS_HRV;
        struct recov_well_stat b = {0};
        if (isnan(v))
            continue;
        if (i != RECOV_WS_SLEEP)
            b = stat(grid, i, d - (hr ? RECOV_WELL_HR_BASELINE_DAYS : RECOV_WELL_BASELINE_DAYS),
                     d);
        if (i == RECOV_WS_SLEEP ? v < RECOV_WELL_SHORT_SLEEP_SECS / 3600.0 : flagged(i, v, &b)) {
            f.reasons |= 1u << i;
            f.value[i] = v;
            f.base[i] = i == RECOV_WS_SLEEP ? NAN : b.mean;
        }
    }
    return f;
}

int recov_wellness_summary_compute(const struct recov_entries *entries, int first_day,
                                   int as_of, struct recov_wellness_summary *out)
{
    memset(out, 0, sizeof *out);
    out->first_day = first_day;
    out->as_of = as_of;
    int start = first_day - RECOV_WELL_BASELINE_DAYS, ndays = as_of - start + 1;
    if (as_of < first_day)
        return RECOV_OK;
    double *grid = day_values(entries, start, ndays);
    out->flags = calloc((size_t)(as_of - first_day + 1), sizeof *out->flags);
    if (!grid || !out->flags) {
        free(grid);
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        out->series[i].period = stat(grid, i, RECOV_WELL_BASELINE_DAYS, ndays);
        out->series[i].baseline = stat(grid, i, 0, RECOV_WELL_BASELINE_DAYS);
    }
    for (int d = RECOV_WELL_BASELINE_DAYS; d < ndays; d++) {
        int any = 0;
        for (int i = 0; i < RECOV_WS_COUNT; i++)
            any |= !isnan(grid[d * RECOV_WS_COUNT + i]);
        out->days += any;
        struct recov_well_flag f = any ? judge(grid, d, start + d) : (struct recov_well_flag){0};
        if (f.reasons)
            out->flags[out->nflags++] = f;
    }
    free(grid);
    return RECOV_OK;
}

int recov_wellness_day_flags(const struct recov_entries *entries, int day,
                             struct recov_well_flag *out)
{
    double *grid = day_values(entries, day - RECOV_WELL_BASELINE_DAYS,
                              RECOV_WELL_BASELINE_DAYS + 1);
    *out = (struct recov_well_flag){.day = day};
    if (!grid) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    int any = 0;
    for (int i = 0; i < RECOV_WS_COUNT; i++)
        any |= !isnan(grid[RECOV_WELL_BASELINE_DAYS * RECOV_WS_COUNT + i]);
    if (any)
        *out = judge(grid, RECOV_WELL_BASELINE_DAYS, day);
    free(grid);
    return RECOV_OK;
}

int recov_wellness_summary_load(struct recov_db *db, struct recov_range range, time_t now,
                                struct recov_wellness_summary *out)
{
    struct recov_entries list = {0};
    int as_of = recov_summary_as_of(range, recov_day_of(now));
    int rc = RECOV_OK;
    if (db)
        rc = recov_store_range(db, recov_day_start(range.first_day - RECOV_WELL_BASELINE_DAYS),
                               recov_range_logged_end(range, now), 1u << RECOV_KIND_WELLNESS,
                               &list);
    if (rc == RECOV_OK)
        rc = recov_wellness_summary_compute(&list, range.first_day, as_of, out);
    else
        memset(out, 0, sizeof *out);
    recov_entries_free(&list);
    return rc;
}

void recov_wellness_summary_free(struct recov_wellness_summary *s)
{
    free(s->flags);
    memset(s, 0, sizeof *s);
}

static json_t *rounded(double v)
{
    return json_real(round(v * 100) / 100);
}

static json_t *stat_json(const struct recov_well_stat *s, int with_sd)
{
    json_t *o = json_object();
    json_object_set_new(o, "mean", s->days ? rounded(s->mean) : json_null());
    if (with_sd)
        json_object_set_new(o, "sd", s->days > 1 ? rounded(s->sd) : json_null());
    json_object_set_new(o, "days", json_integer(s->days));
    return o;
}

json_t *recov_wellness_summary_json(const struct recov_wellness_summary *s)
{
    json_t *o = json_object(), *items = json_object(), *flags = json_array();
    char date[16];
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        json_t *it = stat_json(&s->series[i].period, 0);
        json_object_set_new(it, "baseline", stat_json(&s->series[i].baseline, 1));
        json_object_set_new(items, recov_well_series_key(i), it);
    }
    for (size_t k = 0; k < s->nflags; k++) {
        const struct recov_well_flag *f = &s->flags[k];
        json_t *why = json_array(), *figures = json_object();
        for (int i = 0; i < RECOV_WS_COUNT; i++) {
            if (!(f->reasons & (1u << i)))
                continue;
            json_array_append_new(why, json_string(recov_well_series_key(i)));
            json_object_set_new(figures, recov_well_series_key(i),
                                json_pack("{s:o, s:o}", "value", rounded(f->value[i]), "baseline",
                                          isnan(f->base[i]) ? json_null() : rounded(f->base[i])));
        }
        recov_day_format(f->day, date, sizeof date);
        json_array_append_new(flags, json_pack("{s:s, s:o, s:o}", "date", date, "reasons", why,
                                               "figures", figures));
    }
    json_object_set_new(o, "days", json_integer(s->days));
    json_object_set_new(o, "items", items);
    json_object_set_new(o, "flagged", flags);
    return o;
}
