/* remind: what each reminder says and when it may be shown (pure). */
#include "recov/remind.h"

#include <stdio.h>
#include <string.h>

#include "recov/advice_words.h"
#include "recov/cool_down.h"
#include "recov/vocab.h"
#include "recov/when.h"

time_t recov_remind_local(int day, int minute)
{
    time_t t = recov_day_start(day) + (time_t)minute * 60;
    /* On a day the clocks change, midnight + minutes is an hour off: fix it
     * by the difference between the minute wanted and the one reached. */
    int diff = minute - recov_minute_of_day(t);
    if (diff > 12 * 60)
        diff -= 24 * 60;
    else if (diff < -12 * 60)
        diff += 24 * 60;
    return t + (time_t)diff * 60;
}

static int quiet_minute(const struct recov_remind_config *rc, int m)
{
    if (rc->quiet_start == rc->quiet_end)
        return 0;
    if (rc->quiet_start < rc->quiet_end)
        return m >= rc->quiet_start && m < rc->quiet_end;
    return m >= rc->quiet_start || m < rc->quiet_end; /* across midnight */
}

int recov_remind_quiet(const struct recov_remind_config *rc, time_t t)
{
    return quiet_minute(rc, recov_minute_of_day(t));
}

time_t recov_remind_release(const struct recov_remind_config *rc, const struct recov_reminder *r)
{
    if (!recov_remind_quiet(rc, r->due))
        return r->due;
    if (r->urgency == RECOV_URGENCY_CRITICAL && rc->urgent_breaks_quiet)
        return r->due;
    int day = recov_day_of(r->due);
    /* Late-evening part of a window that runs past midnight: ends tomorrow. */
    if (rc->quiet_start > rc->quiet_end && recov_minute_of_day(r->due) >= rc->quiet_start)
        day++;
    return recov_remind_local(day, rc->quiet_end);
}

int recov_remind_expires_held(const struct recov_remind_config *rc,
                              const struct recov_reminder *r)
{
    time_t release = recov_remind_release(rc, r);
    return release > r->due && r->expires_at && r->expires_at <= release;
}

time_t recov_remind_next_weekly(const struct recov_remind_config *rc, time_t after)
{
    int day = recov_day_of(after);
    for (int d = day; d <= day + 7; d++) {
        if (recov_day_weekday(d) != rc->weekly_weekday)
            continue;
        time_t t = recov_remind_local(d, rc->weekly_time);
        if (t > after)
            return t;
    }
    return recov_remind_local(day + 7, rc->weekly_time);
}

time_t recov_remind_day_end(int day, int minute)
{
    return recov_remind_local(day, minute) + 60;
}

enum recov_remind_state recov_remind_state_at(const struct recov_reminder *r, time_t now)
{
    int live = r->state == RECOV_REMIND_PENDING || r->state == RECOV_REMIND_SNOOZED;
    return live && r->expires_at <= now ? RECOV_REMIND_EXPIRED : r->state;
}

time_t recov_remind_answer_from(const struct recov_reminder *r)
{
    time_t morning = recov_day_start(recov_day_of(r->expires_at - 1));
    return r->anchor > morning ? r->anchor : morning;
}

static void init(struct recov_reminder *r, enum recov_remind_kind kind, time_t now)
{
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->urgency = RECOV_URGENCY_NORMAL;
    r->created_at = now;
}

/* The regions a workout type works (0 when the type is unknown). */
static uint32_t worked(const struct recov_config *cfg, const struct recov_entry *w)
{
    const struct recov_workout_type *t = recov_config_type(cfg, w->type);
    return t ? t->regions : 0;
}

int recov_remind_cooldown(const struct recov_config *cfg, time_t now,
                          const struct recov_entry *w, struct recov_reminder *out)
{
    time_t end = recov_entry_end(w);
    time_t window_end = recov_cool_down_window_end(cfg, w);
    time_t due = end + (time_t)cfg->remind.cooldown_delay * 60;
    if (due < now)
        due = now;
    /* Logged long after the session (or a delay past the window): the
     * moment for a cool-down is gone by the time it would be shown; an easy
     * session, or an easy walk, was a cool-down already (the same tests as
     * the advice). */
    if (due >= window_end || !recov_wants_cool_down(cfg, w))
        return 0;
    init(out, RECOV_REMIND_COOLDOWN, now);
    out->due = due;
    out->regions = worked(cfg, w);
    out->entry_id = w->id;
    out->anchor = end;
    out->expires_at = out->due + (time_t)cfg->remind.cooldown_life * 60;
    if (out->expires_at > window_end)
        out->expires_at = window_end;
    snprintf(out->series, sizeof out->series, "cooldown:%lld", (long long)w->id);
    snprintf(out->summary, sizeof out->summary, "Cool down after your %s", w->type);
    char regions[256] = "the muscles you worked";
    if (out->regions)
        recov_regions_format(out->regions, ", ", regions, sizeof regions);
    /* Stretching eases stiffness but barely changes soreness (Herbert et
     * al., Cochrane 2011): offered as part of a cool-down, not as a cure. */
    snprintf(out->body, sizeof out->body,
             "5-10 min of easy walking or spinning to bring your breathing down, then "
             "gentle stretches for %s, 20-30 s each, without bouncing.",
             regions);
    return 1;
}

void recov_remind_checkin_body(struct recov_reminder *r)
{
    char regions[200], command[320] = "recov sore";
    if (!r->regions) {
        snprintf(r->body, sizeof r->body,
                 "How sore are you today? Log it, 0 (none) to 10 (worst): "
                 "recov sore REGION N");
        return;
    }
    recov_regions_format(r->regions, ", ", regions, sizeof regions);
    for (int i = 0; i < RECOV_REGION_COUNT; i++)
        if (r->regions & RECOV_REGION_BIT(i))
            snprintf(command + strlen(command), sizeof command - strlen(command), " %s N",
                     recov_region_names[i]);
    snprintf(r->body, sizeof r->body,
             "How do your %s feel today? Log it, 0 (none) to 10 (worst): %s", regions,
             command);
}

int recov_remind_checkin(const struct recov_config *cfg, time_t now,
                         const struct recov_entry *w, struct recov_reminder *out)
{
    if (w->rpe < cfg->remind.checkin_min_rpe)
        return 0;
    time_t end = recov_entry_end(w);
    int day = recov_day_of(end) + 1;
    init(out, RECOV_REMIND_CHECKIN, now);
    out->due = recov_remind_local(day, cfg->remind.checkin_time);
    if (out->due < now - RECOV_REMIND_CHECKIN_LATE)
        return 0;
    if (out->due < now)
        out->due = now;
    out->regions = worked(cfg, w);
    out->entry_id = w->id;
    out->anchor = end;
    out->expires_at = recov_remind_day_end(day, cfg->remind.checkin_until);
    /* One check-in per morning, whatever the number of sessions before. */
    snprintf(out->series, sizeof out->series, "checkin:%d", day);
    snprintf(out->summary, sizeof out->summary, "How sore after yesterday's %s?", w->type);
    recov_remind_checkin_body(out);
    return 1;
}

int recov_remind_morning_checkin(const struct recov_config *cfg, time_t now,
                                 uint32_t open_regions, struct recov_reminder *out)
{
    int day = recov_day_of(now);
    int mornings = cfg->remind.checkin_mornings;
    if (mornings == RECOV_MORNINGS_SESSIONS || (!open_regions && mornings != RECOV_MORNINGS_DAILY))
        return 0;
    init(out, RECOV_REMIND_CHECKIN, now);
    out->due = recov_remind_local(day, cfg->remind.checkin_time);
    out->expires_at = recov_remind_day_end(day, cfg->remind.checkin_until);
    if (out->due > now || out->expires_at <= now)
        return 0;
    out->due = now;
    out->regions = open_regions;
    snprintf(out->series, sizeof out->series, "checkin:%d", day);
    if (open_regions) {
        snprintf(out->summary, sizeof out->summary, "How sore this morning?");
        recov_remind_checkin_body(out);
    } else {
        snprintf(out->summary, sizeof out->summary, "Your morning check-in");
        snprintf(out->body, sizeof out->body,
                 "How did you sleep, and how do you feel? 1 (poor) to 5 (good): "
                 "recov well --sleep 7h30 --fatigue N --stress N --mood N");
    }
    return 1;
}

int recov_remind_warning(const struct recov_advice *all, const struct recov_suggestion *s,
                         time_t now, struct recov_reminder *out)
{
    if (s->severity < RECOV_SEV_WARNING)
        return 0;
    int urgent = s->severity == RECOV_SEV_URGENT;
    char region[64] = "";
    if (s->region >= 0)
        recov_place_format(s->region, s->side, region, sizeof region);
    init(out, RECOV_REMIND_WARNING, now);
    out->due = now;
    out->urgency = urgent ? RECOV_URGENCY_CRITICAL : RECOV_URGENCY_NORMAL;
    out->regions = s->region >= 0 ? RECOV_REGION_BIT(s->region) : 0;
    out->repeat_secs = RECOV_REMIND_WARNING_REPEAT;
    /* It lives until the next one of its series is due. */
    out->expires_at = out->due + out->repeat_secs;
    snprintf(out->rule, sizeof out->rule, "%s", s->rule ? s->rule : "");
    /* One series per rule, region and side: "warning:persist:ankles:left". */
    snprintf(out->series, sizeof out->series, "warning:%s:%s%s%s", out->rule,
             s->region >= 0 ? recov_region_names[s->region] : "all",
             s->side ? ":" : "", s->side ? recov_side_names[s->side] : "");
    /* As suggest's short lines and the summary word it: "left calf: see a
     * GP or physiotherapist; no massage, foam rolling or heat on it ...". */
    char what[sizeof out->summary - 64];
    recov_words_referral(all, s, what, sizeof what);
    snprintf(out->summary, sizeof out->summary, "%s%s%s%s", urgent ? "Urgent - " : "", region,
             *region ? ": " : "", what);
    /* The reason speaks of "today 08:00" as of now; the series repeats daily
     * with this body, so it says which day that was. */
    char day[16];
    recov_day_format(recov_day_of(now), day, sizeof day);
    snprintf(out->body, sizeof out->body, "%s. Why, as of %s: %.480s.", s->what, day,
             s->because);
    return 1;
}

/* A freedesktop icon for what it is about, sent as the image beside
 * recov's own icon (the app icon). */
static const char *image(const struct recov_reminder *r)
{
    switch (r->kind) {
    case RECOV_REMIND_COOLDOWN:
        return "appointment-soon";
    case RECOV_REMIND_CHECKIN:
        return "dialog-information";
    case RECOV_REMIND_WARNING:
        return r->urgency == RECOV_URGENCY_CRITICAL ? "dialog-error" : "dialog-warning";
    case RECOV_REMIND_WEEKLY:
        return "x-office-calendar";
    }
    return "dialog-information";
}

/* The category hint: vendor categories, as the specification has none for
 * health reminders ("x-vendor.class"). */
static const char *const categories[] = {"x-recov.cooldown", "x-recov.checkin",
                                         "x-recov.warning", "x-recov.weekly"};

void recov_remind_notice(const struct recov_reminder *r, char *buf, size_t n,
                         struct recov_notice *out)
{
    memset(out, 0, sizeof *out);
    if (r->kind == RECOV_REMIND_WARNING)
        snprintf(buf, n, "%s\nDealt with it? recov remind ack %lld", r->body, (long long)r->id);
    else
        snprintf(buf, n, "%s", r->body);
    out->id = r->id;
    out->summary = r->summary;
    out->body = buf;
    out->icon = RECOV_NOTIFY_APP;
    out->image = image(r);
    out->category = categories[r->kind];
    out->urgency = r->urgency;
    if (r->kind == RECOV_REMIND_CHECKIN) {
        out->open_action = RECOV_REMIND_ACTION_CHECKIN;
        out->open_label = "Check in now";
        out->no_actions_note = "Or answer it all in one go: recov checkin";
    }
    /* Critical notices stay until the user deals with them, and recov
     * closes them once acknowledged or resolved; every other one leaves
     * after the server's own timeout. */
    out->expire_ms = r->urgency == RECOV_URGENCY_CRITICAL ? RECOV_NOTIFY_EXPIRE_NEVER
                                                          : RECOV_NOTIFY_EXPIRE_DEFAULT;
}
