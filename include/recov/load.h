/* load: pure training-load maths (session RPE, monotony, EWMA, ACWR, form). */
#ifndef RECOV_LOAD_H
#define RECOV_LOAD_H

#include <limits.h>
#include <stddef.h>

/* Monotony cap used when the week's loads do not vary (Runalyze). */
#define RECOV_MONOTONY_CAP 10.0
/* Days of history the acute:chronic ratio needs before it is reported. */
#define RECOV_ACWR_MIN_DAYS 28
/* How far back EWMAs are computed. Starting a 42-day EWMA at 0 this many days
 * early is off by at most (41/43)^400 * load < 1e-8 * load, far below 0.01. */
#define RECOV_EWMA_WINDOW_DAYS 400

/* Foster 1998 over n daily loads (rest days included as 0): monotony is mean
 * / population SD; SD 0 with load gives the cap; no load gives 0. */
double recov_load_monotony(const double *daily, size_t n);
/* Strain = sum of loads x monotony. */
double recov_load_strain(const double *daily, size_t n);

/* EWMA with lambda = 2 / (span + 1), starting at seed, over n days; writes
 * the value after each day to out (may be NULL) and returns the last. */
double recov_load_ewma(const double *daily, size_t n, int span, double seed,
                       double *out);

struct recov_load_state {
    double acute, chronic, acwr; /* acwr < 0 when not yet reportable */
    double fitness, fatigue, form;
    int history_days;            /* days from the first logged day to the last */
};
/* Computes the load state on the last of n days. first_logged is the index
 * of the first day with history within daily (it may be < 0 when history
 * started before the window: then the series start at 0 at index 0, an
 * error bounded by RECOV_EWMA_WINDOW_DAYS), history_days the days of
 * history up to and including the last day. ACWR uses acute 7 / chronic 28
 * seeded with the first logged day's load; fitness 42 / fatigue 7 start at
 * 0 (SCIENCE.md). */
void recov_load_state(const double *daily, size_t n, int first_logged,
                      int history_days, struct recov_load_state *out);

/* No workout logged yet, for recov_load_state_since. */
#define RECOV_LOAD_NO_HISTORY INT_MAX

/* recov_load_state for daily loads of days first_day .. first_day + n - 1
 * (day numbers), given the day of the first workout ever logged
 * (RECOV_LOAD_NO_HISTORY when none): works out where history starts in the
 * window and how many days of it there are up to the last day. */
void recov_load_state_since(const double *daily, size_t n, int first_day,
                            int history_first_day, struct recov_load_state *out);

#endif
