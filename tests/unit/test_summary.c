/* test_summary: the summary computed from hand-made histories. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/advice.h"
#include "recov/error.h"
#include "recov/load.h"
#include "recov/summary.h"
#include "recov/summary_json.h"
#include "recov/vocab.h"
#include "recov/when.h"
#include "ut_near.h"

/* 2026-11-20 19:00:00 UTC; only a reference for parsing absolute times. */
static const time_t NOW = 1795201200;
static struct recov_entries list;

static int day(const char *date)
{
    int d = 0;
    assert_int_equal(recov_day_parse(date, &d), RECOV_OK);
    return d;
}

/* "YYYY-MM-DD HH:MM" in local time (TZ). */
static time_t at(const char *local)
{
    time_t t = 0;
    assert_int_equal(recov_when_parse_any(local, NOW, &t), RECOV_OK);
    return t;
}

/* "2026-11-DD HH:MM", for loops over the days of November; the next call
 * overwrites it. */
static const char *nov(int dd, const char *hhmm)
{
    static char when[32];
    snprintf(when, sizeof when, "2026-11-%02d %s", dd, hhmm);
    return when;
}

static void push(struct recov_entry *e, const char *when)
{
    e->at = at(when);
    e->id = (int64_t)list.n + 1;
    assert_int_equal(recov_entries_push(&list, e), RECOV_OK);
}

static void workout(const char *when, const char *type, int minutes, int rpe)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WORKOUT);
    strcpy(e.type, type);
    e.minutes = minutes;
    e.rpe = rpe;
    push(&e, when);
}

static void sore(const char *when, int region, int score, unsigned flags)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_SORENESS);
    e.region = region;
    e.score = score;
    e.flags = flags;
    push(&e, when);
}

static void did(const char *when, const char *action, int minutes, uint32_t regions)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_RECOVERY);
    e.action = recov_action_index(action);
    assert_true(e.action >= 0);
    e.minutes = minutes;
    e.regions = regions;
    push(&e, when);
}

static int by_time(const void *a, const void *b)
{
    const struct recov_entry *x = a, *y = b;
    return (x->at > y->at) - (x->at < y->at);
}

/* Summarizes FROM..TO as seen on `today`, with the default thresholds. */
static void summarize(const char *from, const char *to, const char *today,
                      struct recov_summary *s)
{
    struct recov_summary_input in = {{day(from), day(to)}, day(today), 7, 3,
                                     RECOV_SUMMARY_NO_HISTORY, &list, NULL};
    if (list.n)
        qsort(list.v, list.n, sizeof *list.v, by_time);
    for (size_t i = 0; i < list.n; i++)
        if (list.v[i].kind == RECOV_KIND_WORKOUT && recov_day_of(list.v[i].at) < in.history_first_day)
            in.history_first_day = recov_day_of(list.v[i].at);
    assert_int_equal(recov_summary_compute(&in, s), RECOV_OK);
}

/* The string value of obj's key (NULL when it is not a string). */
static const char *json_str(const json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

static int teardown(void **state)
{
    (void)state;
    recov_entries_free(&list);
    memset(&list, 0, sizeof list);
    /* A failed DST test must not leave Berlin time to the next test. */
    setenv("TZ", "UTC", 1);
    tzset();
    return 0;
}

/* Daily loads [0,20,10,10,10,10,10] (SCIENCE.md): monotony 1.8708, strain
 * 130.96; the rest day is a day of the range with load 0. */
static void test_worked_example(void **state)
{
    (void)state;
    for (int d = 17; d <= 22; d++)
        workout(nov(d, "07:00"), "run", d == 17 ? 20 : 10, 1);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    assert_int_equal(s.ndays, 7);
    assert_int_equal(s.daily[0].day, day("2026-11-16"));
    assert_near(s.daily[0].load, 0, 0);
    assert_near(s.daily[1].load, 20, 0);
    assert_int_equal(s.sessions, 6);
    assert_near(s.load, 70, 0);
    assert_near(s.monotony, 1.8708, 1e-4);
    assert_near(s.strain, 130.96, 0.005);
    recov_summary_free(&s);
}

static void test_empty_range(void **state)
{
    (void)state;
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    assert_int_equal(s.ndays, 7);
    assert_int_equal(s.sessions, 0);
    assert_near(s.monotony, 0, 0);
    assert_near(s.strain, 0, 0);
    assert_true(s.state.acwr < 0);
    assert_string_equal(s.acwr_reason, "no workouts logged yet");
    assert_near(s.state.fitness, 0, 0);
    assert_int_equal(s.nregions, 0);
    assert_int_equal(s.nhelps, 0);
    assert_int_equal(s.nwarnings, 0);
    json_t *j = recov_summary_to_json(&s);
    assert_int_equal(json_array_size(json_object_get(j, "daily")), 7);
    assert_true(json_is_null(json_object_get(j, "acwr")));
    assert_string_equal(json_str(j, "acwr_reason"), "no workouts logged yet");
    json_decref(j);
    recov_summary_free(&s);
}

static void test_identical_loads_cap(void **state)
{
    (void)state;
    for (int d = 16; d <= 22; d++)
        workout(nov(d, "18:00"), "cycle", 60, 5);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    assert_near(s.monotony, RECOV_MONOTONY_CAP, 0);
    assert_near(s.strain, 2100 * RECOV_MONOTONY_CAP, 1e-9);
    recov_summary_free(&s);
}

/* History begins on Wednesday: Monday and Tuesday are zeros, the EWMAs start
 * on Wednesday and the ratio waits for 28 days. */
static void test_range_starts_before_history(void **state)
{
    (void)state;
    for (int d = 18; d <= 22; d++)
        if (d != 20)
            workout(nov(d, "10:00"), "run", 10, 5);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    const double loads[] = {50, 50, 0, 50, 50}, week[] = {0, 0, 50, 50, 0, 50, 50};
    assert_near(s.daily[0].load, 0, 0);
    assert_near(s.daily[2].load, 50, 0);
    assert_int_equal(s.state.history_days, 5);
    assert_true(s.state.acwr < 0);
    assert_string_equal(s.acwr_reason, "needs 28 days of history, 5 so far");
    assert_near(s.state.fitness, recov_load_ewma(loads, 5, 42, 0, NULL), 1e-9);
    assert_near(s.state.fatigue, recov_load_ewma(loads, 5, 7, 0, NULL), 1e-9);
    assert_near(s.state.acute, recov_load_ewma(loads, 5, 7, 50, NULL), 1e-9);
    assert_near(s.monotony, recov_load_monotony(week, 7), 1e-12);
    assert_int_equal(s.previous.sessions, 4);
    assert_near(s.previous.load, 200, 0);
    recov_summary_free(&s);
}

/* The current week seen on Thursday: load figures describe the 7 days to
 * Thursday, not a Sunday that has not come. */
static void test_as_of_is_today_inside_the_range(void **state)
{
    (void)state;
    workout("2026-11-13 10:00", "run", 20, 5);
    workout("2026-11-17 10:00", "run", 20, 5);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-19", &s);
    const double week[] = {100, 0, 0, 0, 100, 0, 0};
    assert_int_equal(s.as_of, day("2026-11-19"));
    assert_int_equal(s.ndays, 7);
    assert_near(s.monotony, recov_load_monotony(week, 7), 1e-12);
    /* Monday to Thursday against Monday to Thursday: the log began on the
     * Friday after them, so there is nothing to compare with. */
    assert_int_equal(s.compared.first_day, day("2026-11-09"));
    assert_int_equal(s.compared.last_day, day("2026-11-12"));
    assert_false(s.previous_known);
    recov_summary_free(&s);
}

/* In Berlin, summer time ends at 03:00 on Sunday 2026-10-25: the week of
 * 22-28 October is 169 hours long and still 7 calendar days, and entries
 * near midnight land on their local day. */
static void test_dst_change_inside_the_range(void **state)
{
    (void)state;
    setenv("TZ", "Europe/Berlin", 1);
    tzset();
    assert_int_equal(recov_day_start(day("2026-10-29")) - recov_day_start(day("2026-10-22")),
                     7 * 86400 + 3600);
    workout("2026-10-24 23:30", "swim", 10, 2);
    workout("2026-10-25 00:30", "swim", 10, 3);
    workout("2026-10-25 23:30", "run", 30, 5);
    workout("2026-10-26 00:30", "run", 20, 4);
    sore("2026-10-25 23:50", RECOV_REGION_QUADS, 4, 0);
    sore("2026-10-26 00:10", RECOV_REGION_QUADS, 2, 0);
    struct recov_summary s;
    summarize("2026-10-22", "2026-10-28", "2026-10-28", &s);
    assert_int_equal(s.ndays, 7);
    for (size_t i = 0; i < s.ndays; i++)
        assert_int_equal(s.daily[i].day, day("2026-10-22") + (int)i);
    assert_near(s.daily[2].load, 20, 0);  /* 24th */
    assert_near(s.daily[3].load, 180, 0); /* 25th */
    assert_near(s.daily[4].load, 80, 0);  /* 26th */
    assert_int_equal(s.daily[3].sessions, 2);
    assert_int_equal(recov_summary_score(&s, RECOV_REGION_QUADS, 3), 4);
    assert_int_equal(recov_summary_score(&s, RECOV_REGION_QUADS, 4), 2);
    assert_int_equal(recov_summary_score(&s, RECOV_REGION_QUADS, 5), -1);
    recov_summary_free(&s);
}

static void test_regions(void **state)
{
    (void)state;
    sore("2026-11-09 09:00", RECOV_REGION_QUADS, 4, 0);
    workout("2026-11-16 18:00", "run", 60, 7);
    workout("2026-11-20 18:00", "strength", 45, 6);
    sore("2026-11-17 09:00", RECOV_REGION_QUADS, 3, 0);
    sore("2026-11-18 09:00", RECOV_REGION_QUADS, 6, 0);
    sore("2026-11-18 21:00", RECOV_REGION_QUADS, 5, 0);
    sore("2026-11-19 09:00", RECOV_REGION_QUADS, 4, 0);
    sore("2026-11-20 09:00", RECOV_REGION_QUADS, 2, 0);
    sore("2026-11-18 09:00", RECOV_REGION_CALVES, 1, 0);
    sore("2026-11-19 09:00", RECOV_REGION_CALVES, 3, 0);
    sore("2026-11-21 09:00", RECOV_REGION_CALVES, 4, 0);
    sore("2026-11-21 09:00", RECOV_REGION_SHOULDERS, 0, 0);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    assert_int_equal(s.nregions, 3);
    const struct recov_summary_region *q = &s.regions[0], *c = &s.regions[1];
    assert_int_equal(q->region, RECOV_REGION_QUADS);
    assert_int_equal(q->peak, 6);
    assert_near(q->mean, 4.0, 1e-12);
    assert_int_equal(q->days, 4);
    assert_int_equal(q->trend, RECOV_TREND_FALLING);
    assert_true(q->has_previous);
    assert_int_equal(q->peak_delta, 2);
    assert_int_equal(q->nafter, 1);
    assert_string_equal(q->after[0].type, "run");
    assert_int_equal(c->region, RECOV_REGION_CALVES);
    assert_int_equal(c->trend, RECOV_TREND_RISING);
    assert_int_equal(c->days, 3);
    assert_false(c->has_previous);
    /* Only Monday's run explains the calves: Friday's strength session does
     * not work them and came after the episode began. */
    assert_int_equal(c->nafter, 1);
    assert_string_equal(c->after[0].type, "run");
    assert_int_equal(s.regions[2].region, RECOV_REGION_SHOULDERS);
    assert_int_equal(s.regions[2].days, 0);
    assert_int_equal(s.regions[2].trend, RECOV_TREND_FLAT);
    recov_summary_free(&s);
}

/* Quads [6,4,4,3,3,2,2,1] over eight days, stretched on days 1, 3 and 5:
 * -2, -1, -1 after stretching (mean -1.33) against 0, 0, 0, -1 without
 * (mean -0.25). Massage once is too little to compare. */
static void test_what_seems_to_help(void **state)
{
    (void)state;
    const int scores[] = {6, 4, 4, 3, 3, 2, 2, 1};
    for (int i = 0; i < 8; i++)
        sore(nov(i + 1, "08:00"), RECOV_REGION_QUADS, scores[i], 0);
    did("2026-11-01 20:00", "stretch", 10, RECOV_REGION_BIT(RECOV_REGION_QUADS));
    did("2026-11-03 20:00", "stretch", 10, 0); /* no regions: the whole body */
    did("2026-11-05 20:00", "stretch", 10, RECOV_REGION_BIT(RECOV_REGION_QUADS));
    did("2026-11-07 20:00", "stretch", 10, RECOV_REGION_BIT(RECOV_REGION_CALVES));
    did("2026-11-02 20:00", "massage", 30, RECOV_REGION_BIT(RECOV_REGION_QUADS));
    struct recov_summary s;
    summarize("2026-11-01", "2026-11-14", "2026-11-14", &s);
    assert_int_equal(s.nhelps, 2);
    const struct recov_summary_help *h = &s.helps[0];
    assert_true(h->enough);
    assert_int_equal(h->region, RECOV_REGION_QUADS);
    assert_int_equal(h->action, recov_action_index("stretch"));
    assert_int_equal(h->with_days, 3);
    assert_int_equal(h->without_days, 4);
    assert_near(h->with_change, -4.0 / 3, 1e-12);
    assert_near(h->without_change, -0.25, 1e-12);
    assert_false(s.helps[1].enough);
    assert_int_equal(s.helps[1].action, recov_action_index("massage"));
    /* "since" is the first day logged, not 90 days before the range. */
    assert_int_equal(s.helps_first, day("2026-11-01"));
    assert_int_equal(s.nrecovery, 2);
    assert_int_equal(s.recovery[0].action, recov_action_index("stretch"));
    assert_int_equal(s.recovery[0].count, 4);
    assert_int_equal(s.recovery[0].minutes, 40);
    /* Only comparisons with enough days are published. */
    json_t *j = recov_summary_to_json(&s);
    json_t *helps = json_object_get(j, "helps");
    assert_int_equal(json_array_size(helps), 1);
    assert_string_equal(json_str(json_array_get(helps, 0), "action"), "stretch");
    json_decref(j);
    recov_summary_free(&s);
}

/* As `recov suggest` counts it: quads sore every day since the 10th are
 * more than 7 days past onset on the 18th; hamstrings logged every two or
 * three days too; calves restart after a logged 0, and at 2 every day from
 * the 15th to the 20th are not settling; a red flag before the range is not
 * this range's warning. */
static void test_warnings(void **state)
{
    (void)state;
    for (int d = 10; d <= 19; d++)
        sore(nov(d, "08:00"), RECOV_REGION_QUADS, 3, 0);
    sore("2026-11-12 08:00", RECOV_REGION_CALVES, 3, 0);
    sore("2026-11-13 08:00", RECOV_REGION_CALVES, 3, 0);
    sore("2026-11-14 08:00", RECOV_REGION_CALVES, 0, 0);
    for (int d = 15; d <= 20; d++)
        sore(nov(d, "09:00"), RECOV_REGION_CALVES, 2, 0);
    sore("2026-11-10 08:00", RECOV_REGION_HAMSTRINGS, 2, 0);
    sore("2026-11-13 08:00", RECOV_REGION_HAMSTRINGS, 2, 0);
    sore("2026-11-16 08:00", RECOV_REGION_HAMSTRINGS, 2, 0);
    sore("2026-11-18 08:00", RECOV_REGION_HAMSTRINGS, 2, 0);
    sore("2026-11-12 10:00", RECOV_REGION_KNEES, 5, RECOV_FLAG_SWELLING);
    sore("2026-11-18 10:00", RECOV_REGION_LOWER_BACK, 6, RECOV_FLAG_NUMBNESS | RECOV_FLAG_RADIATING);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    assert_int_equal(s.nwarnings, 4);
    assert_int_equal(s.warnings[0].kind, RECOV_WARNING_RED_FLAG);
    assert_int_equal(s.warnings[0].region, RECOV_REGION_LOWER_BACK);
    assert_int_equal(s.warnings[0].flags, RECOV_FLAG_NUMBNESS | RECOV_FLAG_RADIATING);
    assert_int_equal(s.warnings[1].kind, RECOV_WARNING_PERSISTENT);
    assert_int_equal(s.warnings[1].region, RECOV_REGION_QUADS);
    assert_int_equal(s.warnings[1].day, day("2026-11-18"));
    assert_int_equal(s.warnings[1].episode_days, 9);
    assert_int_equal(s.warnings[1].onset_day, day("2026-11-10"));
    assert_int_equal(s.warnings[2].region, RECOV_REGION_HAMSTRINGS);
    assert_int_equal(s.warnings[2].day, day("2026-11-18"));
    char text[512];
    recov_summary_warning_text(&s.warnings[0], text, sizeof text);
    /* Radiating numbness in the lower back: suggest's nerve rule, in its
     * words, and what the numbness keeps off it, as suggest says it. */
    assert_string_equal(recov_summary_warning_rule(&s.warnings[0])->id, "nerve");
    assert_string_equal(text, "lower-back with numbness, radiating: see a GP or physio; no "
                              "massage or foam rolling on it; no heat or ice on numb skin");
    recov_summary_warning_text(&s.warnings[1], text, sizeof text);
    assert_string_equal(text, "quads sore for 9 days: longer than soreness after exercise "
                              "lasts (5-7 days); see a GP or physiotherapist");
    /* One warning per episode, with the episode's latest log. */
    assert_int_equal(s.warnings[1].latest_day, day("2026-11-19"));
    /* The course rule suggest applies, in its words, dated at the latest log;
     * the quads, past persist_days, get no second warning for it. */
    assert_int_equal(s.warnings[3].kind, RECOV_WARNING_NOT_SETTLING);
    assert_int_equal(s.warnings[3].region, RECOV_REGION_CALVES);
    assert_int_equal(s.warnings[3].day, day("2026-11-20"));
    assert_string_equal(recov_summary_warning_rule(&s.warnings[3])->id, "not-improving");
    recov_summary_warning_text(&s.warnings[3], text, sizeof text);
    assert_string_equal(text, "calves not settling: 2/10 on 2026-11-15, still 2/10 on "
                              "2026-11-20; see a GP or physiotherapist");
    recov_summary_free(&s);
}

static void test_previous_period_deltas(void **state)
{
    (void)state;
    workout("2026-11-10 18:00", "run", 30, 6);
    workout("2026-11-12 18:00", "run", 30, 6);
    workout("2026-11-18 18:00", "run", 50, 6);
    struct recov_summary s;
    summarize("2026-11-16", "2026-11-22", "2026-11-22", &s);
    assert_int_equal(s.previous.sessions, -1);
    assert_int_equal(s.previous.minutes, -10);
    assert_near(s.previous.load, -60, 0);
    recov_summary_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_worked_example, teardown),
        cmocka_unit_test_teardown(test_empty_range, teardown),
        cmocka_unit_test_teardown(test_identical_loads_cap, teardown),
        cmocka_unit_test_teardown(test_range_starts_before_history, teardown),
        cmocka_unit_test_teardown(test_as_of_is_today_inside_the_range, teardown),
        cmocka_unit_test_teardown(test_dst_change_inside_the_range, teardown),
        cmocka_unit_test_teardown(test_regions, teardown),
        cmocka_unit_test_teardown(test_what_seems_to_help, teardown),
        cmocka_unit_test_teardown(test_warnings, teardown),
        cmocka_unit_test_teardown(test_previous_period_deltas, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
