/* advice: the rules that turn a history into suggestions, and their table. */
#include "recov/advice.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/cool_down.h"
#include "recov/error.h"
#include "recov/grow.h"
#include "recov/vocab.h"
#include "recov/wellness_summary.h"
#include "recov/when.h"

#define HOUR 3600
#define DAY 86400
/* NRS bands (SCIENCE.md): 1-3 mild, 4-6 moderate, 7-10 severe. */
#define NRS_MODERATE 4
#define NRS_SEVERE 7
/* DOMS peaks 24-72 h after the session (SCIENCE.md). */
#define DOMS_PEAK_HOURS 72
/* How long after dark urine training waits for a clinician's all-clear. */
#define AFTER_DARK_URINE_DAYS 14
/* Most sprains and strains feel better within 2 weeks (NHS). */
#define INJURY_HEAL_DAYS 14
/* Hard sessions get protein and sleep advice for the night after. */
#define HARD_SESSION_HOURS 24

#define K(kind) RECOV_ADVICE_BIT(RECOV_ADVICE_##kind)

static int is_leg_muscle(int region);
static int is_one_leg(int region, int side);
static int is_back(int region);

/* Rows of recov_advice_rules, in the table's (precedence) order. */
enum row {
    R_CAUDA_EQUINA, R_DARK_URINE, R_DVT, R_NUMB_INJURY, R_SEVERE_INJURY,
    R_WORSENING, R_ACUTE_INJURY, R_UNEXPLAINED_SWELLING, R_NERVE, R_NUMBNESS, R_TINGLING,
    R_SPRAINED_BACK, R_AFTER_DARK_URINE,
    R_RECURRING, R_RISING, R_PERSIST, R_NOT_IMPROVING, R_SLOW_HEALING, R_ONE_LEG,
    R_UNEXPLAINED, R_SEVERE, R_WARM_UP, R_ACWR, R_LOAD_JUMP,
    R_POOR_MORNING, R_MONOTONY, R_MODERATE_BATH, R_MODERATE_MASSAGE, R_MODERATE_FOAM_ROLL,
    R_MILD_STRETCH, R_MILD_YOGA, R_MILD_ACTIVE,
    R_COOL_DOWN, R_HARD_PROTEIN, R_HARD_SLEEP,
    R_COUNT
};

/* What an acute injury rules out: heat, massage and loading it (PRICE). */
#define ACUTE_FORBIDS (K(BATH) | K(MASSAGE) | K(FOAM_ROLL) | K(STRETCH) | K(YOGA) | \
                       K(ACTIVE_RECOVERY) | K(COOL_DOWN) | K(WARM_UP))
#define URGENT_FORBIDS (RECOV_ADVICE_ALL & ~K(URGENT_CARE))
/* An injured limb is rested and kept from heat: no walking cool-down or
 * active recovery on it, and no warm soak, which reaches the whole limb. */
#define LIMB_REST (K(COOL_DOWN) | K(ACTIVE_RECOVERY) | K(BATH))
/* Advice that reaches the legs whatever region it is for: the cool-down
 * walks or spins, active recovery walks or cycles, a bath immerses them. A
 * leg's limb rule removes it for every region: "cool down your shoulders
 * with an easy walk" or "a warm soak for the left calf" beside "rest the
 * sprained ankle, no heat" contradicts. */
#define ON_THE_LEGS (K(COOL_DOWN) | K(ACTIVE_RECOVERY) | K(BATH))
/* The self-care rows share when they fire: by NRS band. */
#define MODERATE_WHEN "an exercise or injury episode (past its acute window), and the score is 4-6"
#define MILD_WHEN "an exercise or injury episode (past its acute window), and the score is 1-3"
/* Massage and foam rolling are evidence for sore muscles (DOMS): not
 * offered for a knee or an ankle, where a roller or a massage gun presses
 * on a joint. */
#define MODERATE_MUSCLE_WHEN MODERATE_WHEN ", in a muscle: not the knees or ankles (joints)"
/* Nerve pain is not muscle soreness: no massage gun or roller pressing on
 * the nerve, and no "warm up longer next time" beside "see a clinician", as
 * if a short warm-up had caused it. Heat is another matter: the NHS's
 * sciatica advice is hot or cold packs, and only numb skin (which scalds
 * unnoticed) must not have it. */
#define NERVE_FORBIDS (K(MASSAGE) | K(FOAM_ROLL) | K(WARM_UP))
/* Numb skin, or swelling that needs checking: no heat either. */
#define HEAT_NERVE_FORBIDS (NERVE_FORBIDS | K(BATH))
/* Advice that means training: before a clinician's all-clear after dark
 * urine, none of it (a lighter day is still a session). */
#define AFTER_DARK_URINE_FORBIDS (K(WARM_UP) | K(ACTIVE_RECOVERY) | K(REDUCE_LOAD) | \
                                  K(LIGHTER_DAY) | K(VARY_TRAINING))

const struct recov_advice_rule recov_advice_rules[] = {
    [R_CAUDA_EQUINA] = {"cauda-equina", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT,
        URGENT_FORBIDS, 0, URGENT_FORBIDS,
        "both-legs-numb, saddle-numbness or bladder-bowel logged for the region, in its "
        "latest log or one less than 72 h before it",
        "go to A&E or call 999 now: these can be signs of cauda equina syndrome, which "
        "needs treatment within hours",
        "NHS sciatica (cauda equina)",
        "go to A&E or call 999 now"},
    [R_DARK_URINE] = {"dark-urine", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT,
        URGENT_FORBIDS, 0, URGENT_FORBIDS,
        "dark-urine logged for the region, in its latest log or one less than 72 h before "
        "it, at any score (muscle pain or not)",
        "stop exercising, drink water and get urgent medical care now: an emergency "
        "department or urgent care centre",
        "CDC/NIOSH (rhabdomyolysis)",
        "stop exercising, drink water, get urgent care now"},
    [R_DVT] = {"dvt", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT, URGENT_FORBIDS, LIMB_REST, 0,
        "swelling logged for calves, quads or hamstrings, and neither a workout that worked "
        "the region nor a sprain explains it",
        "get an urgent GP appointment or call 111 today: a swollen leg, painful or not, "
        "without an injury can be a blood clot (DVT); no massage or heat on it",
        "NHS deep vein thrombosis",
        "urgent GP appointment or 111 today (rule out a clot); no heat or massage"},
    /* Numbness in an injured area is the NHS's "numb, discoloured or cold":
     * a nerve or the blood supply may be hurt. */
    [R_NUMB_INJURY] = {"numb-injury", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT,
        URGENT_FORBIDS, LIMB_REST, 0,
        "an injury episode with numbness logged",
        "have the injury seen now at an urgent treatment centre or emergency department: "
        "numbness in an injured area can mean a nerve or its blood supply is hurt; no ice "
        "or heat on numb skin meanwhile",
        "NHS sprains and strains",
        "have it seen now (urgent care or A&E)"},
    [R_SEVERE_INJURY] = {"severe-injury", RECOV_ADVICE_URGENT_CARE, RECOV_SEV_URGENT,
        URGENT_FORBIDS, LIMB_REST, 0,
        "the latest log, within acute_hours (72), has sprain, swelling or sharp and a score "
        "of 7 or more",
        "have the injury seen today at an urgent care centre or emergency department, at "
        "once if the limb looks misshapen or is numb, pale or cold",
        "NHS sprains and strains",
        "have it seen today (urgent care or A&E)"},
    [R_WORSENING] = {"worsening", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0, LIMB_REST, 0,
        "an injury episode whose latest score is 2 or more above its first (rising)",
        "get an urgent GP appointment or call 111: an injury that is getting worse needs "
        "checking",
        "NHS sprains and strains; NRS (2 points is meaningful)",
        "urgent GP appointment or 111: it is getting worse"},
    [R_ACUTE_INJURY] = {"acute-injury", RECOV_ADVICE_ICE, RECOV_SEV_CAUTION, ACUTE_FORBIDS,
        LIMB_REST, 0,
        "an injury episode whose first sprain, swelling or sharp log is less than "
        "acute_hours (72) old, or with swelling or sharp logged in the last acute_hours",
        "PRICE: protect and rest the region, ice 15-20 min every 2-3 h (wrapped, never on "
        "bare skin), compression and elevation; no heat, massage or alcohol yet",
        "NHS sprains and strains (PRICE)",
        "PRICE: rest, ice, compress, elevate; no heat or massage"},
    /* No heat on it, and none by a warm soak for another region of its
     * limb, which reaches it too. */
    [R_UNEXPLAINED_SWELLING] = {"unexplained-swelling", RECOV_ADVICE_SEE_CLINICIAN,
        RECOV_SEV_WARNING, HEAT_NERVE_FORBIDS, K(BATH), 0,
        "swelling or sharp logged in the episode, and neither a workout that worked the "
        "region nor a sprain explains it",
        "see a GP in the next day or two: swelling or sharp pain without an injury or "
        "exercise behind it needs checking; no heat or massage on it meanwhile",
        "Mayo Clinic (redness or swelling); health guides on muscle soreness",
        "see a GP in a day or two; no heat or massage"},
    [R_NERVE] = {"nerve", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, NERVE_FORBIDS, 0, 0,
        "radiating was logged in this episode, or numbness or tingling in the lower back",
        "see a GP or physiotherapist within a few days; no massage or foam rolling on it; get "
        "urgent care if both legs or the groin go numb or bladder or bowel control changes",
        "NHS sciatica; health guides on muscle soreness (lumbar disc herniation)",
        "see a GP or physio; no massage or foam rolling on it"},
    /* A bath reaches every region: while skin is numb, no region gets a
     * warm soak (a heat pack elsewhere is another matter). Numb skin does
     * not feel the cold either: no ice pack on it, so PRICE's ice never
     * sits beside "no heat on numb skin" (an injury gone numb is seen now:
     * numb-injury). */
    [R_NUMBNESS] = {"numbness", RECOV_ADVICE_AVOID, RECOV_SEV_CAUTION,
        HEAT_NERVE_FORBIDS | K(ICE), 0, RECOV_ADVICE_BIT(RECOV_ADVICE_BATH),
        "numbness was logged in this episode",
        "no heat (hot baths, heat packs, hot-water bottles) and no ice on the region: numb "
        "skin scalds or freezes without warning, and a bath reaches it whatever region it "
        "is for; see a clinician if the numbness lasts or spreads",
        "NHS sciatica; NHS sprains and strains (ice wrapped, never on bare skin)",
        "no heat or ice on numb skin; a clinician if the numbness lasts"},
    /* Tingling skin still feels heat: only what presses on the nerve, and
     * the warm-up that did not cause it, are ruled out. */
    [R_TINGLING] = {"tingling", RECOV_ADVICE_AVOID, RECOV_SEV_CAUTION,
        NERVE_FORBIDS, 0, 0,
        "tingling, and no numbness, was logged in this episode",
        "no massage or foam rolling on the region while it tingles: pressure irritates a "
        "nerve further; see a clinician if it lasts, spreads or turns to numbness",
        "NHS sciatica; health guides on muscle soreness",
        "no massage on it; a clinician if the tingling lasts"},
    [R_SPRAINED_BACK] = {"sprained-back", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0, 0, 0,
        "sprain was logged for lower-back or upper-back in this episode",
        "have your back checked by a clinician: a twisted or sprained back is not ordinary "
        "soreness",
        "health guides on muscle soreness (twisted back); Mayo Clinic",
        "have your back checked by a clinician"},
    /* Dark urine's own rule stands 72 h; the person may not have gone, or
     * may be back from care without knowing the way back is gradual. Until
     * a clinician has checked them, no advice that means training. */
    [R_AFTER_DARK_URINE] = {"after-dark-urine", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING,
        0, 0, AFTER_DARK_URINE_FORBIDS,
        "dark-urine logged for any region less than 14 days ago (after 72 h, dark-urine "
        "itself rules everything else out)",
        "if a clinician has not checked you since, see a GP before you train again (a blood "
        "test tells whether the muscles and kidneys have recovered); once cleared, build back "
        "up gradually",
        "CDC/NIOSH (rhabdomyolysis); O'Connor et al. 2020 (return to activity)",
        "get a clinician's all-clear before training again"},
    /* Each bout of the same exercise should leave less soreness than the
     * last (repeated-bout effect): more each time is an overuse pain, and
     * what brings it on is eased until it has been seen. */
    [R_RECURRING] = {"recurring", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0, 0, 0,
        "the latest of 3 or more exercise episodes of the region, one after another, whose "
        "first logs fall within 28 days, each peaking at least as high as the one before and "
        "the latest 2 or more above the first, its heaviest session carrying at most 30 % "
        "more load than the first's (much lighter first bouts are left out of the run)",
        "see a GP or physiotherapist: soreness that comes back after each session and does "
        "not ease is an overuse pain, not soreness after exercise; until then, ease off "
        "what brings it on",
        "Hyldahl, Chen & Nosaka 2017 (repeated-bout effect); NRS (2 points is meaningful)",
        "see a GP or physiotherapist: it comes back worse"},
    /* DOMS peaks within 72 h of the session: soreness that climbs past
     * that is getting worse, not running its course (the mission's "pain
     * that gets worse" for soreness that began as ordinary DOMS). */
    [R_RISING] = {"rising", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0, 0, 0,
        "an exercise episode whose peak, 2 or more above its first score, came more than 72 h "
        "after the last workout that worked the region ended, and the latest score is not 2 "
        "below that peak",
        "see a GP or physiotherapist: soreness that gets worse after its usual peak is not "
        "running the course of soreness after exercise",
        "DOMS time course (peaks at 24-72 h); NRS (2 points is meaningful); Mayo Clinic",
        "see a GP or physiotherapist: it got worse after its usual peak"},
    [R_PERSIST] = {"persist", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0, 0, 0,
        "not an injury episode, and still sore (1 or more) at a log more than persist_days "
        "(7) calendar days after the episode's first log",
        "see a GP or physiotherapist: this is longer than soreness after exercise lasts",
        "DOMS time course (fades within 5-7 days); Mayo Clinic",
        "see a GP or physiotherapist"},
    [R_NOT_IMPROVING] = {"not-improving", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING, 0, 0, 0,
        "improve_days (5) or more calendar days after the episode's peak, the score is not "
        "improve_points (2) below the peak",
        "see a GP or physiotherapist: the soreness is not settling with self-care",
        "DOMS time course; NRS (2 points is meaningful); Mayo Clinic",
        "see a GP or physiotherapist"},
    /* An injury that got a little better and then stayed moderately painful
     * never meets not-improving's test, yet it is past the time in which
     * most heal: no other rule would ever refer it. Its own brief says
     * what training may do until it is checked (no strenuous exercise), so
     * the warm-up note's "go lighter" does not stand beside it. */
    [R_SLOW_HEALING] = {"slow-healing", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_WARNING,
        K(WARM_UP), 0, 0,
        "an injury episode, its latest log 14 or more calendar days after the sprain, "
        "swelling or sharp pain was first logged, and still 4 or more",
        "see a GP or physiotherapist: most sprains and strains feel better within 2 weeks, "
        "so one still moderately painful needs checking; hold off strenuous exercise such as "
        "running until then",
        "NHS sprains and strains (better within 2 weeks; no strenuous exercise for up to 8 "
        "weeks)",
        "see a GP or physiotherapist: most heal within 2 weeks"},
    /* Pain in one calf or thigh is the NHS's first sign of a clot, with or
     * without swelling: once it is referred for lasting or getting worse,
     * it is kept from pressure and heat, as a swollen one is (dvt), until it
     * has been checked; a warm soak reaches the whole leg. */
    [R_ONE_LEG] = {"one-leg", RECOV_ADVICE_AVOID, RECOV_SEV_CAUTION,
        K(MASSAGE) | K(FOAM_ROLL) | K(BATH), K(BATH), 0,
        "worsening, recurring, rising, persist, not-improving or slow-healing holds for "
        "calves, quads or hamstrings logged with a side (one leg)",
        "no massage, foam rolling or heat on it until it has been checked: pain in one leg "
        "that lasts or gets worse can come from a blood clot (DVT), even without swelling",
        "NHS deep vein thrombosis (pain in one leg, usually the calf or thigh)",
        "no massage, foam rolling or heat on it until it is checked"},
    [R_UNEXPLAINED] = {"unexplained", RECOV_ADVICE_SEE_CLINICIAN, RECOV_SEV_CAUTION, 0, 0, 0,
        "score unexplained_score (4) or more, no sprain, swelling or sharp in the episode, and no workout that "
        "worked the region started from explain_days (3) before the episode's first log up "
        "to it",
        "note when it started and what you were doing (long sitting, pressure, a new "
        "activity); see a clinician if it persists or you feel unwell",
        "health guides on muscle soreness (causes of leg soreness); Mayo Clinic",
        "note what you were doing; a clinician if it persists"},
    [R_SEVERE] = {"severe", RECOV_ADVICE_REST, RECOV_SEV_CAUTION, K(WARM_UP), 0, 0,
        "an exercise or injury episode (past its acute window), and the score is 7-10",
        "rest the region for 48 h: no training that loads it; easy everyday movement is fine",
        "health guides on muscle soreness (rest for a few days); NRS (7-10 is severe)",
        "no training for it for 48 h; easy movement is fine"},
    [R_WARM_UP] = {"warm-up", RECOV_ADVICE_WARM_UP, RECOV_SEV_CAUTION, 0, 0, 0,
        "score warmup_score (4) or more, and a workout or an injury explains the episode",
        "before training the region again: warm up for 10 min and go lighter; no hard "
        "session for it until the soreness settles",
        "health guides on muscle soreness (warm-up, a gradual plan); Hyldahl, Chen & Nosaka 2017",
        "warm up 10 min and go lighter when you train it"},
    [R_ACWR] = {"acwr-spike", RECOV_ADVICE_REDUCE_LOAD, RECOV_SEV_CAUTION, 0, 0, 0,
        "acute:chronic load ratio (EWMA, 7 and 28 days) at or above acwr_spike (1.5), once "
        "28 days of history exist",
        "lighter days for the next 3-4 days: bring your daily load back toward your "
        "4-week average",
        "Williams et al. 2017; Gabbett 2016; Impellizzeri et al. 2020",
        "lighter days for the next 3-4 days"},
    /* A jump already made is not a level to hold: the injuries Nielsen
     * counted followed the weeks after a rise of more than 30 %. */
    [R_LOAD_JUMP] = {"load-jump", RECOV_ADVICE_REDUCE_LOAD, RECOV_SEV_CAUTION, 0, 0, 0,
        "the last 7 days' load (today counts only once it has load) is more than 30 % above "
        "the 7 days before (which had some load), and acwr-spike does not hold (before 28 "
        "days of history it cannot)",
        "a lighter week: bring the next 7 days' load back toward the week before the jump, "
        "then raise it again in smaller steps",
        "Nielsen et al. 2014 (> 30 % a week); Buist et al. 2008",
        "a lighter week, then build up in smaller steps"},
    /* A kind of its own: today's body, beside (never instead of) what the
     * load rules say about the weeks; both call for less, never more. */
    [R_POOR_MORNING] = {"poor-morning", RECOV_ADVICE_LIGHTER_DAY, RECOV_SEV_CAUTION, 0, 0, 0,
        "today's wellness check has two or more items flagged (sleep under 6 h, a 1-5 item 2 "
        "or more below its 60-day mean, resting HR 5+ bpm above or HRV 15 % or more below "
        "its 14-day mean: the summary's flags), or sleep under 6 h after a workout at "
        "hard_rpe (7) or more yesterday or earlier today",
        "make today a lighter day: an easy session or rest; keep the hard session for a "
        "morning that feels normal again",
        "McLean et al. 2010; Hooper & Mackinnon 1995; Fullagar et al. 2015 (sleep loss and "
        "recovery); HRV4Training (your own baseline)",
        "a lighter day today"},
    [R_MONOTONY] = {"monotony", RECOV_ADVICE_VARY_TRAINING, RECOV_SEV_CAUTION, 0, 0, 0,
        "monotony of the last 7 days' loads above monotony_max (2.0); today counts only "
        "once it has load (a day not over is not a rest day)",
        "vary the week: alternate hard and easy days and keep at least one full rest day",
        "Foster 1998",
        "vary the week: hard and easy days, a full rest day"},
    [R_MODERATE_BATH] = {"moderate", RECOV_ADVICE_BATH, RECOV_SEV_INFO, 0, 0, 0,
        MODERATE_WHEN,
        "a warm soak or bath, 15-20 min, this evening",
        "Wang et al. 2021 (heat)",
        "a warm soak"},
    [R_MODERATE_MASSAGE] = {"moderate", RECOV_ADVICE_MASSAGE, RECOV_SEV_INFO, 0, 0, 0,
        MODERATE_MUSCLE_WHEN,
        "massage, 10-15 min (by hand, a therapist or a massage gun)",
        "Dupuy et al. 2018",
        "massage"},
    [R_MODERATE_FOAM_ROLL] = {"moderate", RECOV_ADVICE_FOAM_ROLL, RECOV_SEV_INFO, 0, 0, 0,
        MODERATE_MUSCLE_WHEN,
        "foam rolling, 1-2 min at easy pressure",
        "Dupuy et al. 2018 (massage)",
        "foam rolling"},
    [R_MILD_STRETCH] = {"mild", RECOV_ADVICE_STRETCH, RECOV_SEV_INFO, 0, 0, 0,
        MILD_WHEN,
        "gentle stretches, 2-3 holds of 30 s",
        "health guides on muscle soreness; Herbert et al. 2011 (harmless, little effect on soreness)",
        "gentle stretches"},
    [R_MILD_YOGA] = {"mild", RECOV_ADVICE_YOGA, RECOV_SEV_INFO, 0, 0, 0,
        MILD_WHEN,
        "an easy 15-20 min yoga session",
        "health guides on muscle soreness (yoga and stretching after running)",
        "easy yoga"},
    [R_MILD_ACTIVE] = {"mild", RECOV_ADVICE_ACTIVE_RECOVERY, RECOV_SEV_INFO, 0, 0, 0,
        MILD_WHEN,
        "active recovery: 20-30 min of easy walking, cycling or swimming",
        "Dupuy et al. 2018",
        "an easy walk or ride"},
    [R_COOL_DOWN] = {"cool-down", RECOV_ADVICE_COOL_DOWN, RECOV_SEV_INFO, 0, 0, 0,
        "a workout at RPE 3 or more (at 5 or more when its type is itself a cool-down, such "
        "as a walk) that worked the region ended less than cooldown_hours (2) ago and no "
        "cool-down is logged since it started: a recovery action or workout type that "
        "[remind] cooldown_actions names (walk, stretch, yoga, foam-roll), as for the "
        "cool-down reminder",
        "cool down now: 5-10 min of easy walking or spinning, then gentle stretches",
        "health guides on muscle soreness (cool-down after exercise)",
        "cool down now: 5-10 min easy, then stretches"},
    [R_HARD_PROTEIN] = {"hard-session", RECOV_ADVICE_PROTEIN, RECOV_SEV_INFO, 0, 0, 0,
        "a workout at hard_rpe (7) or more ended in the last 24 h",
        "eat 20-40 g of protein at each meal today (1.4-2.0 g per kg of body weight a day)",
        "ISSN 2017",
        "20-40 g of protein a meal"},
    [R_HARD_SLEEP] = {"hard-session", RECOV_ADVICE_SLEEP, RECOV_SEV_INFO, 0, 0, 0,
        "a workout at hard_rpe (7) or more ended in the last 24 h",
        "sleep 7 h or more tonight",
        "AASM/SRS 2015",
        "7 h of sleep or more tonight"},
};
const size_t recov_advice_rule_count = R_COUNT;

/* An injury with numbness logged in it, wherever it is: the NHS's reasons
 * to go at once are about the injured area, a sprained neck or back as
 * much as an ankle. */
static int is_numb_injury(enum recov_episode_class cls, unsigned flags)
{
    return cls == RECOV_CLASS_INJURY && (flags & RECOV_FLAG_NUMBNESS);
}

/* Each row the flags logged in an episode bring, as a bit set: the
 * conditions of the rules below, without their clock. */
static uint64_t red_flag_rows(int region, enum recov_episode_class cls, unsigned flags,
                              int worst)
{
    uint64_t rows = 0;
#define FIRES(row, cond) rows |= (cond) ? (uint64_t)1 << (row) : 0
    FIRES(R_CAUDA_EQUINA, flags & RECOV_SYSTEMIC_NERVE_FLAGS);
    FIRES(R_DARK_URINE, flags & RECOV_FLAG_DARK_URINE);
    FIRES(R_DVT, (flags & RECOV_FLAG_SWELLING) && cls == RECOV_CLASS_UNEXPLAINED &&
                 is_leg_muscle(region));
    FIRES(R_NUMB_INJURY, is_numb_injury(cls, flags));
    /* Severe pain with a flag is seen the same day, explained or not. */
    FIRES(R_SEVERE_INJURY, (flags & RECOV_INJURY_FLAGS) && worst >= NRS_SEVERE);
    FIRES(R_UNEXPLAINED_SWELLING, (flags & RECOV_INJURY_FLAGS) && cls == RECOV_CLASS_UNEXPLAINED);
    FIRES(R_ACUTE_INJURY, cls == RECOV_CLASS_INJURY);
    FIRES(R_SPRAINED_BACK, (flags & RECOV_FLAG_SPRAIN) && is_back(region));
    FIRES(R_NERVE, recov_nerve_signs(region, flags));
    FIRES(R_NUMBNESS, flags & RECOV_FLAG_NUMBNESS);
    FIRES(R_TINGLING, (flags & RECOV_FLAG_TINGLING) && !(flags & RECOV_FLAG_NUMBNESS));
#undef FIRES
    /* A row that another rules out for the region does not speak: PRICE
     * (ice) for a numb back, as in suggest. */
    uint64_t spoken = rows;
    for (enum row r = 0; r < R_COUNT; r++)
        for (enum row q = 0; q < R_COUNT && (spoken & ((uint64_t)1 << r)); q++)
            if (q != r && (rows & ((uint64_t)1 << q)) &&
                (recov_advice_rules[q].forbids & RECOV_ADVICE_BIT(recov_advice_rules[r].kind)))
                spoken &= ~((uint64_t)1 << r);
    return spoken;
}

/* The rule that speaks first for flags logged in an episode of region and
 * class cls (worst: its highest score with them): of the rows they bring,
 * the most severe, then the first in the table, which is how suggest
 * orders its lines. */
const struct recov_advice_rule *recov_advice_red_flag_rule(int region,
                                                           enum recov_episode_class cls,
                                                           unsigned flags, int worst)
{
    uint64_t rows = red_flag_rows(region, cls, flags, worst);
    enum row best = R_COUNT;
    for (enum row r = 0; r < R_COUNT; r++)
        if ((rows & ((uint64_t)1 << r)) &&
            (best == R_COUNT || recov_advice_rules[r].severity > recov_advice_rules[best].severity))
            best = r;
    return best == R_COUNT ? NULL : &recov_advice_rules[best];
}

size_t recov_advice_red_flag_avoids(int region, enum recov_episode_class cls, unsigned flags,
                                    int worst, const struct recov_advice_rule **out, size_t max)
{
    uint64_t rows = red_flag_rows(region, cls, flags, worst);
    size_t n = 0;
    for (enum row r = 0; r < R_COUNT && n < max; r++)
        if ((rows & ((uint64_t)1 << r)) && recov_advice_rules[r].kind == RECOV_ADVICE_AVOID)
            out[n++] = &recov_advice_rules[r];
    return n;
}

const struct recov_advice_rule *recov_advice_one_leg_rule(int region, int side)
{
    return is_one_leg(region, side) ? &recov_advice_rules[R_ONE_LEG] : NULL;
}

const struct recov_advice_rule *recov_advice_persist_rule(void)
{
    return &recov_advice_rules[R_PERSIST];
}

const struct recov_advice_rule *recov_advice_slow_healing_rule(void)
{
    return &recov_advice_rules[R_SLOW_HEALING];
}

const struct recov_advice_rule *recov_advice_recurring_rule(void)
{
    return &recov_advice_rules[R_RECURRING];
}

int recov_advice_judged_by_doms_course(const struct recov_episode *ep)
{
    return ep->cls != RECOV_CLASS_INJURY;
}

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
    [RECOV_ADVICE_LIGHTER_DAY] = {"lighter-day", "an easy session or rest today"},
    [RECOV_ADVICE_VARY_TRAINING] = {"vary-training", "alternate hard and easy days, rest days"},
    [RECOV_ADVICE_PROTEIN] = {"protein", "enough protein to recover"},
    [RECOV_ADVICE_SLEEP] = {"sleep", "enough sleep to recover"},
    [RECOV_ADVICE_SEE_CLINICIAN] = {"see-clinician", "have it checked by a GP or physiotherapist"},
    [RECOV_ADVICE_URGENT_CARE] = {"urgent-care", "get medical care now"},
    [RECOV_ADVICE_AVOID] = {"avoid", "what to keep off a region until it has been checked"},
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
    const struct recov_episode *ep; /* the episode the region rules look at */
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
    memset(s, 0, sizeof *s);
    s->kind = rule->kind;
    s->region = region;
    s->severity = rule->severity;
    s->rule = rule->id;
    s->source = rule->source;
    s->row = (size_t)r;
    /* Regional advice in the region rules is about the episode in hand. */
    if (region >= 0 && c->ep && c->ep->region == region) {
        s->side = c->ep->side;
        s->has_episode = 1;
        recov_episode_facts_of(c->ep, &s->episode);
    }
    snprintf(s->what, sizeof s->what, "%s", rule->what);
    va_list ap;
    va_start(ap, because);
    vsnprintf(s->because, sizeof s->because, because, ap);
    va_end(ap);
}

/* "the day after your run session" for soreness logged at t; the heaviest
 * of several sessions is named as such. A session of the same day is
 * "today"'s when that day is today: "that day" would point at nothing. */
static void after_phrase(const struct recov_episode *ep, time_t t, time_t now, char *buf,
                         size_t n)
{
    const struct recov_entry *workout = ep->cause;
    int days = recov_day_of(t) - recov_day_of(workout->at);
    char most[64] = "";
    if (ep->ncauses > 1)
        snprintf(most, sizeof most, " (the heaviest of %d sessions before it)", ep->ncauses);
    if (days <= 0)
        snprintf(buf, n, "after your %s session %s%s", workout->type,
                 recov_day_of(t) == recov_day_of(now) ? "today" : "that day", most);
    else if (days == 1)
        snprintf(buf, n, "the day after your %s session%s", workout->type, most);
    else
        snprintf(buf, n, "%d days after your %s session%s", days, workout->type, most);
}

/* "1 day", "3 days". */
static const char *days_word(int n)
{
    return n == 1 ? "day" : "days";
}

/* ---- per-region rules ---- */

/* The because texts leave the region out: it is shown beside them, and
 * regions with the same pattern can then share one line. */

static int is_back(int region)
{
    return region == RECOV_REGION_LOWER_BACK || region == RECOV_REGION_UPPER_BACK;
}

static int is_leg_muscle(int region)
{
    return region == RECOV_REGION_CALVES || region == RECOV_REGION_QUADS ||
           region == RECOV_REGION_HAMSTRINGS;
}

/* A calf or thigh of one leg, where lasting pain can be a clot. */
static int is_one_leg(int region, int side)
{
    return side != RECOV_SIDE_NONE && is_leg_muscle(region);
}

static int within_hours(time_t t, time_t now, int hours)
{
    return now - t < (time_t)hours * HOUR;
}

/* When the latest of flags was logged ("with muscle pain 9/10 today 08:00"),
 * and, when a later log did not repeat them, that log's score ("yesterday
 * 08:00, muscle pain 6/10 today 08:00"). Returns 1 in that second case. */
static int held_phrase(const struct ctx *c, const struct recov_episode *ep, unsigned flags,
                       const char *pain_word, char *out, size_t cap)
{
    char when[32], latest[32], pain[48] = "";
    time_t at = recov_episode_flag_logged(ep, flags);
    recov_when_phrase(at, c->in->now, when, sizeof when);
    recov_when_phrase(ep->latest->at, c->in->now, latest, sizeof latest);
    if (ep->score > 0)
        snprintf(pain, sizeof pain, "%s %d/10 ", pain_word, ep->score);
    if (at == ep->latest->at) {
        snprintf(out, cap, "%s%s%s", ep->score > 0 ? "with " : "", pain, when);
        return 0;
    }
    snprintf(out, cap, "%s, %s%s", when, ep->score > 0 ? pain : "no pain ", latest);
    return 1;
}

/* Whole-body red flags, standing RECOV_SYSTEMIC_HOLD_HOURS after they were
 * logged: urgent care, and nothing else for anyone. */
static void systemic_rules(struct ctx *c, const struct recov_episode *ep)
{
    static const char stands[] = "; a later score does not say it has cleared";
    char flags[128], when[160];
    unsigned held = recov_episode_systemic_flags(ep);
    unsigned nerve = held & RECOV_SYSTEMIC_NERVE_FLAGS;
    recov_flags_format(nerve, " and ", flags, sizeof flags);
    if (nerve) {
        int later = held_phrase(c, ep, nerve, "pain", when, sizeof when);
        add(c, R_CAUDA_EQUINA, ep->region, "%s logged %s: with back or leg pain these are "
            "signs of a compressed nerve root bundle (cauda equina)%s", flags, when,
            later ? stands : "");
    }
    if (held & RECOV_FLAG_DARK_URINE) {
        int later = held_phrase(c, ep, RECOV_FLAG_DARK_URINE, "muscle pain", when, sizeof when);
        add(c, R_DARK_URINE, ep->region, "dark (tea- or cola-coloured) urine logged %s: this "
            "can be rhabdomyolysis, a whole-body emergency%s", when, later ? stands : "");
    }
}

/* Red flags of the region that need care the same day. */
static void urgent_rules(struct ctx *c, const struct recov_episode *ep)
{
    char when[32], flags[128];
    unsigned latest = ep->latest->flags;
    recov_when_phrase(ep->latest->at, c->in->now, when, sizeof when);
    if (ep->cls == RECOV_CLASS_UNEXPLAINED && (ep->flags & RECOV_FLAG_SWELLING) &&
        is_leg_muscle(ep->region))
        add(c, R_DVT, ep->region, "swelling %s %d/10, and no sprain or workout in the %d "
            "days before it to explain it: a blood clot must be ruled out the same day",
            ep->score > 0 ? "with pain" : "logged at", ep->score, c->cfg->explain_days);
    if (is_numb_injury(ep->cls, ep->flags)) {
        char numb[32], injury[128];
        recov_when_phrase(recov_episode_flag_logged(ep, RECOV_FLAG_NUMBNESS), c->in->now, numb,
                          sizeof numb);
        recov_flags_format(ep->flags & RECOV_INJURY_FLAGS, " and ", injury, sizeof injury);
        add(c, R_NUMB_INJURY, ep->region, "numbness logged %s in an injury (%s): an injury "
            "that goes numb needs checking at once", numb, injury);
    }
    recov_flags_format(latest & RECOV_INJURY_FLAGS, " and ", flags, sizeof flags);
    if ((latest & RECOV_INJURY_FLAGS) && ep->score >= NRS_SEVERE &&
        within_hours(ep->latest->at, c->in->now, c->cfg->acute_hours))
        add(c, R_SEVERE_INJURY, ep->region, "%d/10 with %s logged %s: severe pain from an "
            "injury needs checking the same day", ep->score, flags, when);
}

/* An injury whose score climbs is getting worse. */
static int is_worsening(const struct recov_episode *ep)
{
    return ep->cls == RECOV_CLASS_INJURY && ep->trend == RECOV_TREND_RISING;
}

static void worsening_rule(struct ctx *c, const struct recov_episode *ep)
{
    char since[32];
    if (!is_worsening(ep))
        return;
    recov_when_phrase(ep->since, c->in->now, since, sizeof since);
    add(c, R_WORSENING, ep->region, "the injury went from %d/10 %s to %d/10: pain that is "
        "getting worse is not healing as it should", ep->first, since, ep->score);
}

/* Soreness after a workout that climbed to its peak more than 72 h after
 * the last session that worked the region, and has not come down since: a
 * later session's own soreness is no sign. */
static int is_rising(const struct recov_episode *ep)
{
    /* Rising and not yet falling, in the trend's own 2 points. */
    return ep->cls == RECOV_CLASS_EXERCISE && ep->cause && ep->score > 0 &&
           recov_trend_of(ep->first, ep->peak, ep->peak) == RECOV_TREND_RISING &&
           ep->trend != RECOV_TREND_FALLING &&
           ep->peak_at - ep->worked_until > DOMS_PEAK_HOURS * HOUR;
}

/* improve_days after its peak, the score is not improve_points below it. */
static int is_not_improving(const struct recov_episode *ep, const struct recov_advice_config *cfg)
{
    int after_peak = recov_day_of(ep->latest->at) - recov_day_of(ep->peak_at);
    return ep->score > 0 && after_peak >= cfg->improve_days &&
           ep->score > ep->peak - cfg->improve_points;
}

/* INJURY_HEAL_DAYS after the injury was logged, still moderate or worse. */
static int is_slow_healing(const struct recov_episode *ep)
{
    return ep->cls == RECOV_CLASS_INJURY && ep->injury_at && ep->score >= NRS_MODERATE &&
           recov_day_of(ep->latest->at) - recov_day_of(ep->injury_at) >= INJURY_HEAL_DAYS;
}

const struct recov_advice_rule *recov_advice_course_rule(const struct recov_episode *ep,
                                                         const struct recov_advice_config *cfg)
{
    if (is_worsening(ep))
        return &recov_advice_rules[R_WORSENING];
    if (is_rising(ep))
        return &recov_advice_rules[R_RISING];
    if (is_not_improving(ep, cfg))
        return &recov_advice_rules[R_NOT_IMPROVING];
    return is_slow_healing(ep) ? &recov_advice_rules[R_SLOW_HEALING] : NULL;
}

static void rising_rule(struct ctx *c, const struct recov_episode *ep)
{
    char since[32], session[48] = "your last session";
    if (!is_rising(ep))
        return;
    if (recov_entry_end(ep->cause) == ep->worked_until)
        snprintf(session, sizeof session, "your %s session", ep->cause->type);
    recov_when_phrase(ep->since, c->in->now, since, sizeof since);
    int days = recov_day_of(ep->peak_at) - recov_day_of(ep->worked_until);
    add(c, R_RISING, ep->region, "soreness went from %d/10 %s up to %d/10, %d %s after %s; "
        "soreness from exercise peaks within 3 days", ep->first, since, ep->peak, days,
        days_word(days), session);
}

time_t recov_advice_fresh_until(const struct recov_episode *ep, int acute_hours)
{
    if (!ep->injury_at)
        return 0;
    time_t last = ep->injury_at;
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        if (((RECOV_FLAG_SWELLING | RECOV_FLAG_SHARP) & (1u << f)) && ep->flag_at[f] > last)
            last = ep->flag_at[f];
    return last + (time_t)acute_hours * HOUR;
}

/* A fresh injury, or one still swollen or sharply painful: PRICE, and no
 * heat or massage until it is past. */
static void acute_rule(struct ctx *c, const struct recov_episode *ep)
{
    int hours = c->cfg->acute_hours;
    time_t now = c->in->now;
    if (ep->cls != RECOV_CLASS_INJURY || now >= recov_advice_fresh_until(ep, hours))
        return;
    char since[32], until[32], flags[128];
    if (within_hours(ep->injury_at, now, hours)) {
        recov_when_phrase(ep->injury_at, now, since, sizeof since);
        recov_when_phrase(ep->injury_at + (time_t)hours * HOUR, now, until, sizeof until);
        recov_flags_format(ep->flags & RECOV_INJURY_FLAGS, " and ", flags, sizeof flags);
        add(c, R_ACUTE_INJURY, ep->region, "%s logged %s, within the first %d h of an "
            "injury: heat and massage can wait until after %s", flags, since, hours, until);
        return;
    }
    unsigned fresh = RECOV_FLAG_SWELLING | RECOV_FLAG_SHARP;
    time_t last = 0;
    unsigned which = 0;
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        if ((fresh & (1u << f)) && within_hours(ep->flag_at[f], now, hours)) {
            which |= 1u << f;
            last = ep->flag_at[f] > last ? ep->flag_at[f] : last;
        }
    recov_flags_format(which, " and ", flags, sizeof flags);
    recov_when_phrase(last, now, since, sizeof since);
    recov_when_phrase(ep->injury_at, now, until, sizeof until);
    add(c, R_ACUTE_INJURY, ep->region, "%s logged %s in an injury since %s: no heat or "
        "massage while it is swollen or sharply painful", flags, since, until);
}

/* Swelling or sharp pain that nothing explains needs a clinician. */
static void unexplained_swelling_rule(struct ctx *c, const struct recov_episode *ep)
{
    char flags[128];
    if (ep->cls != RECOV_CLASS_UNEXPLAINED || !(ep->flags & RECOV_INJURY_FLAGS))
        return;
    recov_flags_format(ep->flags & RECOV_INJURY_FLAGS, " and ", flags, sizeof flags);
    add(c, R_UNEXPLAINED_SWELLING, ep->region, "%s logged with %d/10 and no workout or "
        "sprain in the %d days before to explain it", flags, ep->score,
        c->cfg->explain_days);
}

static void nerve_rules(struct ctx *c, const struct recov_episode *ep)
{
    char flags[128];
    unsigned sensory = ep->flags & (RECOV_FLAG_NUMBNESS | RECOV_FLAG_TINGLING);
    recov_flags_format(ep->flags & (sensory | RECOV_FLAG_RADIATING), " and ", flags,
                       sizeof flags);
    if (recov_nerve_signs(ep->region, ep->flags))
        add(c, R_NERVE, ep->region, "%s logged: this can come from a compressed nerve, as "
            "with a lumbar disc herniation, and is not muscle soreness", flags);
    if (sensory & RECOV_FLAG_NUMBNESS)
        add(c, R_NUMBNESS, ep->region, "%s logged: numb skin does not feel heat or cold, and "
            "numbness that lasts needs a check", flags);
    else if (sensory)
        add(c, R_TINGLING, ep->region, "%s logged: a massage or a roller presses on the "
            "irritated nerve, and tingling that lasts needs a check", flags);
    if ((ep->flags & RECOV_FLAG_SPRAIN) && is_back(ep->region))
        add(c, R_SPRAINED_BACK, ep->region, "a sprain logged for the back: a twisted back "
            "during exercise is not ordinary soreness");
}

/* ", logged yesterday 08:00" when the episode's latest log is not today's,
 * else "": "the day after your run" and "still 5/10" describe the log, and
 * an earlier day's would read as today's news. */
static void logged_phrase(const struct ctx *c, const struct recov_episode *ep, char *buf,
                          size_t n)
{
    char when[32];
    buf[0] = '\0';
    if (recov_day_of(ep->latest->at) == recov_day_of(c->in->now))
        return;
    recov_when_phrase(ep->latest->at, c->in->now, when, sizeof when);
    snprintf(buf, n, ", logged %s", when);
}

/* 1 when a workout or an injury explains the episode's soreness. */
static int explained(const struct recov_episode *ep)
{
    return ep->cls != RECOV_CLASS_UNEXPLAINED && ep->cls != RECOV_CLASS_SYSTEMIC &&
           (ep->cause || ep->cls == RECOV_CLASS_INJURY);
}

/* The scores of soreness that lasts: " (6/10, logged yesterday 08:00)",
 * or, when it has also climbed (an overuse pain, not a slow DOMS), " and
 * getting worse as you kept training it, from 2/10 to 6/10, logged ...". */
static void persist_scores_phrase(const struct ctx *c, const struct recov_episode *ep,
                                  char *buf, size_t n)
{
    char logged[64];
    logged_phrase(c, ep, logged, sizeof logged);
    if (ep->trend != RECOV_TREND_RISING) {
        snprintf(buf, n, " (%d/10%s)", ep->score, *logged ? logged : " at the latest log");
        return;
    }
    snprintf(buf, n, " and getting worse%s, from %d/10 to %d/10%s",
             ep->worked_until > ep->since ? " as you kept training it" : "", ep->first,
             ep->score, logged);
}

/* Soreness that lasts, or does not settle, is no longer typical DOMS. */
static void persistence_rules(struct ctx *c, const struct recov_episode *ep)
{
    char since[32];
    if (ep->score <= 0)
        return;
    if (ep->days > c->cfg->persist_days && recov_advice_judged_by_doms_course(ep)) {
        /* N days run to the latest log: say when that was if not today. */
        recov_when_phrase(ep->since, c->in->now, since, sizeof since);
        int why = explained(ep);
        char scores[160], lasted[64];
        persist_scores_phrase(c, ep, scores, sizeof scores);
        recov_episode_sore_for(ep->days, ep->logs, ep->longest_gap, lasted, sizeof lasted);
        /* Workouts may have come since; none came before it began. */
        add(c, R_PERSIST, ep->region, "%s since %s%s%s: %s", lasted, since,
            why ? "" : ", when it began with no workout before it",
            scores, why ? "soreness from exercise fades within 5-7 days"
                : "pain that lasts needs checking");
    }
    int after_peak = recov_day_of(ep->latest->at) - recov_day_of(ep->peak_at);
    if (is_not_improving(ep, c->cfg)) {
        recov_when_phrase(ep->peak_at, c->in->now, since, sizeof since);
        add(c, R_NOT_IMPROVING, ep->region, "peaked at %d/10 %s and still %d/10 %d %s later: "
            "not %d points better within %d days", ep->peak, since, ep->score, after_peak,
            days_word(after_peak), c->cfg->improve_points, c->cfg->improve_days);
    } else if (recov_advice_course_rule(ep, c->cfg) == &recov_advice_rules[R_SLOW_HEALING]) {
        /* Only where the summary's course warning names this rule too. */
        char flags[128];
        int days = recov_day_of(ep->latest->at) - recov_day_of(ep->injury_at);
        recov_flags_format(ep->flags & RECOV_INJURY_FLAGS, " and ", flags, sizeof flags);
        recov_when_phrase(ep->injury_at, c->in->now, since, sizeof since);
        add(c, R_SLOW_HEALING, ep->region, "%s logged %s and still %d/10 %d days later", flags,
            since, ep->score, days);
    }
}

/* A course referral (from index from on) for soreness in one leg's calf or
 * thigh: see R_ONE_LEG. */
static void one_leg_rule(struct ctx *c, const struct recov_episode *ep, size_t from)
{
    static const enum row course[] = {R_WORSENING, R_RECURRING, R_RISING, R_PERSIST,
                                      R_NOT_IMPROVING, R_SLOW_HEALING};
    if (!is_one_leg(ep->region, ep->side))
        return;
    char place[48], since[32];
    for (size_t i = from; i < c->out->n; i++)
        for (size_t k = 0; k < sizeof course / sizeof *course; k++)
            if (c->out->v[i].row == (size_t)course[k] && c->out->v[i].region == ep->region) {
                recov_place_format(ep->region, ep->side, place, sizeof place);
                recov_when_phrase(ep->since, c->in->now, since, sizeof since);
                add(c, R_ONE_LEG, ep->region, "pain in one leg (the %s) since %s that a "
                    "clinician should see first", place, since);
                return;
            }
}

/* Soreness no workout explains. */
static void unexplained_rule(struct ctx *c, const struct recov_episode *ep)
{
    if (ep->cause || (ep->flags & RECOV_INJURY_FLAGS) || ep->score < c->cfg->unexplained_score)
        return;
    add(c, R_UNEXPLAINED, ep->region, "%d/10 with no workout working it in the %d %s "
        "before: not explained by exercise; other causes include prolonged pressure or poor "
        "circulation, a compressed nerve, or an underlying illness", ep->score,
        c->cfg->explain_days, days_word(c->cfg->explain_days));
}


/* What the soreness is, for the because text: "moderate soreness (5/10)
 * the day after your run session" ("(5/10, logged yesterday 08:00)" for a
 * log of an earlier day; "... that began Wed 09:00, the day after ..." when
 * it has lasted more than a day) or "an injury (sprain, since Sat 18:00),
 * 5/10 past its first 72 h". */
static void course_phrase(const struct ctx *c, const struct recov_episode *ep,
                          const char *band, char *buf, size_t n)
{
    char cause[160], since[64], flags[128];
    if (ep->cls == RECOV_CLASS_INJURY) {
        recov_when_phrase(ep->injury_at, c->in->now, since, sizeof since);
        recov_flags_format(ep->flags & RECOV_INJURY_FLAGS, ", ", flags, sizeof flags);
        snprintf(buf, n, "an injury (%s since %s), %d/10 and past its first %d h", flags, since,
                 ep->score, c->cfg->acute_hours);
        return;
    }
    /* Soreness of several days is dated from its start, and the start is
     * named: "16 days after your run session" would read as if nothing had
     * happened since, and "that began after your run session that day" as
     * if "that day" were the day of the latest log. */
    char began[96] = "";
    if (ep->days > 0) {
        char at[32];
        recov_when_phrase(ep->since, c->in->now, at, sizeof at);
        snprintf(began, sizeof began, "that began %s, ", at);
    }
    after_phrase(ep, ep->days > 0 ? ep->since : ep->latest->at, c->in->now, cause,
                 sizeof cause);
    logged_phrase(c, ep, since, sizeof since);
    snprintf(buf, n, "%s soreness (%d/10%s) %s%s", band, ep->score, since, began, cause);
}

/* Ordinary soreness after a workout, or an injury past its acute window,
 * by NRS band. */
static void soreness_rules(struct ctx *c, const struct recov_episode *ep)
{
    char course[256], logged[64];
    int s = ep->score;
    int injury = ep->cls == RECOV_CLASS_INJURY;
    logged_phrase(c, ep, logged, sizeof logged);
    /* A warm-up note says the training caused it: not for pain nothing
     * explains (as not for nerve signs). */
    if (s >= c->cfg->warmup_score && explained(ep))
        add(c, R_WARM_UP, ep->region, "still %d/10%s: %s needs a longer warm-up, and a lighter "
            "session lets it recover", s, logged,
            injury                               ? "an injured region"
            : recov_region_is_joint(ep->region) ? "a sore joint"
                                                 : "a sore muscle");
    if (!ep->cause && !injury)
        return;
    if (ep->cls == RECOV_CLASS_UNEXPLAINED || ep->cls == RECOV_CLASS_SYSTEMIC)
        return;
    if (s >= NRS_SEVERE) {
        course_phrase(c, ep, "severe", course, sizeof course);
        add(c, R_SEVERE, ep->region, "%s", course);
    } else if (s >= NRS_MODERATE) {
        course_phrase(c, ep, "moderate", course, sizeof course);
        for (enum row r = R_MODERATE_BATH; r <= R_MODERATE_FOAM_ROLL; r++)
            if (r == R_MODERATE_BATH || !recov_region_is_joint(ep->region))
                add(c, r, ep->region, "%s", course);
    } else if (s > 0) {
        course_phrase(c, ep, "mild", course, sizeof course);
        for (enum row r = R_MILD_STRETCH; r <= R_MILD_ACTIVE; r++)
            add(c, r, ep->region, "%s", course);
    }
}

/* "sore after 4 bouts of training in a row since 2026-11-09, peaking at
 * 2/10, 3/10, 4/10 and 5/10". */
static void recurring_rule(struct ctx *c, const struct recov_episodes *eps, size_t i)
{
    struct recov_recurrence r;
    if (!recov_episode_recurring(eps, i, &r))
        return;
    char since[32], peaks[96] = "";
    recov_when_phrase(r.since, c->in->now, since, sizeof since);
    for (int k = 0; k < r.npeaks; k++) {
        size_t used = strlen(peaks);
        snprintf(peaks + used, sizeof peaks - used, "%s%d/10",
                 k == 0 ? "" : k + 1 == r.npeaks ? " and " : ", ", r.peaks[k]);
    }
    add(c, R_RECURRING, eps->v[i].region, "sore after %d bouts of training in a row since "
        "%s, peaking at %s%s, the sessions not much harder: each bout should leave less "
        "soreness than the last",
        r.bouts, since, r.bouts > r.npeaks ? "..., " : "", peaks);
}

static void region_rules(struct ctx *c, const struct recov_episodes *eps, size_t i)
{
    const struct recov_episode *ep = &eps->v[i];
    const struct recov_entry *latest = ep->latest;
    /* A stale log says nothing about today; a 0 with no flag is recovered. */
    if (c->in->now - latest->at > (time_t)c->cfg->current_days * DAY ||
        !recov_episode_active(ep))
        return;
    c->ep = ep;
    size_t first = c->out->n;
    systemic_rules(c, ep);
    urgent_rules(c, ep);
    worsening_rule(c, ep);
    recurring_rule(c, eps, i);
    rising_rule(c, ep);
    acute_rule(c, ep);
    unexplained_swelling_rule(c, ep);
    nerve_rules(c, ep);
    persistence_rules(c, ep);
    one_leg_rule(c, ep, first);
    unexplained_rule(c, ep);
    soreness_rules(c, ep);
    c->ep = NULL;
}

/* ---- rules over the whole history ---- */

/* Regions the cool-down e covers when logged by now: a recovery action's
 * regions (none: all), a workout's all; 0 when e is no cool-down. */
static uint32_t cools(const struct recov_config *cfg, const struct recov_entry *e, time_t now)
{
    if (e->at > now || !recov_cools_down(cfg, e))
        return 0;
    return e->kind == RECOV_KIND_RECOVERY && e->regions ? e->regions : RECOV_REGION_ALL;
}

/* A workout's cool-down window is still open at now. */
static int cool_down_due(const struct ctx *c, const struct recov_entry *w)
{
    time_t now = c->in->now, end = recov_entry_end(w);
    return recov_wants_cool_down(c->in->cfg, w) && end <= now &&
           now < recov_cool_down_window_end(c->in->cfg, w);
}

/* Each region worked without a cool-down since, named after its latest
 * such session. One pass from the newest entry back (entries are oldest
 * first), carrying the regions cooled down from there on: linear in the
 * entries however many sessions a day holds. */
static void cool_down_rules(struct ctx *c)
{
    const struct recov_entries *e = c->in->entries;
    const struct recov_entry *last[RECOV_REGION_COUNT] = {0};
    uint32_t covered = 0; /* by the cool-downs at or after the group's time */
    for (size_t end = e->n, start; end > 0; end = start) {
        /* The group v[start .. end) shares one time: a recovery action
         * logged at the very time of a session counts for it, in any order;
         * a walk is no cool-down of itself, nor of a session it began with. */
        time_t at = e->v[end - 1].at;
        for (start = end; start > 0 && e->v[start - 1].at == at; start--)
            if (e->v[start - 1].kind == RECOV_KIND_RECOVERY)
                covered |= cools(c->in->cfg, &e->v[start - 1], c->in->now);
        for (size_t i = end; i-- > start;) {
            const struct recov_entry *w = &e->v[i];
            if (w->kind != RECOV_KIND_WORKOUT || !cool_down_due(c, w))
                continue;
            uint32_t regions = recov_workout_regions(c->in->cfg, w) & ~covered;
            for (int r = 0; r < RECOV_REGION_COUNT; r++)
                if ((regions & RECOV_REGION_BIT(r)) && !last[r])
                    last[r] = w; /* the latest such session */
        }
        for (size_t i = start; i < end; i++)
            if (e->v[i].kind == RECOV_KIND_WORKOUT)
                covered |= cools(c->in->cfg, &e->v[i], c->in->now);
    }
    char names[sizeof c->in->cfg->remind.cooldown_actions + 64];
    recov_cool_down_names(c->in->cfg, names, sizeof names);
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        char when[32];
        if (!last[r])
            continue;
        recov_when_phrase(recov_entry_end(last[r]), c->in->now, when, sizeof when);
        add(c, R_COOL_DOWN, r, "your %s session ended %s and no cool-down (%s) is logged since",
            last[r]->type, when, names);
    }
}

/* The latest dark urine logged by now, less than AFTER_DARK_URINE_DAYS
 * ago: the way back to training waits for a clinician. While dark-urine
 * itself stands, it rules this line out with everything else. */
static void after_dark_urine_rule(struct ctx *c)
{
    const struct recov_entries *e = c->in->entries;
    for (size_t i = e->n; i-- > 0;) {
        const struct recov_entry *s = &e->v[i];
        if (s->kind != RECOV_KIND_SORENESS || s->at > c->in->now ||
            !(s->flags & RECOV_FLAG_DARK_URINE))
            continue;
        if (c->in->now - s->at >= (time_t)AFTER_DARK_URINE_DAYS * DAY)
            return;
        char when[32];
        recov_when_phrase(s->at, c->in->now, when, sizeof when);
        add(c, R_AFTER_DARK_URINE, -1, "dark (tea- or cola-coloured) urine logged %s: it can be "
            "rhabdomyolysis, and training again too soon can bring it back", when);
        return;
    }
}

static void hard_session_rule(struct ctx *c, const struct recov_entry *w)
{
    time_t now = c->in->now, end = recov_entry_end(w);
    if (w->rpe < c->cfg->hard_rpe || end > now || now - end >= HARD_SESSION_HOURS * HOUR)
        return;
    char when[32];
    recov_when_phrase(end, now, when, sizeof when);
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

static double sum(const double *v, size_t n)
{
    double t = 0;
    for (size_t i = 0; i < n; i++)
        t += v[i];
    return t;
}

static void load_rules(struct ctx *c)
{
    const struct recov_load_state *l = &c->in->load;
    const double *week = c->in->last14 + 7;
    int spike = l->acwr >= 0 && l->acwr >= c->cfg->acwr_spike;
    if (spike)
        add(c, R_ACWR, -1, "acute:chronic load ratio %.2f (7-day %.0f vs 28-day %.0f AU a "
            "day) is at or above %.1f, a spike; this describes your training and does not "
            "predict injury", l->acwr, l->acute, l->chronic, c->cfg->acwr_spike);
    double before = sum(c->in->last14, 7), now = sum(week, 7);
    /* The week is named by its last day: it ends yesterday while today has
     * no load, so it is not the summary's calendar week and must not read
     * as one. */
    char end[16];
    recov_day_format(c->in->week_end, end, sizeof end);
    /* The jump is said whenever the ratio does not already say "less": a
     * week that quadrupled is still one when the 28th day of history comes
     * and the ratio, smoothed over four weeks, stays under the spike. */
    if (!spike && before > 0 && now > before * (1 + RECOV_LOAD_JUMP))
        add(c, R_LOAD_JUMP, -1, "your load of the 7 days to %s was %.0f AU, up from %.0f in "
            "the 7 days before (%+.0f %%): runners who raised weekly distance by more than "
            "30 %% had more injuries; this describes your training and does not predict "
            "injury", end, now, before, (now / before - 1) * 100);
    double monotony = recov_load_monotony(week, 7);
    if (monotony > c->cfg->monotony_max)
        add(c, R_MONOTONY, -1, "training monotony %.2f over the 7 days to %s is above %.1f: "
            "the days are too alike, with too little rest between them", monotony, end,
            c->cfg->monotony_max);
}

/* The latest wellness check of today, or NULL. */
static const struct recov_entry *todays_check(const struct ctx *c)
{
    const struct recov_entry *check = NULL;
    int today = recov_day_of(c->in->now);
    for (size_t i = 0; i < c->in->entries->n; i++) {
        const struct recov_entry *e = &c->in->entries->v[i];
        if (e->kind == RECOV_KIND_WELLNESS && e->at <= c->in->now && recov_day_of(e->at) == today)
            check = e;
    }
    return check;
}

/* The latest hard session that ended yesterday or today before the check. */
static const struct recov_entry *hard_before(const struct ctx *c, const struct recov_entry *check)
{
    const struct recov_entry *hard = NULL;
    for (size_t i = 0; i < c->in->entries->n; i++) {
        const struct recov_entry *w = &c->in->entries->v[i];
        time_t end = recov_entry_end(w);
        if (w->kind == RECOV_KIND_WORKOUT && w->rpe >= c->cfg->hard_rpe && end <= check->at &&
            recov_day_of(end) >= recov_day_of(check->at) - 1)
            hard = w;
    }
    return hard;
}

static int popcount(unsigned v)
{
    int n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

/* A poor morning: the day's flags are the summary's (one rule, in
 * wellness_summary), read against the person's own baselines. */
static void wellness_rules(struct ctx *c)
{
    const struct recov_entry *check = todays_check(c), *hard;
    struct recov_well_flag flags;
    if (!check || c->rc)
        return;
    if ((c->rc = recov_wellness_day_flags(c->in->entries, recov_day_of(check->at), &flags)))
        return;
    char why[512];
    recov_wellness_reasons_format(&flags, why, sizeof why);
    if (popcount(flags.reasons) >= 2)
        add(c, R_POOR_MORNING, -1, "%s this morning: two or more signs that you have not "
            "recovered yet", why);
    else if ((flags.reasons & (1u << RECOV_WS_SLEEP)) && (hard = hard_before(c, check)))
        add(c, R_POOR_MORNING, -1, "%s this morning after a hard %s session (RPE %d, %d min): "
            "short sleep slows recovery", why, hard->type, hard->rpe, hard->minutes);
}

int recov_advice_is_wellness(const struct recov_suggestion *s)
{
    return s->row == R_POOR_MORNING;
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
    if (a->side != b->side)
        return a->side < b->side ? -1 : 1;
    return strcmp(a->because, b->because);
}

/* The recovery action a kind of advice is done by, or -1. */
static int action_of(enum recov_advice_kind kind)
{
    if (kind == RECOV_ADVICE_ACTIVE_RECOVERY)
        return recov_action_index("walk");
    return recov_action_index(recov_advice_kind_name(kind));
}

/* Sides that may be the same: equal, or either one not known. */
static int sides_meet(int a, int b)
{
    return a == RECOV_SIDE_NONE || b == RECOV_SIDE_NONE || a == b;
}

/* 1 when suggestion t, which fired, rules s out (the composition columns of
 * the rule table). */
static int rules_out(const struct recov_suggestion *t, const struct recov_suggestion *s)
{
    const struct recov_advice_rule *rule = &recov_advice_rules[t->row];
    unsigned bit = RECOV_ADVICE_BIT(s->kind);
    if (rule->body_forbids & bit)
        return 1;
    enum recov_limb limb = t->region >= 0 ? recov_region_limb(t->region) : RECOV_LIMB_NONE;
    if (limb == RECOV_LIMB_LEG && (rule->limb_forbids & bit & ON_THE_LEGS))
        return 1;
    if (s->region < 0 || t->region < 0 || !sides_meet(s->side, t->side))
        return 0;
    if (t->region == s->region && (rule->forbids & bit))
        return 1;
    return limb != RECOV_LIMB_NONE && limb == recov_region_limb(s->region) &&
           (rule->limb_forbids & bit);
}

/* 1 when s rules out something t does not: a repeat of t's kind that
 * still says something ("no heat or ice on numb skin" beside "see a GP"). */
static int rules_out_more(const struct recov_suggestion *s, const struct recov_suggestion *t)
{
    const struct recov_advice_rule *a = &recov_advice_rules[s->row];
    const struct recov_advice_rule *b = &recov_advice_rules[t->row];
    return ((a->forbids | a->limb_forbids | a->body_forbids) &
            ~(b->forbids | b->limb_forbids | b->body_forbids)) != 0;
}

/* 1 when s (at index i of the sorted list) must go: a rule that fired rules
 * its kind out (even when that rule's own line is dropped as a repeat: the
 * contraindication still holds), it repeats a kind already given for the
 * region and side and rules out nothing more, everyday self-care for it
 * was already done, or it is
 * outside the regions asked about. */
static int drops(const struct ctx *c, const struct recov_suggestion *s, size_t i)
{
    const struct recov_advice *a = c->out;
    for (size_t j = 0; j < a->n; j++) {
        const struct recov_suggestion *t = &a->v[j];
        if (j == i)
            continue;
        if (rules_out(t, s))
            return 1;
        if (j < i && t->kind == s->kind && t->region == s->region && t->side == s->side &&
            !rules_out_more(s, t))
            return 1;
    }
    /* A referral for the whole body concerns every region asked about. */
    if (s->region < 0)
        return c->in->only_regions != 0 && !recov_advice_is_referral(s);
    if (c->in->only_regions && !(c->in->only_regions & RECOV_REGION_BIT(s->region)))
        return 1;
    int action = action_of(s->kind);
    if (s->severity != RECOV_SEV_INFO || action < 0)
        return 0;
    unsigned done = recov_actions_done(c->in->entries, s->region, s->side,
                                       c->in->now - RECOV_DONE_HOURS * HOUR, c->in->now);
    return (done & (1u << action)) != 0;
}

static void apply_precedence(struct ctx *c)
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
        gone[i] = (char)drops(c, &a->v[i], i);
    size_t kept = 0;
    for (size_t i = 0; i < a->n; i++)
        if (!gone[i])
            a->v[kept++] = a->v[i];
    a->n = kept;
    free(gone);
}

/* The current episode of each region and side: the last one computed. */
static int is_current(const struct recov_episodes *eps, size_t i)
{
    return i + 1 == eps->n || eps->v[i + 1].region != eps->v[i].region ||
           eps->v[i + 1].side != eps->v[i].side;
}

int recov_advice_compute(const struct recov_advice_input *in, struct recov_advice *out)
{
    struct ctx c = {in, &in->cfg->advice, out, NULL, RECOV_OK};
    struct recov_episodes eps = {0};
    out->n = 0;
    c.rc = recov_episodes_compute(in->entries, in->cfg, in->now, &eps);
    for (size_t i = 0; c.rc == RECOV_OK && i < eps.n; i++)
        if (is_current(&eps, i))
            region_rules(&c, &eps, i);
    after_dark_urine_rule(&c);
    cool_down_rules(&c);
    hard_session_rules(&c);
    load_rules(&c);
    wellness_rules(&c);
    if (c.rc == RECOV_OK)
        apply_precedence(&c);
    recov_episodes_free(&eps);
    return c.rc;
}

/* Same advice for the same reason: one line with all its regions. */
static int same_line(const struct recov_suggestion *a, const struct recov_suggestion *b)
{
    return a->row == b->row && a->region >= 0 && b->region >= 0 &&
           strcmp(a->because, b->because) == 0;
}

int recov_advice_kind_of_action(int action)
{
    for (int k = 0; k < RECOV_ADVICE_KIND_COUNT; k++)
        if (action >= 0 && action_of((enum recov_advice_kind)k) == action)
            return k;
    return -1;
}

int recov_advice_speaks_against(const struct recov_suggestion *t, enum recov_advice_kind kind,
                                uint32_t regions, int side)
{
    struct recov_suggestion s = {.kind = kind, .region = -1, .side = side};
    if (!regions) {
        /* For no region in particular: a walk is on the legs, as a walking
         * cool-down is whatever region it is for (a sprained wrist does not
         * rule it out); a bath immerses, and a massage or stretches may
         * reach, whatever region t is about. */
        if (kind == RECOV_ADVICE_BATH || !(RECOV_ADVICE_BIT(kind) & ON_THE_LEGS))
            s.region = t->region;
        return rules_out(t, &s);
    }
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        s.region = r;
        if ((regions & RECOV_REGION_BIT(r)) && rules_out(t, &s))
            return 1;
    }
    return 0;
}

int recov_advice_rules_out(const struct recov_advice *advice, enum recov_advice_kind kind,
                           int region)
{
    struct recov_suggestion s = {.kind = kind, .region = region, .side = RECOV_SIDE_NONE};
    for (size_t i = 0; i < advice->n; i++)
        if (rules_out(&advice->v[i], &s))
            return 1;
    return 0;
}

void recov_advice_place(const struct recov_advice *advice, const struct recov_suggestion *s,
                        char *buf, size_t n)
{
    for (size_t i = 0; s->side == RECOV_SIDE_NONE && i < advice->n; i++)
        if (advice->v[i].region == s->region && advice->v[i].side != RECOV_SIDE_NONE) {
            recov_place_label(s->region, s->side, buf, n);
            return;
        }
    recov_place_format(s->region, s->side, buf, n);
}

void recov_advice_line_places(const struct recov_advice *advice, size_t i, size_t n, char *buf,
                              size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = i; k < i + n && used < size; k++) {
        char place[64];
        recov_advice_place(advice, &advice->v[k], place, sizeof place);
        used += (size_t)snprintf(buf + used, size - used, "%s%s", k > i ? ", " : "", place);
    }
}

size_t recov_advice_line_span(const struct recov_advice *advice, size_t i)
{
    size_t n = 1;
    while (i + n < advice->n && same_line(&advice->v[i], &advice->v[i + n]))
        n++;
    return n;
}

void recov_advice_free(struct recov_advice *advice)
{
    free(advice->v);
    *advice = (struct recov_advice){0};
}

int recov_advice_copy(const struct recov_advice *from, struct recov_advice *to)
{
    *to = (struct recov_advice){0};
    if (from->n == 0)
        return RECOV_OK;
    to->v = malloc(from->n * sizeof *to->v);
    if (!to->v) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    memcpy(to->v, from->v, from->n * sizeof *to->v);
    to->n = to->cap = from->n;
    return RECOV_OK;
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

int recov_advice_is_referral(const struct recov_suggestion *s)
{
    return s->kind == RECOV_ADVICE_SEE_CLINICIAN || s->kind == RECOV_ADVICE_URGENT_CARE ||
           s->kind == RECOV_ADVICE_AVOID;
}

int recov_advice_refers(const struct recov_advice *advice)
{
    for (size_t i = 0; i < advice->n; i++)
        if (recov_advice_is_referral(&advice->v[i]))
            return 1;
    return 0;
}
