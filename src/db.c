/* db: the one owner of the SQLite connection: open, PRAGMAs, migrations. */
#include "recov/db.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "recov/error.h"
#include "recov/migrations.h"
#include "recov/xdg.h"

#define CACHE_SLOTS 16

struct recov_db {
    sqlite3 *conn;
    /* Statements reused across calls, keyed by the address of their SQL. */
    const char *cached_sql[CACHE_SLOTS];
    sqlite3_stmt *cached[CACHE_SLOTS];
};

/* Concurrent recov processes wait this long for each other's writes. */
#define BUSY_TIMEOUT_MS 5000

int recov_db_schema_version(void)
{
    return recov_migration_count;
}

int recov_db_default_path(char *buf, size_t n)
{
    return recov_xdg_path("XDG_DATA_HOME", ".local/share", "recov.db", buf, n);
}

/* mkdir -p for the parent directories of path; new ones are 0700 because
 * the log is health data. */
static int make_parents(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return RECOV_OK;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            goto fail;
        *p = '/';
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST)
        goto fail;
    return RECOV_OK;
fail:
    recov_error_set("cannot create directory '%s': %s", dir, strerror(errno));
    return RECOV_EIO;
}

/* Creates the file 0600 before SQLite does, so it never exists with the
 * umask's wider permissions. */
static int create_private(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
        recov_error_set("cannot create database '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    if (fd >= 0)
        close(fd);
    return RECOV_OK;
}

int recov_db_fail(struct recov_db *db, const char *what)
{
    recov_error_set("database: %s: %s", what, db && db->conn ? sqlite3_errmsg(db->conn) : "?");
    return RECOV_EIO;
}

static int exec(struct recov_db *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db->conn, sql, NULL, NULL, &msg) != SQLITE_OK) {
        recov_error_set("database: %s", msg ? msg : sqlite3_errmsg(db->conn));
        sqlite3_free(msg);
        return RECOV_EIO;
    }
    return RECOV_OK;
}

/* Switches the file to WAL (a no-op once it is). Changing the journal mode
 * takes an exclusive lock without calling the busy handler, so processes
 * that create the database at the same moment retry here for as long as
 * they would wait for a write. Returns 0 or RECOV_EIO. */
static int use_wal(struct recov_db *db)
{
    int rc, waited = 0;
    while ((rc = sqlite3_exec(db->conn, "PRAGMA journal_mode = WAL", NULL, NULL, NULL)) ==
               SQLITE_BUSY &&
           waited < BUSY_TIMEOUT_MS) {
        sqlite3_sleep(5);
        waited += 5;
    }
    return rc == SQLITE_OK ? RECOV_OK : recov_db_fail(db, "switching to WAL");
}

static int user_version(struct recov_db *db, int *version)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db->conn, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return recov_db_fail(db, "reading the schema version");
    int rc = sqlite3_step(st);
    *version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? RECOV_OK : recov_db_fail(db, "reading the schema version");
}

/* Reads the schema version into *version and refuses a database written by
 * a newer recov, before anything touches it. Returns 0 or RECOV_EIO. */
static int check_not_newer(struct recov_db *db, const char *path, int *version)
{
    if (user_version(db, version))
        return RECOV_EIO;
    if (*version > recov_migration_count) {
        recov_error_set("database '%s': schema version %d is newer than this recov "
                        "understands (%d); upgrade recov",
                        path, *version, recov_migration_count);
        return RECOV_EIO;
    }
    return RECOV_OK;
}

/* Applies the missing migrations in one transaction; version is the one
 * read when the database was opened (an up-to-date one costs nothing). */
static int migrate(struct recov_db *db, const char *path, int version)
{
    if (version == recov_migration_count)
        return RECOV_OK;
    if (recov_db_begin(db))
        return RECOV_EIO;
    /* Re-read inside the write lock: another process may have migrated. */
    if (check_not_newer(db, path, &version) || version == recov_migration_count) {
        int rc = version == recov_migration_count ? RECOV_OK : RECOV_EIO;
        recov_db_rollback(db);
        return rc;
    }
    for (int i = version; i < recov_migration_count; i++) {
        if (exec(db, recov_migrations[i].sql)) {
            char why[512];
            snprintf(why, sizeof why, "%s", recov_error_get());
            recov_error_set("migration %s: %s", recov_migrations[i].name, why);
            recov_db_rollback(db);
            return RECOV_EIO;
        }
    }
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", recov_migration_count);
    if (exec(db, pragma) || recov_db_commit(db)) {
        recov_db_rollback(db);
        return RECOV_EIO;
    }
    return RECOV_OK;
}

int recov_db_open(const char *path, struct recov_db **out)
{
    *out = NULL;
    if (make_parents(path) || create_private(path))
        return RECOV_EIO;
    struct recov_db *db = calloc(1, sizeof *db);
    if (!db) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    if (sqlite3_open_v2(path, &db->conn, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK) {
        recov_error_set("cannot open database '%s': %s", path, sqlite3_errmsg(db->conn));
        recov_db_close(db);
        return RECOV_EIO;
    }
    sqlite3_busy_timeout(db->conn, BUSY_TIMEOUT_MS);
    /* The version check comes before WAL: switching the journal mode would
     * already modify a database this recov must not touch. */
    int version;
    if (exec(db, "PRAGMA foreign_keys = ON") || check_not_newer(db, path, &version) ||
        use_wal(db) || exec(db, "PRAGMA synchronous = NORMAL") ||
        migrate(db, path, version)) {
        recov_db_close(db);
        return RECOV_EIO;
    }
    *out = db;
    return RECOV_OK;
}

void recov_db_close(struct recov_db *db)
{
    if (!db)
        return;
    for (int i = 0; i < CACHE_SLOTS; i++)
        sqlite3_finalize(db->cached[i]);
    sqlite3_close(db->conn);
    free(db);
}

int recov_db_begin(struct recov_db *db)
{
    return exec(db, "BEGIN IMMEDIATE");
}

int recov_db_commit(struct recov_db *db)
{
    return exec(db, "COMMIT");
}

void recov_db_rollback(struct recov_db *db)
{
    if (!sqlite3_get_autocommit(db->conn))
        sqlite3_exec(db->conn, "ROLLBACK", NULL, NULL, NULL);
}

sqlite3 *recov_db_sqlite(struct recov_db *db)
{
    return db->conn;
}

int recov_db_prepare_cached(struct recov_db *db, const char *sql, sqlite3_stmt **st)
{
    int i = 0;
    while (i < CACHE_SLOTS && db->cached_sql[i] && db->cached_sql[i] != sql)
        i++;
    if (i < CACHE_SLOTS && db->cached_sql[i] == sql) {
        sqlite3_reset(db->cached[i]);
        sqlite3_clear_bindings(db->cached[i]);
        *st = db->cached[i];
        return RECOV_OK;
    }
    if (i == CACHE_SLOTS) {
        recov_error_set("internal: statement cache full");
        return RECOV_EIO;
    }
    if (sqlite3_prepare_v3(db->conn, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
        return recov_db_fail(db, "preparing a statement");
    db->cached_sql[i] = sql;
    db->cached[i] = *st;
    return RECOV_OK;
}

/* Runs fn inside the transaction already open, as a savepoint: its failure
 * undoes only what it did, and the whole stays one transaction. */
static int write_nested(struct recov_db *db, recov_db_write_fn fn, void *ctx)
{
    if (exec(db, "SAVEPOINT nested_write"))
        return RECOV_EIO;
    int rc = fn(db, ctx);
    if (rc)
        sqlite3_exec(db->conn, "ROLLBACK TO nested_write", NULL, NULL, NULL);
    if (exec(db, "RELEASE nested_write") && rc == RECOV_OK)
        rc = RECOV_EIO;
    return rc;
}

int recov_db_write(struct recov_db *db, recov_db_write_fn fn, void *ctx)
{
    /* A journal operation wraps a module's own write in its transaction. */
    if (!sqlite3_get_autocommit(db->conn))
        return write_nested(db, fn, ctx);
    if (recov_db_begin(db))
        return RECOV_EIO;
    int rc = fn(db, ctx);
    if (rc == RECOV_OK)
        rc = recov_db_commit(db);
    if (rc)
        recov_db_rollback(db);
    return rc;
}

int recov_db_prepare(struct recov_db *db, const char *sql, sqlite3_stmt **st)
{
    if (sqlite3_prepare_v2(db->conn, sql, -1, st, NULL) != SQLITE_OK)
        return recov_db_fail(db, "preparing a statement");
    return RECOV_OK;
}

void recov_db_bind_text(sqlite3_stmt *st, int i, const char *text)
{
    if (text)
        sqlite3_bind_text(st, i, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}
