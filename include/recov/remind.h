/* remind: what reminders say and when they are due; scheduling and delivery. */
#ifndef RECOV_REMIND_H
#define RECOV_REMIND_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/advice.h"
#include "recov/config.h"
#include "recov/db.h"
#include "recov/entry.h"
#include "recov/notify.h"
#include "recov/store_remind.h"

/* Where writers of reminders leave word for the daemon: the database's path
 * with this appended. Reading commands never touch it, so they never wake
 * the daemon. */
#define RECOV_REMIND_STAMP "-remind"

/* A claim older than this belongs to a runner that died mid-delivery: every
 * wait on the server is bounded far below it (notify_timeout <= 60 s). */
#define RECOV_REMIND_CLAIM_STALE (5 * 60)
/* Warnings come back daily until acknowledged or the region recovers. */
#define RECOV_REMIND_WARNING_REPEAT (24 * 60 * 60)
/* A check-in for a workout logged this long after its check-in time has
 * passed is not scheduled: it would ask about a day already gone. */
#define RECOV_REMIND_CHECKIN_LATE (12 * 60 * 60)
/* What the daemon's "Snooze" action waits. */
#define RECOV_REMIND_SNOOZE_MINUTES 30
/* The check-in notice's "Check in now" action. */
#define RECOV_REMIND_ACTION_CHECKIN "checkin"

/* ---- pure: no database, no clock ---- */

/* The moment minute (since midnight) on local day `day` (DST-safe). */
time_t recov_remind_local(int day, int minute);
/* 1 when t falls in the configured quiet hours. */
int recov_remind_quiet(const struct recov_remind_config *rc, time_t t);
/* The earliest moment r may be shown: its due time, or the end of the quiet
 * hours that time falls in (critical ones break through when configured). */
time_t recov_remind_release(const struct recov_remind_config *rc, const struct recov_reminder *r);
/* 1 when quiet hours hold r past the end of its life: it will expire, not
 * be shown, and no view may promise it for the end of quiet hours. */
int recov_remind_expires_held(const struct recov_remind_config *rc,
                              const struct recov_reminder *r);
/* The end of minute `minute` of local day `day`: where a life ends. */
time_t recov_remind_day_end(int day, int minute);
/* r's state as of now: a live one past its life is expired, whether or
 * not a runner has recorded that yet. */
enum recov_remind_state recov_remind_state_at(const struct recov_reminder *r, time_t now);
/* From when soreness answers check-in r: its own day (soreness logged the
 * evening of the workout is not the next day's answer), never before its
 * workout ended. */
time_t recov_remind_answer_from(const struct recov_reminder *r);
/* The first weekly reminder time strictly after `after`. */
time_t recov_remind_next_weekly(const struct recov_remind_config *rc, time_t after);

/* Fill out with the cool-down / check-in a workout w (already stored, so
 * w->id is set) calls for, logged at now. Return 1 when one should be
 * scheduled, 0 when not (too long ago, or RPE below checkin_min_rpe). */
int recov_remind_cooldown(const struct recov_config *cfg, time_t now,
                          const struct recov_entry *w, struct recov_reminder *out);
int recov_remind_checkin(const struct recov_config *cfg, time_t now,
                         const struct recov_entry *w, struct recov_reminder *out);
/* Fills out with the morning check-in of now's day that no session called
 * for, as [checkin] mornings allows: asking about the regions still sore
 * (open_regions), or, daily, about the wellness items alone. Returns 1 when the
 * day has one and it is due by now (and not past its life), 0 otherwise. */
int recov_remind_morning_checkin(const struct recov_config *cfg, time_t now,
                                 uint32_t open_regions, struct recov_reminder *out);
/* Rewrites a check-in's body for its (remaining) regions. */
void recov_remind_checkin_body(struct recov_reminder *r);
/* Fills out with the warning a suggestion s of all calls for, worded as
 * recov_words_referral words it. Returns 1 when it is one (severity
 * warning or urgent), 0 otherwise. */
int recov_remind_warning(const struct recov_advice *all, const struct recov_suggestion *s,
                         time_t now, struct recov_reminder *out);
/* The notification for r; the body is written to buf. */
void recov_remind_notice(const struct recov_reminder *r, char *buf, size_t n,
                         struct recov_notice *out);

/* ---- scheduling: called inside the caller's write transaction ---- */

/* Schedules what newly saved entries call for: cool-downs and check-ins for
 * workouts; soreness answers (drops or trims) the check-ins it covers. */
int recov_remind_schedule(struct recov_db *db, const struct recov_config *cfg, time_t now,
                          const struct recov_entries *saved);
/* Brings warnings in line with the advice: a new warning or urgent
 * suggestion schedules an immediate warning (unless the user already
 * acknowledged or cancelled it); a live one gets the advice's text as of
 * now; a warning whose condition is gone is resolved. */
int recov_remind_warnings(struct recov_db *db, time_t now, const struct recov_advice *advice);

/* Settles what the log has done (a cool-down logged, a check-in answered:
 * acknowledged, with done_at) and expires what outlived its life (a
 * repeating warning gets its next occurrence). Inside the caller's write. */
int recov_remind_sweep(struct recov_db *db, const struct recov_config *cfg, time_t now);
/* Schedules the next occurrence of a repeating r after now (none: 0). */
int recov_remind_next_occurrence(struct recov_db *db, const struct recov_reminder *r, time_t now);
/* *done_at: when the log did what r asks for (0: not yet). Read only. */
int recov_remind_settled(struct recov_db *db, const struct recov_config *cfg,
                         const struct recov_reminder *r, time_t *done_at);

/* The warnings above, and the cool-downs still to come that the advice
 * now rules out called off: what a change to the log calls for, whatever
 * the change (advice: the whole advice as of now, after it). */
int recov_remind_follow(struct recov_db *db, time_t now, const struct recov_advice *advice);
/* The same, the advice computed here from the log: for a change that is
 * no new entry of this device's (a removal, an undo or redo, a sync). */
int recov_remind_follow_log(struct recov_db *db, const struct recov_config *cfg, time_t now);

/* All of the above; advice is the whole advice as of now, computed once by
 * the caller inside the same transaction. */
int recov_remind_after_save(struct recov_db *db, const struct recov_config *cfg, time_t now,
                            const struct recov_entries *saved, const struct recov_advice *advice);

/* ---- delivery: each step is its own transaction ---- */

/* The weekly reminder: keeps the next one scheduled (or cancels it when
 * switched off) and gives due ones the week's figures. */
int recov_remind_prepare(struct recov_db *db, const struct recov_config *cfg, time_t now);

struct recov_remind_runner {
    int dry_run;
    int64_t token;              /* this runner's claims (recov_remind_token) */
    /* Called once before the first claim: 0 when a server is there, else
     * RECOV_ENOBUS, and nothing is claimed (may be NULL). */
    int (*ready)(void *ctx);
    /* Whether someone is at the screen; away: nothing is shown (may be NULL). */
    enum recov_presence (*presence)(void *ctx);
    /* Shows r in place of notice `replaces` (0: none); *server_id is the
     * server's id. 0, RECOV_NOTIFY_UNANSWERED (maybe shown), RECOV_ENOBUS
     * (server gone: stop), RECOV_EIO (refused). */
    int (*send)(const struct recov_reminder *r, uint32_t replaces, uint32_t *server_id,
                void *ctx);
    /* Takes notice server_id off the screen: 0 or RECOV_ENOBUS (may be NULL). */
    int (*withdraw)(uint32_t server_id, void *ctx);
    /* What happened to r: "sent", "unanswered" (maybe shown), "failed",
     * "away" (held: screen locked or idle); in a dry run also "would send"
     * and "held" (quiet hours; `when` is when they end). May be NULL. */
    void (*report)(const struct recov_reminder *r, const char *event, time_t when, void *ctx);
    void *ctx;
    /* Set (by a signal handler) to stop after the reminder being shown. */
    volatile sig_atomic_t *stop;
    int sent, held, failed, closed;
    enum recov_presence away;   /* why reminders were held: not present */
};
/* A claim token unique to this process and moment. */
int64_t recov_remind_token(void);
/* Sends every reminder due at now, each claimed first so that concurrent
 * runners never show it twice; a failed attempt leaves it live. Returns 0,
 * RECOV_ENOBUS (no server: the rest stay live) or RECOV_EIO. */
int recov_remind_deliver(struct recov_db *db, const struct recov_config *cfg, time_t now,
                         struct recov_remind_runner *run);
/* The next moment a live reminder may be shown, or 0 when none is live. */
int recov_remind_next(struct recov_db *db, const struct recov_config *cfg, time_t *next);

/* ---- the user's answers ---- */

/* Shows it again `minutes` after now: pending or snoozed ones, and a sent
 * one when the user pressed Snooze on its notice (shown = 1). Never past
 * its life. RECOV_ENOTFOUND / RECOV_EINPUT with a message when it cannot
 * be. */
int recov_remind_snooze(struct recov_db *db, int64_t id, time_t now, int minutes, int shown);
/* With [sync] reminders = shared: settles, in one transaction, what other
 * devices answered (see recov_store_remind_apply_answers). 0 or RECOV_EIO. */
int recov_remind_take_answers(struct recov_db *db, time_t now);
/* Never shows it (pending or snoozed ones), nor the rest of its series. */
int recov_remind_cancel(struct recov_db *db, int64_t id, time_t now);
/* The user dealt with it: it and the rest of its series stop. */
int recov_remind_ack(struct recov_db *db, int64_t id, time_t now);

/* Tells a running daemon that reminders changed (after the commit): touches
 * the stamp file beside the database. Returns 0 or RECOV_EIO. */
int recov_remind_changed(const char *db_path);

#endif
