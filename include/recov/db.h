/* db: opening the database, its PRAGMAs, migrations and transactions. */
#ifndef RECOV_DB_H
#define RECOV_DB_H

#include <stddef.h>
#include <sqlite3.h>

struct recov_db;

/* Opens (creating when missing: directory 0700, file 0600) and migrates the
 * database at path. A database from a newer recov is refused unmodified.
 * Returns 0 or RECOV_EIO with a message; *out is NULL on failure. */
int recov_db_open(const char *path, struct recov_db **out);
/* The same, waiting busy_ms for another program's write lock (past it, a
 * write fails with "the log is locked by another program (pid N); nothing
 * was saved; try again"). An existing database this process cannot write
 * (read-only file or directory) is opened read-only: reading works, and
 * recov_db_begin says why it cannot write. */
int recov_db_open_with(const char *path, int busy_ms, struct recov_db **out);
/* A one-line warning from opening (permissions fixed), or "". */
const char *recov_db_warning(const struct recov_db *db);
void recov_db_close(struct recov_db *db);
/* The default path ($XDG_DATA_HOME/recov/recov.db). */
int recov_db_default_path(char *buf, size_t n);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. Return 0 or RECOV_EIO. */
int recov_db_begin(struct recov_db *db);
int recov_db_commit(struct recov_db *db);
void recov_db_rollback(struct recov_db *db);

/* Runs fn inside BEGIN IMMEDIATE ... COMMIT; any failure rolls back so a
 * command writes all or nothing. Called inside a transaction (a journal
 * operation around a module's write), fn runs in a savepoint of it instead.
 * Returns fn's status or RECOV_EIO. */
typedef int (*recov_db_write_fn)(struct recov_db *db, void *ctx);
int recov_db_write(struct recov_db *db, recov_db_write_fn fn, void *ctx);

/* The connection, for store_*.c only: all SQL lives there. */
sqlite3 *recov_db_sqlite(struct recov_db *db);
/* A prepared statement kept for the connection's lifetime, keyed by the
 * address of sql (pass a static string); reset and unbound on each call.
 * The caller must not finalize it. Returns 0 or RECOV_EIO. */
int recov_db_prepare_cached(struct recov_db *db, const char *sql, sqlite3_stmt **st);
/* Prepares sql (finalize it after). Returns 0 or RECOV_EIO with a message. */
int recov_db_prepare(struct recov_db *db, const char *sql, sqlite3_stmt **st);
/* Binds text to parameter i, or NULL when text is NULL; text must outlive
 * the statement's next step. */
void recov_db_bind_text(sqlite3_stmt *st, int i, const char *text);
/* Sets the error message from the connection's last error; returns RECOV_EIO. */
int recov_db_fail(struct recov_db *db, const char *what);
/* The schema version this build writes. */
int recov_db_schema_version(void);

#endif
