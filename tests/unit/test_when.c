/* test_when: the WHEN and DURATION parsers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/error.h"
#include "recov/when.h"
#include "ut_tz.h"

/* 2026-11-20 19:00:00 UTC, a Friday; the tests run with TZ=UTC. */
static const time_t NOW = 1795201200;

/* text, which must parse, as seen at now. */
static time_t when_at(const char *text, time_t now)
{
    time_t t = 0;
    assert_int_equal(recov_when_parse(text, now, &t), RECOV_OK);
    return t;
}

static time_t when(const char *text)
{
    return when_at(text, NOW);
}

static void test_relative_words(void **state)
{
    (void)state;
    assert_int_equal(when("now"), NOW);
    assert_int_equal(when("2h ago"), NOW - 7200);
    assert_int_equal(when("3d ago"), NOW - 3 * 86400);
    assert_int_equal(when("yesterday 18:30"), NOW - 86400 - 30 * 60);
    assert_int_equal(when("yesterday"), NOW - 86400);
    assert_int_equal(when("07:15"), NOW - 11 * 3600 - 45 * 60);
    /* Friday: "friday" is the one a week before, "monday" four days ago. */
    assert_int_equal(when("friday"), NOW - 7 * 86400);
    assert_int_equal(when("mon"), NOW - 4 * 86400);
}

static void test_absolute_forms(void **state)
{
    (void)state;
    assert_int_equal(when("2026-11-20"), NOW - 19 * 3600);
    assert_int_equal(when("2026-11-20 18:30"), NOW - 1800);
    assert_int_equal(when("2026-11-20T17:15:00Z"), NOW - 6300);
    assert_int_equal(when("2026-11-20T18:15:00+01:00"), NOW - 6300);
}

static void test_refusals(void **state)
{
    (void)state;
    time_t t;
    const char *bad[] = {"tomorrow", "2026-11-21", "20:00", "2026-02-30", "25:00", "", "abc",
                         "2h", "-2h ago"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(recov_when_parse(bad[i], NOW, &t), RECOV_EINPUT);
}

static void test_iso_offsets(void **state)
{
    (void)state;
    /* 2026-11-20T17:00:00Z written five ways. */
    const char *same[] = {"2026-11-20T12:00:00-05:00", "2026-11-20T22:30+05:30",
                          "2026-11-20T18:00:00+0100", "2026-11-20T19:00+02",
                          "2026-11-20t17:00:00z"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++)
        assert_int_equal(when(same[i]), NOW - 7200);
    time_t t;
    assert_int_equal(recov_when_parse_iso("2026-11-20T17:15:00Z", &t), RECOV_OK);
    assert_int_equal(t, NOW - 6300);
    /* The import format is strict: a space or a missing zone is refused. */
    const char *loose[] = {"2026-11-20 17:15:00Z", "2026-11-20T17:15:00", "2026-11-20",
                           "2026-11-20T17:15:00+25:00", "2026-11-20T17:15:00Zjunk"};
    for (size_t i = 0; i < sizeof loose / sizeof *loose; i++)
        assert_int_equal(recov_when_parse_iso(loose[i], &t), RECOV_EINPUT);
}

static void test_weekdays(void **state)
{
    (void)state;
    /* Friday 19:00: each name is the most recent past such day, same time. */
    const struct { const char *name; int back; } days[] = {
        {"saturday", 6}, {"sunday", 5}, {"monday", 4}, {"tuesday", 3}, {"wednesday", 2},
        {"thursday", 1}, {"friday", 7},
    };
    for (size_t i = 0; i < sizeof days / sizeof *days; i++)
        assert_int_equal(when(days[i].name), NOW - days[i].back * 86400);
    assert_int_equal(when("Thu"), NOW - 86400);
    assert_int_equal(when("sat 08:00"), NOW - 6 * 86400 - 11 * 3600);
    time_t t;
    assert_int_equal(recov_when_parse("thurs", NOW, &t), RECOV_EINPUT);
}

static void test_future_refused(void **state)
{
    (void)state;
    time_t t;
    assert_int_equal(when("19:00"), NOW);
    assert_int_equal(when("0m ago"), NOW);
    const char *future[] = {"19:01", "2026-11-20T19:00:01Z", "2026-11-20 19:01", "2027-01-01"};
    for (size_t i = 0; i < sizeof future / sizeof *future; i++) {
        assert_int_equal(recov_when_parse(future[i], NOW, &t), RECOV_EINPUT);
        assert_non_null(strstr(recov_error_get(), "future"));
        /* The clock itself may be set ahead. */
        assert_int_equal(recov_when_parse_any(future[i], NOW, &t), RECOV_OK);
        assert_true(t > NOW);
    }
    assert_int_equal(recov_when_parse("gibberish", NOW, &t), RECOV_EINPUT);
    assert_non_null(strstr(recov_error_get(), "'gibberish'"));
    assert_non_null(strstr(recov_error_get(), "YYYY-MM-DD"));
}

static void test_dst_spring(void **state)
{
    (void)state;
    use_tz("Europe/Berlin");
    /* Monday 2026-03-30 12:00 CEST; clocks went forward on Sunday 02:00. */
    const time_t now = 1774864800;
    assert_int_equal(when_at("yesterday 18:30", now), 1774801800); /* 16:30Z, CEST */
    assert_int_equal(when_at("saturday 18:30", now), 1774719000); /* 17:30Z, CET */
    assert_int_equal(when_at("yesterday", now), 1774778400);
    assert_int_equal(when_at("2026-03-28 18:30", now), 1774719000);
    /* Days ago are calendar days (Saturday 12:00 CET, 47 h back); hours are hours. */
    assert_int_equal(when_at("2d ago", now), now - 47 * 3600);
    assert_int_equal(when_at("48h ago", now), now - 48 * 3600);
    /* The Sunday of the change has 23 hours. */
    int day = recov_day_of(now) - 1;
    assert_int_equal(recov_day_start(day), 1774738800);
    assert_int_equal(recov_day_start(day + 1) - recov_day_start(day), 23 * 3600);
    assert_int_equal(recov_day_of(1774821600), day + 1); /* 00:00 CEST Monday */
    assert_int_equal(recov_day_of(1774821599), day);
    char buf[32];
    recov_when_format_local(1774801800, buf, sizeof buf);
    assert_string_equal(buf, "2026-03-29 18:30");
}

static void test_dst_autumn(void **state)
{
    (void)state;
    use_tz("Europe/Berlin");
    /* Monday 2026-10-26 12:00 CET; clocks went back on Sunday 03:00. */
    const time_t now = 1793012400;
    assert_int_equal(when_at("yesterday 12:00", now), now - 86400);
    assert_int_equal(when_at("sat 12:00", now), 1792836000); /* 10:00Z, CEST */
    /* A bare date is its local midnight. */
    assert_int_equal(when_at("2026-10-24", now), 1792792800);
    int day = recov_day_of(now) - 1;
    assert_int_equal(recov_day_start(day), 1792879200);
    assert_int_equal(recov_day_start(day + 1) - recov_day_start(day), 25 * 3600);
}

static void test_days_and_clock(void **state)
{
    (void)state;
    int day, y, m, d, minute;
    assert_int_equal(recov_day_parse("2026-11-20", &day), RECOV_OK);
    assert_int_equal(day, recov_day_of(NOW));
    assert_int_equal(recov_day_weekday(day), 5);
    recov_day_to_civil(day, &y, &m, &d);
    assert_int_equal(y * 10000 + m * 100 + d, 20261120);
    assert_int_equal(recov_day_from_civil(2024, 2, 29) + 1, recov_day_from_civil(2024, 3, 1));
    assert_int_equal(recov_day_parse("2026-13-01", &day), RECOV_EINPUT);
    assert_int_equal(recov_day_parse("2025-02-29", &day), RECOV_EINPUT);
    assert_int_equal(recov_clock_parse("9:05", &minute), RECOV_OK);
    assert_int_equal(minute, 545);
    assert_int_equal(recov_clock_parse("24:00", &minute), RECOV_EINPUT);
    assert_int_equal(recov_clock_parse("12:60", &minute), RECOV_EINPUT);
    char buf[32];
    recov_when_format_utc(NOW, buf, sizeof buf);
    assert_string_equal(buf, "2026-11-20T19:00:00Z");
    recov_day_format(day, buf, sizeof buf);
    assert_string_equal(buf, "2026-11-20");
}

static void test_durations(void **state)
{
    (void)state;
    int m;
    const struct { const char *text; int minutes; } good[] = {
        {"45", 45}, {"45m", 45}, {"90min", 90}, {"1h", 60}, {"1h30m", 90}, {"1h30", 90},
        {"24h", 1440}, {"1440", 1440}, {"2h", 120}, {"45M", 45}, {"1H30M", 90},
        {"90mins", 90}, {"2hours", 120}, {"1hr15min", 75}, {"24h0m", 1440},
        {"1.5h", 90}, {"0,75h", 45}, {"1.25hours", 75}, {"1.1h", 66}, {"2.05h", 123},
        /* With spaces, as recov writes durations. */
        {"45 min", 45}, {"1 h 30 min", 90}, {"1h 30m", 90}, {"1 h 30", 90}, {"2 hours", 120},
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        assert_int_equal(recov_duration_parse(good[i].text, &m), RECOV_OK);
        assert_int_equal(m, good[i].minutes);
    }
    /* Out of range: the range is the message. */
    const char *big[] = {"0", "24h1m", "", "25h", "1441", "0m"};
    for (size_t i = 0; i < sizeof big / sizeof *big; i++) {
        assert_int_equal(recov_duration_parse(big[i], &m), RECOV_EINPUT);
        assert_non_null(strstr(recov_error_get(), "at most 24 h"));
    }
    /* Not a duration at all: said so, with examples, not "at most 24 h". */
    const char *bad[] = {"-5", "abc", "1.5", "1.5m", "1.255h", "1.h", "45x",
                         "99999999999999999999", "m",
                         /* Units out of order, or a number after minutes. */
                         "45m7", "30m1h", "45 30", "1h30m15", "45 min 7", " 45", "45 "};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(recov_duration_parse(bad[i], &m), RECOV_EINPUT);
        assert_non_null(strstr(recov_error_get(), "not a duration; e.g. 45, 45m"));
    }
}

/* A duration typed as separate words on the command line. */
static void test_duration_words(void **state)
{
    (void)state;
    char buf[64];
    const struct { const char *words[5]; size_t n, taken; const char *text; } cases[] = {
        {{"45", "min", "calves"}, 3, 2, "45 min"},
        {{"1", "h", "30", "min", "calves"}, 5, 4, "1 h 30 min"},
        {{"1h", "30", "left"}, 3, 2, "1h 30"},
        {{"45m", "7"}, 2, 1, "45m"},       /* a number after minutes is not part of it */
        {{"45", "min", "7"}, 3, 2, "45 min"},
        {{"45", "30"}, 2, 1, "45"},
        {{"calves", "10m"}, 2, 0, ""},
        {{"20", "minx"}, 2, 1, "20"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_int_equal(recov_duration_words(cases[i].words, cases[i].n, buf, sizeof buf),
                         cases[i].taken);
        assert_string_equal(buf, cases[i].text);
    }
}

static void test_duration_spans_and_format(void **state)
{
    (void)state;
    int m;
    assert_int_equal(recov_duration_parse_span("0", 0, 240, &m), RECOV_OK);
    assert_int_equal(m, 0);
    assert_int_equal(recov_duration_parse_span("1d", 0, 7 * 1440, &m), RECOV_OK);
    assert_int_equal(m, 1440);
    assert_int_equal(recov_duration_parse_span("5h", 0, 240, &m), RECOV_EINPUT);
    char buf[32];
    const struct { int minutes; const char *text; } fmt[] = {
        {45, "45 min"}, {60, "1 h"}, {90, "1 h 30 min"}, {1440, "24 h"},
    };
    for (size_t i = 0; i < sizeof fmt / sizeof *fmt; i++) {
        recov_duration_format(fmt[i].minutes, buf, sizeof buf);
        assert_string_equal(buf, fmt[i].text);
        /* What recov writes, it reads back. */
        assert_int_equal(recov_duration_parse(buf, &m), RECOV_OK);
        assert_int_equal(m, fmt[i].minutes);
    }
}

/* text, which must be refused with a message containing hint. */
static void refused_with(const char *text, time_t now, const char *hint)
{
    time_t t;
    assert_int_equal(recov_when_parse(text, now, &t), RECOV_EINPUT);
    if (!strstr(recov_error_get(), hint))
        fail_msg("'%s': error '%s' lacks '%s'", text, recov_error_get(), hint);
}

static void test_clock_words(void **state)
{
    (void)state;
    const time_t midnight = NOW - 19 * 3600;
    const struct { const char *text; time_t at; } good[] = {
        {"6pm", midnight + 18 * 3600},         {"6:30pm", midnight + 18 * 3600 + 1800},
        {"6 pm", midnight + 18 * 3600},        {"6:30 PM", midnight + 18 * 3600 + 1800},
        {"7am", midnight + 7 * 3600},          {"12am", midnight},
        {"12pm", midnight + 12 * 3600},        {"noon", midnight + 12 * 3600},
        {"midnight", midnight},                {"Noon", midnight + 12 * 3600},
        {"18:30:15", midnight + 18 * 3600 + 1815},
        {"yesterday 6pm", midnight - 6 * 3600}, {"yesterday noon", midnight - 12 * 3600},
        {"2026-11-20 6pm", midnight + 18 * 3600},
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        if (when(good[i].text) != good[i].at)
            fail_msg("'%s' gave %lld", good[i].text, (long long)when(good[i].text));
}

static void test_weekday_phrases(void **state)
{
    (void)state;
    const time_t monday = NOW - 4 * 86400 - 19 * 3600; /* 2026-11-16 00:00 */
    /* A bare weekday keeps the time of day, as a bare "yesterday" does. */
    assert_int_equal(when("last monday"), NOW - 4 * 86400);
    assert_int_equal(when("last mon"), when("monday"));
    assert_int_equal(when("monday 18:00"), monday + 18 * 3600);
    assert_int_equal(when("last monday 6:30pm"), monday + 18 * 3600 + 1800);
    assert_int_equal(when("Mon 7am"), monday + 7 * 3600);
    assert_int_equal(when("3 days ago"), NOW - 3 * 86400);
    assert_int_equal(when("2 weeks ago"), NOW - 14 * 86400);
}

static void test_tomorrow(void **state)
{
    (void)state;
    time_t t;
    /* Understood, and refused as the future; the clock may be set to it. */
    refused_with("tomorrow", NOW, "future");
    refused_with("tomorrow 08:00", NOW, "future");
    assert_int_equal(recov_when_parse_any("tomorrow", NOW, &t), RECOV_OK);
    assert_int_equal(t, NOW + 86400);
    assert_int_equal(recov_when_parse_any("tomorrow 8am", NOW, &t), RECOV_OK);
    assert_int_equal(t, NOW + 13 * 3600);
}

static void test_local_dates(void **state)
{
    (void)state;
    const time_t midnight = NOW - 19 * 3600;
    assert_int_equal(when("20.11.2026"), midnight);
    assert_int_equal(when("20.11.2026 18:30"), NOW - 1800);
    assert_int_equal(when("5.11.2026"), midnight - 15 * 86400);
    /* Only one reading of these is a date: no locale needed. */
    assert_int_equal(when("11/20/2026"), midnight);
    assert_int_equal(when("20/11/2026"), midnight);
    assert_int_equal(when("11/11/2026"), midnight - 9 * 86400);
    /* 05/11/2026: the C locale has no habit, so it is refused with both. */
    recov_when_set_date_order(RECOV_DATE_ORDER_NONE);
    refused_with("05/11/2026", NOW, "write 2026-05-11 or 2026-11-05");
    recov_when_set_date_order(RECOV_DATE_ORDER_MDY);
    assert_int_equal(when("05/11/2026"), midnight - 193 * 86400); /* 11 May */
    recov_when_set_date_order(RECOV_DATE_ORDER_DMY);
    assert_int_equal(when("05/11/2026"), midnight - 15 * 86400); /* 5 November */
    recov_when_set_date_order(RECOV_DATE_ORDER_LOCALE);
    refused_with("05/11/2026", NOW, "could be");
    assert_int_equal(recov_date_order_from_format("%m/%d/%y"), RECOV_DATE_ORDER_MDY);
    assert_int_equal(recov_date_order_from_format("%d/%m/%Y"), RECOV_DATE_ORDER_DMY);
    assert_int_equal(recov_date_order_from_format("%d.%m.%Y"), RECOV_DATE_ORDER_DMY);
    assert_int_equal(recov_date_order_from_format("%e/%m/%y"), RECOV_DATE_ORDER_DMY);
    assert_int_equal(recov_date_order_from_format("%Y-%m-%d"), RECOV_DATE_ORDER_NONE);
}

static void test_floor(void **state)
{
    (void)state;
    time_t t;
    const char *old[] = {"1970-01-01", "1999-12-31 23:59", "99999d ago", "100000w ago",
                         "99999999999d ago", "1999-12-31T23:59:59Z", "0001-01-01"};
    for (size_t i = 0; i < sizeof old / sizeof *old; i++) {
        refused_with(old[i], NOW, "2000-01-01");
        /* Not even the clock goes there. */
        assert_int_equal(recov_when_parse_any(old[i], NOW, &t), RECOV_EINPUT);
    }
    assert_int_equal(when("2000-01-01"), RECOV_WHEN_FLOOR);
    assert_int_equal(when("2000-01-01T00:00:00Z"), RECOV_WHEN_FLOOR);
    assert_int_equal(recov_when_check("x", RECOV_WHEN_FLOOR - 1, NOW), RECOV_EINPUT);
    assert_int_equal(recov_when_check("x", NOW + 1, NOW), RECOV_EINPUT);
    assert_int_equal(recov_when_check("x", NOW, NOW), RECOV_OK);
}

/* Every refused form names the nearest accepted one. */
static void test_refusal_hints(void **state)
{
    (void)state;
    const struct { const char *text, *hint; } bad[] = {
        {"2h", "'2h ago'"},
        {"45 min", "'45 min ago'"},
        {"3 days later", "'3 days ago'"},
        {"yesterdy", "'yesterday'"},
        {"yesterdy 18:00", "'yesterday 18:00'"},
        {"thurs", "'thursday'"},
        {"next monday", "'last monday'"},
        {"in 2h", "'2h ago'"},
        {"25:00", "00:00 to 23:59"},
        {"12:60", "00 to 59"},
        {"13pm", "1 to 12"},
        {"0am", "1 to 12"},
        {"2026-02-30", "1 to 28"},
        {"2026-13-01", "1 to 12"},
        {"31.04.2026", "1 to 30"},
        {"20.11.26", "20.11.2026"},
        {"monday foo", "18:30 or 6pm"},
        {"3 dayz ago", "'3d ago'"},
        {"gibberish", "'recov help when'"},
        {"", "YYYY-MM-DD"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        refused_with(bad[i].text, NOW, bad[i].hint);
}

/* Each example of the help and the manual is accepted as the clock. */
static void test_forms_table(void **state)
{
    (void)state;
    time_t t;
    size_t n = 0;
    for (const struct recov_when_form *f = recov_when_forms; f->example; f++, n++)
        if (recov_when_parse_any(f->example, NOW, &t) != RECOV_OK)
            fail_msg("'%s': %s", f->example, recov_error_get());
    assert_true(n >= 15);
}

static void test_dst_gap_refused(void **state)
{
    (void)state;
    use_tz("Europe/Berlin");
    /* Monday 2026-03-30 12:00 CEST; on Sunday 02:00 became 03:00. */
    const time_t now = 1774864800;
    const char *gap[] = {"2026-03-29 02:30", "yesterday 02:30", "sun 2:00am", "29.03.2026 02:59"};
    for (size_t i = 0; i < sizeof gap / sizeof *gap; i++) {
        refused_with(gap[i], now, "does not exist on 2026-03-29");
        refused_with(gap[i], now, "from 02:00 to 03:00");
        refused_with(gap[i], now, "use 01:59 or 03:00");
    }
    /* Around the gap, and with an offset, all is well. */
    assert_int_equal(when_at("2026-03-29 01:59", now), 1774745940);
    assert_int_equal(when_at("2026-03-29 03:00", now), 1774746000);
    assert_int_equal(when_at("2026-03-29T02:30+01:00", now), 1774747800);
    /* "1d ago" from 02:30 on the next day would land in the gap too. */
    refused_with("1d ago", 1774830600, "does not exist");
    assert_int_equal(when_at("24h ago", 1774830600), 1774830600 - 86400);

    use_tz("America/New_York");
    /* Monday 2026-03-09 12:00 EDT; on Sunday 02:00 became 03:00. */
    const time_t ny = 1773072000;
    refused_with("2026-03-08 02:30", ny, "from 02:00 to 03:00");
    refused_with("yesterday 2:15am", ny, "use 01:59 or 03:00");
    assert_int_equal(when_at("2026-03-08 03:00", ny), 1772953200);
}

static void test_dst_fold_first(void **state)
{
    (void)state;
    /* A time that happens twice in the autumn is the first of the two. */
    use_tz("Europe/Berlin");
    const time_t now = 1793012400; /* Monday 2026-10-26 12:00 CET */
    assert_int_equal(when_at("2026-10-25 02:30", now), 1792888200); /* 00:30Z, CEST */
    assert_int_equal(when_at("2026-10-25 03:00", now), 1792893600); /* 02:00Z, CET */
    use_tz("America/New_York");
    const time_t ny = 1793631600; /* Monday 2026-11-02 10:00 EST */
    assert_int_equal(when_at("2026-11-01 01:30", ny), 1793511000); /* 05:30Z, EDT */
    assert_int_equal(when_at("yesterday 1:30am", ny), 1793511000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_words),
        cmocka_unit_test(test_absolute_forms),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_iso_offsets),
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_future_refused),
        cmocka_unit_test_teardown(test_dst_spring, restore_utc),
        cmocka_unit_test_teardown(test_dst_autumn, restore_utc),
        cmocka_unit_test(test_days_and_clock),
        cmocka_unit_test(test_durations),
        cmocka_unit_test(test_duration_words),
        cmocka_unit_test(test_duration_spans_and_format),
        cmocka_unit_test(test_clock_words),
        cmocka_unit_test(test_weekday_phrases),
        cmocka_unit_test(test_tomorrow),
        cmocka_unit_test(test_local_dates),
        cmocka_unit_test(test_floor),
        cmocka_unit_test(test_refusal_hints),
        cmocka_unit_test(test_forms_table),
        cmocka_unit_test_teardown(test_dst_gap_refused, restore_utc),
        cmocka_unit_test_teardown(test_dst_fold_first, restore_utc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
