/* sections: the parts of a report that more than one report writes. */
#include "recov/report_sections.h"

#include "recov/html.h"
#include "recov/vocab.h"
#include "recov/when.h"

const char recov_report_disclaimer[] =
    "recov gives general information from your own log, not a diagnosis. Pain that "
    "persists, numbness, a sprain or soreness with no exercise behind it deserve a "
    "clinician's look.";

void recov_report_fact(FILE *f, const char *name, const char *value, const char *note)
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

void recov_report_figures(FILE *f, const struct recov_summary *s)
{
    char v[64], dur[32];
    fputs("<dl class=\"figures\">\n", f);
    snprintf(v, sizeof v, "%d", s->sessions);
    /* Changes only against a period that has a log (summary.h). */
    char dsessions[96] = "no earlier log to compare", dminutes[32] = "", dload[32] = "AU";
    if (s->previous_known) {
        char before[64];
        recov_summary_compared_label(s, before, sizeof before);
        snprintf(dsessions, sizeof dsessions, "%+d vs %s", s->previous.sessions, before);
        snprintf(dminutes, sizeof dminutes, "%+d min", s->previous.minutes);
        snprintf(dload, sizeof dload, "AU, %+.0f", s->previous.load);
    }
    recov_report_fact(f, "sessions", v, dsessions);
    recov_duration_format(s->minutes, dur, sizeof dur);
    recov_report_fact(f, "time", s->minutes ? dur : "0 min", dminutes);
    snprintf(v, sizeof v, "%.0f", s->load);
    recov_report_fact(f, "load", v, dload);
    char week[48], day[16];
    recov_day_format(s->week_end, day, sizeof day);
    snprintf(week, sizeof week, "7 days to %s%s", day, s->monotony > 2.0 ? "; above 2.0" : "");
    snprintf(v, sizeof v, "%.2f", s->monotony);
    recov_report_fact(f, "monotony", v, week);
    snprintf(week, sizeof week, "7 days to %s", day);
    snprintf(v, sizeof v, "%.0f", s->strain);
    recov_report_fact(f, "strain", v, week);
    snprintf(v, sizeof v, "%.2f", s->state.acwr);
    recov_report_fact(f, "acute:chronic", s->state.acwr >= 0 ? v : "-",
                      s->state.acwr >= 0 ? "0.8-1.3 is the usual band" : s->acwr_reason);
    snprintf(v, sizeof v, "%.1f", s->state.fitness);
    recov_report_fact(f, "fitness", v, "42-day");
    snprintf(v, sizeof v, "%.1f", s->state.fatigue);
    recov_report_fact(f, "fatigue", v, "7-day");
    snprintf(v, sizeof v, "%+.1f", s->state.form);
    recov_report_fact(f, "form", v, "fitness - fatigue");
    fputs("</dl>\n", f);
}

void recov_report_names(uint32_t mask, const char *const *names, size_t count, char *buf,
                        size_t n)
{
    size_t used = 0;
    snprintf(buf, n, "-");
    for (size_t i = 0; i < count && used < n; i++)
        if (mask & (1u << i))
            used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "", names[i]);
}

void recov_report_entry_label(const struct recov_entry *e, char *buf, size_t n)
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

void recov_report_advice(FILE *f, const struct recov_advice *a, time_t when,
                         enum recov_severity min)
{
    char day[16];
    size_t shown = 0;
    recov_day_format(recov_day_of(when), day, sizeof day);
    fputs("<h3>", f);
    recov_html_textf(f, "Advice recov gives as of %s", day);
    fputs("</h3>\n", f);
    /* Every suggestion, as `recov suggest --all` lists it: a reader who
     * compares the two finds the same lines. */
    if (min == RECOV_SEV_INFO) {
        fputs("<p class=\"note\">", f);
        recov_html_textf(f, "Every suggestion, as 'recov suggest --all' lists them on %s.", day);
        fputs("</p>\n", f);
    }
    fputs("<ul class=\"warnings advice\">\n", f);
    for (size_t i = 0, n; a && i < a->n; i += n) {
        const struct recov_suggestion *sg = &a->v[i];
        n = recov_advice_line_span(a, i); /* one line for its regions, as suggest */
        if (sg->severity < min)
            continue;
        fputs("<li><strong>", f);
        recov_html_escape(f, recov_severity_name(sg->severity));
        fputs("</strong> ", f);
        char places[512];
        recov_advice_line_places(a, i, sg->region >= 0 ? n : 0, places, sizeof places);
        recov_html_textf(f, "%s%s%s", places, *places ? ": " : "", sg->what);
        fputs("<br><span class=\"source\">", f);
        recov_html_textf(f, "because %s [%s]", sg->because, sg->source);
        fputs("</span></li>\n", f);
        shown++;
    }
    if (shown == 0)
        fputs("<li>None.</li>\n", f);
    fputs("</ul>\n", f);
}

void recov_report_closing(FILE *f, time_t made)
{
    char day[16];
    recov_day_format(recov_day_of(made), day, sizeof day);
    fputs("<p class=\"disclaimer\">", f);
    recov_html_escape(f, recov_report_disclaimer);
    fputs("</p>\n<footer>", f);
    recov_html_textf(f, "Written by recov on %s from the log on this computer.", day);
    fputs("</footer>\n", f);
}

void recov_report_episode(FILE *f, const struct recov_summary *s,
                          const struct recov_episode_facts *e)
{
    char name[64], v[256], n[64];
    recov_place_label(e->region, e->side, name, sizeof name);
    fprintf(f, "<article class=\"episode\" data-region=\"%s\"", recov_region_names[e->region]);
    if (e->side != RECOV_SIDE_NONE)
        fprintf(f, " data-side=\"%s\"", recov_side_names[e->side]);
    fputs(">\n<h3>", f);
    recov_html_escape(f, name);
    fputs("</h3>\n<dl class=\"facts\">", f);
    recov_day_format(recov_day_of(e->since), v, sizeof v);
    recov_report_fact(f, "first log", v, NULL);
    recov_day_format(recov_day_of(e->latest_at), v, sizeof v);
    recov_report_fact(f, "latest log", v, NULL);
    /* The same words as the warnings and suggest (one function). */
    const char *label = recov_episode_sore_span(e->days, e->logs, e->longest_gap, v, sizeof v);
    recov_report_fact(f, label, v, NULL);
    snprintf(v, sizeof v, "%d", e->peak);
    recov_day_format(recov_day_of(e->peak_at), n, sizeof n);
    recov_report_fact(f, "peak", v, n);
    snprintf(v, sizeof v, "%d", e->latest);
    recov_report_fact(f, "latest", v, NULL);
    recov_report_fact(f, "trend", recov_trend_name(e->trend), NULL);
    recov_report_fact(f, "kind", recov_episode_class_name(e->cls), NULL);
    fputs("</dl>\n<p>", f);
    if (e->has_cause) {
        recov_day_format(recov_day_of(e->cause_at), n, sizeof n);
        recov_html_textf(f, "Cause: %s on %s (load %d)", e->cause_type, n, e->cause_load);
    } else {
        recov_html_textf(f, "Cause: no workout of the region logged before it");
    }
    recov_report_names(e->flags, recov_flag_names, RECOV_FLAG_COUNT, v, sizeof v);
    fprintf(f, "<br><span%s>", e->flags ? " class=\"flag\"" : "");
    recov_html_textf(f, "Flags: %s", v);
    fputs("</span><br>", f);
    /* What covered the region on the episode's days within the period. */
    uint32_t tried = 0;
    for (int d = recov_day_of(e->since); d <= recov_day_of(e->latest_at); d++)
        if (d >= s->range.first_day && d <= s->range.last_day)
            tried |= recov_summary_actions(s, e->region, (size_t)(d - s->range.first_day));
    recov_report_names(tried, recov_action_names, recov_action_count, v, sizeof v);
    recov_html_textf(f, "Tried: %s", v);
    fputs("</p>\n</article>\n", f);
}
