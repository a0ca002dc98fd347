/* test_entry_json: the export/import line format of an entry. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/config.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/vocab.h"

static struct recov_config cfg;

static int setup(void **state)
{
    (void)state;
    recov_config_free(&cfg);
    recov_config_defaults(&cfg);
    return 0;
}

/* One export line for e, without the id; free() it. */
static char *dump(const struct recov_entry *e)
{
    json_t *o = recov_entry_to_json(e, 0);
    assert_non_null(o);
    char *s = json_dumps(o, RECOV_JSON_FLAGS);
    json_decref(o);
    assert_non_null(s);
    return s;
}

/* Parses line, which must be valid, and checks it dumps back identically. */
static void assert_round_trip(const char *line, struct recov_entry *out)
{
    assert_int_equal(recov_entry_from_json(line, strlen(line), &cfg, out), RECOV_OK);
    char *again = dump(out);
    assert_string_equal(again, line);
    free(again);
}

/* Parses line, which must be refused with a message containing why. */
static void assert_refused(const char *line, const char *why)
{
    struct recov_entry e;
    assert_int_equal(recov_entry_from_json(line, strlen(line), &cfg, &e), RECOV_EINPUT);
    if (!strstr(recov_error_get(), why))
        fail_msg("'%s': error '%s' lacks '%s'", line, recov_error_get(), why);
    recov_entry_clear(&e);
}

static void test_round_trip(void **state)
{
    (void)state;
    struct recov_entry e;
    assert_round_trip("{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\","
                      "\"minutes\":45,\"rpe\":7,\"distance_km\":8.1,\"note\":\"easy \\\"tempo\\\"; "
                      "fine\"}",
                      &e);
    assert_int_equal(e.kind, RECOV_KIND_WORKOUT);
    assert_int_equal(e.at, 1795194900);
    assert_int_equal(recov_entry_load(&e), 315);
    assert_int_equal(e.rpe_estimated, 0);
    assert_string_equal(e.note, "easy \"tempo\"; fine");
    recov_entry_clear(&e);

    assert_round_trip("{\"kind\":\"soreness\",\"at\":\"2026-11-21T08:00:00Z\",\"region\":\"quads\","
                      "\"score\":5,\"flags\":[\"sharp\",\"swelling\"]}",
                      &e);
    assert_int_equal(e.region, RECOV_REGION_QUADS);
    assert_int_equal(e.flags, RECOV_FLAG_SHARP | RECOV_FLAG_SWELLING);
    recov_entry_clear(&e);

    assert_round_trip("{\"kind\":\"recovery\",\"at\":\"2026-11-21T18:00:00Z\",\"action\":\"bath\","
                      "\"minutes\":20,\"regions\":[\"quads\",\"calves\"],\"note\":\"\\u00E9\"}",
                      &e);
    assert_int_equal(e.regions, RECOV_REGION_BIT(RECOV_REGION_QUADS) |
                                    RECOV_REGION_BIT(RECOV_REGION_CALVES));
    assert_string_equal(e.note, "\xc3\xa9");
    recov_entry_clear(&e);

    assert_round_trip("{\"kind\":\"recovery\",\"at\":\"2026-11-21T18:00:00Z\",\"action\":\"rest\"}",
                      &e);
    recov_entry_clear(&e);

    /* An imported session keeps its heart rate and where it came from. */
    assert_round_trip("{\"kind\":\"workout\",\"at\":\"2026-11-20T07:00:00Z\",\"type\":\"run\","
                      "\"minutes\":60,\"rpe\":6,\"distance_km\":10.5,\"avg_hr\":148,"
                      "\"max_hr\":171,\"source\":\"fit:3912345678:1163000000\"}",
                      &e);
    assert_int_equal(e.avg_hr, 148);
    assert_int_equal(e.max_hr, 171);
    assert_string_equal(e.source, "fit:3912345678:1163000000");
    recov_entry_clear(&e);
    assert_refused("{\"kind\":\"workout\",\"at\":\"2026-11-20T07:00:00Z\",\"type\":\"run\","
                   "\"minutes\":60,\"avg_hr\":300}",
                   "'avg_hr': must be a whole number from 20 to 250");
}

static void test_estimated_rpe_and_offsets(void **state)
{
    (void)state;
    struct recov_entry e;
    const char *line = "{\"kind\":\"workout\",\"at\":\"2026-11-20T18:15:00+01:00\","
                       "\"type\":\"strength\",\"minutes\":60}";
    assert_int_equal(recov_entry_from_json(line, strlen(line), &cfg, &e), RECOV_OK);
    /* Without rpe, the type's default is used and marked estimated. */
    assert_int_equal(e.rpe, recov_config_type(&cfg, "strength")->rpe);
    assert_int_equal(e.rpe_estimated, 1);
    assert_int_equal(e.at, 1795194900);
    char *out = dump(&e);
    assert_string_equal(out, "{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\","
                             "\"type\":\"strength\",\"minutes\":60,\"rpe\":7,"
                             "\"rpe_estimated\":true}");
    free(out);
    recov_entry_clear(&e);
}

static void test_note_check(void **state)
{
    (void)state;
    assert_int_equal(recov_note_check("caf\xc3\xa9 \"ok\"; DROP TABLE entry; --"), RECOV_OK);
    assert_int_equal(recov_note_check(""), RECOV_OK);
    const char *bad[] = {"caf\xe9", "\xff", "\xc3", "\xed\xa0\x80" /* a surrogate */};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(recov_note_check(bad[i]), RECOV_EINPUT);
        assert_non_null(strstr(recov_error_get(), "UTF-8"));
    }
}

static void test_with_id(void **state)
{
    (void)state;
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_SORENESS);
    e.id = 42;
    e.at = 1795194900;
    e.region = RECOV_REGION_LOWER_BACK;
    e.score = 0;
    json_t *o = recov_entry_to_json(&e, 1);
    char *s = json_dumps(o, RECOV_JSON_FLAGS);
    assert_string_equal(s, "{\"id\":42,\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\","
                           "\"region\":\"lower-back\",\"score\":0}");
    free(s);
    json_decref(o);
}

/* Lines import refuses, each with a word of the reason. */
static void test_refused(void **state)
{
    (void)state;
    static const struct {
        const char *line, *why;
    } cases[] = {
        /* An unknown kind. */
        {"{\"kind\":\"meal\",\"at\":\"2026-11-20T17:15:00Z\"}", "kind 'meal'"},
        {"{\"kind\":7,\"at\":\"2026-11-20T17:15:00Z\"}", "'kind'"},
        /* A missing field. */
        {"{\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\",\"minutes\":4}", "missing field 'kind'"},
        {"{\"kind\":\"workout\",\"type\":\"run\",\"minutes\":45}", "missing field 'at'"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"minutes\":45}",
         "missing field 'type'"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\"}",
         "missing field 'minutes'"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"quads\"}",
         "missing field 'score'"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"score\":3}",
         "missing field 'region'"},
        {"{\"kind\":\"recovery\",\"at\":\"2026-11-20T17:15:00Z\",\"minutes\":3}",
         "missing field 'action'"},
        /* An unknown field. */
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\","
         "\"minutes\":45,\"colour\":\"red\"}",
         "unknown field 'colour'"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"quads\","
         "\"score\":3,\"type\":\"run\"}",
         "unknown field 'type'"},
        /* Bad values, and lines that are not JSON objects. */
        {"not json", "not valid JSON"},
        {"[1,2]", "expected a JSON object"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20 17:15\",\"type\":\"run\",\"minutes\":45}",
         "ISO 8601"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"jog\",\"minutes\":45}",
         "type 'jog'"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\",\"minutes\":0}",
         "'minutes'"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\",\"minutes\":45,"
         "\"rpe\":11}",
         "'rpe'"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\",\"minutes\":45,"
         "\"rpe\":6.5}",
         "'rpe'"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"thighs\",\"score\":3}",
         "region 'thighs'"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"quads\",\"score\":11}",
         "'score'"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"quads\",\"score\":3,"
         "\"flags\":[\"itchy\"]}",
         "'itchy'"},
        {"{\"kind\":\"recovery\",\"at\":\"2026-11-20T17:15:00Z\",\"action\":\"nap\"}", "action 'nap'"},
        {"{\"kind\":\"recovery\",\"at\":\"1970-01-01T00:00:00Z\",\"action\":\"rest\"}",
         "before 2000-01-01"},
        {"{\"kind\":\"recovery\",\"at\":\"1999-12-31T23:59:59Z\",\"action\":\"rest\"}",
         "before 2000-01-01"},
        {"{\"kind\":\"workout\",\"kind\":\"soreness\"}", "not valid JSON"},
        /* Sides only for regions that come in pairs; uids in their one form. */
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"neck\","
         "\"side\":\"left\",\"score\":3}",
         "neck does not come in pairs"},
        {"{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":\"calves\","
         "\"side\":\"middle\",\"score\":3}",
         "expected left or right"},
        {"{\"kind\":\"recovery\",\"at\":\"2026-11-20T17:15:00Z\",\"action\":\"bath\","
         "\"side\":\"left\"}",
         "needs the regions"},
        {"{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\",\"type\":\"run\","
         "\"minutes\":45,\"side\":\"left\"}",
         "unknown field 'side'"},
        {"{\"kind\":\"recovery\",\"at\":\"2026-11-20T17:15:00Z\",\"action\":\"rest\","
         "\"uid\":\"0B6F3C1E-6A8D-4F0E-9C55-2D7E8A1B4C3F\"}",
         "uid '0B6F"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_refused(cases[i].line, cases[i].why);
}

/* Sides and uids survive the line format, and read as a person says them. */
static void test_sides_and_uids(void **state)
{
    (void)state;
    struct recov_entry e;
    assert_round_trip("{\"kind\":\"soreness\",\"at\":\"2026-11-20T17:15:00Z\",\"region\":"
                      "\"ankles\",\"side\":\"left\",\"score\":6,\"flags\":[\"sprain\"],"
                      "\"uid\":\"0b6f3c1e-6a8d-4f0e-9c55-2d7e8a1b4c3f\"}",
                      &e);
    assert_int_equal(e.side, RECOV_SIDE_LEFT);
    assert_string_equal(e.uid, "0b6f3c1e-6a8d-4f0e-9c55-2d7e8a1b4c3f");
    char place[64];
    recov_place_format(e.region, e.side, place, sizeof place);
    assert_string_equal(place, "left ankle");
    recov_place_format(RECOV_REGION_FEET, RECOV_SIDE_RIGHT, place, sizeof place);
    assert_string_equal(place, "right foot");
    recov_place_format(RECOV_REGION_FEET, RECOV_SIDE_NONE, place, sizeof place);
    assert_string_equal(place, "feet");
    recov_entry_clear(&e);
    assert_round_trip("{\"kind\":\"recovery\",\"at\":\"2026-11-20T17:15:00Z\",\"action\":"
                      "\"ice\",\"regions\":[\"calves\"],\"side\":\"right\"}",
                      &e);
    assert_int_equal(e.side, RECOV_SIDE_RIGHT);
    recov_entry_clear(&e);

    char a[RECOV_UID_LEN + 1], b[RECOV_UID_LEN + 1];
    assert_int_equal(recov_uid_new(a), RECOV_OK);
    assert_int_equal(recov_uid_new(b), RECOV_OK);
    assert_true(recov_uid_valid(a) && recov_uid_valid(b));
    assert_string_not_equal(a, b);
    assert_int_equal(a[14], '4');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_estimated_rpe_and_offsets),
        cmocka_unit_test(test_with_id),
        cmocka_unit_test(test_note_check),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_sides_and_uids),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
