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
    xmlChar *a = xmlGetProp(pt, (const xmlChar *)"lat"), *b = xmlGetProp(pt, (const xmlChar *)"lon");
    int ok = a && b;
    if (ok) {
        char *ea, *eb;
        *lat = strtod((const char *)a, &ea);
        *lon = strtod((const char *)b, &eb);
        ok = *ea == '\0' && *eb == '\0' && *lat >= -90 && *lat <= 90 && *lon >= -180 &&
             *lon <= 180;
    }
    xmlFree(a);
    xmlFree(b);
    return ok;
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

/* One <trk> into a; returns 0 or RECOV_EINPUT with a message. */
static int read_track(xmlNode *trk, const char *fallback_name, struct recov_activity *a)
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
    if (recov_xml_text(trk, "name", a->name, sizeof a->name) && fallback_name)
        snprintf(a->name, sizeof a->name, "%s", fallback_name);
    return RECOV_OK;
}

int recov_gpx_parse(const char *buf, size_t len, const char *source_tag,
                    struct recov_activities *out)
{
    xmlDocPtr doc = recov_xml_read(buf, len);
    if (!doc)
        return RECOV_EINPUT;
    xmlNode *root = xmlDocGetRootElement(doc);
    size_t before = out->n, tracks = 0;
    int rc = RECOV_OK;
    if (!recov_xml_is(root, "gpx")) {
        recov_error_set("not GPX (the root element is not <gpx>)");
        rc = RECOV_EINPUT;
    }
    char meta_name[128] = "";
    xmlNode *meta = rc ? NULL : recov_xml_child(root, "metadata");
    if (meta)
        recov_xml_text(meta, "name", meta_name, sizeof meta_name);
    for (xmlNode *trk = rc ? NULL : root->children; trk && rc == RECOV_OK; trk = trk->next) {
        if (!recov_xml_is(trk, "trk"))
            continue;
        struct recov_activity a;
        rc = read_track(trk, meta_name[0] ? meta_name : NULL, &a);
        /* A file with two tracks holds two sessions: number the second on. */
        if (rc == RECOV_OK) {
            snprintf(a.source, sizeof a.source, tracks ? "gpx:%.64s:%zu" : "gpx:%.64s",
                     source_tag, tracks);
            rc = recov_activities_push(out, &a);
        }
        tracks++;
    }
    if (rc == RECOV_OK && tracks == 0) {
        recov_error_set("GPX without a track (routes and waypoints are not sessions)");
        rc = RECOV_EINPUT;
    }
    if (rc)
        out->n = before;
    xmlFreeDoc(doc);
    return rc;
}
