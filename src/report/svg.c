/* svg: scales, axes, series and the score colours the charts share. */
#include "recov/svg.h"

#include <math.h>
#include <stdarg.h>

#include "recov/html.h"
#include "recov/when.h"

double recov_svg_at(const struct recov_svg_scale *s, double v)
{
    if (s->hi == s->lo)
        return s->from;
    return s->from + (v - s->lo) / (s->hi - s->lo) * (s->to - s->from);
}

double recov_svg_nice(double v)
{
    static const double steps[] = {1, 2, 2.5, 5, 10};
    if (v <= 0)
        return 1;
    double p = pow(10, floor(log10(v)));
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (steps[i] * p >= v - 1e-9)
            return steps[i] * p;
    return 10 * p;
}

struct recov_svg_scale recov_svg_rounded(double lo, double hi, double from, double to,
                                         int *ticks)
{
    double step = recov_svg_nice((hi - lo) / 4);
    double top = ceil(hi / step - 1e-9) * step, bottom = floor(lo / step + 1e-9) * step;
    if (top <= bottom)
        top = bottom + step;
    *ticks = (int)lround((top - bottom) / step);
    return (struct recov_svg_scale){bottom, top, from, to};
}

double recov_svg_day_band(const struct recov_svg_days *d)
{
    return d->n ? d->width / (double)d->n : d->width;
}

double recov_svg_day_left(const struct recov_svg_days *d, size_t i)
{
    return d->left + (double)i * recov_svg_day_band(d);
}

double recov_svg_day_mid(const struct recov_svg_days *d, size_t i)
{
    return recov_svg_day_left(d, i) + recov_svg_day_band(d) / 2;
}

void recov_svg_open(FILE *f, int width, int height, const char *cls, const char *title)
{
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
               "role=\"img\" class=\"",
            width, height);
    recov_html_escape(f, cls);
    fputs("\" aria-label=\"", f);
    recov_html_escape(f, title);
    fputs("\" font-size=\"11\">\n<title>", f);
    recov_html_escape(f, title);
    fputs("</title>\n", f);
}

void recov_svg_close(FILE *f)
{
    fputs("</svg>\n", f);
}

void recov_svg_text(FILE *f, double x, double y, const char *anchor, const char *cls,
                    const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"", x, y, anchor);
    if (cls)
        fprintf(f, " class=\"%s\"", cls);
    fputc('>', f);
    recov_html_escape(f, buf);
    fputs("</text>\n", f);
}

void recov_svg_line(FILE *f, double x1, double y1, double x2, double y2, const char *style)
{
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>\n", x1, y1, x2, y2,
            style);
}

/* A tick label without needless decimals: 250, 2.5, 0.8. */
static void tick_label(double v, char *buf, size_t n)
{
    if (fabs(v - round(v)) < 1e-9)
        snprintf(buf, n, "%.0f", v);
    else if (fabs(v * 10 - round(v * 10)) < 1e-9)
        snprintf(buf, n, "%.1f", v);
    else
        snprintf(buf, n, "%.2f", v);
}

void recov_svg_y_axis(FILE *f, const struct recov_svg_scale *y, double left, double right,
                      int ticks)
{
    for (int i = 0; i <= ticks; i++) {
        double v = y->lo + (y->hi - y->lo) * i / ticks, py = recov_svg_at(y, v);
        char label[32];
        tick_label(v, label, sizeof label);
        recov_svg_line(f, left, py, right, py,
                       v == 0 ? "stroke=\"#666\"" : "stroke=\"#ddd\" stroke-width=\"0.8\"");
        recov_svg_text(f, left - 6, py + 4, "end", "tick", "%s", label);
    }
}

void recov_svg_x_dates(FILE *f, const struct recov_svg_days *d, double y)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /* A label takes about 40 px: every day, else weekly, else every 4 weeks. */
    double band = recov_svg_day_band(d);
    size_t step = band >= 40 ? 1 : band * 7 >= 40 ? 7 : 28;
    for (size_t i = 0; i < d->n; i++) {
        int day = d->first_day + (int)i, year, month, mday;
        if (i % step != 0 && i + 1 != d->n)
            continue;
        if (i + 1 == d->n && i % step != 0 && (i % step) * band < 64)
            continue; /* the last day would overlap the label before it */
        recov_day_to_civil(day, &year, &month, &mday);
        recov_svg_line(f, recov_svg_day_mid(d, i), y - 6, recov_svg_day_mid(d, i), y - 2,
                       "stroke=\"#666\"");
        /* The last label ends at the plot's edge rather than past it. */
        int last = i + 1 == d->n && d->n > 1;
        recov_svg_text(f, last ? d->left + d->width : recov_svg_day_mid(d, i), y + 9,
                       last ? "end" : "middle", "date", "%d %s", mday, months[month - 1]);
    }
}

void recov_svg_series(FILE *f, const struct recov_svg_days *d, const struct recov_svg_scale *y,
                      const double *v, const int *has, const char *cls, const char *style)
{
    fprintf(f, "<polyline class=\"series %s\" fill=\"none\" %s data-values=\"", cls, style);
    for (size_t i = 0, k = 0; i < d->n; i++)
        if (has[i])
            fprintf(f, "%s%.2f", k++ ? " " : "", v[i]);
    fputs("\" points=\"", f);
    for (size_t i = 0, k = 0; i < d->n; i++)
        if (has[i])
            fprintf(f, "%s%.1f,%.1f", k++ ? " " : "", recov_svg_day_mid(d, i),
                    recov_svg_at(y, v[i]));
    fputs("\"/>\n", f);
    for (size_t i = d->n; i-- > 0;)
        if (has[i]) {
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#fff\" %s/>\n",
                    recov_svg_day_mid(d, i), recov_svg_at(y, v[i]), style);
            break;
        }
}

/* ColorBrewer "Oranges" stretched to 11 steps: lightness falls evenly, so
 * the order survives grey print and every kind of colour blindness. */
static const char *const fills[11] = {
    "#fff5eb", "#fee6ce", "#fdd0a2", "#fdb97d", "#fd9f54", "#f8822f",
    "#ec6614", "#d84a06", "#b13a03", "#8f3003", "#6b2502",
};

const char *recov_svg_score_fill(int score)
{
    if (score < 0)
        return "#ffffff";
    return fills[score > 10 ? 10 : score];
}

/* Whichever contrasts more (WCAG): dark up to 6, white from 7. */
const char *recov_svg_score_ink(int score)
{
    return score >= 7 ? "#ffffff" : "#1a1a1a";
}

void recov_svg_score_legend(FILE *f)
{
    recov_svg_open(f, 410, 40, "legend", "score colours: white not logged, 0 light to 10 dark");
    for (int s = -1; s <= 10; s++) {
        double x = s < 0 ? 2 : 100 + s * 28;
        fprintf(f, "<rect x=\"%.1f\" y=\"2\" width=\"26\" height=\"20\" fill=\"%s\" "
                   "stroke=\"#888\" stroke-width=\"0.6\"/>\n",
                x, recov_svg_score_fill(s));
        if (s >= 0)
            fprintf(f, "<text x=\"%.1f\" y=\"16\" text-anchor=\"middle\" fill=\"%s\">%d</text>\n",
                    x + 13, recov_svg_score_ink(s), s);
    }
    recov_svg_text(f, 32, 16, "start", NULL, "not logged");
    recov_svg_text(f, 100, 36, "start", NULL, "0 none");
    recov_svg_text(f, 406, 36, "end", NULL, "10 worst");
    recov_svg_close(f);
}
