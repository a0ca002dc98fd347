/* sync/changeset_shape: the changeset format (sqlite.org/sessionintro.html
 * and the session extension's sources): a table header 'T', the column
 * count (a varint), one primary-key flag per column and the table's name
 * ending in NUL; then changes: an operation (INSERT, DELETE or UPDATE), an
 * "indirect" byte and one record (two for an UPDATE: old, then new) of one
 * value per column, each a type byte then its bytes. */
#include "changeset_shape.h"

#include <stdint.h>
#include <string.h>

#include <sqlite3.h>

/* Column values: 0 is "unchanged" (in an UPDATE), 5 is NULL. */
enum { UNDEFINED, INTEGER, FLOAT, TEXT, BLOB, NULLV };

struct cursor {
    const unsigned char *p, *end;
};

/* SQLite's varint: 7 bits a byte, high bit set while more follow, the 9th
 * byte whole. 0 when it runs past the end. */
static int varint(struct cursor *c, uint64_t *v)
{
    *v = 0;
    for (int i = 0; i < 9; i++) {
        if (c->p == c->end)
            return 0;
        unsigned char b = *c->p++;
        if (i == 8) {
            *v = (*v << 8) | b;
            return 1;
        }
        *v = (*v << 7) | (b & 0x7f);
        if (!(b & 0x80))
            return 1;
    }
    return 1;
}

static int skip(struct cursor *c, uint64_t n)
{
    if ((uint64_t)(c->end - c->p) < n)
        return 0;
    c->p += n;
    return 1;
}

static int value(struct cursor *c)
{
    if (c->p == c->end)
        return 0;
    uint64_t len;
    switch (*c->p++) {
    case UNDEFINED:
    case NULLV:
        return 1;
    case INTEGER:
    case FLOAT:
        return skip(c, 8);
    case TEXT:
    case BLOB:
        return varint(c, &len) && skip(c, len);
    default:
        return 0;
    }
}

static int record(struct cursor *c, uint64_t columns)
{
    for (uint64_t i = 0; i < columns; i++)
        if (!value(c))
            return 0;
    return 1;
}

static int table_header(struct cursor *c, uint64_t *columns)
{
    c->p++; /* 'T' */
    if (!varint(c, columns) || *columns == 0 || !skip(c, *columns))
        return 0;
    const unsigned char *nul = memchr(c->p, '\0', (size_t)(c->end - c->p));
    if (!nul)
        return 0;
    c->p = nul + 1;
    return 1;
}

static int change(struct cursor *c, uint64_t columns)
{
    unsigned char op = *c->p++;
    if (op != SQLITE_INSERT && op != SQLITE_DELETE && op != SQLITE_UPDATE)
        return 0;
    if (!skip(c, 1)) /* indirect */
        return 0;
    int records = op == SQLITE_UPDATE ? 2 : 1;
    for (int i = 0; i < records; i++)
        if (!record(c, columns))
            return 0;
    return 1;
}

int recov_changeset_well_formed(const unsigned char *p, size_t n)
{
    struct cursor c = {p, p + n};
    uint64_t columns = 0;
    while (c.p < c.end) {
        int ok = *c.p == 'T' ? table_header(&c, &columns) : columns && change(&c, columns);
        if (!ok)
            return 0;
    }
    return 1;
}
