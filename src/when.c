/* when: parsing and formatting of points in time, days and durations. */
#include "recov/when.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recov/error.h"

#define WHEN_HINT "use now, today, yesterday, HH:MM, 'yesterday 18:30', '2h ago', " \
                  "'3d ago', a weekday, YYYY-MM-DD, 'YYYY-MM-DD HH:MM' or ISO 8601"

static const char *const weekdays[7] = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};

/* Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method). */
int recov_day_from_civil(int year, int month, int mday)
{
    int y = year - (month <= 2);
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + mday - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void recov_day_to_civil(int day, int *year, int *month, int *mday)
{
    int z = day + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *mday = doy - (153 * mp + 2) / 5 + 1;
    *month = mp + (mp < 10 ? 3 : -9);
    *year = yoe + era * 400 + (*month <= 2);
}

int recov_day_of(time_t t)
{
    struct tm tm;
    localtime_r(&t, &tm);
    return recov_day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* Local time of day `minute` minutes after midnight on day (DST-safe:
 * mktime resolves the offset of that very moment). */
static time_t local_time_on(int day, int minute)
{
    struct tm tm = {0};
    int y, m, d;
    recov_day_to_civil(day, &y, &m, &d);
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = minute / 60;
    tm.tm_min = minute % 60;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

time_t recov_day_start(int day)
{
    return local_time_on(day, 0);
}

int recov_day_weekday(int day)
{
    int w = (day + 4) % 7; /* 1970-01-01 was a Thursday */
    return w < 0 ? w + 7 : w;
}

void recov_day_format(int day, char *buf, size_t n)
{
    int y, m, d;
    recov_day_to_civil(day, &y, &m, &d);
    snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
}

int recov_minute_of_day(time_t t)
{
    struct tm tm;
    localtime_r(&t, &tm);
    return tm.tm_hour * 60 + tm.tm_min;
}

/* Reads exactly `digits` decimal digits at *p. */
static int read_digits(const char **p, int digits, int *out)
{
    int v = 0;
    for (int i = 0; i < digits; i++) {
        if (!isdigit((unsigned char)(*p)[i]))
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += digits;
    *out = v;
    return 0;
}

static int valid_date(int y, int m, int d)
{
    if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int next = m == 12 ? recov_day_from_civil(y + 1, 1, 1) : recov_day_from_civil(y, m + 1, 1);
    return d <= next - recov_day_from_civil(y, m, 1);
}

/* "YYYY-MM-DD" at *p; advances past it. */
static int scan_date(const char **p, int *day)
{
    int y, m, d;
    const char *s = *p;
    if (read_digits(&s, 4, &y) || *s++ != '-' || read_digits(&s, 2, &m) || *s++ != '-' ||
        read_digits(&s, 2, &d) || !valid_date(y, m, d))
        return -1;
    *p = s;
    *day = recov_day_from_civil(y, m, d);
    return 0;
}

/* "HH:MM" or "HH:MM:SS" at *p; advances past it. */
static int scan_clock(const char **p, int *seconds)
{
    int h, m, s = 0;
    const char *q = *p;
    if (read_digits(&q, 2, &h) || *q++ != ':' || read_digits(&q, 2, &m))
        return -1;
    if (*q == ':' && read_digits(&(const char *){q + 1}, 2, &s) == 0)
        q += 3;
    if (h > 23 || m > 59 || s > 59)
        return -1;
    *p = q;
    *seconds = h * 3600 + m * 60 + s;
    return 0;
}

int recov_day_parse(const char *text, int *day)
{
    const char *p = text;
    if (scan_date(&p, day) || *p) {
        recov_error_set("date '%s': expected YYYY-MM-DD", text);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

int recov_clock_parse(const char *text, int *minute_of_day)
{
    const char *p = text;
    int seconds;
    /* Accept a one-digit hour too ("9:00"). */
    char padded[8];
    if (strlen(text) == 4 && text[1] == ':') {
        snprintf(padded, sizeof padded, "0%s", text);
        p = padded;
    }
    if (scan_clock(&p, &seconds) || *p || seconds % 60) {
        recov_error_set("time '%s': expected HH:MM between 00:00 and 23:59", text);
        return RECOV_EINPUT;
    }
    *minute_of_day = seconds / 60;
    return RECOV_OK;
}

/* Parses a UTC offset "Z", "+HH:MM", "+HHMM" or "+HH" into seconds east. */
static int scan_offset(const char **p, long *east)
{
    const char *s = *p;
    if (*s == 'Z' || *s == 'z') {
        *east = 0;
        *p = s + 1;
        return 0;
    }
    if (*s != '+' && *s != '-')
        return -1;
    int sign = *s++ == '-' ? -1 : 1, h, m = 0;
    if (read_digits(&s, 2, &h))
        return -1;
    if (*s == ':')
        s++;
    if (isdigit((unsigned char)*s) && read_digits(&s, 2, &m))
        return -1;
    if (h > 23 || m > 59)
        return -1;
    *east = sign * (h * 3600L + m * 60L);
    *p = s;
    return 0;
}

/* "YYYY-MM-DD[( |T)HH:MM[:SS][offset]]"; local time when no offset. */
static int parse_datetime(const char *text, time_t *out)
{
    const char *p = text;
    int day, seconds = 0;
    if (scan_date(&p, &day))
        return -1;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (scan_clock(&p, &seconds))
            return -1;
    }
    if (*p == '\0') {
        *out = local_time_on(day, seconds / 60) + seconds % 60;
        return 0;
    }
    long east;
    if (scan_offset(&p, &east) || *p)
        return -1;
    *out = (time_t)day * 86400 + seconds - east;
    return 0;
}

int recov_when_parse_iso(const char *text, time_t *out)
{
    const char *p = text;
    int day, seconds;
    long east;
    if (scan_date(&p, &day) || (*p != 'T' && *p != 't') || (p++, scan_clock(&p, &seconds)) ||
        scan_offset(&p, &east) || *p) {
        recov_error_set("time '%s': expected ISO 8601 like 2026-11-20T17:15:00Z", text);
        return RECOV_EINPUT;
    }
    *out = (time_t)day * 86400 + seconds - east;
    return RECOV_OK;
}

/* "2h ago", "3d ago", "90m ago", "2 days ago", "1w ago". */
static int parse_ago(const char *text, time_t now, time_t *out)
{
    char *end;
    long n = strtol(text, &end, 10);
    if (end == text || n < 0 || n > 100000 || !isdigit((unsigned char)*text))
        return -1;
    while (*end == ' ')
        end++;
    static const struct { const char *unit; long seconds; } units[] = {
        {"s", 1}, {"sec", 1}, {"secs", 1}, {"second", 1}, {"seconds", 1},
        {"m", 60}, {"min", 60}, {"mins", 60}, {"minute", 60}, {"minutes", 60},
        {"h", 3600}, {"hr", 3600}, {"hrs", 3600}, {"hour", 3600}, {"hours", 3600},
        {"d", 86400}, {"day", 86400}, {"days", 86400},
        {"w", 604800}, {"week", 604800}, {"weeks", 604800},
    };
    size_t len = strcspn(end, " ");
    const char *rest = end + len;
    while (*rest == ' ')
        rest++;
    if (strcasecmp(rest, "ago") != 0)
        return -1;
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        if (strlen(units[i].unit) == len && strncasecmp(end, units[i].unit, len) == 0) {
            /* Days and weeks are calendar days: "3d ago" keeps the clock
             * time across a daylight-saving change, as "yesterday" does. */
            if (units[i].seconds % 86400 == 0) {
                struct tm tm;
                localtime_r(&now, &tm);
                int day = recov_day_of(now) - (int)(n * (units[i].seconds / 86400));
                *out = local_time_on(day, tm.tm_hour * 60 + tm.tm_min) + tm.tm_sec;
            } else {
                *out = now - (time_t)(n * units[i].seconds);
            }
            return 0;
        }
    }
    return -1;
}

/* The day named by a word relative to now: today, yesterday, a weekday
 * (the most recent one before today). Returns -1 when not such a word. */
static int parse_day_word(const char *word, size_t len, time_t now, int *day)
{
    int today = recov_day_of(now);
    if (len == 5 && strncasecmp(word, "today", 5) == 0) {
        *day = today;
        return 0;
    }
    if (len == 9 && strncasecmp(word, "yesterday", 9) == 0) {
        *day = today - 1;
        return 0;
    }
    for (int w = 0; w < 7; w++) {
        if ((len == 3 || len == strlen(weekdays[w])) && strncasecmp(word, weekdays[w], len) == 0) {
            int back = (recov_day_weekday(today) - w + 7) % 7;
            *day = today - (back ? back : 7);
            return 0;
        }
    }
    return -1;
}

/* "today", "yesterday 18:30", "mon", "18:30": a day word and/or a clock. */
static int parse_relative_day(const char *text, time_t now, time_t *out)
{
    size_t len = strcspn(text, " ");
    const char *rest = text + len;
    int day, seconds;
    while (*rest == ' ')
        rest++;
    if (parse_day_word(text, len, now, &day) == 0) {
        if (*rest == '\0') {
            /* A bare day keeps the current time of day. */
            *out = local_time_on(day, recov_minute_of_day(now));
            return 0;
        }
        int minute;
        if (recov_clock_parse(rest, &minute))
            return -1;
        *out = local_time_on(day, minute);
        return 0;
    }
    const char *p = text;
    char padded[8];
    if (strlen(text) == 4 && text[1] == ':') {
        snprintf(padded, sizeof padded, "0%s", text);
        p = padded;
    }
    if (scan_clock(&p, &seconds) || *p)
        return -1;
    *out = local_time_on(recov_day_of(now), seconds / 60) + seconds % 60;
    return 0;
}

int recov_when_parse_any(const char *text, time_t now, time_t *out)
{
    char buf[128];
    size_t n = strlen(text);
    while (n && isspace((unsigned char)text[n - 1]))
        n--;
    while (n && isspace((unsigned char)*text))
        text++, n--;
    if (n == 0 || n >= sizeof buf) {
        recov_error_set("time '%s': not understood; %s", text, WHEN_HINT);
        return RECOV_EINPUT;
    }
    memcpy(buf, text, n);
    buf[n] = '\0';
    if (strcasecmp(buf, "now") == 0) {
        *out = now;
        return RECOV_OK;
    }
    if (parse_datetime(buf, out) == 0 || parse_ago(buf, now, out) == 0 ||
        parse_relative_day(buf, now, out) == 0)
        return RECOV_OK;
    recov_error_set("time '%s': not understood; %s", buf, WHEN_HINT);
    return RECOV_EINPUT;
}

int recov_when_parse(const char *text, time_t now, time_t *out)
{
    int rc = recov_when_parse_any(text, now, out);
    if (rc)
        return rc;
    if (*out > now) {
        char when[32];
        recov_when_format_local(now, when, sizeof when);
        recov_error_set("time '%s': is in the future (now is %s)", text, when);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

/* Reads one "<number><unit>" step of a duration; returns minutes or -1. */
static long duration_step(const char **p)
{
    char *end;
    if (!isdigit((unsigned char)**p))
        return -1;
    long n = strtol(*p, &end, 10);
    if (n > 100000)
        return -1;
    const char *u = end;
    size_t len = 0;
    while (isalpha((unsigned char)u[len]))
        len++;
    *p = u + len;
    if (len == 0 || (len == 1 && (*u == 'm' || *u == 'M')) || (len == 3 && !strncasecmp(u, "min", 3)) ||
        (len == 4 && !strncasecmp(u, "mins", 4)) || (len == 6 && !strncasecmp(u, "minute", 6)) ||
        (len == 7 && !strncasecmp(u, "minutes", 7)))
        return n;
    if ((len == 1 && (*u == 'h' || *u == 'H')) || (len == 2 && !strncasecmp(u, "hr", 2)) ||
        (len == 3 && !strncasecmp(u, "hrs", 3)) || (len == 4 && !strncasecmp(u, "hour", 4)) ||
        (len == 5 && !strncasecmp(u, "hours", 5)))
        return n * 60;
    if (len == 1 && (*u == 'd' || *u == 'D'))
        return n * 1440;
    return -1;
}

int recov_duration_parse_span(const char *text, int min_minutes, int max_minutes, int *minutes)
{
    const char *p = text;
    long total = 0;
    int steps = 0;
    while (*p) {
        long step = duration_step(&p);
        if (step < 0 || total + step > 10L * max_minutes + 10)
            goto bad;
        total += step;
        steps++;
        /* After "1h" a bare number means minutes: "1h30". */
    }
    if (steps == 0 || total < min_minutes || total > max_minutes)
        goto bad;
    *minutes = (int)total;
    return RECOV_OK;
bad:
    if (min_minutes > 0)
        recov_error_set("duration '%s': must be more than 0 and at most %d h "
                        "(e.g. 45, 45m, 90min, 1h, 1h30m)",
                        text, max_minutes / 60);
    else
        recov_error_set("duration '%s': must be at most %d h (e.g. 10m, 2h, 1d)", text,
                        max_minutes / 60);
    return RECOV_EINPUT;
}

int recov_duration_parse(const char *text, int *minutes)
{
    return recov_duration_parse_span(text, 1, RECOV_MAX_MINUTES, minutes);
}

void recov_when_format_utc(time_t t, char *buf, size_t n)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void recov_when_format_local(time_t t, char *buf, size_t n)
{
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%d %H:%M", &tm);
}

void recov_duration_format(int minutes, char *buf, size_t n)
{
    if (minutes < 60)
        snprintf(buf, n, "%d min", minutes);
    else if (minutes % 60 == 0)
        snprintf(buf, n, "%d h", minutes / 60);
    else
        snprintf(buf, n, "%d h %d min", minutes / 60, minutes % 60);
}
