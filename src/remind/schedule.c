/* remind/schedule: writing reminders as entries are saved, and the user's answers. */
#include <stdio.h>
#include <string.h>

#include "recov/advice_input.h"
#include "recov/error.h"
#include "recov/remind.h"
#include "recov/vocab.h"

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

/* Soreness logged after a workout answers the check-in about it: the
 * regions logged are taken off, and a check-in left with none is dropped. */
static int answer_checkins(struct recov_db *db, const struct recov_entries *saved)
{
    struct recov_reminders live = {0};
    int rc = recov_store_remind_live(db, RECOV_REMIND_CHECKIN, &live);
    for (size_t i = 0; rc == RECOV_OK && i < live.n; i++) {
        struct recov_reminder *r = &live.v[i];
        uint32_t answered = 0;
        int any = 0;
        for (size_t j = 0; j < saved->n; j++) {
            const struct recov_entry *e = &saved->v[j];
            if (e->kind != RECOV_KIND_SORENESS || e->at < r->anchor)
                continue;
            answered |= RECOV_REGION_BIT(e->region);
            any = 1;
        }
        if (!any || (r->regions && !(r->regions & answered)))
            continue;
        r->regions &= ~answered;
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
    return answer_checkins(db, saved);
}

static int series_in(const struct recov_reminders *list, const char *series)
{
    for (size_t i = 0; i < list->n; i++)
        if (!strcmp(list->v[i].series, series))
            return 1;
    return 0;
}

/* Schedules the warning of one suggestion unless it is live or dealt with. */
static int start_warning(struct recov_db *db, const struct recov_reminders *live,
                         struct recov_reminder *w)
{
    int suppressed, added;
    if (series_in(live, w->series))
        return RECOV_OK;
    if (recov_store_remind_suppressed(db, w->series, &suppressed))
        return RECOV_EIO;
    return suppressed ? RECOV_OK : recov_store_remind_add(db, w, &added);
}

int recov_remind_warnings(struct recov_db *db, time_t now, const struct recov_advice *advice)
{
    struct recov_reminders live = {0}, open = {0}, firing = {0};
    int rc = recov_store_remind_live(db, RECOV_REMIND_WARNING, &live);
    if (rc == RECOV_OK)
        rc = recov_store_remind_unresolved(db, &open);
    for (size_t i = 0; rc == RECOV_OK && i < advice->n; i++) {
        struct recov_reminder w;
        if (!recov_remind_warning(&advice->v[i], now, &w) || series_in(&firing, w.series))
            continue;
        rc = recov_reminders_push(&firing, &w);
        if (rc)
            break;
        rc = start_warning(db, &live, &w);
    }
    for (size_t i = 0; rc == RECOV_OK && i < open.n; i++)
        if (!series_in(&firing, open.v[i].series))
            rc = recov_store_remind_resolve(db, open.v[i].series, now);
    recov_reminders_free(&live);
    recov_reminders_free(&open);
    recov_reminders_free(&firing);
    return rc;
}

int recov_remind_after_save(struct recov_db *db, const struct recov_config *cfg, time_t now,
                            const struct recov_entries *saved, const struct recov_advice *advice)
{
    int rc = recov_remind_schedule(db, cfg, now, saved);
    return rc ? rc : recov_remind_warnings(db, now, advice);
}

/* ---- the user's answers ---- */

struct answer {
    int64_t id;
    time_t now;
    int minutes;
    enum recov_remind_state to;
};

static int refuse(const struct recov_reminder *r, const char *verb, const char *allowed)
{
    recov_error_set("reminder '%lld' is %s: only %s reminders can be %s", (long long)r->id,
                    recov_remind_state_name(r->state), allowed, verb);
    return RECOV_EINPUT;
}

static int do_snooze(struct recov_db *db, void *ctx)
{
    const struct answer *a = ctx;
    struct recov_reminder r;
    int rc = recov_store_remind_get(db, a->id, &r);
    if (rc)
        return rc;
    if (r.state != RECOV_REMIND_PENDING && r.state != RECOV_REMIND_SNOOZED &&
        r.state != RECOV_REMIND_SENT)
        return refuse(&r, "snoozed", "pending, snoozed or sent");
    r.state = RECOV_REMIND_SNOOZED;
    r.due = a->now + (time_t)a->minutes * 60;
    return recov_store_remind_update(db, &r);
}

/* Cancel and ack settle the reminder and the live rest of its series. */
static int do_settle(struct recov_db *db, void *ctx)
{
    const struct answer *a = ctx;
    struct recov_reminder r;
    int rc = recov_store_remind_get(db, a->id, &r);
    if (rc)
        return rc;
    int live = r.state == RECOV_REMIND_PENDING || r.state == RECOV_REMIND_SNOOZED;
    if (a->to == RECOV_REMIND_CANCELLED && !live)
        return refuse(&r, "cancelled", "pending or snoozed");
    if (a->to == RECOV_REMIND_ACKNOWLEDGED && !live && r.state != RECOV_REMIND_SENT)
        return refuse(&r, "acknowledged", "pending, snoozed or sent");
    r.state = a->to;
    if (recov_store_remind_update(db, &r))
        return RECOV_EIO;
    return recov_store_remind_settle_series(db, r.series, a->to);
}

int recov_remind_snooze(struct recov_db *db, int64_t id, time_t now, int minutes)
{
    struct answer a = {id, now, minutes, RECOV_REMIND_SNOOZED};
    return recov_db_write(db, do_snooze, &a);
}

int recov_remind_cancel(struct recov_db *db, int64_t id)
{
    struct answer a = {id, 0, 0, RECOV_REMIND_CANCELLED};
    return recov_db_write(db, do_settle, &a);
}

int recov_remind_ack(struct recov_db *db, int64_t id)
{
    struct answer a = {id, 0, 0, RECOV_REMIND_ACKNOWLEDGED};
    return recov_db_write(db, do_settle, &a);
}
