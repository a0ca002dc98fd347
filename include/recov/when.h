/* when: parsing and formatting of points in time, days and durations. */
#ifndef RECOV_WHEN_H
#define RECOV_WHEN_H

#include <stddef.h>
#include <time.h>

#define RECOV_MAX_MINUTES (24 * 60)

/* The earliest time recov accepts (2000-01-01T00:00:00Z): anything older
 * is a typing mistake, and the database refuses it. */
#define RECOV_WHEN_FLOOR ((time_t)946684800)

/* Parses WHEN relative to now, in local time unless an offset is given:
 * every form in recov_when_forms (now, today, yesterday, tomorrow, weekdays,
 * "last monday", 18:30, 6pm, noon, midnight, "monday 6:30pm", "2h ago",
 * YYYY-MM-DD, "YYYY-MM-DD HH:MM", 20.11.2026, 11/20/2026, ISO 8601 with Z or
 * an offset). A local time that the clocks skip is refused, never moved.
 * A time after now or before RECOV_WHEN_FLOOR is refused. Returns 0 or
 * RECOV_EINPUT with a message naming the nearest accepted form. */
int recov_when_parse(const char *text, time_t now, time_t *out);
/* Like recov_when_parse but accepts times in the future (for the clock). */
int recov_when_parse_any(const char *text, time_t now, time_t *out);
/* The local day a WHEN names: a bare day word (monday, tomorrow) is its
 * whole day, whatever the time now. Returns 0 or RECOV_EINPUT. */
int recov_when_parse_day(const char *text, time_t now, int *day);
/* Refuses t (read from text) when before RECOV_WHEN_FLOOR or after now.
 * Returns 0 or RECOV_EINPUT with a message naming text. */
int recov_when_check(const char *text, time_t t, time_t now);
/* Refuses t (read from text) when before RECOV_WHEN_FLOOR. */
int recov_when_check_floor(const char *text, time_t t);
/* Parses ISO 8601 "YYYY-MM-DDTHH:MM[:SS](Z|+HH:MM|-HH:MM)" strictly. */
int recov_when_parse_iso(const char *text, time_t *out);

/* One accepted form of WHEN, for the help and the manual. */
struct recov_when_form {
    const char *example, *meaning;
};
/* Every accepted form, terminated by a {NULL} row. */
extern const struct recov_when_form recov_when_forms[];

/* Which number comes first in 05/11/2026. */
enum recov_date_order {
    RECOV_DATE_ORDER_LOCALE, /* as LC_TIME's date format says (the default) */
    RECOV_DATE_ORDER_NONE,   /* neither: such a date is refused with a hint */
    RECOV_DATE_ORDER_MDY,
    RECOV_DATE_ORDER_DMY,
};
void recov_when_set_date_order(enum recov_date_order order);
/* The order a strftime date format (nl_langinfo(D_FMT)) implies. */
enum recov_date_order recov_date_order_from_format(const char *d_fmt);

/* Parses a duration: 45, 45m, 90min, 1h, 1h30m (bare numbers are minutes),
 * more than 0 and at most 24 h. Returns 0 or RECOV_EINPUT with a message. */
int recov_duration_parse(const char *text, int *minutes);
/* How many of words, from the first, make one duration written with spaces
 * ("45", "min"; "1", "h", "30", "min"); joined with spaces into buf for
 * recov_duration_parse. 0 when words[0] does not start with a digit. */
size_t recov_duration_words(const char *const *words, size_t n, char *buf, size_t size);
/* Parses a duration that may be 0 and may exceed a day (snooze, delays). */
int recov_duration_parse_span(const char *text, int min_minutes, int max_minutes,
                              int *minutes);

/* "2026-11-20T17:15:00Z"; buf must hold 21 bytes. */
void recov_when_format_utc(time_t t, char *buf, size_t n);
/* Local "2026-11-20 18:15". */
void recov_when_format_local(time_t t, char *buf, size_t n);
/* "today 18:15", "yesterday 07:00", "tomorrow 09:00", "Mon 18:15" (within a
 * week either way) or "2026-11-02": local t as seen at now. */
void recov_when_phrase(time_t t, time_t now, char *buf, size_t n);
/* "45 min", "1 h 30 min". */
void recov_duration_format(int minutes, char *buf, size_t n);

/* Local calendar day number: days since 1970-01-01 in local time. */
int recov_day_of(time_t t);
/* Local midnight starting the given day (DST-safe). */
time_t recov_day_start(int day);
/* Day of week of a day number: 0 = Sunday ... 6 = Saturday. */
int recov_day_weekday(int day);
/* "2026-11-20" for a day number. */
void recov_day_format(int day, char *buf, size_t n);
/* Parses "YYYY-MM-DD" into a day number. Returns 0 or RECOV_EINPUT. */
int recov_day_parse(const char *text, int *day);
/* Day number of a civil date. */
int recov_day_from_civil(int year, int month, int mday);
void recov_day_to_civil(int day, int *year, int *month, int *mday);

/* Minutes since local midnight of t. */
int recov_minute_of_day(time_t t);
/* Parses "HH:MM" into minutes since midnight. Returns 0 or RECOV_EINPUT. */
int recov_clock_parse(const char *text, int *minute_of_day);

#endif
