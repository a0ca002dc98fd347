/* report wellness: the period report's morning checks against the person's
 * own baseline, the figures and flagged days `recov summary` shows. */
#include "recov/report_wellness.h"

#include "recov/html.h"
#include "recov/when.h"

/* "4.2", or "-" for a figure with no days behind it. */
static void cell(FILE *f, int days, double v)
{
    if (days)
        fprintf(f, "<td class=\"num\">%.1f</td>", v);
    else
        fputs("<td class=\"num\">-</td>", f);
}

static void table(FILE *f, const struct recov_wellness_summary *w)
{
    fputs("<div class=\"scroll\"><table>\n<thead><tr><th>item</th><th class=\"num\">mean</th>"
          "<th class=\"num\">days</th><th class=\"num\">baseline</th><th class=\"num\">sd</th>"
          "<th class=\"num\">days</th></tr></thead>\n<tbody>\n",
          f);
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        const struct recov_well_series *x = &w->series[i];
        if (!x->period.days && !x->baseline.days)
            continue;
        fputs("<tr><td>", f);
        recov_html_escape(f, recov_well_series_label(i));
        fputs("</td>", f);
        cell(f, x->period.days, x->period.mean);
        fprintf(f, "<td class=\"num\">%d</td>", x->period.days);
        cell(f, x->baseline.days, x->baseline.mean);
        cell(f, x->baseline.days > 1, x->baseline.sd);
        fprintf(f, "<td class=\"num\">%d</td></tr>\n", x->baseline.days);
    }
    fputs("</tbody>\n</table></div>\n", f);
}

void recov_report_wellness(FILE *f, const struct recov_wellness_summary *w)
{
    if (!w->days && !recov_wellness_has_baseline(w))
        return; /* no checks logged: no section, as in the summary */
    char from[16], to[16], date[16], why[512];
    recov_day_format(w->first_day - RECOV_WELL_BASELINE_DAYS, from, sizeof from);
    recov_day_format(w->first_day - 1, to, sizeof to);
    recov_html_section(f, "wellness", "Wellness");
    fputs("<p class=\"note\">", f);
    recov_html_textf(f, "Your morning checks (%d day%s in this period), each item's mean "
                     "against your own baseline: its mean and SD over %s to %s. A day is "
                     "flagged for sleep under 6 h, a 1-5 item 2 or more worse than its 60-day "
                     "mean, or resting HR 5+ bpm above or HRV 15 %% or more below its 14-day "
                     "mean.", w->days, w->days == 1 ? "" : "s", from, to);
    fputs("</p>\n", f);
    table(f, w);
    if (w->nflags)
        fputs("<ul class=\"warnings\">\n", f);
    for (size_t k = 0; k < w->nflags; k++) {
        recov_day_format(w->flags[k].day, date, sizeof date);
        recov_wellness_reasons_format(&w->flags[k], why, sizeof why);
        fprintf(f, "<li><strong>%s</strong> ", date);
        recov_html_escape(f, why);
        fputs("</li>\n", f);
    }
    if (w->nflags)
        fputs("</ul>\n", f);
    recov_html_section_end(f);
}
