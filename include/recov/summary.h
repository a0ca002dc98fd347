/* summary: a period's training load, soreness and recovery, computed. */
#ifndef RECOV_SUMMARY_H
#define RECOV_SUMMARY_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/config.h"
#include "recov/db.h"
#include "recov/entry.h"
#include "recov/episode.h"
#include "recov/load.h"
#include "recov/range.h"

/* "What seems to help" looks at this many days ending on the as-of day (or
 * the whole range when it is longer), and compares only when both sides have
 * at least RECOV_SUMMARY_MIN_DAYS days. */
#define RECOV_SUMMARY_HELPS_DAYS 90
#define RECOV_SUMMARY_MIN_DAYS 3
/* history_first_day when no workout was ever logged. */
#define RECOV_SUMMARY_NO_HISTORY RECOV_LOAD_NO_HISTORY
#define RECOV_SUMMARY_MAX_AFTER 8
/* Body table rows: a region and a side each. */
#define RECOV_SUMMARY_MAX_REGIONS 64

/* Red flags, soreness that lasts past persist_days, soreness whose
 * course is not that of soreness after exercise (rising after its usual
 * peak, or not improving: the advice's course rules), and soreness that
 * comes back worse after each bout (recov_episode_recurring). */
enum recov_warning_kind { RECOV_WARNING_RED_FLAG, RECOV_WARNING_PERSISTENT,
                          RECOV_WARNING_NOT_SETTLING, RECOV_WARNING_RECURRING };

struct recov_advice_rule;

/* Everything the computation needs, gathered by the caller (or a test). */
struct recov_summary_input {
    struct recov_range range;
    int today;                 /* local day number of "now" */
    int persist_days;          /* soreness longer than this is not typical DOMS */
    int explain_days;          /* a workout this many days before soreness preceded it */
    int history_first_day;     /* day of the first workout ever logged */
    /* Entries oldest first covering at least recov_summary_window()'s days
     * (workouts from loads_first, the other kinds from entries_first). */
    const struct recov_entries *entries;
    /* Workout types for the episodes' causes; NULL: the built-in defaults.
     * Its persist_days and explain_days are replaced by the two above. */
    const struct recov_config *cfg;
};

/* The days the input must cover: every kind from entries_first, workouts
 * from loads_first (the EWMA window of the range's first day), all up to
 * last. */
struct recov_summary_window {
    int entries_first, loads_first, last;
};

struct recov_summary_day {
    int day;
    int sessions, minutes;
    double load;
    /* The load state at the end of the day (acwr < 0: not reportable);
     * has_state is 0 for days after the as-of day, which have not happened. */
    struct recov_load_state state;
    int has_state;
};

struct recov_summary_type {
    char type[32];
    int sessions, minutes;
    double load;
};

struct recov_summary_after {
    char type[32];
    int count;                 /* episodes starting in the range that a workout of
                                  the type explains (the episode model's cause) */
};

/* One row of the Body table: a region and a side (RECOV_SIDE_NONE for a
 * region logged without one); sides are rows of their own. */
struct recov_summary_region {
    int region;                /* enum recov_region */
    int side;                  /* enum recov_side */
    int peak, days;            /* days: days with a score of 1 or more */
    double mean;               /* of every score logged in the range */
    enum recov_trend trend;
    int has_previous, peak_delta; /* versus the previous period's peak */
    struct recov_summary_after after[RECOV_SUMMARY_MAX_AFTER];
    size_t nafter;             /* most frequent first */
};

struct recov_summary_recovery {
    int action;                /* index into recov_action_names */
    int count, minutes;
};

/* Wellness factors compared like actions: the night after a sore day. */
enum { RECOV_FACTOR_LONG_NIGHT, RECOV_FACTOR_GOOD_SLEEP, RECOV_SUMMARY_FACTORS };

/* One region x action (or wellness factor) comparison; enough when both
 * sides reach MIN_DAYS. */
struct recov_summary_help {
    int region;
    int action;                /* index into recov_action_names, -1 for a factor */
    int factor;                /* RECOV_FACTOR_*, -1 for an action */
    int with_days, without_days;
    double with_change, without_change; /* mean next-day score change */
    int enough;
};

/* A warning belongs to one episode (see episode.h), and an episode has at
 * most one warning of each kind: onset_day, episode_days and latest_day are
 * that episode's, the same numbers suggest shows. */
struct recov_summary_warning {
    enum recov_warning_kind kind;
    int day;                   /* the first day in the range it applies to */
    int region;
    unsigned flags;            /* red flag: every flag logged in the episode
                                  within the range */
    int worst;                 /* red flag: the highest score logged with a flag */
    time_t fresh_until;        /* red flag of an injury: the end of its fresh
                                  time (recov_advice_fresh_until); 0 otherwise */
    int episode_days;          /* the episode's days (first log's date to latest's) */
    int episode_logs, longest_gap; /* its logs, and the most days between two */
    int onset_day;             /* the day of the episode's first log */
    int latest_day;            /* the day of the episode's latest log (up to the
                                  range's end) */
    int side;                  /* enum recov_side */
    enum recov_episode_class cls; /* the episode's class */
    /* Not settling: the course rule, and the episode's scores with the
     * day of its peak; persistent: the scores (a rise is said). */
    const struct recov_advice_rule *course;
    int first, peak, latest, peak_day;
    /* Recurring: the bouts in a row, first and latest their peaks. */
    int bouts;
};

struct recov_summary {
    struct recov_range range;
    int as_of;                 /* the day point-in-time metrics describe */
    int sessions, minutes;
    double load;
    struct recov_summary_day *daily;  /* one per day of the range */
    size_t ndays;
    struct recov_summary_type *types; /* by load, largest first */
    size_t ntypes;
    int week_end;              /* the last day of the 7 that monotony and strain
                                  describe (recov_summary_week_end) */
    double monotony, strain;   /* the 7 days ending on week_end */
    struct recov_load_state state;    /* acwr < 0: see acwr_reason */
    char acwr_reason[128];
    struct recov_summary_region regions[RECOV_SUMMARY_MAX_REGIONS]; /* most affected first */
    size_t nregions;
    signed char *scores;       /* ndays x RECOV_REGION_COUNT day maxima, -1 unlogged
                                  (every side of a region together) */
    signed char *place_scores; /* ndays x (RECOV_REGION_COUNT x RECOV_SIDE_COUNT):
                                  the same per region and side */
    unsigned *place_flags;     /* ndays x (RECOV_REGION_COUNT x RECOV_SIDE_COUNT):
                                  the flags logged for each region and side */
    uint32_t *actions;         /* ndays x RECOV_REGION_COUNT: bit 1 << action for each
                                  recovery action that covered the region that day */
    struct recov_summary_recovery recovery[32]; /* by count, largest first */
    size_t nrecovery;
    struct { int sessions, minutes; double load; } previous; /* deltas */
    struct recov_range compared; /* the previous period's days the deltas count: all of
                                    it, or while the range is still running, as many of
                                    its first days as the range has had up to as_of */
    int previous_known;        /* a workout was logged before the range: else the
                                  previous period holds no log to compare with */
    struct recov_summary_help *helps; /* enough ones first, best first */
    size_t nhelps;
    int helps_first;           /* first day the comparison looked at */
    struct recov_episode_facts *episodes; /* the episode model's episodes with a log
                                             in the range (as of its end), the
                                             latest log first */
    size_t nepisodes;
    struct recov_summary_warning *warnings; /* by day */
    size_t nwarnings;
};

/* The as-of day: the range's last day, or today when the range runs on past
 * today (days that have not happened are not rest days). */
int recov_summary_as_of(struct recov_range range, int today);
/* What the deltas compare with, for "vs ...": "the previous 7 days", "the
 * previous day", or in a range still running "the first 5 of the previous
 * 7 days" (a week not over is not set against a whole one). */
void recov_summary_compared_label(const struct recov_summary *s, char *buf, size_t n);
/* The last day of the 7-day week that monotony and strain describe: the
 * as-of day, or the day before when the as-of day is today and has no load
 * yet (a day that is not over is not a rest day). Advice uses it too. */
int recov_summary_week_end(int as_of, int today, double as_of_load);
void recov_summary_window(const struct recov_summary_input *in, struct recov_summary_window *w);

/* Computes the summary from in (pure: no I/O, no clock). Returns 0 or
 * RECOV_EIO when out of memory; free out with recov_summary_free either way. */
int recov_summary_compute(const struct recov_summary_input *in, struct recov_summary *out);
/* Reads what range needs from db (NULL: nothing logged yet) and computes
 * it. Returns 0 or RECOV_EIO; free out with recov_summary_free either way. */
int recov_summary_load(struct recov_db *db, const struct recov_config *cfg,
                       struct recov_range range, time_t now, struct recov_summary *out);
void recov_summary_free(struct recov_summary *s);
/* What a comparison is about: the action's name, or the factor's words
 * ("a night of 7 h or more"). */
const char *recov_summary_help_name(const struct recov_summary_help *h);
/* The factor's JSON key ("sleep_7h"), or NULL for an action. */
const char *recov_summary_help_factor_key(const struct recov_summary_help *h);
/* When r has no start (:all, "all", "..TO"), starts it at the first entry
 * of db (NULL: nothing logged) rather than in 1970. Returns 0 or
 * RECOV_EIO. */
int recov_summary_clip_all(struct recov_db *db, struct recov_range *r);

/* The day-maximum score of region on day index i of the range, -1 unlogged. */
int recov_summary_score(const struct recov_summary *s, int region, size_t i);
/* The same for one side of a region (RECOV_SIDE_NONE: logged without one). */
int recov_summary_place_score(const struct recov_summary *s, int region, int side, size_t i);
/* The flags logged for region on side (RECOV_SIDE_NONE: logged without one)
 * on day index i of the range. */
unsigned recov_summary_place_flags(const struct recov_summary *s, int region, int side, size_t i);
/* The recovery actions (bit 1 << index into recov_action_names) that covered
 * region on day index i of the range; an action logged without regions
 * covers them all. */
uint32_t recov_summary_actions(const struct recov_summary *s, int region, size_t i);
const char *recov_trend_name(enum recov_trend trend);
const char *recov_warning_kind_name(enum recov_warning_kind kind);
/* When a warning applies: "2026-11-09", or "2026-11-09 to 2026-11-12" when
 * its episode was logged after its first day. */
void recov_summary_warning_dates(const struct recov_summary_warning *w, char *buf, size_t n);
/* The advice rule a warning rests on (docs/advice.md): its id, brief and
 * source are the warning's. */
struct recov_advice_rule;
const struct recov_advice_rule *recov_summary_warning_rule(const struct recov_summary_warning *w);
/* One line saying what a warning means and what to do: the rule's brief. */
void recov_summary_warning_text(const struct recov_summary_warning *w, char *buf, size_t n);

#endif
