/* region_report: one region's episode, worded for a clinician. */
#include "recov/report.h"

#include <stdio.h>

#include "recov/error.h"
#include "recov/html.h"
#include "recov/report_charts.h"
#include "recov/report_places.h"
#include "recov/report_sections.h"
#include "recov/vocab.h"
#include "recov/when.h"

int recov_report_onset(const struct recov_summary *s, int region, int side)
{
    struct recov_report_place p;
    recov_report_place_of(s, region, side, &p);
    return p.onset_day;
}

static void day_text(int day, char *buf, size_t n)
{
    if (day < 0)
        snprintf(buf, n, "-");
    else
        recov_day_format(day, buf, n);
}

static void heading(FILE *f, const struct recov_region_report *r, const char *name)
{
    const struct recov_summary *s = r->summary;
    char from[16], to[16];
    recov_day_format(s->range.first_day, from, sizeof from);
    recov_day_format(s->range.last_day, to, sizeof to);
    fputs("<header>\n<h1>", f);
    recov_html_textf(f, "Region report: %s", name);
    fputs("</h1>\n<p class=\"period\">", f);
    recov_html_textf(f, "%s to %s (%zu %s). From the person's own log in recov; soreness "
                        "on a 0-10 numeric rating scale, one score per log.",
                     from, to, s->ndays, s->ndays == 1 ? "day" : "days");
    fputs("</p>\n</header>\n", f);
}

/* Each day with a red flag, and its flags: "2026-11-24: sprain, swelling". */
static void flags_by_day(FILE *f, const struct recov_summary *s, const struct recov_report_place *p)
{
    size_t shown = 0;
    fputs("<p>Flags by day: ", f);
    for (size_t i = 0; i < s->ndays; i++) {
        unsigned flags = recov_report_place_flags(s, p, i);
        char day[16], names[160];
        if (!flags)
            continue;
        recov_day_format(s->daily[i].day, day, sizeof day);
        recov_report_names(flags, recov_flag_names, RECOV_FLAG_COUNT, names, sizeof names);
        fprintf(f, "%s<span class=\"flag\">", shown++ ? "; " : "");
        recov_html_textf(f, "%s: %s", day, names);
        fputs("</span>", f);
    }
    fputs(shown ? ".</p>\n" : "none.</p>\n", f);
}

static void episode(FILE *f, const struct recov_region_report *r,
                    const struct recov_report_place *p)
{
    char v[64], n[64], after[256] = "none began after a logged workout";
    size_t used = 0;
    recov_html_section(f, "episode", "Episode in this period");
    fputs("<dl class=\"figures\">\n", f);
    day_text(p->onset_day, v, sizeof v);
    recov_report_fact(f, "onset", v, "first score of 1 or more");
    day_text(p->last_day, v, sizeof v);
    recov_report_fact(f, "last log", v, NULL);
    snprintf(v, sizeof v, "%d", p->row->days);
    recov_report_fact(f, "days with score >= 1", v, NULL);
    snprintf(v, sizeof v, "%d/10", p->row->peak);
    day_text(p->peak_day, n, sizeof n);
    recov_report_fact(f, "peak", v, n);
    snprintf(v, sizeof v, "%d/10", p->latest);
    day_text(p->last_day, n, sizeof n);
    recov_report_fact(f, "latest", v, n);
    snprintf(v, sizeof v, "%.1f", p->row->mean);
    recov_report_fact(f, "mean of logged scores", v, NULL);
    recov_report_fact(f, "trend", recov_trend_name(p->row->trend),
                      "2-point change on the NRS");
    fputs("</dl>\n", f);
    flags_by_day(f, r->summary, p);
    for (size_t i = 0; i < p->row->nafter && used < sizeof after; i++)
        used += (size_t)snprintf(after + used, sizeof after - used, "%s%s x%d", i ? ", " : "",
                                 p->row->after[i].type, p->row->after[i].count);
    fputs("<p>", f);
    /* The summary's "after" column: one count per episode, for the workout
     * that explains it (not every session near a sore day). */
    recov_html_textf(f, "Episodes begun in this period, counted by the workout each began "
                     "after: %s.", after);
    fputs("</p>\n", f);
    /* The episode model's view of the same logs, as the warnings and
     * suggest count them. */
    const struct recov_summary *s = r->summary;
    for (size_t i = 0; i < s->nepisodes; i++)
        if (s->episodes[i].region == p->region && s->episodes[i].side == p->side)
            recov_report_episode(f, s, &s->episodes[i]);
    recov_html_section_end(f);
}

/* A soreness entry of the region (on the side asked for, or without one),
 * or a recovery action that covered it. */
static int belongs(const struct recov_region_report *r, const struct recov_entry *e)
{
    if (e->kind == RECOV_KIND_SORENESS)
        return e->region == r->region &&
               (r->side == RECOV_SIDE_NONE || e->side == RECOV_SIDE_NONE || e->side == r->side);
    return e->kind == RECOV_KIND_RECOVERY &&
           (e->regions == 0 || (e->regions & RECOV_REGION_BIT(r->region)));
}

static void log_row(FILE *f, const struct recov_entry *e)
{
    char when[32], what[128], flags[160] = "";
    recov_when_format_local(e->at, when, sizeof when);
    recov_report_entry_label(e, what, sizeof what);
    if (e->flags)
        recov_report_names(e->flags, recov_flag_names, RECOV_FLAG_COUNT, flags, sizeof flags);
    fprintf(f, "<tr><td class=\"date\">%s</td><td>", when);
    recov_html_escape(f, what);
    fputs(e->kind == RECOV_KIND_RECOVERY && e->regions == 0 ? " (whole body)" : "", f);
    fputs("</td><td class=\"flag\">", f);
    recov_html_escape(f, flags);
    fputs("</td><td class=\"usertext\">", f);
    recov_html_escape(f, e->note ? e->note : "");
    fputs("</td></tr>\n", f);
}

static void log_table(FILE *f, const struct recov_region_report *r)
{
    recov_html_section(f, "log", "Log: scores, flags, notes and recovery actions");
    fputs("<div class=\"scroll\"><table>\n<thead><tr><th>when</th><th>entry</th><th>flags</th>"
          "<th>note</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t i = 0; r->entries && i < r->entries->n; i++)
        if (belongs(r, &r->entries->v[i]))
            log_row(f, &r->entries->v[i]);
    fputs("</tbody>\n</table></div>\n", f);
    recov_html_section_end(f);
}

static void by_type(FILE *f, const struct recov_summary *b)
{
    fputs("<div class=\"scroll\"><table>\n<thead><tr><th>type</th><th class=\"num\">sessions"
          "</th><th class=\"num\">minutes</th><th class=\"num\">load (AU)</th></tr></thead>\n"
          "<tbody>\n",
          f);
    for (size_t i = 0; i < b->ntypes; i++) {
        fputs("<tr><td>", f);
        recov_html_escape(f, b->types[i].type);
        fprintf(f, "</td><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                   "<td class=\"num\">%.0f</td></tr>\n",
                b->types[i].sessions, b->types[i].minutes, b->types[i].load);
    }
    fputs("</tbody>\n</table></div>\n", f);
}

static int before_onset(FILE *f, const struct recov_summary *b)
{
    char from[16], to[16];
    recov_day_format(b->range.first_day, from, sizeof from);
    recov_day_format(b->range.last_day, to, sizeof to);
    recov_html_section(f, "before", "Training load in the 4 weeks up to onset");
    fputs("<p>", f);
    if (b->previous_known)
        recov_html_textf(f, "%s to %s. Change against the 4 weeks before: sessions %+d, "
                            "minutes %+d, load %+.0f AU.",
                         from, to, b->previous.sessions, b->previous.minutes, b->previous.load);
    else
        recov_html_textf(f, "%s to %s. No workout was logged before %s to compare with.",
                         from, to, from);
    recov_html_textf(f, " The onset day is included: a session that day may be where it "
                        "began. Monotony, strain, ratio, fitness, fatigue and form as of %s.", to);
    fputs("</p>\n", f);
    recov_report_figures(f, b);
    by_type(f, b);
    int rc = recov_report_load_chart(f, b);
    recov_html_section_end(f);
    return rc;
}

int recov_report_region_write(FILE *f, const struct recov_region_report *r)
{
    struct recov_report_places ps = {.n = 1};
    char name[64], head[96];
    int rc = RECOV_OK;
    recov_report_place_of(r->summary, r->region, r->side, &ps.v[0]);
    recov_report_place_name(&ps.v[0], name, sizeof name);
    snprintf(head, sizeof head, "recov region report: %s", name);
    recov_html_begin(f, head);
    heading(f, r, name);
    if (ps.v[0].row) {
        episode(f, r, &ps.v[0]);
        recov_html_section(f, "timeline", "Scores day by day");
        if (ps.v[0].side != r->side)
            fputs("<p class=\"note\">This side was not logged on its own: the scores are "
                  "those logged without a side.</p>\n", f);
        recov_report_timeline(f, r->summary, &ps);
        recov_html_section_end(f);
    } else {
        fputs("<p>No soreness logged for this region in this period.</p>\n", f);
    }
    log_table(f, r);
    if (r->before)
        rc = before_onset(f, r->before);
    recov_html_section(f, "advice", "Advice");
    recov_report_advice(f, r->advice, r->advice_at, RECOV_SEV_INFO);
    recov_html_section_end(f);
    recov_report_closing(f, r->made);
    int end = recov_html_end(f);
    return rc ? rc : end;
}
