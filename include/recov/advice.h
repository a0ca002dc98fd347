/* advice: pure rules: a history in, suggestions out (no I/O, no clock). */
#ifndef RECOV_ADVICE_H
#define RECOV_ADVICE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/config.h"
#include "recov/entry.h"
#include "recov/episode.h"
#include "recov/load.h"

/* Public names (JSON "kind"), documented in docs/advice.md. */
enum recov_advice_kind {
    RECOV_ADVICE_COOL_DOWN, RECOV_ADVICE_WARM_UP, RECOV_ADVICE_STRETCH, RECOV_ADVICE_YOGA,
    RECOV_ADVICE_ACTIVE_RECOVERY, RECOV_ADVICE_BATH, RECOV_ADVICE_MASSAGE,
    RECOV_ADVICE_FOAM_ROLL, RECOV_ADVICE_REST, RECOV_ADVICE_ICE, RECOV_ADVICE_REDUCE_LOAD,
    RECOV_ADVICE_LIGHTER_DAY, RECOV_ADVICE_VARY_TRAINING, RECOV_ADVICE_PROTEIN, RECOV_ADVICE_SLEEP,
    RECOV_ADVICE_SEE_CLINICIAN, RECOV_ADVICE_URGENT_CARE, RECOV_ADVICE_AVOID,
    RECOV_ADVICE_KIND_COUNT
};
#define RECOV_ADVICE_BIT(kind) (1u << (kind))
#define RECOV_ADVICE_ALL ((1u << RECOV_ADVICE_KIND_COUNT) - 1u)

/* JSON "severity", least to most important. */
enum recov_severity { RECOV_SEV_INFO, RECOV_SEV_CAUTION, RECOV_SEV_WARNING, RECOV_SEV_URGENT };

/* One row of the rule table: the single statement of what a rule advises,
 * printed by the commands and checked against docs/advice.md. A rule with
 * several kinds of advice has one row per kind, under the same id. Rows are
 * in precedence order: urgent rules, then contraindications, then the rest.
 * Composition is data: what a rule that fired rules out, for its region
 * (and side), for its limb (recov_region_limb) and for everyone. */
struct recov_advice_rule {
    const char *id;               /* JSON "rule": "persist", "acute-injury" ... */
    enum recov_advice_kind kind;
    enum recov_severity severity;
    unsigned forbids;             /* kinds it removes for the same region and side */
    unsigned limb_forbids;        /* kinds it removes for every region of the same
                                     limb (the same side, or every side when either
                                     side is unknown) */
    unsigned body_forbids;        /* kinds it removes for every region and in
                                     general advice */
    const char *condition;        /* when it fires, in words */
    const char *what;             /* what to do, concrete */
    const char *source;           /* the evidence, as cited in SCIENCE.md */
    const char *brief;            /* what, in a few words, for the short view */
};
extern const struct recov_advice_rule recov_advice_rules[];
extern const size_t recov_advice_rule_count;
/* The row a red flag in a summary rests on: of the rules that the flags
 * logged in an episode (of region and class cls, worst its highest score
 * with them) bring, the most severe, then the first in the table, which is
 * suggest's order, so the summary says what suggest says first. NULL only
 * when flags is 0. */
const struct recov_advice_rule *recov_advice_red_flag_rule(int region,
                                                           enum recov_episode_class cls,
                                                           unsigned flags, int worst);
/* The "avoid" rows (what to keep off the region) that the same flags
 * bring beside recov_advice_red_flag_rule's, at most max of them into out,
 * in suggest's order; returns how many. */
size_t recov_advice_red_flag_avoids(int region, enum recov_episode_class cls, unsigned flags,
                                    int worst, const struct recov_advice_rule **out, size_t max);
/* The "one-leg" row, which keeps pressure and heat off a calf or thigh of
 * one leg that a course rule (persist, recurring, not settling) refers;
 * NULL for any other place. */
const struct recov_advice_rule *recov_advice_one_leg_rule(int region, int side);
/* The row of soreness that lasts past persist_days. */
const struct recov_advice_rule *recov_advice_persist_rule(void);
/* The row of an injury still moderately painful 2 weeks on. */
const struct recov_advice_rule *recov_advice_slow_healing_rule(void);
/* The row of soreness that comes back worse after each bout
 * (recov_episode_recurring). */
const struct recov_advice_rule *recov_advice_recurring_rule(void);
/* 1 when the episode is judged by how long soreness after exercise lasts
 * (persist_days): not an injury, which heals on its own course (NHS sprains
 * and strains: most feel better after 2 weeks) and is warned of when it
 * gets worse or does not get better (recov_advice_course_rule). Suggest and
 * the summary's persistent warning both ask it. */
int recov_advice_judged_by_doms_course(const struct recov_episode *ep);
/* The end of an injury's fresh time, when PRICE holds and heat and massage
 * wait: acute_hours after its first sprain, swelling or sharp log or after
 * its latest swelling or sharp log, whichever is later; 0 without one. */
time_t recov_advice_fresh_until(const struct recov_episode *ep, int acute_hours);
/* The row the course of an episode calls for at its latest log:
 * "worsening" (an injury whose score climbs), "rising" (soreness that
 * climbed after the usual peak), "not-improving", else "slow-healing" (an
 * injury still moderate 2 weeks on); NULL while it runs
 * the course of soreness after exercise or of a healing injury. Suggest and the summary's
 * "not settling" warning both ask it. */
const struct recov_advice_rule *recov_advice_course_rule(const struct recov_episode *ep,
                                                         const struct recov_advice_config *cfg);

struct recov_suggestion {
    enum recov_advice_kind kind;
    int region;                 /* enum recov_region, or -1 for general advice */
    int side;                   /* enum recov_side */
    int has_episode;            /* episode below is set (regional advice on soreness) */
    struct recov_episode_facts episode;
    enum recov_severity severity;
    const char *rule;           /* stable rule id, e.g. "persist" (static) */
    const char *source;         /* citation (static) */
    char what[256];             /* concrete: "a warm soak or bath, 15-20 min ..." */
    char because[512];          /* the pattern seen, in words */
    size_t row;                 /* index into recov_advice_rules */
};

struct recov_advice {
    struct recov_suggestion *v; /* most important first */
    size_t n, cap;
};

/* Everything the rules look at, gathered by the caller. */
struct recov_advice_input {
    const struct recov_config *cfg;
    time_t now;
    const struct recov_entries *entries; /* recent history, oldest first */
    struct recov_load_state load;        /* as of today (see load.h) */
    int week_end;                        /* recov_summary_week_end() of today */
    double last14[14];                   /* daily loads of the 14 days ending on
                                            week_end, that day last */
    uint32_t only_regions;               /* 0: all; else only these regions' advice
                                            (and no general advice) */
};

/* Applies every rule to in; entries after in->now are ignored. out must be
 * zeroed or freed before; it is filled most important first. Returns 0 or
 * RECOV_EIO (out of memory, message set). */
int recov_advice_compute(const struct recov_advice_input *in, struct recov_advice *out);
void recov_advice_free(struct recov_advice *advice);
/* 1 when s comes from a rule over the morning's wellness check. */
int recov_advice_is_wellness(const struct recov_suggestion *s);
/* A copy of from in to (which is overwritten, not freed). Returns 0 or
 * RECOV_EIO (out of memory, message set). */
int recov_advice_copy(const struct recov_advice *from, struct recov_advice *to);
/* Keeps only the suggestions for which keep returns non-zero, in order. */
void recov_advice_filter(struct recov_advice *advice,
                         int (*keep)(const struct recov_suggestion *s, void *ctx), void *ctx);
/* 1 when a suggestion in advice rules kind out for region (either side):
 * what a reminder written earlier must check before it speaks. */
int recov_advice_rules_out(const struct recov_advice *advice, enum recov_advice_kind kind,
                           int region);
/* The kind of advice a recovery action (index into recov_action_names)
 * carries out: a bath is "bath", a walk "active-recovery"; -1 for none
 * (rest, sleep). */
int recov_advice_kind_of_action(int action);
/* 1 when the suggestion t rules out an action of kind done for regions (0:
 * none named) on side: a bath while skin is numb, massage on a fresh
 * injury, a walk on a sprained ankle. */
int recov_advice_speaks_against(const struct recov_suggestion *t, enum recov_advice_kind kind,
                                uint32_t regions, int side);
/* The place of s as the list advice names it: "calves (logged without a
 * side)" when the same list also speaks of one side of the calves, which
 * plain "calves" would seem to include; else "calves", "left calf". */
void recov_advice_place(const struct recov_advice *advice, const struct recov_suggestion *s,
                        char *buf, size_t n);
/* "left ankle, calves": the places of v[i .. i + n - 1] as one line names
 * them ("" for n = 0). */
void recov_advice_line_places(const struct recov_advice *advice, size_t i, size_t n, char *buf,
                              size_t size);
/* How many suggestions from v[i] on say the same thing for the same reason
 * and read as one line naming all their regions (at least 1). */
size_t recov_advice_line_span(const struct recov_advice *advice, size_t i);
/* 1 when s refers to a clinician or urgent care, or says what to keep off
 * a region until a clinician has checked it (whatever its severity: "a
 * clinician if it persists" is a caution). */
int recov_advice_is_referral(const struct recov_suggestion *s);
/* 1 when some suggestion is a clinician or urgent-care referral. */
int recov_advice_refers(const struct recov_advice *advice);

const char *recov_advice_kind_name(enum recov_advice_kind kind);
/* What a kind means, in a few words (docs/advice.md). */
const char *recov_advice_kind_meaning(enum recov_advice_kind kind);
const char *recov_severity_name(enum recov_severity severity);

/* Week-over-week jump in load that gets a caution before the acute:chronic
 * ratio can be reported (Nielsen et al. 2014: > 30 %). */
#define RECOV_LOAD_JUMP 0.30

#endif
