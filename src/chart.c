/* chart: terminal bars and sparklines, in Unicode blocks or plain ASCII. */
#include "recov/chart.h"

#include <math.h>
#include <string.h>

static const char *const eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"};
static const char *const levels[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};

/* Appends s to buf of size n holding *used bytes; stops when full. */
static void put(char *buf, size_t n, size_t *used, const char *s)
{
    size_t len = strlen(s);
    if (*used + len >= n)
        return;
    memcpy(buf + *used, s, len + 1);
    *used += len;
}

void recov_chart_bar(double value, double max, int width, int utf8, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    if (n == 0 || value <= 0 || max <= 0)
        return;
    double cells = value / max * width;
    if (cells > width)
        cells = width;
    if (!utf8) {
        /* At least one cell, so a small load never looks like a rest day. */
        long whole = lround(cells) > 0 ? lround(cells) : 1;
        for (long i = 0; i < whole; i++)
            put(buf, n, &used, "#");
        return;
    }
    long steps = lround(cells * 8) > 0 ? lround(cells * 8) : 1;
    for (long i = 0; i < steps / 8; i++)
        put(buf, n, &used, eighths[8]);
    put(buf, n, &used, eighths[steps % 8]);
}

static void spark_cell(int v, int utf8, char *cell)
{
    if (v < 0) {
        strcpy(cell, utf8 ? "·" : ".");
    } else if (utf8) {
        strcpy(cell, levels[lround((double)(v > 10 ? 10 : v) * 7 / 10)]);
    } else {
        cell[0] = v >= 10 ? 'X' : (char)('0' + v);
        cell[1] = '\0';
    }
}

void recov_chart_spark(const int *scores, size_t count, int utf8, char *buf, size_t n)
{
    size_t used = 0;
    char cell[8];
    if (n)
        buf[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        spark_cell(scores[i], utf8, cell);
        put(buf, n, &used, cell);
    }
}
