/* remind/schedule: writing reminders as entries are saved, and the user's answers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/advice_input.h"
#include "recov/cool_down.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/remind.h"
#include "recov/vocab.h"
#include "recov/when.h"

/* Adds a check-in, or widens the one already pending for that morning. */
static int add_checkin(struct recov_db *db, struct recov_reminder *r)
{
    struct recov_reminder have;
    int added, rc = recov_store_remind_pending(db, r->series, &have);
    if (rc == RECOV_ENOTFOUND)
        return recov_store_remind_add(db, r, &added);
    if (rc)
        return rc;
    if ((have.regions | r->regions) == have.regions && !strcmp(have.summary, r->summary))
        return RECOV_OK;
    have.regions |= r->regions;
    if (strcmp(have.summary, r->summary))
        snprintf(have.summary, sizeof have.summary, "How sore after yesterday's training?");
    recov_remind_checkin_body(&have);
    return recov_store_remind_update(db, &have);
}

static int schedule_workout(struct recov_db *db, const struct recov_config *cfg, time_t now,
                            const struct recov_entry *w)
{
    struct recov_reminder r;
    int added;
    if (recov_remind_cooldown(cfg, now, w, &r) && recov_store_remind_add(db, &r, &added))
        return RECOV_EIO;
    if (recov_remind_checkin(cfg, now, w, &r) && add_checkin(db, &r))
        return RECOV_EIO;
    return RECOV_OK;
}

/* Soreness logged after a workout but before the check-in's day (the
 * evening of the session) takes those regions off what it asks about; a
 * check-in left with none is dropped. Soreness on its day answers it: see
 * recov_remind_settled. */
static int trim_checkins(struct recov_db *db, const struct recov_entries *saved)
{
    struct recov_reminders live = {0};
    int rc = recov_store_remind_live(db, RECOV_REMIND_CHECKIN, &live);
    for (size_t i = 0; rc == RECOV_OK && i < live.n; i++) {
        struct recov_reminder *r = &live.v[i];
        time_t from = recov_remind_answer_from(r);
        uint32_t logged = 0;
        for (size_t j = 0; j < saved->n; j++) {
            const struct recov_entry *e = &saved->v[j];
            if (e->kind == RECOV_KIND_SORENESS && e->at >= r->anchor && e->at < from)
                logged |= RECOV_REGION_BIT(e->region);
        }
        if (!r->regions || !(r->regions & logged))
            continue;
        r->regions &= ~logged;
        if (r->regions)
            recov_remind_checkin_body(r);
        else
            r->state = RECOV_REMIND_CANCELLED;
        rc = recov_store_remind_update(db, r);
    }
    recov_reminders_free(&live);
    return rc;
}

int recov_remind_schedule(struct recov_db *db, const struct recov_config *cfg, time_t now,
                          const struct recov_entries *saved)
{
    for (size_t i = 0; i < saved->n; i++)
        if (saved->v[i].kind == RECOV_KIND_WORKOUT &&
            schedule_workout(db, cfg, now, &saved->v[i]))
            return RECOV_EIO;
    return trim_checkins(db, saved);
}

/* ---- settled by the log, expired by the clock ---- */

/* names as a JSON array of strings; region names are plain words, so no
 * escaping is due. */
static void json_words(char *buf, size_t n, const char *const *names, size_t count)
{
    snprintf(buf, n, "[");
    for (size_t i = 0; i < count; i++)
        snprintf(buf + strlen(buf), n - strlen(buf), "%s\"%s\"", i ? "," : "", names[i]);
    snprintf(buf + strlen(buf), n - strlen(buf), "]");
}

/* A cool-down is done by an entry that started up to a day before it. */
#define SETTLER_LOOKBACK 86400

/* The entries that may settle cool-downs anchored in [from, until]. */
static int read_settlers(struct recov_db *db, const struct recov_config *cfg, time_t from,
                         time_t until, struct recov_settlers *out)
{
    char json[4 * sizeof cfg->remind.cooldown_actions];
    recov_cool_down_json(cfg, json, sizeof json);
    return recov_store_remind_settlers(db, from - SETTLER_LOOKBACK, until, json, out);
}

static int settles(const struct recov_settler *e, const struct recov_reminder *r)
{
    return e->id > r->entry_id && e->at >= r->anchor - SETTLER_LOOKBACK &&
           e->at <= r->expires_at && e->end >= r->anchor;
}

/* When r was done: the end at which the settlers logged after its workout
 * (ending at or after its anchor, started within its life or the day
 * before) first cover every region it is for, as suggest counts a
 * cool-down per region; 0 when they do not. s comes earliest end first. */
static time_t cooldown_done_at(const struct recov_settlers *s, const struct recov_reminder *r)
{
    uint32_t want = r->regions ? r->regions : RECOV_REGION_ALL, covered = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (settles(&s->v[i], r))
            covered |= s->v[i].regions;
        if ((covered & want) == want)
            return s->v[i].end;
    }
    return 0;
}

static int cooldown_done(struct recov_db *db, const struct recov_config *cfg,
                         const struct recov_reminder *r, time_t *at)
{
    struct recov_settlers s = {0};
    int rc = read_settlers(db, cfg, r->anchor, r->expires_at, &s);
    *at = rc ? 0 : cooldown_done_at(&s, r);
    free(s.v);
    return rc;
}

static int is_cooldown(const struct recov_reminder *r)
{
    return r->kind == RECOV_REMIND_COOLDOWN && r->anchor;
}

static int checkin_answered(struct recov_db *db, const struct recov_reminder *r, time_t *at)
{
    const char *names[RECOV_REGION_COUNT];
    char json[512];
    size_t n = 0;
    for (int i = 0; i < RECOV_REGION_COUNT; i++)
        if (r->regions & RECOV_REGION_BIT(i))
            names[n++] = recov_region_names[i];
    json_words(json, sizeof json, names, n);
    return recov_store_remind_soreness_since(db, recov_remind_answer_from(r), r->expires_at,
                                             n ? json : NULL, at);
}

int recov_remind_settled(struct recov_db *db, const struct recov_config *cfg,
                         const struct recov_reminder *r, time_t *done_at)
{
    *done_at = 0;
    if (is_cooldown(r))
        return cooldown_done(db, cfg, r, done_at);
    if (r->kind == RECOV_REMIND_CHECKIN)
        return checkin_answered(db, r, done_at);
    return RECOV_OK;
}

/* Its series goes on whether this one was shown or outlived its life. */
int recov_remind_next_occurrence(struct recov_db *db, const struct recov_reminder *r, time_t now)
{
    struct recov_reminder next = *r;
    int added;
    if (r->repeat_secs <= 0)
        return RECOV_OK;
    while (next.due <= now)
        next.due += next.repeat_secs;
    next.expires_at = next.due + next.repeat_secs;
    next.created_at = now;
    next.snoozes = 0;
    return recov_store_remind_add(db, &next, &added);
}

/* The settlers of every open cool-down in one read of the log, so that a
 * sweep costs the same whether a day holds one workout or a thousand. */
static int open_settlers(struct recov_db *db, const struct recov_config *cfg,
                         const struct recov_reminders *open, struct recov_settlers *out)
{
    time_t from = 0, until = 0;
    for (size_t i = 0; i < open->n; i++) {
        const struct recov_reminder *r = &open->v[i];
        if (!is_cooldown(r))
            continue;
        if (!from || r->anchor < from)
            from = r->anchor;
        if (r->expires_at > until)
            until = r->expires_at;
    }
    return from ? read_settlers(db, cfg, from, until, out) : RECOV_OK;
}

int recov_remind_sweep(struct recov_db *db, const struct recov_config *cfg, time_t now)
{
    struct recov_reminders open = {0}, old = {0};
    struct recov_settlers settlers = {0};
    int rc = recov_store_remind_open(db, now, &open);
    if (rc == RECOV_OK)
        rc = open_settlers(db, cfg, &open, &settlers);
    for (size_t i = 0; rc == RECOV_OK && i < open.n; i++) {
        struct recov_reminder *r = &open.v[i];
        if (is_cooldown(r))
            r->done_at = cooldown_done_at(&settlers, r);
        else if ((rc = recov_remind_settled(db, cfg, r, &r->done_at)))
            continue;
        if (!r->done_at)
            continue;
        r->state = RECOV_REMIND_ACKNOWLEDGED;
        rc = recov_store_remind_update(db, r);
    }
    if (rc == RECOV_OK)
        rc = recov_store_remind_expiring(db, now, &old);
    for (size_t i = 0; rc == RECOV_OK && i < old.n; i++) {
        old.v[i].state = RECOV_REMIND_EXPIRED;
        rc = recov_store_remind_update(db, &old.v[i]);
        if (rc == RECOV_OK)
            rc = recov_remind_next_occurrence(db, &old.v[i], now);
    }
    free(settlers.v);
    recov_reminders_free(&open);
    recov_reminders_free(&old);
    return rc;
}

/* The index of the series' reminder in list, or -1. */
static long find_series(const struct recov_reminders *list, const char *series)
{
    for (size_t i = 0; i < list->n; i++)
        if (!strcmp(list->v[i].series, series))
            return (long)i;
    return -1;
}

static int series_in(const struct recov_reminders *list, const char *series)
{
    return find_series(list, series) >= 0;
}

/* A live warning says what the advice says now: its reason ("sore for 9
 * days, logged yesterday") moves on with the log, and a repeat shown
 * tomorrow must not read as of the day the series began. */
static int refresh_warning(struct recov_db *db, struct recov_reminder *r,
                           const struct recov_reminder *w)
{
    if (!strcmp(r->summary, w->summary) && !strcmp(r->body, w->body))
        return RECOV_OK;
    memcpy(r->summary, w->summary, sizeof r->summary);
    memcpy(r->body, w->body, sizeof r->body);
    return recov_store_remind_update(db, r);
}

/* Schedules the warning of one suggestion unless it is live (then brings
 * its text up to date) or dealt with. */
static int start_warning(struct recov_db *db, struct recov_reminders *live,
                         struct recov_reminder *w)
{
    int suppressed, added;
    long i = find_series(live, w->series);
    if (i >= 0)
        return refresh_warning(db, &live->v[i], w);
    if (recov_store_remind_suppressed(db, w->series, &suppressed))
        return RECOV_EIO;
    return suppressed ? RECOV_OK : recov_store_remind_add(db, w, &added);
}

/* The one place that says a warning's episode is over, so that it resolves
 * (and a later episode warns again). Today: the advice as of now no longer
 * calls for its series. An episode model per region and side can answer
 * here instead without touching the rest. */
static int warning_resolved(const struct recov_reminders *firing, const struct recov_reminder *w)
{
    return !series_in(firing, w->series);
}

int recov_remind_warnings(struct recov_db *db, time_t now, const struct recov_advice *advice)
{
    struct recov_reminders live = {0}, open = {0}, firing = {0};
    int rc = recov_store_remind_live(db, RECOV_REMIND_WARNING, &live);
    if (rc == RECOV_OK)
        rc = recov_store_remind_unresolved(db, &open);
    for (size_t i = 0; rc == RECOV_OK && i < advice->n; i++) {
        struct recov_reminder w;
        if (!recov_remind_warning(advice, &advice->v[i], now, &w) || series_in(&firing, w.series))
            continue;
        rc = recov_reminders_push(&firing, &w);
        if (rc)
            break;
        rc = start_warning(db, &live, &w);
    }
    for (size_t i = 0; rc == RECOV_OK && i < open.n; i++)
        if (warning_resolved(&firing, &open.v[i]))
            rc = recov_store_remind_resolve(db, open.v[i].series, now);
    recov_reminders_free(&live);
    recov_reminders_free(&open);
    recov_reminders_free(&firing);
    return rc;
}

/* A cool-down still to come that the advice now rules out for every
 * region it names is called off, as suggest no longer gives it: a sprained
 * ankle logged after a run must not be followed by "cool down: 5-10 min of
 * easy walking". Undo of the write brings it back with the entry. */
static int call_off_cooldowns(struct recov_db *db, const struct recov_advice *advice)
{
    struct recov_reminders live = {0};
    int rc = recov_store_remind_live(db, RECOV_REMIND_COOLDOWN, &live);
    for (size_t i = 0; rc == RECOV_OK && i < live.n; i++) {
        struct recov_reminder *r = &live.v[i];
        uint32_t regions = r->regions ? r->regions : RECOV_REGION_ALL;
        int speaks = 0;
        for (int g = 0; !speaks && g < RECOV_REGION_COUNT; g++)
            speaks = (regions & RECOV_REGION_BIT(g)) &&
                     !recov_advice_rules_out(advice, RECOV_ADVICE_COOL_DOWN, g);
        if (speaks)
            continue;
        rc = recov_journal_keep_reminder(db, r->id);
        r->state = RECOV_REMIND_CANCELLED;
        if (rc == RECOV_OK)
            rc = recov_store_remind_update(db, r);
    }
    recov_reminders_free(&live);
    return rc;
}

int recov_remind_follow(struct recov_db *db, time_t now, const struct recov_advice *advice)
{
    int rc = recov_remind_warnings(db, now, advice);
    return rc ? rc : call_off_cooldowns(db, advice);
}

int recov_remind_follow_log(struct recov_db *db, const struct recov_config *cfg, time_t now)
{
    struct recov_advice advice = {0};
    int rc = recov_advice_from_db(db, cfg, now, 0, &advice);
    if (rc == RECOV_OK)
        rc = recov_remind_follow(db, now, &advice);
    recov_advice_free(&advice);
    return rc;
}

int recov_remind_after_save(struct recov_db *db, const struct recov_config *cfg, time_t now,
                            const struct recov_entries *saved, const struct recov_advice *advice)
{
    int rc = recov_remind_schedule(db, cfg, now, saved);
    if (rc == RECOV_OK)
        rc = recov_remind_follow(db, now, advice);
    return rc ? rc : recov_remind_sweep(db, cfg, now);
}

/* ---- the user's answers ---- */

struct answer {
    int64_t id;
    time_t now;
    int minutes;
    enum recov_remind_state to;
    int shown;                  /* snooze: pressed on the notice itself */
};

static int refuse(const struct recov_reminder *r, const char *verb, const char *allowed)
{
    recov_error_set("reminder '%lld' is %s: only %s reminders can be %s", (long long)r->id,
                    recov_remind_state_name(r->state), allowed, verb);
    return RECOV_EINPUT;
}

/* The reminder an answer is about, with its state as of the answer (a
 * pending one past its life is expired); *live when it is still to come. */
static int answered(struct recov_db *db, const struct answer *a, struct recov_reminder *r,
                    int *live)
{
    int rc = recov_store_remind_get(db, a->id, r);
    if (rc)
        return rc;
    r->state = recov_remind_state_at(r, a->now);
    *live = r->state == RECOV_REMIND_PENDING || r->state == RECOV_REMIND_SNOOZED;
    return RECOV_OK;
}

static int do_snooze(struct recov_db *db, void *ctx)
{
    const struct answer *a = ctx;
    struct recov_reminder r;
    int live, rc = answered(db, a, &r, &live);
    if (rc)
        return rc;
    /* A finished one stays finished: shown (from a terminal: the notice's
     * own Snooze button may put it off), done, cancelled or expired. */
    if (!live && !(a->shown && r.state == RECOV_REMIND_SENT))
        return refuse(&r, "snoozed", "pending or snoozed");
    time_t due = a->now + (time_t)a->minutes * 60;
    if (due >= r.expires_at) {
        char at[32];
        recov_when_format_local(r.expires_at, at, sizeof at);
        recov_error_set("reminder '%lld' is no use after %s: snooze it for less than %ld min",
                        (long long)r.id, at, (long)((r.expires_at - a->now + 59) / 60));
        return RECOV_EINPUT;
    }
    r.state = RECOV_REMIND_SNOOZED;
    r.due = due;
    r.snoozes++;
    rc = recov_store_remind_update(db, &r);
    return rc ? rc : recov_store_remind_answered(db, r.id, r.state, r.due, a->now);
}

/* Cancel and ack settle the reminder and the live rest of its series. */
static int do_settle(struct recov_db *db, void *ctx)
{
    const struct answer *a = ctx;
    struct recov_reminder r;
    int live, rc = answered(db, a, &r, &live);
    if (rc)
        return rc;
    if (a->to == RECOV_REMIND_CANCELLED && !live)
        return refuse(&r, "cancelled", "pending or snoozed");
    if (a->to == RECOV_REMIND_ACKNOWLEDGED && !live && r.state != RECOV_REMIND_SENT)
        return refuse(&r, "acknowledged", "pending, snoozed or sent");
    r.state = a->to;
    if (recov_store_remind_update(db, &r) ||
        recov_store_remind_answered(db, r.id, r.state, r.due, a->now))
        return RECOV_EIO;
    return recov_store_remind_settle_series(db, r.series, a->to);
}

static int take_answers(struct recov_db *db, void *ctx)
{
    return recov_store_remind_apply_answers(db, *(const time_t *)ctx);
}

int recov_remind_take_answers(struct recov_db *db, time_t now)
{
    return recov_db_write(db, take_answers, &now);
}

int recov_remind_snooze(struct recov_db *db, int64_t id, time_t now, int minutes, int shown)
{
    struct answer a = {id, now, minutes, RECOV_REMIND_SNOOZED, shown};
    return recov_db_write(db, do_snooze, &a);
}

int recov_remind_cancel(struct recov_db *db, int64_t id, time_t now)
{
    struct answer a = {id, now, 0, RECOV_REMIND_CANCELLED, 0};
    return recov_db_write(db, do_settle, &a);
}

int recov_remind_ack(struct recov_db *db, int64_t id, time_t now)
{
    struct answer a = {id, now, 0, RECOV_REMIND_ACKNOWLEDGED, 0};
    return recov_db_write(db, do_settle, &a);
}
