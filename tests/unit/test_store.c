/* test_store: the database file, its migrations and the entry store. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "recov/db.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "recov/when.h"
#include "unit_util.h"

/* 2026-11-20 19:00:00 UTC. */
static const time_t NOW = 1795201200;

struct fixture {
    struct ut_scratch tmp; /* tmp.path: the database */
    struct recov_db *db;
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->tmp = ut_scratch_new("data/recov/recov.db");
    *state = f;
    return 0;
}

/* Like setup, with the database already open. */
static int setup_open(void **state)
{
    setup(state);
    struct fixture *f = *state;
    assert_int_equal(recov_db_open(f->tmp.path, &f->db), RECOV_OK);
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    recov_db_close(f->db);
    ut_scratch_free(&f->tmp);
    free(f);
    return 0;
}

static struct recov_entry workout(time_t at, const char *type, int minutes, int rpe)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WORKOUT);
    e.at = at;
    snprintf(e.type, sizeof e.type, "%s", type);
    e.minutes = minutes;
    e.rpe = rpe;
    return e;
}

static struct recov_entry soreness(time_t at, int region, int score)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_SORENESS);
    e.at = at;
    e.region = region;
    e.score = score;
    return e;
}

struct list {
    struct recov_entry *v;
    size_t n;
};

static int insert_all(struct recov_db *db, int64_t op, void *ctx)
{
    struct list *l = ctx;
    for (size_t i = 0; i < l->n; i++)
        assert_int_equal(recov_store_insert(db, op, &l->v[i]), RECOV_OK);
    return RECOV_OK;
}

/* Saves entries as one operation, the way one command does. */
static void save(struct recov_db *db, struct recov_entry *v, size_t n)
{
    struct list l = {v, n};
    assert_int_equal(recov_journal_write(db, "test", NOW, insert_all, &l), RECOV_OK);
}

static int remove_one(struct recov_db *db, int64_t op, void *ctx)
{
    int64_t id = *(int64_t *)ctx;
    assert_int_equal(recov_journal_keep_reminders(db, op, id), RECOV_OK);
    return recov_store_remove(db, id);
}

/* Removes one entry as an operation of its own, as `recov rm` does. */
static void rm(struct recov_db *db, int64_t id)
{
    assert_int_equal(recov_journal_write(db, "rm", NOW, remove_one, &id), RECOV_OK);
}

static int64_t count(struct recov_db *db)
{
    int64_t n = -1;
    assert_int_equal(recov_store_count(db, &n), RECOV_OK);
    return n;
}

/* Reverts the latest operation; returns how many entries went (negative:
 * how many came back). */
static long undo(struct recov_db *db)
{
    struct recov_effect effect = {0};
    assert_int_equal(recov_journal_undo(db, 0, &effect, NULL, NULL), RECOV_OK);
    long n = (long)effect.removed.n - (long)effect.added.n;
    recov_effect_free(&effect);
    return n;
}

static int pragma_int(const char *path, const char *pragma)
{
    sqlite3 *conn;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open_v2(path, &conn, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(conn, pragma, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(conn);
    return v;
}

static void test_open_creates_private_files(void **state)
{
    struct fixture *f = *state;
    mode_t old = umask(022);
    assert_int_equal(recov_db_open(f->tmp.path, &f->db), RECOV_OK);
    umask(old);
    struct stat st;
    char *dir = ut_path(f->tmp.dir, "data/recov");
    assert_int_equal(stat(dir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_int_equal(stat(f->tmp.path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    free(dir);
}

static void test_migrations_set_user_version(void **state)
{
    struct fixture *f = *state;
    assert_true(recov_db_schema_version() >= 1);
    assert_int_equal(recov_db_open(f->tmp.path, &f->db), RECOV_OK);
    recov_db_close(f->db);
    f->db = NULL;
    assert_int_equal(pragma_int(f->tmp.path, "PRAGMA user_version"), recov_db_schema_version());
    /* Opening again migrates nothing and keeps the version. */
    assert_int_equal(recov_db_open(f->tmp.path, &f->db), RECOV_OK);
    assert_int_equal(count(f->db), 0);
    recov_db_close(f->db);
    f->db = NULL;
    assert_int_equal(pragma_int(f->tmp.path, "PRAGMA user_version"), recov_db_schema_version());
}

static void test_newer_schema_refused_unchanged(void **state)
{
    struct fixture *f = *state;
    char *flat = ut_path(f->tmp.dir, "newer.db");
    sqlite3 *conn;
    char sql[128];
    snprintf(sql, sizeof sql, "CREATE TABLE future (x); PRAGMA user_version = %d;",
             recov_db_schema_version() + 1);
    assert_int_equal(sqlite3_open(flat, &conn), SQLITE_OK);
    assert_int_equal(sqlite3_exec(conn, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(conn);
    size_t before_len, after_len;
    char *before = ut_read(flat, &before_len);
    assert_non_null(before);

    assert_int_equal(recov_db_open(flat, &f->db), RECOV_EIO);
    assert_null(f->db);
    assert_non_null(strstr(recov_error_get(), "newer"));
    assert_non_null(strstr(recov_error_get(), flat));

    char *after = ut_read(flat, &after_len);
    assert_int_equal(after_len, before_len);
    assert_memory_equal(after, before, before_len);
    char *wal = ut_path(f->tmp.dir, "newer.db-wal");
    assert_int_equal(access(wal, F_OK), -1);
    free(wal);
    free(after);
    free(before);
    free(flat);
}

static void test_insert_and_range(void **state)
{
    struct fixture *f = *state;
    struct recov_entry v[] = {
        workout(NOW - 3 * 86400, "run", 45, 7),
        soreness(NOW - 2 * 86400, RECOV_REGION_QUADS, 5),
        workout(NOW - 3600, "cycle", 60, 4),
    };
    v[0].distance_km = 8.1;
    v[1].flags = RECOV_FLAG_SWELLING | RECOV_FLAG_SHARP;
    save(f->db, v, 3);
    assert_true(v[0].id > 0 && v[1].id > v[0].id && v[2].id > v[1].id);
    assert_int_equal(count(f->db), 3);

    struct recov_entries got = {0};
    assert_int_equal(recov_store_range(f->db, NOW - 2 * 86400, NOW, 0, &got), RECOV_OK);
    assert_int_equal(got.n, 2); /* from is inclusive */
    assert_int_equal(got.v[0].kind, RECOV_KIND_SORENESS);
    assert_int_equal(got.v[0].region, RECOV_REGION_QUADS);
    assert_int_equal(got.v[0].flags, RECOV_FLAG_SWELLING | RECOV_FLAG_SHARP);
    recov_entries_free(&got);
    assert_int_equal(recov_store_range(f->db, 0, 0, 1u << RECOV_KIND_WORKOUT, &got), RECOV_OK);
    assert_int_equal(got.n, 2);
    assert_string_equal(got.v[0].type, "run");
    assert_true(got.v[0].distance_km == 8.1);
    assert_true(got.v[1].distance_km < 0);
    assert_int_equal(recov_entry_load(&got.v[0]), 315);
    recov_entries_free(&got);
    assert_int_equal(recov_store_range(f->db, 0, NOW - 3 * 86400, 0, &got), RECOV_OK);
    assert_int_equal(got.n, 0); /* to is exclusive */
    recov_entries_free(&got);

    struct recov_entry one;
    assert_int_equal(recov_store_get(f->db, v[2].id, &one), RECOV_OK);
    assert_string_equal(one.type, "cycle");
    assert_int_equal(one.minutes, 60);
    recov_entry_clear(&one);
    assert_int_equal(recov_store_get(f->db, 999, &one), RECOV_ENOTFOUND);
}

static void test_remove(void **state)
{
    struct fixture *f = *state;
    struct recov_entry v[] = {workout(NOW - 7200, "run", 30, 5), workout(NOW - 3600, "swim", 30, 5)};
    save(f->db, v, 2);
    assert_int_equal(recov_store_remove(f->db, v[0].id), RECOV_OK);
    assert_int_equal(count(f->db), 1);
    assert_int_equal(recov_store_remove(f->db, v[0].id), RECOV_ENOTFOUND);
    assert_non_null(strstr(recov_error_get(), "no such entry"));
    assert_int_equal(recov_store_remove(f->db, 12345), RECOV_ENOTFOUND);
    assert_int_equal(count(f->db), 1);
}

static void test_undo_reverts_operations_newest_first(void **state)
{
    struct fixture *f = *state;
    struct recov_entry w[] = {workout(NOW - 7200, "run", 45, 7)};
    struct recov_entry s[] = {soreness(NOW, RECOV_REGION_QUADS, 3),
                              soreness(NOW, RECOV_REGION_HAMSTRINGS, 3),
                              soreness(NOW, RECOV_REGION_CALVES, 3)};
    save(f->db, w, 1);
    save(f->db, s, 3);
    assert_int_equal(undo(f->db), 3);
    assert_int_equal(count(f->db), 1);
    /* An rm is an operation too: undo brings the entry back, same id. */
    struct recov_entry more[] = {soreness(NOW, RECOV_REGION_CALVES, 2),
                                 soreness(NOW, RECOV_REGION_FEET, 2)};
    save(f->db, more, 2);
    rm(f->db, more[1].id);
    assert_int_equal(count(f->db), 2);
    assert_int_equal(undo(f->db), -1);
    struct recov_entry back;
    assert_int_equal(recov_store_get(f->db, more[1].id, &back), RECOV_OK);
    assert_string_equal(back.uid, more[1].uid);
    recov_entry_clear(&back);
    assert_int_equal(undo(f->db), 2); /* the soreness pair */
    assert_int_equal(undo(f->db), 1); /* the first workout */
    assert_int_equal(count(f->db), 0);
    struct recov_effect effect = {0};
    assert_int_equal(recov_journal_undo(f->db, 0, &effect, NULL, NULL), RECOV_ENOTFOUND);
    assert_non_null(strstr(recov_error_get(), "nothing to undo"));
    recov_effect_free(&effect);
}

static void test_notes_stored_verbatim(void **state)
{
    struct fixture *f = *state;
    const char *notes[] = {
        "it's \"fine\"; really",
        "'); DROP TABLE entry; --",
        "Robert'); DELETE FROM entry WHERE 1=1; SELECT ('",
        "tab\there, newline\nthere, unicode \xc3\xa9\xe2\x9c\x93",
        "%s %n %%",
    };
    size_t n = sizeof notes / sizeof *notes;
    struct recov_entry v[8];
    for (size_t i = 0; i < n; i++) {
        v[i] = workout(NOW - (time_t)(i + 1) * 3600, "run", 30, 5);
        v[i].note = strdup(notes[i]);
    }
    save(f->db, v, n);
    for (size_t i = 0; i < n; i++)
        recov_entry_clear(&v[i]);
    struct recov_entries got = {0};
    assert_int_equal(recov_store_range(f->db, 0, 0, 0, &got), RECOV_OK);
    assert_int_equal(got.n, n);
    for (size_t i = 0; i < n; i++) /* oldest first: the last note comes first */
        assert_string_equal(got.v[i].note, notes[n - 1 - i]);
    recov_entries_free(&got);
    assert_int_equal(count(f->db), (int64_t)n);
}

static void test_daily_loads(void **state)
{
    struct fixture *f = *state;
    struct recov_entry v[] = {workout(NOW - 86400, "run", 45, 7), workout(NOW - 3600, "run", 30, 4),
                              workout(NOW - 1800, "walk", 20, 2)};
    save(f->db, v, 3);
    double loads[3];
    int today = recov_day_of(NOW);
    assert_int_equal(recov_store_daily_loads(f->db, today - 2, today, loads), RECOV_OK);
    assert_true(loads[0] == 0 && loads[1] == 315 && loads[2] == 160);
}

/* A test with a scratch directory, and the database there closed or open. */
#define CLOSED(test) cmocka_unit_test_setup_teardown(test, setup, teardown)
#define OPEN(test) cmocka_unit_test_setup_teardown(test, setup_open, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        CLOSED(test_open_creates_private_files),
        CLOSED(test_migrations_set_user_version),
        CLOSED(test_newer_schema_refused_unchanged),
        OPEN(test_insert_and_range),
        OPEN(test_remove),
        OPEN(test_undo_reverts_operations_newest_first),
        OPEN(test_notes_stored_verbatim),
        OPEN(test_daily_loads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
