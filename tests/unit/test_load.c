/* test_load: the training-load maths against SCIENCE.md's formulas. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "recov/load.h"
#include "ut_near.h"

#define EPS 1e-4

/* Foster 1998 worked example: mean 10, population SD sqrt(200/7). */
static void test_worked_example(void **state)
{
    (void)state;
    const double week[7] = {0, 20, 10, 10, 10, 10, 10};
    assert_near(recov_load_monotony(week, 7), 1.8708, EPS);
    assert_near(recov_load_strain(week, 7), 130.96, 0.005);
}

static void test_no_load_is_zero(void **state)
{
    (void)state;
    const double week[7] = {0};
    assert_near(recov_load_monotony(week, 7), 0, 0);
    assert_near(recov_load_strain(week, 7), 0, 0);
    assert_near(recov_load_monotony(NULL, 0), 0, 0);
}

static void test_identical_loads_hit_the_cap(void **state)
{
    (void)state;
    const double week[7] = {300, 300, 300, 300, 300, 300, 300};
    assert_near(recov_load_monotony(week, 7), RECOV_MONOTONY_CAP, 0);
    assert_near(recov_load_strain(week, 7), 2100 * RECOV_MONOTONY_CAP, EPS);
}

/* Rest days count as 0: one session in a week is not "monotonous". */
static void test_rest_days_count(void **state)
{
    (void)state;
    const double week[7] = {700, 0, 0, 0, 0, 0, 0};
    /* mean 100, SD sqrt((600^2 + 6 * 100^2) / 7) = 244.949 */
    assert_near(recov_load_monotony(week, 7), 100 / 244.94897, EPS);
}

static void test_ewma_seed_and_step(void **state)
{
    (void)state;
    const double loads[3] = {100, 0, 50};
    double out[3];
    /* Seeded with the first day's load, the first value is that load. */
    assert_near(recov_load_ewma(loads, 3, 7, 100, out), 0.75 * 0.75 * 100 + 0.25 * 50,
                       EPS);
    assert_near(out[0], 100, EPS);
    assert_near(out[1], 75, EPS);
    /* From 0, fitness (N = 42) rises by lambda = 2/43 of the load. */
    assert_near(recov_load_ewma(loads, 1, 42, 0, NULL), 100 * 2.0 / 43, EPS);
}

static void test_acwr_waits_for_28_days(void **state)
{
    (void)state;
    double loads[40];
    struct recov_load_state st;
    for (int i = 0; i < 40; i++)
        loads[i] = 100;
    recov_load_state(loads, 27, 0, 27, &st);
    assert_true(st.acwr < 0);
    recov_load_state(loads, 28, 0, 28, &st);
    /* A steady load from the first-day seed: acute = chronic = load. */
    assert_near(st.acwr, 1.0, EPS);
    assert_near(st.acute, 100, EPS);
    /* Fitness and fatigue start at 0 and form is their difference. */
    assert_near(st.fitness, 100 * (1 - pow(41.0 / 43, 28)), EPS);
    assert_near(st.fatigue, 100 * (1 - pow(6.0 / 8, 28)), EPS);
    assert_near(st.form, st.fitness - st.fatigue, EPS);
}

/* Days before the first logged day are not history: the series start then. */
static void test_history_starts_inside_the_window(void **state)
{
    (void)state;
    double loads[10] = {0, 0, 0, 60, 0, 60, 0, 60, 0, 60};
    struct recov_load_state a, b;
    recov_load_state(loads, 10, 3, 7, &a);
    recov_load_state(loads + 3, 7, 0, 7, &b);
    assert_near(a.acute, b.acute, 1e-12);
    assert_near(a.fitness, b.fitness, 1e-12);
    assert_near(a.acute, recov_load_ewma(loads + 3, 7, 7, 60, NULL), 1e-12);
}

/* Twenty years of heavy, varied load computed in full versus only the last
 * RECOV_EWMA_WINDOW_DAYS: every reported figure within 0.01. */
static void test_window_truncation_is_below_a_hundredth(void **state)
{
    (void)state;
    enum { DAYS = 20 * 366 };
    double *loads = malloc(DAYS * sizeof *loads);
    assert_non_null(loads);
    srand(42);
    for (int i = 0; i < DAYS; i++)
        loads[i] = (i % 7 == 3) ? 0 : 200 + rand() % 1200;
    struct recov_load_state full, window;
    recov_load_state(loads, DAYS, 0, DAYS, &full);
    recov_load_state(loads + DAYS - RECOV_EWMA_WINDOW_DAYS, RECOV_EWMA_WINDOW_DAYS, -1, DAYS,
                     &window);
    assert_near(window.fitness, full.fitness, 0.01);
    assert_near(window.fatigue, full.fatigue, 0.01);
    assert_near(window.form, full.form, 0.01);
    assert_near(window.acute, full.acute, 0.01);
    assert_near(window.chronic, full.chronic, 0.01);
    assert_near(window.acwr, full.acwr, 0.0001);
    free(loads);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example),
        cmocka_unit_test(test_no_load_is_zero),
        cmocka_unit_test(test_identical_loads_hit_the_cap),
        cmocka_unit_test(test_rest_days_count),
        cmocka_unit_test(test_ewma_seed_and_step),
        cmocka_unit_test(test_acwr_waits_for_28_days),
        cmocka_unit_test(test_history_starts_inside_the_window),
        cmocka_unit_test(test_window_truncation_is_below_a_hundredth),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
