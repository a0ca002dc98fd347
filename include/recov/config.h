/* config: the effective configuration, from defaults and recov.ini. */
#ifndef RECOV_CONFIG_H
#define RECOV_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#define RECOV_NAME_MAX 32
#define RECOV_MAX_TYPES 64
#define RECOV_MAX_ALIASES 64
#define RECOV_MAX_WARNINGS 32

struct recov_workout_type {
    char name[RECOV_NAME_MAX];
    uint32_t regions; /* the body regions it works */
    int rpe;          /* the RPE assumed when none is given */
    int from_file;
};

struct recov_alias {
    char name[RECOV_NAME_MAX];
    uint32_t regions;
    int from_file;
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
};

struct recov_config {
    int week_start; /* 0 = Sunday, 1 = Monday */
    struct recov_workout_type types[RECOV_MAX_TYPES];
    size_t ntypes;
    struct recov_alias aliases[RECOV_MAX_ALIASES];
    size_t naliases;
    struct recov_advice_config advice;
    struct recov_remind_config remind;
    char path[4096];       /* the file read, or "" for defaults only */
    int loaded;            /* 1 when path existed and was read */
    char warnings[RECOV_MAX_WARNINGS][256];
    size_t nwarnings;
    unsigned long long from_file; /* bit i: scalar key i was set by the file */
};

/* Fills cfg with the built-in defaults. */
void recov_config_defaults(struct recov_config *cfg);
/* Loads path over the defaults. A missing file is not an error (defaults).
 * Unknown keys become cfg->warnings; a bad value returns RECOV_EINPUT with a
 * message naming file, section, key and the valid range. */
int recov_config_load(struct recov_config *cfg, const char *path);
/* The default path ($XDG_CONFIG_HOME/recov/recov.ini). */
int recov_config_default_path(char *buf, size_t n);

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

/* One scalar key, for `recov config show` and the docs. */
struct recov_config_key_view {
    const char *section, *key, *range, *meaning;
    char value[64];
    int from_file;
};
size_t recov_config_key_count(void);
void recov_config_key_get(const struct recov_config *cfg, size_t i,
                          struct recov_config_key_view *out);

#endif
