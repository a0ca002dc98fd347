/* test_episode: the episode model, that lenient thresholds never add
 * warnings, and that a flag warns alike in suggest and the summary. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/advice.h"
#include "recov/config.h"
#include "recov/entry.h"
#include "recov/episode.h"
#include "recov/summary.h"
#include "recov/vocab.h"
#include "recov/when.h"

/* 2026-11-20 19:00:00 UTC, a Friday; the tests run with TZ=UTC. */
static const time_t NOW = 1795201200;
#define H 3600
#define D 86400

static struct recov_entries list;
static struct recov_config cfg;

static int setup(void **state)
{
    (void)state;
    recov_entries_free(&list);
    recov_config_defaults(&cfg);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    recov_entries_free(&list);
    recov_config_free(&cfg);
    return 0;
}

static void workout(time_t at, const char *type, int minutes, int rpe)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WORKOUT);
    snprintf(e.type, sizeof e.type, "%s", type);
    e.at = at;
    e.minutes = minutes;
    e.rpe = rpe;
    assert_int_equal(recov_entries_push(&list, &e), 0);
}

static void sore(time_t at, int region, int side, int score, unsigned flags)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_SORENESS);
    e.at = at;
    e.region = region;
    e.side = side;
    e.score = score;
    e.flags = flags;
    assert_int_equal(recov_entries_push(&list, &e), 0);
}

static int by_time(const void *a, const void *b)
{
    const struct recov_entry *x = a, *y = b;
    return (x->at > y->at) - (x->at < y->at);
}

static void episodes(struct recov_episodes *eps)
{
    if (list.n > 1)
        qsort(list.v, list.n, sizeof *list.v, by_time);
    assert_int_equal(recov_episodes_compute(&list, &cfg, NOW, eps), 0);
}

/* Days are calendar days from the first log's date to the latest's. */
static void test_days_are_calendar_days(void **state)
{
    (void)state;
    time_t sat = NOW - 13 * D - 1 * H; /* Sat 18:00, then daily to the next Sunday */
    sore(sat, RECOV_REGION_ANKLES, RECOV_SIDE_NONE, 5, RECOV_FLAG_SPRAIN);
    for (int d = 1; d <= 8; d++)
        sore(sat + d * D - 10 * H, RECOV_REGION_ANKLES, RECOV_SIDE_NONE, 5, 0);
    struct recov_episodes eps = {0};
    episodes(&eps);
    assert_int_equal(eps.n, 1);
    assert_int_equal(eps.v[0].days, 8);
    recov_episodes_free(&eps);
}

/* Sides are kept apart; a region without a side is its own. */
static void test_sides_are_apart(void **state)
{
    (void)state;
    sore(NOW - 2 * H, RECOV_REGION_CALVES, RECOV_SIDE_LEFT, 6, RECOV_FLAG_SPRAIN);
    sore(NOW - 1 * H, RECOV_REGION_CALVES, RECOV_SIDE_RIGHT, 2, 0);
    struct recov_episodes eps = {0};
    episodes(&eps);
    assert_int_equal(eps.n, 2);
    assert_int_equal(eps.v[0].side, RECOV_SIDE_LEFT);
    assert_int_equal(eps.v[0].cls, RECOV_CLASS_INJURY);
    assert_int_equal(eps.v[1].side, RECOV_SIDE_RIGHT);
    assert_int_equal(eps.v[1].score, 2);
    recov_episodes_free(&eps);
}

/* Weekly hikes, soreness the day after each, never a 0: one episode per bout. */
static void test_repeated_bouts(void **state)
{
    (void)state;
    static const int scores[] = {6, 3, 2, 2};
    for (int w = 0; w < 4; w++) {
        time_t hike = NOW - (time_t)(22 - 7 * w) * D;
        workout(hike, "hike", 240, 5);
        sore(hike + 20 * H, RECOV_REGION_QUADS, RECOV_SIDE_NONE, scores[w], 0);
    }
    struct recov_episodes eps = {0};
    episodes(&eps);
    assert_int_equal(eps.n, 4);
    for (size_t i = 0; i < eps.n; i++) {
        assert_int_equal(eps.v[i].days, 0);
        assert_non_null(eps.v[i].cause);
        assert_string_equal(eps.v[i].cause->type, "hike");
    }
    recov_episodes_free(&eps);
}

/* Sore at 6, then 5 every day for nine days while running every third day:
 * a score that drifts by a point is not settling, so the runs start no new
 * episode and "sore for N days" keeps counting (persistence must show). */
static void test_a_drift_of_one_point_is_one_episode(void **state)
{
    (void)state;
    time_t start = NOW - 9 * D - 2 * H;
    sore(start, RECOV_REGION_CALVES, RECOV_SIDE_LEFT, 6, 0);
    for (int d = 1; d <= 9; d++) {
        if (d % 3 == 0)
            workout(start + d * D - 12 * H, "run", 40, 6);
        sore(start + d * D, RECOV_REGION_CALVES, RECOV_SIDE_LEFT, 5, 0);
    }
    struct recov_episodes eps = {0};
    episodes(&eps);
    assert_int_equal(eps.n, 1);
    assert_int_equal(eps.v[0].days, 9);
    assert_int_equal(eps.v[0].peak, 6);
    recov_episodes_free(&eps);
}

/* The same with a fall of two points before a run: that is recovery, and
 * the soreness after the run is a new episode (the repeated-bout effect). */
static void test_a_meaningful_fall_then_a_bout_is_a_new_episode(void **state)
{
    (void)state;
    time_t start = NOW - 6 * D - 2 * H;
    static const int scores[] = {6, 5, 4, 4, 6, 5, 4};
    sore(start, RECOV_REGION_CALVES, RECOV_SIDE_LEFT, scores[0], 0);
    for (int d = 1; d <= 6; d++) {
        if (d == 4)
            workout(start + d * D - 12 * H, "run", 40, 6);
        sore(start + d * D, RECOV_REGION_CALVES, RECOV_SIDE_LEFT, scores[d], 0);
    }
    struct recov_episodes eps = {0};
    episodes(&eps);
    assert_int_equal(eps.n, 2);
    assert_int_equal(eps.v[1].days, 2);
    assert_int_equal(eps.v[1].peak, 6);
    recov_episodes_free(&eps);
}

/* The cause is the heaviest workout that worked the region and started
 * before the first log; one logged after does not explain it. */
static void test_cause_is_the_heaviest_before(void **state)
{
    (void)state;
    workout(NOW - 30 * H, "hike", 240, 5);
    workout(NOW - 20 * H, "run", 30, 4);
    sore(NOW - 10 * H, RECOV_REGION_CALVES, RECOV_SIDE_NONE, 5, 0);
    sore(NOW - 10 * H, RECOV_REGION_CHEST, RECOV_SIDE_NONE, 5, 0);
    workout(NOW - 2 * H, "strength", 60, 7);
    struct recov_episodes eps = {0};
    episodes(&eps);
    assert_int_equal(eps.n, 2);
    const struct recov_episode *chest = &eps.v[0], *calves = &eps.v[1];
    assert_int_equal(chest->region, RECOV_REGION_CHEST);
    assert_null(chest->cause);
    assert_int_equal(chest->cls, RECOV_CLASS_UNEXPLAINED);
    assert_string_equal(calves->cause->type, "hike");
    assert_int_equal(calves->ncauses, 2);
    recov_episodes_free(&eps);
}

/* ---- lenient thresholds never add warnings ---- */

static uint32_t seed;

static int rnd(int n)
{
    seed = seed * 1103515245u + 12345u;
    return (int)((seed >> 16) % (uint32_t)n);
}

/* A random month: workouts and soreness logs of a few regions and sides,
 * some flags, scores drifting up and down, some gaps and zeros. */
static void generate(void)
{
    static const char *const types[] = {"run", "hike", "strength", "cycle", "sports"};
    static const int regions[] = {RECOV_REGION_QUADS, RECOV_REGION_CALVES,
                                  RECOV_REGION_LOWER_BACK, RECOV_REGION_ANKLES,
                                  RECOV_REGION_CHEST};
    static const unsigned flags[] = {RECOV_FLAG_SHARP, RECOV_FLAG_SWELLING,
                                     RECOV_FLAG_NUMBNESS, RECOV_FLAG_SPRAIN,
                                     RECOV_FLAG_RADIATING};
    recov_entries_free(&list);
    int score[5] = {0};
    for (int day = 30; day >= 0; day--) {
        time_t base = NOW - (time_t)day * D - 10 * H;
        if (rnd(3) == 0)
            workout(base - 2 * H, types[rnd(5)], 20 + rnd(120), 2 + rnd(8));
        for (int r = 0; r < 5; r++) {
            if (rnd(3) != 0)
                continue;
            score[r] = score[r] + rnd(5) - 2;
            score[r] = score[r] < 0 ? 0 : score[r] > 10 ? 10 : score[r];
            unsigned f = rnd(12) == 0 ? flags[rnd(5)] : 0;
            sore(base + rnd(10) * H, regions[r], rnd(4) == 0 ? 1 + rnd(2) : 0, score[r], f);
        }
    }
    qsort(list.v, list.n, sizeof *list.v, by_time);
}

/* A warning of s's kind for the same region and side, at least as severe
 * (one region gets one suggestion of a kind: the most important rule's). */
static int referred(const struct recov_advice *a, const struct recov_suggestion *s)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i].kind == s->kind && a->v[i].region == s->region &&
            a->v[i].side == s->side && a->v[i].severity >= s->severity)
            return 1;
    return 0;
}

static void advise(const struct recov_config *c, struct recov_advice *out)
{
    struct recov_advice_input in = {.cfg = c, .now = NOW, .entries = &list};
    in.load.acwr = -1;
    recov_advice_free(out);
    assert_int_equal(recov_advice_compute(&in, out), 0);
}

static void summarize(const struct recov_config *c, struct recov_summary *s)
{
    int today = recov_day_of(NOW);
    struct recov_summary_input in = {{today - 13, today}, today, c->advice.persist_days,
                                     c->advice.explain_days, RECOV_SUMMARY_NO_HISTORY, &list, c};
    assert_int_equal(recov_summary_compute(&in, s), 0);
}

/* Every summary warning of lenient is one of strict's (same kind, region,
 * side and episode); a not-settling warning may stand where strict has a
 * persistent one, which it gives way to. */
static void summary_subset(const struct recov_summary *lenient, const struct recov_summary *strict)
{
    for (size_t i = 0; i < lenient->nwarnings; i++) {
        const struct recov_summary_warning *w = &lenient->warnings[i];
        int found = 0;
        for (size_t j = 0; j < strict->nwarnings; j++) {
            const struct recov_summary_warning *x = &strict->warnings[j];
            int kind = x->kind == w->kind || (w->kind == RECOV_WARNING_NOT_SETTLING &&
                                              x->kind == RECOV_WARNING_PERSISTENT);
            found |= kind && x->region == w->region && x->side == w->side &&
                     x->onset_day == w->onset_day && x->episode_days == w->episode_days;
        }
        if (!found)
            fail_msg("summary warning for %s (since day %d) only with the lenient setting",
                     recov_region_names[w->region], w->onset_day);
    }
}

static void check_lenient(const char *name, void (*lenient)(struct recov_config *c))
{
    struct recov_config strict, loose;
    recov_config_defaults(&strict);
    loose = strict;
    lenient(&loose);
    seed = 8;
    for (int n = 0; n < 200; n++) {
        struct recov_advice a = {0}, b = {0};
        struct recov_summary ss, ls;
        generate();
        advise(&strict, &a);
        advise(&loose, &b);
        for (size_t i = 0; i < b.n; i++) {
            const struct recov_suggestion *s = &b.v[i];
            if (s->severity >= RECOV_SEV_WARNING && !referred(&a, s))
                fail_msg("history %d, %s: warning '%s' for %s only with the lenient setting",
                         n, name, s->rule, s->region >= 0 ? recov_region_names[s->region] : "-");
        }
        summarize(&strict, &ss);
        summarize(&loose, &ls);
        summary_subset(&ls, &ss);
        recov_summary_free(&ss);
        recov_summary_free(&ls);
        recov_advice_free(&a);
        recov_advice_free(&b);
    }
    recov_config_free(&strict); /* loose shares its tables */
}

static void persist_10(struct recov_config *c) { c->advice.persist_days = 10; }
static void improve_days_8(struct recov_config *c) { c->advice.improve_days = 8; }
static void improve_points_1(struct recov_config *c) { c->advice.improve_points = 1; }
static void unexplained_6(struct recov_config *c) { c->advice.unexplained_score = 6; }
static void current_days_1(struct recov_config *c) { c->advice.current_days = 1; }

static void test_lenient_thresholds_only_remove_warnings(void **state)
{
    (void)state;
    check_lenient("persist_days 10", persist_10);
    check_lenient("improve_days 8", improve_days_8);
    check_lenient("improve_points 1", improve_points_1);
    check_lenient("unexplained_score 6", unexplained_6);
    check_lenient("current_days 1", current_days_1);
}

/* The generator makes histories that warn at all (else the property is void). */
static void test_generated_histories_warn(void **state)
{
    (void)state;
    struct recov_config c;
    recov_config_defaults(&c);
    seed = 8;
    int warned = 0, persisted = 0;
    for (int n = 0; n < 200; n++) {
        struct recov_advice a = {0};
        generate();
        advise(&c, &a);
        for (size_t i = 0; i < a.n; i++) {
            warned += a.v[i].severity >= RECOV_SEV_WARNING;
            persisted += strcmp(a.v[i].rule, "persist") == 0;
        }
        recov_advice_free(&a);
    }
    recov_config_free(&c);
    assert_true(warned > 50);
    assert_true(persisted > 10);
}

/* The summary's red-flag rule and suggest's first line for the region,
 * after one log of region r at score with flags (after a run or not). */
static void red_flag_pair(int r, int score, unsigned flags, int cause)
{
    struct recov_advice a = {0};
    struct recov_summary s;
    char names[128];
    recov_entries_free(&list);
    if (cause)
        workout(NOW - 36 * H, "run", 60, 6);
    sore(NOW - 11 * H, r, RECOV_SIDE_NONE, score, flags);
    advise(&cfg, &a);
    summarize(&cfg, &s);
    const char *first = NULL, *warned = NULL;
    for (size_t i = 0; i < a.n && !first; i++)
        if (a.v[i].region == r)
            first = a.v[i].rule;
    for (size_t i = 0; i < s.nwarnings; i++)
        if (s.warnings[i].kind == RECOV_WARNING_RED_FLAG)
            warned = recov_summary_warning_rule(&s.warnings[i])->id;
    recov_flags_format(flags, ", ", names, sizeof names);
    if (!first || !warned || strcmp(first, warned))
        fail_msg("%s %d/10 with %s, %s: suggest '%s', summary '%s'", recov_region_names[r],
                 score, names, cause ? "after a run" : "no workout", first ? first : "-",
                 warned ? warned : "-");
    recov_summary_free(&s);
    recov_advice_free(&a);
}

/* A flag's summary warning is what suggest puts first for the region, for
 * every flag and pair of flags, region, score and cause: the summary names
 * the rule without the clock, suggest with it, and one must not say "a GP
 * in a day or two" where the other says "today", nor "have your back
 * checked" where the other says "see a GP or physio". */
static void test_red_flag_warning_is_suggests_first_line(void **state)
{
    (void)state;
    static const int scores[] = {0, 4, 8};
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        for (int g = f; g < RECOV_FLAG_COUNT; g++)
            for (int r = 0; r < RECOV_REGION_COUNT; r++)
                for (int cause = 0; cause < 2; cause++)
                    for (size_t k = 0; k < sizeof scores / sizeof *scores; k++)
                        red_flag_pair(r, scores[k], (1u << f) | (1u << g), cause);
}

/* 1 when s (a summary) warns of the region and side for lasting or for
 * its course: persistent, or not settling by the rule named. */
static int warns_of_course(const struct recov_summary *s, const struct recov_suggestion *sug)
{
    for (size_t i = 0; i < s->nwarnings; i++) {
        const struct recov_summary_warning *w = &s->warnings[i];
        if (w->region != sug->region || w->side != sug->side)
            continue;
        if (w->kind == RECOV_WARNING_PERSISTENT ||
            (w->kind == RECOV_WARNING_NOT_SETTLING && !strcmp(w->course->id, sug->rule)))
            return 1;
    }
    return 0;
}

/* Every warning suggest gives for soreness that lasts or does not settle
 * is in the summary of the two weeks to today too. */
static void test_course_warnings_are_in_the_summary(void **state)
{
    (void)state;
    static const char *const course[] = {"persist", "rising", "not-improving", "worsening"};
    int checked = 0;
    seed = 8;
    for (int n = 0; n < 200; n++) {
        struct recov_advice a = {0};
        struct recov_summary s;
        generate();
        advise(&cfg, &a);
        summarize(&cfg, &s);
        for (size_t i = 0; i < a.n; i++)
            for (size_t k = 0; k < sizeof course / sizeof *course; k++) {
                if (strcmp(a.v[i].rule, course[k]))
                    continue;
                checked++;
                if (!warns_of_course(&s, &a.v[i]))
                    fail_msg("history %d: suggest's '%s' for %s has no summary warning", n,
                             a.v[i].rule, recov_region_names[a.v[i].region]);
            }
        recov_summary_free(&s);
        recov_advice_free(&a);
    }
    assert_true(checked > 20);
}

#define T(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_days_are_calendar_days),
        T(test_sides_are_apart),
        T(test_repeated_bouts),
        T(test_a_drift_of_one_point_is_one_episode),
        T(test_a_meaningful_fall_then_a_bout_is_a_new_episode),
        T(test_cause_is_the_heaviest_before),
        T(test_lenient_thresholds_only_remove_warnings),
        T(test_generated_histories_warn),
        T(test_red_flag_warning_is_suggests_first_line),
        T(test_course_warnings_are_in_the_summary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
