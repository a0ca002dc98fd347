/* store_remind: reminders as stored (all reminder SQL lives in store_remind.c). */
#ifndef RECOV_STORE_REMIND_H
#define RECOV_STORE_REMIND_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/db.h"
#include "recov/notify.h"

/* Public names (JSON "kind" / "state"): see the name functions below. */
enum recov_remind_kind {
    RECOV_REMIND_COOLDOWN, RECOV_REMIND_CHECKIN, RECOV_REMIND_WARNING, RECOV_REMIND_WEEKLY,
};
enum recov_remind_state {
    RECOV_REMIND_PENDING, RECOV_REMIND_SENT, RECOV_REMIND_SNOOZED, RECOV_REMIND_CANCELLED,
    RECOV_REMIND_ACKNOWLEDGED, RECOV_REMIND_EXPIRED,
};

struct recov_reminder {
    int64_t id;                 /* 0 until stored */
    enum recov_remind_kind kind;
    time_t due;
    enum recov_remind_state state;
    enum recov_urgency urgency;
    char summary[256];
    char body[768];
    uint32_t regions;
    int64_t entry_id;           /* 0: none */
    char rule[32];              /* advice rule of a warning, else "" */
    char series[64];            /* rows that are one reminder over time */
    time_t anchor;              /* the workout's end: the log settles it from then on */
    int repeat_secs;            /* shown again this long after, until settled; 0: once */
    time_t sent_at;             /* 0: never */
    time_t created_at;
    time_t expires_at;          /* never shown from then on: it expires */
    uint32_t notify_id;         /* the server's id when shown; 0: not (or no answer) */
    time_t done_at;             /* what it asked for was logged then; 0: not */
    int snoozes;                /* times the user put it off */
};

/* How reminders fared over a period (rows due in it, up to now). */
struct recov_adherence {
    time_t now;                 /* in: rows due after it are still to come */
    int checkins_shown, checkins_answered;  /* answered: soreness logged for it */
    int cooldowns_due, cooldowns_done;      /* done: within the cool-down's life */
    int snoozes, expired;
};

struct recov_reminders {
    struct recov_reminder *v;
    size_t n, cap;
};
/* Appends a copy of r. Returns 0 or RECOV_EIO (out of memory). */
int recov_reminders_push(struct recov_reminders *list, const struct recov_reminder *r);
void recov_reminders_free(struct recov_reminders *list);

const char *recov_remind_kind_name(enum recov_remind_kind kind);
const char *recov_remind_state_name(enum recov_remind_state state);
const char *recov_urgency_name(enum recov_urgency urgency);

/* Every function returns 0 or RECOV_EIO (message set) unless it says more.
 * None opens a transaction: callers wrap writes in recov_db_write. */

/* Inserts r unless its series already has a pending row (then *added is 0
 * and nothing changes). Sets r->id when added. */
int recov_store_remind_add(struct recov_db *db, struct recov_reminder *r, int *added);
/* The pending row of a series: 0, or RECOV_ENOTFOUND (no message). */
int recov_store_remind_pending(struct recov_db *db, const char *series,
                               struct recov_reminder *out);
/* One row by id: 0, or RECOV_ENOTFOUND with a message naming the id. */
int recov_store_remind_get(struct recov_db *db, int64_t id, struct recov_reminder *out);
/* Rows still to be shown (pending or snoozed) of kind (-1: any), by due. */
int recov_store_remind_live(struct recov_db *db, int kind, struct recov_reminders *out);
/* Rows still to come at now (live, within their life); now 0: every row. */
int recov_store_remind_list(struct recov_db *db, time_t now, struct recov_reminders *out);
/* Rewrites what a row says and its state/due (id, due, state, regions,
 * summary, body). */
int recov_store_remind_update(struct recov_db *db, const struct recov_reminder *r);
/* Sets state on the live rows of a series. */
int recov_store_remind_settle_series(struct recov_db *db, const char *series,
                                     enum recov_remind_state state);

/* Marks a live row due by now as being shown by runner `token`, unless
 * another runner holds a claim newer than stale_before (or it was snoozed
 * or settled meanwhile). *got is 1 when this runner won. */
int recov_store_remind_claim(struct recov_db *db, int64_t id, int64_t token, time_t now,
                             time_t stale_before, int *got);
/* Gives a claim back: the row stays live for a later attempt. */
int recov_store_remind_release(struct recov_db *db, int64_t id, int64_t token);
/* Records a claimed row as shown, with the server's id for it (0: the
 * server took the call without answering). *done is 0 when the claim was
 * lost. */
int recov_store_remind_sent(struct recov_db *db, int64_t id, int64_t token, time_t now,
                            uint32_t notify_id, int *done);

/* 1 in *yes when the series was acknowledged or cancelled and has not been
 * resolved since (a warning the user already dealt with). */
int recov_store_remind_suppressed(struct recov_db *db, const char *series, int *yes);
/* 1 in *yes when the series has a row in any state. */
int recov_store_remind_series_exists(struct recov_db *db, const char *series, int *yes);
/* The warning's condition went away: live rows are cancelled and the whole
 * series is marked resolved, so a new episode warns again. */
int recov_store_remind_resolve(struct recov_db *db, const char *series, time_t now);
/* One row (the newest) per warning series not yet resolved, any state. */
int recov_store_remind_unresolved(struct recov_db *db, struct recov_reminders *out);

/* Live rows whose life ended by now. */
int recov_store_remind_expiring(struct recov_db *db, time_t now, struct recov_reminders *out);
/* Cool-downs and check-ins that the log may still settle: live or sent,
 * not done, within their life. */
int recov_store_remind_open(struct recov_db *db, time_t now, struct recov_reminders *out);
/* An entry that can settle a cool-down: an action or a workout whose name
 * is one of the config's cool-down actions. */
struct recov_settler {
    int64_t id;
    time_t at, end;
    uint32_t regions; /* what it cools down: a recovery action's regions (none:
                         all), a workout's all */
};
struct recov_settlers {
    struct recov_settler *v;
    size_t n, cap;
};
/* The entries named in names_json (a JSON array of action and workout type
 * names) that started in [from, until], the earliest end first. One
 * read of the window serves every cool-down a sweep looks at. */
int recov_store_remind_settlers(struct recov_db *db, time_t from, time_t until,
                                const char *names_json, struct recov_settlers *out);
/* *at: the first soreness entry in [from, until] for one of the regions in
 * regions_json (a JSON array of names; NULL: any region, or a wellness
 * check); 0 when none. */
int recov_store_remind_soreness_since(struct recov_db *db, time_t from, time_t until,
                                      const char *regions_json, time_t *at);
/* The id of the series' notification that may still be on screen (0: none). */
int recov_store_remind_series_notice(struct recov_db *db, const char *series, uint32_t *id);
/* Rows whose notification is to be closed; and marking one done. */
int recov_store_remind_to_close(struct recov_db *db, struct recov_reminders *out);
int recov_store_remind_closed(struct recov_db *db, int64_t id);
/* Records the user's answer to reminder id (snoozed until due, cancelled
 * or acknowledged, at the moment at) under the key every device knows it
 * by, for `recov sync` to ship with [sync] reminders = shared. A reminder
 * without such a key (a cool-down whose workout is gone) records nothing.
 * Returns 0 or RECOV_EIO. */
int recov_store_remind_answered(struct recov_db *db, int64_t id, enum recov_remind_state state,
                                time_t due, time_t at);
/* Settles this device's reminders the way other devices' answers (kept by
 * sync) say: live ones acknowledged, cancelled or snoozed until the same
 * moment, one shown since now - 2 days acknowledged or cancelled (its
 * notice closed). A warning whose episode ended here after the answer
 * is a new one: left alone. Returns 0 or RECOV_EIO. */
int recov_store_remind_apply_answers(struct recov_db *db, time_t now);
/* The figures of rows due in [from, to) and by out->now. */
int recov_store_remind_adherence(struct recov_db *db, time_t from, time_t to,
                                 struct recov_adherence *out);

#endif
