/* config: built-in defaults, overridden by recov.ini, every value checked. */
#include "recov/config.h"
#include "recov/config_sports.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "recov/error.h"
#include "recov/grow.h"
#include "recov/ini.h"
#include "recov/vocab.h"
#include "recov/text.h"
#include "recov/when.h"
#include "recov/xdg.h"

enum key_type { KEY_INT, KEY_REAL, KEY_BOOL, KEY_CLOCK, KEY_DELAY, KEY_WEEKSTART, KEY_QUIET,
                KEY_WEEKLY, KEY_ACTIONS, KEY_COMMAND, KEY_MORNINGS, KEY_PATH, KEY_SHARING };

/* [checkin] mornings, by enum recov_checkin_mornings. */
static const char *const mornings[] = {"sessions", "sore", "daily"};

/* [sync] reminders, by enum recov_sync_reminders. */
static const char *const sharing[] = {"device", "shared"};

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
#define ATH(f) offsetof(struct recov_config, athlete.f)
#define SYN(f) offsetof(struct recov_config, sync.f)

static const struct key keys[] = {
    {"general", "week_start", KEY_WEEKSTART, offsetof(struct recov_config, week_start), 0, 1,
     "monday", "monday|sunday", "first day of a week in summaries"},
    {"general", "busy_timeout", KEY_INT, offsetof(struct recov_config, busy_timeout), 0, 600,
     "5", "0-600", "seconds a command waits while another program writes the log"},
    {"advice", "persist_days", KEY_INT, ADV(persist_days), 1, 60, "7", "1-60",
     "soreness (not an injury) lasting longer than this since onset: see a clinician"},
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
    {"advice", "cooldown_hours", KEY_INT, ADV(cooldown_hours), 1, 48, "2", "1-48",
     "hours after a workout during which a cool-down is suggested and its reminder lives"},
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
    {"remind", "cooldown_life", KEY_DELAY, REM(cooldown_life), 10, 720, "120m", "10m-12h",
     "a cool-down not shown this long after it was due expires"},
    {"remind", "checkin_until", KEY_CLOCK, REM(checkin_until), 0, 1439, "23:59", "HH:MM",
     "a check-in not shown by the end of this minute of its day expires"},
    {"remind", "weekly_until", KEY_CLOCK, REM(weekly_until), 0, 1439, "23:59", "HH:MM",
     "a weekly reminder not shown by the end of this minute of its day expires"},
    {"remind", "cooldown_actions", KEY_ACTIONS, REM(cooldown_actions), 0, 0,
     "walk stretch yoga foam-roll", "action or type names",
     "recovery actions or workout types that count as a cool-down"},
    {"remind", "idle_after", KEY_DELAY, REM(idle_after), 0, 1440, "10m", "0m-24h",
     "reminders wait while the session has been idle this long (0m: never)"},
    {"checkin", "terminal", KEY_COMMAND, REM(checkin_terminal), 0, 0, "auto",
     "auto|a command", "the terminal a check-in notice's 'Check in now' opens"},
    {"checkin", "mornings", KEY_MORNINGS, REM(checkin_mornings), 0, 0, "sore",
     "sessions|sore|daily", "mornings with a check-in: after sessions; also while sore; daily"},
    {"athlete", "hr_max", KEY_INT, ATH(hr_max), 0, 250, "0", "0-250",
     "maximum heart rate (bpm) for RPE estimated from heart rate; 0: unknown"},
    {"athlete", "hr_rest", KEY_INT, ATH(hr_rest), 0, 120, "0", "0-120",
     "resting heart rate (bpm); 0: unknown (a typical 60 is assumed)"},
    {"sync", "dir", KEY_PATH, SYN(dir), 0, 0, "", "an absolute path, ~/path or nothing",
     "the folder 'recov sync' uses when none is given"},
    {"sync", "passphrase_file", KEY_PATH, SYN(passphrase_file), 0, 0, "",
     "an absolute path, ~/path or nothing",
     "a file whose first line is the passphrase that encrypts the shared files"},
    {"sync", "reminders", KEY_SHARING, SYN(reminders), 0, 0, "device", "device|shared",
     "shared: answering a reminder on one device settles it on the others"},
};
#define NKEYS (sizeof keys / sizeof *keys)
_Static_assert(NKEYS <= RECOV_CONFIG_MAX_KEYS, "raise RECOV_CONFIG_MAX_KEYS in config.h");

struct builtin_type {
    const char *name, *regions;
    int rpe;
};

static const struct builtin_type builtin_types[] = {
    {"run", "quads hamstrings calves shins glutes", 6},
    {"walk", "calves quads feet", 3},
    {"hike", "quads hamstrings calves glutes knees", 5},
    /* The back holds the riding position: lower-back pain is the commonest
     * overuse complaint of road cyclists (Clarsen et al. 2010), so after a
     * long ride it is explained, not "no workout worked it". */
    {"cycle", "quads glutes hamstrings calves lower-back", 5},
    {"swim", "shoulders arms upper-back chest core", 5},
    /* Strength: presses, pulls and lifts, held in the grip. */
    {"strength", "chest shoulders arms forearms upper-back lower-back core glutes quads "
                 "hamstrings", 7},
    {"yoga", "hips hamstrings lower-back shoulders core", 3},
    {"sports", "quads hamstrings calves ankles knees glutes", 6},
    /* Climbing pulls with the grip, arms and back; rowing drives with the
     * legs and pulls with the back, arms and grip. */
    {"climb", "forearms arms shoulders upper-back core", 6},
    {"row", "quads hamstrings glutes lower-back upper-back arms forearms shoulders core", 6},
};

static const struct { const char *alias, *regions; } builtin_aliases[] = {
    {"thighs", "quads"}, {"back", "lower-back"}, {"waist", "lower-back"},
    {"legs", "quads hamstrings calves"}, {"shoulder", "shoulders"}, {"quad", "quads"},
    {"hamstring", "hamstrings"}, {"calf", "calves"}, {"shin", "shins"}, {"knee", "knees"},
    {"ankle", "ankles"}, {"foot", "feet"}, {"hip", "hips"}, {"glute", "glutes"},
    {"arm", "arms"}, {"forearm", "forearms"}, {"abs", "core"}, {"biceps", "arms"},
    {"triceps", "arms"}, {"traps", "upper-back neck"}, {"lats", "upper-back"},
    {"pecs", "chest"}, {"buttocks", "glutes"},
    /* The singular and everyday words a person types first. */
    {"thigh", "quads"}, {"pec", "chest"}, {"lat", "upper-back"}, {"trap", "upper-back neck"},
    {"butt", "glutes"}, {"bum", "glutes"}, {"toe", "feet"}, {"toes", "feet"}, {"heel", "feet"},
    {"heels", "feet"},
};

/* Parses a list of canonical region names separated by commas or spaces.
 * Returns 0, or -1 with the first unknown word in bad. */
static int parse_region_list(const char *text, uint32_t *mask, char *bad, size_t badn)
{
    *mask = 0;
    for (const char *w = text + strspn(text, ", \t"); *w; w += strspn(w, ", \t")) {
        size_t len = strcspn(w, ", \t");
        char word[RECOV_NAME_MAX];
        int r = len < sizeof word ? (snprintf(word, sizeof word, "%.*s", (int)len, w),
                                     recov_region_index(word))
                                  : -1;
        if (r < 0) {
            snprintf(bad, badn, "%.*s", (int)len, w);
            return -1;
        }
        *mask |= RECOV_REGION_BIT(r);
        w += len;
    }
    return *mask ? 0 : -1;
}

/* Appends an alias; duplicates are merged by finish() (the last wins). */
static int add_alias(struct recov_config *cfg, const char *name, uint32_t regions, int origin)
{
    if (recov_grow((void **)&cfg->aliases, &cfg->aliases_cap, cfg->naliases,
                   sizeof *cfg->aliases))
        return RECOV_EIO;
    struct recov_alias *a = &cfg->aliases[cfg->naliases];
    *a = (struct recov_alias){.regions = regions, .origin = origin, .seq = cfg->naliases};
    snprintf(a->name, sizeof a->name, "%s", name);
    cfg->naliases++;
    return RECOV_OK;
}

/* Appends a workout type record; finish() merges records of one name. */
static struct recov_workout_type *add_type(struct recov_config *cfg, const char *name, int origin)
{
    if (recov_grow((void **)&cfg->types, &cfg->types_cap, cfg->ntypes, sizeof *cfg->types))
        return NULL;
    struct recov_workout_type *t = &cfg->types[cfg->ntypes];
    *t = (struct recov_workout_type){.rpe = 5, .origin = origin, .seq = cfg->ntypes};
    snprintf(t->name, sizeof t->name, "%s", name);
    cfg->ntypes++;
    return t;
}

/* A type defined so far while the file is read (before finish() sorts the
 * table for bisection): for the few words of a key that names types. */
static int type_loaded(const struct recov_config *cfg, const char *name)
{
    for (size_t i = 0; i < cfg->ntypes; i++)
        if (recov_name_equal(cfg->types[i].name, name))
            return 1;
    return 0;
}

static int by_name_then_seq(const void *a, const void *b)
{
    const struct recov_alias *x = a, *y = b;
    int c = strcasecmp(x->name, y->name);
    return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

static int type_by_name_then_seq(const void *a, const void *b)
{
    const struct recov_workout_type *x = a, *y = b;
    int c = strcasecmp(x->name, y->name);
    return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* Sorts aliases and types by name and folds records of one name into one
 * (later ones override what they set), so that lookups can bisect and the
 * whole load stays O(n log n) however many entries a file has. */
static void finish(struct recov_config *cfg)
{
    size_t out = 0;
    qsort(cfg->aliases, cfg->naliases, sizeof *cfg->aliases, by_name_then_seq);
    for (size_t i = 0; i < cfg->naliases; i++) {
        if (out && strcasecmp(cfg->aliases[out - 1].name, cfg->aliases[i].name) == 0)
            out--;
        cfg->aliases[out++] = cfg->aliases[i];
    }
    cfg->naliases = out;
    qsort(cfg->types, cfg->ntypes, sizeof *cfg->types, type_by_name_then_seq);
    out = 0;
    for (size_t i = 0; i < cfg->ntypes; i++) {
        struct recov_workout_type *t = &cfg->types[i], *into = &cfg->types[out ? out - 1 : 0];
        if (out && strcasecmp(into->name, t->name) == 0) {
            if (t->has_regions)
                into->regions = t->regions;
            if (t->has_rpe)
                into->rpe = t->rpe;
            into->origin = t->origin;
            into->has_regions |= t->has_regions;
            into->has_rpe |= t->has_rpe;
            continue;
        }
        cfg->types[out++] = *t;
    }
    cfg->ntypes = out;
    /* Records appended later must sort after these. */
    for (size_t i = 0; i < cfg->naliases; i++)
        cfg->aliases[i].seq = i;
    for (size_t i = 0; i < cfg->ntypes; i++)
        cfg->types[i].seq = i;
}

/* Parses "HH:MM-HH:MM" to its end. */
static int parse_quiet(const char *text, int *start, int *end)
{
    const char *dash = strchr(text, '-');
    char a[8];
    if (!dash || (size_t)(dash - text) >= sizeof a)
        return -1;
    snprintf(a, sizeof a, "%.*s", (int)(dash - text), text);
    return recov_clock_parse(a, start) || recov_clock_parse(dash + 1, end) ? -1 : 0;
}

/* Parses "DAY HH:MM" to its end: DAY is a weekday's name or its first
 * three letters (sun, sunday), nothing else. */
static int parse_weekly(const char *text, int *weekday, int *minute)
{
    static const char *const days[] = {"sunday",   "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday"};
    size_t len = strcspn(text, " \t");
    const char *clock = text + len + strspn(text + len, " \t");
    if (!text[len] || recov_clock_parse(clock, minute))
        return -1;
    for (int w = 0; w < 7; w++) {
        if ((len == 3 || len == strlen(days[w])) && !strncasecmp(text, days[w], len)) {
            *weekday = w;
            return 0;
        }
    }
    return -1;
}

/* The index of text among words, case-insensitively, into *ip; -1: none. */
static int pick(const char *const *words, size_t n, const char *text, int *ip)
{
    for (size_t i = 0; i < n; i++)
        if (!strcasecmp(text, words[i])) {
            *ip = (int)i;
            return 0;
        }
    return -1;
}

/* A path key: empty (unset), absolute, or "~/..." under $HOME. A relative
 * path is refused: relative to which directory would be a guess. */
static int set_path(char *dst, size_t n, const char *text)
{
    const char *home = getenv("HOME");
    int len;
    if (!*text || *text == '/')
        len = snprintf(dst, n, "%s", text);
    else if (!strncmp(text, "~/", 2) && home && *home == '/')
        len = snprintf(dst, n, "%s/%s", home, text + 2);
    else
        return -1;
    return len < 0 || (size_t)len >= n || recov_text_check("path", dst) ? -1 : 0;
}

/* Parses text as the key's type into cfg. Returns 0 or -1 (out of range or
 * malformed); the caller words the message. Every parser reads the value
 * to its end: trailing text is an error, never ignored. */
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
        int start, stop;
        if (!strcasecmp(text, "off"))
            start = stop = 0;
        else if (parse_quiet(text, &start, &stop))
            return -1;
        r->quiet_start = start;
        r->quiet_end = stop;
        return 0;
    }
    case KEY_ACTIONS: {
        /* Each word a recovery action or a workout type (built in or from
         * a [workout.NAME] section). */
        char words[sizeof cfg->remind.cooldown_actions], *save = NULL, out[sizeof words] = "";
        snprintf(words, sizeof words, "%s", text);
        if (strlen(text) >= sizeof words)
            return -1;
        for (char *w = strtok_r(words, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
            if (recov_action_index(w) < 0 && !type_loaded(cfg, w))
                return -1;
            snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", *out ? " " : "", w);
        }
        snprintf(base, sizeof cfg->remind.cooldown_actions, "%s", out);
        return 0;
    }
    case KEY_COMMAND:
        /* A command line: printable text that fits, never empty. */
        if (!*text || strlen(text) >= sizeof cfg->remind.checkin_terminal ||
            recov_text_check("terminal", text))
            return -1;
        snprintf(base, sizeof cfg->remind.checkin_terminal, "%s", text);
        return 0;
    case KEY_MORNINGS:
        return pick(mornings, sizeof mornings / sizeof *mornings, text, ip);
    case KEY_SHARING:
        return pick(sharing, sizeof sharing / sizeof *sharing, text, ip);
    case KEY_PATH:
        return set_path(base, sizeof cfg->sync.dir, text);
    case KEY_WEEKLY: {
        struct recov_remind_config *r = &cfg->remind;
        int weekday, minute;
        if (!strcasecmp(text, "off")) {
            r->weekly_enabled = 0;
            return 0;
        }
        if (parse_weekly(text, &weekday, &minute))
            return -1;
        r->weekly_weekday = weekday;
        r->weekly_time = minute;
        r->weekly_enabled = 1;
        return 0;
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
        struct recov_workout_type *t = add_type(cfg, builtin_types[i].name, RECOV_FROM_DEFAULT);
        char bad[64];
        if (!t)
            break;
        parse_region_list(builtin_types[i].regions, &t->regions, bad, sizeof bad);
        t->rpe = builtin_types[i].rpe;
        t->has_regions = t->has_rpe = 1;
    }
    for (size_t i = 0; i < sizeof builtin_aliases / sizeof *builtin_aliases; i++) {
        uint32_t mask;
        char bad[64];
        parse_region_list(builtin_aliases[i].regions, &mask, bad, sizeof bad);
        add_alias(cfg, builtin_aliases[i].alias, mask, RECOV_FROM_DEFAULT);
    }
    recov_config_sports_defaults(cfg);
    finish(cfg);
}

void recov_config_free(struct recov_config *cfg)
{
    free(cfg->types);
    free(cfg->aliases);
    cfg->types = NULL;
    cfg->aliases = NULL;
    cfg->ntypes = cfg->naliases = cfg->types_cap = cfg->aliases_cap = 0;
}

int recov_config_default_path(char *buf, size_t n)
{
    return recov_xdg_path("XDG_CONFIG_HOME", ".config", "recov.ini", buf, n);
}

const char *recov_config_source(const struct recov_config *cfg, int origin)
{
    return origin == RECOV_FROM_USER ? cfg->path
           : origin == RECOV_FROM_SYSTEM ? cfg->system_path
                                         : "default";
}

static void warn(struct recov_config *cfg, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void warn(struct recov_config *cfg, const char *fmt, ...)
{
    if (cfg->nwarnings == RECOV_MAX_WARNINGS) {
        cfg->nmore_warnings++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cfg->warnings[cfg->nwarnings++], sizeof cfg->warnings[0], fmt, ap);
    va_end(ap);
}

/* What one file's reading needs to know besides cfg. */
struct load {
    struct recov_config *cfg;
    const char *name;
    int origin;
    int section_kind; /* enum below, for the current section */
    size_t type;      /* index of the current [workout.NAME] record */
    int line;
};

enum { SEC_NONE, SEC_SCALAR, SEC_REGIONS, SEC_TYPE, SEC_SPORTS, SEC_UNKNOWN };

static int bad_value(const struct load *l, const char *section, const char *key,
                     const char *value, const char *range)
{
    recov_error_set("config %s: line %d: [%s] %s = '%s': expected %s", l->name, l->line, section,
                    key, value, range);
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

static void warn_unknown_key(struct load *l, const char *section, const char *key,
                             const char *const *known, size_t nknown)
{
    const char *near = recov_nearest(key, known, nknown);
    if (near)
        warn(l->cfg, "config %s: [%s] unknown key '%s' ignored; did you mean '%s'?", l->name,
             section, key, near);
    else
        warn(l->cfg, "config %s: [%s] unknown key '%s' ignored", l->name, section, key);
}

/* Keys above the first [section] belong to none: warn rather than silently
 * ignore what the user meant to set, naming the section the key lives in. */
static void sectionless_key(struct load *l, const char *key)
{
    size_t k = 0;
    while (k < NKEYS && strcmp(keys[k].name, key) != 0)
        k++;
    if (k < NKEYS)
        warn(l->cfg, "config %s: key '%s' outside any section ignored; did you mean it under "
                     "[%s]?",
             l->name, key, keys[k].section);
    else
        warn(l->cfg, "config %s: key '%s' outside any section ignored", l->name, key);
}

static int scalar_key(struct load *l, const char *section, const char *key, const char *value)
{
    size_t k = 0;
    while (k < NKEYS && !(strcmp(keys[k].section, section) == 0 && strcmp(keys[k].name, key) == 0))
        k++;
    if (k == NKEYS) {
        const char *known[NKEYS];
        warn_unknown_key(l, section, key, known, section_key_names(section, known, NKEYS));
        return RECOV_OK;
    }
    if (set_key(l->cfg, &keys[k], value))
        return bad_value(l, section, key, value, keys[k].range);
    l->cfg->origin[k] = (unsigned char)l->origin;
    return RECOV_OK;
}

static int alias_key(struct load *l, const char *alias, const char *value)
{
    uint32_t mask;
    char bad[64] = "";
    if (recov_region_index(alias) >= 0)
        return bad_value(l, "regions", alias, value, "an alias that is not a region name");
    if (strlen(alias) >= RECOV_NAME_MAX)
        return bad_value(l, "regions", alias, value, "an alias of at most 31 bytes");
    if (parse_region_list(value, &mask, bad, sizeof bad))
        return bad_value(l, "regions", alias, value, "a list of regions (neck ... feet)");
    return add_alias(l->cfg, alias, mask, l->origin);
}

static int type_key(struct load *l, const char *section, const char *key, const char *value)
{
    struct recov_workout_type *t = &l->cfg->types[l->type];
    if (!strcmp(key, "regions")) {
        char bad[64];
        if (parse_region_list(value, &t->regions, bad, sizeof bad))
            return bad_value(l, section, "regions", value, "a list of regions (neck ... feet)");
        t->has_regions = 1;
    } else if (!strcmp(key, "rpe")) {
        char *end;
        errno = 0;
        long v = strtol(value, &end, 10);
        if (errno || end == value || *end || v < 0 || v > 10)
            return bad_value(l, section, "rpe", value, "an integer 0-10");
        t->rpe = (int)v;
        t->has_rpe = 1;
    } else {
        static const char *const known[] = {"regions", "rpe"};
        warn_unknown_key(l, section, key, known, 2);
    }
    return RECOV_OK;
}

static int enter_section(struct load *l, const char *s)
{
    static const char *const known[] = {"general", "advice", "remind", "checkin", "regions",
                                        "workout.NAME", "athlete", "import.types", "sync"};
    if (!strcmp(s, "general") || !strcmp(s, "advice") || !strcmp(s, "remind") ||
        !strcmp(s, "checkin") || !strcmp(s, "athlete") || !strcmp(s, "sync")) {
        l->section_kind = SEC_SCALAR;
    } else if (!strcmp(s, "regions")) {
        l->section_kind = SEC_REGIONS;
    } else if (!strcmp(s, "import.types")) {
        l->section_kind = SEC_SPORTS;
    } else if (!strncmp(s, "workout.", 8)) {
        const char *name = s + 8;
        if (!*name || strlen(name) >= RECOV_NAME_MAX ||
            strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(name))
            return bad_value(l, s, "(section)", name,
                             "workout.NAME with at most 31 of a-z, 0-9, - or _");
        if (!add_type(l->cfg, name, l->origin))
            return RECOV_EIO;
        l->type = l->cfg->ntypes - 1;
        l->section_kind = SEC_TYPE;
    } else {
        const char *near = recov_nearest(s, known, sizeof known / sizeof *known);
        warn(l->cfg, "config %s: unknown section [%s] ignored%s%s%s", l->name, s,
             near ? "; did you mean [" : "", near ? near : "", near ? "]?" : "");
        l->section_kind = SEC_UNKNOWN;
    }
    return RECOV_OK;
}

/* [import.types] sport = type; the types are checked once every
 * [workout.NAME] section is read (check_sport_types). */
static int sport_key(struct load *l, const char *section, const char *sport, const char *value)
{
    if (recov_config_sport_set(l->cfg, sport, value, l->origin != RECOV_FROM_DEFAULT))
        return bad_value(l, section, sport, value, "a workout type (at most 128 sports)");
    return RECOV_OK;
}

static int check_sport_types(struct load *l)
{
    const struct recov_sport_type *bad = recov_config_sports_check(l->cfg);
    if (!bad)
        return RECOV_OK;
    /* The built-in types as the table has them. */
    char expected[256] = "a workout type (";
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        snprintf(expected + strlen(expected), sizeof expected - strlen(expected), "%s, ",
                 builtin_types[i].name);
    snprintf(expected + strlen(expected), sizeof expected - strlen(expected),
             "or one defined as [workout.NAME])");
    return bad_value(l, "import.types", bad->sport, bad->type, expected);
}

/* The reader's callback: one header or one key at a time. */
static int on_line(void *ctx, const char *section, const char *key, const char *value, int line)
{
    struct load *l = ctx;
    l->line = line;
    if (!key)
        return enter_section(l, section);
    switch (*section ? l->section_kind : SEC_NONE) {
    case SEC_NONE:
        sectionless_key(l, key);
        return RECOV_OK;
    case SEC_SCALAR:
        return scalar_key(l, section, key, value);
    case SEC_REGIONS:
        return alias_key(l, key, value);
    case SEC_TYPE:
        return type_key(l, section, key, value);
    case SEC_SPORTS:
        return sport_key(l, section, key, value);
    }
    return RECOV_OK;
}

int recov_config_load_text(struct recov_config *cfg, const char *text, size_t len,
                           const char *name, int origin)
{
    struct load l = {cfg, name, origin, SEC_NONE, 0, 0};
    int rc = recov_ini_parse(text, len, name, on_line, &l);
    finish(cfg);
    return rc ? rc : check_sport_types(&l);
}

/* Reads one file as origin; a missing file is fine (nothing changes). */
static int load_file(struct recov_config *cfg, const char *path, int origin, int *found)
{
    struct load l = {cfg, path, origin, SEC_NONE, 0, 0};
    int rc = recov_ini_read(path, on_line, &l);
    finish(cfg);
    *found = rc != RECOV_ENOTFOUND;
    if (rc == RECOV_ENOTFOUND)
        return RECOV_OK;
    return rc ? rc : check_sport_types(&l);
}

/* A reminder whose life ([remind] UNTIL) ends before it is due (KEY) would
 * never be shown. */
static void check_life(struct recov_config *cfg, const char *what, const char *key, int due,
                       const char *until_key, int until)
{
    if (until >= due)
        return;
    warn(cfg, "config: [remind] %s (%02d:%02d) is before %s (%02d:%02d): no %s reminder will "
              "be shown; set %s later", until_key, until / 60, until % 60, key, due / 60,
         due % 60, what, until_key);
}

/* Keys each fine alone but at odds together, once every file is read: a
 * reminder due only after its moment has gone would never be shown. */
static void check_together(struct recov_config *cfg)
{
    const struct recov_remind_config *r = &cfg->remind;
    if (r->cooldown_delay >= cfg->advice.cooldown_hours * 60)
        warn(cfg, "config: [remind] cooldown_delay (%d min) is not shorter than [advice] "
                  "cooldown_hours (%d h): no cool-down reminder will be shown; shorten the "
                  "delay or lengthen the hours", r->cooldown_delay, cfg->advice.cooldown_hours);
    check_life(cfg, "check-in", "checkin_time", r->checkin_time, "checkin_until",
               r->checkin_until);
    if (r->weekly_enabled)
        check_life(cfg, "weekly", "weekly", r->weekly_time, "weekly_until", r->weekly_until);
}

int recov_config_load(struct recov_config *cfg, const char *path)
{
    snprintf(cfg->path, sizeof cfg->path, "%s", path);
    int rc = load_file(cfg, path, RECOV_FROM_USER, &cfg->loaded);
    if (rc == RECOV_OK)
        check_together(cfg);
    return rc;
}

int recov_config_load_system(struct recov_config *cfg)
{
    const char *dirs = getenv("XDG_CONFIG_DIRS");
    if (!dirs || !*dirs)
        dirs = "/etc/xdg";
    /* The first directory is the most important: the first file found wins
     * whole, as with the user's own file. Relative entries are ignored, as
     * the XDG specification asks. */
    for (const char *d = dirs; *d; d += strspn(d, ":")) {
        size_t len = strcspn(d, ":");
        char path[sizeof cfg->system_path];
        int n = snprintf(path, sizeof path, "%.*s/recov/recov.ini", (int)len, d);
        if (*d == '/' && n > 0 && (size_t)n < sizeof path && access(path, F_OK) == 0) {
            int found;
            snprintf(cfg->system_path, sizeof cfg->system_path, "%s", path);
            return load_file(cfg, path, RECOV_FROM_SYSTEM, &found);
        }
        d += len;
    }
    return RECOV_OK;
}

static int find_by_name(const void *key, const void *elem)
{
    /* Both structs start with their name. */
    return strcasecmp(key, (const char *)elem);
}

const struct recov_workout_type *recov_config_type(const struct recov_config *cfg,
                                                   const char *name)
{
    return bsearch(name, cfg->types, cfg->ntypes, sizeof *cfg->types, find_by_name);
}

int recov_config_region(const struct recov_config *cfg, const char *name, uint32_t *mask)
{
    int r = recov_region_index(name);
    if (r >= 0) {
        *mask = RECOV_REGION_BIT(r);
        return RECOV_OK;
    }
    const struct recov_alias *a =
        bsearch(name, cfg->aliases, cfg->naliases, sizeof *cfg->aliases, find_by_name);
    if (a) {
        *mask = a->regions;
        return RECOV_OK;
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

static int is_side_word(const char *word)
{
    static const char *const sides[] = {"left", "right", "l", "r"};
    return recov_word_is_one_of(word, sides, sizeof sides / sizeof *sides);
}

/* A place as a person may write it, "Left Calf" or "lower_back", spelt as
 * recov does: lowercase, '-' between words. */
static void place_spelling(const char *name, char *out, size_t n)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p && o + 1 < n; p++)
        out[o++] = *p == ' ' || *p == '_' ? '-' : (char)tolower(*p);
    out[o] = '\0';
}

int recov_config_place(const struct recov_config *cfg, const char *typed, uint32_t *mask,
                       int *side)
{
    const char *region;
    char name[128];
    place_spelling(typed, name, sizeof name);
    *side = side_prefix(name, &region);
    if (is_side_word(name)) {
        recov_error_set("region '%s': a side needs the region it is for, e.g. '%s calf' or "
                        "'%s-calf'", typed, typed, typed);
        return RECOV_EINPUT;
    }
    if (*side == RECOV_SIDE_NONE) {
        if (recov_config_region(cfg, name, mask) == RECOV_OK)
            return RECOV_OK;
        return recov_config_region(cfg, typed, mask); /* its message names what was typed */
    }
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        const char *one = recov_region_singular(r);
        if (one && strcmp(one, region) == 0) {
            *mask = RECOV_REGION_BIT(r);
            return RECOV_OK;
        }
    }
    if (recov_config_region(cfg, region, mask)) {
        recov_error_set("region '%s': unknown; a side goes before a region that comes in "
                        "pairs, e.g. left-ankle, right-calves, l-knee", typed);
        return RECOV_EINPUT;
    }
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        if ((*mask & RECOV_REGION_BIT(r)) && !recov_region_paired(r)) {
            recov_error_set("region '%s': %s does not come in pairs, so it has no side; "
                            "use '%s'", typed, recov_region_names[r], region);
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
    case KEY_ACTIONS:
    case KEY_COMMAND:
        snprintf(buf, n, "%s", base);
        break;
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
    case KEY_MORNINGS:
        snprintf(buf, n, "%s", mornings[v]);
        break;
    case KEY_SHARING:
        snprintf(buf, n, "%s", sharing[v]);
        break;
    case KEY_PATH:
        snprintf(buf, n, "%s", base);
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
    out->origin = cfg->origin[i];
    out->source = recov_config_source(cfg, cfg->origin[i]);
    format_value(cfg, k, out->value, sizeof out->value);
}

size_t recov_config_place_words(const struct recov_config *cfg, const char *const *words,
                                size_t n, char *name, size_t size)
{
    uint32_t mask;
    int side;
    snprintf(name, size, "%s", words[0]);
    if (n < 2 || isdigit((unsigned char)words[1][0]) || words[1][0] == '-')
        return 1;
    char joined[256];
    snprintf(joined, sizeof joined, "%s-%s", words[0], words[1]);
    if (!is_side_word(words[0]) && (recov_config_place(cfg, words[0], &mask, &side) == RECOV_OK ||
                                    recov_config_place(cfg, joined, &mask, &side) != RECOV_OK))
        return 1;
    snprintf(name, size, "%s", joined);
    return 2;
}

int recov_config_places(const struct recov_config *cfg, const char *const *words, size_t n,
                        uint32_t *mask, int *side)
{
    *mask = 0;
    *side = RECOV_SIDE_NONE;
    for (size_t i = 0, used; i < n; i += used) {
        uint32_t one;
        int s;
        char place[256];
        used = recov_config_place_words(cfg, words + i, n - i, place, sizeof place);
        if (recov_config_place(cfg, place, &one, &s))
            return RECOV_EINPUT;
        if (i > 0 && s != *side) {
            recov_error_set("region '%s': one action has one side (or none); give every "
                            "region the same side, or log each side as its own action",
                            words[i]);
            return RECOV_EINPUT;
        }
        *side = s;
        *mask |= one;
    }
    return RECOV_OK;
}
