/* advice: the rules that turn a history into suggestions, and their table. */
#include "recov/advice.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/grow.h"
#include "recov/region_state.h"
#include "recov/vocab.h"
#include "recov/when.h"

#define HOUR 3600
#define DAY 86400
/* NRS bands (SCIENCE.md): 1-3 mild, 4-6 moderate, 7-10 severe. */
#define NRS_MODERATE 4
#define NRS_SEVERE 7
/* Hard sessions get protein and sleep advice for the night after. */
#define HARD_SESSION_HOURS 24

#define K(kind) RECOV_ADVICE_BIT(RECOV_ADVICE_##kind)

/* Rows of recov_advice_rules, in the table's (precedence) order. */
enum row {
    R_DARK_URINE, R_SEVERE_INJURY,
    R_ACUTE_INJURY, R_NERVE, R_NUMBNESS, R_SPRAINED_BACK,
    R_PERSIST, R_NOT_IMPROVING, R_UNEXPLAINED, R_SEVERE, R_WARM_UP, R_ACWR, R_MONOTONY,
    R_MODERATE_BATH, R_MODERATE_MASSAGE, R_MODERATE_FOAM_ROLL,
    R_MILD_STRETCH, R_MILD_YOGA, R_MILD_ACTIVE,
    R_COOL_DOWN, R_HARD_PROTEIN, R_HARD_SLEEP,
    R_COUNT
};

/* What an acute injury rules out: heat, massage and loading it (PRICE). */
#define ACUTE_FORBIDS (K(BATH) | K(MASSAGE) | K(FOAM_ROLL) | K(STRETCH) | K(YOGA) | \
                       K(ACTIVE_RECOVERY) | K(COOL_DOWN) | K(WARM_UP))
#define URGENT_FORBIDS (RECOV_ADVICE_ALL & ~K(URGENT_CARE))

const struct recov_advice_rule recov_advice_rules[] = {
    [R_DARK_URINE] = {"dark-urine", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT, URGENT_FORBIDS,
        "the region's latest log has the dark-urine flag and a score of 1 or more",
        "get urgent medical care now: an emergency department or urgent care centre",
        "CDC/NIOSH (rhabdomyolysis)"},
    [R_SEVERE_INJURY] = {"severe-injury", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT,
        URGENT_FORBIDS,
        "the latest log, within acute_hours (72), has sprain, swelling or sharp and a score "
        "of 7 or more",
        "have the injury seen today at an urgent care centre or emergency department, at "
        "once if the limb looks misshapen or is numb, pale or cold",
        "NHS sprains and strains"},
    [R_ACUTE_INJURY] = {"acute-injury", RECOV_ADVICE_ICE, RECOV_SEV_CAUTION, ACUTE_FORBIDS,
        "sprain, swelling or sharp was first logged in this episode less than acute_hours "
        "(72) ago",
        "PRICE: protect and rest the region, ice 15-20 min every 2-3 h (wrapped, never on "
        "bare skin), compression and elevation; no heat, massage or alcohol yet",
        "NHS sprains and strains (PRICE)"},
    [R_NERVE] = {"nerve", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, K(BATH),
        "radiating was logged in this episode, or numbness or tingling in the lower back",
        "see a GP or physiotherapist within a few days and keep heat off numb skin; get "
        "urgent care if both legs or the groin go numb or bladder or bowel control changes",
        "NHS sciatica; health guides on muscle soreness (lumbar disc herniation)"},
    [R_NUMBNESS] = {"numbness", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_CAUTION, K(BATH),
        "numbness or tingling was logged in this episode",
        "no heat (hot baths, heat packs, hot-water bottles) on the region: numb skin scalds "
        "without warning; see a clinician if the numbness lasts or spreads",
        "NHS sciatica"},
    [R_SPRAINED_BACK] = {"sprained-back", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0,
        "sprain was logged for lower-back or upper-back in this episode",
        "have your back checked by a clinician: a twisted or sprained back is not ordinary "
        "soreness",
        "health guides on muscle soreness (twisted back); Mayo Clinic"},
    [R_PERSIST] = {"persist", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0,
        "still sore (1 or more) at a log more than persist_days (7) days after the "
        "episode's first log",
        "see a GP or physiotherapist: this is longer than soreness after exercise lasts",
        "DOMS time course (fades within 5-7 days); Mayo Clinic"},
    [R_NOT_IMPROVING] = {"not-improving", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0,
        "improve_days (5) or more after the episode's peak, the score is not improve_points "
        "(2) below the peak",
        "see a GP or physiotherapist: the soreness is not settling with self-care",
        "DOMS time course; NRS (2 points is meaningful); Mayo Clinic"},
    [R_UNEXPLAINED] = {"unexplained", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_CAUTION, 0,
        "score unexplained_score (4) or more, no sprain, swelling or sharp in the episode, "
        "and no workout worked the region from explain_days (3) before the episode's first "
        "log up to the latest",
        "note when it started and what you were doing (long sitting, pressure, a new "
        "activity); see a clinician if it persists or you feel unwell",
        "health guides on muscle soreness (causes of leg soreness); Mayo Clinic"},
    [R_SEVERE] = {"severe", RECOV_ADVICE_REST, RECOV_SEV_CAUTION, K(WARM_UP),
        "a workout worked the region before it got sore, and the score is 7-10",
        "rest the region for 48 h: no training that loads it; easy everyday movement is fine",
        "health guides on muscle soreness (rest for a few days); NRS (7-10 is severe)"},
    [R_WARM_UP] = {"warm-up", RECOV_ADVICE_WARM_UP, RECOV_SEV_CAUTION, 0,
        "score warmup_score (4) or more",
        "before training the region again: warm up for 10 min and go lighter; no hard "
        "session for it until the soreness settles",
        "health guides on muscle soreness (warm-up, a gradual plan); Hyldahl, Chen & Nosaka 2017"},
    [R_ACWR] = {"acwr-spike", RECOV_ADVICE_REDUCE_LOAD, RECOV_SEV_CAUTION, 0,
        "acute:chronic load ratio (EWMA, 7 and 28 days) at or above acwr_spike (1.5), once "
        "28 days of history exist",
        "lighter days for the next 3-4 days: bring your daily load back toward your "
        "4-week average",
        "Williams et al. 2017; Gabbett 2016; Impellizzeri et al. 2020"},
    [R_MONOTONY] = {"monotony", RECOV_ADVICE_VARY_TRAINING, RECOV_SEV_CAUTION, 0,
        "monotony of the last 7 days' loads above monotony_max (2.0)",
        "vary the week: alternate hard and easy days and keep at least one full rest day",
        "Foster 1998"},
    [R_MODERATE_BATH] = {"moderate", RECOV_ADVICE_BATH, RECOV_SEV_INFO, 0,
        "a workout worked the region before it got sore, and the score is 4-6",
        "a warm soak or bath, 15-20 min, this evening",
        "Wang et al. 2021 (heat)"},
    [R_MODERATE_MASSAGE] = {"moderate", RECOV_ADVICE_MASSAGE, RECOV_SEV_INFO, 0,
        "a workout worked the region before it got sore, and the score is 4-6",
        "massage, 10-15 min (by hand, a therapist or a massage gun)",
        "Dupuy et al. 2018"},
    [R_MODERATE_FOAM_ROLL] = {"moderate", RECOV_ADVICE_FOAM_ROLL, RECOV_SEV_INFO, 0,
        "a workout worked the region before it got sore, and the score is 4-6",
        "foam rolling, 1-2 min per muscle at easy pressure",
        "Dupuy et al. 2018 (massage)"},
    [R_MILD_STRETCH] = {"mild", RECOV_ADVICE_STRETCH, RECOV_SEV_INFO, 0,
        "a workout worked the region before it got sore, and the score is 1-3",
        "gentle stretches, 2-3 holds of 30 s per muscle",
        "health guides on muscle soreness; Herbert et al. 2011 (harmless, little effect on soreness)"},
    [R_MILD_YOGA] = {"mild", RECOV_ADVICE_YOGA, RECOV_SEV_INFO, 0,
        "a workout worked the region before it got sore, and the score is 1-3",
        "an easy 15-20 min yoga session",
        "health guides on muscle soreness (yoga and stretching after running)"},
    [R_MILD_ACTIVE] = {"mild", RECOV_ADVICE_ACTIVE_RECOVERY, RECOV_SEV_INFO, 0,
        "a workout worked the region before it got sore, and the score is 1-3",
        "active recovery: 20-30 min of easy walking, cycling or swimming",
        "Dupuy et al. 2018"},
    [R_COOL_DOWN] = {"cool-down", RECOV_ADVICE_COOL_DOWN, RECOV_SEV_INFO, 0,
        "a workout that worked the region ended less than cooldown_hours (6) ago and no "
        "walk, stretch, yoga or foam-roll is logged since it started",
        "cool down now: 5-10 min of easy walking or spinning, then gentle stretches",
        "health guides on muscle soreness (cool-down after exercise)"},
    [R_HARD_PROTEIN] = {"hard-session", RECOV_ADVICE_PROTEIN, RECOV_SEV_INFO, 0,
        "a workout at hard_rpe (7) or more ended in the last 24 h",
        "eat 20-40 g of protein at each meal today (1.4-2.0 g per kg of body weight a day)",
        "ISSN 2017"},
    [R_HARD_SLEEP] = {"hard-session", RECOV_ADVICE_SLEEP, RECOV_SEV_INFO, 0,
        "a workout at hard_rpe (7) or more ended in the last 24 h",
        "sleep 7 h or more tonight",
        "AASM/SRS 2015"},
};
const size_t recov_advice_rule_count = R_COUNT;

/* ---- names ---- */

static const struct {
    const char *name, *meaning;
} kinds[RECOV_ADVICE_KIND_COUNT] = {
    [RECOV_ADVICE_COOL_DOWN] = {"cool-down", "easy movement and stretches right after a session"},
    [RECOV_ADVICE_WARM_UP] = {"warm-up", "warm up and go lighter before training a sore region"},
    [RECOV_ADVICE_STRETCH] = {"stretch", "gentle static stretches"},
    [RECOV_ADVICE_YOGA] = {"yoga", "an easy yoga session"},
    [RECOV_ADVICE_ACTIVE_RECOVERY] = {"active-recovery", "light, easy movement"},
    [RECOV_ADVICE_BATH] = {"bath", "heat: a warm soak or bath"},
    [RECOV_ADVICE_MASSAGE] = {"massage", "massage of the region"},
    [RECOV_ADVICE_FOAM_ROLL] = {"foam-roll", "self-massage with a foam roller"},
    [RECOV_ADVICE_REST] = {"rest", "no training that loads the region"},
    [RECOV_ADVICE_ICE] = {"ice", "cold and PRICE for a fresh injury"},
    [RECOV_ADVICE_REDUCE_LOAD] = {"reduce-load", "lighter training for a few days"},
    [RECOV_ADVICE_VARY_TRAINING] = {"vary-training", "alternate hard and easy days, rest days"},
    [RECOV_ADVICE_PROTEIN] = {"protein", "enough protein to recover"},
    [RECOV_ADVICE_SLEEP] = {"sleep", "enough sleep to recover"},
    [RECOV_ADVICE_SEE_CLINICIAN] = {"see-clinician", "have it checked by a GP or physiotherapist"},
    [RECOV_ADVICE_URGENT_CARE] = {"urgent-care", "get medical care now"},
};

static const char *const severities[] = {"info", "caution", "warning", "urgent"};

const char *recov_advice_kind_name(enum recov_advice_kind kind)
{
    return kind < RECOV_ADVICE_KIND_COUNT ? kinds[kind].name : "?";
}

const char *recov_advice_kind_meaning(enum recov_advice_kind kind)
{
    return kind < RECOV_ADVICE_KIND_COUNT ? kinds[kind].meaning : "?";
}

const char *recov_severity_name(enum recov_severity severity)
{
    return severity <= RECOV_SEV_URGENT ? severities[severity] : "?";
}

/* ---- building the list ---- */

struct ctx {
    const struct recov_advice_input *in;
    const struct recov_advice_config *cfg;
    struct recov_advice *out;
    int rc;                     /* sticky: the first allocation failure */
};

__attribute__((format(printf, 4, 5)))
static void add(struct ctx *c, enum row r, int region, const char *because, ...)
{
    struct recov_advice *a = c->out;
    if (c->rc)
        return;
    if ((c->rc = recov_grow((void **)&a->v, &a->cap, a->n, sizeof *a->v)))
        return;
    const struct recov_advice_rule *rule = &recov_advice_rules[r];
    struct recov_suggestion *s = &a->v[a->n++];
    *s = (struct recov_suggestion){rule->kind, region, rule->severity, rule->id, rule->source,
                                   "", "", (size_t)r};
    snprintf(s->what, sizeof s->what, "%s", rule->what);
    va_list ap;
    va_start(ap, because);
    vsnprintf(s->because, sizeof s->because, because, ap);
    va_end(ap);
}

/* "today 18:15", "yesterday 07:00", "tomorrow 09:00", "Mon 18:15" (within a
 * week either way), or "2026-11-02". English whatever the locale: the text
 * is also JSON output. */
static void when_phrase(time_t t, time_t now, char *buf, size_t n)
{
    static const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    struct tm tm;
    char clock[16];
    int days = recov_day_of(now) - recov_day_of(t);
    localtime_r(&t, &tm);
    strftime(clock, sizeof clock, "%H:%M", &tm);
    if (days == 0)
        snprintf(buf, n, "today %s", clock);
    else if (days == 1)
        snprintf(buf, n, "yesterday %s", clock);
    else if (days == -1)
        snprintf(buf, n, "tomorrow %s", clock);
    else if (days > -7 && days < 7)
        snprintf(buf, n, "%s %s", weekdays[tm.tm_wday], clock);
    else
        recov_day_format(recov_day_of(t), buf, n);
}

/* "the day after your run session" for soreness logged at t. */
static void after_phrase(const struct recov_entry *workout, time_t t, char *buf, size_t n)
{
    int days = recov_day_of(t) - recov_day_of(workout->at);
    if (days <= 0)
        snprintf(buf, n, "after your %s session that day", workout->type);
    else if (days == 1)
        snprintf(buf, n, "the day after your %s session", workout->type);
    else
        snprintf(buf, n, "%d days after your %s session", days, workout->type);
}

/* ---- per-region rules ---- */

/* The because texts leave the region out: it is shown beside them, and
 * regions with the same pattern can then share one line. */

static int is_back(int region)
{
    return region == RECOV_REGION_LOWER_BACK || region == RECOV_REGION_UPPER_BACK;
}

static int within_hours(time_t t, time_t now, int hours)
{
    return now - t < (time_t)hours * HOUR;
}

/* Red flags that need care the same day. */
static void urgent_rules(struct ctx *c, const struct recov_region_state *st)
{
    char when[32], flags[128];
    when_phrase(st->latest->at, c->in->now, when, sizeof when);
    if ((st->latest_flags & RECOV_FLAG_DARK_URINE) && st->score > 0)
        add(c, R_DARK_URINE, st->region, "dark (tea- or cola-coloured) urine logged with muscle "
            "pain %d/10 %s: this can be rhabdomyolysis", st->score, when);
    recov_flags_format(st->latest_flags & RECOV_INJURY_FLAGS, " and ", flags, sizeof flags);
    if ((st->latest_flags & RECOV_INJURY_FLAGS) && st->score >= NRS_SEVERE &&
        within_hours(st->latest->at, c->in->now, c->cfg->acute_hours))
        add(c, R_SEVERE_INJURY, st->region, "%d/10 with %s logged %s: severe pain from an "
            "injury needs checking the same day", st->score, flags, when);
}

/* A fresh injury: PRICE, and no heat or massage until it is past. */
static void acute_rule(struct ctx *c, const struct recov_region_state *st)
{
    int hours = c->cfg->acute_hours;
    if (!st->injury_at || st->score <= 0 || !within_hours(st->injury_at, c->in->now, hours))
        return;
    char since[32], until[32], flags[128];
    when_phrase(st->injury_at, c->in->now, since, sizeof since);
    when_phrase(st->injury_at + (time_t)hours * HOUR, c->in->now, until, sizeof until);
    recov_flags_format(st->flags & RECOV_INJURY_FLAGS, " and ", flags, sizeof flags);
    add(c, R_ACUTE_INJURY, st->region, "%s logged %s, within the first %d h of an injury: "
        "heat and massage can wait until after %s", flags, since, hours, until);
}

static void nerve_rules(struct ctx *c, const struct recov_region_state *st)
{
    char flags[128];
    unsigned numb = st->flags & (RECOV_FLAG_NUMBNESS | RECOV_FLAG_TINGLING);
    recov_flags_format(st->flags & (numb | RECOV_FLAG_RADIATING), " and ", flags, sizeof flags);
    if ((st->flags & RECOV_FLAG_RADIATING) || (numb && st->region == RECOV_REGION_LOWER_BACK))
        add(c, R_NERVE, st->region, "%s logged: this can come from a compressed nerve, as with "
            "a lumbar disc herniation", flags);
    if (numb)
        add(c, R_NUMBNESS, st->region, "%s logged: numb skin does not feel heat, and numbness "
            "that lasts needs a check", flags);
    if ((st->flags & RECOV_FLAG_SPRAIN) && is_back(st->region))
        add(c, R_SPRAINED_BACK, st->region, "a sprain logged for the back: a twisted back "
            "during exercise is not ordinary soreness");
}

/* Soreness that lasts, or does not settle, is no longer typical DOMS. */
static void persistence_rules(struct ctx *c, const struct recov_region_state *st)
{
    char since[32];
    time_t latest = st->latest->at;
    if (st->score <= 0)
        return;
    if (latest - st->onset > (time_t)c->cfg->persist_days * DAY) {
        when_phrase(st->onset, c->in->now, since, sizeof since);
        add(c, R_PERSIST, st->region, "sore for %d days since %s (%d/10 at the latest log): "
            "soreness from exercise fades within 5-7 days", (int)((latest - st->onset) / DAY),
            since, st->score);
    }
    if (latest - st->peak_at >= (time_t)c->cfg->improve_days * DAY && !st->improving) {
        when_phrase(st->peak_at, c->in->now, since, sizeof since);
        add(c, R_NOT_IMPROVING, st->region, "peaked at %d/10 %s and still %d/10 %d days later: "
            "not %d points better within %d days", st->peak, since, st->score,
            (int)((latest - st->peak_at) / DAY), c->cfg->improve_points, c->cfg->improve_days);
    }
}

/* Soreness no workout explains; an injury explains itself. */
static void unexplained_rule(struct ctx *c, const struct recov_region_state *st)
{
    if (st->workout || (st->flags & RECOV_INJURY_FLAGS) ||
        st->score < c->cfg->unexplained_score)
        return;
    add(c, R_UNEXPLAINED, st->region, "%d/10 with no workout working it in the %d days "
        "before: not explained by exercise; other causes include prolonged pressure or poor "
        "circulation, a compressed nerve, or an underlying illness", st->score,
        c->cfg->explain_days);
}

/* Ordinary soreness after a workout, by NRS band. */
static void soreness_rules(struct ctx *c, const struct recov_region_state *st)
{
    char cause[128];
    int s = st->score;
    if (s >= c->cfg->warmup_score)
        add(c, R_WARM_UP, st->region, "still %d/10: a sore muscle needs a longer warm-up, and "
            "a lighter session lets it recover", s);
    if (!st->workout)
        return;
    after_phrase(st->workout, st->latest->at, cause, sizeof cause);
    if (s >= NRS_SEVERE) {
        add(c, R_SEVERE, st->region, "severe soreness (%d/10) %s", s, cause);
    } else if (s >= NRS_MODERATE) {
        for (enum row r = R_MODERATE_BATH; r <= R_MODERATE_FOAM_ROLL; r++)
            add(c, r, st->region, "moderate soreness (%d/10) %s", s, cause);
    } else if (s > 0) {
        for (enum row r = R_MILD_STRETCH; r <= R_MILD_ACTIVE; r++)
            add(c, r, st->region, "mild soreness (%d/10) %s", s, cause);
    }
}

static void region_rules(struct ctx *c, const struct recov_region_state *st)
{
    /* A stale log says nothing about today; a 0 with no flag is recovered. */
    if (!st->latest || !st->current || (st->score == 0 && !st->latest_flags))
        return;
    urgent_rules(c, st);
    acute_rule(c, st);
    nerve_rules(c, st);
    persistence_rules(c, st);
    unexplained_rule(c, st);
    soreness_rules(c, st);
}

/* ---- rules over the whole history ---- */

static int is_cool_down_action(int action)
{
    static const char *const names[] = {"walk", "stretch", "yoga", "foam-roll"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (action == recov_action_index(names[i]))
            return 1;
    return 0;
}

/* Regions a cool-down logged from t up to now covers (no region: all). */
static uint32_t cooled_down(const struct recov_entries *entries, time_t t, time_t now)
{
    uint32_t covered = 0;
    for (size_t i = 0; i < entries->n; i++) {
        const struct recov_entry *e = &entries->v[i];
        if (e->kind == RECOV_KIND_RECOVERY && e->at >= t && e->at <= now &&
            is_cool_down_action(e->action))
            covered |= e->regions ? e->regions : RECOV_REGION_ALL;
    }
    return covered;
}

static time_t end_of(const struct recov_entry *workout)
{
    return workout->at + (time_t)workout->minutes * 60;
}

/* A workout's cool-down window is still open at now. */
static int cool_down_due(const struct ctx *c, const struct recov_entry *w)
{
    time_t now = c->in->now, end = end_of(w);
    return end <= now && now - end < (time_t)c->cfg->cooldown_hours * HOUR;
}

/* Each region worked without a cool-down since, named after its latest
 * such session. */
static void cool_down_rules(struct ctx *c)
{
    const struct recov_entries *e = c->in->entries;
    const struct recov_entry *last[RECOV_REGION_COUNT] = {0};
    for (size_t i = 0; i < e->n; i++) {
        const struct recov_entry *w = &e->v[i];
        if (w->kind != RECOV_KIND_WORKOUT || !cool_down_due(c, w))
            continue;
        uint32_t regions = recov_workout_regions(c->in->cfg, w) &
                           ~cooled_down(e, w->at, c->in->now);
        for (int r = 0; r < RECOV_REGION_COUNT; r++)
            if (regions & RECOV_REGION_BIT(r))
                last[r] = w;
    }
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        char when[32];
        if (!last[r])
            continue;
        when_phrase(end_of(last[r]), c->in->now, when, sizeof when);
        add(c, R_COOL_DOWN, r, "your %s session ended %s and no cool-down (walk, stretch, "
            "yoga or foam-roll) is logged since", last[r]->type, when);
    }
}

static void hard_session_rule(struct ctx *c, const struct recov_entry *w)
{
    time_t now = c->in->now, end = end_of(w);
    if (w->rpe < c->cfg->hard_rpe || end > now || now - end >= HARD_SESSION_HOURS * HOUR)
        return;
    char when[32];
    when_phrase(end, now, when, sizeof when);
    for (enum row r = R_HARD_PROTEIN; r <= R_HARD_SLEEP; r++)
        add(c, r, -1, "a hard %s session (RPE %d, %d min) ended %s: muscles rebuild with "
            "protein and sleep", w->type, w->rpe, w->minutes, when);
}

/* One protein-and-sleep reminder, for the latest hard session. */
static void hard_session_rules(struct ctx *c)
{
    const struct recov_entries *e = c->in->entries;
    const struct recov_entry *hardest = NULL;
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].kind == RECOV_KIND_WORKOUT && e->v[i].at <= c->in->now &&
            e->v[i].rpe >= c->cfg->hard_rpe)
            hardest = &e->v[i];
    if (hardest)
        hard_session_rule(c, hardest);
}

static void load_rules(struct ctx *c)
{
    const struct recov_load_state *l = &c->in->load;
    if (l->acwr >= 0 && l->acwr >= c->cfg->acwr_spike)
        add(c, R_ACWR, -1, "acute:chronic load ratio %.2f (7-day %.0f vs 28-day %.0f AU a "
            "day) is at or above %.1f, a spike; this describes your training and does not "
            "predict injury", l->acwr, l->acute, l->chronic, c->cfg->acwr_spike);
    double monotony = recov_load_monotony(c->in->last7, 7);
    if (monotony > c->cfg->monotony_max)
        add(c, R_MONOTONY, -1, "training monotony %.2f over the last 7 days is above %.1f: "
            "the days are too alike, with too little rest between them", monotony,
            c->cfg->monotony_max);
}

/* ---- precedence ---- */

static int order(const void *pa, const void *pb)
{
    const struct recov_suggestion *a = pa, *b = pb;
    if (a->severity != b->severity)
        return a->severity > b->severity ? -1 : 1;
    if (a->row != b->row)
        return a->row < b->row ? -1 : 1;
    if (a->region != b->region)
        return a->region < b->region ? -1 : 1;
    return strcmp(a->because, b->because);
}

/* The recovery action a kind of advice is done by, or -1. */
static int action_of(enum recov_advice_kind kind)
{
    if (kind == RECOV_ADVICE_ACTIVE_RECOVERY)
        return recov_action_index("walk");
    return recov_action_index(recov_advice_kind_name(kind));
}

/* 1 when s (at index i of the sorted list) must go: a rule that fired for
 * its region forbids its kind (even when that rule's own line is dropped as
 * a repeat: the contraindication still holds), it repeats a kind already
 * given for the region, everyday self-care for it was already done, or it is
 * outside the regions asked about. */
static int drops(const struct ctx *c, const struct recov_suggestion *s, size_t i,
                 const unsigned *done)
{
    const struct recov_advice *a = c->out;
    for (size_t j = 0; j < a->n; j++) {
        const struct recov_suggestion *t = &a->v[j];
        if (j == i || t->region != s->region)
            continue;
        if (recov_advice_rules[t->row].forbids & RECOV_ADVICE_BIT(s->kind))
            return 1;
        if (j < i && t->kind == s->kind)
            return 1;
    }
    if (s->region < 0)
        return c->in->only_regions != 0;
    if (c->in->only_regions && !(c->in->only_regions & RECOV_REGION_BIT(s->region)))
        return 1;
    int action = action_of(s->kind);
    return s->severity == RECOV_SEV_INFO && action >= 0 && (done[s->region] & (1u << action));
}

static void apply_precedence(struct ctx *c, const unsigned *done)
{
    struct recov_advice *a = c->out;
    if (a->n == 0)
        return;
    qsort(a->v, a->n, sizeof *a->v, order);
    char *gone = calloc(a->n, 1);
    if (!gone) {
        recov_error_set("out of memory while computing advice");
        c->rc = RECOV_EIO;
        return;
    }
    for (size_t i = 0; i < a->n; i++)
        gone[i] = (char)drops(c, &a->v[i], i, done);
    size_t kept = 0;
    for (size_t i = 0; i < a->n; i++)
        if (!gone[i])
            a->v[kept++] = a->v[i];
    a->n = kept;
    free(gone);
}

int recov_advice_compute(const struct recov_advice_input *in, struct recov_advice *out)
{
    struct ctx c = {in, &in->cfg->advice, out, RECOV_OK};
    unsigned done[RECOV_REGION_COUNT];
    out->n = 0;
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        struct recov_region_state st;
        recov_region_state(in->entries, in->cfg, in->now, r, &st);
        done[r] = st.done;
        region_rules(&c, &st);
    }
    cool_down_rules(&c);
    hard_session_rules(&c);
    load_rules(&c);
    if (c.rc == RECOV_OK)
        apply_precedence(&c, done);
    return c.rc;
}

void recov_advice_free(struct recov_advice *advice)
{
    free(advice->v);
    *advice = (struct recov_advice){0};
}

void recov_advice_filter(struct recov_advice *advice,
                         int (*keep)(const struct recov_suggestion *s, void *ctx), void *ctx)
{
    size_t kept = 0;
    for (size_t i = 0; i < advice->n; i++)
        if (keep(&advice->v[i], ctx))
            advice->v[kept++] = advice->v[i];
    advice->n = kept;
}

int recov_advice_refers(const struct recov_advice *advice)
{
    for (size_t i = 0; i < advice->n; i++)
        if (advice->v[i].kind == RECOV_ADVICE_SEE_CLINICIAN ||
            advice->v[i].kind == RECOV_ADVICE_URGENT_CARE)
            return 1;
    return 0;
}
