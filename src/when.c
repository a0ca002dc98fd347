/* when: parsing and formatting of points in time, days and durations. */
#include "recov/when.h"

#include <ctype.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recov/error.h"
#include "recov/vocab.h"

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

/* The local wall clock `seconds` after midnight of day, for mktime (which
 * works out the offset in force at that very moment). */
static struct tm wall_clock(int day, int seconds)
{
    struct tm tm = {0};
    int y, m, d;
    recov_day_to_civil(day, &y, &m, &d);
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = seconds / 3600;
    tm.tm_min = seconds / 60 % 60;
    tm.tm_sec = seconds % 60;
    tm.tm_isdst = -1;
    return tm;
}

time_t recov_day_start(int day)
{
    /* Where midnight is skipped, the day starts when the clocks resume. */
    struct tm tm = wall_clock(day, 0);
    return mktime(&tm);
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

/* ---- WHEN: the words people type for a point in time ----
 * Each scanner below reads one shape of text and returns 0 (read), NO_SHAPE
 * (not this shape: try the next one) or RECOV_EINPUT (this shape, but wrong:
 * the message says why and what would be right). The reasons are set without
 * the text; recov_when_parse_any puts "time '<text>': " in front. */
#define NO_SHAPE 1

#define WHEN_HINT "use now, today, yesterday, a weekday, 'last monday', 18:30, 6pm, noon, " \
                  "'yesterday 18:30', 'monday 6:30pm', '2h ago', '3d ago', YYYY-MM-DD, " \
                  "'YYYY-MM-DD HH:MM', DD.MM.YYYY or ISO 8601 (see 'recov help when')"

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

const struct recov_when_form recov_when_forms[] = {
    {"now", "this moment"},
    {"today", "today at the current time of day"},
    {"yesterday", "yesterday at the current time of day"},
    {"tomorrow", "understood, but refused for --at (the future); useful for --now"},
    {"monday", "the most recent Monday before today (mon ... sun, monday ... sunday)"},
    {"last monday", "the same as monday"},
    {"18:30", "today at 18:30 (also 9:05 and 18:30:15)"},
    {"6pm", "today at 18:00 (also 6:30pm, 6 pm, 12am, 12pm)"},
    {"noon", "today at 12:00"},
    {"midnight", "today at 00:00"},
    {"yesterday 18:30", "a day word followed by a time of day"},
    {"monday 6:30pm", "a weekday followed by a time of day"},
    {"90m ago", "minutes, hours, days or weeks back (s, m, h, d, w, min, hours, days ...);"
                " days and weeks keep the clock time across a daylight-saving change"},
    {"3 days ago", "the same with the unit spelled out"},
    {"2026-11-20", "local midnight starting that day"},
    {"2026-11-20 18:30", "local time (also 2026-11-20T18:30 and 2026-11-20 6pm)"},
    {"20.11.2026", "day.month.year, always day first (also 20.11.2026 18:30)"},
    {"11/20/2026", "month/day/year or day/month/year: accepted when only one reading is a"
                   " date, else as LC_TIME orders them, else refused"},
    {"2026-11-20T17:15:00Z", "ISO 8601 with Z or an offset such as +01:00: an exact moment"},
    {NULL, NULL},
};

static enum recov_date_order date_order = RECOV_DATE_ORDER_LOCALE;

void recov_when_set_date_order(enum recov_date_order order)
{
    date_order = order;
}

enum recov_date_order recov_date_order_from_format(const char *d_fmt)
{
    const char *y = strpbrk(d_fmt, "Yy"), *m = strstr(d_fmt, "%m"), *d = strstr(d_fmt, "%d");
    if (!d)
        d = strstr(d_fmt, "%e");
    /* Year-first formats (2026-11-20) say nothing about A/B/YYYY. */
    if (!m || !d || (y && y < m && y < d))
        return RECOV_DATE_ORDER_NONE;
    return m < d ? RECOV_DATE_ORDER_MDY : RECOV_DATE_ORDER_DMY;
}

/* The locale whose dates the user reads: LC_ALL, LC_TIME or LANG. */
static const char *time_locale_name(void)
{
    const char *names[] = {"LC_ALL", "LC_TIME", "LANG"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            return v;
    }
    return "C";
}

/* The order the user's LC_TIME writes dates in; none for the C locale,
 * which is a programmer's default rather than a person's habit. Read from
 * the environment when a date needs it (recov loads only LC_CTYPE at
 * start). */
static enum recov_date_order current_date_order(void)
{
    if (date_order != RECOV_DATE_ORDER_LOCALE)
        return date_order;
    const char *name = time_locale_name();
    if (!strcmp(name, "C") || !strcmp(name, "POSIX") || !strncmp(name, "C.", 2))
        return RECOV_DATE_ORDER_NONE;
    locale_t loc = newlocale(LC_TIME_MASK, name, (locale_t)0);
    if (!loc)
        return RECOV_DATE_ORDER_NONE;
    enum recov_date_order order = recov_date_order_from_format(nl_langinfo_l(D_FMT, loc));
    freelocale(loc);
    return order;
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

/* Reads one or two digits at *p. */
static int read_small(const char **p, int *out)
{
    if (!isdigit((unsigned char)**p))
        return -1;
    return read_digits(p, isdigit((unsigned char)(*p)[1]) ? 2 : 1, out);
}

static int days_in_month(int y, int m)
{
    int next = m == 12 ? recov_day_from_civil(y + 1, 1, 1) : recov_day_from_civil(y, m + 1, 1);
    return next - recov_day_from_civil(y, m, 1);
}

/* The day of a civil date, or a reason why there is none. */
static int civil_day(int y, int m, int d, int *day)
{
    if (y < 1 || y > 9999)
        return recov_error_input("year %d is out of range", y);
    if (m < 1 || m > 12)
        return recov_error_input("there is no month %d (1 to 12)", m);
    if (d < 1 || d > days_in_month(y, m))
        return recov_error_input("there is no day %d in %s %d (1 to %d)", d, month_names[m - 1], y,
                                 days_in_month(y, m));
    *day = recov_day_from_civil(y, m, d);
    return 0;
}

/* "YYYY-MM-DD" at *p; advances past it. */
static int scan_date(const char **p, int *day)
{
    int y, m, d;
    const char *s = *p;
    if (read_digits(&s, 4, &y) || *s++ != '-' || read_digits(&s, 2, &m) || *s++ != '-' ||
        read_digits(&s, 2, &d))
        return NO_SHAPE;
    int rc = civil_day(y, m, d, day);
    if (rc == 0)
        *p = s;
    return rc;
}

/* "20.11.2026" (always day first) or "11/20/2026" (as unambiguous as the
 * numbers or the locale make it), the whole of s. */
static int scan_local_date(const char *s, int *day)
{
    int a, b, y;
    const char *p = s;
    char sep = 0;
    if (read_small(&p, &a) || (*p != '.' && *p != '/'))
        return NO_SHAPE;
    sep = *p++;
    if (read_small(&p, &b) || *p++ != sep || !isdigit((unsigned char)*p))
        return NO_SHAPE;
    const char *year = p;
    while (isdigit((unsigned char)*p))
        p++;
    if (*p)
        return NO_SHAPE;
    if (p - year != 4)
        return recov_error_input("write the year with four digits, e.g. %d%c%d%c2026", a, sep,
                                 b, sep);
    y = atoi(year);
    if (sep == '.')
        return civil_day(y, b, a, day);
    int order = current_date_order();
    if (a > 12 || b > 12 || a == b || order == RECOV_DATE_ORDER_NONE) {
        /* Both readings must be dates for the choice to be a question. */
        if (a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b)
            return recov_error_input("could be %d %s or %d %s; write %04d-%02d-%02d or "
                                     "%04d-%02d-%02d",
                                     b, month_names[a - 1], a, month_names[b - 1], y, a, b, y, b,
                                     a);
        return a > 12 ? civil_day(y, b, a, day) : civil_day(y, a, b, day);
    }
    return order == RECOV_DATE_ORDER_DMY ? civil_day(y, b, a, day) : civil_day(y, a, b, day);
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

static const struct {
    const char *word;
    int seconds;
} clock_words[] = {{"noon", 12 * 3600}, {"midnight", 0}};

/* A time of day, the whole of s: 18:30, 9:05, 18:30:15, 6pm, 6:30 pm,
 * noon, midnight. */
static int scan_time(const char *s, int *seconds)
{
    for (size_t i = 0; i < sizeof clock_words / sizeof *clock_words; i++)
        if (strcasecmp(s, clock_words[i].word) == 0) {
            *seconds = clock_words[i].seconds;
            return 0;
        }
    int h, m = 0, sec = 0;
    const char *p = s;
    if (read_small(&p, &h))
        return NO_SHAPE;
    int colon = *p == ':';
    if (colon && (p++, read_digits(&p, 2, &m)))
        return NO_SHAPE;
    if (colon && *p == ':' && (p++, read_digits(&p, 2, &sec)))
        return NO_SHAPE;
    while (*p == ' ')
        p++;
    int pm = strcasecmp(p, "pm") == 0, am = strcasecmp(p, "am") == 0;
    if ((!am && !pm && *p) || (!colon && !am && !pm))
        return NO_SHAPE;
    if (m > 59 || sec > 59)
        return recov_error_input("minutes and seconds go from 00 to 59");
    if (am || pm) {
        if (h < 1 || h > 12)
            return recov_error_input("with am or pm the hour is 1 to 12 (e.g. 6pm, or 18:00)");
        h = h % 12 + (pm ? 12 : 0);
    } else if (h > 23) {
        return recov_error_input("there is no hour %d; use 00:00 to 23:59 (or 12am for "
                                 "midnight)",
                                 h);
    }
    *seconds = h * 3600 + m * 60 + sec;
    return 0;
}

/* The instant at which the UTC offset changes between lo and hi (offsets
 * differ at the two ends). */
static time_t offset_change(time_t lo, time_t hi)
{
    struct tm tm;
    localtime_r(&lo, &tm);
    long before = tm.tm_gmtoff;
    while (hi - lo > 1) {
        time_t mid = lo + (hi - lo) / 2;
        localtime_r(&mid, &tm);
        if (tm.tm_gmtoff == before)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

/* The local wall clock of t as "HH:MM". */
static void clock_of(time_t t, char buf[8])
{
    struct tm tm;
    localtime_r(&t, &tm);
    snprintf(buf, 8, "%02d:%02d", tm.tm_hour % 24, tm.tm_min % 60);
}

/* Explains that a wall clock time on day does not exist (spring forward). */
static int gap_reason(int day, int seconds, time_t moved)
{
    char date[16], from[8], to[8], last[8];
    time_t change = offset_change(moved - 86400, moved + 86400);
    struct tm a, b;
    time_t before = change - 1;
    localtime_r(&before, &a);
    localtime_r(&change, &b);
    long jump = b.tm_gmtoff - a.tm_gmtoff;
    clock_of(change, to);
    int skipped_from = (b.tm_hour * 60 + b.tm_min - (int)(jump / 60) + 1440) % 1440;
    snprintf(from, sizeof from, "%02d:%02d", skipped_from / 60, skipped_from % 60);
    clock_of(change - 60, last);
    recov_day_format(day, date, sizeof date);
    return recov_error_input("%02d:%02d does not exist on %s: the clocks jump from %s to %s there; "
                             "use %s or %s (or give a UTC offset)",
                             seconds / 3600, seconds / 60 % 60, date, from, to, last, to);
}

/* Local wall clock time `seconds` after midnight of day, exactly: a time
 * that the clocks skip is refused rather than moved; a time that happens
 * twice (autumn) is the first of the two. */
static int local_exact(int day, int seconds, time_t *out)
{
    struct tm want = wall_clock(day, seconds), tm;
    tm = want;
    time_t t = mktime(&tm);
    if (tm.tm_hour != want.tm_hour || tm.tm_min != want.tm_min || tm.tm_mday != want.tm_mday)
        return gap_reason(day, seconds, t);
    struct tm other = want;
    other.tm_isdst = !tm.tm_isdst;
    time_t t2 = mktime(&other);
    if (other.tm_hour == want.tm_hour && other.tm_min == want.tm_min &&
        other.tm_mday == want.tm_mday && t2 < t)
        t = t2;
    *out = t;
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
static int parse_datetime(const char *text, time_t now, time_t *out)
{
    (void)now;
    const char *p = text;
    int day, seconds = 0;
    int rc = scan_date(&p, &day);
    if (rc)
        return rc;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (scan_clock(&p, &seconds))
            return NO_SHAPE;
    }
    if (*p == '\0')
        return local_exact(day, seconds, out);
    long east;
    if (scan_offset(&p, &east) || *p)
        return NO_SHAPE;
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

static const struct {
    const char *unit;
    long seconds;
} ago_units[] = {
    {"s", 1},         {"sec", 1},        {"secs", 1},       {"second", 1},    {"seconds", 1},
    {"m", 60},        {"min", 60},       {"mins", 60},      {"minute", 60},   {"minutes", 60},
    {"h", 3600},      {"hr", 3600},      {"hrs", 3600},     {"hour", 3600},   {"hours", 3600},
    {"d", 86400},     {"day", 86400},    {"days", 86400},   {"w", 604800},    {"week", 604800},
    {"weeks", 604800},
};

/* "2h ago", "3d ago", "90m ago", "2 days ago", "1w ago". */
static int parse_ago(const char *text, time_t now, time_t *out)
{
    if (!isdigit((unsigned char)*text))
        return NO_SHAPE;
    const char *end = text;
    while (isdigit((unsigned char)*end))
        end++;
    const char *unit = end;
    while (*unit == ' ')
        unit++;
    size_t len = strcspn(unit, " ");
    const char *rest = unit + len;
    while (*rest == ' ')
        rest++;
    size_t u = 0, nunits = sizeof ago_units / sizeof *ago_units;
    while (u < nunits && !(strlen(ago_units[u].unit) == len &&
                           strncasecmp(unit, ago_units[u].unit, len) == 0))
        u++;
    if (u == nunits || len == 0) {
        if (strcasecmp(rest, "ago") != 0)
            return NO_SHAPE;
        return recov_error_input("unit '%.*s' not understood; use s, m, h, d or w (e.g. "
                                 "'3d ago')",
                                 (int)len, unit);
    }
    if (strcasecmp(rest, "ago") != 0)
        return recov_error_input("did you mean '%.*s ago'? (a time in the future is refused)",
                                 (int)(rest - text - (*rest ? 1 : 0)), text);
    /* Anything older than the floor is refused anyway: no need to count. */
    if (end - text > 7)
        return recov_error_input("is too far back; the earliest time recov keeps is 2000-01-01");
    long n = strtol(text, NULL, 10);
    long seconds = ago_units[u].seconds;
    if (seconds % 86400 == 0) {
        /* Days and weeks are calendar days: "3d ago" keeps the clock time
         * across a daylight-saving change, as "yesterday" does. */
        struct tm tm;
        localtime_r(&now, &tm);
        int day = recov_day_of(now) - (int)(n * (seconds / 86400));
        return local_exact(day, tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec, out);
    }
    *out = now - (time_t)(n * seconds);
    return 0;
}

static const struct {
    const char *word;
    int offset;
} day_words[] = {{"today", 0}, {"yesterday", -1}, {"tomorrow", 1}};

/* A weekday (mon or monday): the most recent one before today. */
static int scan_weekday(const char *s, int today, int *day)
{
    size_t len = strlen(s);
    for (int w = 0; w < 7; w++) {
        if ((len == 3 || len == strlen(weekdays[w])) && strncasecmp(s, weekdays[w], len) == 0) {
            int back = (recov_day_weekday(today) - w + 7) % 7;
            *day = today - (back ? back : 7);
            return 0;
        }
    }
    return NO_SHAPE;
}

/* A day, the whole of s: today, yesterday, tomorrow, a weekday, "last
 * monday", 2026-11-20, 20.11.2026, 11/20/2026. *is_word says whether it was
 * a word (which keeps the time of day when no time is given) or a date. */
static int scan_day(const char *s, time_t now, int *day, int *is_word)
{
    int today = recov_day_of(now);
    *is_word = 1;
    for (size_t i = 0; i < sizeof day_words / sizeof *day_words; i++)
        if (strcasecmp(s, day_words[i].word) == 0) {
            *day = today + day_words[i].offset;
            return 0;
        }
    if (strncasecmp(s, "last ", 5) == 0 &&
        scan_weekday(s + 5 + strspn(s + 5, " "), today, day) == 0)
        return 0;
    if (scan_weekday(s, today, day) == 0)
        return 0;
    *is_word = 0;
    const char *p = s;
    int rc = scan_date(&p, day);
    if (rc == 0 && *p)
        return NO_SHAPE;
    return rc != NO_SHAPE ? rc : scan_local_date(s, day);
}

/* DAY, TIME or "DAY TIME", where DAY may be two words ("last monday 6pm"). */
static int parse_day_time(const char *text, time_t now, time_t *out)
{
    int day, seconds, is_word;
    int rc = scan_day(text, now, &day, &is_word);
    if (rc == 0) {
        /* A bare day word keeps the time of day; a bare date is midnight. */
        seconds = is_word ? recov_minute_of_day(now) * 60 : 0;
        return local_exact(day, seconds, out);
    }
    if (rc != NO_SHAPE)
        return rc;
    rc = scan_time(text, &seconds);
    if (rc != NO_SHAPE)
        return rc ? rc : local_exact(recov_day_of(now), seconds, out);
    char head[128], day_text[128] = "";
    for (const char *sp = strchr(text, ' '); sp; sp = strchr(sp + 1, ' ')) {
        snprintf(head, sizeof head, "%.*s", (int)(sp - text), text);
        rc = scan_day(head, now, &day, &is_word);
        if (rc == NO_SHAPE)
            continue;
        if (rc)
            return rc;
        rc = scan_time(sp + 1 + strspn(sp + 1, " "), &seconds);
        if (rc != NO_SHAPE)
            return rc ? rc : local_exact(day, seconds, out);
        snprintf(day_text, sizeof day_text, "%s", head);
    }
    if (*day_text)
        return recov_error_input("after '%s' expected a time of day such as 18:30 or 6pm",
                                 day_text);
    return NO_SHAPE;
}

/* Every word a WHEN may start with, for "did you mean" on a typo. */
static const char *const when_words[] = {
    "now",     "today",     "yesterday", "tomorrow", "noon",     "midnight", "last",
    "sunday",  "monday",    "tuesday",   "wednesday", "thursday", "friday",  "saturday",
};

/* The reason for text that no scanner took: the nearest accepted form. */
static int not_understood(const char *text)
{
    size_t len = strcspn(text, " ");
    char first[64];
    snprintf(first, sizeof first, "%.*s", (int)len, text);
    const char *rest = text + len + (text[len] == ' ');
    if (strcasecmp(first, "next") == 0)
        return recov_error_input("is in the future; did you mean 'last %s'?", rest);
    if (strcasecmp(first, "in") == 0)
        return recov_error_input("is in the future; did you mean '%s ago'?", rest);
    const char *near = recov_nearest(first, when_words, sizeof when_words / sizeof *when_words);
    if (near && strcasecmp(near, first) != 0)
        return recov_error_input("not understood; did you mean '%s%s'?", near, text + len);
    return recov_error_input("not understood; %s", WHEN_HINT);
}

/* A whole WHEN, each accepted shape in turn. */
static int (*const when_shapes[])(const char *, time_t, time_t *) = {
    parse_datetime,
    parse_ago,
    parse_day_time,
};

/* The reason (set by a scanner) prefixed with the text. */
static int refuse(const char *text)
{
    char reason[600];
    snprintf(reason, sizeof reason, "%s", recov_error_get());
    recov_error_set("time '%s': %s", text, reason);
    return RECOV_EINPUT;
}

int recov_when_check_floor(const char *text, time_t t)
{
    if (t < RECOV_WHEN_FLOOR)
        return recov_error_input("time '%s': is before 2000-01-01, the earliest time recov "
                                 "keeps; give a later date, e.g. 'yesterday' or 2000-01-01",
                                 text);
    return RECOV_OK;
}

int recov_when_check(const char *text, time_t t, time_t now)
{
    if (recov_when_check_floor(text, t))
        return RECOV_EINPUT;
    if (t > now) {
        char when[32];
        recov_when_format_local(now, when, sizeof when);
        recov_error_set("time '%s': is in the future (now is %s); give a past time, e.g. 'now' "
                        "or '1h ago'",
                        text, when);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
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
        recov_error_set("time '%.*s': not understood; %s", (int)(n < 64 ? n : 64), text,
                        WHEN_HINT);
        return RECOV_EINPUT;
    }
    memcpy(buf, text, n);
    buf[n] = '\0';
    int rc = NO_SHAPE;
    if (strcasecmp(buf, "now") == 0) {
        *out = now;
        rc = 0;
    }
    for (size_t i = 0; rc == NO_SHAPE && i < sizeof when_shapes / sizeof *when_shapes; i++)
        rc = when_shapes[i](buf, now, out);
    if (rc == NO_SHAPE)
        rc = not_understood(buf);
    if (rc)
        return refuse(buf);
    /* The future is for the caller to judge; the distant past never fits. */
    return recov_when_check_floor(buf, *out);
}

int recov_when_parse(const char *text, time_t now, time_t *out)
{
    int rc = recov_when_parse_any(text, now, out);
    return rc ? rc : recov_when_check(text, *out, now);
}

int recov_when_parse_day(const char *text, time_t now, int *day)
{
    int is_word;
    time_t t;
    int rc = scan_day(text, now, day, &is_word);
    if (rc == 0)
        return recov_when_check_floor(text, recov_day_start(*day + 1) - 1);
    if (rc != NO_SHAPE)
        return refuse(text);
    rc = recov_when_parse_any(text, now, &t);
    if (rc == 0)
        *day = recov_day_of(t);
    return rc;
}

/* Reads one "<number><unit>" step of a duration; returns minutes or -1. */
static int unit_is(const char *u, size_t len, const char *const *names)
{
    for (; *names; names++)
        if (strlen(*names) == len && strncasecmp(u, *names, len) == 0)
            return 1;
    return 0;
}

static const char *const minute_units[] = {"m", "min", "mins", "minute", "minutes", NULL};
static const char *const hour_units[] = {"h", "hr", "hrs", "hour", "hours", NULL};

/* ".5" or ",75" after a whole number: hundredths (50, 75), or -1 when
 * there is none; *end moves past it. -2 for more than two decimals. */
static long decimals(char **end)
{
    char *d = *end;
    if ((*d != '.' && *d != ',') || !isdigit((unsigned char)d[1]))
        return -1;
    long h = (d[1] - '0') * 10;
    d += 2;
    if (isdigit((unsigned char)*d))
        h += *d++ - '0';
    *end = d;
    return isdigit((unsigned char)*d) ? -2 : h;
}

/* A duration step's unit; the steps of one duration go from larger units to
 * smaller ones ("1h30m", "1d2h"), and a bare number is minutes alone or
 * after hours ("45", "1h30"). */
enum step_unit { STEP_BARE, STEP_MINUTES, STEP_HOURS, STEP_DAYS, STEP_NONE };

static long duration_step(const char **p, enum step_unit *unit)
{
    char *end;
    if (!isdigit((unsigned char)**p))
        return -1;
    long n = strtol(*p, &end, 10);
    if (n > 100000)
        return -1;
    long hundredths = decimals(&end);
    /* "45 min" and "1 h 15 min", as recov writes durations: spaces may come
     * before a unit and, after one, before the next number. */
    const char *u = end + strspn(end, " ");
    if (!isalpha((unsigned char)*u))
        u = end;
    size_t len = 0;
    while (isalpha((unsigned char)u[len]))
        len++;
    *p = u + len;
    if (len && isdigit((unsigned char)(*p)[strspn(*p, " ")]))
        *p += strspn(*p, " ");
    int hours = unit_is(u, len, hour_units);
    *unit = len == 0 ? STEP_BARE : hours ? STEP_HOURS : STEP_MINUTES;
    /* "1.5h": a part of an hour, to the nearest minute; only of hours. */
    if (hundredths != -1)
        return hundredths >= 0 && hours ? n * 60 + (hundredths * 60 + 50) / 100 : -1;
    if (len == 0 || unit_is(u, len, minute_units))
        return n;
    if (hours)
        return n * 60;
    *unit = STEP_DAYS;
    if (len == 1 && (*u == 'd' || *u == 'D'))
        return n * 1440;
    return -1;
}

/* Whether a step in unit may follow one in last ("45m7" and "30m1h" may not). */
static int step_follows(enum step_unit unit, enum step_unit last)
{
    return unit == STEP_BARE ? last == STEP_NONE || last == STEP_HOURS : unit < last;
}

int recov_duration_parse_span(const char *text, int min_minutes, int max_minutes, int *minutes)
{
    const char *p = text;
    long total = 0;
    int steps = 0;
    enum step_unit last = STEP_NONE, unit;
    while (*p) {
        long step = duration_step(&p, &unit);
        if (step < 0 || !step_follows(unit, last)) {
            recov_error_set("duration '%s': not a duration; e.g. %s", text,
                            min_minutes > 0 ? "45, 45m, 90min, 1h, 1h30m, 1.5h" : "10m, 2h, 1d");
            return RECOV_EINPUT;
        }
        if (total + step > 10L * max_minutes + 10)
            goto bad;
        total += step;
        steps++;
        /* After a bare number nothing may follow. */
        last = unit == STEP_BARE ? STEP_BARE : unit;
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

static int is_unit_word(const char *w)
{
    size_t len = strlen(w);
    return unit_is(w, len, minute_units) || unit_is(w, len, hour_units);
}

size_t recov_duration_words(const char *const *words, size_t n, char *buf, size_t size)
{
    size_t used = 0, k = 0;
    if (size)
        buf[0] = '\0';
    for (; k < n; k++) {
        const char *w = words[k], *prev = k ? words[k - 1] : NULL;
        /* A number opens the duration or follows hours; a unit word
         * follows a number ("45 min", "1 h 30", "1h 30 min"). */
        const char *unit = prev ? prev + strlen(prev) : NULL;
        while (unit && unit > prev && isalpha((unsigned char)unit[-1]))
            unit--;
        int after_unit = prev && *unit, after_hours = after_unit && unit_is(unit, strlen(unit),
                                                                          hour_units);
        if (!(prev && !after_unit ? is_unit_word(w) : isdigit((unsigned char)*w)) ||
            (after_unit && !after_hours))
            break;
        used += (size_t)snprintf(buf + used, used < size ? size - used : 0, "%s%s",
                                 k ? " " : "", w);
    }
    return k;
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

/* "today 18:15", "yesterday 07:00", "tomorrow 09:00", "Mon 18:15" (within a
 * week either way), or "2026-11-02". English whatever the locale: the text
 * is also JSON output. */
void recov_when_phrase(time_t t, time_t now, char *buf, size_t n)
{
    static const char *const day_abbrev[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    struct tm tm;
    char clock[16];
    int days = recov_day_of(now) - recov_day_of(t);
    localtime_r(&t, &tm);
    strftime(clock, sizeof clock, "%H:%M", &tm);
    if (days == 0)
        snprintf(buf, n, "today %s", clock);
    else if (days == 1)
        snprintf(buf, n, "yesterday %s", clock);
    else if (days == -1)
        snprintf(buf, n, "tomorrow %s", clock);
    else if (days > -7 && days < 7)
        snprintf(buf, n, "%s %s", day_abbrev[tm.tm_wday], clock);
    else
        recov_day_format(recov_day_of(t), buf, n);
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
