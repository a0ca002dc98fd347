/* config: the effective configuration, from defaults and recov.ini. */
#ifndef RECOV_CONFIG_H
#define RECOV_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#define RECOV_NAME_MAX 32
#define RECOV_MAX_WARNINGS 32  /* kept; more are counted in nmore_warnings */
#define RECOV_CONFIG_MAX_KEYS 96 /* room in the origin table for the key table */

/* Where a value came from: built in, the system-wide file, the user's file. */
enum recov_config_origin { RECOV_FROM_DEFAULT, RECOV_FROM_SYSTEM, RECOV_FROM_USER };
#define RECOV_MAX_SPORTS 128

struct recov_workout_type {
    char name[RECOV_NAME_MAX];
    uint32_t regions; /* the body regions it works */
    int rpe;          /* the RPE assumed when none is given */
    int origin;       /* enum recov_config_origin */
    /* While loading: which fields this section set, and the order read. */
    int has_regions, has_rpe;
    size_t seq;
};

struct recov_alias {
    char name[RECOV_NAME_MAX];
    uint32_t regions;
    int origin;       /* enum recov_config_origin */
    size_t seq;
};

/* An imported recording's sport (normalised: lowercase, '_' between words)
 * and the workout type it becomes. */
struct recov_sport_type {
    char sport[48];
    char type[RECOV_NAME_MAX];
    int from_file;
};

/* What recov knows of the person, for estimates from heart rate. */
struct recov_athlete_config {
    int hr_max;            /* beats per minute; 0 unknown */
    int hr_rest;           /* beats per minute; 0 unknown */
};

/* Thresholds of the advice rules; defaults from SCIENCE.md. */
struct recov_advice_config {
    int persist_days;      /* sore longer than this since onset: see a clinician */
    int current_days;      /* a region's latest score guides advice this long */
    int improve_days;      /* must improve by improve_points within this of the peak */
    int improve_points;
    int acute_hours;       /* an acute injury is fresh (PRICE, no heat) this long */
    int explain_days;      /* a workout this many days before explains soreness */
    int unexplained_score; /* unexplained soreness at or above this is flagged */
    int warmup_score;      /* train a region still at or above this: warm up */
    int hard_rpe;          /* sessions at or above: protein and sleep */
    int cooldown_hours;    /* a cool-down is still worth it this long after */
    double acwr_spike;     /* acute:chronic at or above: reduce load */
    double monotony_max;   /* 7-day monotony above: vary training */
};

struct recov_remind_config {
    int cooldown_delay;    /* minutes after a workout's end */
    int checkin_min_rpe;   /* workouts at or above get a next-day check-in */
    int checkin_time;      /* minute of the day */
    int quiet_start;       /* minute of the day; quiet_start == quiet_end: none */
    int quiet_end;
    int urgent_breaks_quiet;
    int weekly_enabled;
    int weekly_weekday;    /* 0 = Sunday */
    int weekly_time;       /* minute of the day */
    int notify_timeout;    /* seconds to wait on the notification server */
    int cooldown_life;     /* minutes after due a cool-down may still be shown */
    int checkin_until;     /* minute of its day after which a check-in expires */
    int weekly_until;      /* minute of its day after which a weekly one expires */
    int idle_after;        /* minutes idle that count as away; 0: never */
    char cooldown_actions[256]; /* space-separated actions / workout types */
    /* [checkin] */
    char checkin_terminal[256]; /* the terminal command a notice's "Check in now"
                                   runs `recov checkin` in; "auto": $TERMINAL -e,
                                   else x-terminal-emulator -e */
    int checkin_mornings;       /* enum recov_checkin_mornings */
};

/* [checkin] mornings: which mornings get a check-in. */
enum recov_checkin_mornings {
    RECOV_MORNINGS_SESSIONS, /* "sessions": after a session at checkin_min_rpe or more */
    RECOV_MORNINGS_SORE,     /* "sore": those, and while a region is still sore */
    RECOV_MORNINGS_DAILY,    /* "daily": every morning */
};

/* [sync] reminders: whether reminder answers travel with the log. */
enum recov_sync_reminders {
    RECOV_SYNC_REMINDERS_DEVICE, /* "device": each device keeps its own */
    RECOV_SYNC_REMINDERS_SHARED, /* "shared": an answer on one settles it on all */
};

/* [sync]: the folder `recov sync` uses when none is given, its passphrase. */
struct recov_sync_config {
    char dir[4096];             /* absolute, "~/" expanded; "" when unset */
    char passphrase_file[4096]; /* the same; "" when unset */
    int reminders;              /* enum recov_sync_reminders */
};

struct recov_config {
    int week_start;   /* 0 = Sunday, 1 = Monday */
    int busy_timeout; /* seconds to wait for another program's write */
    /* Sorted by name, one per name (lookups bisect); grown as needed. */
    struct recov_workout_type *types;
    size_t ntypes, types_cap;
    struct recov_alias *aliases;
    size_t naliases, aliases_cap;
    struct recov_advice_config advice;
    struct recov_remind_config remind;
    struct recov_sport_type sports[RECOV_MAX_SPORTS]; /* [import.types] */
    size_t nsports;
    struct recov_athlete_config athlete;
    struct recov_sync_config sync;
    char path[4096];        /* the user's file, or "" for defaults only */
    int loaded;             /* 1 when path existed and was read */
    char system_path[4096]; /* the system-wide file read, or "" */
    char warnings[RECOV_MAX_WARNINGS][256];
    size_t nwarnings, nmore_warnings;
    unsigned char origin[RECOV_CONFIG_MAX_KEYS]; /* per scalar key */
};

/* Fills cfg with the built-in defaults; free it with recov_config_free. */
void recov_config_defaults(struct recov_config *cfg);
/* Frees what cfg holds (not cfg itself). */
void recov_config_free(struct recov_config *cfg);
/* Loads the user's file at path over what cfg holds. A missing file is not
 * an error (defaults). Unknown keys become cfg->warnings; a bad value
 * returns RECOV_EINPUT with a message naming file, section, key and the
 * valid range; a file that cannot be read (or a directory) RECOV_EIO
 * (RECOV_EINPUT) with the reason. Loading is linear in the file's size. */
int recov_config_load(struct recov_config *cfg, const char *path);
/* Loads the system-wide file, the first recov/recov.ini found in
 * $XDG_CONFIG_DIRS (default /etc/xdg), over the defaults; call it before
 * recov_config_load. No file is not an error. */
int recov_config_load_system(struct recov_config *cfg);
/* The same over a file's text already in memory, as origin (fuzzing). */
int recov_config_load_text(struct recov_config *cfg, const char *text, size_t len,
                           const char *name, int origin);
/* The default path ($XDG_CONFIG_HOME/recov/recov.ini). */
int recov_config_default_path(char *buf, size_t n);
/* The file an origin names ("default" for built-in values). */
const char *recov_config_source(const struct recov_config *cfg, int origin);

/* The workout type called name, or NULL. */
const struct recov_workout_type *recov_config_type(const struct recov_config *cfg,
                                                   const char *name);
/* Resolves a region name or alias to a mask. Returns 0 or RECOV_EINPUT with
 * a message naming the nearest valid region. */
int recov_config_region(const struct recov_config *cfg, const char *name, uint32_t *mask);
/* Resolves a place: a region or alias as recov_config_region does, with an
 * optional side prefix for regions that come in pairs ("left-ankle",
 * "left-ankles", "l-ankle", "right-calf", "r-legs"; a side's region may be
 * singular). *side is RECOV_SIDE_NONE without a prefix. Returns 0 or
 * RECOV_EINPUT with a message (unknown region, or a side for a region that
 * does not come in pairs). */
int recov_config_place(const struct recov_config *cfg, const char *name, uint32_t *mask,
                       int *side);
/* How many of the n words (1 or 2) name the place they begin, as a person
 * types it: "left calf" and "lower back" are one place each, "calves" one
 * word; name receives its spelling ("left-calf"). A side word always takes
 * the next word; another word takes it only when alone it is no place and
 * joined it is one. */
size_t recov_config_place_words(const struct recov_config *cfg, const char *const *words,
                                size_t n, char *name, size_t size);
/* The regions of one recovery action from n place words (two-word places
 * joined as recov_config_place_words does): their union, and
 * the one side they share (an entry holds one side, or none). Returns 0 or
 * RECOV_EINPUT with a message naming the word that is wrong. */
int recov_config_places(const struct recov_config *cfg, const char *const *words, size_t n,
                        uint32_t *mask, int *side);

/* One scalar key, for `recov config show` and the docs. */
struct recov_config_key_view {
    const char *section, *key, *range, *meaning;
    char value[256];
    int origin;         /* enum recov_config_origin */
    const char *source; /* recov_config_source of origin */
};
size_t recov_config_key_count(void);
void recov_config_key_get(const struct recov_config *cfg, size_t i,
                          struct recov_config_key_view *out);

#endif
