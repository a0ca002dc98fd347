/* store_remind: all SQL that reads and writes reminders. */
#include "recov/store_remind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/grow.h"
#include "recov/vocab.h"

#define COLUMNS "id, kind, due, state, urgency, summary, body, regions, entry_id, rule, " \
                "series, anchor, repeat_secs, sent_at, created_at, expires_at, notify_id, done_at, snoozes"
/* The conditions of partial indexes (sql/006_indexes.sql): a query uses
 * such an index only when its WHERE repeats them word for word. */
#define LIVE "state IN ('pending', 'snoozed')"
#define OPEN_WARNING "kind = 'warning' AND resolved_at IS NULL"
/* The key a reminder is known by on every device: local entry ids differ
 * from device to device, uids do not. */
#define SHARED_KEY "CASE reminder.kind WHEN 'cooldown' THEN 'cooldown:' || (SELECT uid FROM " \
                   "entry WHERE entry.id = reminder.entry_id) ELSE reminder.series END"

static const char *const kind_names[] = {"cooldown", "checkin", "warning", "weekly"};
static const char *const state_names[] = {"pending", "sent", "snoozed", "cancelled",
                                          "acknowledged", "expired"};
static const char *const urgency_names[] = {"low", "normal", "critical"};

const char *recov_remind_kind_name(enum recov_remind_kind kind)
{
    return kind_names[kind];
}

const char *recov_remind_state_name(enum recov_remind_state state)
{
    return state_names[state];
}

const char *recov_urgency_name(enum recov_urgency urgency)
{
    return urgency_names[urgency];
}

/* Index of text in names (the schema's CHECKs keep it one of them). */
static int name_index(const char *const *names, size_t n, const unsigned char *text)
{
    for (size_t i = 0; text && i < n; i++)
        if (!strcmp(names[i], (const char *)text))
            return (int)i;
    return 0;
}
#define NAME_INDEX(names, text) name_index(names, sizeof names / sizeof *names, text)

void recov_reminders_free(struct recov_reminders *list)
{
    free(list->v);
    memset(list, 0, sizeof *list);
}

int recov_reminders_push(struct recov_reminders *list, const struct recov_reminder *r)
{
    if (recov_grow((void **)&list->v, &list->cap, list->n, sizeof *list->v))
        return RECOV_EIO;
    list->v[list->n++] = *r;
    return RECOV_OK;
}

/* Steps a statement that returns no rows, then finalizes it. */
static int run(struct recov_db *db, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, what);
}

static void copy_text(char *dst, size_t n, sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    snprintf(dst, n, "%s", t ? (const char *)t : "");
}

/* Reads the row at st (selected with COLUMNS) into r. */
static void read_row(sqlite3_stmt *st, struct recov_reminder *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(st, 0);
    r->kind = NAME_INDEX(kind_names, sqlite3_column_text(st, 1));
    r->due = (time_t)sqlite3_column_int64(st, 2);
    r->state = NAME_INDEX(state_names, sqlite3_column_text(st, 3));
    r->urgency = NAME_INDEX(urgency_names, sqlite3_column_text(st, 4));
    copy_text(r->summary, sizeof r->summary, st, 5);
    copy_text(r->body, sizeof r->body, st, 6);
    r->regions = (uint32_t)sqlite3_column_int64(st, 7);
    r->entry_id = sqlite3_column_int64(st, 8);
    copy_text(r->rule, sizeof r->rule, st, 9);
    copy_text(r->series, sizeof r->series, st, 10);
    r->anchor = (time_t)sqlite3_column_int64(st, 11);
    r->repeat_secs = sqlite3_column_int(st, 12);
    r->sent_at = (time_t)sqlite3_column_int64(st, 13);
    r->created_at = (time_t)sqlite3_column_int64(st, 14);
    r->expires_at = (time_t)sqlite3_column_int64(st, 15);
    r->notify_id = (uint32_t)sqlite3_column_int64(st, 16);
    r->done_at = (time_t)sqlite3_column_int64(st, 17);
    r->snoozes = sqlite3_column_int(st, 18);
}

/* Steps st to the end, appending every row to out; finalizes st. */
static int collect(struct recov_db *db, sqlite3_stmt *st, struct recov_reminders *out)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct recov_reminder r;
        read_row(st, &r);
        if (recov_reminders_push(out, &r)) {
            sqlite3_finalize(st);
            return RECOV_EIO;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "reading reminders");
}

/* Steps st for at most one row into out; finalizes st. */
static int one(struct recov_db *db, sqlite3_stmt *st, struct recov_reminder *out)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        read_row(st, out);
    sqlite3_finalize(st);
    if (rc == SQLITE_ROW)
        return RECOV_OK;
    return rc == SQLITE_DONE ? RECOV_ENOTFOUND : recov_db_fail(db, "reading a reminder");
}

int recov_store_remind_add(struct recov_db *db, struct recov_reminder *r, int *added)
{
    sqlite3_stmt *st;
    static const char sql[] =
        "INSERT INTO reminder (kind, due, state, urgency, summary, body, regions, entry_id, "
        "rule, series, anchor, repeat_secs, created_at, expires_at) "
        "VALUES (?1, ?2, 'pending', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
        "ON CONFLICT DO NOTHING";
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, kind_names[r->kind], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)r->due);
    sqlite3_bind_text(st, 3, urgency_names[r->urgency], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, r->summary, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, r->body, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, r->regions);
    if (r->entry_id)
        sqlite3_bind_int64(st, 7, r->entry_id);
    recov_db_bind_text(st, 8, *r->rule ? r->rule : NULL);
    sqlite3_bind_text(st, 9, r->series, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 10, (sqlite3_int64)r->anchor);
    sqlite3_bind_int(st, 11, r->repeat_secs);
    sqlite3_bind_int64(st, 12, (sqlite3_int64)r->created_at);
    sqlite3_bind_int64(st, 13, (sqlite3_int64)r->expires_at);
    if (run(db, st, "scheduling a reminder"))
        return RECOV_EIO;
    *added = sqlite3_changes(recov_db_sqlite(db)) == 1;
    if (*added) {
        r->id = sqlite3_last_insert_rowid(recov_db_sqlite(db));
        r->state = RECOV_REMIND_PENDING;
    }
    return RECOV_OK;
}

int recov_store_remind_pending(struct recov_db *db, const char *series, struct recov_reminder *out)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT " COLUMNS " FROM reminder WHERE series = ?1 AND state = 'pending'",
                &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, series, -1, SQLITE_STATIC);
    return one(db, st, out);
}

int recov_store_remind_get(struct recov_db *db, int64_t id, struct recov_reminder *out)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT " COLUMNS " FROM reminder WHERE id = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    int rc = one(db, st, out);
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("reminder '%lld': no such reminder (see 'recov remind list')",
                        (long long)id);
    return rc;
}

int recov_store_remind_live(struct recov_db *db, int kind, struct recov_reminders *out)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT " COLUMNS " FROM reminder WHERE " LIVE
                    " AND (?1 IS NULL OR kind = ?1) ORDER BY due, id",
                &st))
        return RECOV_EIO;
    if (kind >= 0)
        sqlite3_bind_text(st, 1, kind_names[kind], -1, SQLITE_STATIC);
    return collect(db, st, out);
}

/* Runs a query selecting COLUMNS with the moment t bound to ?1, appending
 * every row to out. */
static int select_at(struct recov_db *db, const char *sql, time_t t, struct recov_reminders *out)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)t);
    return collect(db, st, out);
}

int recov_store_remind_list(struct recov_db *db, time_t now, struct recov_reminders *out)
{
    /* Still to come: live and within its life, found by state (one query
     * with "?1 = 0 OR ..." would read every row ever written); --all: every
     * row. */
    if (!now)
        return select_at(db, "SELECT " COLUMNS " FROM reminder ORDER BY due, id", now, out);
    return select_at(db, "SELECT " COLUMNS " FROM reminder WHERE " LIVE
                         " AND expires_at > ?1 ORDER BY due, id",
                     now, out);
}

int recov_store_remind_update(struct recov_db *db, const struct recov_reminder *r)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE reminder SET due = ?2, state = ?3, regions = ?4, summary = ?5, "
                    "body = ?6, expires_at = ?7, done_at = ?8, snoozes = ?9, claimed_by = NULL, "
                    "claimed_at = NULL WHERE id = ?1",
                &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, r->id);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)r->due);
    sqlite3_bind_text(st, 3, state_names[r->state], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, r->regions);
    sqlite3_bind_text(st, 5, r->summary, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, r->body, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)r->expires_at);
    if (r->done_at)
        sqlite3_bind_int64(st, 8, (sqlite3_int64)r->done_at);
    sqlite3_bind_int(st, 9, r->snoozes);
    return run(db, st, "updating a reminder");
}

int recov_store_remind_settle_series(struct recov_db *db, const char *series,
                                     enum recov_remind_state state)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE reminder SET state = ?2 WHERE series = ?1 AND " LIVE, &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, series, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, state_names[state], -1, SQLITE_STATIC);
    if (run(db, st, "settling reminders"))
        return RECOV_EIO;
    /* The series' notification on screen, if one is, goes too. Only the
     * newest id: an older one may since belong to another program's notice
     * (servers count ids from 1 again when they restart). */
    if (recov_db_prepare(db, "UPDATE reminder SET close_due = 1 WHERE id = (SELECT max(id) "
                             "FROM reminder WHERE series = ?1 AND notify_id IS NOT NULL) "
                             "AND state = 'sent'",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, series, -1, SQLITE_STATIC);
    return run(db, st, "settling reminders");
}

int recov_store_remind_claim(struct recov_db *db, int64_t id, int64_t token, time_t now,
                             time_t stale_before, int *got)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE reminder SET claimed_by = ?2, claimed_at = ?3 WHERE id = ?1 AND "
                    LIVE " AND due <= ?3 AND (claimed_by IS NULL OR claimed_at < ?4)",
                &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, token);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)now);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)stale_before);
    if (run(db, st, "claiming a reminder"))
        return RECOV_EIO;
    *got = sqlite3_changes(recov_db_sqlite(db)) == 1;
    return RECOV_OK;
}

int recov_store_remind_release(struct recov_db *db, int64_t id, int64_t token)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE reminder SET claimed_by = NULL, claimed_at = NULL "
                    "WHERE id = ?1 AND claimed_by = ?2",
                &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, token);
    return run(db, st, "releasing a reminder");
}

int recov_store_remind_sent(struct recov_db *db, int64_t id, int64_t token, time_t now,
                            uint32_t notify_id, int *done)
{
    sqlite3_stmt *st;
    /* One statement: the state and the server's id are never apart. */
    if (recov_db_prepare(db, "UPDATE reminder SET state = 'sent', sent_at = ?3, notify_id = ?4, "
                    "claimed_by = NULL, claimed_at = NULL WHERE id = ?1 AND claimed_by = ?2 AND "
                    LIVE,
                &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, token);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)now);
    if (notify_id)
        sqlite3_bind_int64(st, 4, notify_id);
    if (run(db, st, "recording a sent reminder"))
        return RECOV_EIO;
    *done = sqlite3_changes(recov_db_sqlite(db)) == 1;
    return RECOV_OK;
}

/* Runs a "SELECT EXISTS (...)" query with series bound to ?1. */
static int exists(struct recov_db *db, const char *sql, const char *series, int *yes)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, series, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    *yes = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RECOV_OK : recov_db_fail(db, "reading reminders");
}

int recov_store_remind_suppressed(struct recov_db *db, const char *series, int *yes)
{
    return exists(db, "SELECT EXISTS (SELECT 1 FROM reminder WHERE series = ?1 AND "
                      "state IN ('acknowledged', 'cancelled') AND resolved_at IS NULL)",
                  series, yes);
}

int recov_store_remind_series_exists(struct recov_db *db, const char *series, int *yes)
{
    return exists(db, "SELECT EXISTS (SELECT 1 FROM reminder WHERE series = ?1)", series, yes);
}

int recov_store_remind_resolve(struct recov_db *db, const char *series, time_t now)
{
    sqlite3_stmt *st;
    if (recov_store_remind_settle_series(db, series, RECOV_REMIND_CANCELLED) ||
        recov_db_prepare(db, "UPDATE reminder SET resolved_at = ?2 WHERE series = ?1 "
                    "AND resolved_at IS NULL",
                &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, series, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)now);
    return run(db, st, "resolving a warning");
}

int recov_store_remind_unresolved(struct recov_db *db, struct recov_reminders *out)
{
    sqlite3_stmt *st;
    /* The conditions repeat the open-warning index's, so only the open
     * warnings are read, not every reminder ever written. */
    if (recov_db_prepare(db, "SELECT " COLUMNS " FROM reminder WHERE id IN (SELECT max(id) FROM "
                    "reminder WHERE " OPEN_WARNING " GROUP BY series) ORDER BY id",
                &st))
        return RECOV_EIO;
    return collect(db, st, out);
}

int recov_store_remind_expiring(struct recov_db *db, time_t now, struct recov_reminders *out)
{
    return select_at(db, "SELECT " COLUMNS " FROM reminder WHERE " LIVE
                         " AND expires_at <= ?1 ORDER BY due, id",
                     now, out);
}

int recov_store_remind_open(struct recov_db *db, time_t now, struct recov_reminders *out)
{
    /* Due within the last two days bounds the scan of sent rows: no
     * cool-down or check-in lives longer. */
    return select_at(db, "SELECT " COLUMNS " FROM reminder WHERE state IN ('pending', "
                         "'snoozed', 'sent') AND due > ?1 - 172800 AND kind IN "
                         "('cooldown', 'checkin') AND done_at IS NULL AND expires_at > ?1 "
                         "ORDER BY due, id",
                     now, out);
}

/* Steps a "SELECT min(at) ..." query into *at (0: no such entry). */
static int first_at(struct recov_db *db, sqlite3_stmt *st, time_t *at)
{
    int rc = sqlite3_step(st);
    *at = rc == SQLITE_ROW ? (time_t)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RECOV_OK : recov_db_fail(db, "reading the log for reminders");
}

int recov_store_remind_settlers(struct recov_db *db, time_t from, time_t until,
                                const char *names_json, struct recov_settlers *out)
{
    sqlite3_stmt *st;
    /* Recovery actions and workouts alike (`did walk`, `log walk`). */
    if (recov_db_prepare(db, "SELECT id, at, at + minutes * 60, CASE WHEN kind = 'recovery' "
                             "AND regions > 0 THEN regions ELSE ?4 END FROM entry WHERE "
                             "at >= ?1 AND at <= ?2 AND ((kind = 'recovery' AND action IN "
                             "(SELECT value FROM json_each(?3))) OR (kind = 'workout' AND type "
                             "IN (SELECT value FROM json_each(?3)))) ORDER BY at + minutes * 60",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)from);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)until);
    sqlite3_bind_text(st, 3, names_json, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, RECOV_REGION_ALL);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (recov_grow((void **)&out->v, &out->cap, out->n, sizeof *out->v)) {
            sqlite3_finalize(st);
            return RECOV_EIO;
        }
        out->v[out->n++] = (struct recov_settler){sqlite3_column_int64(st, 0),
                                                  (time_t)sqlite3_column_int64(st, 1),
                                                  (time_t)sqlite3_column_int64(st, 2),
                                                  (uint32_t)sqlite3_column_int64(st, 3)};
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "reading the log for reminders");
}

int recov_store_remind_soreness_since(struct recov_db *db, time_t from, time_t until,
                                      const char *regions_json, time_t *at)
{
    sqlite3_stmt *st;
    /* A check-in that asks about no region in particular is answered by a
     * wellness check too (`recov well`, or `recov checkin` with no region). */
    if (recov_db_prepare(db, "SELECT min(at) FROM entry WHERE kind IN ('soreness', 'wellness') "
                             "AND at >= ?1 AND at <= ?2 AND (kind = 'soreness' AND (?3 IS NULL "
                             "OR region IN (SELECT value FROM json_each(?3))) OR "
                             "(kind = 'wellness' AND ?3 IS NULL))",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)from);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)until);
    recov_db_bind_text(st, 3, regions_json);
    return first_at(db, st, at);
}

int recov_store_remind_series_notice(struct recov_db *db, const char *series, uint32_t *id)
{
    sqlite3_stmt *st;
    /* A settled row's notice was closed (or is being): never replace it. */
    if (recov_db_prepare(db, "SELECT notify_id FROM reminder WHERE series = ?1 AND notify_id "
                             "IS NOT NULL AND close_due = 0 AND state IN ('sent', 'pending', "
                             "'snoozed') ORDER BY id DESC LIMIT 1",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, series, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    *id = rc == SQLITE_ROW ? (uint32_t)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? RECOV_OK
                                                 : recov_db_fail(db, "reading reminders");
}

int recov_store_remind_to_close(struct recov_db *db, struct recov_reminders *out)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT " COLUMNS " FROM reminder WHERE close_due = 1 ORDER BY id",
                         &st))
        return RECOV_EIO;
    return collect(db, st, out);
}

int recov_store_remind_closed(struct recov_db *db, int64_t id)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE reminder SET close_due = 0 WHERE id = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    return run(db, st, "recording a closed notification");
}

int recov_store_remind_adherence(struct recov_db *db, time_t from, time_t to,
                                 struct recov_adherence *out)
{
    sqlite3_stmt *st;
    /* One pass over the period's rows (by due, on the state/due index). */
    if (recov_db_prepare(db,
                         "SELECT "
                         "count(*) FILTER (WHERE kind = 'checkin' AND sent_at IS NOT NULL), "
                         "count(*) FILTER (WHERE kind = 'checkin' AND sent_at IS NOT NULL "
                         "AND done_at IS NOT NULL), "
                         "count(*) FILTER (WHERE kind = 'cooldown' AND state <> 'cancelled'), "
                         "count(*) FILTER (WHERE kind = 'cooldown' AND done_at IS NOT NULL "
                         "AND done_at <= expires_at), "
                         "coalesce(sum(snoozes), 0), "
                         /* Expired as recov_remind_state_at has it: also a
                          * pending or snoozed one past its end, which remind
                          * list shows as expired before a run marks it so. */
                         "count(*) FILTER (WHERE state = 'expired' OR (state IN "
                         "('pending', 'snoozed') AND expires_at <= ?3)) "
                         "FROM reminder WHERE due >= ?1 AND due < ?2 AND due <= ?3",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)from);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)to);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)out->now);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->checkins_shown = sqlite3_column_int(st, 0);
        out->checkins_answered = sqlite3_column_int(st, 1);
        out->cooldowns_due = sqlite3_column_int(st, 2);
        out->cooldowns_done = sqlite3_column_int(st, 3);
        out->snoozes = sqlite3_column_int(st, 4);
        out->expired = sqlite3_column_int(st, 5);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RECOV_OK : recov_db_fail(db, "reading reminder adherence");
}

int recov_store_remind_answered(struct recov_db *db, int64_t id, enum recov_remind_state state,
                                time_t due, time_t at)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "INSERT INTO reminder_answer (key, state, due, at) SELECT key, "
                             "?2, ?3, ?4 FROM (SELECT " SHARED_KEY " AS key FROM reminder "
                             "WHERE id = ?1) WHERE key IS NOT NULL",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, state_names[state], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)due);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)at);
    return run(db, st, "recording a reminder answer");
}

int recov_store_remind_apply_answers(struct recov_db *db, time_t now)
{
    sqlite3_stmt *st;
    /* Live rows by the state index, and shown ones of the last two days
     * (no notice of recov's lives longer): never every row ever written. */
    if (recov_db_prepare(db,
                         "UPDATE reminder SET state = a.state, due = CASE WHEN a.state = "
                         "'snoozed' THEN a.due ELSE reminder.due END, claimed_by = NULL, "
                         "claimed_at = NULL FROM sync_answer AS a WHERE a.key = " SHARED_KEY
                         " AND (reminder.state IN ('pending', 'snoozed') OR (reminder.state "
                         "= 'sent' AND reminder.due > ?1 - 172800 AND a.state <> 'snoozed')) "
                         "AND NOT (a.state = 'snoozed' AND reminder.state = 'snoozed' AND "
                         "reminder.due >= a.due) AND NOT EXISTS (SELECT 1 FROM reminder AS "
                         "r2 WHERE r2.series = reminder.series AND r2.resolved_at > a.at)",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)now);
    return run(db, st, "settling reminders answered on another device");
}
