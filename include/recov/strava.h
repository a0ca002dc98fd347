/* strava: a Strava bulk export (its activities.csv and the files it names). */
#ifndef RECOV_STRAVA_H
#define RECOV_STRAVA_H

#include <stddef.h>

#include "recov/activity.h"

/* 1 when dir is an unpacked Strava export (it holds activities.csv). */
int recov_strava_is_export(const char *dir);
/* Reads the activities.csv of the export folder dir. */
int recov_strava_read_export(const char *dir, struct recov_activities *out);
/* Reads activities.csv (buf, len) found at path: one activity per row, its
 * columns found by header name and position (the header repeats Elapsed
 * Time, Distance, Max Heart Rate ...); the activity file a row names
 * (relative to the CSV's folder, .gz too) is read for heart rate when the
 * row has none. Returns 0 or RECOV_EINPUT ("row N: why") or RECOV_EIO. */
int recov_strava_read(const char *path, const char *buf, size_t len,
                      struct recov_activities *out);

#endif
