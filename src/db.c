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
    char path[4096];
    int busy_ms;
    /* Why this database cannot be written here, or "" when it can. */
    char readonly[4096 + 128];
    char warning[4096 + 128];
    /* Statements reused across calls, keyed by the address of their SQL. */
    const char *cached_sql[CACHE_SLOTS];
    sqlite3_stmt *cached[CACHE_SLOTS];
    /* The WAL did not exist when the database was opened: once a commit
     * creates it, its directory entry must reach the disk too. */
    int wal_is_new;
    /* Frames the WAL held at open, as its size tells (0 when new). */
    int wal_frames_at_open;
};

/* NORMAL keeps the database consistent through a crash; the commit itself is
 * made durable by one explicit sync of the WAL (sync_wal). FULL would do the
 * same sync plus one of the directory on every connection's first commit.
 * After a checkpoint the WAL file is cut back to journal_size_limit. */
#define DURABILITY_PRAGMAS "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 4194304"

/* Concurrent recov processes wait this long for each other's writes
 * unless the config says otherwise ([general] busy_timeout). */
#define BUSY_TIMEOUT_MS 5000

/* SQLite's lock bytes: the WAL write lock and its neighbours in -shm, and
 * the PENDING/RESERVED/SHARED range of a rollback-journal database. */
#define SHM_LOCKS_AT 120
#define SHM_LOCKS_LEN 8
#define DB_PENDING_BYTE 0x40000000

/* The pid of a process holding a lock on bytes [at, at+len) of file, or 0
 * when none is known. */
static pid_t lock_holder(const char *file, off_t at, off_t len)
{
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = at, .l_len = len};
    pid_t pid = fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK ? fl.l_pid : 0;
    close(fd);
    return pid;
}

/* The message for a database another program keeps locked past the busy
 * timeout: who (when the lock table says), and that nothing was written. */
static int locked(struct recov_db *db)
{
    char shm[4096 + 8];
    snprintf(shm, sizeof shm, "%s-shm", db->path);
    pid_t pid = lock_holder(shm, SHM_LOCKS_AT, SHM_LOCKS_LEN);
    if (!pid)
        pid = lock_holder(db->path, DB_PENDING_BYTE, 512);
    if (pid)
        recov_error_set("the log is locked by another program (pid %ld); nothing was saved; "
                        "try again",
                        (long)pid);
    else
        recov_error_set("the log is locked by another program; nothing was saved; try again");
    return RECOV_EIO;
}

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
    if (db && db->conn && sqlite3_errcode(db->conn) == SQLITE_BUSY)
        return locked(db);
    recov_error_set("database: %s: %s", what, db && db->conn ? sqlite3_errmsg(db->conn) : "?");
    return RECOV_EIO;
}

static int exec(struct recov_db *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db->conn, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (sqlite3_errcode(db->conn) == SQLITE_BUSY) {
            sqlite3_free(msg);
            return locked(db);
        }
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
           waited < db->busy_ms) {
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

/* Why the database at path cannot be written by this process, into why
 * (empty when it can): a read-only file, or a directory where SQLite could
 * not create its -wal and -shm files. */
static void why_readonly(const char *path, char *why, size_t n)
{
    char dir[4096];
    recov_path_parent(path, dir, sizeof dir);
    *why = '\0';
    if (access(path, W_OK) != 0)
        snprintf(why, n, "the file is not writable: %s", strerror(errno));
    else if (access(dir, W_OK) != 0)
        snprintf(why, n, "its directory '%s' is not writable: %s", dir, strerror(errno));
}

/* Health data: a database others can read loses its group and other bits
 * when it is ours (with its -wal and -shm), and says so once. */
static void make_private(struct recov_db *db)
{
    static const char *const suffix[] = {"", "-wal", "-shm"};
    struct stat st;
    if (stat(db->path, &st) != 0 || !(st.st_mode & 077))
        return;
    if (st.st_uid != geteuid()) {
        snprintf(db->warning, sizeof db->warning,
                 "database '%s' is readable by others (%04o) and not yours to change", db->path,
                 (unsigned)(st.st_mode & 07777));
        return;
    }
    for (size_t i = 0; i < 3; i++) {
        char file[4096 + 8];
        snprintf(file, sizeof file, "%s%s", db->path, suffix[i]);
        chmod(file, 0600);
    }
    snprintf(db->warning, sizeof db->warning,
             "database '%s' was readable by others (%04o); changed it to 0600", db->path,
             (unsigned)(st.st_mode & 07777));
}

/* Opens an existing database this process cannot write, read-only. With
 * commits still in its WAL, SQLite reads them through the existing -wal and
 * -shm; with none, the file is opened immutable, which needs no -shm (a
 * directory we cannot write could not hold a new one). */
static int open_readonly(struct recov_db *db)
{
    char wal[sizeof db->path + 8];
    struct stat st;
    snprintf(wal, sizeof wal, "%s-wal", db->path);
    int immutable = stat(wal, &st) != 0 || st.st_size == 0;
    char *uri = sqlite3_mprintf("file:%s?mode=ro%s", db->path, immutable ? "&immutable=1" : "");
    /* A path with URI syntax in it ('?', '#', '%') is opened as a name. */
    int plain = strpbrk(db->path, "?#%") != NULL;
    int rc = uri ? sqlite3_open_v2(plain ? db->path : uri, &db->conn,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX |
                                       (plain ? 0 : SQLITE_OPEN_URI),
                                   NULL)
                 : SQLITE_NOMEM;
    sqlite3_free(uri);
    return rc;
}

/* Debian's SQLite has no lookaside memory (SQLITE_OMIT_LOOKASIDE): every
 * allocation is a malloc, and by default each one also takes a mutex to
 * count the memory in use, which recov never asks for. Not counting saves
 * 5 % of an import's instructions. It must be set before SQLite starts:
 * later calls would fail, so it is tried once, before the first open. */
static void count_no_memory(void)
{
    static int tried;
    if (!tried)
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    tried = 1;
}

/* Closing must not checkpoint: that costs syncs on every command and, done
 * by the last connection, deletes the WAL so the next command creates it
 * again. SQLite's automatic checkpoints (every 1000 pages) keep the WAL
 * bounded instead. Only for a database this recov may change: a refused
 * one is closed the ordinary way and left as it was found. */
static int keep_wal_open(struct recov_db *db)
{
    int on;
    if (sqlite3_db_config(db->conn, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &on) != SQLITE_OK || !on)
        return recov_db_fail(db, "keeping the WAL at close");
    return RECOV_OK;
}

/* SQLite's automatic checkpoint copies the WAL into the database and leaves
 * restarting the WAL to a later write on a connection that saw it all
 * copied. recov's connections live for one command and close without a
 * checkpoint, and the next process rebuilds the WAL index from the file,
 * counting nothing as copied: the WAL would never restart, grow without
 * bound, and every commit past the threshold would copy all of it again
 * (three more syncs each). So the commit that takes the WAL past the
 * threshold copies it and truncates it to nothing; a checkpoint that cannot
 * finish (a reader) is tried again by the next commit. */
#define WAL_CHECKPOINT_FRAMES 1000
/* A command that writes this much (an import, the undo of one, a sync that
 * brings many changes) copies it at once too: left below the threshold, it
 * would be read again by every later command, reads included, until small
 * writes take the WAL past it, days later for someone who logs a few a day.
 * A `log` writes a handful of frames and never reaches it. */
#define WAL_BULK_FRAMES 100

static int checkpoint_when_full(void *arg, sqlite3 *conn, const char *schema, int frames)
{
    struct recov_db *db = arg;
    if (frames < WAL_CHECKPOINT_FRAMES && frames - db->wal_frames_at_open < WAL_BULK_FRAMES)
        return SQLITE_OK;
    if (sqlite3_wal_checkpoint_v2(conn, schema, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) ==
        SQLITE_OK)
        db->wal_frames_at_open = 0;
    return SQLITE_OK;
}

/* Whether the WAL file is missing; when not, notes how many frames its size
 * holds (a 32-byte header, then each page behind a 24-byte header). */
static int wal_missing_at_open(struct recov_db *db)
{
    const char *wal = sqlite3_filename_wal(sqlite3_db_filename(db->conn, "main"));
    struct stat st;
    if (stat(wal, &st) != 0)
        return 1;
    /* SQLite's default page size, which recov never changes: an estimate
     * is all the bulk checkpoint needs. */
    int page = 4096;
    db->wal_frames_at_open = st.st_size > 32 ? (int)((st.st_size - 32) / (page + 24)) : 0;
    return 0;
}

int recov_db_open_with(const char *path, int busy_ms, struct recov_db **out)
{
    *out = NULL;
    struct recov_db *db = calloc(1, sizeof *db);
    if (!db) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    snprintf(db->path, sizeof db->path, "%s", path);
    db->busy_ms = busy_ms;
    if (access(path, F_OK) == 0)
        why_readonly(path, db->readonly, sizeof db->readonly);
    if (!*db->readonly && (make_parents(path) || create_private(path))) {
        recov_db_close(db);
        return RECOV_EIO;
    }
    if (!*db->readonly)
        make_private(db);
    count_no_memory();
    int rc = *db->readonly ? open_readonly(db)
                           : sqlite3_open_v2(path, &db->conn,
                                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        recov_error_set("cannot open database '%s': %s", path,
                        db->conn ? sqlite3_errmsg(db->conn) : "out of memory");
        recov_db_close(db);
        return RECOV_EIO;
    }
    sqlite3_busy_timeout(db->conn, busy_ms);
    db->wal_is_new = wal_missing_at_open(db);
    /* The version check comes before WAL: switching the journal mode would
     * already modify a database this recov must not touch. */
    int version;
    if (exec(db, "PRAGMA foreign_keys = ON") || check_not_newer(db, path, &version)) {
        recov_db_close(db);
        return RECOV_EIO;
    }
    if (*db->readonly && version != recov_migration_count) {
        recov_error_set("database '%s' needs an upgrade to this recov's schema but cannot be "
                        "written: %s",
                        path, db->readonly);
        recov_db_close(db);
        return RECOV_EIO;
    }
    /* The hook is in place before a migration: one that rebuilds a table
     * leaves its copy in the WAL, which every later command would read again
     * to rebuild the WAL index until a checkpoint. */
    if (!*db->readonly)
        sqlite3_wal_hook(db->conn, checkpoint_when_full, db);
    if (!*db->readonly && (keep_wal_open(db) || use_wal(db) || exec(db, DURABILITY_PRAGMAS) ||
                           migrate(db, path, version))) {
        recov_db_close(db);
        return RECOV_EIO;
    }
    *out = db;
    return RECOV_OK;
}

int recov_db_open(const char *path, struct recov_db **out)
{
    return recov_db_open_with(path, BUSY_TIMEOUT_MS, out);
}

const char *recov_db_warning(const struct recov_db *db)
{
    return db->warning;
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
    if (*db->readonly) {
        recov_error_set("cannot write to database '%s': %s; nothing was saved", db->path,
                        db->readonly);
        return RECOV_EIO;
    }
    return exec(db, "BEGIN IMMEDIATE");
}

/* fsync of the directory holding path, so a file created there survives a
 * power cut. Returns 0 or RECOV_EIO. */
static int sync_parent(const char *path)
{
    char dir[4096];
    recov_path_parent(path, dir, sizeof dir);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = fd >= 0 && fsync(fd) == 0 ? RECOV_OK : RECOV_EIO;
    if (fd >= 0)
        close(fd);
    if (rc)
        recov_error_set("saved, but cannot sync directory '%s' to disk: %s", dir, strerror(errno));
    return rc;
}

/* Makes the last commit durable: one fdatasync of the WAL, the only file a
 * WAL-mode commit writes. With synchronous=NORMAL SQLite leaves that to the
 * next checkpoint, which a power cut could beat. Returns 0 or RECOV_EIO. */
static int sync_wal(struct recov_db *db)
{
    const char *wal = sqlite3_filename_wal(sqlite3_db_filename(db->conn, "main"));
    int fd = open(wal, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fdatasync(fd) != 0) {
        recov_error_set("saved, but cannot sync '%s' to disk: %s", wal, strerror(errno));
        if (fd >= 0)
            close(fd);
        return RECOV_EIO;
    }
    close(fd);
    if (!db->wal_is_new)
        return RECOV_OK;
    db->wal_is_new = 0;
    return sync_parent(wal);
}

int recov_db_commit(struct recov_db *db)
{
    return exec(db, "COMMIT") ? RECOV_EIO : sync_wal(db);
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
