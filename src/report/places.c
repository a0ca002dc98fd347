/* places: the summary's per-region figures, as the places a report draws. */
#include "recov/report_places.h"

#include <stdio.h>
#include <string.h>

int recov_report_place_score(const struct recov_summary *s, const struct recov_report_place *p,
                             size_t i)
{
    return recov_summary_place_score(s, p->region, p->side, i);
}

uint32_t recov_report_place_actions(const struct recov_summary *s,
                                    const struct recov_report_place *p, size_t i)
{
    return recov_summary_actions(s, p->region, i);
}

unsigned recov_report_place_flags(const struct recov_summary *s,
                                  const struct recov_report_place *p, size_t i)
{
    return recov_summary_place_flags(s, p->region, p->side, i);
}

/* The days it was logged, its last score, its flags, and what was tried
 * from its first log to its last. */
static void read_days(const struct recov_summary *s, struct recov_report_place *p)
{
    p->first_day = p->last_day = p->onset_day = p->peak_day = -1;
    for (size_t i = 0; i < s->ndays; i++) {
        int score = recov_report_place_score(s, p, i);
        p->flags |= recov_report_place_flags(s, p, i);
        if (score < 0)
            continue;
        if (p->first_day < 0)
            p->first_day = s->daily[i].day;
        if (p->onset_day < 0 && score >= 1)
            p->onset_day = s->daily[i].day;
        if (p->peak_day < 0 && p->row && score == p->row->peak)
            p->peak_day = s->daily[i].day;
        p->last_day = s->daily[i].day;
        p->latest = score;
    }
    for (int d = p->first_day; p->first_day >= 0 && d <= p->last_day; d++)
        p->tried |= recov_report_place_actions(s, p, (size_t)(d - s->range.first_day));
}

void recov_report_places(const struct recov_summary *s, struct recov_report_places *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < s->nregions; i++) {
        struct recov_report_place *p = &out->v[out->n++];
        p->region = s->regions[i].region;
        p->side = s->regions[i].side;
        p->row = &s->regions[i];
        read_days(s, p);
    }
}

/* The Body table row of region on side, else (a side asked for, or none)
 * the region logged without a side, else (none asked for) its most
 * affected side; NULL when the region was not logged. */
static const struct recov_summary_region *row_of(const struct recov_summary *s, int region,
                                                 int side)
{
    const struct recov_summary_region *whole = NULL, *any = NULL;
    for (size_t i = 0; i < s->nregions; i++) {
        const struct recov_summary_region *r = &s->regions[i];
        if (r->region != region)
            continue;
        if (r->side == side)
            return r;
        if (r->side == RECOV_SIDE_NONE)
            whole = r;
        if (!any)
            any = r;
    }
    return whole ? whole : side == RECOV_SIDE_NONE ? any : NULL;
}

void recov_report_place_of(const struct recov_summary *s, int region, int side,
                           struct recov_report_place *out)
{
    memset(out, 0, sizeof *out);
    out->row = row_of(s, region, side);
    out->region = region;
    out->side = out->row ? out->row->side : side;
    read_days(s, out);
}

const struct recov_report_place *recov_report_place_find(const struct recov_report_places *ps,
                                                         int region, int side)
{
    const struct recov_report_place *whole = NULL;
    for (size_t i = 0; i < ps->n; i++) {
        if (ps->v[i].region != region)
            continue;
        if (ps->v[i].side == side)
            return &ps->v[i];
        if (ps->v[i].side == RECOV_SIDE_NONE)
            whole = &ps->v[i];
    }
    return whole;
}

void recov_report_place_name(const struct recov_report_place *p, char *buf, size_t n)
{
    recov_place_label(p->region, p->side, buf, n);
}
