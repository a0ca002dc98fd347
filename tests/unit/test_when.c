/* test_when: the WHEN and DURATION parsers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "recov/error.h"
#include "recov/when.h"

/* 2026-11-20 19:00:00 UTC, a Friday; the tests run with TZ=UTC. */
static const time_t NOW = 1795201200;

static time_t when(const char *text)
{
    time_t t = 0;
    assert_int_equal(recov_when_parse(text, NOW, &t), RECOV_OK);
    return t;
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

static void test_durations(void **state)
{
    (void)state;
    int m;
    const struct { const char *text; int minutes; } good[] = {
        {"45", 45}, {"45m", 45}, {"90min", 90}, {"1h", 60}, {"1h30m", 90}, {"1h30", 90},
        {"24h", 1440},
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        assert_int_equal(recov_duration_parse(good[i].text, &m), RECOV_OK);
        assert_int_equal(m, good[i].minutes);
    }
    const char *bad[] = {"0", "-5", "24h1m", "abc", "", "1.5h", "45x", "25h"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(recov_duration_parse(bad[i], &m), RECOV_EINPUT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_words),
        cmocka_unit_test(test_absolute_forms),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_durations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
