/* changeset_inserts: the changeset of entries just inserted, read from
 * their rows, in the session extension's format (sqlite.org/sessionintro.html;
 * src/sync/changeset_shape.c reads the same format): a table header, then
 * per row the INSERT operation, an "indirect" byte of 0 and one value per
 * column, each a type byte and its bytes. */
#include "recov/changeset_inserts.h"

#include <limits.h>
#include <string.h>

#include <sqlite3.h>

#include "recov/bytes.h"
#include "recov/error.h"

enum { INTEGER = 1, FLOAT = 2, TEXT = 3, BLOB = 4, NULLV = 5 };

/* The changeset being written; rc holds the first failure, and later
 * writes do nothing. */
struct out {
    struct recov_bytes b;
    int rc;
};

static void put_bytes(struct out *o, const void *b, size_t k)
{
    if (o->rc == RECOV_OK)
        o->rc = recov_bytes_append(&o->b, b, k);
}

static void put_byte(struct out *o, unsigned char b)
{
    put_bytes(o, &b, 1);
}
/* SQLite's varint: big-endian groups of 7 bits, the high bit set on all
 * but the last; a value above 56 bits takes 9 bytes, the last one whole. */
static void put_varint(struct out *o, uint64_t v)
{
    unsigned char buf[9];
    int n = 0;
    if (v >> 56) {
        buf[8] = (unsigned char)v;
        v >>= 8;
        for (int i = 7; i >= 0; i--, v >>= 7)
            buf[i] = (unsigned char)((v & 0x7f) | 0x80);
        put_bytes(o, buf, 9);
        return;
    }
    unsigned char rev[9];
    do {
        rev[n++] = (unsigned char)((v & 0x7f) | 0x80);
        v >>= 7;
    } while (v);
    rev[0] &= 0x7f;
    for (int i = 0; i < n; i++)
        buf[i] = rev[n - 1 - i];
    put_bytes(o, buf, (size_t)n);
}

static void put_u64(struct out *o, uint64_t v)
{
    unsigned char b[8];
    for (int i = 7; i >= 0; i--, v >>= 8)
        b[i] = (unsigned char)v;
    put_bytes(o, b, 8);
}

/* Column col of the row at st, as the session writes a value. */
static void put_value(struct out *o, sqlite3_stmt *st, int col)
{
    int type = sqlite3_column_type(st, col);
    if (type == SQLITE_INTEGER) {
        put_byte(o, INTEGER);
        put_u64(o, (uint64_t)sqlite3_column_int64(st, col));
    } else if (type == SQLITE_FLOAT) {
        double d = sqlite3_column_double(st, col);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        put_byte(o, FLOAT);
        put_u64(o, bits);
    } else if (type == SQLITE_NULL) {
        put_byte(o, NULLV);
    } else {
        const void *p = type == SQLITE_TEXT ? (const void *)sqlite3_column_text(st, col)
                                            : sqlite3_column_blob(st, col);
        int k = sqlite3_column_bytes(st, col);
        put_byte(o, type == SQLITE_TEXT ? TEXT : BLOB);
        put_varint(o, (uint64_t)k);
        put_bytes(o, p, (size_t)k);
    }
}

/* The table header: 'T', the column count, a primary-key flag per column
 * (its place in the key, 0 for none) and the name. */
static int put_header(struct recov_db *db, struct out *o)
{
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, "SELECT pk FROM pragma_table_info('entry') ORDER BY cid",
                                &st))
        return RECOV_EIO;
    unsigned char pk[64];
    size_t ncol = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && ncol < sizeof pk)
        pk[ncol++] = (unsigned char)sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE || ncol == 0)
        return recov_db_fail(db, "recording an operation");
    put_byte(o, 'T');
    put_varint(o, ncol);
    put_bytes(o, pk, ncol);
    put_bytes(o, "entry", sizeof "entry");
    return RECOV_OK;
}

static int put_rows(struct recov_db *db, struct out *o, int64_t first, int64_t last,
                    size_t *rows)
{
    sqlite3_stmt *st;
    if (recov_db_prepare_cached(db, "SELECT * FROM entry WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
                                &st))
        return RECOV_EIO;
    sqlite3_bind_int64(st, 1, first);
    sqlite3_bind_int64(st, 2, last);
    int ncol = sqlite3_column_count(st), rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        put_byte(o, SQLITE_INSERT);
        put_byte(o, 0);
        for (int c = 0; c < ncol; c++)
            put_value(o, st, c);
        ++*rows;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? RECOV_OK : recov_db_fail(db, "recording an operation");
}

int recov_changeset_inserts(struct recov_db *db, int64_t first, int64_t last, void **changes,
                            int *n, size_t *rows)
{
    struct out o = {{0}, RECOV_OK};
    *changes = NULL;
    *n = 0;
    *rows = 0;
    int rc = put_header(db, &o);
    if (rc == RECOV_OK)
        rc = put_rows(db, &o, first, last, rows);
    if (rc == RECOV_OK)
        rc = o.rc;
    /* A changeset's size is an int. */
    if (rc == RECOV_OK && o.b.n > INT_MAX) {
        recov_error_set("recording an operation: a part of %zu bytes", o.b.n);
        rc = RECOV_EIO;
    }
    if (rc || *rows == 0) {
        recov_bytes_free(&o.b);
        return rc;
    }
    *changes = o.b.p;
    *n = (int)o.b.n;
    return RECOV_OK;
}
