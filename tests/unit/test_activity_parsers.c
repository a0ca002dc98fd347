/* test_activity_parsers: GPX, TCX and FIT files into activities. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fit_build.h"
#include "recov/activity.h"
#include "recov/error.h"
#include "recov/when.h"

static time_t iso(const char *text)
{
    time_t t;
    assert_int_equal(recov_when_parse_iso(text, &t), RECOV_OK);
    return t;
}

/* A GPX track of n points 10 s apart heading north, ~11.1 m apart (1e-4
 * degree of latitude), heart rate 140 + i % 3 in Garmin's extension. */
static char *gpx_track(int n, int with_times, const char *type)
{
    size_t cap = 4096 + (size_t)n * 400, len = 0;
    char *s = malloc(cap);
    len += (size_t)snprintf(s + len, cap - len,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\" "
        "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
        "<trk><name>Morning Run</name>%s%s%s<trkseg>\n",
        type ? "<type>" : "", type ? type : "", type ? "</type>" : "");
    for (int i = 0; i < n; i++) {
        char at[32];
        recov_when_format_utc(iso("2026-11-20T07:00:00Z") + i * 10, at, sizeof at);
        len += (size_t)snprintf(s + len, cap - len,
            "<trkpt lat=\"%.6f\" lon=\"13.400000\"><ele>40</ele>%s%s%s<extensions>"
            "<gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension>"
            "</extensions></trkpt>\n",
            52.5 + i * 1e-4, with_times ? "<time>" : "", with_times ? at : "",
            with_times ? "</time>" : "", 140 + i % 3);
    }
    snprintf(s + len, cap - len, "</trkseg></trk></gpx>\n");
    return s;
}

static void test_gpx_track(void **state)
{
    (void)state;
    char *gpx = gpx_track(361, 1, "Running");
    struct recov_activities out = {0};
    assert_int_equal(recov_gpx_parse(gpx, strlen(gpx), "abc", &out), RECOV_OK);
    assert_int_equal(out.n, 1);
    const struct recov_activity *a = &out.v[0];
    assert_int_equal(a->start, iso("2026-11-20T07:00:00Z"));
    assert_int_equal(a->elapsed_s, 3600);
    assert_int_equal(a->moving_s, -1);
    /* 360 steps of 1e-4 degree latitude: 4003 m on the mean sphere. */
    assert_true(a->distance_m > 3990 && a->distance_m < 4015);
    assert_int_equal(a->avg_hr, 141);
    assert_int_equal(a->max_hr, 142);
    assert_string_equal(a->sport, "running");
    assert_string_equal(a->name, "Morning Run");
    assert_string_equal(a->source, "gpx:abc");
    recov_activities_free(&out);
    free(gpx);
}

static void assert_refused(int rc, const char *why)
{
    assert_int_equal(rc, RECOV_EINPUT);
    if (!strstr(recov_error_get(), why))
        fail_msg("error '%s' lacks '%s'", recov_error_get(), why);
}

static void test_gpx_refusals(void **state)
{
    (void)state;
    struct recov_activities out = {0};
    char *gpx = gpx_track(5, 0, NULL);
    assert_refused(recov_gpx_parse(gpx, strlen(gpx), "x", &out), "GPX without times");
    free(gpx);
    gpx = gpx_track(5, 1, NULL);
    /* Cut in the middle of an element: malformed, with the line. */
    assert_refused(recov_gpx_parse(gpx, strlen(gpx) / 2, "x", &out), "malformed XML (line");
    free(gpx);
    static const char routes[] = "<gpx version=\"1.1\"><rte><rtept lat=\"1\" lon=\"2\"/></rte></gpx>";
    assert_refused(recov_gpx_parse(routes, strlen(routes), "x", &out), "without a track");
    static const char entity[] = "<!DOCTYPE gpx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                 "<gpx><trk><name>&e;</name></trk></gpx>";
    assert_int_equal(recov_gpx_parse(entity, strlen(entity), "x", &out), RECOV_EINPUT);
    assert_int_equal(out.n, 0);
}

static const char tcx[] =
    "<?xml version=\"1.0\"?>\n"
    "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
    "<Activities><Activity Sport=\"Biking\"><Id>2026-11-20T07:00:00.000Z</Id>"
    "<Lap StartTime=\"2026-11-20T07:00:00Z\"><TotalTimeSeconds>1200</TotalTimeSeconds>"
    "<DistanceMeters>10000</DistanceMeters><AverageHeartRateBpm><Value>130</Value>"
    "</AverageHeartRateBpm><MaximumHeartRateBpm><Value>150</Value></MaximumHeartRateBpm>"
    "<Track><Trackpoint><Time>2026-11-20T07:00:00Z</Time><DistanceMeters>0</DistanceMeters>"
    "<HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>"
    "<Trackpoint><Time>2026-11-20T07:20:00Z</Time><DistanceMeters>10000</DistanceMeters>"
    "</Trackpoint></Track></Lap>"
    "<Lap StartTime=\"2026-11-20T07:25:00Z\"><TotalTimeSeconds>600</TotalTimeSeconds>"
    "<DistanceMeters>5000</DistanceMeters><AverageHeartRateBpm><Value>160</Value>"
    "</AverageHeartRateBpm><MaximumHeartRateBpm><Value>170</Value></MaximumHeartRateBpm>"
    "<Track><Trackpoint><Time>2026-11-20T07:35:00Z</Time><DistanceMeters>15000</DistanceMeters>"
    "</Trackpoint></Track></Lap><Notes>Commute</Notes></Activity></Activities>"
    "</TrainingCenterDatabase>\n";

static void test_tcx_laps(void **state)
{
    (void)state;
    struct recov_activities out = {0};
    assert_int_equal(recov_tcx_parse(tcx, strlen(tcx), "t", &out), RECOV_OK);
    assert_int_equal(out.n, 1);
    const struct recov_activity *a = &out.v[0];
    assert_string_equal(a->sport, "biking");
    assert_int_equal(a->start, iso("2026-11-20T07:00:00Z"));
    /* Timer time from the laps (a 5-minute stop between them), elapsed from the track. */
    assert_int_equal(a->moving_s, 1800);
    assert_int_equal(a->elapsed_s, 2100);
    assert_true(a->distance_m == 15000);
    /* Lap averages weighted by lap time: (130*1200 + 160*600) / 1800. */
    assert_int_equal(a->avg_hr, 140);
    assert_int_equal(a->max_hr, 170);
    assert_string_equal(a->name, "Commute");
    assert_string_equal(a->source, "tcx:t");
    recov_activities_free(&out);
    static const char course[] = "<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>";
    assert_refused(recov_tcx_parse(course, strlen(course), "t", &out), "without an activity");
    assert_refused(recov_tcx_parse("<gpx/>", 6, "t", &out), "not TCX");
}

#define FIT_START 1163000000u /* 2026-11-08T15:33:20Z */

static void test_fit_session(void **state)
{
    (void)state;
    static struct fit_build b;
    struct recov_activities out = {0};
    fit_build_activity(&b, 3912345678u, FIT_START, 30, 150, 1);
    assert_int_equal(recov_fit_parse(b.buf, b.n, &out), RECOV_OK);
    assert_int_equal(out.n, 1);
    const struct recov_activity *a = &out.v[0];
    assert_int_equal(a->start, (time_t)FIT_START + 631065600);
    assert_int_equal(a->elapsed_s, 1800);
    assert_int_equal(a->moving_s, 1800);
    assert_true(a->distance_m == 5400);
    assert_int_equal(a->avg_hr, 152);
    assert_int_equal(a->max_hr, 154);
    assert_string_equal(a->sport, "running");
    assert_string_equal(a->source, "fit:3912345678:1163000000");
    recov_activities_free(&out);
}

/* Without session and lap messages the records make the session. */
static void test_fit_records_only(void **state)
{
    (void)state;
    static struct fit_build b;
    struct recov_activities out = {0};
    unsigned char m[8];
    static const uint8_t record[] = {253, 4, 0x86, 3, 1, 0x02};
    fit_build_begin(&b);
    fit_build_define(&b, 3, 20, record, 2, 0);
    uint32_t t = FIT_START;
    memcpy(m, &t, 4); /* the test host is little-endian, as FIT's default */
    m[4] = 100;
    fit_build_data(&b, 3, m, 5);
    /* Compressed headers: 5-bit offsets that roll over 32 s. */
    static const uint8_t short_record[] = {3, 1, 0x02};
    fit_build_define(&b, 1, 20, short_record, 1, 0);
    unsigned offsets[] = {(FIT_START + 20) & 0x1F, (FIT_START + 40) & 0x1F,
                          (FIT_START + 60) & 0x1F};
    for (int i = 0; i < 3; i++) {
        unsigned char hr = (unsigned char)(110 + 10 * i);
        fit_build_data_compressed(&b, 1, offsets[i], &hr, 1);
    }
    fit_build_end(&b);
    assert_int_equal(recov_fit_parse(b.buf, b.n, &out), RECOV_OK);
    assert_int_equal(out.n, 1);
    assert_int_equal(out.v[0].elapsed_s, 60);
    assert_int_equal(out.v[0].avg_hr, 115);
    assert_int_equal(out.v[0].max_hr, 130);
    assert_true(out.v[0].distance_m < 0);
    recov_activities_free(&out);
}

static void test_fit_refusals(void **state)
{
    (void)state;
    static struct fit_build b;
    struct recov_activities out = {0};
    fit_build_activity(&b, 1, FIT_START, 10, 140, 1);
    assert_refused(recov_fit_parse(b.buf, b.n - 40, &out), "truncated");
    assert_refused(recov_fit_parse(b.buf, 9, &out), "truncated");
    b.buf[100] ^= 0x40;
    assert_refused(recov_fit_parse(b.buf, b.n, &out), "bad CRC");
    b.buf[100] ^= 0x40;
    b.buf[1] ^= 1;
    assert_refused(recov_fit_parse(b.buf, b.n, &out), "header has a bad CRC");
    assert_int_equal(out.n, 0);
}

/* Every truncation of a valid file is refused or read, never out of bounds
 * (ASan watches); the data size in the header is rewritten to match each. */
static void test_fit_every_cut(void **state)
{
    (void)state;
    static struct fit_build b, cut;
    fit_build_activity(&b, 7, FIT_START, 2, 140, 1);
    for (size_t n = 14; n < b.n - 2; n++) {
        struct recov_activities out = {0};
        memcpy(cut.buf, b.buf, n);
        cut.n = n;
        fit_build_end(&cut);
        int rc = recov_fit_parse(cut.buf, cut.n, &out);
        assert_true(rc == RECOV_OK || rc == RECOV_EINPUT);
        recov_activities_free(&out);
    }
}

static void test_sha256(void **state)
{
    (void)state;
    char hex[65];
    recov_sha256_hex("abc", 3, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    recov_sha256_hex("", 0, hex);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    static const char two[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    recov_sha256_hex(two, strlen(two), hex);
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_sport_names(void **state)
{
    (void)state;
    char out[48];
    recov_sport_normalise("  Weight Training ", out, sizeof out);
    assert_string_equal(out, "weight_training");
    recov_sport_normalise("E-Bike Ride", out, sizeof out);
    assert_string_equal(out, "e_bike_ride");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gpx_track),
        cmocka_unit_test(test_gpx_refusals),
        cmocka_unit_test(test_tcx_laps),
        cmocka_unit_test(test_fit_session),
        cmocka_unit_test(test_fit_records_only),
        cmocka_unit_test(test_fit_refusals),
        cmocka_unit_test(test_fit_every_cut),
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_sport_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
