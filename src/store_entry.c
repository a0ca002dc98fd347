/* store_entry: all SQL that reads and writes log entries. */
#include "recov/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/vocab.h"
#include "recov/when.h"

#define ENTRY_COLUMNS "id, kind, at, note, type, minutes, rpe, rpe_estimated, distance_km, " \
                      "region, score, flags, action, regions, uid, side, " IMPORT_COLUMNS ", " \
                      WELLNESS_COLUMNS
/* An imported session's heart rate and origin: columns 16-18 of a read. */
#define IMPORT_COLUMNS "avg_hr, max_hr, source"
/* A wellness check: columns 19-25 of a read, parameters ?20-?26. */
#define WELLNESS_COLUMNS "sleep_secs, sleep_quality, fatigue, stress, mood, resting_hr, hrv"
#define WELLNESS_PARAMS "?20, ?21, ?22, ?23, ?24, ?25, ?26"
#define WELLNESS_SET "sleep_secs = ?20, sleep_quality = ?21, fatigue = ?22, stress = ?23, " \
                     "mood = ?24, resting_hr = ?25, hrv = ?26"

/* Finalizes st and maps the last step's result to a status. */
static int finish(struct recov_db *db, sqlite3_stmt *st, int step_rc, const char *what)
{
    sqlite3_finalize(st);
    if (step_rc != SQLITE_DONE && step_rc != SQLITE_ROW)
        return recov_db_fail(db, what);
    return RECOV_OK;
}

/* Copies column col's text into buf (n bytes), cut to fit; "" for NULL.
 * What snprintf("%s") did, without parsing a format for every row read. */
static void copy_text(sqlite3_stmt *st, int col, char *buf, size_t n)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    size_t len = t ? strnlen(t, n - 1) : 0;
    if (len)
        memcpy(buf, t, len);
    buf[len] = '\0';
}

/* Binds a workout's heart rate and origin (?17-?19), NULL when not known. */
static void bind_import(sqlite3_stmt *st, const struct recov_entry *e)
{
    if (e->kind != RECOV_KIND_WORKOUT)
        return;
    if (e->avg_hr)
        sqlite3_bind_int(st, 17, e->avg_hr);
    if (e->max_hr)
        sqlite3_bind_int(st, 18, e->max_hr);
    if (e->source[0])
        sqlite3_bind_text(st, 19, e->source, -1, SQLITE_STATIC);
}

static void read_import(sqlite3_stmt *st, struct recov_entry *e)
{
    e->avg_hr = sqlite3_column_int(st, 16);
    e->max_hr = sqlite3_column_int(st, 17);
    copy_text(st, 18, e->source, sizeof e->source);
}

/* Binds a wellness check's items (?20-?26), NULL when not given. */
static void bind_wellness(sqlite3_stmt *st, const struct recov_entry *e)
{
    if (e->kind != RECOV_KIND_WELLNESS)
        return;
    if (e->sleep_secs >= 0)
        sqlite3_bind_int(st, 20, e->sleep_secs);
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        if (e->well[i])
            sqlite3_bind_int(st, 21 + i, e->well[i]);
    if (e->resting_hr)
        sqlite3_bind_int(st, 25, e->resting_hr);
    if (e->hrv)
        sqlite3_bind_int(st, 26, e->hrv);
}

static void read_wellness(sqlite3_stmt *st, struct recov_entry *e)
{
    if (sqlite3_column_type(st, 19) != SQLITE_NULL)
        e->sleep_secs = sqlite3_column_int(st, 19);
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        e->well[i] = sqlite3_column_int(st, 20 + i);
    e->resting_hr = sqlite3_column_int(st, 24);
    e->hrv = sqlite3_column_int(st, 25);
}

/* Binds the columns of e that belong to its kind; the others stay NULL. */
static void bind_entry(sqlite3_stmt *st, int64_t batch, const struct recov_entry *e)
{
    sqlite3_bind_int64(st, 1, batch);
    sqlite3_bind_text(st, 2, recov_kind_name(e->kind), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)e->at);
    recov_db_bind_text(st, 4, e->note);
    sqlite3_bind_text(st, 15, e->uid, -1, SQLITE_STATIC);
    if (e->side != RECOV_SIDE_NONE)
        sqlite3_bind_text(st, 16, recov_side_names[e->side], -1, SQLITE_STATIC);
    switch (e->kind) {
    case RECOV_KIND_WORKOUT:
        sqlite3_bind_text(st, 5, e->type, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 6, e->minutes);
        sqlite3_bind_int(st, 7, e->rpe);
        sqlite3_bind_int(st, 8, e->rpe_estimated);
        if (e->distance_km >= 0)
            sqlite3_bind_double(st, 9, e->distance_km);
        break;
    case RECOV_KIND_SORENESS:
        sqlite3_bind_text(st, 10, recov_region_names[e->region], -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 11, e->score);
        sqlite3_bind_int(st, 12, (int)e->flags);
        break;
    case RECOV_KIND_RECOVERY:
        sqlite3_bind_int(st, 6, e->minutes);
        sqlite3_bind_text(st, 13, recov_action_names[e->action], -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 14, e->regions);
        break;
    case RECOV_KIND_WELLNESS:
        break;
    }
    bind_wellness(st, e);
}

#define INSERT_ENTRY                                                                        \
    "INSERT INTO entry (batch, kind, at, note, type, minutes, rpe, rpe_estimated, "          \
    "distance_km, region, score, flags, action, regions, uid, side, " IMPORT_COLUMNS ", "     \
    WELLNESS_COLUMNS ") "                                                                    \
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "         \
    "?17, ?18, ?19, " WELLNESS_PARAMS ")"

/* Runs the cached insert sql for e; 0, or RECOV_EIO with a message. */
static int insert(struct recov_db *db, const char *sql, int64_t batch, struct recov_entry *e)
{
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, sql, &st))
        return RECOV_EIO;
    bind_entry(st, batch, e);
    bind_import(st, e);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return recov_db_fail(db, "saving an entry");
    return RECOV_OK;
}

int recov_store_insert(struct recov_db *db, int64_t batch, struct recov_entry *e)
{
    /* Cached on the connection: imports insert millions of rows. */
    static const char sql[] = INSERT_ENTRY;
    /* An entry read from an export keeps its uid; a new one gets its own. */
    if (!e->uid[0] && recov_uid_new(e->uid))
        return RECOV_EIO;
    int rc = insert(db, sql, batch, e);
    if (rc == RECOV_OK)
        e->id = sqlite3_last_insert_rowid(recov_db_sqlite(db));
    return rc;
}

int recov_store_insert_new(struct recov_db *db, int64_t batch, struct recov_entry *e, int *added)
{
    static const char sql[] = INSERT_ENTRY " ON CONFLICT (uid) DO NOTHING";
    /* A row the conflict skipped still drew its id from AUTOINCREMENT,
     * which set the sequence to it: one past the last id ever given, as
     * the sequence is never below an id. Set back, the next entry takes
     * that id, as it would have without the skipped row. */
    static const char unskip[] = "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'entry'";
    sqlite3 *conn = recov_db_sqlite(db);
    *added = 0;
    if (!e->uid[0]) {
        int rc = recov_store_insert(db, batch, e);
        *added = rc == RECOV_OK;
        return rc;
    }
    int rc = insert(db, sql, batch, e);
    if (rc)
        return rc;
    *added = sqlite3_changes(conn) == 1;
    if (*added) {
        e->id = sqlite3_last_insert_rowid(conn);
        return RECOV_OK;
    }
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, unskip, &st))
        return RECOV_EIO;
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "saving an entry");
}

int recov_store_update(struct recov_db *db, const struct recov_entry *e)
{
    sqlite3_stmt *st;
    static const char sql[] =
        "UPDATE entry SET at = ?3, note = ?4, type = ?5, minutes = ?6, rpe = ?7, "
        "rpe_estimated = ?8, distance_km = ?9, region = ?10, score = ?11, flags = ?12, "
        "action = ?13, regions = ?14, side = ?16, " WELLNESS_SET " WHERE id = ?17 AND kind = ?2";
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    bind_entry(st, 0, e);
    sqlite3_bind_int64(st, 17, e->id);
    int rc = finish(db, st, sqlite3_step(st), "changing an entry");
    if (rc == RECOV_OK && sqlite3_changes(recov_db_sqlite(db)) == 0) {
        recov_error_set("entry '%lld': no such entry (see 'recov history' for ids)",
                        (long long)e->id);
        return RECOV_ENOTFOUND;
    }
    return rc;
}

/* Parameters ?2-?14, ?16 and ?20-?26 as bind_entry binds them: the same kind, time
 * and values (distances compared to a rounding error, as an export writes
 * 12 significant digits). */
#define SAME_VALUES                                                                         \
    "kind = ?2 AND at = ?3 AND note IS ?4 AND type IS ?5 AND minutes IS ?6 AND rpe IS ?7 "  \
    "AND rpe_estimated IS ?8 AND (distance_km IS ?9 OR abs(distance_km - ?9) < 1e-9) "      \
    "AND region IS ?10 AND score IS ?11 AND flags IS ?12 AND action IS ?13 "                \
    "AND regions IS ?14 AND side IS ?16 AND sleep_secs IS ?20 AND sleep_quality IS ?21 "      \
    "AND fatigue IS ?22 AND stress IS ?23 AND mood IS ?24 AND resting_hr IS ?25 AND hrv IS ?26"

int recov_store_find(struct recov_db *db, const struct recov_entry *e, int64_t *id, int *same)
{
    static const char by_uid[] = "SELECT id, " SAME_VALUES " FROM entry WHERE uid = ?15";
    static const char by_values[] = "SELECT id, 1 FROM entry WHERE " SAME_VALUES " LIMIT 1";
    sqlite3_stmt *st;
    /* Cached: an import asks once per line. */
    if (recov_db_prepare_cached(db, e->uid[0] ? by_uid : by_values, &st))
        return RECOV_EIO;
    bind_entry(st, 0, e);
    int rc = sqlite3_step(st);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    *same = rc == SQLITE_ROW && sqlite3_column_int(st, 1);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return recov_db_fail(db, "looking for an entry");
    return RECOV_OK;
}

static char *dup_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? strdup((const char *)t) : NULL;
}

/* Reads the row at st (selected with ENTRY_COLUMNS) into e, all but the
 * note, which is left NULL. */
static void read_fields(sqlite3_stmt *st, struct recov_entry *e)
{
    const char *kind = (const char *)sqlite3_column_text(st, 1);
    enum recov_kind k = !strcmp(kind, "workout")    ? RECOV_KIND_WORKOUT
                        : !strcmp(kind, "soreness") ? RECOV_KIND_SORENESS
                        : !strcmp(kind, "wellness") ? RECOV_KIND_WELLNESS
                                                    : RECOV_KIND_RECOVERY;
    recov_entry_init(e, k);
    e->id = sqlite3_column_int64(st, 0);
    e->at = (time_t)sqlite3_column_int64(st, 2);
    copy_text(st, 14, e->uid, sizeof e->uid);
    const char *side = (const char *)sqlite3_column_text(st, 15);
    e->side = side ? recov_side_index(side) : RECOV_SIDE_NONE;
    if (e->side < 0)
        e->side = RECOV_SIDE_NONE;
    if (k == RECOV_KIND_WORKOUT) {
        copy_text(st, 4, e->type, sizeof e->type);
        e->rpe = sqlite3_column_int(st, 6);
        e->rpe_estimated = sqlite3_column_int(st, 7);
        if (sqlite3_column_type(st, 8) != SQLITE_NULL)
            e->distance_km = sqlite3_column_double(st, 8);
        read_import(st, e);
    } else if (k == RECOV_KIND_SORENESS) {
        e->region = recov_region_index((const char *)sqlite3_column_text(st, 9));
        e->score = sqlite3_column_int(st, 10);
        e->flags = (unsigned)sqlite3_column_int(st, 11);
    } else if (k == RECOV_KIND_WELLNESS) {
        read_wellness(st, e);
    } else {
        e->action = recov_action_index((const char *)sqlite3_column_text(st, 12));
        e->regions = (uint32_t)sqlite3_column_int64(st, 13);
    }
    e->minutes = sqlite3_column_int(st, 5);
}

/* Reads the row at st (selected with ENTRY_COLUMNS) into e, which owns
 * its copy of the note. */
static void read_entry(sqlite3_stmt *st, struct recov_entry *e)
{
    read_fields(st, e);
    e->note = dup_text(st, 3);
}

/* Steps st to the end, appending every row to out. */
static int collect(struct recov_db *db, sqlite3_stmt *st, struct recov_entries *out)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct recov_entry e;
        read_entry(st, &e);
        if (recov_entries_push(out, &e)) {
            recov_entry_clear(&e);
            sqlite3_finalize(st);
            return RECOV_EIO;
        }
    }
    return finish(db, st, rc, "reading entries");
}

int recov_store_range(struct recov_db *db, time_t from, time_t to, unsigned kind_mask,
                      struct recov_entries *out)
{
    sqlite3_stmt *st;
    static const char sql[] =
        "SELECT " ENTRY_COLUMNS " FROM entry WHERE at >= ?1 AND at < ?2 "
        "AND (?3 = 0 OR (?3 & (CASE kind WHEN 'workout' THEN 1 WHEN 'soreness' THEN 2 "
        "WHEN 'recovery' THEN 4 ELSE 8 END)) "
        "<> 0) ORDER BY at, id";
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, to > 0 ? (sqlite3_int64)to : INT64_MAX);
    sqlite3_bind_int(st, 3, (int)kind_mask);
    return collect(db, st, out);
}

int recov_store_get(struct recov_db *db, int64_t id, struct recov_entry *out)
{
    sqlite3_stmt *st;
    static const char sql[] = "SELECT " ENTRY_COLUMNS " FROM entry WHERE id = ?1";
    /* Cached: undo and redo read every entry an operation touched. */
    if (recov_db_prepare_cached(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        read_entry(st, out);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return RECOV_OK;
    if (rc != SQLITE_DONE)
        return recov_db_fail(db, "reading an entry");
    recov_error_set("entry '%lld': no such entry (see 'recov history' for ids)", (long long)id);
    return RECOV_ENOTFOUND;
}

/* A macro's value spelled out in SQL text. */
#define TEXT_OF(x) SPELLED(x)
#define SPELLED(x) #x

int recov_store_twin(struct recov_db *db, const struct recov_entry *e, int64_t op,
                     struct recov_entry *out)
{
    /* Same kind and what (type, region and side, or action), written by an
     * earlier operation, overlapping e or within 10 minutes of it. No entry
     * lasts longer than RECOV_MAX_MINUTES, so none that starts earlier can
     * overlap: the lower bound keeps the search to a day, not the history. */
    static const char sql[] =
        "SELECT " ENTRY_COLUMNS " FROM entry WHERE kind = ?2 AND batch <> ?1 "
        "AND type IS ?5 AND region IS ?10 AND side IS ?16 AND action IS ?13 "
        "AND at BETWEEN ?3 - " TEXT_OF(RECOV_MAX_MINUTES) " * 60 - 600 "
        "AND ?3 + coalesce(?6, 0) * 60 + 600 "
        "AND at + coalesce(minutes, 0) * 60 + 600 >= ?3 "
        "ORDER BY abs(at - ?3), id DESC LIMIT 1";
    sqlite3_stmt *st;
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    bind_entry(st, op, e);
    int rc = sqlite3_step(st);
    out->id = 0;
    if (rc == SQLITE_ROW)
        read_entry(st, out);
    return finish(db, st, rc, "looking for a duplicate");
}

int recov_store_remove(struct recov_db *db, int64_t id)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "DELETE FROM entry WHERE id = ?1", &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, id);
    int rc = finish(db, st, sqlite3_step(st), "removing an entry");
    if (rc)
        return rc;
    if (sqlite3_changes(recov_db_sqlite(db)) == 0) {
        recov_error_set("entry '%lld': no such entry (see 'recov history' for ids)",
                        (long long)id);
        return RECOV_ENOTFOUND;
    }
    return RECOV_OK;
}

int recov_store_count(struct recov_db *db, int64_t *count)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT count(*) FROM entry", &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st);
    *count = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    return finish(db, st, rc, "counting entries");
}

int recov_store_first_workout(struct recov_db *db, time_t *at)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT min(at) FROM entry WHERE kind = 'workout'", &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st);
    *at = rc == SQLITE_ROW ? (time_t)sqlite3_column_int64(st, 0) : 0;
    return finish(db, st, rc, "reading the first workout");
}

int recov_store_daily_loads(struct recov_db *db, int first_day, int last_day, double *loads)
{
    sqlite3_stmt *st;
    static const char sql[] = "SELECT at, rpe * minutes FROM entry "
                              "WHERE kind = 'workout' AND at >= ?1 AND at < ?2";
    for (int d = first_day; d <= last_day; d++)
        loads[d - first_day] = 0;
    if (recov_db_prepare(db, sql, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)recov_day_start(first_day));
    sqlite3_bind_int64(st, 2, (sqlite3_int64)recov_day_start(last_day + 1));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        /* Days are local calendar days: bucket in C, where TZ rules apply. */
        int day = recov_day_of((time_t)sqlite3_column_int64(st, 0));
        if (day >= first_day && day <= last_day)
            loads[day - first_day] += sqlite3_column_double(st, 1);
    }
    return finish(db, st, rc, "reading daily loads");
}

int recov_store_each(struct recov_db *db, recov_entry_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT " ENTRY_COLUMNS " FROM entry ORDER BY at, id", &st))
        return RECOV_EIO;
    int rc = SQLITE_DONE, status = RECOV_OK;
    while (status == RECOV_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct recov_entry e;
        read_fields(st, &e);
        /* fn sees the entry only while it runs: the note can be SQLite's
         * own text, valid until the next step, rather than a copy. */
        e.note = (char *)sqlite3_column_text(st, 3);
        status = fn(&e, ctx);
    }
    if (status)
        sqlite3_finalize(st);
    return status ? status : finish(db, st, rc, "reading entries");
}

int recov_store_first_entry(struct recov_db *db, time_t *at)
{
    sqlite3_stmt *st;
    if (recov_db_prepare(db, "SELECT min(at) FROM entry", &st))
        return RECOV_EIO;
    int rc = sqlite3_step(st);
    *at = rc == SQLITE_ROW ? (time_t)sqlite3_column_int64(st, 0) : 0;
    return finish(db, st, rc, "reading the first entry");
}

/* Two lookups rather than one OR, so that the time window uses the
 * (kind, at) index; source has no index, and imports are rare. */
int recov_store_find_session(struct recov_db *db, const char *source, const char *type,
                             time_t at, int window, int *found)
{
    static const char by_time[] = "SELECT 1 FROM entry WHERE kind = 'workout' AND at BETWEEN "
                                  "?1 AND ?2 AND type = ?3 LIMIT 1";
    static const char by_source[] = "SELECT 1 FROM entry WHERE kind = 'workout' AND source = ?1 "
                                    "LIMIT 1";
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, by_time, &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)(at - window));
    sqlite3_bind_int64(st, 2, (sqlite3_int64)(at + window));
    sqlite3_bind_text(st, 3, type, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE && source[0]) {
        if (recov_db_prepare_cached(db, by_source, &st))
            return RECOV_EIO;
        sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return recov_db_fail(db, "looking for an imported session");
    *found = rc == SQLITE_ROW;
    return RECOV_OK;
}
