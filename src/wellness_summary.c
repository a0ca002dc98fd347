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

/* A 1-5 item is "worse", not "below": every item runs from bad (1) to good
 * (5), and "fatigue below baseline" would read as less tired. */
void recov_wellness_reasons_format(unsigned reasons, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < RECOV_WS_COUNT && len < n; i++) {
        if (!(reasons & (1u << i)))
            continue;
        const char *what = i == RECOV_WS_SLEEP ? "sleep under 6 h"
                           : i == RECOV_WS_RHR ? "resting HR 5+ bpm above its 14-day baseline"
                           : i == RECOV_WS_HRV ? "HRV 15 % or more below its 14-day baseline"
                                               : NULL;
        len += (size_t)(what ? snprintf(buf + len, n - len, "%s%s", len ? ", " : "", what)
                             : snprintf(buf + len, n - len, "%s%s 2+ worse than baseline",
                                        len ? ", " : "", recov_well_series_label(i)));
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

/* Why day index d is flagged, against the baselines of the days before it. */
static unsigned reasons(const double *grid, int d)
{
    unsigned why = 0;
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        double v = grid[d * RECOV_WS_COUNT + i];
        int hr = i == RECOV_WS_RHR || i == RECOV_WS_HRV;
        if (isnan(v))
            continue;
        if (i == RECOV_WS_SLEEP) {
            why |= (v < RECOV_WELL_SHORT_SLEEP_SECS / 3600.0) << i;
            continue;
        }
        struct recov_well_stat b =
            stat(grid, i, d - (hr ? RECOV_WELL_HR_BASELINE_DAYS : RECOV_WELL_BASELINE_DAYS), d);
        if (b.days < RECOV_WELL_BASELINE_MIN)
            continue;
        if (i == RECOV_WS_RHR)
            why |= (v >= b.mean + RECOV_WELL_RHR_RISE) << i;
        else if (i == RECOV_WS_HRV)
            why |= (v <= b.mean * (1 - RECOV_WELL_HRV_DROP)) << i;
        else
            why |= (v <= b.mean - RECOV_WELL_ITEM_DROP) << i;
    }
    return why;
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
        unsigned why = any ? reasons(grid, d) : 0;
        if (why)
            out->flags[out->nflags++] = (struct recov_well_flag){start + d, why};
    }
    free(grid);
    return RECOV_OK;
}

int recov_wellness_day_flags(const struct recov_entries *entries, int day, unsigned *out)
{
    double *grid = day_values(entries, day - RECOV_WELL_BASELINE_DAYS,
                              RECOV_WELL_BASELINE_DAYS + 1);
    *out = 0;
    if (!grid) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    int any = 0;
    for (int i = 0; i < RECOV_WS_COUNT; i++)
        any |= !isnan(grid[RECOV_WELL_BASELINE_DAYS * RECOV_WS_COUNT + i]);
    *out = any ? reasons(grid, RECOV_WELL_BASELINE_DAYS) : 0;
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
                               recov_day_start(as_of + 1), 1u << RECOV_KIND_WELLNESS, &list);
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
        json_t *why = json_array();
        for (int i = 0; i < RECOV_WS_COUNT; i++)
            if (s->flags[k].reasons & (1u << i))
                json_array_append_new(why, json_string(recov_well_series_key(i)));
        recov_day_format(s->flags[k].day, date, sizeof date);
        json_array_append_new(flags, json_pack("{s:s, s:o}", "date", date, "reasons", why));
    }
    json_object_set_new(o, "days", json_integer(s->days));
    json_object_set_new(o, "items", items);
    json_object_set_new(o, "flagged", flags);
    return o;
}
