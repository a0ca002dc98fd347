/* report: the period report's sections, in the order a reader wants them. */
#include "recov/report.h"

#include <string.h>

#include "recov/error.h"
#include "recov/html.h"
#include "recov/report_charts.h"
#include "recov/report_places.h"
#include "recov/svg.h"
#include "recov/vocab.h"
#include "recov/when.h"

const char recov_report_disclaimer[] =
    "recov gives general information from your own log, not a diagnosis. Pain that "
    "persists, numbness, a sprain or soreness with no exercise behind it deserve a "
    "clinician's look.";

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
    recov_html_textf(f, "%s to %s (%zu days; load figures as of %s)", from, to, s->ndays, asof);
    fputs("</p>\n</header>\n", f);
}

/* One figure of the grid: its name, value and a small note. */
static void figure(FILE *f, const char *name, const char *value, const char *note)
{
    fputs("<div><dt>", f);
    recov_html_escape(f, name);
    fputs("</dt><dd>", f);
    recov_html_escape(f, value);
    if (note && *note) {
        fputs(" <small>", f);
        recov_html_escape(f, note);
        fputs("</small>", f);
    }
    fputs("</dd></div>\n", f);
}

static void figures(FILE *f, const struct recov_summary *s)
{
    char v[64], n[160], dur[32];
    recov_html_section(f, "figures", "The period in figures");
    fputs("<dl class=\"figures\">\n", f);
    snprintf(v, sizeof v, "%d", s->sessions);
    snprintf(n, sizeof n, "%+d vs previous", s->previous.sessions);
    figure(f, "sessions", v, n);
    recov_duration_format(s->minutes, dur, sizeof dur);
    snprintf(n, sizeof n, "%+d min", s->previous.minutes);
    figure(f, "time", s->minutes ? dur : "0 min", n);
    snprintf(v, sizeof v, "%.0f", s->load);
    snprintf(n, sizeof n, "AU, %+.0f", s->previous.load);
    figure(f, "load", v, n);
    snprintf(v, sizeof v, "%.2f", s->monotony);
    figure(f, "monotony", v, s->monotony > 2.0 ? "7 days; above 2.0" : "7 days");
    snprintf(v, sizeof v, "%.0f", s->strain);
    figure(f, "strain", v, "7 days");
    snprintf(v, sizeof v, "%.2f", s->state.acwr);
    figure(f, "acute:chronic", s->state.acwr >= 0 ? v : "-",
           s->state.acwr >= 0 ? "0.8-1.3 is the usual band" : s->acwr_reason);
    snprintf(v, sizeof v, "%.1f", s->state.fitness);
    figure(f, "fitness", v, "42-day");
    snprintf(v, sizeof v, "%.1f", s->state.fatigue);
    figure(f, "fatigue", v, "7-day");
    snprintf(v, sizeof v, "%+.1f", s->state.form);
    figure(f, "form", v, "fitness - fatigue");
    fputs("</dl>\n", f);
    recov_html_section_end(f);
}

static void peak_list(FILE *f, const struct recov_report_places *ps)
{
    fputs("<div class=\"scores\">\n<table>\n<thead><tr><th>place</th><th class=\"num\">peak"
          "</th><th class=\"num\">sore days</th></tr></thead>\n<tbody>\n",
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
          "without a side fills both.</figcaption>\n</figure>\n",
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

/* Names of the set bits of mask from names; "-" for none. */
static void names_of(uint32_t mask, const char *const *names, size_t count, char *buf, size_t n)
{
    size_t used = 0;
    snprintf(buf, n, "-");
    for (size_t i = 0; i < count && used < n; i++)
        if (mask & (1u << i))
            used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "", names[i]);
}

/* One fact of an episode card. */
static void fact(FILE *f, const char *name, const char *value)
{
    fputs("<div><dt>", f);
    recov_html_escape(f, name);
    fputs("</dt><dd>", f);
    recov_html_escape(f, value);
    fputs("</dd></div>", f);
}

static void episode(FILE *f, const struct recov_report_place *p)
{
    char name[64], v[256];
    size_t used = 0;
    recov_report_place_name(p, name, sizeof name);
    fprintf(f, "<article class=\"episode\" data-region=\"%s\">\n<h3>",
            recov_region_names[p->region]);
    recov_html_escape(f, name);
    fputs("</h3>\n<dl class=\"facts\">", f);
    date_of(p->first_day, v, sizeof v);
    fact(f, "first log", v);
    date_of(p->last_day, v, sizeof v);
    fact(f, "last log", v);
    snprintf(v, sizeof v, "%d", p->row->days);
    fact(f, "sore days", v);
    snprintf(v, sizeof v, "%d", p->row->peak);
    fact(f, "peak", v);
    snprintf(v, sizeof v, "%d", p->latest);
    fact(f, "latest", v);
    fact(f, "trend", recov_trend_name(p->row->trend));
    fputs("</dl>\n<p>", f);
    snprintf(v, sizeof v, "-");
    for (size_t i = 0; i < p->row->nafter && used < sizeof v; i++)
        used += (size_t)snprintf(v + used, sizeof v - used, "%s%s x%d", i ? ", " : "",
                                 p->row->after[i].type, p->row->after[i].count);
    recov_html_textf(f, "After: %s", v);
    names_of(p->flags, recov_flag_names, RECOV_FLAG_COUNT, v, sizeof v);
    fprintf(f, "<br><span%s>", p->flags ? " class=\"flag\"" : "");
    recov_html_textf(f, "Flags: %s", v);
    fputs("</span><br>", f);
    names_of(p->tried, recov_action_names, recov_action_count, v, sizeof v);
    recov_html_textf(f, "Tried: %s", v);
    fputs("</p>\n</article>\n", f);
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
                         recov_action_names[h->action], h->with_change, h->without_change,
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

static void episodes(FILE *f, const struct recov_summary *s, const struct recov_report_places *ps)
{
    recov_html_section(f, "episodes", "Episodes");
    if (ps->n) {
        fputs("<div class=\"episodes\">\n", f);
        for (size_t i = 0; i < ps->n; i++)
            episode(f, &ps->v[i]);
        fputs("</div>\n<p class=\"note\">After: workouts within the explain window before a "
              "sore day. Tried: recovery actions that covered it between its first and last "
              "log.</p>\n",
              f);
    } else {
        fputs("<p>No soreness logged in this period.</p>\n", f);
    }
    helps(f, s);
    recov_html_section_end(f);
}

/* The rule whose source a summary warning rests on (docs/advice.md). */
static const char *warning_source(const struct recov_summary_warning *w)
{
    const char *id = w->kind == RECOV_WARNING_PERSISTENT          ? "persist"
                     : w->flags & RECOV_FLAG_DARK_URINE           ? "dark-urine"
                     : w->flags & (RECOV_FLAG_NUMBNESS | RECOV_FLAG_TINGLING |
                                   RECOV_FLAG_RADIATING)          ? "nerve"
                                                                  : "acute-injury";
    for (size_t i = 0; i < recov_advice_rule_count; i++)
        if (strcmp(recov_advice_rules[i].id, id) == 0)
            return recov_advice_rules[i].source;
    return "";
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
        char date[16], text[512];
        date_of(s->warnings[i].day, date, sizeof date);
        recov_summary_warning_text(&s->warnings[i], text, sizeof text);
        fprintf(f, "<li data-kind=\"%s\"><strong>%s</strong> ",
                recov_warning_kind_name(s->warnings[i].kind), date);
        recov_html_escape(f, text);
        fputs(" <span class=\"source\">[", f);
        recov_html_escape(f, warning_source(&s->warnings[i]));
        fputs("]</span></li>\n", f);
    }
    fputs("</ul>\n", f);
}

static void advice(FILE *f, const struct recov_report *r)
{
    char today[16];
    size_t shown = 0;
    date_of(recov_day_of(r->made), today, sizeof today);
    fputs("<h3>", f);
    recov_html_textf(f, "Advice as of %s", today);
    fputs("</h3>\n<ul class=\"warnings advice\">\n", f);
    for (size_t i = 0; r->advice && i < r->advice->n; i++) {
        const struct recov_suggestion *sg = &r->advice->v[i];
        if (sg->severity < RECOV_SEV_CAUTION)
            continue;
        fputs("<li><strong>", f);
        recov_html_escape(f, recov_severity_name(sg->severity));
        fputs("</strong> ", f);
        recov_html_textf(f, "%s%s%s", sg->region >= 0 ? recov_region_names[sg->region] : "",
                         sg->region >= 0 ? ": " : "", sg->what);
        fputs("<br><span class=\"source\">", f);
        recov_html_textf(f, "because %s [%s]", sg->because, sg->source);
        fputs("</span></li>\n", f);
        shown++;
    }
    if (shown == 0)
        fputs("<li>No cautions or warnings.</li>\n", f);
    fputs("</ul>\n", f);
}

static void warnings(FILE *f, const struct recov_report *r)
{
    recov_html_section(f, "warnings", "Warnings and red flags");
    summary_warnings(f, r->summary);
    advice(f, r);
    recov_html_section_end(f);
}

/* What an entry was, in a few words: "run 45 min, RPE 7", "quads 6". */
static void entry_label(const struct recov_entry *e, char *buf, size_t n)
{
    char dur[32], place[64];
    recov_duration_format(e->minutes, dur, sizeof dur);
    if (e->kind == RECOV_KIND_WORKOUT) {
        snprintf(buf, n, "%s %s, RPE %d", e->type, dur, e->rpe);
    } else if (e->kind == RECOV_KIND_SORENESS) {
        recov_place_format(e->region, e->side, place, sizeof place);
        snprintf(buf, n, "%s %d", place, e->score);
    } else {
        snprintf(buf, n, "%s%s%s", recov_action_names[e->action], e->minutes ? " " : "",
                 e->minutes ? dur : "");
    }
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
        entry_label(e, what, sizeof what);
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

static void closing(FILE *f, const struct recov_report *r)
{
    char made[16];
    date_of(recov_day_of(r->made), made, sizeof made);
    fputs("<p class=\"disclaimer\">", f);
    recov_html_escape(f, recov_report_disclaimer);
    fputs("</p>\n<footer>", f);
    recov_html_textf(f, "Written by recov on %s from the log on this computer.", made);
    fputs("</footer>\n", f);
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
    figures(f, s);
    recov_html_section(f, "load", "Training load");
    int rc = recov_report_load_chart(f, s);
    recov_html_section_end(f);
    body(f, s, &ps);
    episodes(f, s, &ps);
    warnings(f, r);
    notes(f, r);
    closing(f, r);
    recov_html_end(f);
    if (rc == RECOV_OK && (fflush(f) != 0 || ferror(f))) {
        recov_error_set("cannot write the report: %s", "write error");
        rc = RECOV_EIO;
    }
    return rc;
}
