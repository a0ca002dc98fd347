/* activity: a session as a recording file tells it, before it is a workout. */
#ifndef RECOV_ACTIVITY_H
#define RECOV_ACTIVITY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/config_sports.h"

/* What one recorded session says about itself; "unknown" markers are
 * negative (or 0 for heart rate, "" for text). Parsers fill these and know
 * nothing of workout types, RPE or the database. */
struct recov_activity {
    char sport[48];      /* normalised: lowercase, '_' between words; "" unknown */
    time_t start;        /* UTC */
    int elapsed_s;       /* start to end; < 0 unknown */
    int moving_s;        /* timer or moving time; < 0 unknown */
    double distance_m;   /* < 0 unknown */
    int avg_hr, max_hr;  /* beats per minute; 0 unknown */
    int rpe;             /* the file's perceived exertion 0-10; < 0 none */
    char name[128];      /* the activity's name, "" when none */
    char source[96];     /* where it came from: "fit:SERIAL:TIME", "gpx:SHA256" */
};

struct recov_activities {
    struct recov_activity *v;
    size_t n, cap;
};

/* A zeroed activity with every "unknown" marker set. */
void recov_activity_init(struct recov_activity *a);
/* Appends a copy of a. Returns 0 or RECOV_EIO (out of memory). */
int recov_activities_push(struct recov_activities *list, const struct recov_activity *a);
void recov_activities_free(struct recov_activities *list);

/* The parsers read a whole file from memory and append its activities to
 * out. Each returns 0, or RECOV_EINPUT with a message saying what is wrong
 * with the file ("truncated", "bad CRC", "no times" ...), leaving out as it
 * was. source_tag names the file's content (a hash) for formats whose
 * sessions have no identity of their own. */
int recov_gpx_parse(const char *buf, size_t len, const char *source_tag,
                    struct recov_activities *out);
int recov_tcx_parse(const char *buf, size_t len, const char *source_tag,
                    struct recov_activities *out);
int recov_fit_parse(const unsigned char *buf, size_t len, struct recov_activities *out);
/* The FIT protocol's CRC-16 of n bytes, continuing from crc (start at 0). */
uint16_t recov_fit_crc(uint16_t crc, const unsigned char *p, size_t n);

/* Summing a session from its track points, for files (or parts of files)
 * that carry no totals. Every parser uses it, so that the same points give
 * the same session whatever the format. */
struct recov_track {
    time_t first, last;      /* 0 before the first timed point */
    double pos_m;            /* summed along positions */
    double field_m;          /* the largest cumulative distance recorded */
    double last_lat, last_lon;
    int have_pos, have_dist;
    long hr_sum, hr_n;
    int hr_max;
    size_t points;
};
void recov_track_init(struct recov_track *t);
/* Adds one point: t (0 when the point has no time), position (have_pos),
 * cumulative distance in metres (< 0 when absent), heart rate (0 absent). */
void recov_track_add(struct recov_track *t, time_t at, int have_pos, double lat, double lon,
                     double dist_m, int hr);
/* Fills a's start, elapsed time, distance and heart rate from the track
 * where a does not know them. Returns 0, or -1 when no point had a time. */
int recov_track_finish(const struct recov_track *t, struct recov_activity *a);

/* Great-circle distance in metres between two points in degrees. */
double recov_geo_distance(double lat1, double lon1, double lat2, double lon2);

/* The SHA-256 of buf as 64 lowercase hex digits (hex: 65 bytes). */
void recov_sha256_hex(const void *buf, size_t len, char *hex);

#endif
