/* wellness_summary: a period's wellness items against the person's own baseline. */
#ifndef RECOV_WELLNESS_SUMMARY_H
#define RECOV_WELLNESS_SUMMARY_H

#include <jansson.h>

#include "recov/db.h"
#include "recov/entry.h"
#include "recov/range.h"

/* Baselines: the person's own normal (HRV4Training's 60 days for the 1-5
 * items and sleep; 14 days for resting heart rate and HRV), counted only
 * with RECOV_WELL_BASELINE_MIN days logged. */
#define RECOV_WELL_BASELINE_DAYS 60
#define RECOV_WELL_HR_BASELINE_DAYS 14
#define RECOV_WELL_BASELINE_MIN 3
/* A day is flagged for sleep under 6 h (AASM/SRS: 7 h or more), a 1-5 item
 * 2 or more below its baseline, resting HR 5+ bpm above or HRV 15 % or more
 * below its 14-day baseline. */
#define RECOV_WELL_SHORT_SLEEP_SECS (6 * 3600)
#define RECOV_WELL_ITEM_DROP 2.0
#define RECOV_WELL_RHR_RISE 5.0
#define RECOV_WELL_HRV_DROP 0.15

/* The series: sleep (hours), the four 1-5 items, resting HR, HRV. */
enum { RECOV_WS_SLEEP, RECOV_WS_ITEM0, RECOV_WS_RHR = RECOV_WS_ITEM0 + RECOV_WELL_ITEMS,
       RECOV_WS_HRV, RECOV_WS_COUNT };

struct recov_well_stat {
    int days;        /* days with a value */
    double mean, sd; /* sd: sample SD, with 2 days or more */
};

struct recov_well_series {
    struct recov_well_stat period;   /* the range's days up to as_of */
    struct recov_well_stat baseline; /* the 60 days before the range */
};

/* A flagged day: bit (1 << series) per reason. */
struct recov_well_flag {
    int day;
    unsigned reasons;
    /* Per flagged series: the day's value and the baseline mean it was read
     * against (NAN for sleep, read against RECOV_WELL_SHORT_SLEEP_SECS). */
    double value[RECOV_WS_COUNT], base[RECOV_WS_COUNT];
};

struct recov_wellness_summary {
    int first_day, as_of;
    int days;        /* days of the period with a wellness entry */
    struct recov_well_series series[RECOV_WS_COUNT];
    struct recov_well_flag *flags; /* oldest first */
    size_t nflags;
};

/* 1 when any item has a baseline: a check in the 60 days before the range. */
int recov_wellness_has_baseline(const struct recov_wellness_summary *s);

/* The key of series i in JSON and its label in text: "sleep_hours",
 * "sleep_quality", ..., "resting_hr", "hrv". */
const char *recov_well_series_key(int i);

/* "sleep (h)", "fatigue", "resting HR": series i in a table. */
const char *recov_well_series_label(int i);
/* "sleep 5h10 (under 6 h), fatigue 2 (your 60-day mean is 4.4)":
 * the reasons a day was flagged, with the figures behind each, into buf
 * (always terminated). */
void recov_wellness_reasons_format(const struct recov_well_flag *f, char *buf, size_t n);
/* Why day is flagged (reasons 0: it is not) from the wellness entries among
 * entries (oldest first, covering the 60 days before it): the one rule the
 * summary and the advice both apply. Returns 0 or RECOV_EIO (out of memory;
 * message set). */
int recov_wellness_day_flags(const struct recov_entries *entries, int day,
                             struct recov_well_flag *out);

/* Computes from wellness entries (oldest first) that cover the 60 days
 * before first_day up to as_of. Returns 0 or RECOV_EIO (out of memory);
 * free out with recov_wellness_summary_free either way. */
int recov_wellness_summary_compute(const struct recov_entries *entries, int first_day,
                                   int as_of, struct recov_wellness_summary *out);
/* Reads what range needs (db NULL: nothing logged) and computes it. */
int recov_wellness_summary_load(struct recov_db *db, struct recov_range range, time_t now,
                                struct recov_wellness_summary *out);
void recov_wellness_summary_free(struct recov_wellness_summary *s);
/* The documented "wellness" object of summary --json. */
json_t *recov_wellness_summary_json(const struct recov_wellness_summary *s);

#endif
