/* chart: terminal bars and sparklines, in Unicode blocks or plain ASCII. */
#ifndef RECOV_CHART_H
#define RECOV_CHART_H

#include <stddef.h>

/* A horizontal bar of value / max x width cells (eighth-cell steps with
 * utf8, whole '#' cells without); "" for 0. buf is always terminated. */
void recov_chart_bar(double value, double max, int width, int utf8, char *buf, size_t n);
/* One cell per 0-10 score: eight block heights with utf8, else the digits
 * 0-9 and X for 10 (exact, so a plain terminal loses nothing); a negative
 * value (nothing logged) is a dot. */
void recov_chart_spark(const int *scores, size_t count, int utf8, char *buf, size_t n);

#endif
