/* test_config: defaults, recov.ini overrides and their validation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/config.h"
#include "recov/error.h"
#include "recov/vocab.h"
#include "unit_util.h"

/* Each test gets a scratch directory holding recov.ini. */
struct fixture {
    struct ut_scratch ini; /* ini.path: recov.ini */
    struct recov_config cfg;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->ini = ut_scratch_new("recov.ini");
    recov_config_defaults(&f->cfg);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    ut_scratch_free(&f->ini);
    recov_config_free(&f->cfg);
    free(f);
    return 0;
}

/* Back to the defaults alone. */
static void reset(struct fixture *f)
{
    recov_config_free(&f->cfg);
    recov_config_defaults(&f->cfg);
}

/* Writes text as the config file and loads it over the defaults. */
static int load(struct fixture *f, const char *text)
{
    ut_write(f->ini.path, text);
    recov_error_clear();
    return recov_config_load(&f->cfg, f->ini.path);
}

static uint32_t region_bits(const char *names)
{
    uint32_t mask = 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", names);
    for (char *save = NULL, *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        int r = recov_region_index(w);
        assert_true(r >= 0);
        mask |= RECOV_REGION_BIT(r);
    }
    return mask;
}

/* The value `recov config show` would print for section/key. */
static const char *shown(const struct recov_config *cfg, const char *section, const char *key,
                         int *from_file)
{
    static struct recov_config_key_view v;
    for (size_t i = 0; i < recov_config_key_count(); i++) {
        recov_config_key_get(cfg, i, &v);
        if (!strcmp(v.section, section) && !strcmp(v.key, key)) {
            if (from_file)
                *from_file = v.origin == RECOV_FROM_USER;
            return v.value;
        }
    }
    fail_msg("no key [%s] %s", section, key);
    return NULL;
}

static void assert_error_mentions(const char *const *words)
{
    for (; *words; words++)
        if (!strstr(recov_error_get(), *words))
            fail_msg("error '%s' lacks '%s'", recov_error_get(), *words);
}

static void test_defaults(void **state)
{
    struct fixture *f = *state;
    const struct recov_config *c = &f->cfg;
    assert_int_equal(c->week_start, 1);
    assert_int_equal(c->advice.persist_days, 7);
    assert_int_equal(c->remind.checkin_time, 9 * 60);
    assert_int_equal(c->remind.quiet_start, 22 * 60);
    assert_int_equal(c->remind.quiet_end, 7 * 60);
    assert_int_equal(c->remind.cooldown_delay, 5);
    assert_true(c->advice.acwr_spike == 1.5);
    const char *builtin[] = {"run",  "walk",   "hike",  "cycle", "swim",
                             "strength", "yoga", "sports", "climb", "row"};
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
        assert_non_null(recov_config_type(c, builtin[i]));
    assert_int_equal(recov_config_type(c, "run")->rpe, 6);
    assert_null(recov_config_type(c, "kayak"));
    uint32_t mask;
    assert_int_equal(recov_config_region(c, "thighs", &mask), RECOV_OK);
    assert_int_equal(mask, region_bits("quads"));
    assert_int_equal(recov_config_region(c, "back", &mask), RECOV_OK);
    assert_int_equal(mask, region_bits("lower-back"));
    assert_int_equal(recov_config_region(c, "waist", &mask), RECOV_OK);
    assert_int_equal(mask, region_bits("lower-back"));
    assert_int_equal(recov_config_region(c, "legs", &mask), RECOV_OK);
    assert_int_equal(mask, region_bits("quads hamstrings calves"));
    assert_int_equal(recov_config_region(c, "quadz", &mask), RECOV_EINPUT);
    assert_non_null(strstr(recov_error_get(), "did you mean 'quads'"));
}

static void test_missing_file_means_defaults(void **state)
{
    struct fixture *f = *state;
    struct recov_config defaults;
    recov_config_defaults(&defaults);
    assert_int_equal(recov_config_load(&f->cfg, f->ini.path), RECOV_OK);
    assert_int_equal(f->cfg.loaded, 0);
    assert_int_equal(f->cfg.nwarnings, 0);
    int from_file = 1;
    assert_string_equal(shown(&f->cfg, "advice", "persist_days", &from_file), "7");
    assert_int_equal(from_file, 0);
    assert_memory_equal(&f->cfg.advice, &defaults.advice, sizeof defaults.advice);
    assert_memory_equal(&f->cfg.remind, &defaults.remind, sizeof defaults.remind);
    recov_config_free(&defaults);
}

static void test_file_overrides(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(load(f, "; a comment\n[general]\nweek_start = sunday\n\n"
                             "[advice]\npersist_days = 10\nacwr_spike = 1.3 ; inline comment\n"
                             "[remind]\ncheckin_time = 8:30\nquiet_hours = off\n"
                             "weekly = sun 19:00\ncooldown_delay = 1h\n"),
                     RECOV_OK);
    const struct recov_config *c = &f->cfg;
    assert_int_equal(c->loaded, 1);
    assert_int_equal(c->nwarnings, 0);
    assert_int_equal(c->week_start, 0);
    assert_int_equal(c->advice.persist_days, 10);
    assert_true(c->advice.acwr_spike == 1.3);
    assert_int_equal(c->remind.checkin_time, 8 * 60 + 30);
    assert_int_equal(c->remind.quiet_start, c->remind.quiet_end);
    assert_int_equal(c->remind.weekly_enabled, 1);
    assert_int_equal(c->remind.weekly_weekday, 0);
    assert_int_equal(c->remind.weekly_time, 19 * 60);
    assert_int_equal(c->remind.cooldown_delay, 60);
    /* Untouched keys keep their defaults, and show says where each came from. */
    assert_int_equal(c->advice.improve_days, 5);
    int from_file;
    assert_string_equal(shown(c, "advice", "persist_days", &from_file), "10");
    assert_int_equal(from_file, 1);
    assert_string_equal(shown(c, "advice", "improve_days", &from_file), "5");
    assert_int_equal(from_file, 0);
    assert_string_equal(shown(c, "remind", "weekly", NULL), "sun 19:00");
    assert_string_equal(shown(c, "remind", "quiet_hours", NULL), "off");
    assert_string_equal(shown(c, "general", "week_start", NULL), "sunday");
}

static void test_unknown_key_warns_with_nearest(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(load(f, "[advice]\npersist_day = 5\n[remind]\nzzzzzzzzzz = 1\n"
                             "[genral]\nweek_start = sunday\n"),
                     RECOV_OK);
    assert_int_equal(f->cfg.nwarnings, 3);
    char all[4096] = "";
    for (size_t i = 0; i < f->cfg.nwarnings; i++)
        strcat(strcat(all, f->cfg.warnings[i]), "\n");
    assert_non_null(strstr(all, "unknown key 'persist_day' ignored; did you mean 'persist_days'?"));
    assert_non_null(strstr(all, "unknown key 'zzzzzzzzzz' ignored\n"));
    assert_non_null(strstr(all, "[genral]"));
    assert_non_null(strstr(all, "did you mean [general]?"));
    assert_non_null(strstr(all, f->ini.path));
    /* Warnings change nothing. */
    assert_int_equal(f->cfg.advice.persist_days, 7);
    assert_int_equal(f->cfg.week_start, 1);
}

static void test_key_outside_section_warns(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(load(f, "week_start = sunday\n[advice]\npersist_days = 9\n"), RECOV_OK);
    assert_int_equal(f->cfg.nwarnings, 1);
    assert_non_null(strstr(f->cfg.warnings[0], "key 'week_start' outside any section ignored; "
                                               "did you mean it under [general]?"));
    assert_int_equal(f->cfg.week_start, 1);
    assert_int_equal(f->cfg.advice.persist_days, 9);
}

static void test_bad_values(void **state)
{
    struct fixture *f = *state;
    /* Each value of values makes its own recov.ini: [section] key = value. */
    const struct { const char *section, *key, *range, *values[6]; } bad[] = {
        {"advice", "persist_days", "1-60", {"99", "0", "7x", "7.5", ""}},
        {"advice", "acwr_spike", "1.0-3.0", {"3.5", "nan"}},
        {"general", "week_start", "monday|sunday", {"tuesday"}},
        {"remind", "checkin_time", "HH:MM", {"25:00"}},
        {"remind", "urgent_breaks_quiet", "true|false", {"maybe"}},
        {"remind", "cooldown_delay", "0m-4h", {"5h"}},
        {"remind", "weekly", "off|DAY HH:MM", {"someday 19:00"}},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char section[64], text[256];
        snprintf(section, sizeof section, "[%s]", bad[i].section);
        for (const char *const *v = bad[i].values; *v; v++) {
            snprintf(text, sizeof text, "%s\n%s =%s%s\n", section, bad[i].key, **v ? " " : "", *v);
            reset(f);
            assert_int_equal(load(f, text), RECOV_EINPUT);
            const char *words[] = {f->ini.path, section, bad[i].key, bad[i].range, NULL};
            assert_error_mentions(words);
        }
    }
}

static void test_workout_sections(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(load(f, "[workout.climb]\nregions = forearms, arms upper-back\nrpe = 6\n"
                             "[workout.run]\nrpe = 8\n[workout.row]\nregions = arms\nrpm = 4\n"),
                     RECOV_OK);
    const struct recov_workout_type *t = recov_config_type(&f->cfg, "climb");
    assert_non_null(t);
    assert_int_equal(t->regions, region_bits("forearms arms upper-back"));
    assert_int_equal(t->rpe, 6);
    assert_int_equal(t->origin, RECOV_FROM_USER);
    /* A built-in type keeps its regions when only its RPE is overridden. */
    t = recov_config_type(&f->cfg, "run");
    assert_int_equal(t->rpe, 8);
    assert_int_equal(t->regions, region_bits("quads hamstrings calves shins glutes"));
    assert_int_equal(f->cfg.nwarnings, 1);
    assert_non_null(strstr(f->cfg.warnings[0], "unknown key 'rpm' ignored; did you mean 'rpe'?"));

    const struct { const char *text, *key, *range; } bad[] = {
        {"[workout.climb]\nrpe = 11\n", "rpe", "0-10"},
        {"[workout.climb]\nrpe = hard\n", "rpe", "0-10"},
        {"[workout.climb]\nregions = tentacles\n", "regions", "list of regions"},
        {"[workout.Climb!]\nrpe = 5\n", "(section)", "workout.NAME"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        reset(f);
        assert_int_equal(load(f, bad[i].text), RECOV_EINPUT);
        const char *words[] = {f->ini.path, "[workout.", bad[i].key, bad[i].range, NULL};
        assert_error_mentions(words);
    }
}

static void test_regions_section(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(load(f, "[regions]\nlowerleg = calves shins\nback = upper-back lower-back\n"),
                     RECOV_OK);
    uint32_t mask;
    assert_int_equal(recov_config_region(&f->cfg, "lowerleg", &mask), RECOV_OK);
    assert_int_equal(mask, region_bits("calves shins"));
    /* A file alias replaces a built-in one of the same name. */
    assert_int_equal(recov_config_region(&f->cfg, "back", &mask), RECOV_OK);
    assert_int_equal(mask, region_bits("upper-back lower-back"));
    assert_int_equal(recov_config_region(&f->cfg, "thighs", &mask), RECOV_OK);

    const char *bad[] = {"[regions]\nquads = calves\n", "[regions]\nfins = tentacles\n",
                         "[regions]\nnothing =\n"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        reset(f);
        assert_int_equal(load(f, bad[i]), RECOV_EINPUT);
        const char *words[] = {f->ini.path, "[regions]", NULL};
        assert_error_mentions(words);
    }
}

static void test_syntax_error(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(load(f, "[advice\npersist_days = 3\n"), RECOV_EINPUT);
    assert_non_null(strstr(recov_error_get(), f->ini.path));
}

/* A test with its own scratch recov.ini and default configuration. */
#define WITH_INI(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        WITH_INI(test_defaults),
        WITH_INI(test_missing_file_means_defaults),
        WITH_INI(test_file_overrides),
        WITH_INI(test_unknown_key_warns_with_nearest),
        WITH_INI(test_key_outside_section_warns),
        WITH_INI(test_bad_values),
        WITH_INI(test_workout_sections),
        WITH_INI(test_regions_section),
        WITH_INI(test_syntax_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
