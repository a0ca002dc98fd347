/* tcx: Training Center Database v2 activities (laps, track points, heart rate). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "recov/activity.h"
#include "recov/error.h"
#include "xml.h"

/* The number in <name><Value>N</Value></name>, as TCX writes heart rates. */
static int bpm(xmlNode *node, const char *name)
{
    double v;
    xmlNode *c = recov_xml_child(node, name);
    if (c && recov_xml_number(c, "Value", &v) == 0 && v >= 20 && v <= 250)
        return (int)lround(v);
    return 0;
}

static void add_trackpoints(xmlNode *lap, struct recov_track *t)
{
    for (xmlNode *trk = lap->children; trk; trk = trk->next) {
        if (!recov_xml_is(trk, "Track"))
            continue;
        for (xmlNode *pt = trk->children; pt; pt = pt->next) {
            if (!recov_xml_is(pt, "Trackpoint"))
                continue;
            char text[64];
            time_t at = 0;
            if (recov_xml_text(pt, "Time", text, sizeof text) == 0)
                recov_xml_time(text, &at);
            xmlNode *pos = recov_xml_child(pt, "Position");
            double lat = 0, lon = 0, dist = -1;
            int have_pos = pos && recov_xml_number(pos, "LatitudeDegrees", &lat) == 0 &&
                           recov_xml_number(pos, "LongitudeDegrees", &lon) == 0;
            if (recov_xml_number(pt, "DistanceMeters", &dist) || dist < 0)
                dist = -1;
            recov_track_add(t, at, have_pos, lat, lon, dist, bpm(pt, "HeartRateBpm"));
        }
    }
}

/* Lap totals, as the device summed them. */
struct laps {
    double seconds, metres, hr_weighted;
    int all_have_time, all_have_dist, all_have_hr, hr_max, n;
};

static void add_lap(xmlNode *lap, struct laps *l)
{
    double secs, metres;
    int have_secs = recov_xml_number(lap, "TotalTimeSeconds", &secs) == 0 && secs >= 0;
    l->n++;
    if (have_secs)
        l->seconds += secs;
    l->all_have_time &= have_secs;
    if (recov_xml_number(lap, "DistanceMeters", &metres) == 0 && metres >= 0)
        l->metres += metres;
    else
        l->all_have_dist = 0;
    int avg = bpm(lap, "AverageHeartRateBpm"), max = bpm(lap, "MaximumHeartRateBpm");
    if (avg && have_secs)
        l->hr_weighted += avg * secs;
    else
        l->all_have_hr = 0;
    if (max > l->hr_max)
        l->hr_max = max;
}

static int read_activity(xmlNode *root, xmlNode *act, struct recov_activity *a)
{
    (void)root;
    struct recov_track t;
    struct laps l = {0, 0, 0, 1, 1, 1, 0, 0};
    recov_track_init(&t);
    recov_activity_init(a);
    char text[128];
    if (recov_xml_attr(act, "Sport", text, sizeof text) == 0)
        recov_sport_normalise(text, a->sport, sizeof a->sport);
    if (recov_xml_text(act, "Id", text, sizeof text) == 0)
        recov_xml_time(text, &a->start);
    recov_xml_text(act, "Notes", a->name, sizeof a->name);
    for (xmlNode *lap = act->children; lap; lap = lap->next) {
        if (!recov_xml_is(lap, "Lap"))
            continue;
        add_lap(lap, &l);
        add_trackpoints(lap, &t);
    }
    if (l.n && l.all_have_time)
        a->moving_s = (int)lround(l.seconds);
    if (l.n && l.all_have_dist)
        a->distance_m = l.metres;
    if (l.n && l.all_have_hr && l.seconds > 0)
        a->avg_hr = (int)lround(l.hr_weighted / l.seconds);
    a->max_hr = l.hr_max;
    if (recov_track_finish(&t, a) && a->start <= 0) {
        recov_error_set("TCX activity without times (no <Id> and no timed track points)");
        return RECOV_EINPUT;
    }
    if (a->elapsed_s < 0 && a->moving_s >= 0)
        a->elapsed_s = a->moving_s;
    if (a->elapsed_s < 0) {
        recov_error_set("TCX activity without a duration (no lap times, no track)");
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

int recov_tcx_parse(const char *buf, size_t len, const char *source_tag,
                    struct recov_activities *out)
{
    static const struct recov_xml_format tcx = {
        "TrainingCenterDatabase", "Activities", "Activity", "tcx", "TCX",
        "TCX without an activity (courses are not sessions)", read_activity,
    };
    return recov_xml_sessions(buf, len, &tcx, source_tag, out);
}
