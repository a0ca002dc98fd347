/* activity: the session a recording file describes, and summing its track. */
#include "recov/activity.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"

void recov_activity_init(struct recov_activity *a)
{
    memset(a, 0, sizeof *a);
    a->elapsed_s = -1;
    a->moving_s = -1;
    a->distance_m = -1;
    a->rpe = -1;
}

int recov_activities_push(struct recov_activities *list, const struct recov_activity *a)
{
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 8;
        struct recov_activity *v = realloc(list->v, cap * sizeof *v);
        if (!v) {
            recov_error_set("out of memory");
            return RECOV_EIO;
        }
        list->v = v;
        list->cap = cap;
    }
    list->v[list->n++] = *a;
    return RECOV_OK;
}

void recov_activities_free(struct recov_activities *list)
{
    free(list->v);
    memset(list, 0, sizeof *list);
}

/* Haversine on a sphere of the mean Earth radius: within 0.5 % of the
 * ellipsoid, well inside what a GPS track itself is good for. */
double recov_geo_distance(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371008.8, rad = M_PI / 180;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double h = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * r * asin(sqrt(h < 1 ? h : 1));
}

void recov_track_init(struct recov_track *t)
{
    memset(t, 0, sizeof *t);
}

void recov_track_add(struct recov_track *t, time_t at, int have_pos, double lat, double lon,
                     double dist_m, int hr)
{
    t->points++;
    if (at > 0) {
        if (!t->first || at < t->first)
            t->first = at;
        if (at > t->last)
            t->last = at;
    }
    if (dist_m > t->field_m)
        t->field_m = dist_m;
    if (dist_m >= 0)
        t->have_dist = 1;
    if (have_pos && t->have_pos)
        t->pos_m += recov_geo_distance(t->last_lat, t->last_lon, lat, lon);
    if (have_pos) {
        t->have_pos = 1;
        t->last_lat = lat;
        t->last_lon = lon;
    }
    if (hr > 0) {
        t->hr_sum += hr;
        t->hr_n++;
        if (hr > t->hr_max)
            t->hr_max = hr;
    }
}

int recov_track_finish(const struct recov_track *t, struct recov_activity *a)
{
    if (!t->first)
        return -1;
    if (a->start <= 0)
        a->start = t->first;
    if (a->elapsed_s < 0)
        a->elapsed_s = (int)(t->last - t->first);
    /* A recorded distance beats one summed from noisy positions. */
    if (a->distance_m < 0 && (t->have_pos || t->have_dist))
        a->distance_m = t->have_dist ? t->field_m : t->pos_m;
    if (!a->avg_hr && t->hr_n)
        a->avg_hr = (int)lround((double)t->hr_sum / (double)t->hr_n);
    if (!a->max_hr)
        a->max_hr = t->hr_max;
    return 0;
}
