/* test_report: the report's escaping, colour scale and axis arithmetic. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/html.h"
#include "recov/svg.h"

/* What recov_html_escape writes for s. */
static char *escaped(const char *s)
{
    static char buf[256];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    recov_html_escape(f, s);
    fclose(f);
    return buf;
}

static void test_markup_becomes_text(void **state)
{
    (void)state;
    assert_string_equal(escaped("<script>alert(1)</script>"),
                        "&lt;script&gt;alert(1)&lt;/script&gt;");
    assert_string_equal(escaped("a \"b\" & 'c'"), "a &quot;b&quot; &amp; &#39;c&#39;");
    assert_string_equal(escaped("naïve 5/10"), "naïve 5/10");
}

static double linear(unsigned c)
{
    double v = c / 255.0;
    return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance: what a grey print or a colour-blind eye keeps. */
static double luminance(const char *hex)
{
    unsigned r, g, b;
    assert_int_equal(sscanf(hex, "#%2x%2x%2x", &r, &g, &b), 3);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/* Each score is darker than the one below it by a step a reader sees in
 * grey, and "not logged" is the lightest of all. */
static void test_scale_prints_in_grey(void **state)
{
    (void)state;
    double prev = luminance(recov_svg_score_fill(-1));
    for (int s = 0; s <= 10; s++) {
        double l = luminance(recov_svg_score_fill(s));
        assert_true(l < prev - 0.03);
        prev = l;
    }
    assert_string_equal(recov_svg_score_fill(11), recov_svg_score_fill(10));
}

/* The number written on a fill contrasts with it by at least 4:1, and by
 * more than the other ink would. */
static void test_numbers_read_on_their_fill(void **state)
{
    (void)state;
    for (int s = 0; s <= 10; s++) {
        double fill = luminance(recov_svg_score_fill(s)) + 0.05;
        double ink = luminance(recov_svg_score_ink(s)) + 0.05;
        double other = luminance(strcmp(recov_svg_score_ink(s), "#ffffff") == 0 ? "#1a1a1a"
                                                                                 : "#ffffff") + 0.05;
        double ratio = fmax(fill, ink) / fmin(fill, ink);
        assert_true(ratio >= 4.0);
        assert_true(ratio >= fmax(fill, other) / fmin(fill, other));
    }
}

static void test_axis_ends_on_round_steps(void **state)
{
    (void)state;
    int ticks;
    struct recov_svg_scale y = recov_svg_rounded(0, 1890, 100, 0, &ticks);
    assert_true(y.lo == 0 && y.hi == 2000 && ticks == 4);
    y = recov_svg_rounded(-119.3, 587, 100, 0, &ticks);
    assert_true(y.lo == -200 && y.hi == 600 && ticks == 4);
    y = recov_svg_rounded(0, 0, 100, 0, &ticks);
    assert_true(y.hi > y.lo && ticks >= 1);
    assert_true(recov_svg_at(&y, y.lo) == 100 && recov_svg_at(&y, y.hi) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_markup_becomes_text),
        cmocka_unit_test(test_scale_prints_in_grey),
        cmocka_unit_test(test_numbers_read_on_their_fill),
        cmocka_unit_test(test_axis_ends_on_round_steps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
