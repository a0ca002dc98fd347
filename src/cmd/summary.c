/* cmd_summary: `recov summary [RANGE]`: a period's load, soreness, recovery. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "recov/args.h"
#include "recov/chart.h"
#include "recov/cli.h"
#include "recov/cli_wellness.h"
#include "recov/error.h"
#include "recov/range.h"
#include "recov/store.h"
#include "recov/summary.h"
#include "recov/adherence.h"
#include "recov/summary_json.h"
#include "recov/term.h"
#include "recov/text.h"
#include "recov/vocab.h"
#include "recov/when.h"

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV, FORMAT_MARKDOWN };

#define BAR_WIDTH 32
#define BAR_LABEL 25     /* "  Mon 2026-11-16  123456 " */
#define MIN_COLUMNS 40
#define HANG 4           /* continuation lines start here */
#define MAX_BAR_ROWS 31  /* longer ranges show one bar per week or more */
#define MAX_SPARK 62     /* longer ranges show the peak of several days a cell */
#define MAX_HELPS 6      /* the strongest comparisons; --json has them all */

static const struct recov_option options[] = {{"json", 0}, {"format", 1}, {NULL, 0}};

static const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

static int parse_format(const struct recov_args *a, enum format *f)
{
    static const char *const names[] = {"text", "json", "csv", "markdown"};
    const char *v = recov_args_get(a, "format");
    *f = recov_args_get(a, "json") ? FORMAT_JSON : FORMAT_TEXT;
    if (!v)
        return RECOV_OK;
    for (int i = 0; i < 4; i++) {
        if (strcmp(v, names[i]) == 0 && *f == FORMAT_JSON && i != FORMAT_JSON) {
            recov_error_set("format '%s': --json asks for json; give one of them", v);
            return RECOV_EINPUT;
        }
        if (strcmp(v, names[i]) == 0) {
            *f = (enum format)i;
            return RECOV_OK;
        }
    }
    recov_error_set("format '%s': expected text, json, csv or markdown", v);
    return RECOV_EINPUT;
}

static void day_label(int day, char *buf, size_t n)
{
    char date[16];
    recov_day_format(day, date, sizeof date);
    snprintf(buf, n, "%s %s", weekdays[recov_day_weekday(day)], date);
}

/* ---- text ---- */

/* The width the text fits: the terminal's, else $COLUMNS, else 80 (a pipe
 * or a file gets 80, so what a script captures reads as on a terminal). */
static int columns(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col < MIN_COLUMNS ? MIN_COLUMNS : ws.ws_col;
    const char *env = getenv("COLUMNS");
    long n = env ? strtol(env, NULL, 10) : 0;
    if (n <= 0)
        return 80;
    return n < MIN_COLUMNS ? MIN_COLUMNS : n > 1000 ? 1000 : (int)n;
}

/* Prints text (already indented) within width; each further line starts
 * at column HANG, as suggest's advice does. */
static void print_wrapped(const char *text, int width)
{
    recov_term_wrap(stdout, text, width, 0, HANG);
}

/* Drops the padding a last column left at the end of a line. */
static char *rtrim(char *line)
{
    size_t n = strlen(line);
    while (n > 0 && line[n - 1] == ' ')
        line[--n] = '\0';
    return line;
}

/* printf of one line of text that wraps at width. */
static void say(int width, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(int width, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    print_wrapped(line, width);
}

static void heading(const struct recov_cli *cli, const char *title)
{
    printf("\n%s%s%s\n", recov_term_bold(cli->colour), title, recov_term_reset(cli->colour));
}

static void print_totals(const struct recov_cli *cli, const struct recov_summary *s, int width)
{
    char from[16], to[16], asof[16], dur[32];
    recov_day_format(s->range.first_day, from, sizeof from);
    recov_day_format(s->range.last_day, to, sizeof to);
    recov_day_format(s->as_of, asof, sizeof asof);
    recov_duration_format(s->minutes, dur, sizeof dur);
    say(width, "%ssummary %s .. %s%s (%zu %s; load figures as of %s)",
        recov_term_bold(cli->colour), from, to, recov_term_reset(cli->colour), s->ndays,
        s->ndays == 1 ? "day" : "days", asof);
    heading(cli, "Training");
    say(width, "  %d %s, %s, load %.0f", s->sessions, s->sessions == 1 ? "session" : "sessions",
        s->minutes ? dur : "0 min", s->load);
    char before[64];
    recov_summary_compared_label(s, before, sizeof before);
    if (s->previous_known) {
        say(width, "  vs %s: %+d %s, %+d min, %+.0f load", before,
            s->previous.sessions, abs(s->previous.sessions) == 1 ? "session" : "sessions",
            s->previous.minutes, s->previous.load);
    } else {
        char after[16];
        recov_day_format(s->compared.last_day + 1, after, sizeof after);
        say(width, "  vs %s: no workout logged before %s", before, after);
    }
    int narrow = width < 50; /* the columns shrink to their usual contents */
    for (size_t i = 0; i < s->ntypes; i++) {
        char type[sizeof s->types[i].type * 4];
        recov_duration_format(s->types[i].minutes, dur, sizeof dur);
        recov_text_escape(s->types[i].type, type, sizeof type);
        say(width, "  %-*s %3d x  %-*s load %.0f", narrow ? 9 : 12, type,
            s->types[i].sessions, narrow ? 11 : 14, dur, s->types[i].load);
    }
}

/* Daily load bars, as long as the width allows; a long range is shown in
 * buckets of several days. */
static void print_bars(const struct recov_cli *cli, const struct recov_summary *s, int width)
{
    size_t per = (s->ndays + MAX_BAR_ROWS - 1) / MAX_BAR_ROWS;
    int cells = width - BAR_LABEL < BAR_WIDTH ? width - BAR_LABEL : BAR_WIDTH;
    double max = 0, sum;
    for (size_t i = 0; i < s->ndays; i += per) {
        sum = 0;
        for (size_t j = i; j < i + per && j < s->ndays; j++)
            sum += s->daily[j].load;
        max = sum > max ? sum : max;
    }
    heading(cli, per == 1 ? "Daily load" : "Load per period (first day shown)");
    for (size_t i = 0; i < s->ndays; i += per) {
        char label[32], bar[BAR_WIDTH * 4 + 8];
        sum = 0;
        for (size_t j = i; j < i + per && j < s->ndays; j++)
            sum += s->daily[j].load;
        day_label(s->daily[i].day, label, sizeof label);
        recov_chart_bar(sum, max, cells, cli->utf8, bar, sizeof bar);
        printf("  %s  %6.0f%s%s\n", label, sum, *bar ? " " : "", bar);
    }
}

static void print_acwr(const struct recov_cli *cli, const struct recov_summary *s, int width)
{
    double r = s->state.acwr;
    if (r < 0) {
        say(width, "  acute:chronic ratio: not shown (%s)", s->acwr_reason);
        return;
    }
    const char *zone = r >= 1.5 ? "a spike" : r >= 0.8 && r <= 1.3 ? "in 0.8-1.3" : "outside 0.8-1.3";
    const char *c = r >= 1.5 ? recov_term_yellow(cli->colour)
                    : r >= 0.8 && r <= 1.3 ? recov_term_green(cli->colour) : "";
    say(width, "  acute:chronic ratio %s%.2f%s (%s; it describes your load, it does not "
               "predict injury)", c, r, recov_term_reset(cli->colour), zone);
}

static void print_load_state(const struct recov_cli *cli, const struct recov_summary *s,
                             int width)
{
    char asof[16];
    recov_day_format(s->week_end, asof, sizeof asof);
    int high = s->monotony > 2.0;
    printf("\n");
    say(width, "  7 days to %s: monotony %s%.2f%s%s, strain %.0f", asof,
        high ? recov_term_yellow(cli->colour) : "", s->monotony,
        high ? recov_term_reset(cli->colour) : "",
        high ? " (above 2.0: vary hard and easy days)" : "", s->strain);
    print_acwr(cli, s, width);
    say(width, "  fitness %.1f, fatigue %.1f, form %+.1f", s->state.fitness, s->state.fatigue,
        s->state.form);
}

/* A region's scores (on its side) over the range in at most max cells: a
 * cell per day, or the peak of a few days per cell. */
static void region_spark(const struct recov_cli *cli, const struct recov_summary *s,
                         const struct recov_summary_region *r, size_t max, char *buf, size_t n)
{
    size_t per = (s->ndays + max - 1) / max, cells = 0;
    int peaks[MAX_SPARK];
    for (size_t i = 0; i < s->ndays; i += per) {
        int peak = -1;
        for (size_t j = i; j < i + per && j < s->ndays; j++) {
            int v = recov_summary_place_score(s, r->region, r->side, j);
            peak = v > peak ? v : peak;
        }
        peaks[cells++] = peak;
    }
    recov_chart_spark(peaks, cells, cli->utf8, buf, n);
}

static void after_list(const struct recov_summary_region *r, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < r->nafter && used < n; i++) {
        char type[sizeof r->after[i].type * 4];
        recov_text_escape(r->after[i].type, type, sizeof type);
        used += (size_t)snprintf(buf + used, n - used, "%s%s x%d", i ? ", " : "", type,
                                 r->after[i].count);
    }
}

/* The Body table's layout for a width: the mean and the change versus the
 * previous period go when the row would not keep the other columns; the
 * sparkline keeps a cell per day by moving to a line of its own when it
 * does not fit beside them. */
#define BODY_WIDE 48   /* "  region      peak  mean days trend    vs prev  " */
#define BODY_NARROW 34 /* "  region      peak days trend     " */
struct body_layout {
    int wide, inline_spark;
    size_t cells;      /* sparkline cells */
};

static struct body_layout body_layout(const struct recov_summary *s, int width)
{
    size_t want = s->ndays < MAX_SPARK ? s->ndays : MAX_SPARK;
    struct body_layout l = {width >= BODY_WIDE + 8, 0, want};
    l.inline_spark = width - (l.wide ? BODY_WIDE : BODY_NARROW) >= (int)want;
    if (!l.inline_spark && width - HANG < (int)want)
        l.cells = (size_t)(width - HANG);
    return l;
}

/* A paired region logged without a side in a table that also has a row of
 * one of its sides: beside "left calf", plain "calves" would read as both. */
static int unsided(const struct recov_summary *s, const struct recov_summary_region *r)
{
    if (r->side != RECOV_SIDE_NONE || !recov_region_paired(r->region))
        return 0;
    for (size_t i = 0; i < s->nregions; i++)
        if (s->regions[i].region == r->region && s->regions[i].side != RECOV_SIDE_NONE)
            return 1;
    return 0;
}

static void region_row(const struct recov_cli *cli, const struct recov_summary *s,
                       const struct recov_summary_region *r, struct body_layout l, int width)
{
    char spark[MAX_SPARK * 4 + 8], after[256], delta[16] = "-", head[128], place[64];
    recov_place_format(r->region, r->side, place, sizeof place);
    /* Marked, and the mark explained under the table. */
    if (unsided(s, r))
        strcat(place, "*");
    region_spark(cli, s, r, l.cells, spark, sizeof spark);
    after_list(r, after, sizeof after);
    if (r->has_previous)
        snprintf(delta, sizeof delta, "%+d", r->peak_delta);
    if (l.wide)
        snprintf(head, sizeof head, "  %-11s %4d %5.1f %4d %-8s %-7s", place, r->peak, r->mean,
                 r->days, recov_trend_name(r->trend), delta);
    else
        snprintf(head, sizeof head, "  %-11s %4d %4d %-8s", place, r->peak, r->days,
                 recov_trend_name(r->trend));
    if (l.inline_spark)
        printf("%s  ", head);
    else
        printf("%s\n%*s", rtrim(head), HANG, "");
    int used = l.inline_spark ? recov_term_columns(head, sizeof head) + 2 : HANG;
    used += recov_term_columns(spark, sizeof spark);
    if (!*after || used + 8 + recov_term_columns(after, sizeof after) <= width) {
        printf("%s%s%s\n", spark, *after ? "  after " : "", after);
        return;
    }
    printf("%s\n", spark);
    say(width, "%*safter %s", HANG, "", after);
}

static void print_regions(const struct recov_cli *cli, const struct recov_summary *s, int width)
{
    heading(cli, cli->utf8 ? "Body (scores 0-10; · = not logged)"
                           : "Body (scores 0-10; . = not logged)");
    if (s->nregions == 0) {
        printf("  no soreness logged in this range\n");
        return;
    }
    struct body_layout l = body_layout(s, width);
    const char *days = l.inline_spark ? "day by day / after" : "";
    char head[128];
    if (l.wide)
        snprintf(head, sizeof head, "  %-11s %4s %5s %4s %-8s %-7s  %s", "region", "peak",
                 "mean", "days", "trend", "vs prev", days);
    else
        snprintf(head, sizeof head, "  %-11s %4s %4s %-8s  %s", "region", "peak", "days",
                 "trend", days);
    printf("%s\n", rtrim(head));
    /* "days" counts days in this range, not how long an episode has lasted
     * ("sore for N days" in the warnings and in suggest): say so once. */
    if (s->nwarnings)
        say(width, "  (days: days scored 1 or more in this range, not how long it has been "
                   "sore)");
    if (!l.inline_spark)
        printf("%*sday by day / after\n", HANG, "");
    int marked = 0;
    for (size_t i = 0; i < s->nregions; i++) {
        region_row(cli, s, &s->regions[i], l, width);
        marked |= unsided(s, &s->regions[i]);
    }
    if (marked)
        printf("  * logged without a side\n");
}

static void print_warnings(const struct recov_cli *cli, const struct recov_summary *s, int width)
{
    if (s->nwarnings == 0)
        return;
    heading(cli, "Warnings");
    for (size_t i = 0; i < s->nwarnings; i++) {
        char date[32], text[512];
        recov_summary_warning_dates(&s->warnings[i], date, sizeof date);
        recov_summary_warning_text(&s->warnings[i], text, sizeof text);
        say(width, "  %s! %s %s%s", recov_term_red(cli->colour), date, text,
            recov_term_reset(cli->colour));
    }
}

static void print_recovery(const struct recov_cli *cli, const struct recov_summary *s)
{
    heading(cli, "Recovery");
    if (s->nrecovery == 0)
        printf("  no recovery actions logged in this range\n");
    for (size_t i = 0; i < s->nrecovery; i++) {
        char dur[32];
        recov_duration_format(s->recovery[i].minutes, dur, sizeof dur);
        printf("  %-10s %3d x%s%s\n", recov_action_names[s->recovery[i].action],
               s->recovery[i].count, s->recovery[i].minutes ? ", " : "",
               s->recovery[i].minutes ? dur : "");
    }
}

static void help_line(const struct recov_summary_help *h, int width)
{
    double diff = h->with_change - h->without_change;
    say(width, "  %s after %s: next-day score %+.1f on average, %+.1f after %s "
               "(%d vs %d days): %s",
        recov_region_names[h->region], recov_summary_help_name(h), h->with_change,
        h->without_change, h->factor >= 0 ? "the other nights logged" : "days without",
        h->with_days, h->without_days,
        diff <= -0.5 ? "eased more after it" : diff >= 0.5 ? "eased less after it"
                                              : "about the same");
}

static void print_helps(const struct recov_cli *cli, const struct recov_summary *s, int width)
{
    char from[16];
    size_t shown = 0, short_of = 0;
    recov_day_format(s->helps_first, from, sizeof from);
    heading(cli, "What seems to help you");
    say(width, "  (from your own log since %s: an association, not proof)", from);
    for (size_t i = 0; i < s->nhelps; i++) {
        if (!s->helps[i].enough)
            short_of++;
        else if (shown++ < MAX_HELPS)
            help_line(&s->helps[i], width);
    }
    if (shown > MAX_HELPS)
        say(width, "  ... and %zu more (see --json)", shown - MAX_HELPS);
    if (shown == 0)
        say(width, "  not enough days to compare yet: it takes %d sore days with an action "
                   "and %d without, each followed by a score the next day",
            RECOV_SUMMARY_MIN_DAYS, RECOV_SUMMARY_MIN_DAYS);
    else if (short_of)
        say(width, "  %zu more region/action pairs have fewer than %d days on a side", short_of,
            RECOV_SUMMARY_MIN_DAYS);
}

static int print_text(const struct recov_cli *cli, const struct recov_summary *s)
{
    int width = columns();
    print_totals(cli, s, width);
    print_bars(cli, s, width);
    print_load_state(cli, s, width);
    print_regions(cli, s, width);
    print_warnings(cli, s, width);
    print_recovery(cli, s);
    print_helps(cli, s, width);
    return RECOV_EXIT_OK;
}

/* ---- csv and markdown ---- */

/* One row per day; a column per region logged in the range. */
static int print_csv(const struct recov_summary *s)
{
    printf("date,sessions,minutes,load");
    for (size_t r = 0; r < s->nregions; r++) {
        char place[64];
        recov_place_format(s->regions[r].region, s->regions[r].side, place, sizeof place);
        printf(",%s", place);
    }
    putchar('\n');
    for (size_t i = 0; i < s->ndays; i++) {
        char date[16];
        recov_day_format(s->daily[i].day, date, sizeof date);
        printf("%s,%d,%d,%.0f", date, s->daily[i].sessions, s->daily[i].minutes,
               s->daily[i].load);
        for (size_t r = 0; r < s->nregions; r++) {
            int v = recov_summary_place_score(s, s->regions[r].region, s->regions[r].side, i);
            v >= 0 ? printf(",%d", v) : printf(",");
        }
        putchar('\n');
    }
    return RECOV_EXIT_OK;
}

static void md_load(const struct recov_summary *s)
{
    char before[64];
    recov_summary_compared_label(s, before, sizeof before);
    printf("| | this period | vs %s |\n|---|---:|---:|\n", before);
    if (s->previous_known)
        printf("| sessions | %d | %+d |\n| minutes | %d | %+d |\n| load | %.0f | %+.0f |\n",
               s->sessions, s->previous.sessions, s->minutes, s->previous.minutes, s->load,
               s->previous.load);
    else /* no workout logged before the period */
        printf("| sessions | %d | - |\n| minutes | %d | - |\n| load | %.0f | - |\n",
               s->sessions, s->minutes, s->load);
    char week[16];
    recov_day_format(s->week_end, week, sizeof week);
    printf("| monotony (7 days to %s) | %.2f | |\n| strain (7 days to %s) | %.0f | |\n", week,
           s->monotony, week, s->strain);
    if (s->state.acwr >= 0)
        printf("| acute:chronic | %.2f | |\n", s->state.acwr);
    else
        printf("| acute:chronic | - (%s) | |\n", s->acwr_reason);
    printf("| fitness / fatigue / form | %.1f / %.1f / %+.1f | |\n", s->state.fitness,
           s->state.fatigue, s->state.form);
    printf("\n## Daily\n\n| day | sessions | minutes | load |\n|---|---:|---:|---:|\n");
    for (size_t i = 0; i < s->ndays; i++) {
        char label[32];
        day_label(s->daily[i].day, label, sizeof label);
        printf("| %s | %d | %d | %.0f |\n", label, s->daily[i].sessions, s->daily[i].minutes,
               s->daily[i].load);
    }
}

static void md_body(const struct recov_summary *s)
{
    printf("\n## Body\n\n| region | peak | mean | days scored 1+ | trend | preceded by |\n"
           "|---|---:|---:|---:|---|---|\n");
    for (size_t i = 0; i < s->nregions; i++) {
        char after[256];
        char place[64];
        after_list(&s->regions[i], after, sizeof after);
        if (unsided(s, &s->regions[i]))
            recov_place_label(s->regions[i].region, s->regions[i].side, place, sizeof place);
        else
            recov_place_format(s->regions[i].region, s->regions[i].side, place, sizeof place);
        printf("| %s | %d | %.1f | %d | %s | %s |\n", place,
               s->regions[i].peak, s->regions[i].mean, s->regions[i].days,
               recov_trend_name(s->regions[i].trend), after);
    }
    /* As in the text view: the section only when there is something to say. */
    for (size_t i = 0; i < s->nwarnings; i++) {
        char text[512], date[32];
        recov_summary_warning_dates(&s->warnings[i], date, sizeof date);
        recov_summary_warning_text(&s->warnings[i], text, sizeof text);
        printf("%s- **%s**: %s\n", i ? "" : "\n## Warnings\n\n", date, text);
    }
}

static void md_recovery(const struct recov_summary *s)
{
    printf("\n## Recovery\n\n| action | count | minutes |\n|---|---:|---:|\n");
    for (size_t i = 0; i < s->nrecovery; i++)
        printf("| %s | %d | %d |\n", recov_action_names[s->recovery[i].action],
               s->recovery[i].count, s->recovery[i].minutes);
    char from[16];
    recov_day_format(s->helps_first, from, sizeof from);
    printf("\n## What seems to help\n\nAn association in your own log since %s, not proof.\n\n",
           from);
    for (size_t i = 0; i < s->nhelps && s->helps[i].enough; i++) {
        const struct recov_summary_help *h = &s->helps[i];
        printf("- %s after %s: next-day change %+.1f with, %+.1f without (%d vs %d days)\n",
               recov_region_names[h->region], recov_summary_help_name(h), h->with_change,
               h->without_change, h->with_days, h->without_days);
    }
    if (s->nhelps == 0 || !s->helps[0].enough)
        printf("Not enough days to compare yet (%d with and %d without an action).\n",
               RECOV_SUMMARY_MIN_DAYS, RECOV_SUMMARY_MIN_DAYS);
}

/* The Wellness section as a table and a list of the flagged days. */
static void md_wellness(const struct recov_wellness_summary *w)
{
    char date[16], why[512];
    if (!w->days)
        return;
    printf("\n## Wellness\n\n| item | mean | days | baseline | sd | baseline days |\n"
           "|---|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        const struct recov_well_series *x = &w->series[i];
        if (!x->period.days)
            continue;
        char base[16] = "-", sd[16] = "-";
        if (x->baseline.days)
            snprintf(base, sizeof base, "%.1f", x->baseline.mean);
        if (x->baseline.days > 1)
            snprintf(sd, sizeof sd, "%.1f", x->baseline.sd);
        printf("| %s | %.1f | %d | %s | %s | %d |\n", recov_well_series_label(i), x->period.mean,
               x->period.days, base, sd, x->baseline.days);
    }
    for (size_t k = 0; k < w->nflags; k++) {
        recov_day_format(w->flags[k].day, date, sizeof date);
        recov_wellness_reasons_format(&w->flags[k], why, sizeof why);
        printf("%s- %s: %s\n", k ? "" : "\n", date, why);
    }
}

static int print_markdown(const struct recov_summary *s, const struct recov_wellness_summary *w)
{
    char from[16], to[16];
    recov_day_format(s->range.first_day, from, sizeof from);
    recov_day_format(s->range.last_day, to, sizeof to);
    printf("# Summary %s to %s\n\n", from, to);
    md_load(s);
    md_body(s);
    md_recovery(s);
    md_wellness(w);
    return RECOV_EXIT_OK;
}

/* How the reminders fared (recov/adherence.h); nothing for a period
 * without any. */
static int print_reminders(const struct recov_cli *cli, const struct recov_adherence *a)
{
    char line[256];
    if (!a->checkins_shown && !a->cooldowns_due && !a->snoozes && !a->expired)
        return RECOV_EXIT_OK;
    recov_adherence_format(a, line, sizeof line);
    heading(cli, "Reminders");
    say(columns(), "  %s", line);
    return RECOV_EXIT_OK;
}

/* The table, then each flagged day, wrapped like every line of the text. */
static void print_wellness(const struct recov_cli *cli, const struct recov_wellness_summary *w)
{
    char date[16], why[512];
    recov_cli_wellness_print(cli, w);
    for (size_t k = 0; k < w->nflags; k++) {
        recov_day_format(w->flags[k].day, date, sizeof date);
        recov_wellness_reasons_format(&w->flags[k], why, sizeof why);
        say(columns(), "  ! %s %s", date, why);
    }
}

static int print_summary(const struct recov_cli *cli, const struct recov_summary *s,
                         const struct recov_adherence *a, const struct recov_wellness_summary *w,
                         enum format f)
{
    json_t *o;
    switch (f) {
    case FORMAT_JSON:
        o = recov_summary_to_json(s);
        if (o)
            json_object_set_new(o, "reminders", recov_adherence_to_json(a));
        if (o)
            json_object_set_new(o, "wellness", recov_wellness_summary_json(w));
        return recov_cli_print_json(o);
    case FORMAT_CSV:
        return print_csv(s);
    case FORMAT_MARKDOWN:
        return print_markdown(s, w);
    case FORMAT_TEXT:
        break;
    }
    int status = print_text(cli, s);
    if (status == RECOV_EXIT_OK)
        print_wellness(cli, w);
    return status ? status : print_reminders(cli, a);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_range range;
    enum format format;
    int done = recov_cli_args(&recov_cmd_summary, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (parse_format(&a, &format) || recov_cli_range(cli, &a, ":week", &range))
        return recov_cli_fail(RECOV_EINPUT);
    struct recov_db *db = NULL;
    struct recov_summary s = {0};
    struct recov_adherence adh;
    struct recov_wellness_summary well = {0};
    /* Reading never creates the database: no log is an empty summary. */
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        rc = RECOV_OK;
    if (rc == RECOV_OK)
        rc = recov_summary_clip_all(db, &range);
    if (rc == RECOV_OK)
        rc = recov_summary_load(db, &cli->cfg, range, cli->now, &s);
    if (rc == RECOV_OK)
        rc = recov_adherence_load(db, range, cli->now, &adh);
    if (rc == RECOV_OK)
        rc = recov_wellness_summary_load(db, range, cli->now, &well);
    int status = rc ? recov_cli_fail(rc) : print_summary(cli, &s, &adh, &well, format);
    recov_summary_free(&s);
    recov_wellness_summary_free(&well);
    return status;
}

const struct recov_command recov_cmd_summary = {
    "summary", run, "summary [RANGE] [--json | --format text|json|csv|markdown]",
    "load, soreness trends and what seems to help, for a week or a range",
    "RANGE  :week (default, by week_start), :lastweek, :month, :lastmonth, :Nd, :Nw,\n"
    "       :all, FROM..TO (dates, inclusive) or one day\n\n"
    "Shows sessions, minutes and session-RPE load (RPE x minutes) per day and per\n"
    "type; monotony and strain over the 7 days to the last day (or today); the\n"
    "acute:chronic ratio (7/28-day EWMA, after 28 days of history; descriptive,\n"
    "not an injury prediction); fitness, fatigue and form (42/7-day EWMAs); per\n"
    "body region the peak, mean, sore days, trend and the workouts before it;\n"
    "warnings (red flags, soreness lasting beyond [advice] persist_days, and\n"
    "soreness not settling: an injury getting worse or still moderate 2 weeks\n"
    "on, soreness rising after its usual peak, or not improving);\n"
    "recovery actions; changes versus the previous period of the same length\n"
    "(while this one runs, versus as many of its first days);\n"
    "and what seems to help you: the mean next-day change of a region's score\n"
    "after days with a recovery action versus days without (and after nights of\n"
    "7 h or more, or of good sleep, versus the other nights logged), over the\n"
    "last 90 days, shown only with 3 or more days on each side; and wellness ('recov\n"
    "well'): each item's mean against its mean and SD over the 60 days before,\n"
    "and the days flagged (sleep under 6 h, an item 2 or more worse than its\n"
    "60-day baseline, resting HR 5+ bpm above or HRV 15 % or more below its\n"
    "14-day one).\n\n"
    "--json            one object; the keys are documented in docs/summary.md\n"
    "--format FORMAT   text (default), json, csv (a row per day) or markdown\n",
    .options = options,
};
