/* wellness: the items of a morning wellness check, their scales and names. */
#ifndef RECOV_WELLNESS_H
#define RECOV_WELLNESS_H

#include <stddef.h>

#include "recov/entry.h"

/* One 1-5 item (McLean et al. 2010): every item reads 1 worst, 5 best. */
struct recov_well_item_def {
    const char *option; /* "sleep-quality": the command-line option */
    const char *key;    /* "sleep_quality": JSON key, CSV column, database column */
    const char *icu;    /* "sleepQuality": intervals.icu's wellness column */
    const char *label;  /* "sleep quality": how a person reads it */
    const char *anchors[5]; /* what 1 ... 5 mean */
};
extern const struct recov_well_item_def recov_well_items[RECOV_WELL_ITEMS];

/* Ranges a wellness entry can hold. */
#define RECOV_SLEEP_MAX_SECS (24 * 3600)
#define RECOV_HRV_MIN 1
#define RECOV_HRV_MAX 500

/* Parsers for what a person types; each returns 0 or RECOV_EINPUT with a
 * message that says what would have been valid. */
int recov_well_item_parse(int item, const char *text, int *out); /* 1-5 */
int recov_sleep_parse(const char *text, int *secs);                /* 0-24 h */
int recov_rhr_parse(const char *text, int *bpm);                   /* 20-250 */
int recov_hrv_parse(const char *text, int *ms);                    /* 1-500 */

/* 1 when the entry holds at least one item (sleep, a 1-5 item, RHR, HRV). */
int recov_wellness_any(const struct recov_entry *e);
/* "sleep 7h30, fatigue 3/5, RHR 52": the items given, in a fixed order. */
void recov_wellness_format(const struct recov_entry *e, char *buf, size_t n);

#endif
