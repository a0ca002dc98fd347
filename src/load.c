/* load: pure training-load maths; the formulas and sources are in docs/. */
#include "recov/load.h"

#include <math.h>

double recov_load_monotony(const double *daily, size_t n)
{
    if (n == 0)
        return 0;
    double sum = 0, sq = 0;
    for (size_t i = 0; i < n; i++)
        sum += daily[i];
    double mean = sum / (double)n;
    for (size_t i = 0; i < n; i++)
        sq += (daily[i] - mean) * (daily[i] - mean);
    double sd = sqrt(sq / (double)n); /* population SD, rest days included */
    if (sum <= 0)
        return 0;
    /* Identical loads every day: the ratio is unbounded; report the cap. */
    if (sd < 1e-9 * mean)
        return RECOV_MONOTONY_CAP;
    double m = mean / sd;
    return m > RECOV_MONOTONY_CAP ? RECOV_MONOTONY_CAP : m;
}

double recov_load_strain(const double *daily, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += daily[i];
    return sum * recov_load_monotony(daily, n);
}

double recov_load_ewma(const double *daily, size_t n, int span, double seed, double *out)
{
    double lambda = 2.0 / (span + 1.0), v = seed;
    for (size_t i = 0; i < n; i++) {
        v = daily[i] * lambda + (1.0 - lambda) * v;
        if (out)
            out[i] = v;
    }
    return v;
}

void recov_load_state(const double *daily, size_t n, int first_logged, int history_days,
                      struct recov_load_state *out)
{
    size_t start = first_logged > 0 ? (size_t)first_logged : 0;
    *out = (struct recov_load_state){.acwr = -1, .history_days = history_days};
    if (n == 0 || start >= n)
        return;
    /* ACWR series are seeded with the first logged day's load (Williams
     * 2017); when history began before the window, the seed is 0 at the
     * window's start and the error is below RECOV_EWMA_WINDOW_DAYS's bound. */
    double seed = first_logged >= 0 ? daily[start] : 0;
    out->acute = recov_load_ewma(daily + start, n - start, 7, seed, NULL);
    out->chronic = recov_load_ewma(daily + start, n - start, 28, seed, NULL);
    if (history_days >= RECOV_ACWR_MIN_DAYS && out->chronic > 0)
        out->acwr = out->acute / out->chronic;
    /* Banister fitness/fatigue start at 0 on the first day of history. */
    out->fitness = recov_load_ewma(daily + start, n - start, 42, 0, NULL);
    out->fatigue = recov_load_ewma(daily + start, n - start, 7, 0, NULL);
    out->form = out->fitness - out->fatigue;
}

void recov_load_state_since(const double *daily, size_t n, int first_day,
                            int history_first_day, struct recov_load_state *out)
{
    int last_day = first_day + (int)n - 1;
    if (history_first_day == RECOV_LOAD_NO_HISTORY || history_first_day > last_day) {
        recov_load_state(daily, n, (int)n, 0, out);
        return;
    }
    /* Before the window: -1 makes the series start at 0 on its first day. */
    int first_logged = history_first_day >= first_day ? history_first_day - first_day : -1;
    recov_load_state(daily, n, first_logged, last_day - history_first_day + 1, out);
}
