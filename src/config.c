/* config: built-in defaults, overridden by recov.ini, every value checked. */
#include "recov/config.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <iniparser.h>

#include "recov/error.h"
#include "recov/vocab.h"
#include "recov/when.h"
#include "recov/xdg.h"

enum key_type { KEY_INT, KEY_REAL, KEY_BOOL, KEY_CLOCK, KEY_DELAY, KEY_WEEKSTART, KEY_QUIET,
                KEY_WEEKLY };

/* One scalar key: where it lives in struct recov_config and what it accepts.
 * The default is written as the user would write it and goes through the
 * same parser, so the table is the only statement of each default. */
struct key {
    const char *section, *name;
    enum key_type type;
    size_t offset;
    double min, max;
    const char *def, *range, *meaning;
};

#define ADV(f) offsetof(struct recov_config, advice.f)
#define REM(f) offsetof(struct recov_config, remind.f)

static const struct key keys[] = {
    {"general", "week_start", KEY_WEEKSTART, offsetof(struct recov_config, week_start), 0, 1,
     "monday", "monday|sunday", "first day of a week in summaries"},
    {"advice", "persist_days", KEY_INT, ADV(persist_days), 1, 60, "7", "1-60",
     "soreness lasting longer than this since onset: see a clinician"},
    {"advice", "current_days", KEY_INT, ADV(current_days), 1, 14, "3", "1-14",
     "days a region's latest soreness score still guides advice"},
    {"advice", "improve_days", KEY_INT, ADV(improve_days), 1, 30, "5", "1-30",
     "days after the peak within which soreness should have improved"},
    {"advice", "improve_points", KEY_INT, ADV(improve_points), 1, 10, "2", "1-10",
     "the improvement expected within improve_days (NRS points)"},
    {"advice", "acute_hours", KEY_INT, ADV(acute_hours), 1, 240, "72", "1-240",
     "hours an injury counts as fresh: ice, no heat, no massage"},
    {"advice", "explain_days", KEY_INT, ADV(explain_days), 1, 14, "3", "1-14",
     "a workout this many days before soreness explains it"},
    {"advice", "unexplained_score", KEY_INT, ADV(unexplained_score), 1, 10, "4", "1-10",
     "unexplained soreness at or above this score is flagged"},
    {"advice", "warmup_score", KEY_INT, ADV(warmup_score), 1, 10, "4", "1-10",
     "training a region still this sore: warm up and go lighter"},
    {"advice", "hard_rpe", KEY_INT, ADV(hard_rpe), 0, 10, "7", "0-10",
     "sessions at or above this RPE: protein and sleep advice"},
    {"advice", "cooldown_hours", KEY_INT, ADV(cooldown_hours), 1, 48, "6", "1-48",
     "hours after a workout during which a missing cool-down is suggested"},
    {"advice", "acwr_spike", KEY_REAL, ADV(acwr_spike), 1.0, 3.0, "1.5", "1.0-3.0",
     "acute:chronic ratio at or above this: reduce load"},
    {"advice", "monotony_max", KEY_REAL, ADV(monotony_max), 1.0, 10.0, "2.0", "1.0-10.0",
     "7-day monotony above this: vary training"},
    {"remind", "cooldown_delay", KEY_DELAY, REM(cooldown_delay), 0, 240, "5m", "0m-4h",
     "cool-down reminder this long after a workout ends"},
    {"remind", "checkin_min_rpe", KEY_INT, REM(checkin_min_rpe), 0, 11, "5", "0-11",
     "workouts at or above this RPE get a next-day check-in (11: never)"},
    {"remind", "checkin_time", KEY_CLOCK, REM(checkin_time), 0, 1439, "09:00", "HH:MM",
     "time of the next-day soreness check-in"},
    {"remind", "quiet_hours", KEY_QUIET, REM(quiet_start), 0, 0, "22:00-07:00",
     "HH:MM-HH:MM|off", "reminders due then are held until they end"},
    {"remind", "urgent_breaks_quiet", KEY_BOOL, REM(urgent_breaks_quiet), 0, 1, "true",
     "true|false", "urgent warnings are shown during quiet hours"},
    {"remind", "weekly", KEY_WEEKLY, REM(weekly_enabled), 0, 0, "off", "off|DAY HH:MM",
     "weekly summary reminder, e.g. 'sun 19:00'"},
    {"remind", "notify_timeout", KEY_INT, REM(notify_timeout), 1, 60, "5", "1-60",
     "seconds to wait for the notification server before retrying later"},
};
#define NKEYS (sizeof keys / sizeof *keys)

struct builtin_type {
    const char *name, *regions;
    int rpe;
};

static const struct builtin_type builtin_types[] = {
    {"run", "quads hamstrings calves shins glutes", 6},
    {"walk", "calves quads feet", 3},
    {"hike", "quads hamstrings calves glutes knees", 5},
    {"cycle", "quads glutes hamstrings calves", 5},
    {"swim", "shoulders arms upper-back chest core", 5},
    {"strength", "chest shoulders arms upper-back lower-back core glutes quads hamstrings", 7},
    {"yoga", "hips hamstrings lower-back shoulders core", 3},
    {"sports", "quads hamstrings calves ankles knees glutes", 6},
};

static const struct { const char *alias, *regions; } builtin_aliases[] = {
    {"thighs", "quads"}, {"back", "lower-back"}, {"waist", "lower-back"},
    {"legs", "quads hamstrings calves"}, {"shoulder", "shoulders"}, {"quad", "quads"},
    {"hamstring", "hamstrings"}, {"calf", "calves"}, {"shin", "shins"}, {"knee", "knees"},
    {"ankle", "ankles"}, {"foot", "feet"}, {"hip", "hips"}, {"glute", "glutes"},
    {"arm", "arms"}, {"forearm", "forearms"}, {"abs", "core"}, {"biceps", "arms"},
    {"triceps", "arms"}, {"traps", "upper-back neck"}, {"lats", "upper-back"},
    {"pecs", "chest"}, {"buttocks", "glutes"},
};

/* Parses a list of canonical region names separated by commas or spaces. */
static int parse_region_list(const char *text, uint32_t *mask, char *bad, size_t badn)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    *mask = 0;
    for (char *save = NULL, *w = strtok_r(buf, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
        int r = recov_region_index(w);
        if (r < 0) {
            snprintf(bad, badn, "%s", w);
            return -1;
        }
        *mask |= RECOV_REGION_BIT(r);
    }
    return *mask ? 0 : -1;
}

static void add_alias(struct recov_config *cfg, const char *name, uint32_t regions, int from_file)
{
    for (size_t i = 0; i < cfg->naliases; i++) {
        if (strcmp(cfg->aliases[i].name, name) == 0) {
            cfg->aliases[i].regions = regions;
            cfg->aliases[i].from_file = from_file;
            return;
        }
    }
    if (cfg->naliases == RECOV_MAX_ALIASES)
        return;
    struct recov_alias *a = &cfg->aliases[cfg->naliases++];
    snprintf(a->name, sizeof a->name, "%s", name);
    a->regions = regions;
    a->from_file = from_file;
}

static struct recov_workout_type *find_type(struct recov_config *cfg, const char *name)
{
    for (size_t i = 0; i < cfg->ntypes; i++)
        if (strcmp(cfg->types[i].name, name) == 0)
            return &cfg->types[i];
    return NULL;
}

/* Parses text as the key's type into cfg. Returns 0 or -1 (out of range or
 * malformed); the caller words the message. */
static int set_key(struct recov_config *cfg, const struct key *k, const char *text)
{
    char *base = (char *)cfg + k->offset;
    int *ip = (int *)base;
    char *end;
    switch (k->type) {
    case KEY_INT: {
        errno = 0;
        long v = strtol(text, &end, 10);
        if (errno || end == text || *end || v < k->min || v > k->max)
            return -1;
        *ip = (int)v;
        return 0;
    }
    case KEY_REAL: {
        errno = 0;
        double v = strtod(text, &end);
        if (errno || end == text || *end || !isfinite(v) || v < k->min || v > k->max)
            return -1;
        *(double *)base = v;
        return 0;
    }
    case KEY_BOOL:
        if (!strcasecmp(text, "true") || !strcasecmp(text, "yes") || !strcmp(text, "1"))
            *ip = 1;
        else if (!strcasecmp(text, "false") || !strcasecmp(text, "no") || !strcmp(text, "0"))
            *ip = 0;
        else
            return -1;
        return 0;
    case KEY_CLOCK:
        return recov_clock_parse(text, ip) ? -1 : 0;
    case KEY_DELAY:
        return recov_duration_parse_span(text, (int)k->min, (int)k->max, ip) ? -1 : 0;
    case KEY_WEEKSTART:
        if (!strcasecmp(text, "monday"))
            *ip = 1;
        else if (!strcasecmp(text, "sunday"))
            *ip = 0;
        else
            return -1;
        return 0;
    case KEY_QUIET: {
        struct recov_remind_config *r = &cfg->remind;
        if (!strcasecmp(text, "off")) {
            r->quiet_start = r->quiet_end = 0;
            return 0;
        }
        char a[8], b[8];
        if (sscanf(text, "%5[0-9:]-%5[0-9:]", a, b) != 2 || recov_clock_parse(a, &r->quiet_start) ||
            recov_clock_parse(b, &r->quiet_end))
            return -1;
        return 0;
    }
    case KEY_WEEKLY: {
        struct recov_remind_config *r = &cfg->remind;
        if (!strcasecmp(text, "off")) {
            r->weekly_enabled = 0;
            return 0;
        }
        static const char *const days[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
        char day[16], clock[8];
        if (sscanf(text, "%15s %7s", day, clock) != 2 || recov_clock_parse(clock, &r->weekly_time))
            return -1;
        for (int w = 0; w < 7; w++) {
            if (!strncasecmp(day, days[w], 3)) {
                r->weekly_weekday = w;
                r->weekly_enabled = 1;
                return 0;
            }
        }
        return -1;
    }
    }
    return -1;
}

void recov_config_defaults(struct recov_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (size_t i = 0; i < NKEYS; i++)
        set_key(cfg, &keys[i], keys[i].def);
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++) {
        struct recov_workout_type *t = &cfg->types[cfg->ntypes++];
        char bad[64];
        snprintf(t->name, sizeof t->name, "%s", builtin_types[i].name);
        parse_region_list(builtin_types[i].regions, &t->regions, bad, sizeof bad);
        t->rpe = builtin_types[i].rpe;
    }
    for (size_t i = 0; i < sizeof builtin_aliases / sizeof *builtin_aliases; i++) {
        uint32_t mask;
        char bad[64];
        parse_region_list(builtin_aliases[i].regions, &mask, bad, sizeof bad);
        add_alias(cfg, builtin_aliases[i].alias, mask, 0);
    }
}

int recov_config_default_path(char *buf, size_t n)
{
    return recov_xdg_path("XDG_CONFIG_HOME", ".config", "recov.ini", buf, n);
}

static void warn(struct recov_config *cfg, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void warn(struct recov_config *cfg, const char *fmt, ...)
{
    if (cfg->nwarnings == RECOV_MAX_WARNINGS)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cfg->warnings[cfg->nwarnings++], sizeof cfg->warnings[0], fmt, ap);
    va_end(ap);
}

static char parse_error[512];

/* iniparser reports syntax errors through this callback; keep the first. */
static int capture_ini_error(const char *fmt, ...)
{
    if (parse_error[0])
        return 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(parse_error, sizeof parse_error, fmt, ap);
    va_end(ap);
    parse_error[strcspn(parse_error, "\n")] = '\0';
    return 0;
}

static int bad_value(const struct recov_config *cfg, const char *section, const char *key,
                     const char *value, const char *range)
{
    recov_error_set("config %s: [%s] %s = '%s': expected %s", cfg->path, section, key, value,
                    range);
    return RECOV_EINPUT;
}

/* The names of the scalar keys of section, for "did you mean". */
static size_t section_key_names(const char *section, const char **names, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < NKEYS && n < max; i++)
        if (strcmp(keys[i].section, section) == 0)
            names[n++] = keys[i].name;
    return n;
}

static void warn_unknown_key(struct recov_config *cfg, const char *section, const char *key,
                             const char *const *known, size_t nknown)
{
    const char *near = recov_nearest(key, known, nknown);
    if (near)
        warn(cfg, "config %s: [%s] unknown key '%s' ignored; did you mean '%s'?", cfg->path,
             section, key, near);
    else
        warn(cfg, "config %s: [%s] unknown key '%s' ignored", cfg->path, section, key);
}

static int load_scalar_section(struct recov_config *cfg, dictionary *d, const char *section)
{
    int nk = iniparser_getsecnkeys(d, section);
    const char **ks = nk > 0 ? calloc((size_t)nk, sizeof *ks) : NULL;
    if (nk > 0 && (!ks || !iniparser_getseckeys(d, section, ks))) {
        free(ks);
        return RECOV_OK;
    }
    int rc = RECOV_OK;
    for (int i = 0; i < nk && rc == RECOV_OK; i++) {
        const char *key = strchr(ks[i], ':') + 1;
        const char *value = iniparser_getstring(d, ks[i], "");
        size_t k = 0;
        while (k < NKEYS && !(strcmp(keys[k].section, section) == 0 && strcmp(keys[k].name, key) == 0))
            k++;
        if (k == NKEYS) {
            const char *known[NKEYS];
            warn_unknown_key(cfg, section, key, known, section_key_names(section, known, NKEYS));
            continue;
        }
        if (set_key(cfg, &keys[k], value))
            rc = bad_value(cfg, section, key, value, keys[k].range);
        else
            cfg->from_file |= 1ull << k;
    }
    free(ks);
    return rc;
}

static int load_regions_section(struct recov_config *cfg, dictionary *d)
{
    int nk = iniparser_getsecnkeys(d, "regions");
    const char **ks = nk > 0 ? calloc((size_t)nk, sizeof *ks) : NULL;
    if (nk <= 0 || !ks || !iniparser_getseckeys(d, "regions", ks)) {
        free(ks);
        return RECOV_OK;
    }
    int rc = RECOV_OK;
    for (int i = 0; i < nk && rc == RECOV_OK; i++) {
        const char *alias = strchr(ks[i], ':') + 1;
        const char *value = iniparser_getstring(d, ks[i], "");
        uint32_t mask;
        char bad[64] = "";
        if (recov_region_index(alias) >= 0)
            rc = bad_value(cfg, "regions", alias, value, "an alias that is not a region name");
        else if (parse_region_list(value, &mask, bad, sizeof bad))
            rc = bad_value(cfg, "regions", alias, value, "a list of regions (neck ... feet)");
        else
            add_alias(cfg, alias, mask, 1);
    }
    free(ks);
    return rc;
}

static int load_type_section(struct recov_config *cfg, dictionary *d, const char *section)
{
    const char *name = section + strlen("workout.");
    char key[128];
    if (!*name || strlen(name) >= RECOV_NAME_MAX || strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(name))
        return bad_value(cfg, section, "(section)", name, "workout.NAME with a-z, 0-9, - or _");
    struct recov_workout_type *t = find_type(cfg, name);
    if (!t) {
        if (cfg->ntypes == RECOV_MAX_TYPES)
            return bad_value(cfg, section, "(section)", name, "at most 64 workout types");
        t = &cfg->types[cfg->ntypes++];
        snprintf(t->name, sizeof t->name, "%s", name);
        t->regions = 0;
        t->rpe = 5;
    }
    t->from_file = 1;
    snprintf(key, sizeof key, "%s:regions", section);
    const char *regions = iniparser_getstring(d, key, NULL);
    char bad[64];
    if (regions && parse_region_list(regions, &t->regions, bad, sizeof bad))
        return bad_value(cfg, section, "regions", regions, "a list of regions (neck ... feet)");
    snprintf(key, sizeof key, "%s:rpe", section);
    const char *rpe = iniparser_getstring(d, key, NULL);
    char *end;
    long v = rpe ? strtol(rpe, &end, 10) : 0;
    if (rpe && (end == rpe || *end || v < 0 || v > 10))
        return bad_value(cfg, section, "rpe", rpe, "an integer 0-10");
    if (rpe)
        t->rpe = (int)v;
    static const char *const known[] = {"regions", "rpe"};
    int nk = iniparser_getsecnkeys(d, section);
    const char **ks = nk > 0 ? calloc((size_t)nk, sizeof *ks) : NULL;
    if (ks && iniparser_getseckeys(d, section, ks))
        for (int i = 0; i < nk; i++) {
            const char *k = strchr(ks[i], ':') + 1;
            if (strcmp(k, "regions") && strcmp(k, "rpe"))
                warn_unknown_key(cfg, section, k, known, 2);
        }
    free(ks);
    return RECOV_OK;
}

/* Keys above the first [section] belong to none, and iniparser files them
 * under ":key" where no lookup finds them: warn rather than silently ignore
 * what the user meant to set, naming the section the key lives in. */
static void warn_sectionless(struct recov_config *cfg, const dictionary *d)
{
    for (ssize_t i = 0; i < d->size; i++) {
        const char *key = d->key[i];
        if (!key || key[0] != ':')
            continue;
        size_t k = 0;
        while (k < NKEYS && strcmp(keys[k].name, key + 1) != 0)
            k++;
        if (k < NKEYS)
            warn(cfg, "config %s: key '%s' outside any section ignored; did you mean it under "
                      "[%s]?",
                 cfg->path, key + 1, keys[k].section);
        else
            warn(cfg, "config %s: key '%s' outside any section ignored", cfg->path, key + 1);
    }
}

static int load_sections(struct recov_config *cfg, dictionary *d)
{
    static const char *const known[] = {"general", "advice", "remind", "regions", "workout.NAME"};
    int rc = RECOV_OK;
    warn_sectionless(cfg, d);
    for (int i = 0; i < iniparser_getnsec(d) && rc == RECOV_OK; i++) {
        const char *s = iniparser_getsecname(d, i);
        if (!strcmp(s, "general") || !strcmp(s, "advice") || !strcmp(s, "remind"))
            rc = load_scalar_section(cfg, d, s);
        else if (!strcmp(s, "regions"))
            rc = load_regions_section(cfg, d);
        else if (!strncmp(s, "workout.", 8))
            rc = load_type_section(cfg, d, s);
        else {
            const char *near = recov_nearest(s, known, 5);
            warn(cfg, "config %s: unknown section [%s] ignored%s%s%s", cfg->path, s,
                 near ? "; did you mean [" : "", near ? near : "", near ? "]?" : "");
        }
    }
    return rc;
}

int recov_config_load(struct recov_config *cfg, const char *path)
{
    struct stat st;
    snprintf(cfg->path, sizeof cfg->path, "%s", path);
    if (stat(path, &st) != 0) {
        if (errno == ENOENT)
            return RECOV_OK;
        recov_error_set("config '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    parse_error[0] = '\0';
    iniparser_set_error_callback(capture_ini_error);
    dictionary *d = iniparser_load(path);
    if (!d) {
        recov_error_set("config %s: %s", path, parse_error[0] ? parse_error : "cannot be read");
        return RECOV_EINPUT;
    }
    cfg->loaded = 1;
    int rc = load_sections(cfg, d);
    iniparser_freedict(d);
    return rc;
}

const struct recov_workout_type *recov_config_type(const struct recov_config *cfg,
                                                   const char *name)
{
    return find_type((struct recov_config *)cfg, name);
}

int recov_config_region(const struct recov_config *cfg, const char *name, uint32_t *mask)
{
    int r = recov_region_index(name);
    if (r >= 0) {
        *mask = RECOV_REGION_BIT(r);
        return RECOV_OK;
    }
    for (size_t i = 0; i < cfg->naliases; i++) {
        if (strcmp(cfg->aliases[i].name, name) == 0) {
            *mask = cfg->aliases[i].regions;
            return RECOV_OK;
        }
    }
    const char *near = recov_nearest(name, recov_region_names, RECOV_REGION_COUNT);
    if (near)
        recov_error_set("region '%s': unknown; did you mean '%s'? (see 'recov help regions')",
                        name, near);
    else
        recov_error_set("region '%s': unknown; valid regions are neck, shoulders, chest, "
                        "upper-back, lower-back, arms, forearms, core, glutes, hips, quads, "
                        "hamstrings, calves, shins, knees, ankles, feet",
                        name);
    return RECOV_EINPUT;
}

/* The side a place name starts with, and where its region begins. */
static int side_prefix(const char *name, const char **rest)
{
    static const struct { const char *prefix; int side; } prefixes[] = {
        {"left-", RECOV_SIDE_LEFT}, {"l-", RECOV_SIDE_LEFT},
        {"right-", RECOV_SIDE_RIGHT}, {"r-", RECOV_SIDE_RIGHT},
    };
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t n = strlen(prefixes[i].prefix);
        if (strncmp(name, prefixes[i].prefix, n) == 0 && name[n]) {
            *rest = name + n;
            return prefixes[i].side;
        }
    }
    *rest = name;
    return RECOV_SIDE_NONE;
}

int recov_config_place(const struct recov_config *cfg, const char *name, uint32_t *mask,
                       int *side)
{
    const char *region;
    *side = side_prefix(name, &region);
    if (*side == RECOV_SIDE_NONE)
        return recov_config_region(cfg, name, mask);
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        const char *one = recov_region_singular(r);
        if (one && strcmp(one, region) == 0) {
            *mask = RECOV_REGION_BIT(r);
            return RECOV_OK;
        }
    }
    if (recov_config_region(cfg, region, mask)) {
        recov_error_set("region '%s': unknown; a side goes before a region that comes in "
                        "pairs, e.g. left-ankle, right-calves, l-knee", name);
        return RECOV_EINPUT;
    }
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        if ((*mask & RECOV_REGION_BIT(r)) && !recov_region_paired(r)) {
            recov_error_set("region '%s': %s does not come in pairs, so it has no side; "
                            "use '%s'", name, recov_region_names[r], region);
            return RECOV_EINPUT;
        }
    }
    return RECOV_OK;
}

size_t recov_config_key_count(void)
{
    return NKEYS;
}

/* Formats the current value of key k the way the file would spell it. */
static void format_value(const struct recov_config *cfg, const struct key *k, char *buf, size_t n)
{
    const char *base = (const char *)cfg + k->offset;
    int v = *(const int *)base;
    const struct recov_remind_config *r = &cfg->remind;
    static const char *const days[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    switch (k->type) {
    case KEY_INT:
        snprintf(buf, n, "%d", v);
        break;
    case KEY_REAL:
        /* Always with a decimal point, as the file writes it: 2.0, not 2. */
        snprintf(buf, n, "%g", *(const double *)base);
        if (!strpbrk(buf, ".e"))
            snprintf(buf + strlen(buf), n - strlen(buf), ".0");
        break;
    case KEY_BOOL:
        snprintf(buf, n, "%s", v ? "true" : "false");
        break;
    case KEY_CLOCK:
        snprintf(buf, n, "%02d:%02d", v / 60, v % 60);
        break;
    case KEY_DELAY:
        snprintf(buf, n, "%dm", v);
        break;
    case KEY_WEEKSTART:
        snprintf(buf, n, "%s", v ? "monday" : "sunday");
        break;
    case KEY_QUIET:
        if (r->quiet_start == r->quiet_end)
            snprintf(buf, n, "off");
        else
            snprintf(buf, n, "%02d:%02d-%02d:%02d", r->quiet_start / 60, r->quiet_start % 60,
                     r->quiet_end / 60, r->quiet_end % 60);
        break;
    case KEY_WEEKLY:
        if (!r->weekly_enabled)
            snprintf(buf, n, "off");
        else
            snprintf(buf, n, "%s %02d:%02d", days[r->weekly_weekday], r->weekly_time / 60,
                     r->weekly_time % 60);
        break;
    }
}

void recov_config_key_get(const struct recov_config *cfg, size_t i,
                          struct recov_config_key_view *out)
{
    const struct key *k = &keys[i];
    out->section = k->section;
    out->key = k->name;
    out->range = k->range;
    out->meaning = k->meaning;
    out->from_file = (cfg->from_file >> i) & 1;
    format_value(cfg, k, out->value, sizeof out->value);
}
