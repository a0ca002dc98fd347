/* changeset_inserts: the changeset of entries just inserted, read from their rows. */
#ifndef RECOV_CHANGESET_INSERTS_H
#define RECOV_CHANGESET_INSERTS_H

#include <stddef.h>
#include <stdint.h>

#include "recov/db.h"

/* A changeset of one INSERT per entry whose id is first to last, with
 * each value as stored: what SQLite's session extension records for
 * inserting those rows (it, too, reads them back from the table when it
 * writes its changeset), in id order. For a body that only inserts, a
 * session's per-row bookkeeping costs as much as the inserts themselves.
 * *changes is sqlite3_malloc'd (sqlite3_free it, as a session's); *rows
 * counts the rows read. Returns 0 or RECOV_EIO with a message. */
int recov_changeset_inserts(struct recov_db *db, int64_t first, int64_t last, void **changes,
                            int *n, size_t *rows);

#endif
