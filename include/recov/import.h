/* import: recordings (GPX, TCX, FIT, a Strava export) found under paths, as workouts. */
#ifndef RECOV_IMPORT_H
#define RECOV_IMPORT_H

#include <stddef.h>

#include "recov/activity.h"
#include "recov/config.h"
#include "recov/entry.h"

enum recov_format {
    RECOV_FORMAT_UNKNOWN,
    RECOV_FORMAT_NDJSON,     /* recov's own export */
    RECOV_FORMAT_GPX,
    RECOV_FORMAT_TCX,
    RECOV_FORMAT_FIT,
    RECOV_FORMAT_STRAVA_CSV, /* a Strava bulk export's activities.csv */
    RECOV_FORMAT_GZIP,       /* any of these, compressed */
};

/* The format of a file from its first bytes (len may be the whole file or
 * only its start), whatever its name. */
enum recov_format recov_format_detect(const unsigned char *buf, size_t len);
const char *recov_format_name(enum recov_format f);
/* The format of the file at path from its content (a folder is UNKNOWN).
 * Returns 0 or RECOV_EIO when it cannot be read. */
int recov_format_of_path(const char *path, enum recov_format *f);

/* Reads one recording (FIT, GPX, TCX, or one of them gzipped) from memory.
 * Returns 0, RECOV_EINPUT (a bad recording, message set) or RECOV_ENOTFOUND
 * (not a recording). depth counts gzip layers (call with 0). */
int recov_import_recording(const unsigned char *buf, size_t len, int depth,
                           struct recov_activities *out);
/* Larger is no recording of one session: neither a file nor what a .gz
 * inflates to. */
#define RECOV_IMPORT_MAX_FILE (256u << 20)

/* Decompresses gzip data into a new buffer (NUL-terminated). Returns 0,
 * RECOV_EINPUT (damaged or too large) or RECOV_EIO. */
int recov_gunzip(const unsigned char *in, size_t n, unsigned char **out, size_t *len);

/* A file that was not imported, and why. */
struct recov_import_skip {
    char *path;
    char *why;
    int bad;   /* 1: a recording recov cannot read; 0: not a recording */
};

/* Reports files read so far of total, and the workouts found, while a
 * collection runs (the command draws a progress line from it). */
typedef void (*recov_import_progress_fn)(size_t done, size_t total, size_t found, void *ctx);

/* A sport [import.types] does not name ("" when a recording names none),
 * and how many sessions of it took the type of "other". */
struct recov_import_unlisted {
    char sport[48];
    size_t sessions;
};
#define RECOV_IMPORT_UNLISTED_MAX 8

struct recov_import {
    const struct recov_config *cfg;
    recov_import_progress_fn progress; /* may be NULL */
    void *progress_ctx;
    /* results */
    struct recov_entries workouts;     /* in the order found */
    struct recov_import_skip *skipped;
    size_t nskipped, nbad, files;
    /* the first RECOV_IMPORT_UNLISTED_MAX such sports; more_unlisted: how
     * many sessions of sports beyond them */
    struct recov_import_unlisted unlisted[RECOV_IMPORT_UNLISTED_MAX];
    size_t nunlisted, more_unlisted;
};

/* Walks paths (files, and folders recursively, hidden names left out),
 * detects each file's format by content, and turns every recording into a
 * workout in im->workouts. A file it cannot read is recorded in
 * im->skipped with the reason (bad = 1), as is a file in a folder that is no
 * recording (bad = 0). A path that does not exist is RECOV_EINPUT; an
 * unreadable file or out of memory is RECOV_EIO; else 0. Nothing is written. */
int recov_import_collect(struct recov_import *im, const char *const *paths, size_t npaths);
void recov_import_free(struct recov_import *im);

/* The workout an activity becomes under cfg: type from [import.types],
 * duration (moving time, else elapsed), distance, heart rate, the name as
 * note; RPE as the file gives it, else estimated from heart rate with
 * [athlete] hr_max, else the type's. Returns 0 or RECOV_EINPUT (a session
 * recov cannot hold, e.g. longer than a day) with a message. */
int recov_import_workout(const struct recov_config *cfg, const struct recov_activity *a,
                         struct recov_entry *e);
/* The session RPE (CR-10) a mean heart rate suggests under [athlete]
 * hr_max and hr_rest; -1 when hr_max is not set or avg_hr is 0. */
int recov_import_hr_rpe(const struct recov_config *cfg, int avg_hr);

#endif
