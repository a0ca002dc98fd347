/* test_entry_json: the export/import line format of an entry. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
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

/* Checks that export's line writer gives json_dumps' bytes and a newline. */
static void assert_line_as_jansson(const struct recov_entry *e, int with_id)
{
    json_t *o = recov_entry_to_json(e, with_id);
    assert_non_null(o);
    char *s = json_dumps(o, RECOV_JSON_FLAGS);
    json_decref(o);
    assert_non_null(s);
    struct recov_json_text t = {0};
    assert_int_equal(recov_entry_json_line(e, with_id, &t), RECOV_OK);
    if (t.len != strlen(s) + 1 || memcmp(t.s, s, t.len - 1) != 0 || t.s[t.len - 1] != '\n')
        fail_msg("line writer:\n%.*s\njansson:\n%s", (int)t.len, t.s, s);
    recov_json_text_free(&t);
    free(s);
}

/* One export line for e, without the id; free() it. */
static char *dump(const struct recov_entry *e)
{
    assert_line_as_jansson(e, 0);
    assert_line_as_jansson(e, 1);
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

/* Texts that need escaping or that jansson refuses (then the field is left
 * out): every control character, quotes, backslash, slash, DEL, each UTF-8
 * length, the last code points of the BMP and of Unicode, and broken UTF-8
 * (a lone continuation byte, overlong forms, a surrogate, past U+10FFFF, a
 * truncated sequence, a byte that never starts one). */
static const char *const tricky[] = {
    "", "plain", "\x01\x02\x03\x04\x05\x06\x07\b\t\n\x0b\f\r\x0e\x0f",
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f",
    "quote \" backslash \\ slash / </script> del \x7f", "\\u0041 is not unescaped",
    "caf\xc3\xa9 \xc2\x80\xdf\xbf \xe0\xa0\x80 \xe2\x80\xa8\xe2\x80\xa9 \xef\xbb\xbf",
    "\xef\xbf\xbf \xf0\x90\x80\x80 \xf0\x9f\x8f\x83\xe2\x80\x8d\xe2\x99\x82 "
    "\xf4\x8f\xbf\xbf",
    "\x80", "a\xc0\x80", "a\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xf0\x80\x80\x80",
    "\xf0\x8f\xbf\xbf",
    "\xed\xa0\x80", "\xed\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
    "\xe2\x82", "ok\xc3", "\xff", "\xfe", "caf\xe9",
};

/* Entries of every kind with every optional field absent and present. */
static void each_kind(struct recov_entry *v, const char *text)
{
    recov_entry_init(&v[0], RECOV_KIND_WORKOUT);
    snprintf(v[0].type, sizeof v[0].type, "%s", text);
    v[0].minutes = 45;
    v[0].rpe = 7;
    recov_entry_init(&v[1], RECOV_KIND_WORKOUT);
    snprintf(v[1].type, sizeof v[1].type, "run");
    v[1].minutes = 1440;
    v[1].rpe_estimated = 1;
    v[1].distance_km = 42.195;
    v[1].avg_hr = 140;
    v[1].max_hr = 181;
    snprintf(v[1].source, sizeof v[1].source, "%s", text);
    recov_entry_init(&v[2], RECOV_KIND_SORENESS);
    v[2].region = RECOV_REGION_NECK;
    recov_entry_init(&v[3], RECOV_KIND_SORENESS);
    v[3].region = RECOV_REGION_CALVES;
    v[3].side = RECOV_SIDE_LEFT;
    v[3].score = 10;
    v[3].flags = RECOV_FLAG_SHARP | RECOV_FLAG_SWELLING | (1u << (RECOV_FLAG_COUNT - 1));
    recov_entry_init(&v[4], RECOV_KIND_RECOVERY);
    v[4].action = 0;
    recov_entry_init(&v[5], RECOV_KIND_RECOVERY);
    v[5].action = 3;
    v[5].minutes = 20;
    v[5].regions = RECOV_REGION_BIT(RECOV_REGION_QUADS) | RECOV_REGION_BIT(RECOV_REGION_FEET);
    v[5].side = RECOV_SIDE_RIGHT;
    recov_entry_init(&v[6], RECOV_KIND_WELLNESS);
    v[6].sleep_secs = 0;
    recov_entry_init(&v[7], RECOV_KIND_WELLNESS);
    v[7].sleep_secs = 27000;
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        v[7].well[i] = 1 + i;
    v[7].resting_hr = 52;
    v[7].hrv = 80;
    for (int i = 0; i < 8; i++) {
        v[i].id = 1000 + i;
        v[i].at = 946684800 + 86399L * 37 * i;
        v[i].note = (char *)text;
        if (i % 2)
            snprintf(v[i].uid, sizeof v[i].uid, "0b6f3c1e-6a8d-4f0e-9c55-2d7e8a1b4c3f");
    }
}

/* Export writes its lines without jansson; they must stay jansson's. */
static void test_line_matches_jansson(void **state)
{
    (void)state;
    struct recov_entry v[8];
    for (size_t t = 0; t < sizeof tricky / sizeof *tricky; t++) {
        each_kind(v, tricky[t]);
        for (int i = 0; i < 8; i++) {
            assert_line_as_jansson(&v[i], 0);
            assert_line_as_jansson(&v[i], 1);
        }
    }
    /* Distances: integral, tiny, huge, 12 significant digits, and the
     * values json_real() refuses. */
    static const double km[] = {0, 1000, 0.1, 10.5, 1e-7, 1e20, 5e-324, 123.456789012345,
                                1.23456789012e13, NAN, INFINITY};
    each_kind(v, "");
    for (size_t i = 0; i < sizeof km / sizeof *km; i++) {
        v[1].distance_km = km[i];
        assert_line_as_jansson(&v[1], 0);
    }
    /* Flags and regions past the names known. */
    v[3].flags = 1u << RECOV_FLAG_COUNT;
    v[5].regions = 1u << RECOV_REGION_COUNT;
    assert_line_as_jansson(&v[3], 0);
    assert_line_as_jansson(&v[5], 0);
}

/* Appends code point cp to s as UTF-8. */
static size_t put_utf8(char *s, unsigned cp)
{
    if (cp < 0x80)
        return (size_t)(s[0] = (char)cp, 1);
    if (cp < 0x800)
        return (size_t)(s[0] = (char)(0xC0 | cp >> 6), s[1] = (char)(0x80 | (cp & 0x3F)), 2);
    if (cp < 0x10000)
        return (size_t)(s[0] = (char)(0xE0 | cp >> 12), s[1] = (char)(0x80 | (cp >> 6 & 0x3F)),
                        s[2] = (char)(0x80 | (cp & 0x3F)), 3);
    return (size_t)(s[0] = (char)(0xF0 | cp >> 18), s[1] = (char)(0x80 | (cp >> 12 & 0x3F)),
                    s[2] = (char)(0x80 | (cp >> 6 & 0x3F)), s[3] = (char)(0x80 | (cp & 0x3F)), 4);
}

/* Every code point (surrogates too, encoded as jansson refuses them), in
 * notes of 4,096. */
static void test_line_every_code_point(void **state)
{
    (void)state;
    static char note[4096 * 4 + 1];
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_RECOVERY);
    e.action = 0;
    e.at = 1795194900;
    e.note = note;
    for (unsigned from = 1; from < 0x110000; from += 4096) {
        size_t n = 0;
        for (unsigned cp = from; cp < from + 4096 && cp < 0x110000; cp++)
            if (cp < 0xD800 || cp > 0xDFFF)
                n += put_utf8(note + n, cp);
        note[n] = 0;
        assert_line_as_jansson(&e, 0);
    }
    for (unsigned cp = 0xD800; cp <= 0xDFFF; cp += 0x3F) {
        note[put_utf8(note, cp)] = 0;
        assert_line_as_jansson(&e, 0);
    }
}

/* The exact bytes, so that a change to both writers is noticed too. */
static void test_line_exact(void **state)
{
    (void)state;
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WORKOUT);
    e.id = 7;
    e.at = 1795194900;
    snprintf(e.type, sizeof e.type, "run");
    e.minutes = 45;
    e.rpe = 7;
    e.distance_km = 1e-7;
    e.note = "a\"b\\c/d\x01\x1f\x7f\t\xc3\xa9\xf0\x9f\x8f\x83";
    struct recov_json_text t = {0};
    assert_int_equal(recov_entry_json_line(&e, 1, &t), RECOV_OK);
    recov_json_text_raw(&t, "", 1);
    assert_string_equal(t.s, "{\"id\":7,\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\","
                             "\"type\":\"run\",\"minutes\":45,\"rpe\":7,\"distance_km\":1e-7,"
                             "\"note\":\"a\\\"b\\\\c/d\\u0001\\u001F\x7f\\t\\u00E9"
                             "\\uD83C\\uDFC3\"}\n");
    /* Text that is not UTF-8 is left out, as jansson leaves it out. */
    t.len = 0;
    e.note = "\xff";
    assert_int_equal(recov_entry_json_line(&e, 0, &t), RECOV_OK);
    recov_json_text_raw(&t, "", 1);
    assert_string_equal(t.s, "{\"kind\":\"workout\",\"at\":\"2026-11-20T17:15:00Z\","
                             "\"type\":\"run\",\"minutes\":45,\"rpe\":7,"
                             "\"distance_km\":1e-7}\n");
    recov_json_text_free(&t);
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
        cmocka_unit_test(test_line_matches_jansson),
        cmocka_unit_test(test_line_every_code_point),
        cmocka_unit_test(test_line_exact),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
