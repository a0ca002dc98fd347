/* report: the period report's sections, in the order a reader wants them. */
#include "recov/report.h"

#include <string.h>

#include "recov/advice.h"
#include "recov/error.h"
#include "recov/html.h"
#include "recov/report_charts.h"
#include "recov/report_places.h"
#include "recov/report_sections.h"
#include "recov/report_wellness.h"
#include "recov/svg.h"
#include "recov/vocab.h"
#include "recov/when.h"

static void date_of(int day, char *buf, size_t n)
{
    recov_day_format(day, buf, n);
}

static void title(FILE *f, const struct recov_summary *s)
{
    char from[16], to[16], asof[16];
    date_of(s->range.first_day, from, sizeof from);
    date_of(s->range.last_day, to, sizeof to);
    date_of(s->as_of, asof, sizeof asof);
    fputs("<header>\n<h1>Recovery report</h1>\n<p class=\"period\">", f);
    recov_html_textf(f, "%s to %s (%zu %s; load figures as of %s)", from, to, s->ndays,
                     s->ndays == 1 ? "day" : "days", asof);
    fputs("</p>\n</header>\n", f);
}

static void peak_list(FILE *f, const struct recov_report_places *ps)
{
    fputs("<div class=\"scores\">\n<table>\n<thead><tr><th>place</th><th class=\"num\">peak"
          "</th><th class=\"num\">days scored 1+</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t i = 0; i < ps->n; i++) {
        char name[64];
        recov_report_place_name(&ps->v[i], name, sizeof name);
        fputs("<tr><td>", f);
        recov_html_escape(f, name);
        fprintf(f, "</td><td class=\"num\">%d</td><td class=\"num\">%d</td></tr>\n",
                ps->v[i].row->peak, ps->v[i].row->days);
    }
    fputs("</tbody>\n</table>\n", f);
    recov_svg_score_legend(f);
    fputs("</div>\n", f);
}

static void body(FILE *f, const struct recov_summary *s, const struct recov_report_places *ps)
{
    recov_html_section(f, "body", "Body map: peak soreness (0-10)");
    if (ps->n == 0) {
        fputs("<p>No soreness logged in this period.</p>\n", f);
        recov_html_section_end(f);
        return;
    }
    fputs("<div class=\"maps\">\n<figure>\n", f);
    recov_report_body_map(f, ps);
    fputs("<figcaption>Front and back; R and L are your right and left. A region logged "
          "without a side is drawn on both sides with a dashed outline.</figcaption>\n</figure>\n",
          f);
    peak_list(f, ps);
    fputs("</div>\n", f);
    recov_html_section_end(f);
    recov_html_section(f, "timeline", "Soreness day by day");
    fputs("<figure>\n", f);
    recov_report_timeline(f, s, ps);
    fputs("</figure>\n", f);
    recov_html_section_end(f);
}

static void helps(FILE *f, const struct recov_summary *s)
{
    char from[16];
    size_t shown = 0;
    date_of(s->helps_first, from, sizeof from);
    fputs("<h3>What seems to help</h3>\n<p class=\"note\">", f);
    recov_html_textf(f, "From your own log since %s: the mean change of the next day's score "
                        "after days with an action versus days without. An association, "
                        "not proof.", from);
    fputs("</p>\n<ul>\n", f);
    for (size_t i = 0; i < s->nhelps && s->helps[i].enough; i++, shown++) {
        const struct recov_summary_help *h = &s->helps[i];
        fputs("<li>", f);
        recov_html_textf(f, "%s after %s: next-day change %+.1f with, %+.1f without (%d vs %d "
                            "days)", recov_region_names[h->region],
                         recov_summary_help_name(h), h->with_change, h->without_change,
                         h->with_days, h->without_days);
        fputs("</li>\n", f);
    }
    if (shown == 0) {
        fputs("<li>", f);
        recov_html_textf(f, "Not enough days to compare yet: it takes %d sore days with an "
                            "action and %d without.", RECOV_SUMMARY_MIN_DAYS,
                         RECOV_SUMMARY_MIN_DAYS);
        fputs("</li>\n", f);
    }
    fputs("</ul>\n", f);
}

static void episodes(FILE *f, const struct recov_summary *s)
{
    recov_html_section(f, "episodes", "Episodes");
    if (s->nepisodes) {
        fputs("<div class=\"episodes\">\n", f);
        for (size_t i = 0; i < s->nepisodes; i++)
            recov_report_episode(f, s, &s->episodes[i]);
        fputs("</div>\n<p class=\"note\">An episode runs from a first log to the next 0 "
              "logged with no flag, a 14-day silence, or new soreness after a new workout once "
              "the score had been falling. Sore for: calendar days from its first log to its "
              "latest, as the warnings and recov suggest count them. Cause: the heaviest "
              "workout that worked the region in the days before the first log. Tried: "
              "recovery actions that covered the region on its days in this period.</p>\n",
              f);
    } else {
        /* The body map above says no soreness was logged: not twice. */
        fputs("<p>No episodes in this period.</p>\n", f);
    }
    helps(f, s);
    recov_html_section_end(f);
}

static void summary_warnings(FILE *f, const struct recov_summary *s)
{
    if (s->nwarnings == 0) {
        fputs("<p>No red flags and no soreness beyond the usual time course in this "
              "period.</p>\n", f);
        return;
    }
    fputs("<ul class=\"warnings\">\n", f);
    for (size_t i = 0; i < s->nwarnings; i++) {
        char date[32], text[512];
        recov_summary_warning_dates(&s->warnings[i], date, sizeof date);
        recov_summary_warning_text(&s->warnings[i], text, sizeof text);
        fprintf(f, "<li data-kind=\"%s\"><strong>", recov_warning_kind_name(s->warnings[i].kind));
        recov_html_escape(f, date);
        fputs("</strong> ", f);
        recov_html_escape(f, text);
        fputs(" <span class=\"source\">[", f);
        recov_html_escape(f, recov_summary_warning_rule(&s->warnings[i])->source);
        fputs("]</span></li>\n", f);
    }
    fputs("</ul>\n", f);
}

static void warnings(FILE *f, const struct recov_report *r)
{
    recov_html_section(f, "warnings", "Warnings and red flags");
    summary_warnings(f, r->summary);
    recov_report_advice(f, r->advice, r->advice_at, RECOV_SEV_INFO);
    recov_html_section_end(f);
}

static void notes(FILE *f, const struct recov_report *r)
{
    size_t shown = 0;
    for (size_t i = 0; r->entries && i < r->entries->n; i++) {
        const struct recov_entry *e = &r->entries->v[i];
        char date[32], what[128];
        if (!e->note || !*e->note)
            continue;
        if (shown++ == 0) {
            recov_html_section(f, "notes", "Notes");
            fputs("<div class=\"scroll\"><table>\n<thead><tr><th>date</th><th>entry</th>"
                  "<th>note</th></tr></thead>\n<tbody>\n",
                  f);
        }
        date_of(recov_day_of(e->at), date, sizeof date);
        recov_report_entry_label(e, what, sizeof what);
        fprintf(f, "<tr><td class=\"date\">%s</td><td>", date);
        recov_html_escape(f, what);
        fputs("</td><td class=\"usertext\">", f);
        recov_html_escape(f, e->note);
        fputs("</td></tr>\n", f);
    }
    if (shown) {
        fputs("</tbody>\n</table></div>\n", f);
        recov_html_section_end(f);
    }
}

int recov_report_write(FILE *f, const struct recov_report *r)
{
    const struct recov_summary *s = r->summary;
    struct recov_report_places ps;
    char from[16], to[16], head[64];
    recov_report_places(s, &ps);
    date_of(s->range.first_day, from, sizeof from);
    date_of(s->range.last_day, to, sizeof to);
    snprintf(head, sizeof head, "recov report %s to %s", from, to);
    recov_html_begin(f, head);
    title(f, s);
    recov_html_section(f, "figures", "The period in figures");
    recov_report_figures(f, s);
    recov_html_section_end(f);
    recov_html_section(f, "load", "Training load");
    int rc = recov_report_load_chart(f, s);
    recov_html_section_end(f);
    body(f, s, &ps);
    episodes(f, s);
    if (r->wellness)
        recov_report_wellness(f, r->wellness);
    warnings(f, r);
    notes(f, r);
    recov_report_closing(f, r->made);
    int end = recov_html_end(f);
    return rc ? rc : end;
}
