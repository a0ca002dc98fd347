/* entry_json: an entry as a JSON object, in the documented export format. */
#include "recov/entry_json.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "recov/error.h"
#include "recov/json_text.h"
#include "recov/vocab.h"
#include "recov/wellness.h"
#include "recov/when.h"

/* Where the fields of an entry go: a jansson object, or JSON text. */
struct field_sink {
    void (*text)(void *ctx, const char *key, const char *value);
    void (*integer)(void *ctx, const char *key, long long value);
    void (*real)(void *ctx, const char *key, double value);
    void (*yes)(void *ctx, const char *key);
    /* The names[i] whose bit i is set in mask, i < count, in order. */
    void (*names)(void *ctx, const char *key, const char *const *names, int count,
                  uint32_t mask);
};

/* An imported session's heart rate and origin; each left out when unknown. */
static void import_fields(const struct recov_entry *e, const struct field_sink *s, void *ctx)
{
    if (e->avg_hr)
        s->integer(ctx, "avg_hr", e->avg_hr);
    if (e->max_hr)
        s->integer(ctx, "max_hr", e->max_hr);
    if (e->source[0])
        s->text(ctx, "source", e->source);
}

/* A wellness check's items; each left out when not given. */
static void wellness_fields(const struct recov_entry *e, const struct field_sink *s, void *ctx)
{
    if (e->sleep_secs >= 0)
        s->integer(ctx, "sleep_secs", e->sleep_secs);
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        if (e->well[i])
            s->integer(ctx, recov_well_items[i].key, e->well[i]);
    if (e->resting_hr)
        s->integer(ctx, "resting_hr", e->resting_hr);
    if (e->hrv)
        s->integer(ctx, "hrv", e->hrv);
}

/* The one list of what an entry of each kind writes, in order. Key order
 * is fixed: export, import and export again must be identical. */
static void entry_fields(const struct recov_entry *e, int with_id, const struct field_sink *s,
                         void *ctx)
{
    char at[32];
    recov_when_format_utc(e->at, at, sizeof at);
    if (with_id)
        s->integer(ctx, "id", e->id);
    s->text(ctx, "kind", recov_kind_name(e->kind));
    s->text(ctx, "at", at);
    switch (e->kind) {
    case RECOV_KIND_WORKOUT:
        s->text(ctx, "type", e->type);
        s->integer(ctx, "minutes", e->minutes);
        s->integer(ctx, "rpe", e->rpe);
        if (e->rpe_estimated)
            s->yes(ctx, "rpe_estimated");
        if (e->distance_km >= 0)
            s->real(ctx, "distance_km", e->distance_km);
        import_fields(e, s, ctx);
        break;
    case RECOV_KIND_SORENESS:
        s->text(ctx, "region", recov_region_names[e->region]);
        if (e->side != RECOV_SIDE_NONE)
            s->text(ctx, "side", recov_side_names[e->side]);
        s->integer(ctx, "score", e->score);
        if (e->flags)
            s->names(ctx, "flags", recov_flag_names, RECOV_FLAG_COUNT, e->flags);
        break;
    case RECOV_KIND_RECOVERY:
        s->text(ctx, "action", recov_action_names[e->action]);
        if (e->minutes)
            s->integer(ctx, "minutes", e->minutes);
        if (e->regions)
            s->names(ctx, "regions", recov_region_names, RECOV_REGION_COUNT, e->regions);
        if (e->side != RECOV_SIDE_NONE)
            s->text(ctx, "side", recov_side_names[e->side]);
        break;
    case RECOV_KIND_WELLNESS:
        wellness_fields(e, s, ctx);
        break;
    }
    if (e->note)
        s->text(ctx, "note", e->note);
    if (e->uid[0])
        s->text(ctx, "uid", e->uid);
}

/* ---- as a jansson object ---- */

/* json_object_set_new() drops a NULL value (json_string() of text that is
 * not UTF-8, json_real() of NaN): such a field is left out. */
static void object_text(void *o, const char *key, const char *value)
{
    json_object_set_new(o, key, json_string(value));
}

static void object_integer(void *o, const char *key, long long value)
{
    json_object_set_new(o, key, json_integer(value));
}

static void object_real(void *o, const char *key, double value)
{
    json_object_set_new(o, key, json_real(value));
}

static void object_yes(void *o, const char *key)
{
    json_object_set_new(o, key, json_true());
}

static json_t *names_to_json(const char *const *names, int count, uint32_t mask)
{
    json_t *a = json_array();
    for (int i = 0; a && i < count; i++)
        if (mask & (1u << i))
            json_array_append_new(a, json_string(names[i]));
    return a;
}

static void object_names(void *o, const char *key, const char *const *names, int count,
                         uint32_t mask)
{
    json_object_set_new(o, key, names_to_json(names, count, mask));
}

static const struct field_sink object_sink = {object_text, object_integer, object_real,
                                              object_yes, object_names};

json_t *recov_regions_to_json(uint32_t mask)
{
    return names_to_json(recov_region_names, RECOV_REGION_COUNT, mask);
}

json_t *recov_entry_to_json(const struct recov_entry *e, int with_id)
{
    json_t *o = json_object();
    if (o)
        entry_fields(e, with_id, &object_sink, o);
    return o;
}

/* ---- as JSON text ---- */

/* Takes back the key just written when its value was refused (text that
 * is not UTF-8, a NaN): jansson leaves such a member out altogether. */
static void keep_if_written(struct recov_json_text *out, size_t mark, int first, int refused)
{
    if (refused) {
        out->len = mark;
        out->first = first;
    }
}

static void line_text(void *t, const char *key, const char *value)
{
    struct recov_json_text *out = t;
    size_t mark = out->len;
    int first = out->first;
    recov_json_text_key(out, key);
    keep_if_written(out, mark, first, recov_json_text_string(out, value));
}

static void line_integer(void *t, const char *key, long long value)
{
    recov_json_text_key(t, key);
    recov_json_text_integer(t, value);
}

static void line_real(void *t, const char *key, double value)
{
    struct recov_json_text *out = t;
    size_t mark = out->len;
    int first = out->first;
    recov_json_text_key(out, key);
    keep_if_written(out, mark, first, recov_json_text_real(out, value));
}

static void line_yes(void *t, const char *key)
{
    recov_json_text_key(t, key);
    recov_json_text_raw(t, "true", 4);
}

static void line_names(void *t, const char *key, const char *const *names, int count,
                       uint32_t mask)
{
    int any = 0;
    recov_json_text_key(t, key);
    recov_json_text_raw(t, "[", 1);
    for (int i = 0; i < count; i++)
        if (mask & (1u << i)) {
            if (any++)
                recov_json_text_raw(t, ",", 1);
            recov_json_text_string(t, names[i]);
        }
    recov_json_text_raw(t, "]", 1);
}

static const struct field_sink line_sink = {line_text, line_integer, line_real, line_yes,
                                            line_names};

int recov_entry_json_line(const struct recov_entry *e, int with_id, struct recov_json_text *out)
{
    recov_json_text_open(out);
    entry_fields(e, with_id, &line_sink, out);
    recov_json_text_close(out);
    recov_json_text_raw(out, "\n", 1);
    if (out->failed) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    return RECOV_OK;
}

/* ---- parsing ---- */

/* Sets "<field or value> '<what>': <why>"-style messages in one place. */
__attribute__((format(printf, 1, 2))) static int bad(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    recov_error_set("%s", msg);
    return RECOV_EINPUT;
}

/* The string field key of o, or NULL with a message when missing/not text. */
static const char *get_string(json_t *o, const char *key, int required, int *rc)
{
    json_t *v = json_object_get(o, key);
    if (!v) {
        if (required)
            *rc = bad("missing field '%s'", key);
        return NULL;
    }
    if (!json_is_string(v)) {
        *rc = bad("field '%s': must be a string", key);
        return NULL;
    }
    return json_string_value(v);
}

/* Integer field within [min, max]; absent is allowed unless required. */
static int get_int(json_t *o, const char *key, int min, int max, int required, int *out)
{
    json_t *v = json_object_get(o, key);
    if (!v)
        return required ? bad("missing field '%s'", key) : RECOV_OK;
    if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max) {
        recov_error_set("field '%s': must be a whole number from %d to %d", key, min, max);
        return RECOV_EINPUT;
    }
    *out = (int)json_integer_value(v);
    return RECOV_OK;
}

/* An array of names, each looked up with lookup; builds a bit mask. */
static int get_name_set(json_t *o, const char *key, int (*lookup)(const char *), unsigned *mask)
{
    json_t *a = json_object_get(o, key), *v;
    size_t i;
    *mask = 0;
    if (!a)
        return RECOV_OK;
    if (!json_is_array(a))
        return bad("field '%s': must be an array of names", key);
    json_array_foreach(a, i, v) {
        int bit = json_is_string(v) ? lookup(json_string_value(v)) : -1;
        if (bit < 0) {
            recov_error_set("field '%s': unknown name '%s'", key,
                            json_is_string(v) ? json_string_value(v) : "(not a string)");
            return RECOV_EINPUT;
        }
        *mask |= 1u << bit;
    }
    return RECOV_OK;
}

/* "side": "left" | "right", only for regions that come in pairs. */
static int get_side(json_t *o, uint32_t regions, struct recov_entry *e)
{
    int rc = RECOV_OK;
    const char *side = get_string(o, "side", 0, &rc);
    if (rc || !side)
        return rc;
    e->side = recov_side_index(side);
    if (e->side < 0)
        return bad("side '%s': expected left or right", side);
    for (int r = 0; r < RECOV_REGION_COUNT; r++)
        if ((regions & RECOV_REGION_BIT(r)) && !recov_region_paired(r))
            return bad("side '%s': %s does not come in pairs", side, recov_region_names[r]);
    if (!regions)
        return bad("side '%s': needs the regions it applies to", side);
    return RECOV_OK;
}

/* "uid": an entry's identity from another copy of the log. */
static int get_uid(json_t *o, struct recov_entry *e)
{
    int rc = RECOV_OK;
    const char *uid = get_string(o, "uid", 0, &rc);
    if (rc || !uid)
        return rc;
    if (!recov_uid_valid(uid))
        return bad("uid '%s': expected 36 characters such as "
                   "'0b6f3c1e-6a8d-4f0e-9c55-2d7e8a1b4c3f'", uid);
    snprintf(e->uid, sizeof e->uid, "%s", uid);
    return RECOV_OK;
}

static int check_fields(json_t *o, const char *const *allowed)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v) {
        size_t i = 0;
        while (allowed[i] && strcmp(allowed[i], key) != 0)
            i++;
        if (!allowed[i])
            return bad("unknown field '%s'", key);
    }
    return RECOV_OK;
}

/* "avg_hr", "max_hr", "source": what an imported session carried. */
static int parse_import(json_t *o, struct recov_entry *e)
{
    int rc = RECOV_OK;
    if (get_int(o, "avg_hr", RECOV_HR_MIN, RECOV_HR_MAX, 0, &e->avg_hr) ||
        get_int(o, "max_hr", RECOV_HR_MIN, RECOV_HR_MAX, 0, &e->max_hr))
        return RECOV_EINPUT;
    const char *source = get_string(o, "source", 0, &rc);
    if (rc)
        return rc;
    if (source && (!*source || strlen(source) >= sizeof e->source))
        return bad("field '%s': must be text of 1 to %zu characters", "source",
                   sizeof e->source - 1);
    if (source)
        snprintf(e->source, sizeof e->source, "%s", source);
    return RECOV_OK;
}

static int parse_workout(json_t *o, const struct recov_config *cfg, struct recov_entry *e)
{
    static const char *const allowed[] = {"kind", "at", "type", "minutes", "rpe", "rpe_estimated",
                                          "distance_km", "avg_hr", "max_hr", "source", "note",
                                          "uid", NULL};
    int rc = check_fields(o, allowed);
    const char *type = get_string(o, "type", 1, &rc);
    if (rc)
        return rc;
    const struct recov_workout_type *t = recov_config_type(cfg, type);
    if (!t)
        return bad("type '%s': unknown workout type (define it as [workout.NAME] in the config)",
                   type);
    snprintf(e->type, sizeof e->type, "%s", t->name);
    if (get_int(o, "minutes", 1, RECOV_MAX_MINUTES, 1, &e->minutes))
        return RECOV_EINPUT;
    e->rpe = -1;
    if (get_int(o, "rpe", 0, 10, 0, &e->rpe))
        return RECOV_EINPUT;
    json_t *est = json_object_get(o, "rpe_estimated");
    if (est && !json_is_boolean(est))
        return bad("field '%s': must be true or false", "rpe_estimated");
    e->rpe_estimated = e->rpe < 0 || json_is_true(est);
    if (e->rpe < 0)
        e->rpe = t->rpe;
    json_t *km = json_object_get(o, "distance_km");
    if (km && (!json_is_number(km) || !(json_number_value(km) >= 0 && json_number_value(km) <= 1000)))
        return bad("field '%s': must be a number of kilometres from 0 to 1000", "distance_km");
    if (km)
        e->distance_km = json_number_value(km);
    return parse_import(o, e);
}

static int parse_soreness(json_t *o, struct recov_entry *e)
{
    static const char *const allowed[] = {"kind", "at", "region", "side", "score", "flags", "note",
                                          "uid", NULL};
    int rc = check_fields(o, allowed);
    const char *region = get_string(o, "region", 1, &rc);
    if (rc)
        return rc;
    e->region = recov_region_index(region);
    if (e->region < 0)
        return bad("region '%s': unknown (expected a canonical region such as quads)", region);
    if (get_int(o, "score", 0, 10, 1, &e->score))
        return RECOV_EINPUT;
    if (get_side(o, RECOV_REGION_BIT(e->region), e))
        return RECOV_EINPUT;
    return get_name_set(o, "flags", recov_flag_index, &e->flags);
}

static int parse_recovery(json_t *o, struct recov_entry *e)
{
    static const char *const allowed[] = {"kind", "at", "action", "minutes", "regions", "side",
                                          "note", "uid", NULL};
    int rc = check_fields(o, allowed);
    const char *action = get_string(o, "action", 1, &rc);
    if (rc)
        return rc;
    e->action = recov_action_index(action);
    if (e->action < 0)
        return bad("action '%s': unknown (see 'recov help did')", action);
    if (get_int(o, "minutes", 0, RECOV_MAX_MINUTES, 0, &e->minutes))
        return RECOV_EINPUT;
    unsigned regions;
    rc = get_name_set(o, "regions", recov_region_index, &regions);
    e->regions = regions;
    return rc ? rc : get_side(o, e->regions, e);
}

static int parse_wellness(json_t *o, struct recov_entry *e)
{
    static const char *const allowed[] = {"kind", "at", "sleep_secs", "sleep_quality", "fatigue",
                                          "stress", "mood", "resting_hr", "hrv", "note", "uid",
                                          NULL};
    int rc = check_fields(o, allowed);
    if (rc || get_int(o, "sleep_secs", 0, RECOV_SLEEP_MAX_SECS, 0, &e->sleep_secs) ||
        get_int(o, "resting_hr", RECOV_HR_MIN, RECOV_HR_MAX, 0, &e->resting_hr) ||
        get_int(o, "hrv", RECOV_HRV_MIN, RECOV_HRV_MAX, 0, &e->hrv))
        return RECOV_EINPUT;
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        if (get_int(o, recov_well_items[i].key, 1, 5, 0, &e->well[i]))
            return RECOV_EINPUT;
    if (!recov_wellness_any(e))
        return bad("%s", "a wellness entry needs at least one of sleep_secs, sleep_quality, "
                         "fatigue, stress, mood, resting_hr, hrv");
    return RECOV_OK;
}

static int parse_object(json_t *o, const struct recov_config *cfg, struct recov_entry *e)
{
    int rc = RECOV_OK;
    const char *kind = get_string(o, "kind", 1, &rc);
    if (rc)
        return rc;
    if (!strcmp(kind, "workout"))
        recov_entry_init(e, RECOV_KIND_WORKOUT);
    else if (!strcmp(kind, "soreness"))
        recov_entry_init(e, RECOV_KIND_SORENESS);
    else if (!strcmp(kind, "recovery"))
        recov_entry_init(e, RECOV_KIND_RECOVERY);
    else if (!strcmp(kind, "wellness"))
        recov_entry_init(e, RECOV_KIND_WELLNESS);
    else
        return bad("kind '%s': expected workout, soreness, recovery or wellness", kind);
    const char *at = get_string(o, "at", 1, &rc);
    if (rc)
        return rc;
    /* Nothing before 2000, as on the command line (import checks the
     * future against its clock). */
    if (recov_when_parse_iso(at, &e->at) || recov_when_check_floor(at, e->at))
        return RECOV_EINPUT;
    const char *note = get_string(o, "note", 0, &rc);
    if (rc)
        return rc;
    if (note && recov_note_check(note))
        return RECOV_EINPUT;
    if (note)
        e->note = strdup(note);
    if (get_uid(o, e))
        return RECOV_EINPUT;
    switch (e->kind) {
    case RECOV_KIND_WORKOUT:
        return parse_workout(o, cfg, e);
    case RECOV_KIND_SORENESS:
        return parse_soreness(o, e);
    case RECOV_KIND_RECOVERY:
        return parse_recovery(o, e);
    case RECOV_KIND_WELLNESS:
        return parse_wellness(o, e);
    }
    return RECOV_EINPUT;
}

int recov_entry_from_json_value(json_t *o, const struct recov_config *cfg,
                                struct recov_entry *out)
{
    recov_entry_init(out, RECOV_KIND_WORKOUT);
    return json_is_object(o) ? parse_object(o, cfg, out) : bad("%s", "expected a JSON object");
}

int recov_entry_from_json(const char *text, size_t len, const struct recov_config *cfg,
                          struct recov_entry *out)
{
    json_error_t err;
    recov_entry_init(out, RECOV_KIND_WORKOUT);
    json_t *o = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
    if (!o) {
        recov_error_set("not valid JSON: %s", err.text);
        return RECOV_EINPUT;
    }
    int rc = recov_entry_from_json_value(o, cfg, out);
    json_decref(o);
    return rc;
}
