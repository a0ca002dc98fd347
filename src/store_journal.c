/* store_journal: the operation journal: its SQL and its session changesets. */
#include "recov/journal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "recov/changeset_inserts.h"
#include "recov/error.h"
#include "recov/store.h"
#include "recov/sync.h"

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

/* Keeps the operation's changesets, or drops an operation that changed
 * nothing. A new operation ends what redo could repeat. */
static int finish_op(struct recov_db *db, int64_t op, int parts, const void *changes, int n,
                     const void *local, int nlocal)
{
    if (n == 0 && nlocal == 0 && parts == 0)
        return exec_ids(db, "DELETE FROM journal WHERE id = ?1", op, 0, "dropping an operation");
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE journal SET changes = ?2, local = ?3 WHERE id = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, op);
    sqlite3_bind_blob(st, 2, n ? changes : "", n, SQLITE_STATIC);
    if (nlocal)
        sqlite3_bind_blob(st, 3, local, nlocal, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return recov_db_fail(db, "recording an operation");
    if (recov_sync_note(db, changes, n))
        return RECOV_EIO;
    return exec_ids(db, "DELETE FROM journal WHERE undone = 1", 0, 0, "forgetting undone operations");
}

struct body {
    const char *command;
    time_t now;
    recov_journal_fn fn;
    void *ctx;
    int reminders;              /* also record the reminder table (locally) */
    int inserts;                /* fn only inserts entries, and reports them in parts */
    int64_t op;
    int parts;                  /* parts stored so far (journal_part) */
};

/* The operation whose body is running, for recov_journal_part_inserted: a
 * connection writes one operation at a time, and recov runs one. */
static struct body *writing;

/* A session recording the changes to table; NULL with a message on failure. */
static sqlite3_session *record(struct recov_db *db, const char *table)
{
    sqlite3_session *s = NULL;
    if (sqlite3session_create(recov_db_sqlite(db), "main", &s) == SQLITE_OK &&
        sqlite3session_attach(s, table) == SQLITE_OK)
        return s;
    if (s)
        sqlite3session_delete(s);
    recov_db_fail(db, "recording an operation");
    return NULL;
}

/* Ends a session, handing over its changeset (sqlite3_free it). */
static int recorded(struct recov_db *db, sqlite3_session *s, int rc, void **changes, int *n)
{
    if (!s)
        return rc;
    if (rc == RECOV_OK && sqlite3session_changeset(s, n, changes) != SQLITE_OK)
        rc = recov_db_fail(db, "recording an operation");
    sqlite3session_delete(s);
    return rc;
}

/* Records what the body changes while it runs. */
static int run_op(struct recov_db *db, void *ctx)
{
    struct body *b = ctx;
    int64_t op = 0;
    int rc = new_op(db, b->command, b->now, &op);
    if (rc)
        return rc;
    sqlite3_session *entries = b->inserts ? NULL : record(db, "entry");
    sqlite3_session *local = b->reminders ? record(db, "reminder") : NULL;
    if ((!b->inserts && !entries) || (b->reminders && !local)) {
        if (entries)
            sqlite3session_delete(entries);
        if (local)
            sqlite3session_delete(local);
        return RECOV_EIO;
    }
    b->op = op;
    b->parts = 0;
    writing = b;
    rc = b->fn(db, op, b->ctx);
    writing = NULL;
    void *changes = NULL, *local_changes = NULL;
    int n = 0, nlocal = 0;
    rc = recorded(db, entries, rc, &changes, &n);
    rc = recorded(db, local, rc, &local_changes, &nlocal);
    if (rc == RECOV_OK)
        rc = finish_op(db, op, b->parts, changes, n, local_changes, nlocal);
    sqlite3_free(changes);
    sqlite3_free(local_changes);
    return rc;
}

static int journal_write(struct recov_db *db, const char *command, time_t now,
                         recov_journal_fn fn, void *ctx, int reminders, int inserts)
{
    struct body b = {command, now, fn, ctx, reminders, inserts, 0, 0};
    return recov_db_write(db, run_op, &b);
}

int recov_journal_write(struct recov_db *db, const char *command, time_t now,
                        recov_journal_fn fn, void *ctx)
{
    return journal_write(db, command, now, fn, ctx, 0, 0);
}

int recov_journal_write_reminders(struct recov_db *db, const char *command, time_t now,
                                  recov_journal_fn fn, void *ctx)
{
    return journal_write(db, command, now, fn, ctx, 1, 0);
}

int recov_journal_write_inserts(struct recov_db *db, const char *command, time_t now,
                                recov_journal_fn fn, void *ctx)
{
    return journal_write(db, command, now, fn, ctx, 0, 1);
}

/* Stores changes as the next part of b's operation, and notes them for sync:
 * each part is a change of its own for the other devices. */
static int store_part(struct recov_db *db, struct body *b, const void *changes, int n)
{
    sqlite3_stmt *st;
    int rc = recov_db_prepare_cached(db, "INSERT INTO journal_part (op, part, changes) "
                                         "VALUES (?1, ?2, ?3)", &st);
    if (rc == RECOV_OK) {
        sqlite3_bind_int64(st, 1, b->op);
        sqlite3_bind_int(st, 2, b->parts + 1);
        sqlite3_bind_blob(st, 3, changes, n, SQLITE_STATIC);
        rc = sqlite3_step(st) == SQLITE_DONE ? RECOV_OK
                                             : recov_db_fail(db, "recording an operation");
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    if (rc == RECOV_OK)
        rc = recov_sync_note(db, changes, n);
    if (rc == RECOV_OK)
        b->parts++;
    return rc;
}

/* Keeps a part as the ids it inserted (sql/012_journal_part_ranges.sql):
 * its rows hold its changeset until undo reads it from them. */
static int store_range(struct recov_db *db, struct body *b, int64_t first, int64_t last,
                       size_t count)
{
    sqlite3_stmt *st;
    int rc = recov_db_prepare_cached(db, "INSERT INTO journal_part "
                                         "(op, part, changes, first_id, last_id, rows) "
                                         "VALUES (?1, ?2, x'', ?3, ?4, ?5)", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, b->op);
    sqlite3_bind_int(st, 2, b->parts + 1);
    sqlite3_bind_int64(st, 3, first);
    sqlite3_bind_int64(st, 4, last);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)count);
    rc = sqlite3_step(st) == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "recording an operation");
    sqlite3_reset(st);
    if (rc == RECOV_OK)
        b->parts++;
    return rc;
}

/* On a database that syncs: the part in full, handed over to sync. */
static int store_inserted(struct recov_db *db, struct body *b, int64_t first, int64_t last,
                          size_t count)
{
    void *changes = NULL;
    int n = 0;
    size_t rows = 0;
    int rc = recov_changeset_inserts(db, first, last, &changes, &n, &rows);
    if (rc == RECOV_OK && rows != count) {
        recov_error_set("recording an operation: %zu entries added, %zu found with their ids",
                        count, rows);
        rc = RECOV_EIO;
    }
    if (rc == RECOV_OK)
        rc = store_part(db, b, changes, n);
    sqlite3_free(changes);
    return rc;
}

int recov_journal_part_inserted(struct recov_db *db, int64_t first, int64_t last, size_t count)
{
    struct body *b = writing;
    char device[37];
    if (!b || !b->inserts || count == 0)
        return RECOV_OK;
    int rc = recov_sync_device(db, 0, device);
    if (rc)
        return rc;
    return device[0] ? store_inserted(db, b, first, last, count)
                     : store_range(db, b, first, last, count);
}

int recov_journal_changed_outside(struct recov_db *db, int64_t entry_id)
{
    static const char sql[] = "UPDATE journal_part SET changed = 1 "
                              "WHERE first_id IS NOT NULL AND ?1 BETWEEN first_id AND last_id";
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, entry_id);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "recording a synced change");
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

int recov_journal_keep_reminder(struct recov_db *db, int64_t reminder_id)
{
    static const char sql[] = "INSERT OR REPLACE INTO journal_reminder "
                              "(op, reminder, state, called_off) "
                              "SELECT ?1, id, state, 1 FROM reminder "
                              "WHERE id = ?2 AND state IN ('pending', 'snoozed')";
    return writing ? exec_ids(db, sql, writing->op, reminder_id, "keeping a reminder")
                   : RECOV_OK;
}

/* Reminders that removals in op took back return with their entries, in
 * either direction; those op called off as it wrote return when it is
 * undone and are called off again when it is redone, as the write did. A
 * series that has a pending reminder again keeps that one (OR IGNORE skips
 * the row the unique index refuses), so nothing is shown twice. */
static int settle_kept_reminders(struct recov_db *db, int64_t op, int undo)
{
    static const char revive[] =
        "UPDATE OR IGNORE reminder SET state = "
        "(SELECT j.state FROM journal_reminder j WHERE j.op = ?1 AND j.reminder = reminder.id) "
        "WHERE state = 'cancelled' AND entry_id IN (SELECT id FROM entry) "
        "AND id IN (SELECT reminder FROM journal_reminder WHERE op = ?1 AND called_off <= ?2)";
    static const char forget[] =
        "DELETE FROM journal_reminder WHERE op = ?1 AND called_off = 0 AND reminder IN "
        "(SELECT id FROM reminder WHERE entry_id IN (SELECT id FROM entry))";
    static const char keep_state[] =
        "UPDATE journal_reminder SET state = (SELECT r.state FROM reminder r WHERE r.id = "
        "journal_reminder.reminder) WHERE op = ?1 AND called_off = 1 AND reminder IN "
        "(SELECT id FROM reminder WHERE state IN ('pending', 'snoozed'))";
    static const char call_off[] =
        "UPDATE reminder SET state = 'cancelled' WHERE state IN ('pending', 'snoozed') AND id IN "
        "(SELECT reminder FROM journal_reminder WHERE op = ?1 AND called_off = 1)";
    int rc = exec_ids(db, revive, op, undo, "restoring reminders");
    if (rc == RECOV_OK)
        rc = exec_ids(db, forget, op, 0, "restoring reminders");
    if (rc == RECOV_OK && !undo)
        rc = exec_ids(db, keep_state, op, 0, "calling reminders off");
    if (rc == RECOV_OK && !undo)
        rc = exec_ids(db, call_off, op, 0, "calling reminders off");
    return rc;
}

/* ---- undo and redo ---- */

struct step {
    int undo;                   /* 1: apply the inverse; 0: the changeset */
    int dry_run;
    struct recov_effect *effect;
    int conflict;               /* the log does not match the changeset */
    recov_journal_fn then;      /* runs last, in the same transaction (or NULL) */
    void *then_ctx;
};

/* A changeset read from the journal (sqlite3_malloc'd; n may be 0). */
struct blob {
    void *p;
    int n;
};

static int copy_blob(sqlite3_stmt *st, int col, struct blob *b)
{
    b->n = sqlite3_column_bytes(st, col);
    b->p = sqlite3_malloc(b->n > 0 ? b->n : 1);
    if (!b->p) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    if (b->n)
        memcpy(b->p, sqlite3_column_blob(st, col), (size_t)b->n);
    return RECOV_OK;
}

/* The operation undo or redo acts on. */
static int pick(struct recov_db *db, struct step *s, struct blob *changes, struct blob *local)
{
    sqlite3_stmt *st;
    const char *sql = s->undo ? "SELECT id, command, changes, local FROM journal "
                                "WHERE undone = 0 ORDER BY id DESC LIMIT 1"
                              : "SELECT id, command, changes, local FROM journal "
                                "WHERE undone = 1 ORDER BY id LIMIT 1";
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st), status = RECOV_OK;
    if (rc == SQLITE_ROW) {
        s->effect->op = sqlite3_column_int64(st, 0);
        snprintf(s->effect->command, sizeof s->effect->command, "%s",
                 (const char *)sqlite3_column_text(st, 1));
        status = copy_blob(st, 2, changes);
        if (status == RECOV_OK)
            status = copy_blob(st, 3, local);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) {
        recov_error_set(s->undo ? "nothing to undo" : "nothing to redo (undo something first; "
                                                      "a new change ends what redo can repeat)");
        return RECOV_ENOTFOUND;
    }
    if (rc != SQLITE_ROW)
        return recov_db_fail(db, "reading the journal");
    return status;
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

/* No savepoint of its own: the operation's transaction already makes it
 * all or nothing, and a savepoint inside it would copy every page it
 * touches to a statement journal first. */
#define APPLY_FLAGS SQLITE_CHANGESETAPPLY_NOSAVEPOINT

/* Any conflict means the log is not in the state the operation left it in:
 * stop, and change nothing. */
static int on_conflict(void *ctx, int kind, sqlite3_changeset_iter *it)
{
    (void)kind;
    (void)it;
    ((struct step *)ctx)->conflict = 1;
    return SQLITE_CHANGESET_ABORT;
}

/* A reminder changed since (the runner showed it, a new one took its
 * series): that row keeps what it is now, so nothing is shown twice. */
static int keep_current(void *ctx, int kind, sqlite3_changeset_iter *it)
{
    (void)kind;
    (void)it;
    (*(size_t *)ctx)++;
    return SQLITE_CHANGESET_OMIT;
}

/* Counts the rows a changeset touches. */
static size_t count_changes(struct blob b)
{
    sqlite3_changeset_iter *it;
    size_t n = 0;
    if (b.n == 0 || sqlite3changeset_start(&it, b.n, b.p) != SQLITE_OK)
        return 0;
    while (sqlite3changeset_next(it) == SQLITE_ROW)
        n++;
    sqlite3changeset_finalize(it);
    return n;
}

static int no_longer_matches(const struct step *s)
{
    recov_error_set("cannot %s operation %lld ('%s'): the log no longer matches it",
                    s->undo ? "undo" : "redo", (long long)s->effect->op, s->effect->command);
    return RECOV_EIO;
}

static int apply_entries(struct recov_db *db, struct step *s, struct blob b)
{
    int rc = describe(db, s, 0, b.p, b.n);
    if (rc || b.n == 0)
        return rc;
    if (sqlite3changeset_apply_v2(recov_db_sqlite(db), b.n, b.p, NULL, on_conflict, s, NULL,
                                  NULL, APPLY_FLAGS) != SQLITE_OK)
        return s->conflict ? no_longer_matches(s) : recov_db_fail(db, "applying an operation");
    return describe(db, s, 1, b.p, b.n);
}

static int apply_local(struct recov_db *db, struct blob b, struct recov_effect *effect)
{
    if (b.n == 0)
        return RECOV_OK;
    size_t kept = 0;
    if (sqlite3changeset_apply_v2(recov_db_sqlite(db), b.n, b.p, NULL, keep_current, &kept,
                                  NULL, NULL, APPLY_FLAGS) != SQLITE_OK)
        return recov_db_fail(db, "applying an operation to reminders");
    effect->reminders = count_changes(b) - kept;
    effect->reminders_kept = kept;
    return RECOV_OK;
}

/* Replaces b with its inverse. */
static int invert(struct recov_db *db, struct blob *b)
{
    void *inverse = NULL;
    int n = 0;
    if (b->n && sqlite3changeset_invert(b->n, b->p, &n, &inverse) != SQLITE_OK)
        return recov_db_fail(db, "inverting an operation");
    if (b->n) {
        sqlite3_free(b->p);
        b->p = inverse;
        b->n = n;
    }
    return RECOV_OK;
}

/* Applies one part of the operation's entry changes (inverted for undo)
 * and hands what it applied to sync. */
static int apply_part(struct recov_db *db, struct step *s, struct blob *b)
{
    int rc = s->undo ? invert(db, b) : RECOV_OK;
    if (rc == RECOV_OK)
        rc = apply_entries(db, s, *b);
    return rc ? rc : recov_sync_note(db, b->p, b->n);
}

/* Keeps the changeset read back for part number `part` in it: redo
 * applies it once undo has removed the rows. */
static int keep_changes(struct recov_db *db, int64_t op, int part, struct blob b)
{
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, "UPDATE journal_part SET changes = ?3, first_id = NULL, "
                                    "last_id = NULL, rows = NULL "
                                    "WHERE op = ?1 AND part = ?2", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, op);
    sqlite3_bind_int(st, 2, part);
    sqlite3_bind_blob(st, 3, b.p, b.n, SQLITE_STATIC);
    int rc = sqlite3_step(st) == SQLITE_DONE ? RECOV_OK
                                             : recov_db_fail(db, "recording an operation");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc;
}

/* A part kept as ids (sql/012_journal_part_ranges.sql), read back from
 * its rows: every later operation is undone, so they are as the import
 * left them, unless sync changed (the part is marked) or removed one. */
static int read_back(struct recov_db *db, struct step *s, sqlite3_stmt *part, struct blob *b)
{
    int64_t first = sqlite3_column_int64(part, 1), last = sqlite3_column_int64(part, 2);
    size_t count = (size_t)sqlite3_column_int64(part, 3);
    size_t rows = 0;
    if (sqlite3_column_int(part, 4))
        return no_longer_matches(s);
    int rc = recov_changeset_inserts(db, first, last, &b->p, &b->n, &rows);
    return rc == RECOV_OK && rows != count ? no_longer_matches(s) : rc;
}

/* The same for stored part number `part` (journal_part): read one at a
 * time, so undoing a large import holds one part's changeset at once. */
static int apply_stored_part(struct recov_db *db, struct step *s, int part)
{
    static const char sql[] = "SELECT changes, first_id, last_id, rows, changed "
                              "FROM journal_part WHERE op = ?1 AND part = ?2";
    sqlite3_stmt *st;
    struct blob b = {0};
    if (recov_db_prepare_cached(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, s->effect->op);
    sqlite3_bind_int(st, 2, part);
    int found = sqlite3_step(st);
    int ids = found == SQLITE_ROW && sqlite3_column_type(st, 1) != SQLITE_NULL;
    int rc = found != SQLITE_ROW ? recov_db_fail(db, "reading the journal")
             : ids               ? read_back(db, s, st, &b)
                                 : copy_blob(st, 0, &b);
    sqlite3_reset(st);
    if (rc == RECOV_OK && ids)
        rc = keep_changes(db, s->effect->op, part, b);
    if (rc == RECOV_OK)
        rc = apply_part(db, s, &b);
    sqlite3_free(b.p);
    return rc;
}

static int count_parts(struct recov_db *db, int64_t op, int *parts)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT count(*) FROM journal_part WHERE op = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, op);
    int rc = sqlite3_step(st);
    *parts = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RECOV_OK : recov_db_fail(db, "reading the journal");
}

/* The stored parts come before journal.changes: redo repeats them in
 * order, undo takes them back from the last. */
static int apply_parts(struct recov_db *db, struct step *s, struct blob *last)
{
    int parts;
    int rc = count_parts(db, s->effect->op, &parts);
    if (rc == RECOV_OK && s->undo)
        rc = apply_part(db, s, last);
    for (int i = 0; rc == RECOV_OK && i < parts; i++)
        rc = apply_stored_part(db, s, s->undo ? parts - i : i + 1);
    if (rc == RECOV_OK && !s->undo)
        rc = apply_part(db, s, last);
    return rc;
}

static int step(struct recov_db *db, struct step *s)
{
    struct blob changes = {0}, local = {0};
    int rc = pick(db, s, &changes, &local);
    if (rc == RECOV_OK)
        rc = apply_parts(db, s, &changes);
    if (rc == RECOV_OK && s->undo)
        rc = invert(db, &local);
    if (rc == RECOV_OK)
        rc = apply_local(db, local, s->effect);
    /* Once the whole operation is applied: reminders its removals took
     * back return with their entries; what it called off as it wrote (a
     * cool-down after an injury) returns on undo and goes again on redo. */
    if (rc == RECOV_OK)
        rc = settle_kept_reminders(db, s->effect->op, s->undo);
    if (rc == RECOV_OK)
        rc = exec_ids(db, "UPDATE journal SET undone = ?2 WHERE id = ?1", s->effect->op,
                      s->undo, "marking an operation");
    if (rc == RECOV_OK && s->then)
        rc = s->then(db, s->effect->op, s->then_ctx);
    sqlite3_free(changes.p);
    sqlite3_free(local.p);
    return rc;
}

static int step_fn(struct recov_db *db, void *ctx)
{
    return step(db, ctx);
}

static int by_id(const void *a, const void *b)
{
    int64_t x = ((const struct recov_entry *)a)->id, y = ((const struct recov_entry *)b)->id;
    return (x > y) - (x < y);
}

/* The entries added and removed, in the order they were logged: a
 * changeset lists them in the order of its hash table, which reads as
 * chance when an undone import shows its first twenty. */
static void sort_effect(struct recov_effect *effect)
{
    if (effect->added.n)
        qsort(effect->added.v, effect->added.n, sizeof *effect->added.v, by_id);
    if (effect->removed.n)
        qsort(effect->removed.v, effect->removed.n, sizeof *effect->removed.v, by_id);
}

static int run_step(struct recov_db *db, int undo, int dry_run, struct recov_effect *effect,
                    recov_journal_fn then, void *ctx)
{
    struct step s = {undo, dry_run, effect, 0, then, ctx};
    /* Each row the changeset deletes fires the reminder trigger, and each
     * such statement keeps a statement journal: in memory, not in a file
     * written page by page (undoing a large import wrote gigabytes). */
    if (sqlite3_exec(recov_db_sqlite(db), "PRAGMA temp_store = MEMORY", NULL, NULL, NULL) !=
        SQLITE_OK)
        return recov_db_fail(db, "preparing to apply an operation");
    int rc;
    if (!dry_run) {
        rc = recov_db_write(db, step_fn, &s);
    } else {
        /* A dry run does the work and rolls it back: what it reports is
         * what the real run would do, computed by the same code. */
        if (recov_db_begin(db))
            return RECOV_EIO;
        rc = step(db, &s);
        recov_db_rollback(db);
    }
    sort_effect(effect);
    return rc;
}

int recov_journal_undo(struct recov_db *db, int dry_run, struct recov_effect *effect,
                       recov_journal_fn then, void *ctx)
{
    return run_step(db, 1, dry_run, effect, then, ctx);
}

int recov_journal_redo(struct recov_db *db, int dry_run, struct recov_effect *effect,
                       recov_journal_fn then, void *ctx)
{
    return run_step(db, 0, dry_run, effect, then, ctx);
}
