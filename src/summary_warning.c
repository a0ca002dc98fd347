/* summary_warning: a summary's warning in words, in the advice rules' own. */
#include "recov/summary.h"

#include <stdio.h>

#include "recov/advice.h"
#include "recov/advice_words.h"
#include "recov/vocab.h"
#include "recov/when.h"

const char *recov_warning_kind_name(enum recov_warning_kind kind)
{
    static const char *const names[] = {
        [RECOV_WARNING_RED_FLAG] = "red-flag",
        [RECOV_WARNING_PERSISTENT] = "persistent",
        [RECOV_WARNING_NOT_SETTLING] = "not-settling",
        [RECOV_WARNING_RECURRING] = "recurring",
    };
    return names[kind];
}

void recov_summary_warning_dates(const struct recov_summary_warning *w, char *buf, size_t n)
{
    char first[16], latest[16];
    recov_day_format(w->day, first, sizeof first);
    recov_day_format(w->latest_day, latest, sizeof latest);
    if (w->latest_day > w->day)
        snprintf(buf, n, "%s to %s", first, latest);
    else
        snprintf(buf, n, "%s", first);
}

const struct recov_advice_rule *recov_summary_warning_rule(const struct recov_summary_warning *w)
{
    if (w->kind == RECOV_WARNING_PERSISTENT)
        return recov_advice_persist_rule();
    if (w->kind == RECOV_WARNING_NOT_SETTLING)
        return w->course;
    if (w->kind == RECOV_WARNING_RECURRING)
        return recov_advice_recurring_rule();
    return recov_advice_red_flag_rule(w->region, w->cls, w->flags, w->worst);
}

/* What to do: the rule's brief, then what the "avoid" rows that come with
 * it keep off the place, as suggest's short line and the reminder word it
 * (recov_words_referral), so that no view words one finding two ways. */
static void warning_action(const struct recov_summary_warning *w, char *buf, size_t n)
{
    const struct recov_advice_rule *avoids[8];
    size_t navoids = 0;
    snprintf(buf, n, "%s", recov_summary_warning_rule(w)->brief);
    if (w->kind == RECOV_WARNING_RED_FLAG)
        navoids = recov_advice_red_flag_avoids(w->region, w->cls, w->flags, w->worst, avoids,
                                               sizeof avoids / sizeof *avoids);
    else if ((avoids[0] = recov_advice_one_leg_rule(w->region, w->side)))
        navoids = 1;
    for (size_t i = 0; i < navoids; i++)
        if (avoids[i] != recov_summary_warning_rule(w))
            recov_words_add_brief(buf, n, avoids[i]->brief, 1);
}

void recov_summary_warning_text(const struct recov_summary_warning *w, char *buf, size_t n)
{
    char flags[128], region[64], action[256];
    warning_action(w, action, sizeof action);
    recov_place_format(w->region, w->side, region, sizeof region);
    if (w->kind == RECOV_WARNING_PERSISTENT) {
        char worse[48] = "", lasted[64];
        if (recov_trend_of(w->first, w->peak, w->latest) == RECOV_TREND_RISING)
            snprintf(worse, sizeof worse, " and getting worse (%d/10 to %d/10)", w->first,
                     w->latest);
        recov_episode_sore_for(w->episode_days, w->episode_logs, w->longest_gap, lasted,
                               sizeof lasted);
        snprintf(buf, n, "%s %s%s: longer than soreness after exercise lasts (5-7 days); %s",
                 region, lasted, worse, action);
        return;
    }
    if (w->kind == RECOV_WARNING_RECURRING) {
        snprintf(buf, n, "%s sore after %d bouts of training in a row, each as bad or worse "
                         "(%d/10 to %d/10); %s",
                 region, w->bouts, w->first, w->latest, action);
        return;
    }
    if (w->kind == RECOV_WARNING_NOT_SETTLING) {
        char first[16], peak[16], latest[16];
        recov_day_format(w->onset_day, first, sizeof first);
        recov_day_format(w->peak_day, peak, sizeof peak);
        recov_day_format(w->latest_day, latest, sizeof latest);
        /* It did get better, only not enough: "not settling" would deny it. */
        if (w->course == recov_advice_slow_healing_rule())
            snprintf(buf, n, "%s slow to heal: %d/10 on %s, still %d/10 on %s; %s", region,
                     w->first, first, w->latest, latest, action);
        else if (w->peak_day == w->onset_day)
            snprintf(buf, n, "%s not settling: %d/10 on %s, still %d/10 on %s; %s", region,
                     w->peak, peak, w->latest, latest, action);
        else if (w->peak_day == w->latest_day && w->peak == w->latest)
            snprintf(buf, n, "%s not settling: %d/10 on %s, up to %d/10 on %s; %s", region,
                     w->first, first, w->latest, latest, action);
        else
            snprintf(buf, n, "%s not settling: %d/10 on %s, peak %d/10 on %s, %d/10 on %s; %s",
                     region, w->first, first, w->peak, peak, w->latest, latest, action);
        return;
    }
    recov_flags_format(w->flags, ", ", flags, sizeof flags);
    if (w->fresh_until && recov_summary_warning_rule(w)->kind == RECOV_ADVICE_ICE) {
        /* PRICE holds for the fresh time only: beside later advice of a warm
         * soak, a bare "no heat" for the whole episode would contradict it. */
        char until[32];
        recov_when_format_local(w->fresh_until, until, sizeof until);
        snprintf(buf, n, "%s with %s: %s, until %s", region, flags, action, until);
        return;
    }
    snprintf(buf, n, "%s with %s: %s", region, flags, action);
}
