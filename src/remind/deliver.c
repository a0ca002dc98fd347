/* remind/deliver: showing due reminders exactly once, and the weekly one. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "recov/checkin.h"
#include "recov/error.h"
#include "recov/remind.h"
#include "recov/store.h"
#include "recov/when.h"

int64_t recov_remind_token(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ((int64_t)getpid() << 32) ^ ((int64_t)ts.tv_sec << 20) ^ (int64_t)ts.tv_nsec;
}

/* ---- the weekly reminder ---- */

/* "This week: 4 sessions, 3 h 35 min, load 1290 AU." from the log. */
static int week_headline(struct recov_db *db, time_t now, char *buf, size_t n)
{
    struct recov_entries week = {0};
    int today = recov_day_of(now), minutes = 0, load = 0;
    char dur[32];
    if (recov_store_range(db, recov_day_start(today - 6), recov_day_start(today + 1),
                          1u << RECOV_KIND_WORKOUT, &week))
        return RECOV_EIO;
    for (size_t i = 0; i < week.n; i++) {
        minutes += week.v[i].minutes;
        load += recov_entry_load(&week.v[i]);
    }
    recov_duration_format(minutes, dur, sizeof dur);
    snprintf(buf, n, "The last 7 days: %zu session%s, %s, load %d AU (RPE x minutes). "
                     "Details: recov summary :7d",
             week.n, week.n == 1 ? "" : "s", week.n ? dur : "0 min", load);
    recov_entries_free(&week);
    return RECOV_OK;
}

struct prepare_ctx {
    const struct recov_config *cfg;
    time_t now;
};

static int schedule_weekly(struct recov_db *db, const struct prepare_ctx *p,
                           const struct recov_reminders *live)
{
    for (size_t i = 0; i < live->n; i++)
        if (live->v[i].due > p->now)
            return RECOV_OK; /* the next one is already there */
    struct recov_reminder r = {0};
    int added;
    r.kind = RECOV_REMIND_WEEKLY;
    r.urgency = RECOV_URGENCY_LOW;
    r.due = recov_remind_next_weekly(&p->cfg->remind, p->now);
    r.created_at = p->now;
    r.expires_at = recov_remind_day_end(recov_day_of(r.due), p->cfg->remind.weekly_until);
    snprintf(r.series, sizeof r.series, "weekly:%d", recov_day_of(r.due));
    snprintf(r.summary, sizeof r.summary, "Your training week");
    snprintf(r.body, sizeof r.body, "The week's figures are filled in when it is due.");
    return recov_store_remind_add(db, &r, &added);
}

/* The morning's check-in when no session called for one: a region still
 * sore (an open episode, as `recov checkin` sees it), or every day when
 * configured. Once a day: a check-in of the day in any state stands. */
static int schedule_morning(struct recov_db *db, const struct prepare_ctx *p)
{
    struct recov_reminder r;
    struct recov_checkin c;
    char series[sizeof r.series];
    uint32_t open = 0;
    int have, added;
    snprintf(series, sizeof series, "checkin:%d", recov_day_of(p->now));
    /* Asked for every region first: is one due by now at all? Before it
     * is, nothing is read (the daemon asks every few minutes). */
    if (!recov_remind_morning_checkin(p->cfg, p->now, RECOV_REGION_ALL, &r))
        return RECOV_OK;
    if (recov_store_remind_series_exists(db, series, &have))
        return RECOV_EIO;
    if (have)
        return RECOV_OK;
    int rc = recov_checkin_from_db(db, p->cfg, p->now, &c);
    for (int i = 0; rc == RECOV_OK && i < c.n; i++)
        if (c.q[i].open)
            open |= RECOV_REGION_BIT(c.q[i].region);
    if (rc == RECOV_OK && recov_remind_morning_checkin(p->cfg, p->now, open, &r))
        rc = recov_store_remind_add(db, &r, &added);
    return rc;
}

static int do_prepare(struct recov_db *db, void *ctx)
{
    const struct prepare_ctx *p = ctx;
    struct recov_reminders live = {0};
    int rc = recov_store_remind_live(db, RECOV_REMIND_WEEKLY, &live);
    for (size_t i = 0; rc == RECOV_OK && i < live.n; i++) {
        struct recov_reminder *r = &live.v[i];
        if (!p->cfg->remind.weekly_enabled)
            r->state = RECOV_REMIND_CANCELLED;
        else if (r->due > p->now)
            continue;
        else
            rc = week_headline(db, p->now, r->body, sizeof r->body);
        if (rc == RECOV_OK)
            rc = recov_store_remind_update(db, r);
    }
    if (rc == RECOV_OK && p->cfg->remind.weekly_enabled)
        rc = schedule_weekly(db, p, &live);
    if (rc == RECOV_OK)
        rc = schedule_morning(db, p);
    /* Before anything is shown: what another device answered is settled. */
    if (rc == RECOV_OK && p->cfg->sync.reminders == RECOV_SYNC_REMINDERS_SHARED)
        rc = recov_store_remind_apply_answers(db, p->now);
    recov_reminders_free(&live);
    return rc;
}

int recov_remind_prepare(struct recov_db *db, const struct recov_config *cfg, time_t now)
{
    struct prepare_ctx p = {cfg, now};
    return recov_db_write(db, do_prepare, &p);
}

/* ---- delivery ---- */

struct step {
    const struct recov_config *cfg;
    struct recov_reminder *r;
    int64_t token;
    time_t now;
    int got;
    uint32_t replaces, server_id;
};

/* Re-checked at the last moment: logged meanwhile, or past its life. */
static int finished(struct recov_db *db, struct step *s)
{
    struct recov_reminder *r = s->r;
    if (recov_remind_settled(db, s->cfg, r, &r->done_at))
        return RECOV_EIO;
    if (r->done_at)
        r->state = RECOV_REMIND_ACKNOWLEDGED;
    else if (r->expires_at <= s->now)
        r->state = RECOV_REMIND_EXPIRED;
    else
        return RECOV_OK;
    s->got = 0;
    if (recov_store_remind_update(db, r))
        return RECOV_EIO;
    return r->state == RECOV_REMIND_EXPIRED ? recov_remind_next_occurrence(db, r, s->now)
                                            : RECOV_OK;
}

/* Claims r and re-reads it, so what is shown is what is stored now; finds
 * the notice it replaces (its own, shown before a snooze, or its series'). */
static int do_claim(struct recov_db *db, void *ctx)
{
    struct step *s = ctx;
    if (recov_store_remind_claim(db, s->r->id, s->token, s->now,
                                 s->now - RECOV_REMIND_CLAIM_STALE, &s->got))
        return RECOV_EIO;
    if (!s->got)
        return RECOV_OK;
    if (recov_store_remind_get(db, s->r->id, s->r) || finished(db, s))
        return RECOV_EIO;
    s->replaces = s->r->notify_id;
    if (s->got && !s->replaces)
        return recov_store_remind_series_notice(db, s->r->series, &s->replaces);
    return RECOV_OK;
}

/* Records r as shown with the server's id (one statement); a repeating
 * one gets its next occurrence. */
static int do_sent(struct recov_db *db, void *ctx)
{
    struct step *s = ctx;
    if (recov_store_remind_sent(db, s->r->id, s->token, s->now, s->server_id, &s->got))
        return RECOV_EIO;
    return s->got ? recov_remind_next_occurrence(db, s->r, s->now) : RECOV_OK;
}

static int do_release(struct recov_db *db, void *ctx)
{
    struct step *s = ctx;
    return recov_store_remind_release(db, s->r->id, s->token);
}

static int do_sweep(struct recov_db *db, void *ctx)
{
    const struct step *s = ctx;
    return recov_remind_sweep(db, s->cfg, s->now);
}

static void report(struct recov_remind_runner *run, const struct recov_reminder *r,
                   const char *event, time_t when)
{
    if (run->report)
        run->report(r, event, when, run->ctx);
}

/* Claims, shows and records one reminder. Returns 0 (shown, refused by the
 * server and counted in run->failed, or another runner has it),
 * RECOV_ENOBUS or RECOV_EIO; whatever was not shown stays live. *hung is 1
 * when the server took the notice without answering: the rest wait for
 * a later run, so that one run waits on a hung server only once. */
static int deliver_one(struct recov_db *db, const struct recov_config *cfg, time_t now,
                       struct recov_remind_runner *run, struct recov_reminder *r, int *hung)
{
    struct step s = {cfg, r, run->token, now, 0, 0, 0};
    if (recov_db_write(db, do_claim, &s))
        return RECOV_EIO;
    if (!s.got)
        return RECOV_OK;
    int rc = run->send(r, s.replaces, &s.server_id, run->ctx);
    /* From the server's answer to this commit is the window in which a
     * runner killed shows the reminder again (at least once, never lost). */
    if (rc == RECOV_OK || rc == RECOV_NOTIFY_UNANSWERED) {
        int unanswered = rc == RECOV_NOTIFY_UNANSWERED;
        *hung = unanswered;
        rc = recov_db_write(db, do_sent, &s);
        if (rc == RECOV_OK) {
            run->sent++;
            report(run, r, unanswered ? "unanswered" : "sent", now);
        }
        return rc;
    }
    char why[512];
    snprintf(why, sizeof why, "%s", recov_error_get());
    recov_db_write(db, do_release, &s);
    recov_error_set("%s", why);
    report(run, r, "failed", now);
    if (rc == RECOV_ENOBUS)
        return rc;
    run->failed++;
    return RECOV_OK;
}

struct pass {
    struct recov_db *db;
    const struct recov_config *cfg;
    time_t now;
    struct recov_remind_runner *run;
    int asked;                  /* ready() was called */
    int ready_rc;
    int looked;                 /* presence() was called */
};

/* Asks once per run whether a server is there. */
static int ready(struct pass *p)
{
    if (!p->asked++)
        p->ready_rc = p->run->ready ? p->run->ready(p->run->ctx) : RECOV_OK;
    return p->ready_rc;
}

/* Takes down notices of reminders settled or expired since they were shown
 * (by this runner or by commands that cannot reach the desktop). */
static int closed_one(struct recov_db *db, void *ctx)
{
    const struct recov_reminder *r = ctx;
    return recov_store_remind_closed(db, r->id);
}

static int close_notices(struct pass *p)
{
    struct recov_reminders list = {0};
    int rc = p->run->withdraw ? recov_store_remind_to_close(p->db, &list) : RECOV_OK;
    if (rc == RECOV_OK && list.n && ready(p) == RECOV_OK) {
        for (size_t i = 0; rc == RECOV_OK && i < list.n; i++) {
            if (p->run->withdraw(list.v[i].notify_id, p->run->ctx))
                break; /* server gone: the next runner closes the rest */
            struct recov_reminder *r = &list.v[i];
            rc = recov_db_write(p->db, closed_one, r);
            p->run->closed++;
        }
    }
    recov_reminders_free(&list);
    return rc;
}

/* Holds or shows one due reminder; 1 in *stop when the rest must wait. */
static int handle(struct pass *p, struct recov_reminder *r, int *stop)
{
    struct recov_remind_runner *run = p->run;
    time_t release = recov_remind_release(&p->cfg->remind, r);
    time_t done_at;
    if (r->due > p->now)
        return RECOV_OK;
    if (run->dry_run && (recov_remind_state_at(r, p->now) == RECOV_REMIND_EXPIRED ||
                         (recov_remind_settled(p->db, p->cfg, r, &done_at) == RECOV_OK &&
                          done_at)))
        return RECOV_OK; /* a real run would settle or expire it, not show it */
    if (release > p->now) {
        /* Said only when asked: a timer or the daemon would repeat it
         * all night. */
        run->held++;
        if (run->dry_run)
            report(run, r, "held", release);
        return RECOV_OK;
    }
    if (run->dry_run) {
        report(run, r, "would send", p->now);
        return RECOV_OK;
    }
    int rc = ready(p);
    if (rc) {
        *stop = 1; /* no server: leave every row as it is, unclaimed */
        return rc;
    }
    if (!p->looked++ && run->presence)
        run->away = run->presence(run->ctx);
    if (run->away != RECOV_PRESENT) {
        run->held++;
        report(run, r, "away", 0);
        return RECOV_OK;
    }
    return deliver_one(p->db, p->cfg, p->now, run, r, stop);
}

int recov_remind_deliver(struct recov_db *db, const struct recov_config *cfg, time_t now,
                         struct recov_remind_runner *run)
{
    struct recov_reminders live = {0};
    struct pass p = {db, cfg, now, run, 0, RECOV_OK, 0};
    struct step s = {cfg, NULL, run->token, now, 0, 0, 0};
    int rc = run->dry_run ? RECOV_OK : recov_remind_prepare(db, cfg, now);
    if (rc == RECOV_OK && !run->dry_run)
        rc = recov_db_write(db, do_sweep, &s);
    if (rc == RECOV_OK && !run->dry_run)
        rc = close_notices(&p);
    if (rc == RECOV_OK)
        rc = recov_store_remind_live(db, -1, &live);
    int stop = 0;
    for (size_t i = 0; rc == RECOV_OK && !stop && i < live.n; i++) {
        if (run->stop && *run->stop)
            break; /* a signal: finish what was being shown, then stop */
        rc = handle(&p, &live.v[i], &stop);
    }
    recov_reminders_free(&live);
    return rc;
}

int recov_remind_next(struct recov_db *db, const struct recov_config *cfg, time_t *next)
{
    struct recov_reminders live = {0};
    *next = 0;
    if (recov_store_remind_live(db, -1, &live))
        return RECOV_EIO;
    for (size_t i = 0; i < live.n; i++) {
        /* Shown then, or expired then (a repeating one goes on). */
        time_t t = recov_remind_release(&cfg->remind, &live.v[i]);
        if (live.v[i].expires_at < t)
            t = live.v[i].expires_at;
        if (*next == 0 || t < *next)
            *next = t;
    }
    recov_reminders_free(&live);
    return RECOV_OK;
}
