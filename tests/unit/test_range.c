/* test_range: the words for spans of days (history, summary). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/error.h"
#include "recov/range.h"
#include "recov/when.h"
#include "ut_tz.h"

/* 2026-11-20 19:00:00 UTC, a Friday; the tests run with TZ=UTC. */
static const time_t NOW = 1795201200;

static int day(const char *date)
{
    int d;
    assert_int_equal(recov_day_parse(date, &d), RECOV_OK);
    return d;
}

/* text must parse to first..last (dates), with weeks starting on Monday. */
static void range_is(const char *text, time_t now, const char *first, const char *last)
{
    struct recov_range r;
    if (recov_range_parse(text, now, 1, &r) != RECOV_OK)
        fail_msg("'%s': %s", text, recov_error_get());
    char a[16], b[16];
    recov_day_format(r.first_day, a, sizeof a);
    recov_day_format(r.last_day, b, sizeof b);
    if (strcmp(a, first) != 0 || strcmp(b, last) != 0)
        fail_msg("'%s' gave %s..%s, wanted %s..%s", text, a, b, first, last);
}

static void refused_with(const char *text, const char *hint)
{
    struct recov_range r;
    assert_int_equal(recov_range_parse(text, NOW, 1, &r), RECOV_EINPUT);
    if (!strstr(recov_error_get(), hint))
        fail_msg("'%s': error '%s' lacks '%s'", text, recov_error_get(), hint);
}

/* Each accepted form as of NOW (Friday 2026-11-20), weeks from Monday. */
static const struct {
    const char *text, *first, *last;
} accepted[] = {
    {":today", "2026-11-20", "2026-11-20"},
    {":yesterday", "2026-11-19", "2026-11-19"},
    {":week", "2026-11-16", "2026-11-22"},
    {":lastweek", "2026-11-09", "2026-11-15"},
    {":month", "2026-11-01", "2026-11-30"},
    {":lastmonth", "2026-10-01", "2026-10-31"},
    {":quarter", "2026-10-01", "2026-12-31"},
    {":lastquarter", "2026-07-01", "2026-09-30"},
    {":year", "2026-01-01", "2026-12-31"},
    {":lastyear", "2025-01-01", "2025-12-31"},
    {":14d", "2026-11-07", "2026-11-20"},
    {":1d", "2026-11-20", "2026-11-20"},
    {":4w", "2026-10-24", "2026-11-20"},
    {":1w", "2026-11-14", "2026-11-20"},
    {"2026-W47", "2026-11-16", "2026-11-22"},
    {"2026-w47", "2026-11-16", "2026-11-22"},
    /* ISO week 1 holds the first Thursday, so it may start in December. */
    {"2026-W01", "2025-12-29", "2026-01-04"},
    {"2026-W53", "2026-12-28", "2027-01-03"},
    {"2021-W01", "2021-01-04", "2021-01-10"},
    {"2026-11-01..2026-11-15", "2026-11-01", "2026-11-15"},
    {"monday..", "2026-11-16", "2026-11-20"},
    {"2026-11-10..", "2026-11-10", "2026-11-20"},
    {"from monday to yesterday", "2026-11-16", "2026-11-19"},
    {"from 2026-11-01 to 2026-11-03", "2026-11-01", "2026-11-03"},
    {"2026-11-01 - 2026-11-15", "2026-11-01", "2026-11-15"},
    {"1.11.2026..20.11.2026", "2026-11-01", "2026-11-20"},
    {"3d ago..today", "2026-11-17", "2026-11-20"},
    {"last monday..tomorrow", "2026-11-16", "2026-11-21"},
    {"2026-11-03", "2026-11-03", "2026-11-03"},
    {"yesterday", "2026-11-19", "2026-11-19"},
    /* A bare weekday is its whole day, whatever the clock says. */
    {"monday", "2026-11-16", "2026-11-16"},
    {"friday", "2026-11-13", "2026-11-13"},
    {"tomorrow", "2026-11-21", "2026-11-21"},
    {"monday 18:00", "2026-11-16", "2026-11-16"},
    /* The named ranges as a person says them. */
    {"last week", "2026-11-09", "2026-11-15"},
    {"lastweek", "2026-11-09", "2026-11-15"},
    {"Last Week", "2026-11-09", "2026-11-15"},
    {"week", "2026-11-16", "2026-11-22"},
    {"this week", "2026-11-16", "2026-11-22"},
    {"this month", "2026-11-01", "2026-11-30"},
    {"last month", "2026-10-01", "2026-10-31"},
    {"last year", "2025-01-01", "2025-12-31"},
    {"last 14 days", "2026-11-07", "2026-11-20"},
    {"past 2 weeks", "2026-11-07", "2026-11-20"},
    {"last 1 day", "2026-11-20", "2026-11-20"},
    /* A calendar month; "last monday" is still a day. */
    {"2026-11", "2026-11-01", "2026-11-30"},
    {"2024-02", "2024-02-01", "2024-02-29"},
    {"last monday", "2026-11-16", "2026-11-16"},
};

static void test_accepted(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof accepted / sizeof *accepted; i++)
        range_is(accepted[i].text, NOW, accepted[i].first, accepted[i].last);
}

static void test_edges(void **state)
{
    (void)state;
    /* January: the quarter and month before are last year's. */
    const time_t jan = NOW - 323 * 86400; /* 2026-01-01 */
    range_is(":lastquarter", jan, "2025-10-01", "2025-12-31");
    range_is(":lastmonth", jan, "2025-12-01", "2025-12-31");
    struct recov_range r;
    assert_int_equal(recov_range_parse(":all", NOW, 1, &r), RECOV_OK);
    assert_int_equal(r.last_day, day("2026-11-20"));
    assert_true(r.first_day <= day("2000-01-01"));
    /* "all" is :all, and starts where an open start does (the summary
     * clips both to the first entry). */
    assert_int_equal(recov_range_parse("all", NOW, 1, &r), RECOV_OK);
    assert_int_equal(r.first_day, RECOV_RANGE_OPEN_START);
    /* Weeks from Sunday when so configured. */
    assert_int_equal(recov_range_parse(":week", NOW, 0, &r), RECOV_OK);
    assert_int_equal(r.first_day, day("2026-11-15"));
    /* An open start is as far back as :all. */
    assert_int_equal(recov_range_parse("..2026-11-15", NOW, 1, &r), RECOV_OK);
    assert_int_equal(r.last_day, day("2026-11-15"));
    assert_true(r.first_day <= day("2000-01-01"));
}

static void test_refusals(void **state)
{
    (void)state;
    refused_with(":wek", "':week'");
    refused_with("2025-W53", "2025-W01 to 2025-W52");
    refused_with("2026-W00", "2026-W01 to 2026-W53");
    refused_with(":lastyaer", "':lastyear'");
    refused_with(":0d", ":14d");
    refused_with(":99999d", "36600");
    refused_with(":0w", ":4w");
    refused_with(":9999999999w", "36600");
    refused_with("2026-11-15..2026-11-01", "starts after it ends");
    refused_with("2026-02-30", "1 to 28");
    refused_with("2026-11-01..tomorow", "'tomorrow'");
    refused_with("from monday to someday", "someday");
    refused_with("gibberish", ":week");
    refused_with("1990-01-01..2026-01-01", "2000-01-01");
    refused_with("2026-13", "2026-W47");
    refused_with("last 0 days", "last 14 days");
    refused_with("last fortnight", "last week");
}

static void test_forms_table(void **state)
{
    (void)state;
    struct recov_range r;
    size_t n = 0;
    for (const struct recov_when_form *f = recov_range_forms; f->example; f++, n++)
        if (recov_range_parse(f->example, NOW, 1, &r) != RECOV_OK)
            fail_msg("'%s': %s", f->example, recov_error_get());
    assert_true(n >= 12);
}

/* How many seconds text spans as of now in the current zone. */
static long long seconds_of(const char *text, time_t now)
{
    struct recov_range r;
    time_t from, to;
    if (recov_range_parse(text, now, 1, &r) != RECOV_OK)
        fail_msg("'%s': %s", text, recov_error_get());
    recov_range_bounds(r, &from, &to);
    return (long long)(to - from);
}

/* A day is 23 or 25 hours when the clocks change; ranges count days. */
static void test_dst_days(void **state)
{
    (void)state;
    struct recov_range r;
    use_tz("Europe/Berlin");
    const time_t berlin = 1774864800; /* Monday 2026-03-30 12:00 CEST */
    assert_int_equal(seconds_of("sunday", berlin), 23 * 3600);
    assert_int_equal(seconds_of("2026-W13", berlin), 7 * 86400 - 3600);
    assert_int_equal(recov_range_parse(":lastweek", berlin, 1, &r), RECOV_OK);
    assert_int_equal(r.last_day, recov_day_of(berlin) - 1);

    use_tz("America/New_York");
    const time_t ny = 1793631600; /* Monday 2026-11-02 10:00 EST */
    assert_int_equal(seconds_of("yesterday", ny), 25 * 3600);
    assert_int_equal(seconds_of("from sunday to today", ny), 49 * 3600);
    /* The gap is refused in a range end with a time too. */
    assert_int_equal(recov_range_parse("2026-03-08 02:30..", ny, 1, &r), RECOV_EINPUT);
    assert_non_null(strstr(recov_error_get(), "does not exist"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accepted),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_forms_table),
        cmocka_unit_test_teardown(test_dst_days, restore_utc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
