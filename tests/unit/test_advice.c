/* test_advice: the advice rules on in-memory histories, and their docs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/advice.h"
#include "recov/config.h"
#include "recov/entry.h"
#include "recov/vocab.h"
#include "recov/when.h"


/* 2026-11-20 19:00:00 UTC, a Friday; the tests run with TZ=UTC. */
static const time_t NOW = 1795201200;
#define H 3600
#define D 86400

struct history {
    struct recov_config cfg;
    struct recov_entries e;
    struct recov_advice_input in;
    struct recov_advice a;
};

/* Empties h: the default config, no entries, no load figures, no advice. */
static void reset(struct history *h)
{
    recov_advice_free(&h->a);
    recov_entries_free(&h->e);
    recov_config_free(&h->cfg);
    memset(h, 0, sizeof *h);
    recov_config_defaults(&h->cfg);
    h->in = (struct recov_advice_input){.cfg = &h->cfg, .now = NOW, .entries = &h->e,
                                        .week_end = recov_day_of(NOW)};
    h->in.load.acwr = -1;
}

/* Each test gets an empty history as its state. */
static int setup(void **state)
{
    struct history *h = calloc(1, sizeof *h);
    assert_non_null(h);
    reset(h);
    *state = h;
    return 0;
}

static int teardown(void **state)
{
    struct history *h = *state;
    recov_advice_free(&h->a);
    recov_entries_free(&h->e);
    recov_config_free(&h->cfg);
    free(h);
    return 0;
}

static void push(struct history *h, struct recov_entry *e)
{
    assert_int_equal(recov_entries_push(&h->e, e), 0);
}

/* A workout that ended `ago` seconds before NOW. */
static void workout(struct history *h, const char *type, time_t ago, int minutes, int rpe)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WORKOUT);
    snprintf(e.type, sizeof e.type, "%s", type);
    e.at = NOW - ago - (time_t)minutes * 60;
    e.minutes = minutes;
    e.rpe = rpe;
    push(h, &e);
}

static void sore(struct history *h, const char *region, int score, time_t ago, unsigned flags)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_SORENESS);
    e.region = recov_region_index(region);
    assert_true(e.region >= 0);
    e.score = score;
    e.at = NOW - ago;
    e.flags = flags;
    push(h, &e);
}

static void did(struct history *h, const char *action, time_t ago, const char *region)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_RECOVERY);
    e.action = recov_action_index(action);
    assert_true(e.action >= 0);
    e.at = NOW - ago;
    e.regions = region ? RECOV_REGION_BIT(recov_region_index(region)) : 0;
    push(h, &e);
}

static void compute(struct history *h)
{
    recov_advice_free(&h->a);
    assert_int_equal(recov_advice_compute(&h->in, &h->a), 0);
}

/* The suggestion of kind for region (NULL: general), or NULL. */
static const struct recov_suggestion *find(const struct history *h, enum recov_advice_kind kind,
                                           const char *region)
{
    int r = region ? recov_region_index(region) : -1;
    for (size_t i = 0; i < h->a.n; i++)
        if (h->a.v[i].kind == kind && h->a.v[i].region == r)
            return &h->a.v[i];
    return NULL;
}

static size_t count_for(const struct history *h, const char *region)
{
    size_t n = 0;
    for (size_t i = 0; i < h->a.n; i++)
        n += h->a.v[i].region == recov_region_index(region);
    return n;
}

#define HAS(h, kind, region) assert_non_null(find(h, RECOV_ADVICE_##kind, region))
#define LACKS(h, kind, region) assert_null(find(h, RECOV_ADVICE_##kind, region))
#define K(kind) RECOV_ADVICE_BIT(RECOV_ADVICE_##kind)

/* Every kind in has (K(...) | ...) is advised for region, and none in lacks. */
static void assert_kinds(const struct history *h, const char *region, unsigned has, unsigned lacks)
{
    for (int k = 0; k < RECOV_ADVICE_KIND_COUNT; k++) {
        if ((has & RECOV_ADVICE_BIT(k)) && !find(h, (enum recov_advice_kind)k, region))
            fail_msg("%s: no %s", region ? region : "-", recov_advice_kind_name(k));
        if ((lacks & RECOV_ADVICE_BIT(k)) && find(h, (enum recov_advice_kind)k, region))
            fail_msg("%s: %s advised", region ? region : "-", recov_advice_kind_name(k));
    }
}

static void assert_rule(const struct recov_suggestion *s, const char *rule,
                        enum recov_severity severity)
{
    assert_non_null(s);
    assert_string_equal(s->rule, rule);
    assert_int_equal(s->severity, severity);
}

/* ---- ordinary soreness ---- */

static void test_mild_soreness_after_a_run(void **state)
{
    struct history *h = *state;
    workout(h, "run", 20 * H, 45, 6);
    sore(h, "calves", 2, 1 * H, 0);
    compute(h);
    assert_kinds(h, "calves", K(STRETCH) | K(YOGA) | K(ACTIVE_RECOVERY),
                 K(BATH) | K(REST) | K(WARM_UP));
    assert_rule(find(h, RECOV_ADVICE_STRETCH, "calves"), "mild", RECOV_SEV_INFO);
    assert_non_null(strstr(find(h, RECOV_ADVICE_YOGA, "calves")->because, "2/10"));
    assert_non_null(strstr(find(h, RECOV_ADVICE_YOGA, "calves")->because, "run"));
    /* Only the logged region gets advice about soreness. */
    assert_int_equal(count_for(h, "quads"), 0);
}

static void test_moderate_soreness_after_a_run(void **state)
{
    struct history *h = *state;
    workout(h, "run", 26 * H, 45, 6);
    sore(h, "quads", 5, 2 * H, 0);
    compute(h);
    assert_kinds(h, "quads", K(BATH) | K(MASSAGE) | K(FOAM_ROLL), 0);
    assert_rule(find(h, RECOV_ADVICE_WARM_UP, "quads"), "warm-up", RECOV_SEV_CAUTION);
    assert_kinds(h, "quads", 0, K(STRETCH) | K(REST) | K(SEE_CLINICIAN));
    assert_non_null(strstr(find(h, RECOV_ADVICE_BATH, "quads")->what, "15-20 min"));
    assert_string_equal(find(h, RECOV_ADVICE_BATH, "quads")->source, "Wang et al. 2021 (heat)");
}

/* A knee or an ankle is a joint: the evidence for massage and foam rolling
 * is for sore muscles, and a roller or a massage gun on a joint is not
 * what a clinician would suggest; the warm soak and the lighter session
 * stay. A muscle sore beside it still gets them. */
static void test_a_sore_joint_is_not_massaged(void **state)
{
    struct history *h = *state;
    workout(h, "run", 26 * H, 45, 6);
    sore(h, "knees", 5, 2 * H, 0);
    sore(h, "ankles", 4, 2 * H, 0);
    sore(h, "quads", 5, 2 * H, 0);
    compute(h);
    assert_kinds(h, "knees", K(BATH) | K(WARM_UP), K(MASSAGE) | K(FOAM_ROLL));
    assert_kinds(h, "ankles", K(BATH) | K(WARM_UP), K(MASSAGE) | K(FOAM_ROLL));
    assert_kinds(h, "quads", K(BATH) | K(MASSAGE) | K(FOAM_ROLL) | K(WARM_UP), 0);
    assert_non_null(strstr(find(h, RECOV_ADVICE_WARM_UP, "knees")->because, "a sore joint"));
    assert_non_null(strstr(find(h, RECOV_ADVICE_WARM_UP, "quads")->because, "a sore muscle"));
}

static void test_severe_soreness_means_rest(void **state)
{
    struct history *h = *state;
    workout(h, "strength", 30 * H, 60, 8);
    sore(h, "chest", 8, 1 * H, 0);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_REST, "chest"), "severe", RECOV_SEV_CAUTION);
    assert_non_null(strstr(find(h, RECOV_ADVICE_REST, "chest")->what, "48 h"));
    LACKS(h, WARM_UP, "chest"); /* training it lighter contradicts rest */
    assert_kinds(h, "chest", 0, K(BATH) | K(STRETCH));
}

static void test_workout_must_have_worked_the_region(void **state)
{
    struct history *h = *state;
    workout(h, "swim", 20 * H, 45, 6); /* swimming works shoulders, not quads */
    sore(h, "quads", 3, 1 * H, 0);
    compute(h);
    assert_int_equal(count_for(h, "quads"), 0);
}

static void test_zero_means_recovered(void **state)
{
    struct history *h = *state;
    workout(h, "run", 50 * H, 45, 6);
    sore(h, "quads", 6, 30 * H, 0);
    sore(h, "quads", 0, 1 * H, 0);
    compute(h);
    assert_int_equal(count_for(h, "quads"), 0);
}

static void test_stale_log_gives_no_advice(void **state)
{
    struct history *h = *state;
    workout(h, "run", 5 * D, 45, 6);
    sore(h, "quads", 5, 4 * D, 0); /* older than current_days (3) */
    compute(h);
    assert_int_equal(count_for(h, "quads"), 0);
    h->cfg.advice.current_days = 5;
    compute(h);
    HAS(h, BATH, "quads");
}

static void test_done_self_care_is_not_repeated(void **state)
{
    struct history *h = *state;
    workout(h, "run", 26 * H, 45, 6);
    sore(h, "quads", 5, 3 * H, 0);
    sore(h, "calves", 5, 3 * H, 0);
    did(h, "bath", 1 * H, "quads");
    did(h, "massage", 30 * H, "quads"); /* more than a day ago: not counted */
    compute(h);
    assert_kinds(h, "quads", K(MASSAGE), K(BATH));
    HAS(h, BATH, "calves");
}

/* ---- contraindications ---- */

static void test_fresh_injury_means_ice_and_no_heat(void **state)
{
    struct history *h = *state;
    static const unsigned flags[] = {RECOV_FLAG_SPRAIN, RECOV_FLAG_SWELLING, RECOV_FLAG_SHARP};
    for (size_t i = 0; i < 3; i++) {
        reset(h);
        workout(h, "sports", 30 * H, 60, 6);
        sore(h, "ankles", 5, 20 * H, flags[i]);
        compute(h);
        assert_rule(find(h, RECOV_ADVICE_ICE, "ankles"), "acute-injury", RECOV_SEV_CAUTION);
        assert_kinds(h, "ankles", 0,
                     K(BATH) | K(MASSAGE) | K(FOAM_ROLL) | K(WARM_UP) | K(COOL_DOWN));
        /* Not "unexplained": an injury explains itself. */
        LACKS(h, SEE_CLINICIAN, "ankles");
    }
}

static void test_heat_allowed_after_the_acute_window(void **state)
{
    struct history *h = *state;
    workout(h, "sports", 4 * D + 2 * H, 60, 6);
    sore(h, "ankles", 6, 4 * D, RECOV_FLAG_SPRAIN);
    sore(h, "ankles", 5, 1 * H, 0);
    compute(h);
    /* Heat, but not a massage: an ankle is a joint. */
    assert_kinds(h, "ankles", K(BATH), K(ICE) | K(MASSAGE));
    /* acute_hours is the threshold: a longer window keeps PRICE going. */
    h->cfg.advice.acute_hours = 120;
    compute(h);
    assert_kinds(h, "ankles", K(ICE), K(BATH));
}

/* A run yesterday, then calves at 5/10 with flag and quads at 5/10. */
static void calves_flagged_after_a_run(struct history *h, unsigned flag)
{
    workout(h, "run", 26 * H, 45, 6);
    sore(h, "calves", 5, 2 * H, flag);
    sore(h, "quads", 5, 2 * H, 0);
    compute(h);
}

static void test_numbness_means_no_heat(void **state)
{
    struct history *h = *state;
    calves_flagged_after_a_run(h, RECOV_FLAG_NUMBNESS);
    LACKS(h, BATH, "calves");
    LACKS(h, MASSAGE, "calves"); /* nerve signs: no massage either */
    LACKS(h, FOAM_ROLL, "calves");
    LACKS(h, BATH, "quads"); /* a bath reaches the numb calves too */
    assert_rule(find(h, RECOV_ADVICE_AVOID, "calves"), "numbness", RECOV_SEV_CAUTION);
    assert_non_null(strstr(find(h, RECOV_ADVICE_AVOID, "calves")->what, "heat"));
}

/* Tingling skin feels heat: what presses on the nerve is ruled out, a warm
 * soak is not, and nothing speaks of numb skin. */
static void test_tingling_means_no_massage_but_not_no_heat(void **state)
{
    struct history *h = *state;
    calves_flagged_after_a_run(h, RECOV_FLAG_TINGLING);
    LACKS(h, MASSAGE, "calves");
    LACKS(h, FOAM_ROLL, "calves");
    LACKS(h, WARM_UP, "calves");
    HAS(h, BATH, "quads");
    const struct recov_suggestion *s = find(h, RECOV_ADVICE_AVOID, "calves");
    assert_rule(s, "tingling", RECOV_SEV_CAUTION);
    assert_null(strstr(s->what, "numb skin"));
    assert_null(strstr(s->because, "numb skin"));
}

static void test_numbness_earlier_in_the_episode_still_rules_out_heat(void **state)
{
    struct history *h = *state;
    workout(h, "run", 3 * D, 45, 6);
    sore(h, "calves", 5, 2 * D, RECOV_FLAG_NUMBNESS);
    sore(h, "calves", 4, 1 * H, 0);
    compute(h);
    LACKS(h, BATH, "calves");
}

static void test_nerve_signs_see_a_clinician(void **state)
{
    struct history *h = *state;
    sore(h, "lower-back", 3, 1 * H, RECOV_FLAG_TINGLING);
    sore(h, "hamstrings", 4, 1 * H, RECOV_FLAG_RADIATING);
    sore(h, "calves", 3, 1 * H, RECOV_FLAG_NUMBNESS);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_SEE_CLINICIAN, "lower-back"), "nerve", RECOV_SEV_WARNING);
    assert_rule(find(h, RECOV_ADVICE_SEE_CLINICIAN, "hamstrings"), "nerve", RECOV_SEV_WARNING);
    /* Numbness elsewhere without radiating pain: caution, not warning. */
    assert_rule(find(h, RECOV_ADVICE_AVOID, "calves"), "numbness", RECOV_SEV_CAUTION);
    LACKS(h, BATH, "lower-back");
}

static void test_sprained_back_is_not_ordinary_soreness(void **state)
{
    struct history *h = *state;
    workout(h, "strength", 5 * H, 60, 7);
    sore(h, "lower-back", 5, 4 * H, RECOV_FLAG_SPRAIN);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_SEE_CLINICIAN, "lower-back"), "sprained-back",
                RECOV_SEV_WARNING);
    HAS(h, ICE, "lower-back");
}

/* ---- urgent ---- */

static void test_dark_urine_is_urgent_and_beats_the_rest(void **state)
{
    struct history *h = *state;
    workout(h, "strength", 30 * H, 90, 9);
    sore(h, "quads", 8, 1 * H, RECOV_FLAG_DARK_URINE);
    sore(h, "hamstrings", 3, 1 * H, 0);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_URGENT_CARE, "quads"), "dark-urine", RECOV_SEV_URGENT);
    assert_int_equal(count_for(h, "quads"), 1); /* no rest or massage next to it */
    assert_int_equal(h->a.v[0].kind, RECOV_ADVICE_URGENT_CARE);
    /* A whole-body sign: the urgent line is the only advice for anyone. */
    assert_int_equal(h->a.n, 1);
}

static void test_severe_injury_is_urgent(void **state)
{
    struct history *h = *state;
    workout(h, "sports", 3 * H, 60, 7);
    sore(h, "knees", 8, 2 * H, RECOV_FLAG_SPRAIN | RECOV_FLAG_SWELLING);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_URGENT_CARE, "knees"), "severe-injury", RECOV_SEV_URGENT);
    LACKS(h, ICE, "knees");
    assert_int_equal(count_for(h, "knees"), 1);
}

/* ---- persistence and unexplained soreness ---- */

static void test_persisting_soreness(void **state)
{
    struct history *h = *state;
    workout(h, "run", 10 * D, 45, 6);
    sore(h, "quads", 4, 9 * D, 0);
    sore(h, "quads", 3, 5 * D, 0);
    sore(h, "quads", 2, 1 * H, 0);
    compute(h);
    const struct recov_suggestion *s = find(h, RECOV_ADVICE_SEE_CLINICIAN, "quads");
    assert_rule(s, "persist", RECOV_SEV_WARNING);
    assert_non_null(strstr(s->because, "9 days")); /* calendar days, as everywhere */
    h->cfg.advice.persist_days = 10;
    compute(h);
    LACKS(h, SEE_CLINICIAN, "quads");
}

static void test_a_zero_starts_a_new_episode(void **state)
{
    struct history *h = *state;
    workout(h, "run", 10 * D, 45, 6);
    workout(h, "run", 30 * H, 45, 6);
    sore(h, "quads", 4, 9 * D, 0);
    sore(h, "quads", 0, 5 * D, 0);
    sore(h, "quads", 3, 1 * H, 0);
    compute(h);
    assert_kinds(h, "quads", K(STRETCH), K(SEE_CLINICIAN));
}

/* Calves at 6 the day after a long hike, and at `score` now. */
static void calves_after_a_hike(struct history *h, int score)
{
    reset(h);
    workout(h, "hike", 7 * D, 240, 6);
    sore(h, "calves", 6, 6 * D, 0);
    sore(h, "calves", score, 1 * H, 0);
    compute(h);
}

static void test_not_improving(void **state)
{
    struct history *h = *state;
    calves_after_a_hike(h, 5);
    assert_rule(find(h, RECOV_ADVICE_SEE_CLINICIAN, "calves"), "not-improving",
                RECOV_SEV_WARNING);
    /* Two points better within improve_days: settling as it should. */
    calves_after_a_hike(h, 4);
    assert_kinds(h, "calves", K(BATH), K(SEE_CLINICIAN));
}

/* Quads after a run 5 days ago: 3 the next morning, then `later` 4 days
 * after it. */
static void quads_after_a_run(struct history *h, int peak_day_score, int later)
{
    reset(h);
    workout(h, "run", 5 * D, 60, 6);
    sore(h, "quads", 3, 4 * D, 0);
    sore(h, "quads", peak_day_score, 3 * D, 0);
    sore(h, "quads", later, 1 * D, 0);
    compute(h);
}

static void test_rising_after_the_usual_peak(void **state)
{
    struct history *h = *state;
    /* 3, 4, then 6 four days after the run: climbing past the 72 h peak. */
    quads_after_a_run(h, 4, 6);
    const struct recov_suggestion *s = find(h, RECOV_ADVICE_SEE_CLINICIAN, "quads");
    assert_rule(s, "rising", RECOV_SEV_WARNING);
    assert_non_null(strstr(s->because, "from 3/10"));
    assert_non_null(strstr(s->because, "up to 6/10, 4 days after your run"));
    /* The same climb within the first 72 h is ordinary DOMS. */
    quads_after_a_run(h, 6, 5);
    LACKS(h, SEE_CLINICIAN, "quads");
    /* A rise of one point is not a meaningful change. */
    quads_after_a_run(h, 3, 4);
    LACKS(h, SEE_CLINICIAN, "quads");
    /* Another run two days before the rise explains it. */
    quads_after_a_run(h, 4, 6);
    workout(h, "run", 2 * D, 45, 7);
    compute(h);
    LACKS(h, SEE_CLINICIAN, "quads");
}

static void test_unexplained_soreness(void **state)
{
    struct history *h = *state;
    workout(h, "swim", 20 * H, 45, 6);
    sore(h, "calves", 5, 1 * H, 0);
    sore(h, "feet", 3, 1 * H, 0);
    compute(h);
    const struct recov_suggestion *s = find(h, RECOV_ADVICE_SEE_CLINICIAN, "calves");
    assert_rule(s, "unexplained", RECOV_SEV_CAUTION);
    assert_non_null(strstr(s->because, "not explained by exercise"));
    assert_non_null(strstr(s->because, "circulation"));
    LACKS(h, BATH, "calves"); /* self-care for DOMS needs DOMS */
    /* Below unexplained_score: nothing to say. */
    assert_int_equal(count_for(h, "feet"), 0);
    /* A workout within explain_days before the onset explains it. */
    reset(h);
    workout(h, "run", 3 * D, 45, 6);
    sore(h, "calves", 5, 1 * H, 0);
    compute(h);
    LACKS(h, SEE_CLINICIAN, "calves");
}

/* ---- load, cool-down, hard sessions ---- */

static void test_acwr_spike(void **state)
{
    struct history *h = *state;
    h->in.load = (struct recov_load_state){.acute = 480, .chronic = 300, .acwr = 1.6};
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_REDUCE_LOAD, NULL), "acwr-spike", RECOV_SEV_CAUTION);
    assert_non_null(strstr(find(h, RECOV_ADVICE_REDUCE_LOAD, NULL)->because, "1.60"));
    h->in.load.acwr = 1.45;
    compute(h);
    LACKS(h, REDUCE_LOAD, NULL);
    /* Not reportable before 28 days of history. */
    h->in.load.acwr = -1;
    compute(h);
    LACKS(h, REDUCE_LOAD, NULL);
}

static void test_monotony(void **state)
{
    struct history *h = *state;
    static const double same[7] = {300, 300, 300, 300, 300, 300, 300};
    static const double varied[7] = {0, 400, 100, 0, 500, 150, 0};
    memcpy(h->in.last14 + 7, same, sizeof same);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_VARY_TRAINING, NULL), "monotony", RECOV_SEV_CAUTION);
    memcpy(h->in.last14 + 7, varied, sizeof varied);
    compute(h);
    LACKS(h, VARY_TRAINING, NULL);
}

static void test_cool_down_after_a_workout(void **state)
{
    struct history *h = *state;
    workout(h, "cycle", 10 * 60, 60, 5);
    compute(h);
    HAS(h, COOL_DOWN, "quads");
    HAS(h, COOL_DOWN, "glutes");
    LACKS(h, COOL_DOWN, "shoulders");
    /* A stretch for the quads covers only them; a walk covers everything. */
    did(h, "stretch", 5 * 60, "quads");
    compute(h);
    LACKS(h, COOL_DOWN, "quads");
    HAS(h, COOL_DOWN, "glutes");
    did(h, "walk", 2 * 60, NULL);
    compute(h);
    LACKS(h, COOL_DOWN, "glutes");
    /* Too long ago for a cool-down to matter: cooldown_hours (2) after the
     * session, when its reminder has expired too. */
    reset(h);
    workout(h, "cycle", 2 * H - 60, 60, 5);
    compute(h);
    HAS(h, COOL_DOWN, "quads");
    reset(h);
    workout(h, "cycle", 2 * H, 60, 5);
    compute(h);
    LACKS(h, COOL_DOWN, "quads");
}

static void test_hard_session_protein_and_sleep(void **state)
{
    struct history *h = *state;
    workout(h, "run", 2 * H, 60, 8);
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_PROTEIN, NULL), "hard-session", RECOV_SEV_INFO);
    assert_rule(find(h, RECOV_ADVICE_SLEEP, NULL), "hard-session", RECOV_SEV_INFO);
    reset(h);
    workout(h, "run", 2 * H, 60, 6);
    workout(h, "run", 30 * H, 60, 9); /* hard, but the night after has passed */
    compute(h);
    assert_kinds(h, NULL, 0, K(PROTEIN) | K(SLEEP));
}

/* ---- composition across regions ---- */

/* The suggestion of kind for region and side, or NULL. */
static const struct recov_suggestion *find_side(const struct history *h,
                                                enum recov_advice_kind kind, const char *region,
                                                int side)
{
    for (size_t i = 0; i < h->a.n; i++)
        if (h->a.v[i].kind == kind && h->a.v[i].region == recov_region_index(region) &&
            h->a.v[i].side == side)
            return &h->a.v[i];
    return NULL;
}

/* A fresh left-ankle sprain rests the left leg: no active recovery for the
 * left calf, nor a walking cool-down for the legs; and since both are done
 * on foot or on a bike, none for the right calf or the arms either: "walk
 * it off" beside "rest the ankle" would contradict. Stretching stays. */
static void test_limb_injury_rests_that_limb(void **state)
{
    struct history *h = *state;
    workout(h, "sports", 1 * H, 60, 6);
    sore(h, "ankles", 5, 30 * 60, RECOV_FLAG_SPRAIN);
    sore(h, "calves", 2, 30 * 60, 0);
    sore(h, "calves", 2, 30 * 60, 0);
    h->e.v[h->e.n - 3].side = RECOV_SIDE_LEFT;
    h->e.v[h->e.n - 2].side = RECOV_SIDE_LEFT;
    h->e.v[h->e.n - 1].side = RECOV_SIDE_RIGHT;
    compute(h);
    assert_non_null(find_side(h, RECOV_ADVICE_ICE, "ankles", RECOV_SIDE_LEFT));
    assert_null(find_side(h, RECOV_ADVICE_ACTIVE_RECOVERY, "calves", RECOV_SIDE_LEFT));
    assert_non_null(find_side(h, RECOV_ADVICE_STRETCH, "calves", RECOV_SIDE_LEFT));
    assert_null(find_side(h, RECOV_ADVICE_ACTIVE_RECOVERY, "calves", RECOV_SIDE_RIGHT));
    assert_non_null(find_side(h, RECOV_ADVICE_STRETCH, "calves", RECOV_SIDE_RIGHT));
    LACKS(h, COOL_DOWN, "quads");
    LACKS(h, COOL_DOWN, "shoulders");
}

/* A sprained wrist rests the arm, not the legs: a walk is still fine. */
static void test_arm_injury_leaves_the_legs(void **state)
{
    struct history *h = *state;
    workout(h, "run", 1 * H, 60, 6);
    sore(h, "forearms", 5, 30 * 60, RECOV_FLAG_SPRAIN);
    compute(h);
    assert_non_null(find_side(h, RECOV_ADVICE_ICE, "forearms", RECOV_SIDE_NONE));
    assert_non_null(find_side(h, RECOV_ADVICE_COOL_DOWN, "quads", RECOV_SIDE_NONE));
}

/* Dark urine anywhere: the urgent line is the only advice, general too. */
static void test_systemic_flags_silence_everything(void **state)
{
    struct history *h = *state;
    static const unsigned flags[] = {RECOV_FLAG_DARK_URINE, RECOV_FLAG_SADDLE_NUMBNESS,
                                     RECOV_FLAG_BLADDER_BOWEL, RECOV_FLAG_BOTH_LEGS_NUMB};
    for (size_t i = 0; i < 4; i++) {
        reset(h);
        workout(h, "run", 2 * H, 60, 9);
        sore(h, "lower-back", 5, 1 * H, flags[i]);
        sore(h, "quads", 6, 1 * H, 0);
        h->in.load.acwr = 1.9;
        compute(h);
        assert_int_equal(h->a.n, 1);
        assert_int_equal(h->a.v[0].kind, RECOV_ADVICE_URGENT_CARE);
        assert_string_equal(h->a.v[0].rule, i == 0 ? "dark-urine" : "cauda-equina");
    }
}

/* ---- precedence and the input's limits ---- */

static void test_most_important_first(void **state)
{
    struct history *h = *state;
    workout(h, "strength", 90 * 60, 60, 8);
    sore(h, "lower-back", 5, 1 * H, RECOV_FLAG_NUMBNESS);
    sore(h, "chest", 8, 1 * H, RECOV_FLAG_SHARP);
    sore(h, "calves", 2, 1 * H, 0);
    h->in.load.acwr = 1.7;
    compute(h);
    assert_true(h->a.n > 5);
    for (size_t i = 1; i < h->a.n; i++)
        assert_true(h->a.v[i - 1].severity >= h->a.v[i].severity);
    assert_int_equal(h->a.v[0].severity, RECOV_SEV_URGENT);
}

static void test_only_regions(void **state)
{
    struct history *h = *state;
    workout(h, "run", 2 * H, 60, 8);
    sore(h, "quads", 5, 1 * H, 0);
    sore(h, "calves", 2, 1 * H, 0);
    h->in.only_regions = RECOV_REGION_BIT(RECOV_REGION_CALVES);
    compute(h);
    assert_true(h->a.n > 0);
    for (size_t i = 0; i < h->a.n; i++)
        assert_int_equal(h->a.v[i].region, RECOV_REGION_CALVES);
}

static void test_future_entries_are_ignored(void **state)
{
    struct history *h = *state;
    sore(h, "quads", 6, -2 * H, RECOV_FLAG_DARK_URINE);
    workout(h, "run", -3 * H, 60, 9);
    compute(h);
    assert_int_equal(h->a.n, 0);
}

/* Over every flag combination, score and injury age: no region is told to
 * do what a rule that fired for it rules out (never heat and no-heat). */
static void test_no_region_gets_forbidden_advice(void **state)
{
    struct history *h = *state;
    static const time_t ages[] = {1 * H, 2 * D, 4 * D};
    for (unsigned flags = 0; flags < (1u << RECOV_FLAG_COUNT); flags++)
        for (int score = 0; score <= 10; score += 2)
            for (size_t k = 0; k < 3; k++) {
                reset(h);
                workout(h, "run", ages[k] + H, 45, 8);
                sore(h, "quads", score, ages[k], flags);
                sore(h, "quads", score, 30 * 60, 0);
                compute(h);
                for (size_t i = 0; i < h->a.n; i++)
                    for (size_t j = 0; j < h->a.n; j++) {
                        const struct recov_suggestion *s = &h->a.v[i], *t = &h->a.v[j];
                        if (i != j && s->region == t->region && s->region >= 0)
                            assert_false(recov_advice_rules[t->row].forbids &
                                         RECOV_ADVICE_BIT(s->kind));
                    }
            }
}

/* ---- the morning's wellness check ---- */

/* A wellness check logged `ago` before NOW: sleep in minutes (-1: none),
 * fatigue and mood 1-5 (0: none). */
static void check(struct history *h, time_t ago, int sleep_min, int fatigue, int mood)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WELLNESS);
    e.at = NOW - ago;
    e.sleep_secs = sleep_min < 0 ? -1 : sleep_min * 60;
    e.well[RECOV_WELL_FATIGUE] = fatigue;
    e.well[RECOV_WELL_MOOD] = mood;
    push(h, &e);
}

/* Ten ordinary mornings: 7 h 30, fatigue 4, mood 4. */
static void usual_mornings(struct history *h)
{
    for (int d = 10; d >= 1; d--)
        check(h, d * D + 12 * H, 450, 4, 4);
}

static void test_poor_morning_means_a_lighter_day(void **state)
{
    struct history *h = *state;
    usual_mornings(h);
    check(h, 12 * H, 450, 2, 2); /* today 07:00: fatigue and mood 2 below normal */
    compute(h);
    const struct recov_suggestion *s = find(h, RECOV_ADVICE_LIGHTER_DAY, NULL);
    assert_rule(s, "poor-morning", RECOV_SEV_CAUTION);
    /* Each sign with its figure and the mean it was read against. */
    assert_non_null(strstr(s->because, "fatigue 2 (your 60-day mean is 4), "
                                       "mood 2 (your 60-day mean is 4) this morning"));
    assert_true(recov_advice_is_wellness(s));
    /* One item down is not a poor morning. */
    reset(h);
    usual_mornings(h);
    check(h, 12 * H, 450, 2, 4);
    compute(h);
    LACKS(h, LIGHTER_DAY, NULL);
    /* Yesterday's poor morning says nothing about today. */
    reset(h);
    usual_mornings(h);
    check(h, D + 2 * H, 450, 1, 1);
    compute(h);
    LACKS(h, LIGHTER_DAY, NULL);
}

static void test_short_night_after_a_hard_session(void **state)
{
    struct history *h = *state;
    check(h, 12 * H, 320, 0, 0); /* 5 h 20 this morning, nothing else */
    compute(h);
    LACKS(h, LIGHTER_DAY, NULL);
    reset(h);
    workout(h, "run", 25 * H, 60, 8); /* ended yesterday 18:00 */
    check(h, 12 * H, 320, 0, 0);
    compute(h);
    const struct recov_suggestion *s = find(h, RECOV_ADVICE_LIGHTER_DAY, NULL);
    assert_rule(s, "poor-morning", RECOV_SEV_CAUTION);
    assert_non_null(strstr(s->because, "after a hard run session"));
    /* An easy session, or a hard one three days ago, does not count. */
    reset(h);
    workout(h, "run", 25 * H, 60, 4);
    workout(h, "run", 3 * D, 60, 9);
    check(h, 12 * H, 320, 0, 0);
    compute(h);
    LACKS(h, LIGHTER_DAY, NULL);
}

/* Beside a load spike the morning's line stands too: both call for less
 * (the weeks, and today), and neither rules the other out; an urgent sign
 * silences it with everything else. */
static void test_poor_morning_composes(void **state)
{
    struct history *h = *state;
    usual_mornings(h);
    check(h, 12 * H, 300, 2, 2);
    h->in.load = (struct recov_load_state){.acute = 480, .chronic = 300, .acwr = 1.6};
    compute(h);
    assert_rule(find(h, RECOV_ADVICE_REDUCE_LOAD, NULL), "acwr-spike", RECOV_SEV_CAUTION);
    assert_rule(find(h, RECOV_ADVICE_LIGHTER_DAY, NULL), "poor-morning", RECOV_SEV_CAUTION);
    h->in.load.acwr = -1;
    sore(h, "quads", 5, H, RECOV_FLAG_DARK_URINE);
    compute(h);
    LACKS(h, LIGHTER_DAY, NULL);
    HAS(h, URGENT_CARE, "quads");
}

static void test_names(void **state)
{
    (void)state;
    static const char *const want[] = {
        "cool-down", "warm-up", "stretch", "yoga", "active-recovery", "bath", "massage",
        "foam-roll", "rest", "ice", "reduce-load", "lighter-day", "vary-training", "protein",
        "sleep", "see-clinician", "urgent-care", "avoid"};
    assert_int_equal(RECOV_ADVICE_KIND_COUNT, 18);
    for (int k = 0; k < RECOV_ADVICE_KIND_COUNT; k++)
        assert_string_equal(recov_advice_kind_name(k), want[k]);
    assert_string_equal(recov_severity_name(RECOV_SEV_URGENT), "urgent");
    assert_string_equal(recov_severity_name(RECOV_SEV_INFO), "info");
    /* Every kind is given by some rule, and every row is complete. */
    unsigned given = 0;
    for (size_t i = 0; i < recov_advice_rule_count; i++) {
        const struct recov_advice_rule *r = &recov_advice_rules[i];
        assert_true(r->id && r->condition && r->what && r->source && *r->source && r->brief);
        assert_true(strlen(r->brief) <= 80);
        assert_false(r->forbids & RECOV_ADVICE_BIT(r->kind));
        assert_true(strlen(r->what) < sizeof ((struct recov_suggestion *)0)->what);
        given |= RECOV_ADVICE_BIT(r->kind);
    }
    assert_int_equal(given, RECOV_ADVICE_ALL);
}

/* ---- docs/advice.md ---- */

struct text {
    char *s;
    size_t n, cap;
};

__attribute__((format(printf, 2, 3))) static void put(struct text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    while (t->n + (size_t)need + 1 > t->cap) {
        t->cap = t->cap ? t->cap * 2 : 4096;
        t->s = realloc(t->s, t->cap);
        assert_non_null(t->s);
    }
    va_start(ap, fmt);
    vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
    va_end(ap);
    t->n += (size_t)need;
}

static void forbidden_kinds(const struct recov_advice_rule *r, unsigned forbids,
                            struct text *t)
{
    if (forbids == (RECOV_ADVICE_ALL & ~RECOV_ADVICE_BIT(r->kind))) {
        put(t, "all other advice");
        return;
    }
    const char *sep = "";
    for (int k = 0; k < RECOV_ADVICE_KIND_COUNT; k++)
        if (forbids & RECOV_ADVICE_BIT(k)) {
            put(t, "%s%s", sep, recov_advice_kind_name(k));
            sep = ", ";
        }
    if (!*sep)
        put(t, "-");
}

/* The tables of docs/advice.md as the code states them. */
static void expected_tables(struct text *t)
{
    put(t, "| kind | meaning |\n|---|---|\n");
    for (int k = 0; k < RECOV_ADVICE_KIND_COUNT; k++)
        put(t, "| %s | %s |\n", recov_advice_kind_name(k), recov_advice_kind_meaning(k));
    put(t, "\n| rule | when | kind | severity | what to do | in short | rules out for the "
           "region | for the limb | for everyone | source |\n"
           "|---|---|---|---|---|---|---|---|---|---|\n");
    for (size_t i = 0; i < recov_advice_rule_count; i++) {
        const struct recov_advice_rule *r = &recov_advice_rules[i];
        put(t, "| %s | %s | %s | %s | %s | ", r->id, r->condition,
            recov_advice_kind_name(r->kind), recov_severity_name(r->severity), r->what);
        put(t, "%s | ", r->brief);
        forbidden_kinds(r, r->forbids, t);
        put(t, " | ");
        forbidden_kinds(r, r->limb_forbids, t);
        put(t, " | ");
        forbidden_kinds(r, r->body_forbids, t);
        put(t, " | %s |\n", r->source);
    }
    put(t, "\n| limb | regions |\n|---|---|\n");
    for (enum recov_limb l = RECOV_LIMB_LEG; l <= RECOV_LIMB_ARM; l++) {
        const char *sep = "";
        put(t, "| %s | ", recov_limb_name(l));
        for (int r = 0; r < RECOV_REGION_COUNT; r++)
            if (recov_region_limb(r) == l) {
                put(t, "%s%s", sep, recov_region_names[r]);
                sep = ", ";
            }
        put(t, " |\n");
    }
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("cannot open %s", path);
    struct text t = {0};
    char buf[4096];
    size_t got;
    put(&t, "%s", "");
    while ((got = fread(buf, 1, sizeof buf - 1, f)) > 0) {
        buf[got] = '\0';
        put(&t, "%s", buf);
    }
    fclose(f);
    return t.s;
}

static void test_docs_match_the_rule_table(void **state)
{
    (void)state;
    static const char begin_mark[] = "<!-- rules: begin (checked by tests/unit/test_advice.c) -->\n";
    static const char end_mark[] = "<!-- rules: end -->";
    char *doc = slurp(RECOV_SOURCE_DIR "/docs/advice.md");
    char *from = strstr(doc, begin_mark), *to = from ? strstr(from, end_mark) : NULL;
    assert_non_null(from);
    assert_non_null(to);
    from += strlen(begin_mark);
    *to = '\0';
    struct text want = {0};
    expected_tables(&want);
    put(&want, "\n");
    if (strcmp(from, want.s) != 0) {
        FILE *f = fopen("advice-tables.expected.md", "w");
        if (f) {
            fputs(want.s, f);
            fclose(f);
        }
        fail_msg("docs/advice.md differs from the rule table in src/advice.c; the tables as "
                 "the code has them are in advice-tables.expected.md (in the test's directory)");
    }
    free(want.s);
    free(doc);
}

/* A test on the history *state. */
#define SCENARIO(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        SCENARIO(test_mild_soreness_after_a_run),
        SCENARIO(test_moderate_soreness_after_a_run),
        SCENARIO(test_a_sore_joint_is_not_massaged),
        SCENARIO(test_severe_soreness_means_rest),
        SCENARIO(test_workout_must_have_worked_the_region),
        SCENARIO(test_zero_means_recovered),
        SCENARIO(test_stale_log_gives_no_advice),
        SCENARIO(test_done_self_care_is_not_repeated),
        SCENARIO(test_fresh_injury_means_ice_and_no_heat),
        SCENARIO(test_heat_allowed_after_the_acute_window),
        SCENARIO(test_numbness_means_no_heat),
        SCENARIO(test_tingling_means_no_massage_but_not_no_heat),
        SCENARIO(test_numbness_earlier_in_the_episode_still_rules_out_heat),
        SCENARIO(test_nerve_signs_see_a_clinician),
        SCENARIO(test_sprained_back_is_not_ordinary_soreness),
        SCENARIO(test_dark_urine_is_urgent_and_beats_the_rest),
        SCENARIO(test_severe_injury_is_urgent),
        SCENARIO(test_persisting_soreness),
        SCENARIO(test_a_zero_starts_a_new_episode),
        SCENARIO(test_not_improving),
        SCENARIO(test_rising_after_the_usual_peak),
        SCENARIO(test_unexplained_soreness),
        SCENARIO(test_acwr_spike),
        SCENARIO(test_monotony),
        SCENARIO(test_cool_down_after_a_workout),
        SCENARIO(test_hard_session_protein_and_sleep),
        SCENARIO(test_limb_injury_rests_that_limb),
        SCENARIO(test_arm_injury_leaves_the_legs),
        SCENARIO(test_systemic_flags_silence_everything),
        SCENARIO(test_most_important_first),
        SCENARIO(test_only_regions),
        SCENARIO(test_future_entries_are_ignored),
        SCENARIO(test_no_region_gets_forbidden_advice),
        SCENARIO(test_poor_morning_means_a_lighter_day),
        SCENARIO(test_short_night_after_a_hard_session),
        SCENARIO(test_poor_morning_composes),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_docs_match_the_rule_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
