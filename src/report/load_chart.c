/* load_chart: a period's daily load, fitness/fatigue/form and ACWR in SVG. */
#include "recov/report_charts.h"

#include <math.h>
#include <stdlib.h>

#include "recov/error.h"
#include "recov/html.h"
#include "recov/svg.h"
#include "recov/when.h"

#define WIDTH 720
#define LEFT 52.0
#define RIGHT 708.0
#define TOP 12.0
#define PLOT 130.0   /* plot height of a panel */
#define BELOW 30.0   /* room for the date labels */

/* A panel's title, in HTML so that it reads at any width. */
static void panel_title(FILE *f, const char *title)
{
    fputs("<p class=\"chart-title\">", f);
    recov_html_escape(f, title);
    fputs("</p>\n", f);
}

/* Opens a panel's SVG with its y axis and dates. */
static void panel(FILE *f, const struct recov_svg_days *d, const struct recov_svg_scale *y,
                  int ticks, const char *cls, const char *title)
{
    recov_svg_open(f, WIDTH, (int)(TOP + PLOT + BELOW), cls, title);
    recov_svg_y_axis(f, y, LEFT, RIGHT, ticks);
    recov_svg_x_dates(f, d, TOP + PLOT + 14);
}

static struct recov_svg_scale y_scale(double lo, double hi, int *ticks)
{
    return recov_svg_rounded(lo, hi, TOP + PLOT, TOP, ticks);
}

static void load_bars(FILE *f, const struct recov_summary *s, const struct recov_svg_days *d)
{
    double max = 0;
    for (size_t i = 0; i < s->ndays; i++)
        max = fmax(max, s->daily[i].load);
    int ticks;
    struct recov_svg_scale y = y_scale(0, max, &ticks);
    panel_title(f, "Daily load (AU: session RPE x minutes)");
    panel(f, d, &y, ticks, "chart load", "daily load");
    double band = recov_svg_day_band(d);
    for (size_t i = 0; i < s->ndays; i++) {
        double top = recov_svg_at(&y, s->daily[i].load);
        fprintf(f, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                   "fill=\"#41627e\" data-load=\"%.0f\"><title>",
                recov_svg_day_left(d, i) + band * 0.15, top, band * 0.7, TOP + PLOT - top,
                s->daily[i].load);
        char day[16];
        recov_day_format(s->daily[i].day, day, sizeof day);
        recov_html_textf(f, "%s: %d session%s, %d min, load %.0f", day, s->daily[i].sessions,
                         s->daily[i].sessions == 1 ? "" : "s", s->daily[i].minutes,
                         s->daily[i].load);
        fputs("</title></rect>\n", f);
    }
    recov_svg_close(f);
}

/* A legend entry: a short stretch of the line's style and its name. */
static void key(FILE *f, const char *style, const char *name)
{
    fprintf(f, "<span class=\"key\"><svg viewBox=\"0 0 26 10\" width=\"26\" height=\"10\" "
               "aria-hidden=\"true\"><line x1=\"1\" y1=\"5\" x2=\"25\" y2=\"5\" %s/></svg>",
            style);
    recov_html_escape(f, name);
    fputs("</span>\n", f);
}

#define FITNESS "stroke=\"#1b3a57\" stroke-width=\"2.4\""
#define FATIGUE "stroke=\"#b13a03\" stroke-width=\"2\" stroke-dasharray=\"6 3\""
#define FORM "stroke=\"#555\" stroke-width=\"1.6\" stroke-dasharray=\"2 2\""

/* The days' states as three series; days after the as-of day have none. */
static void state_lines(FILE *f, const struct recov_summary *s, const struct recov_svg_days *d,
                        double *v, int *has)
{
    double lo = 0, hi = 0;
    for (size_t i = 0; i < s->ndays; i++) {
        const struct recov_load_state *st = &s->daily[i].state;
        has[i] = s->daily[i].has_state;
        if (has[i]) {
            hi = fmax(hi, fmax(st->fitness, st->fatigue));
            lo = fmin(lo, st->form);
        }
    }
    int ticks;
    struct recov_svg_scale y = y_scale(lo, hi, &ticks);
    panel_title(f, "Fitness (42-day EWMA), fatigue (7-day) and form (AU per day)");
    fputs("<p class=\"keys\">", f);
    key(f, FITNESS, "fitness");
    key(f, FATIGUE, "fatigue");
    key(f, FORM, "form = fitness - fatigue");
    fputs("</p>\n", f);
    panel(f, d, &y, ticks, "chart state", "fitness, fatigue and form");
    static const char *const cls[] = {"fitness", "fatigue", "form"};
    static const char *const style[] = {FITNESS, FATIGUE, FORM};
    for (int k = 0; k < 3; k++) {
        for (size_t i = 0; i < s->ndays; i++) {
            const struct recov_load_state *st = &s->daily[i].state;
            v[i] = k == 0 ? st->fitness : k == 1 ? st->fatigue : st->form;
        }
        recov_svg_series(f, d, &y, v, has, cls[k], style[k]);
    }
    recov_svg_close(f);
}

static void acwr_line(FILE *f, const struct recov_summary *s, const struct recov_svg_days *d,
                      double *v, int *has)
{
    double hi = 2;
    size_t shown = 0;
    for (size_t i = 0; i < s->ndays; i++) {
        v[i] = s->daily[i].state.acwr;
        has[i] = s->daily[i].has_state && v[i] >= 0;
        shown += has[i] != 0;
        hi = has[i] ? fmax(hi, v[i]) : hi;
    }
    int ticks;
    struct recov_svg_scale y = y_scale(0, hi, &ticks);
    panel_title(f, "Acute:chronic load ratio (7/28-day EWMA; shaded: 0.8-1.3)");
    panel(f, d, &y, ticks, "chart acwr", "acute:chronic ratio");
    double top = recov_svg_at(&y, 1.3), bottom = recov_svg_at(&y, 0.8);
    fprintf(f, "<rect class=\"band\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
               "fill=\"#e3e3e3\"/>\n",
            LEFT, top, RIGHT - LEFT, bottom - top);
    recov_svg_text(f, LEFT + 4, top + 12, "start", NULL, "0.8-1.3");
    if (shown)
        recov_svg_series(f, d, &y, v, has, "acwr", FITNESS);
    else
        recov_svg_text(f, (LEFT + RIGHT) / 2, TOP + PLOT / 2, "middle", NULL,
                       "not shown: %s", s->acwr_reason);
    recov_svg_close(f);
}

int recov_report_load_chart(FILE *f, const struct recov_summary *s)
{
    struct recov_svg_days d = {s->range.first_day, s->ndays, LEFT, RIGHT - LEFT};
    double *v = calloc(s->ndays + 1, sizeof *v);
    int *has = calloc(s->ndays + 1, sizeof *has);
    if (!v || !has) {
        free(v);
        free(has);
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    fputs("<figure class=\"load\">\n", f);
    load_bars(f, s, &d);
    state_lines(f, s, &d, v, has);
    acwr_line(f, s, &d, v, has);
    fputs("<figcaption>Bars: each day's load. Lines: the load state at the end of each day "
          "up to the as-of day. The ratio describes your load; it does not predict "
          "injury.</figcaption>\n</figure>\n",
          f);
    free(v);
    free(has);
    return RECOV_OK;
}
