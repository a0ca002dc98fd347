/* store_journal: the operation journal: its SQL and its session changesets. */
#include "recov/journal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "recov/error.h"
#include "recov/store.h"

void recov_effect_free(struct recov_effect *effect)
{
    recov_entries_free(&effect->added);
    recov_entries_free(&effect->removed);
    recov_entries_free(&effect->before);
    recov_entries_free(&effect->after);
}

/* Runs a statement with up to two integer parameters, ?1 = a and ?2 = b
 * (those the statement does not have are not bound). */
static int exec_ids(struct recov_db *db, const char *sql, int64_t a, int64_t b, const char *what)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    int params = sqlite3_bind_parameter_count(st);
    if (params >= 1)
        sqlite3_bind_int64(st, 1, a);
    if (params >= 2)
        sqlite3_bind_int64(st, 2, b);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, what);
}

static int new_op(struct recov_db *db, const char *command, time_t now, int64_t *op)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "INSERT INTO journal (at, command, changes) VALUES (?1, ?2, x'')",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)now);
    sqlite3_bind_text(st, 2, command, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return recov_db_fail(db, "starting an operation");
    *op = sqlite3_last_insert_rowid(recov_db_sqlite(db));
    return RECOV_OK;
}

/* Keeps the operation's changeset, or drops an operation that changed
 * nothing. A new operation ends what redo could repeat. */
static int finish_op(struct recov_db *db, int64_t op, const void *changes, int n)
{
    if (n == 0)
        return exec_ids(db, "DELETE FROM journal WHERE id = ?1", op, 0, "dropping an operation");
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE journal SET changes = ?2 WHERE id = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, op);
    sqlite3_bind_blob(st, 2, changes, n, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return recov_db_fail(db, "recording an operation");
    return exec_ids(db, "DELETE FROM journal WHERE undone = 1", 0, 0, "forgetting undone operations");
}

struct body {
    const char *command;
    time_t now;
    recov_journal_fn fn;
    void *ctx;
};

static int session_fail(struct recov_db *db, sqlite3_session *s, const char *what)
{
    if (s)
        sqlite3session_delete(s);
    return recov_db_fail(db, what);
}

/* Records what the body changes in the entry table while it runs. */
static int run_op(struct recov_db *db, void *ctx)
{
    struct body *b = ctx;
    sqlite3_session *s = NULL;
    int64_t op;
    int rc = new_op(db, b->command, b->now, &op);
    if (rc)
        return rc;
    if (sqlite3session_create(recov_db_sqlite(db), "main", &s) != SQLITE_OK ||
        sqlite3session_attach(s, "entry") != SQLITE_OK)
        return session_fail(db, s, "recording an operation");
    rc = b->fn(db, op, b->ctx);
    int n = 0;
    void *changes = NULL;
    if (rc == RECOV_OK && sqlite3session_changeset(s, &n, &changes) != SQLITE_OK)
        rc = recov_db_fail(db, "recording an operation");
    sqlite3session_delete(s);
    if (rc == RECOV_OK)
        rc = finish_op(db, op, changes, n);
    sqlite3_free(changes);
    return rc;
}

int recov_journal_write(struct recov_db *db, const char *command, time_t now,
                        recov_journal_fn fn, void *ctx)
{
    struct body b = {command, now, fn, ctx};
    return recov_db_write(db, run_op, &b);
}

int recov_journal_keep_reminders(struct recov_db *db, int64_t op, int64_t entry_id)
{
    static const char sql[] = "INSERT OR REPLACE INTO journal_reminder (op, reminder, state) "
                              "SELECT ?1, id, state FROM reminder "
                              "WHERE entry_id = ?2 AND state IN ('pending', 'snoozed')";
    sqlite3_stmt *st;
    /* Cached: undoing an import keeps the reminders of every entry. */
    if (recov_db_prepare_cached(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, op);
    sqlite3_bind_int64(st, 2, entry_id);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "keeping reminders");
}

/* Reminders that removals in op took back return with their entries; a
 * series that has a pending reminder again keeps that one (OR IGNORE skips
 * the row the unique index refuses), so nothing is shown twice. */
static int revive_reminders(struct recov_db *db, int64_t op)
{
    static const char revive[] =
        "UPDATE OR IGNORE reminder SET state = "
        "(SELECT j.state FROM journal_reminder j WHERE j.op = ?1 AND j.reminder = reminder.id) "
        "WHERE state = 'cancelled' AND entry_id IN (SELECT id FROM entry) "
        "AND id IN (SELECT reminder FROM journal_reminder WHERE op = ?1)";
    static const char forget[] =
        "DELETE FROM journal_reminder WHERE op = ?1 AND reminder IN "
        "(SELECT id FROM reminder WHERE entry_id IN (SELECT id FROM entry))";
    int rc = exec_ids(db, revive, op, 0, "restoring reminders");
    return rc ? rc : exec_ids(db, forget, op, 0, "restoring reminders");
}

/* ---- undo and redo ---- */

struct step {
    int undo;                   /* 1: apply the inverse; 0: the changeset */
    int dry_run;
    struct recov_effect *effect;
    int conflict;               /* the log does not match the changeset */
};

/* The operation undo or redo acts on; *changes is sqlite3_malloc'd. */
static int pick(struct recov_db *db, struct step *s, void **changes, int *n)
{
    sqlite3_stmt *st;
    const char *sql = s->undo ? "SELECT id, command, changes FROM journal WHERE undone = 0 "
                                "ORDER BY id DESC LIMIT 1"
                              : "SELECT id, command, changes FROM journal WHERE undone = 1 "
                                "ORDER BY id LIMIT 1";
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        s->effect->op = sqlite3_column_int64(st, 0);
        snprintf(s->effect->command, sizeof s->effect->command, "%s",
                 (const char *)sqlite3_column_text(st, 1));
        *n = sqlite3_column_bytes(st, 2);
        *changes = sqlite3_malloc(*n > 0 ? *n : 1);
        if (*changes)
            memcpy(*changes, sqlite3_column_blob(st, 2), (size_t)*n);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) {
        recov_error_set(s->undo ? "nothing to undo" : "nothing to redo (undo something first; "
                                                      "a new change ends what redo can repeat)");
        return RECOV_ENOTFOUND;
    }
    if (rc != SQLITE_ROW)
        return recov_db_fail(db, "reading the journal");
    if (!*changes) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    return RECOV_OK;
}

/* Reads the entry a change is about into list (it must exist). */
static int read_into(struct recov_db *db, int64_t id, struct recov_entries *list)
{
    struct recov_entry e;
    int rc = recov_store_get(db, id, &e);
    if (rc == RECOV_OK && recov_entries_push(list, &e))
        rc = RECOV_EIO;
    if (rc == RECOV_OK)
        return RECOV_OK;
    recov_entry_clear(&e);
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("the log no longer matches the journal at entry #%lld", (long long)id);
    return RECOV_EIO;
}

/* Walks the changeset: before it is applied (after = 0) reads the rows it
 * removes or changes, and keeps the reminders of removed ones; after,
 * reads the rows it added and the changed rows' new values. */
static int describe(struct recov_db *db, struct step *s, int after, void *changes, int n)
{
    sqlite3_changeset_iter *it;
    if (sqlite3changeset_start(&it, n, changes) != SQLITE_OK)
        return recov_db_fail(db, "reading an operation");
    int rc = RECOV_OK;
    while (rc == RECOV_OK && sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table;
        int ncol, op, indirect;
        sqlite3_value *pk = NULL;
        sqlite3changeset_op(it, &table, &ncol, &op, &indirect);
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(it, 0, &pk);
        else
            sqlite3changeset_old(it, 0, &pk);
        int64_t id = pk ? sqlite3_value_int64(pk) : 0;
        struct recov_effect *e = s->effect;
        if (!after && op == SQLITE_DELETE) {
            rc = read_into(db, id, &e->removed);
            if (rc == RECOV_OK)
                rc = recov_journal_keep_reminders(db, e->op, id);
        } else if (!after && op == SQLITE_UPDATE) {
            rc = read_into(db, id, &e->before);
        } else if (after && op == SQLITE_INSERT) {
            rc = read_into(db, id, &e->added);
        } else if (after && op == SQLITE_UPDATE) {
            rc = read_into(db, id, &e->after);
        }
    }
    sqlite3changeset_finalize(it);
    return rc;
}

/* Any conflict means the log is not in the state the operation left it in:
 * stop, and change nothing. */
static int on_conflict(void *ctx, int kind, sqlite3_changeset_iter *it)
{
    (void)kind;
    (void)it;
    ((struct step *)ctx)->conflict = 1;
    return SQLITE_CHANGESET_ABORT;
}

static int apply(struct recov_db *db, struct step *s, void *changes, int n)
{
    int rc = describe(db, s, 0, changes, n);
    if (rc)
        return rc;
    if (sqlite3changeset_apply_v2(recov_db_sqlite(db), n, changes, NULL, on_conflict, s, NULL,
                                  NULL, 0) != SQLITE_OK) {
        if (s->conflict)
            recov_error_set("cannot %s operation %lld ('%s'): the log no longer matches it",
                            s->undo ? "undo" : "redo", (long long)s->effect->op,
                            s->effect->command);
        return s->conflict ? RECOV_EIO : recov_db_fail(db, "applying an operation");
    }
    rc = describe(db, s, 1, changes, n);
    if (rc == RECOV_OK && s->effect->added.n)
        rc = revive_reminders(db, s->effect->op);
    if (rc == RECOV_OK)
        rc = exec_ids(db, "UPDATE journal SET undone = ?2 WHERE id = ?1", s->effect->op,
                      s->undo, "marking an operation");
    return rc;
}

static int step(struct recov_db *db, struct step *s)
{
    void *changes = NULL, *inverse = NULL;
    int n = 0, ni = 0;
    int rc = pick(db, s, &changes, &n);
    if (rc == RECOV_OK && s->undo) {
        if (sqlite3changeset_invert(n, changes, &ni, &inverse) != SQLITE_OK)
            rc = recov_db_fail(db, "inverting an operation");
        else
            rc = apply(db, s, inverse, ni);
    } else if (rc == RECOV_OK) {
        rc = apply(db, s, changes, n);
    }
    sqlite3_free(inverse);
    sqlite3_free(changes);
    return rc;
}

static int step_fn(struct recov_db *db, void *ctx)
{
    return step(db, ctx);
}

static int run_step(struct recov_db *db, int undo, int dry_run, struct recov_effect *effect)
{
    struct step s = {undo, dry_run, effect, 0};
    if (!dry_run)
        return recov_db_write(db, step_fn, &s);
    /* A dry run does the work and rolls it back: what it reports is what
     * the real run would do, computed by the same code. */
    if (recov_db_begin(db))
        return RECOV_EIO;
    int rc = step(db, &s);
    recov_db_rollback(db);
    return rc;
}

int recov_journal_undo(struct recov_db *db, int dry_run, struct recov_effect *effect)
{
    return run_step(db, 1, dry_run, effect);
}

int recov_journal_redo(struct recov_db *db, int dry_run, struct recov_effect *effect)
{
    return run_step(db, 0, dry_run, effect);
}
