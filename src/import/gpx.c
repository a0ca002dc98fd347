/* gpx: GPX 1.0/1.1 tracks as activities (heart rate from Garmin's extension). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/activity.h"
#include "recov/error.h"
#include "xml.h"

/* A track point's position from its lat/lon attributes; 0 when absent. */
static int point_position(xmlNode *pt, double *lat, double *lon)
{
    char a[64], b[64], *ea, *eb;
    if (recov_xml_attr(pt, "lat", a, sizeof a) || recov_xml_attr(pt, "lon", b, sizeof b))
        return 0;
    *lat = strtod(a, &ea);
    *lon = strtod(b, &eb);
    return *a && *b && *ea == '\0' && *eb == '\0' && *lat >= -90 && *lat <= 90 &&
           *lon >= -180 && *lon <= 180;
}

/* Heart rate from <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>, the
 * extension Garmin, Strava and gpsbabel write; 0 when absent. */
static int point_hr(xmlNode *pt)
{
    xmlNode *ext = recov_xml_child(pt, "extensions"), *tpx = recov_xml_find(ext, "TrackPointExtension");
    double hr;
    if (tpx && recov_xml_number(tpx, "hr", &hr) == 0 && hr >= 20 && hr <= 250)
        return (int)hr;
    return 0;
}

/* Adds the points of every segment of trk; returns how many had no time. */
static size_t add_points(xmlNode *trk, struct recov_track *t)
{
    size_t untimed = 0;
    for (xmlNode *seg = trk->children; seg; seg = seg->next) {
        if (!recov_xml_is(seg, "trkseg"))
            continue;
        for (xmlNode *pt = seg->children; pt; pt = pt->next) {
            if (!recov_xml_is(pt, "trkpt"))
                continue;
            char text[64];
            time_t at = 0;
            if (recov_xml_text(pt, "time", text, sizeof text) || recov_xml_time(text, &at))
                untimed++;
            double lat = 0, lon = 0;
            int pos = point_position(pt, &lat, &lon);
            recov_track_add(t, at, pos, lat, lon, -1, point_hr(pt));
        }
    }
    return untimed;
}

/* One <trk> into a; returns 0 or RECOV_EINPUT with a message. Without a
 * name of its own, a track takes the file's (<metadata><name>). */
static int read_track(xmlNode *root, xmlNode *trk, struct recov_activity *a)
{
    struct recov_track t;
    recov_track_init(&t);
    recov_activity_init(a);
    add_points(trk, &t);
    if (!t.points) {
        recov_error_set("GPX track without points");
        return RECOV_EINPUT;
    }
    if (recov_track_finish(&t, a)) {
        recov_error_set("GPX without times (a track needs <time> in its points)");
        return RECOV_EINPUT;
    }
    char text[128];
    if (recov_xml_text(trk, "type", text, sizeof text) == 0)
        recov_sport_normalise(text, a->sport, sizeof a->sport);
    if (recov_xml_text(trk, "name", a->name, sizeof a->name))
        recov_xml_text(recov_xml_child(root, "metadata"), "name", a->name, sizeof a->name);
    return RECOV_OK;
}

int recov_gpx_parse(const char *buf, size_t len, const char *source_tag,
                    struct recov_activities *out)
{
    static const struct recov_xml_format gpx = {
        "gpx", NULL, "trk", "gpx", "GPX",
        "GPX without a track (routes and waypoints are not sessions)", read_track,
    };
    return recov_xml_sessions(buf, len, &gpx, source_tag, out);
}
