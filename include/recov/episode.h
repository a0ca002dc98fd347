/* episode: per region and side, the soreness episodes and what explains them. */
#ifndef RECOV_EPISODE_H
#define RECOV_EPISODE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/config.h"
#include "recov/entry.h"
#include "recov/vocab.h"

/* Flags that mark an acute injury rather than ordinary soreness. */
#define RECOV_INJURY_FLAGS (RECOV_FLAG_SPRAIN | RECOV_FLAG_SWELLING | RECOV_FLAG_SHARP)
/* Nerve signs: pain that radiates, numbness, tingling, cauda-equina signs. */
#define RECOV_NERVE_FLAGS (RECOV_FLAG_NUMBNESS | RECOV_FLAG_TINGLING | RECOV_FLAG_RADIATING | \
                           RECOV_SYSTEMIC_NERVE_FLAGS)
/* Whole-body red flags: nothing else is advised while one is in force. */
#define RECOV_SYSTEMIC_NERVE_FLAGS (RECOV_FLAG_BOTH_LEGS_NUMB | RECOV_FLAG_SADDLE_NUMBNESS | \
                                    RECOV_FLAG_BLADDER_BOWEL)
#define RECOV_SYSTEMIC_FLAGS (RECOV_FLAG_DARK_URINE | RECOV_SYSTEMIC_NERVE_FLAGS)
/* A whole-body flag stands for this many hours after it was logged: a later
 * score without it does not say it has cleared (a score says how sore, not
 * what the urine looks like), and what it calls for is care now. Fixed, so
 * that no advice threshold moves an episode's class or boundaries. */
#define RECOV_SYSTEMIC_HOLD_HOURS 72
/* Hours a recovery action counts as already done for advice. */
#define RECOV_DONE_HOURS 24
/* A region not logged for this many days starts a new episode when it is
 * logged again: after such a silence nobody can tell whether it healed.
 * Fixed, so that no advice threshold moves episode boundaries. */
#define RECOV_EPISODE_GAP_DAYS 14

/* A change of 2 points on the NRS is clinically meaningful (SCIENCE.md):
 * falling = 2 below the peak; rising = 2 above the first score. */
enum recov_trend { RECOV_TREND_FLAT, RECOV_TREND_RISING, RECOV_TREND_FALLING };

/* What the episode most likely is, most serious first in precedence. */
enum recov_episode_class {
    RECOV_CLASS_EXERCISE,    /* soreness after a workout that worked the region */
    RECOV_CLASS_INJURY,      /* a sprain, or swelling/sharp pain a workout explains */
    RECOV_CLASS_UNEXPLAINED, /* no workout explains the soreness, or its swelling or
                                sharp pain, and no sprain was logged */
    RECOV_CLASS_NERVE,       /* radiating pain, numbness or tingling */
    RECOV_CLASS_SYSTEMIC,    /* dark urine or cauda-equina signs: the whole body */
};

/* One episode: a run of logs of one region and side. A new episode starts
 * at the first log after a log of 0 (recovered), after RECOV_EPISODE_GAP_DAYS
 * without a log, or after a workout that worked the region when the score had
 * been falling (each bout's soreness runs its own course: repeated-bout
 * effect). Pointers point into the entries the episodes were computed from. */
struct recov_episode {
    int region, side;                /* enum recov_region, enum recov_side */
    time_t since;                    /* the first log */
    const struct recov_entry *latest; /* the latest log */
    const struct recov_entry *prev;  /* the log before it, or NULL */
    int days;                        /* calendar days from the first log's date to the
                                        latest log's date (0: the same day) */
    int first, peak, score;          /* scores: first, highest, latest */
    int logs;                        /* soreness logs in it */
    int longest_gap;                 /* most calendar days between two of them */
    time_t peak_at;                  /* when the peak was first reached */
    enum recov_trend trend;
    unsigned flags;                  /* flags logged anywhere in the episode */
    time_t flag_at[RECOV_FLAG_COUNT]; /* when each flag was last logged, 0: never */
    time_t injury_at;                /* first sprain/swelling/sharp log, 0: none */
    enum recov_episode_class cls;
    const struct recov_entry *cause; /* the heaviest (load) workout that worked the
                                        region and ended before the first log, within
                                        explain_days; NULL: none */
    int ncauses;                     /* how many workouts qualified */
    int injury_explained;            /* 1: a workout that worked the region started
                                        within explain_days before injury_at */
    time_t worked_until;             /* the end of the last workout that worked the
                                        region and started from explain_days before
                                        the first log up to the peak; 0: none */
};

struct recov_episodes {
    struct recov_episode *v;         /* by region, side, then time */
    size_t n, cap;
};

/* The facts of an episode, copied out of the model (which points into
 * entries the caller frees): what suggestions, the summary and the report
 * carry. */
struct recov_episode_facts {
    int region, side;           /* enum recov_region, enum recov_side */
    time_t since;               /* the episode's first log */
    time_t latest_at;           /* its latest log */
    int days, first, peak, latest;
    int logs, longest_gap;
    time_t peak_at;
    enum recov_trend trend;
    unsigned flags;
    enum recov_episode_class cls;
    int has_cause;              /* 0: no workout explains it */
    char cause_type[32];
    time_t cause_at;
    int cause_load;
};
void recov_episode_facts_of(const struct recov_episode *ep, struct recov_episode_facts *f);

/* Computes every episode of every region and side from entries (oldest
 * first), ignoring entries after now. out must be zeroed or freed before.
 * Pure. Returns 0 or RECOV_EIO when out of memory (message set). */
int recov_episodes_compute(const struct recov_entries *entries, const struct recov_config *cfg,
                           time_t now, struct recov_episodes *out);
void recov_episodes_free(struct recov_episodes *eps);

/* 1 when flags logged for region point at a compressed nerve (pain that
 * radiates, or numbness or tingling in the lower back): a GP or
 * physiotherapist, where numbness elsewhere only rules out heat. The one
 * test behind suggest's nerve rule and the summary's warning text. */
int recov_nerve_signs(int region, unsigned flags);
/* Calendar days from the episode's first log's date to day (a local day
 * number): the one count behind every "sore for N days" (days is this for
 * the latest log's day). */
int recov_episode_day_count(const struct recov_episode *ep, int day);
/* Soreness that comes back after each session and is worse each time:
 * each bout of the same exercise should leave less soreness than the one
 * before (the repeated-bout effect, Hyldahl, Chen & Nosaka 2017), so more
 * is an overuse pain. Looked for over RECOV_RECUR_DAYS. */
#define RECOV_RECUR_DAYS 28
#define RECOV_RECUR_BOUTS 3
#define RECOV_RECUR_MAX 8
/* More soreness after a much harder session is that session's: the last
 * bout's heaviest session may carry at most this much more load than the
 * first's. */
#define RECOV_RECUR_LOAD_GROWTH 0.30
struct recov_recurrence {
    int bouts;                   /* episodes in the run, this one last */
    int peaks[RECOV_RECUR_MAX];  /* their peaks, oldest first (the last
                                    RECOV_RECUR_MAX when there are more) */
    int npeaks;
    time_t since;                /* the first log of the first of them */
};
/* 1 when eps->v[i] ends a run of RECOV_RECUR_BOUTS or more episodes of
 * soreness after exercise of its region and side, one after another,
 * whose first logs fall within RECOV_RECUR_DAYS before its latest log,
 * each peaking at least as high as the one before and the last 2 or more
 * (a meaningful change) above the first, after a session not much harder
 * than the first's (RECOV_RECUR_LOAD_GROWTH); fills *r. eps in
 * recov_episodes_compute's order. */
int recov_episode_recurring(const struct recov_episodes *eps, size_t i,
                            struct recov_recurrence *r);

/* Two logs this many calendar days apart may hide soreness that faded and
 * came back unseen (soreness after exercise fades within 5-7 days). */
#define RECOV_EPISODE_SPARSE_DAYS 5
/* How long soreness has lasted, as far as the logs tell, as a label and a
 * value: "sore for" "9 days"; "logged sore" "4 times in 21 days" when two
 * of its logs are RECOV_EPISODE_SPARSE_DAYS or more apart (recov does not
 * know the days between), "logged sore" "once" for one log. Returns the
 * label; value gets the rest. The one wording of suggest, the summary and
 * the report (which shows the two apart). */
const char *recov_episode_sore_span(int days, int logs, int longest_gap, char *value,
                                    size_t n);
/* The same as one phrase: "sore for 9 days". */
void recov_episode_sore_for(int days, int logs, int longest_gap, char *buf, size_t n);
/* 1 while the episode is not over: its latest log has a score above 0, or
 * a flag (a calf swollen but not sore, dark urine without pain: a 0 with a
 * flag is no recovery), or a whole-body flag still stands. */
int recov_episode_active(const struct recov_episode *ep);
/* 1 when the episode has something to tell: a score above 0 or a flag at
 * some log. An episode of 0s alone (a region logged as fine, after a new
 * session or as a check-in's answer) is no soreness: the views neither list
 * it nor count it as one that began after a workout. */
int recov_episode_felt(const struct recov_episode *ep);
/* The whole-body flags (RECOV_SYSTEMIC_FLAGS) that still stand at the
 * episode's latest log: logged less than RECOV_SYSTEMIC_HOLD_HOURS before
 * it. What makes the episode's class systemic. */
unsigned recov_episode_systemic_flags(const struct recov_episode *ep);
/* When the latest of flags (bits) was logged in the episode, 0: never. */
time_t recov_episode_flag_logged(const struct recov_episode *ep, unsigned flags);
/* The regions the workout e worked (its type's [workout.TYPE] regions). */
uint32_t recov_workout_regions(const struct recov_config *cfg, const struct recov_entry *e);
/* Bit per recovery action (recov_action_names) logged for region and side
 * (no region or no side given covers it) from since up to now. */
unsigned recov_actions_done(const struct recov_entries *entries, int region, int side,
                            time_t since, time_t now);

/* A fall of 2 from the peak, else a rise of 2 from the first score. */
enum recov_trend recov_trend_of(int first, int peak, int latest);
const char *recov_trend_name(enum recov_trend trend);
const char *recov_episode_class_name(enum recov_episode_class cls);

#endif
