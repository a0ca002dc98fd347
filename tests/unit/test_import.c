/* test_import: format detection and the workout an activity becomes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fit_build.h"
#include "recov/error.h"
#include "recov/import.h"
#include "recov/vocab.h"

static enum recov_format detect(const char *text)
{
    return recov_format_detect((const unsigned char *)text, strlen(text));
}

static void test_detect_by_content(void **state)
{
    (void)state;
    static struct fit_build b;
    fit_build_activity(&b, 1, 1163000000u, 1, 140, 1);
    assert_int_equal(recov_format_detect(b.buf, b.n), RECOV_FORMAT_FIT);
    assert_int_equal(detect("\xEF\xBB\xBF  <?xml version=\"1.0\"?>\n<gpx version=\"1.0\">"),
                     RECOV_FORMAT_GPX);
    assert_int_equal(detect("<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"x\">"),
                     RECOV_FORMAT_TCX);
    assert_int_equal(detect("<?xml version=\"1.0\"?><kml/>"), RECOV_FORMAT_UNKNOWN);
    assert_int_equal(detect("{\"kind\":\"workout\"}\n"), RECOV_FORMAT_NDJSON);
    assert_int_equal(detect("Activity ID,Activity Date,Activity Name,Activity Type\r\n1,"),
                     RECOV_FORMAT_STRAVA_CSV);
    assert_int_equal(detect("Athlete ID,Email\n"), RECOV_FORMAT_UNKNOWN);
    assert_int_equal(recov_format_detect((const unsigned char *)"\x1f\x8b\x08", 3),
                     RECOV_FORMAT_GZIP);
    assert_int_equal(detect(""), RECOV_FORMAT_UNKNOWN);
    /* A header of the right size without ".FIT" is not FIT. */
    assert_int_equal(detect("\x0e\x10\x00\x00\x00\x00\x00\x00.FIX"), RECOV_FORMAT_UNKNOWN);
}

static void test_hr_rpe(void **state)
{
    (void)state;
    struct recov_config cfg;
    recov_config_defaults(&cfg);
    assert_int_equal(recov_import_hr_rpe(&cfg, 150), -1); /* hr_max unknown */
    cfg.athlete.hr_max = 190;
    assert_int_equal(recov_import_hr_rpe(&cfg, 0), -1);
    /* hr_rest unknown: 60 assumed; reserve 130. */
    assert_int_equal(recov_import_hr_rpe(&cfg, 90), 1);   /* 23 % */
    assert_int_equal(recov_import_hr_rpe(&cfg, 112), 3);  /* 40 % */
    assert_int_equal(recov_import_hr_rpe(&cfg, 138), 5);  /* 60 % */
    assert_int_equal(recov_import_hr_rpe(&cfg, 177), 8);  /* 90 % */
    assert_int_equal(recov_import_hr_rpe(&cfg, 190), 9);
    cfg.athlete.hr_rest = 50;
    assert_int_equal(recov_import_hr_rpe(&cfg, 141), 5);  /* 65 % */
    recov_config_free(&cfg);
}

static void test_workout_from_activity(void **state)
{
    (void)state;
    struct recov_config cfg;
    struct recov_activity a;
    struct recov_entry e;
    recov_config_defaults(&cfg);
    recov_activity_init(&a);
    snprintf(a.sport, sizeof a.sport, "weight_training");
    a.start = 1795194900;
    a.elapsed_s = 3700;
    a.moving_s = 3000;
    a.rpe = 8;
    a.avg_hr = 300; /* not a heart rate: left out */
    snprintf(a.name, sizeof a.name, "Gym");
    snprintf(a.source, sizeof a.source, "strava:1");
    assert_int_equal(recov_import_workout(&cfg, &a, &e), RECOV_OK);
    assert_string_equal(e.type, "strength");
    assert_int_equal(e.minutes, 50);
    assert_int_equal(e.rpe, 8);
    assert_int_equal(e.rpe_estimated, 0);
    assert_int_equal(e.avg_hr, 0);
    assert_true(e.distance_km < 0);
    assert_string_equal(e.note, "Gym");
    assert_string_equal(e.source, "strava:1");
    recov_entry_clear(&e);
    /* Climbing and rowing are types of their own: their forearms and backs
     * are worked, not the legs of "sports". */
    static const char *const own[][2] = {{"bouldering", "climb"}, {"rock_climbing", "climb"},
                                         {"rowing", "row"}, {"indoor_rowing", "row"}};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++) {
        snprintf(a.sport, sizeof a.sport, "%s", own[i][0]);
        assert_int_equal(recov_import_workout(&cfg, &a, &e), RECOV_OK);
        assert_string_equal(e.type, own[i][1]);
        recov_entry_clear(&e);
    }
    assert_true(recov_config_type(&cfg, "climb")->regions &
                RECOV_REGION_BIT(RECOV_REGION_FOREARMS));
    /* Unknown sport: the type of "other"; no RPE: the type's, estimated. */
    snprintf(a.sport, sizeof a.sport, "kitesurfing");
    a.rpe = -1;
    a.moving_s = -1;
    assert_int_equal(recov_import_workout(&cfg, &a, &e), RECOV_OK);
    assert_string_equal(e.type, "run");
    assert_int_equal(e.minutes, 62);
    assert_int_equal(e.rpe, recov_config_type(&cfg, "run")->rpe);
    assert_int_equal(e.rpe_estimated, 1);
    recov_entry_clear(&e);
    /* A name cut inside a UTF-8 sequence loses the broken tail only. */
    memset(a.name, 0, sizeof a.name);
    for (size_t i = 0; i + 2 < sizeof a.name; i += 2)
        memcpy(a.name + i, "\xc3\xa9", 2);
    a.name[sizeof a.name - 2] = '\xc3';
    assert_int_equal(recov_import_workout(&cfg, &a, &e), RECOV_OK);
    assert_non_null(e.note);
    assert_int_equal(strlen(e.note), sizeof a.name - 2);
    recov_entry_clear(&e);
    a.elapsed_s = 25 * 3600;
    assert_int_equal(recov_import_workout(&cfg, &a, &e), RECOV_EINPUT);
    recov_entry_clear(&e);
    recov_config_free(&cfg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_detect_by_content),
        cmocka_unit_test(test_hr_rpe),
        cmocka_unit_test(test_workout_from_activity),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
