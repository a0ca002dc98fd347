/* svg: the primitives the report's charts are drawn with (inline SVG). */
#ifndef RECOV_SVG_H
#define RECOV_SVG_H

#include <stddef.h>
#include <stdio.h>

/* A linear map of data values lo..hi onto pixels from..to. */
struct recov_svg_scale {
    double lo, hi, from, to;
};
double recov_svg_at(const struct recov_svg_scale *s, double v);
/* A round number at or above v (1, 2, 2.5 or 5 x 10^k), for an axis step. */
double recov_svg_nice(double v);
/* A scale from pixel from (at the low end) to to that takes in lo..hi, with
 * ends on multiples of a round step; *ticks gets the number of steps. */
struct recov_svg_scale recov_svg_rounded(double lo, double hi, double from, double to,
                                         int *ticks);

/* The days of a range laid out as equal bands from left, width wide. */
struct recov_svg_days {
    int first_day;             /* day number of band 0 */
    size_t n;
    double left, width;
};
double recov_svg_day_left(const struct recov_svg_days *d, size_t i);
double recov_svg_day_band(const struct recov_svg_days *d);
double recov_svg_day_mid(const struct recov_svg_days *d, size_t i);

/* <svg> scaled to its box by viewBox, with a title a screen reader reads;
 * cls and title are escaped. */
void recov_svg_open(FILE *f, int width, int height, const char *cls, const char *title);
void recov_svg_close(FILE *f);
/* Text at x, y; anchor is start, middle or end; cls may be NULL. */
void recov_svg_text(FILE *f, double x, double y, const char *anchor, const char *cls,
                    const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* A line; style is the attributes to add, e.g. "stroke=\"#999\"". */
void recov_svg_line(FILE *f, double x1, double y1, double x2, double y2, const char *style);

/* Horizontal grid lines and labels of y at `ticks` steps from lo to hi,
 * between x = left and right; the unit is the caller's (in the title). */
void recov_svg_y_axis(FILE *f, const struct recov_svg_scale *y, double left, double right,
                      int ticks);
/* Date labels below y for the days of d: every day when they fit, else the
 * first day of each week and the last day. */
void recov_svg_x_dates(FILE *f, const struct recov_svg_days *d, double y);

/* A series as one polyline through the days where has[i] is set, and a dot
 * on its last point (a series of one day is still seen); the values are
 * kept in data-values (2 decimals) so a reader or a test can check what
 * was drawn. cls names the series; style is extra attributes. */
void recov_svg_series(FILE *f, const struct recov_svg_days *d, const struct recov_svg_scale *y,
                      const double *v, const int *has, const char *cls, const char *style);

/* The score colour scale: one hue from light to dark, so it reads the same
 * in grey and to colour-blind eyes; -1 (not logged) is white. */
const char *recov_svg_score_fill(int score);
/* Text colour that reads on recov_svg_score_fill(score). */
const char *recov_svg_score_ink(int score);
/* A legend of the scale as its own small SVG: "not logged", then a swatch
 * per score with its number. */
void recov_svg_score_legend(FILE *f);

#endif
