/* fit: recov's own decoder of FIT activity files (file_id, session, lap, record).
 *
 * The FIT protocol (Garmin's FIT SDK, "Flexible and Interoperable Data
 * Transfer"): a 12- or 14-byte header, definition messages that describe
 * the layout of the data messages that follow under a local type (0-15),
 * and a CRC-16 over the whole file. Debian ships no FIT library, so this
 * one is small and checks every length against the buffer before reading. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "recov/activity.h"
#include "recov/error.h"

#define FIT_EPOCH 631065600 /* 1989-12-31T00:00:00Z, FIT's time zero */
#define MAX_FIELDS 255

enum { MSG_FILE_ID = 0, MSG_SESSION = 18, MSG_LAP = 19, MSG_RECORD = 20, MSG_SPORT = 12 };

struct field {
    uint8_t num, size, base;
};

struct definition {
    int defined;
    int big_endian;
    uint16_t global;
    uint8_t nfields;
    struct field fields[MAX_FIELDS];
    size_t dev_size; /* developer fields: skipped */
};

/* One data message's values by field number (only the ones recov reads). */
struct values {
    int have[256];
    uint64_t v[256];
};

/* What the decoder gathers while it walks the file. */
struct state {
    struct definition defs[16];
    uint32_t last_time;          /* for compressed timestamp headers */
    uint32_t serial, created;
    int file_type;               /* file_id.type: 4 = activity; -1 unknown */
    char sport[48];              /* from a sport message, for files without a session */
    struct recov_activities sessions, laps;
    struct recov_track track;
    size_t records;
};

/* The CRC-16 of the FIT protocol (its reference nibble-table form). */
uint16_t recov_fit_crc(uint16_t crc, const unsigned char *p, size_t n)
{
    static const uint16_t t[16] = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00,
                                   0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401,
                                   0x5000, 0x9C01, 0x8801, 0x4400};
    for (size_t i = 0; i < n; i++) {
        uint16_t tmp = t[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ t[p[i] & 0xF];
        tmp = t[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ t[(p[i] >> 4) & 0xF];
    }
    return crc;
}

static uint64_t read_uint(const unsigned char *p, size_t n, int big_endian)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)p[big_endian ? n - 1 - i : i] << (8 * i);
    return v;
}

/* FIT marks a missing value with the base type's "invalid" pattern. */
static int is_invalid(uint8_t base, uint64_t v, size_t size)
{
    switch (base & 0x1F) {
    case 0x00: case 0x02: case 0x0D: return v == 0xFF;             /* enum, uint8, byte */
    case 0x01: return v == 0x7F;                                   /* sint8 */
    case 0x03: return v == 0x7FFF;                                 /* sint16 */
    case 0x04: return v == 0xFFFF;                                 /* uint16 */
    case 0x05: return v == 0x7FFFFFFF;                             /* sint32 */
    case 0x06: return v == 0xFFFFFFFF;                             /* uint32 */
    case 0x0A: case 0x0B: case 0x0C: return v == 0;                /* uint8z, uint16z, uint32z */
    default: return size > 4;  /* strings, floats, 64-bit: recov reads none */
    }
}

static int bad(const char *why)
{
    recov_error_set("FIT %s", why);
    return RECOV_EINPUT;
}

/* Reads a definition message at p (n bytes left); sets *used. */
static int read_definition(struct state *s, int local, int dev, const unsigned char *p,
                           size_t n, size_t *used)
{
    struct definition *d = &s->defs[local];
    if (n < 5)
        return bad("file is truncated (in a definition message)");
    d->big_endian = p[1] == 1;
    d->global = (uint16_t)read_uint(p + 2, 2, d->big_endian);
    d->nfields = p[4];
    size_t off = 5 + (size_t)d->nfields * 3;
    if (off > n)
        return bad("file is truncated (in a definition message)");
    for (int i = 0; i < d->nfields; i++) {
        d->fields[i].num = p[5 + 3 * i];
        d->fields[i].size = p[6 + 3 * i];
        d->fields[i].base = p[7 + 3 * i];
    }
    d->dev_size = 0;
    if (dev) {
        if (off + 1 > n)
            return bad("file is truncated (in developer field definitions)");
        size_t ndev = p[off++];
        if (off + ndev * 3 > n)
            return bad("file is truncated (in developer field definitions)");
        for (size_t i = 0; i < ndev; i++)
            d->dev_size += p[off + 3 * i + 1];
        off += ndev * 3;
    }
    d->defined = 1;
    *used = off;
    return RECOV_OK;
}

static time_t fit_time(uint64_t v)
{
    return (time_t)v + FIT_EPOCH;
}

/* FIT's sport enum (profile "sport"), the common values by name. */
static const char *sport_name(uint64_t sport, uint64_t sub)
{
    static const char *const names[] = {
        "generic", "running", "cycling", "transition", "fitness_equipment", "swimming",
        "basketball", "soccer", "tennis", "american_football", "training", "walking",
        "cross_country_skiing", "alpine_skiing", "snowboarding", "rowing", "mountaineering",
        "hiking", "multisport", "paddling", "flying", "e_biking"};
    if (sport == 10 && sub == 20)
        return "strength_training";
    if (sport == 10 && sub == 43)
        return "yoga";
    if (sport == 10 && sub == 44)
        return "pilates";
    return sport < sizeof names / sizeof *names ? names[sport] : "";
}

/* A session or lap message: the same field numbers for what recov reads,
 * except heart rate (session 16/17, lap 15/16) and sport (session 5, lap 25). */
static void summary(const struct values *m, int lap, const char *fallback_sport,
                    struct recov_activity *a)
{
    int avg = lap ? 15 : 16, max = lap ? 16 : 17, sport = lap ? 25 : 5, sub = lap ? 39 : 6;
    recov_activity_init(a);
    if (m->have[2])
        a->start = fit_time(m->v[2]);
    else if (m->have[253] && m->have[7])
        a->start = fit_time(m->v[253]) - (time_t)(m->v[7] / 1000);
    if (m->have[7])
        a->elapsed_s = (int)((m->v[7] + 500) / 1000);
    if (m->have[8])
        a->moving_s = (int)((m->v[8] + 500) / 1000);
    if (m->have[9])
        a->distance_m = (double)m->v[9] / 100.0;
    if (m->have[avg] && m->v[avg] >= 20 && m->v[avg] <= 250)
        a->avg_hr = (int)m->v[avg];
    if (m->have[max] && m->v[max] >= 20 && m->v[max] <= 250)
        a->max_hr = (int)m->v[max];
    snprintf(a->sport, sizeof a->sport, "%s",
             m->have[sport] ? sport_name(m->v[sport], m->have[sub] ? m->v[sub] : 0)
                            : fallback_sport);
}

static int take(struct state *s, const struct definition *d, const struct values *m)
{
    struct recov_activity a;
    switch (d->global) {
    case MSG_FILE_ID:
        if (m->have[0])
            s->file_type = (int)m->v[0];
        if (m->have[3])
            s->serial = (uint32_t)m->v[3];
        if (m->have[4])
            s->created = (uint32_t)m->v[4];
        return RECOV_OK;
    case MSG_SPORT:
        if (m->have[0])
            snprintf(s->sport, sizeof s->sport, "%s",
                     sport_name(m->v[0], m->have[1] ? m->v[1] : 0));
        return RECOV_OK;
    case MSG_SESSION:
    case MSG_LAP:
        summary(m, d->global == MSG_LAP, s->sport, &a);
        return recov_activities_push(d->global == MSG_LAP ? &s->laps : &s->sessions, &a);
    case MSG_RECORD: {
        /* Semicircles: 2^31 of them make 180 degrees. */
        const double deg = 180.0 / 2147483648.0;
        int pos = m->have[0] && m->have[1];
        double lat = pos ? (double)(int32_t)m->v[0] * deg : 0;
        double lon = pos ? (double)(int32_t)m->v[1] * deg : 0;
        double dist = m->have[5] ? (double)m->v[5] / 100.0 : -1;
        int hr = m->have[3] && m->v[3] >= 20 && m->v[3] <= 250 ? (int)m->v[3] : 0;
        s->records++;
        recov_track_add(&s->track, m->have[253] ? fit_time(m->v[253]) : 0, pos, lat, lon, dist,
                        hr);
        return RECOV_OK;
    }
    }
    return RECOV_OK;
}

/* Reads a data message of definition d at p; timestamp is set (compressed
 * header) or 0. */
static int read_data(struct state *s, const struct definition *d, uint32_t timestamp,
                     const unsigned char *p, size_t n, size_t *used)
{
    struct values m;
    size_t off = 0;
    memset(m.have, 0, sizeof m.have);
    for (int i = 0; i < d->nfields; i++) {
        const struct field *f = &d->fields[i];
        if (off + f->size > n)
            return bad("file is truncated (in a data message)");
        if (f->size >= 1 && f->size <= 8 && !is_invalid(f->base, read_uint(p + off, f->size, d->big_endian), f->size)) {
            m.have[f->num] = 1;
            m.v[f->num] = read_uint(p + off, f->size, d->big_endian);
        }
        off += f->size;
    }
    if (off + d->dev_size > n)
        return bad("file is truncated (in developer fields)");
    *used = off + d->dev_size;
    if (timestamp) {
        m.have[253] = 1;
        m.v[253] = timestamp;
    }
    if (m.have[253])
        s->last_time = (uint32_t)m.v[253];
    return take(s, d, &m);
}

/* A compressed header's 5-bit offset rolls the last full timestamp on. */
static uint32_t compressed_time(uint32_t last, unsigned offset)
{
    uint32_t t = (last & ~0x1Fu) + offset;
    return offset >= (last & 0x1F) ? t : t + 0x20;
}

static int read_records(struct state *s, const unsigned char *p, size_t n)
{
    size_t pos = 0;
    while (pos < n) {
        uint8_t h = p[pos++];
        size_t used = 0;
        int rc;
        if (h & 0x80) {
            int local = (h >> 5) & 0x3;
            if (!s->defs[local].defined)
                return bad("data message without a definition");
            rc = read_data(s, &s->defs[local], compressed_time(s->last_time, h & 0x1F), p + pos,
                           n - pos, &used);
        } else if (h & 0x40) {
            rc = read_definition(s, h & 0xF, (h & 0x20) != 0, p + pos, n - pos, &used);
        } else {
            if (!s->defs[h & 0xF].defined)
                return bad("data message without a definition");
            rc = read_data(s, &s->defs[h & 0xF], 0, p + pos, n - pos, &used);
        }
        if (rc)
            return rc;
        pos += used;
    }
    return RECOV_OK;
}

/* Header and CRCs; sets the data range. */
static int check_header(const unsigned char *buf, size_t len, size_t *start, size_t *size)
{
    if (len < 12 || (buf[0] != 12 && buf[0] != 14) || memcmp(buf + 8, ".FIT", 4) != 0)
        return bad(len < 12 ? "file is truncated (shorter than its header)"
                            : "header is not a FIT header");
    size_t hs = buf[0];
    if (len < hs)
        return bad("file is truncated (shorter than its header)");
    uint32_t data = (uint32_t)read_uint(buf + 4, 4, 0);
    if (hs == 14) {
        uint16_t want = (uint16_t)read_uint(buf + 12, 2, 0);
        if (want != 0 && recov_fit_crc(0, buf, 12) != want)
            return bad("header has a bad CRC");
    }
    if ((uint64_t)len < (uint64_t)hs + data + 2)
        return bad("file is truncated (shorter than its header says)");
    uint16_t want = (uint16_t)read_uint(buf + hs + data, 2, 0);
    if (recov_fit_crc(0, buf, hs + data) != want)
        return bad("file has a bad CRC (damaged or cut short)");
    *start = hs;
    *size = data;
    return RECOV_OK;
}

/* Files without a session: laps summed, or else the records themselves. */
static int from_laps_or_records(struct state *s, struct recov_activity *a)
{
    recov_activity_init(a);
    snprintf(a->sport, sizeof a->sport, "%s", s->sport);
    if (s->laps.n) {
        const struct recov_activity *first = &s->laps.v[0];
        double hr = 0, secs = 0, metres = 0;
        int moving = 0, elapsed = 0, max = 0, all_hr = 1;
        for (size_t i = 0; i < s->laps.n; i++) {
            const struct recov_activity *l = &s->laps.v[i];
            elapsed += l->elapsed_s > 0 ? l->elapsed_s : 0;
            moving += l->moving_s > 0 ? l->moving_s : 0;
            metres += l->distance_m > 0 ? l->distance_m : 0;
            hr += (double)l->avg_hr * (l->elapsed_s > 0 ? l->elapsed_s : 0);
            secs += l->elapsed_s > 0 ? l->elapsed_s : 0;
            all_hr &= l->avg_hr > 0;
            max = l->max_hr > max ? l->max_hr : max;
        }
        a->start = first->start;
        a->elapsed_s = elapsed ? elapsed : -1;
        a->moving_s = moving ? moving : -1;
        a->distance_m = metres > 0 ? metres : -1;
        a->avg_hr = all_hr && secs > 0 ? (int)(hr / secs + 0.5) : 0;
        a->max_hr = max;
        if (first->sport[0])
            snprintf(a->sport, sizeof a->sport, "%s", first->sport);
    }
    if (recov_track_finish(&s->track, a) && a->start <= 0)
        return bad("file has no session, lap or timed record");
    if (a->elapsed_s < 0)
        return bad("file has no session, lap or timed record");
    return RECOV_OK;
}

static int collect(struct state *s, struct recov_activities *out)
{
    /* Activities, and courses: converters such as gpsbabel write a recorded
     * track as a course of timed records. Settings, workouts, monitoring
     * and the like hold no session. */
    if (s->file_type >= 0 && s->file_type != 4 && s->file_type != 6)
        return bad("file is not an activity (its file_id type is neither activity nor course)");
    struct recov_activity one;
    const struct recov_activity *v = s->sessions.v;
    size_t n = s->sessions.n;
    if (!n) {
        int rc = from_laps_or_records(s, &one);
        if (rc)
            return rc;
        v = &one;
        n = 1;
    }
    for (size_t i = 0; i < n; i++) {
        struct recov_activity a = v[i];
        if (a.start <= 0)
            return bad("session without a start time");
        if (a.elapsed_s < 0 && a.moving_s < 0)
            return bad("session without a duration");
        /* The device's serial and the file's creation time name it for good. */
        if (s->serial || s->created)
            snprintf(a.source, sizeof a.source, n > 1 ? "fit:%u:%u:%zu" : "fit:%u:%u",
                     (unsigned)s->serial, (unsigned)s->created, i);
        else
            snprintf(a.source, sizeof a.source, "fit:start:%lld", (long long)a.start);
        int rc = recov_activities_push(out, &a);
        if (rc)
            return rc;
    }
    return RECOV_OK;
}

int recov_fit_parse(const unsigned char *buf, size_t len, struct recov_activities *out)
{
    struct state s;
    size_t start, size, before = out->n;
    memset(&s, 0, sizeof s);
    s.file_type = -1;
    recov_track_init(&s.track);
    int rc = check_header(buf, len, &start, &size);
    if (rc == RECOV_OK)
        rc = read_records(&s, buf + start, size);
    if (rc == RECOV_OK)
        rc = collect(&s, out);
    if (rc)
        out->n = before;
    recov_activities_free(&s.sessions);
    recov_activities_free(&s.laps);
    return rc;
}
