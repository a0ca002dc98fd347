/* wellness: the items of a morning wellness check, their scales and names. */
#include "recov/wellness.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/when.h"

/* McLean et al. 2010, each item 1-5; recov writes every item so that 5 is
 * the good end (fresh, restful, relaxed, positive), as its anchors say. */
const struct recov_well_item_def recov_well_items[RECOV_WELL_ITEMS] = {
    {"sleep-quality", "sleep_quality", "sleepQuality", "sleep quality",
     {"insomnia", "restless sleep", "difficulty falling asleep", "good", "very restful"}},
    {"fatigue", "fatigue", "fatigue", "fatigue",
     {"always tired", "more tired than normal", "normal", "fresh", "very fresh"}},
    {"stress", "stress", "stress", "stress",
     {"highly stressed", "feeling stressed", "normal", "relaxed", "very relaxed"}},
    {"mood", "mood", "mood", "mood",
     {"highly annoyed, irritable, down", "snappiness at others", "less interested than usual",
      "a generally good mood", "a very positive mood"}},
};

/* Strict integer in [min, max]: digits only, no sign, no blanks. */
static int whole_in(const char *text, int min, int max, int *out)
{
    char *end;
    if (!isdigit((unsigned char)*text))
        return -1;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno || *end || v < min || v > max)
        return -1;
    *out = (int)v;
    return 0;
}

int recov_well_item_parse(int item, const char *text, int *out)
{
    const struct recov_well_item_def *d = &recov_well_items[item];
    if (whole_in(text, 1, 5, out) == 0)
        return RECOV_OK;
    recov_error_set("%s '%s': must be a whole number from 1 (%s) to 5 (%s)", d->label, text,
                    d->anchors[0], d->anchors[4]);
    return RECOV_EINPUT;
}

int recov_sleep_parse(const char *text, int *secs)
{
    /* A bare number is hours, as the question asks them ("7", "7.5",
     * "7,5"): a night is not counted in minutes, and "7" once meant 7 min.
     * It is read as the duration with an "h" after it. */
    char hours[32];
    int minutes;
    int bare = *text && strspn(text, "0123456789.,") == strlen(text) && strlen(text) < 30;
    if (bare)
        snprintf(hours, sizeof hours, "%sh", text);
    if (recov_duration_parse_span(bare ? hours : text, 0, RECOV_SLEEP_MAX_SECS / 60, &minutes) ==
        RECOV_OK) {
        *secs = minutes * 60;
        return RECOV_OK;
    }
    recov_error_set("sleep '%s': must be hours slept, 0 to 24, e.g. 7.5, 7h30, 8 or 450m "
                    "(a bare number is hours)", text);
    return RECOV_EINPUT;
}

int recov_rhr_parse(const char *text, int *bpm)
{
    if (whole_in(text, RECOV_HR_MIN, RECOV_HR_MAX, bpm) == 0)
        return RECOV_OK;
    recov_error_set("resting heart rate '%s': must be a whole number of beats per minute from "
                    "%d to %d", text, RECOV_HR_MIN, RECOV_HR_MAX);
    return RECOV_EINPUT;
}

int recov_hrv_parse(const char *text, int *ms)
{
    if (whole_in(text, RECOV_HRV_MIN, RECOV_HRV_MAX, ms) == 0)
        return RECOV_OK;
    recov_error_set("hrv '%s': must be a whole number of milliseconds (rMSSD) from %d to %d",
                    text, RECOV_HRV_MIN, RECOV_HRV_MAX);
    return RECOV_EINPUT;
}

int recov_wellness_any(const struct recov_entry *e)
{
    int any = e->sleep_secs >= 0 || e->resting_hr || e->hrv;
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        any |= e->well[i] != 0;
    return any;
}

/* Appends ", " (after the first part) and the formatted text. */
__attribute__((format(printf, 3, 4))) static void part(char *buf, size_t n, const char *fmt,
                                                       ...)
{
    size_t len = strlen(buf);
    if (len + 2 >= n)
        return;
    if (len) {
        strcpy(buf + len, ", ");
        len += 2;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + len, n - len, fmt, ap);
    va_end(ap);
}

void recov_wellness_format(const struct recov_entry *e, char *buf, size_t n)
{
    buf[0] = '\0';
    if (e->sleep_secs >= 0)
        part(buf, n, "sleep %dh%02d", e->sleep_secs / 3600, e->sleep_secs % 3600 / 60);
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        if (e->well[i])
            part(buf, n, "%s %d/5", recov_well_items[i].label, e->well[i]);
    if (e->resting_hr)
        part(buf, n, "RHR %d", e->resting_hr);
    if (e->hrv)
        part(buf, n, "HRV %d ms", e->hrv);
}
