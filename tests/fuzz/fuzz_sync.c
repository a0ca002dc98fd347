/* fuzz_sync: another device's change, as read from the shared folder, applied
 * to a log (libFuzzer target). The first byte picks the kind of change (a
 * change of the log, or reminder answers); the rest is the payload that
 * follows a file's header once its checksum holds. */
#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "fuzz_util.h"
#include "recov/db.h"
#include "recov/error.h"
#include "recov/sync.h"

#define PEER "00000000-0000-4000-8000-000000000001"

static struct recov_db *db;
static int64_t seq;

static struct recov_db *open_log(void)
{
    char dir[] = "/tmp/recov-fuzz-sync-XXXXXX", path[64];
    if (!mkdtemp(dir))
        return NULL;
    snprintf(path, sizeof path, "%s/recov.db", dir);
    struct recov_db *d = NULL;
    if (recov_db_open(path, &d) != RECOV_OK)
        return NULL;
    /* Durability is not what is tested here: no fsync per input. */
    sqlite3_exec(recov_db_sqlite(d), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
    return d;
}

/* What the log holds, in one number that any change moves. */
static int64_t fingerprint(void)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_prepare_v2(recov_db_sqlite(db),
                           "SELECT (SELECT count(*) FROM entry) * 1000003 + "
                           "(SELECT count(*) FROM sync_answer) * 1009 + "
                           "(SELECT coalesce(max(applied), 0) FROM sync_peer)",
                           -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!db && !(db = open_log()))
        __builtin_trap();
    if (size < 1)
        return 0;
    int kind = data[0] & 1 ? RECOV_SYNC_KIND_ANSWERS : RECOV_SYNC_KIND_LOG;
    int64_t before = fingerprint();
    int rc = recov_sync_apply(db, PEER, seq + 1, seq + 1, kind, data + 1, size - 1, NULL);
    if (rc == RECOV_OK)
        seq++;
    /* A change that does not decode leaves the log as it was. */
    else if (rc != RECOV_EINPUT || fingerprint() != before) {
        fprintf(stderr, "apply returned %d (%s) and the log %s\n", rc, recov_error_get(),
                fingerprint() != before ? "changed" : "did not change");
        __builtin_trap();
    }
    return 0;
}
