/* sql_log_shim: an LD_PRELOAD library that writes down every SQL statement
 * a process prepares, so a test can ask SQLite how it would run each one.
 *
 * RECOV_SQL_LOG  a file; each statement prepared through sqlite3_prepare_v2
 *                or sqlite3_prepare_v3 is appended to it as one line
 *                (newlines and tabs become spaces), exactly as compiled
 *                (up to its tail, when one string holds several). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void note(const char *sql, const char *tail)
{
    const char *file = getenv("RECOV_SQL_LOG");
    if (!file || !*file || !sql)
        return;
    size_t n = tail && tail >= sql ? (size_t)(tail - sql) : strlen(sql);
    FILE *f = fopen(file, "a");
    if (!f)
        return;
    for (size_t i = 0; i < n; i++)
        putc(sql[i] == '\n' || sql[i] == '\t' || sql[i] == '\r' ? ' ' : sql[i], f);
    putc('\n', f);
    fclose(f);
}

int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **st, const char **tail)
{
    static int (*real)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
    const char *end = NULL;
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "sqlite3_prepare_v2");
    int rc = real(db, sql, n, st, &end);
    if (rc == SQLITE_OK)
        note(sql, end);
    if (tail)
        *tail = end;
    return rc;
}

int sqlite3_prepare_v3(sqlite3 *db, const char *sql, int n, unsigned flags, sqlite3_stmt **st,
                       const char **tail)
{
    static int (*real)(sqlite3 *, const char *, int, unsigned, sqlite3_stmt **, const char **);
    const char *end = NULL;
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "sqlite3_prepare_v3");
    int rc = real(db, sql, n, flags, st, &end);
    if (rc == SQLITE_OK)
        note(sql, end);
    if (tail)
        *tail = end;
    return rc;
}
