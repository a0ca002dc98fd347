/* test_changeset_inserts: the changeset read back from inserted rows holds
 * exactly the changes SQLite's session extension records for them, so undo,
 * redo and sync treat an import journaled either way alike. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "recov/changeset_inserts.h"
#include "recov/db.h"
#include "recov/error.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "unit_util.h"

/* 2026-11-20 19:00:00 UTC. */
static const time_t NOW = 1795201200;

/* Every kind, with the values that are stored differently from how they
 * are given: a whole distance in a REAL column, a note past 127 bytes (a
 * two-byte length), text beyond ASCII, a side, a set of regions. */
static void insert_every_kind(struct recov_db *db)
{
    static char long_note[300];
    memset(long_note, 'x', sizeof long_note - 1);
    struct recov_entry e[6];
    recov_entry_init(&e[0], RECOV_KIND_WORKOUT);
    snprintf(e[0].type, sizeof e[0].type, "run");
    e[0].minutes = 45, e[0].rpe = 7, e[0].distance_km = 10.0;
    e[0].note = "Ölberg hill repeats, 5 × 3 min";
    recov_entry_init(&e[1], RECOV_KIND_WORKOUT);
    snprintf(e[1].type, sizeof e[1].type, "ride");
    e[1].minutes = 90, e[1].rpe = 4, e[1].rpe_estimated = 1, e[1].distance_km = 31.25;
    e[1].note = long_note;
    recov_entry_init(&e[2], RECOV_KIND_SORENESS);
    e[2].region = recov_region_index("calves"), e[2].side = RECOV_SIDE_LEFT, e[2].score = 5;
    recov_entry_init(&e[3], RECOV_KIND_RECOVERY);
    e[3].action = recov_action_index("stretch"), e[3].minutes = 15;
    e[3].regions = (1u << 3) | (1u << 9);
    recov_entry_init(&e[4], RECOV_KIND_WELLNESS);
    e[4].sleep_secs = 7 * 3600, e[4].resting_hr = 52;
    recov_entry_init(&e[5], RECOV_KIND_WORKOUT);
    snprintf(e[5].type, sizeof e[5].type, "strength");
    e[5].minutes = 40, e[5].rpe = 6;
    for (int i = 0; i < 6; i++) {
        e[i].at = NOW - 86400 + i * 600;
        assert_int_equal(recov_store_insert(db, 9, &e[i]), RECOV_OK);
    }
}

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each change of a changeset as text (operation, then every value's type
 * and bytes), sorted: the same set of changes gives the same text. */
static char *changes_text(const void *changes, int n)
{
    sqlite3_changeset_iter *it;
    assert_int_equal(sqlite3changeset_start(&it, n, (void *)changes), SQLITE_OK);
    char **lines = NULL;
    size_t count = 0;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table;
        int ncol, op, indirect;
        sqlite3changeset_op(it, &table, &ncol, &op, &indirect);
        char *line = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&line, &len);
        fprintf(f, "%s %d %d %d", table, op, indirect, ncol);
        for (int c = 0; c < ncol; c++) {
            sqlite3_value *v = NULL;
            assert_int_equal(sqlite3changeset_new(it, c, &v), SQLITE_OK);
            int type = sqlite3_value_type(v);
            fprintf(f, " |%d:", type);
            if (type == SQLITE_FLOAT)
                fprintf(f, "%a", sqlite3_value_double(v));
            else if (type != SQLITE_NULL)
                fwrite(sqlite3_value_blob(v), 1, (size_t)sqlite3_value_bytes(v), f);
        }
        fclose(f);
        lines = realloc(lines, (count + 1) * sizeof *lines);
        lines[count++] = line;
    }
    assert_int_equal(sqlite3changeset_finalize(it), SQLITE_OK);
    qsort(lines, count, sizeof *lines, by_text);
    char *all = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&all, &len);
    for (size_t i = 0; i < count; i++) {
        fprintf(f, "%s\n", lines[i]);
        free(lines[i]);
    }
    fclose(f);
    free(lines);
    return all;
}

static void same_as_session(void **state)
{
    (void)state;
    struct ut_scratch tmp = ut_scratch_new("recov.db");
    struct recov_db *db;
    assert_int_equal(recov_db_open(tmp.path, &db), RECOV_OK);
    sqlite3 *conn = recov_db_sqlite(db);
    sqlite3_session *s;
    assert_int_equal(sqlite3session_create(conn, "main", &s), SQLITE_OK);
    assert_int_equal(sqlite3session_attach(s, "entry"), SQLITE_OK);
    insert_every_kind(db);
    void *recorded;
    int nrecorded;
    assert_int_equal(sqlite3session_changeset(s, &nrecorded, &recorded), SQLITE_OK);
    sqlite3session_delete(s);

    void *read;
    int nread;
    size_t rows;
    assert_int_equal(recov_changeset_inserts(db, 1, 6, &read, &nread, &rows),
                     RECOV_OK);
    assert_int_equal(rows, 6);
    assert_int_equal(nread, nrecorded);
    char *want = changes_text(recorded, nrecorded), *got = changes_text(read, nread);
    assert_string_equal(got, want);
    /* Some of the values are there to be checked. */
    assert_non_null(strstr(want, "|2:0x1.4p+3"));   /* 10 km, a REAL */
    assert_non_null(strstr(want, "Ölberg"));

    /* Its inverse removes the rows, as undo does, finding each as it is. */
    void *inverse;
    int ninverse;
    assert_int_equal(sqlite3changeset_invert(nread, read, &ninverse, &inverse), SQLITE_OK);
    assert_int_equal(sqlite3changeset_apply(conn, ninverse, inverse, NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(conn, "SELECT count(*) FROM entry", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);

    free(want);
    free(got);
    sqlite3_free(recorded);
    sqlite3_free(inverse);
    sqlite3_free(read);
    recov_db_close(db);
    ut_scratch_free(&tmp);
}

/* A range that holds no row gives an empty changeset; a range counts only
 * the rows in it. */
static void counts_rows_in_range(void **state)
{
    (void)state;
    struct ut_scratch tmp = ut_scratch_new("recov.db");
    struct recov_db *db;
    assert_int_equal(recov_db_open(tmp.path, &db), RECOV_OK);
    insert_every_kind(db);
    void *read;
    int n;
    size_t rows;
    assert_int_equal(recov_changeset_inserts(db, 7, 100, &read, &n, &rows), RECOV_OK);
    assert_int_equal(rows, 0);
    assert_int_equal(n, 0);
    assert_null(read);
    assert_int_equal(recov_changeset_inserts(db, 2, 4, &read, &n, &rows), RECOV_OK);
    assert_int_equal(rows, 3);
    sqlite3_free(read);
    recov_db_close(db);
    ut_scratch_free(&tmp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_as_session),
        cmocka_unit_test(counts_rows_in_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
