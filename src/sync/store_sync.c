/* store_sync: sync's SQL: device id, outgoing changes, events, and the fold. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "changeset_shape.h"
#include "recov/bytes.h"
#include "recov/entry.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/sync.h"

/* The entry table's columns, in the order its changesets carry them. */
#define NCOL 27
#define NCOL_BEFORE_WELLNESS 20 /* changes made before the wellness columns */
#define COL_ID 0
#define COL_UID 1
#define COL_BATCH 2
#define FIRST_VALUE 3           /* kind ... hrv: what an event carries */
#define VALUES "kind, at, note, type, minutes, rpe, rpe_estimated, distance_km, avg_hr, " \
               "max_hr, source, region, side, score, flags, action, regions, sleep_secs, " \
               "sleep_quality, fatigue, stress, mood, resting_hr, hrv"
#define VALUE_MARKS "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, " \
                    "?19, ?20, ?21, ?22, ?23, ?24, ?25"

enum { OP_INSERT, OP_UPDATE, OP_DELETE };

static int exec(struct recov_db *db, const char *sql, const char *what)
{
    if (sqlite3_exec(recov_db_sqlite(db), sql, NULL, NULL, NULL) != SQLITE_OK)
        return recov_db_fail(db, what);
    return RECOV_OK;
}

/* One integer from a query with at most two bound values; dflt when no row. */
static int query_int(struct recov_db *db, const char *sql, const char *text, int64_t a,
                     int64_t dflt, int64_t *out)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    if (text)
        sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_int64(st, 1, a);
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL
               ? sqlite3_column_int64(st, 0) : dflt;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "reading sync state");
}

static int recov_sync_device_read(struct recov_db *db, char device[37], int64_t *clock)
{
    sqlite3_stmt *st;
    device[0] = '\0';
    *clock = 0;
    if (recov_db_prepare(db, "SELECT device, clock FROM sync_self", &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        snprintf(device, 37, "%s", (const char *)sqlite3_column_text(st, 0));
        *clock = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "reading sync state");
}

static int set_clock(struct recov_db *db, int64_t clock)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "UPDATE sync_self SET clock = max(clock, ?1)", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, clock);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "advancing the sync clock");
}

/* ---- payload: a count, the uid of each change, then the changeset ---- */

static int change_uid(struct recov_db *db, sqlite3_changeset_iter *it, int op, char uid[37])
{
    sqlite3_value *v = NULL;
    if (op == SQLITE_INSERT)
        sqlite3changeset_new(it, COL_UID, &v);
    else if (op == SQLITE_DELETE)
        sqlite3changeset_old(it, COL_UID, &v);
    if (v && sqlite3_value_type(v) == SQLITE_TEXT) {
        snprintf(uid, 37, "%s", (const char *)sqlite3_value_text(v));
        return RECOV_OK;
    }
    /* An update carries only the key: the row is there after it. */
    sqlite3changeset_old(it, COL_ID, &v);
    sqlite3_stmt *st;
    if (!v || recov_db_prepare(db, "SELECT uid FROM entry WHERE id = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, sqlite3_value_int64(v));
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        snprintf(uid, 37, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        recov_error_set("sync: an updated entry is missing");
        return RECOV_EIO;
    }
    return RECOV_OK;
}

static int entry_changes(sqlite3_changeset_iter *it, int *op)
{
    const char *table;
    int ncol, indirect;
    sqlite3changeset_op(it, &table, &ncol, op, &indirect);
    /* A change made before the wellness columns lacks them: they stay unset. */
    if (strcmp(table, "entry") != 0 || ncol < NCOL_BEFORE_WELLNESS || ncol > NCOL) {
        recov_error_set("sync: a change of another table or shape ('%s', %d columns)", table,
                        ncol);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

static int build_payload(struct recov_db *db, const void *changes, int n, unsigned char **out,
                         size_t *nout)
{
    sqlite3_changeset_iter *it;
    size_t count = 0, cap = 16;
    char (*uids)[37] = malloc(cap * sizeof *uids);
    if (!uids || sqlite3changeset_start(&it, n, (void *)changes) != SQLITE_OK) {
        free(uids);
        recov_error_set("sync: cannot read a changeset");
        return RECOV_EIO;
    }
    int rc = RECOV_OK, op;
    while (rc == RECOV_OK && sqlite3changeset_next(it) == SQLITE_ROW) {
        if (count == cap) {
            void *p = realloc(uids, (cap *= 2) * sizeof *uids);
            if (!p) {
                rc = RECOV_EIO;
                break;
            }
            uids = p;
        }
        rc = entry_changes(it, &op);
        if (rc == RECOV_OK)
            rc = change_uid(db, it, op, uids[count++]);
    }
    sqlite3changeset_finalize(it);
    if (rc == RECOV_OK) {
        *nout = 4 + count * 36 + (size_t)n;
        *out = malloc(*nout);
        if (!*out)
            rc = RECOV_EIO;
    }
    if (rc == RECOV_OK) {
        unsigned char *p = *out;
        for (int i = 0; i < 4; i++)
            *p++ = (unsigned char)(count >> (8 * i));
        for (size_t i = 0; i < count; i++, p += 36)
            memcpy(p, uids[i], 36);
        memcpy(p, changes, (size_t)n);
    }
    free(uids);
    return rc;
}

/* ---- events ---- */

struct origin {
    const char *device;
    int64_t seq, clock;
};

/* A change whose values this log's constraints refuse came from a damaged
 * or forged file, not from a failing disk: it is bad input, skipped like a
 * file that does not decode. */
static int step_failed(struct recov_db *db, int rc, const char *what)
{
    if ((rc & 0xff) != SQLITE_CONSTRAINT)
        return recov_db_fail(db, what);
    recov_error_set("the change does not fit this log (%s)", sqlite3_errmsg(recov_db_sqlite(db)));
    return RECOV_EINPUT;
}

static int store_event(struct recov_db *db, const struct origin *o, int idx, const char *uid,
                       sqlite3_changeset_iter *it, int op)
{
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db,
                                "INSERT OR IGNORE INTO sync_event (uid, clock, device, seq, idx, "
                                "op, mask, " VALUES ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
                                "?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)",
                                &st))
        return RECOV_EIO;
    int kind = op == SQLITE_INSERT ? OP_INSERT : op == SQLITE_UPDATE ? OP_UPDATE : OP_DELETE;
    int64_t mask = 0;
    sqlite3_bind_text(st, 1, uid, 36, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, o->clock);
    sqlite3_bind_text(st, 3, o->device, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 4, o->seq);
    sqlite3_bind_int(st, 5, idx);
    sqlite3_bind_int(st, 6, kind);
    for (int c = FIRST_VALUE; c < NCOL; c++) {
        sqlite3_value *v = NULL;
        if (kind != OP_DELETE)
            sqlite3changeset_new(it, c, &v);
        if (v) {
            mask |= (int64_t)1 << c;
            sqlite3_bind_value(st, 8 + c - FIRST_VALUE, v);
        } else {
            sqlite3_bind_null(st, 8 + c - FIRST_VALUE);
        }
    }
    sqlite3_bind_int64(st, 7, mask);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? RECOV_OK : step_failed(db, rc, "storing a sync event");
}

/* Stores the payload's changes as events; the uids touched go to *uids. */
static int store_events(struct recov_db *db, const struct origin *o, const unsigned char *p,
                        size_t n, char (**uids)[37], size_t *nuids)
{
    if (n < 4)
        goto bad;
    size_t count = 0;
    for (int i = 0; i < 4; i++)
        count |= (size_t)p[i] << (8 * i);
    if (count > (n - 4) / 36)
        goto bad;
    const unsigned char *map = p + 4, *cs = p + 4 + count * 36;
    int ncs = (int)(n - 4 - count * 36);
    *uids = calloc(count ? count : 1, sizeof **uids);
    *nuids = 0;
    sqlite3_changeset_iter *it;
    if (!*uids || !recov_changeset_well_formed(cs, (size_t)ncs) ||
        sqlite3changeset_start(&it, ncs, (void *)cs) != SQLITE_OK)
        goto bad;
    int rc = RECOV_OK, op;
    size_t i = 0;
    while (rc == RECOV_OK && sqlite3changeset_next(it) == SQLITE_ROW) {
        if (i == count || entry_changes(it, &op)) {
            rc = RECOV_EINPUT;
            break;
        }
        memcpy((*uids)[i], map + i * 36, 36);
        (*uids)[i][36] = '\0';
        if (!recov_uid_valid((*uids)[i]))
            rc = RECOV_EINPUT;
        else
            rc = store_event(db, o, (int)i, (*uids)[i], it, op);
        i++;
    }
    if (sqlite3changeset_finalize(it) != SQLITE_OK && rc == RECOV_OK)
        rc = RECOV_EINPUT;
    if (rc == RECOV_OK && i != count)
        rc = RECOV_EINPUT;
    *nuids = i;
    if (rc == RECOV_EINPUT)
        goto bad;
    return rc;
bad:
    recov_error_set("the change does not decode");
    return RECOV_EINPUT;
}

/* ---- the fold: an entry is what its events say, in (clock, device) order ---- */

struct row {
    int present;
    sqlite3_value *v[NCOL];
};

static void row_clear(struct row *r)
{
    for (int c = 0; c < NCOL; c++) {
        sqlite3_value_free(r->v[c]);
        r->v[c] = NULL;
    }
}

static int fold_events(struct recov_db *db, const char *uid, struct row *r)
{
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db,
                                "SELECT op, mask, " VALUES " FROM sync_event WHERE uid = ?1 "
                                "ORDER BY clock, device, seq, idx",
                                &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, uid, -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int op = sqlite3_column_int(st, 0);
        int64_t mask = sqlite3_column_int64(st, 1);
        /* A removal wins over edits: an edit of an absent entry is dropped. */
        if (op == OP_DELETE || (op == OP_UPDATE && !r->present)) {
            r->present = r->present && op != OP_DELETE;
            continue;
        }
        r->present = 1;
        for (int c = FIRST_VALUE; c < NCOL; c++) {
            if (!(mask & ((int64_t)1 << c)))
                continue;
            sqlite3_value_free(r->v[c]);
            r->v[c] = sqlite3_value_dup(sqlite3_column_value(st, 2 + c - FIRST_VALUE));
        }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "reading sync events");
}

/* Writes the folded row; *inserted when the entry was not here before. */
static int write_row(struct recov_db *db, const char *uid, const struct row *r, int *inserted)
{
    int64_t id;
    if (query_int(db, "SELECT id FROM entry WHERE uid = ?1", uid, 0, 0, &id))
        return RECOV_EIO;
    /* An update that would change nothing is not made: only a real change
     * stops undo of the import that added the entry (see
     * recov_journal_changed_outside). */
    const char *sql =
        !r->present ? "DELETE FROM entry WHERE uid = ?1"
        : id ? "UPDATE entry SET (" VALUES ") = (" VALUE_MARKS ") WHERE uid = ?1 "
               "AND (" VALUES ") IS NOT (" VALUE_MARKS ")"
             : "INSERT INTO entry (uid, batch, " VALUES ") VALUES (?1, 0, " VALUE_MARKS ")";
    *inserted = r->present && !id;
    if (!r->present && !id)
        return RECOV_OK;
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, uid, -1, SQLITE_TRANSIENT);
    /* A column no change of the entry ever set (an insert that left it
     * out, from a forged file) is NULL, for the constraints to judge. */
    for (int c = FIRST_VALUE; r->present && c < NCOL; c++)
        if (r->v[c])
            sqlite3_bind_value(st, 2 + c - FIRST_VALUE, r->v[c]);
        else
            sqlite3_bind_null(st, 2 + c - FIRST_VALUE);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return step_failed(db, rc, "applying a synced change");
    return id && sqlite3_changes(recov_db_sqlite(db)) ? recov_journal_changed_outside(db, id)
                                                        : RECOV_OK;
}

static int refold(struct recov_db *db, const char *uid, int *inserted)
{
    struct row r = {0};
    int rc = fold_events(db, uid, &r);
    if (rc == RECOV_OK)
        rc = write_row(db, uid, &r, inserted);
    row_clear(&r);
    return rc;
}

/* ---- this device's changes ---- */

/* Appends an outgoing change of kind; its number goes to *seq. */
static int add_outgoing(struct recov_db *db, int kind, int64_t clock, const void *payload,
                        size_t np, int64_t *seq)
{
    int rc = query_int(db, "SELECT max(seq) FROM sync_out WHERE ?1 IS NOT NULL", NULL, 1, 0,
                       seq);
    sqlite3_stmt *st = NULL;
    if (rc == RECOV_OK &&
        recov_db_prepare(db, "INSERT INTO sync_out (seq, kind, clock, payload) "
                             "VALUES (?1, ?2, ?3, ?4)",
                         &st))
        rc = RECOV_EIO;
    if (rc == RECOV_OK) {
        *seq += 1;
        sqlite3_bind_int64(st, 1, *seq);
        sqlite3_bind_int(st, 2, kind);
        sqlite3_bind_int64(st, 3, clock);
        sqlite3_bind_blob(st, 4, payload, (int)np, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = recov_db_fail(db, "recording a change to sync");
    }
    sqlite3_finalize(st);
    return rc;
}

/* Records a changeset as this device's next outgoing change. */
static int note_as(struct recov_db *db, const char *device, int64_t clock, const void *changes,
                   int n)
{
    int64_t seq = 0;
    unsigned char *payload = NULL;
    size_t np = 0;
    int rc = build_payload(db, changes, n, &payload, &np);
    if (rc == RECOV_OK)
        rc = add_outgoing(db, RECOV_SYNC_KIND_LOG, clock, payload, np, &seq);
    char (*uids)[37] = NULL;
    size_t nuids = 0;
    struct origin o = {device, seq, clock};
    if (rc == RECOV_OK)
        rc = store_events(db, &o, payload, np, &uids, &nuids);
    if (rc == RECOV_OK)
        rc = set_clock(db, clock);
    free(uids);
    free(payload);
    return rc == RECOV_EINPUT ? RECOV_EIO : rc;
}

int recov_sync_note(struct recov_db *db, const void *changes, int n)
{
    char device[37];
    int64_t clock;
    if (n == 0)
        return RECOV_OK;
    int rc = recov_sync_device_read(db, device, &clock);
    if (rc || !device[0])
        return rc;
    return note_as(db, device, clock + 1, changes, n);
}

/* The entries a new device already holds, as a changeset of inserts: all
 * rows deleted under a session, inverted, and the deletion rolled back. */
static int snapshot(struct recov_db *db, void **changes, int *n)
{
    sqlite3_session *s = NULL;
    int rc = exec(db, "SAVEPOINT sync_snapshot", "taking a snapshot");
    if (rc)
        return rc;
    void *deleted = NULL;
    int nd = 0;
    if (sqlite3session_create(recov_db_sqlite(db), "main", &s) != SQLITE_OK ||
        sqlite3session_attach(s, "entry") != SQLITE_OK)
        rc = recov_db_fail(db, "taking a snapshot");
    if (rc == RECOV_OK)
        rc = exec(db, "DELETE FROM entry", "taking a snapshot");
    if (rc == RECOV_OK && sqlite3session_changeset(s, &nd, &deleted) != SQLITE_OK)
        rc = recov_db_fail(db, "taking a snapshot");
    if (s)
        sqlite3session_delete(s);
    int back = exec(db, "ROLLBACK TO sync_snapshot; RELEASE sync_snapshot", "taking a snapshot");
    *changes = NULL;
    *n = 0;
    if (rc == RECOV_OK && back == RECOV_OK && nd &&
        sqlite3changeset_invert(nd, deleted, n, changes) != SQLITE_OK)
        rc = recov_db_fail(db, "taking a snapshot");
    sqlite3_free(deleted);
    return rc ? rc : back;
}

struct create {
    char *device;
};

static int create_device(struct recov_db *db, void *ctx)
{
    struct create *c = ctx;
    int64_t clock;
    int rc = recov_sync_device_read(db, c->device, &clock);
    if (rc || c->device[0])
        return rc;
    if (recov_uid_new(c->device))
        return RECOV_EIO;
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "INSERT INTO sync_self (one, device, clock) VALUES (1, ?1, 0)", &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, c->device, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return recov_db_fail(db, "creating the device id");
    void *changes;
    int n;
    rc = snapshot(db, &changes, &n);
    if (rc == RECOV_OK && n)
        rc = note_as(db, c->device, 1, changes, n);
    sqlite3_free(changes);
    return rc;
}

int recov_sync_device(struct recov_db *db, int create, char device[37])
{
    int64_t clock;
    int rc = recov_sync_device_read(db, device, &clock);
    if (rc || device[0] || !create)
        return rc;
    struct create c = {device};
    return recov_db_write(db, create_device, &c);
}

int recov_sync_outgoing(struct recov_db *db, int64_t seq, int *kind, int64_t *clock,
                        void **payload, int *n)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT clock, payload, kind FROM sync_out WHERE seq = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, seq);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *clock = sqlite3_column_int64(st, 0);
        *n = sqlite3_column_bytes(st, 1);
        *kind = sqlite3_column_int(st, 2);
        *payload = sqlite3_malloc(*n ? *n : 1);
        if (*payload)
            memcpy(*payload, sqlite3_column_blob(st, 1), (size_t)*n);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return RECOV_ENOTFOUND;
    if (rc != SQLITE_ROW || !*payload)
        return recov_db_fail(db, "reading a change to sync");
    return RECOV_OK;
}

int64_t recov_sync_sent(struct recov_db *db)
{
    int64_t n = 0;
    query_int(db, "SELECT count(*) FROM sync_out WHERE ?1 IS NOT NULL", NULL, 1, 0, &n);
    return n;
}

int recov_sync_peer_state(struct recov_db *db, const char *device, int64_t *applied,
                          int64_t *clock)
{
    int rc = query_int(db, "SELECT applied FROM sync_peer WHERE device = ?1", device, 0, 0,
                       applied);
    return rc ? rc : query_int(db, "SELECT clock FROM sync_peer WHERE device = ?1", device, 0,
                               0, clock);
}

/* ---- another device's change ---- */

struct incoming {
    struct origin o;
    const unsigned char *p;
    size_t n;
    const struct recov_sync_hooks *hooks;
    int kind;
};

static int apply_answers(struct recov_db *db, struct incoming *in);

static int apply_log(struct recov_db *db, struct incoming *in)
{
    char (*uids)[37] = NULL;
    size_t nuids = 0, narrived = 0;
    int rc = store_events(db, &in->o, in->p, in->n, &uids, &nuids);
    /* The entries new here move to the front, for the hook. */
    for (size_t i = 0; rc == RECOV_OK && i < nuids; i++) {
        int inserted = 0;
        rc = refold(db, uids[i], &inserted);
        if (rc == RECOV_OK && inserted) {
            char t[37];
            memcpy(t, uids[narrived], 37);
            memcpy(uids[narrived], uids[i], 37);
            memcpy(uids[i], t, 37);
            narrived++;
        }
    }
    if (rc == RECOV_OK && narrived && in->hooks && in->hooks->arrived)
        rc = in->hooks->arrived(db, in->hooks->ctx, (const char (*)[37])uids, narrived);
    free(uids);
    return rc;
}

static int apply_fn(struct recov_db *db, void *ctx)
{
    struct incoming *in = ctx;
    int rc = in->kind == RECOV_SYNC_KIND_LOG ? apply_log(db, in) : apply_answers(db, in);
    sqlite3_stmt *st = NULL;
    if (rc == RECOV_OK &&
        recov_db_prepare(db,
                         "INSERT INTO sync_peer (device, applied, clock) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT (device) DO UPDATE SET applied = ?2, clock = ?3",
                         &st))
        rc = RECOV_EIO;
    if (rc == RECOV_OK) {
        sqlite3_bind_text(st, 1, in->o.device, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, in->o.seq);
        sqlite3_bind_int64(st, 3, in->o.clock);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = recov_db_fail(db, "recording a synced change");
    }
    sqlite3_finalize(st);
    if (rc == RECOV_OK)
        rc = set_clock(db, in->o.clock);
    return rc;
}

int recov_sync_apply(struct recov_db *db, const char *device, int64_t seq, int64_t clock,
                     int kind, const void *payload, size_t n, const struct recov_sync_hooks *hooks)
{
    struct incoming in = {{device, seq, clock}, payload, n, hooks, kind};
    /* Removals fire the reminder trigger: statement journals in memory. */
    if (exec(db, "PRAGMA temp_store = MEMORY", "applying a synced change"))
        return RECOV_EIO;
    return recov_db_write(db, apply_fn, &in);
}

/* ---- reminder answers: key, state, due and when, the latest per key ---- */

static const char *const answer_states[] = {"snoozed", "cancelled", "acknowledged"};
#define NSTATES 3

static int append_int(struct recov_bytes *a, uint64_t v, int bytes)
{
    unsigned char b[8];
    for (int i = 0; i < bytes; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    return recov_bytes_append(a, b, (size_t)bytes);
}

static int state_index(const char *state)
{
    for (int i = 0; i < NSTATES; i++)
        if (!strcmp(answer_states[i], state))
            return i;
    return -1;
}

/* Layout: count 4, then per answer: key length 2, key, state 1, due 8, at 8. */
static int answers_payload(struct recov_db *db, int64_t after, struct recov_bytes *a,
                           int64_t *last)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT id, key, state, due, at FROM reminder_answer "
                             "WHERE id > ?1 ORDER BY id",
                         &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, after);
    uint32_t count = 0;
    int rc = append_int(a, 0, 4), step;
    *last = after;
    while (rc == RECOV_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 1);
        size_t len = strlen(key);
        *last = sqlite3_column_int64(st, 0);
        if (len > 0xffff)
            continue;
        rc = append_int(a, len, 2);
        if (rc == RECOV_OK)
            rc = recov_bytes_append(a, key, len);
        if (rc == RECOV_OK)
            rc = append_int(a, (uint64_t)state_index((const char *)sqlite3_column_text(st, 2)), 1);
        if (rc == RECOV_OK)
            rc = append_int(a, (uint64_t)sqlite3_column_int64(st, 3), 8);
        if (rc == RECOV_OK)
            rc = append_int(a, (uint64_t)sqlite3_column_int64(st, 4), 8);
        count++;
    }
    sqlite3_finalize(st);
    if (rc == RECOV_OK && step != SQLITE_DONE)
        rc = recov_db_fail(db, "reading reminder answers");
    for (int i = 0; rc == RECOV_OK && i < 4; i++)
        a->p[i] = (unsigned char)(count >> (8 * i));
    return rc == RECOV_OK && count == 0 ? RECOV_ENOTFOUND : rc;
}

static int note_answers_fn(struct recov_db *db, void *ctx)
{
    const int *share = ctx;
    char device[37];
    int64_t clock, after = 0, last = 0, seq;
    struct recov_bytes a = {0};
    int rc = recov_sync_device_read(db, device, &clock);
    if (rc || !device[0])
        return rc;
    rc = query_int(db, "SELECT answers_sent FROM sync_self WHERE ?1 IS NOT NULL", NULL, 1, 0,
                   &after);
    if (rc == RECOV_OK)
        rc = answers_payload(db, after, &a, &last);
    if (rc == RECOV_ENOTFOUND) {
        rc = RECOV_OK; /* nothing to ship; the mark may still move past skipped rows */
    } else if (rc == RECOV_OK && *share) {
        rc = add_outgoing(db, RECOV_SYNC_KIND_ANSWERS, clock + 1, a.p, a.n, &seq);
        if (rc == RECOV_OK)
            rc = set_clock(db, clock + 1);
    }
    recov_bytes_free(&a);
    sqlite3_stmt *st = NULL;
    if (rc == RECOV_OK && last > after &&
        recov_db_prepare(db, "UPDATE sync_self SET answers_sent = ?1", &st))
        rc = RECOV_EIO;
    if (st) {
        sqlite3_bind_int64(st, 1, last);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = recov_db_fail(db, "recording shipped reminder answers");
        sqlite3_finalize(st);
    }
    return rc;
}

int recov_sync_note_answers(struct recov_db *db, int share)
{
    return recov_db_write(db, note_answers_fn, &share);
}

static uint64_t get_le(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static int store_answer(struct recov_db *db, const struct origin *o, const char *key, size_t len,
                        int state, int64_t due, int64_t at)
{
    sqlite3_stmt *st;
    /* The later answer by (clock, device) wins, as edits of an entry do. */
    if (recov_db_prepare_cached(db,
                                "INSERT INTO sync_answer (key, state, due, at, clock, device) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO UPDATE "
                                "SET state = ?2, due = ?3, at = ?4, clock = ?5, device = ?6 "
                                "WHERE (?5, ?6) > (clock, device)",
                                &st))
        return RECOV_EIO;
    sqlite3_bind_text(st, 1, key, (int)len, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, answer_states[state], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, due);
    sqlite3_bind_int64(st, 4, at);
    sqlite3_bind_int64(st, 5, o->clock);
    sqlite3_bind_text(st, 6, o->device, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? RECOV_OK : step_failed(db, rc, "storing a reminder answer");
}

static int apply_answers(struct recov_db *db, struct incoming *in)
{
    const unsigned char *p = in->p, *end = in->p + in->n;
    if (in->n < 4)
        goto bad;
    uint32_t count = (uint32_t)get_le(p, 4);
    p += 4;
    for (uint32_t i = 0; i < count; i++) {
        if (end - p < 2)
            goto bad;
        size_t len = (size_t)get_le(p, 2);
        if ((size_t)(end - p) < 2 + len + 17 || len == 0)
            goto bad;
        const char *key = (const char *)p + 2;
        p += 2 + len;
        int state = p[0];
        if (state >= NSTATES || memchr(key, '\0', len))
            goto bad;
        int rc = store_answer(db, &in->o, key, len, state, (int64_t)get_le(p + 1, 8),
                              (int64_t)get_le(p + 9, 8));
        if (rc)
            return rc;
        p += 17;
    }
    if (p != end)
        goto bad;
    return RECOV_OK;
bad:
    recov_error_set("the reminder answers do not decode");
    return RECOV_EINPUT;
}

/* ---- the salt this device's key is derived with ---- */

static int salt_fn(struct recov_db *db, void *ctx)
{
    unsigned char *salt = ctx;
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT salt FROM sync_self", &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st), have = 0;
    if (rc == SQLITE_ROW && sqlite3_column_bytes(st, 0) == RECOV_SYNC_SALT_BYTES) {
        memcpy(salt, sqlite3_column_blob(st, 0), RECOV_SYNC_SALT_BYTES);
        have = 1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return recov_db_fail(db, "reading the sync salt");
    if (have)
        return RECOV_OK;
    sqlite3_randomness(RECOV_SYNC_SALT_BYTES, salt);
    if (recov_db_prepare(db, "UPDATE sync_self SET salt = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_blob(st, 1, salt, RECOV_SYNC_SALT_BYTES, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "storing the sync salt");
}

int recov_sync_salt(struct recov_db *db, unsigned char salt[RECOV_SYNC_SALT_BYTES])
{
    return recov_db_write(db, salt_fn, salt);
}
