/* store: reading and writing log entries (all entry SQL lives here). */
#ifndef RECOV_STORE_H
#define RECOV_STORE_H

#include <stdint.h>
#include <time.h>

#include "recov/db.h"
#include "recov/entry.h"

/* Inserts e as part of batch (the journal operation that writes it) and
 * sets e->id, and e->uid when it is empty (an entry read from an export
 * keeps its own). Returns 0 or RECOV_EIO. */
int recov_store_insert(struct recov_db *db, int64_t batch, struct recov_entry *e);
/* The same, for an entry that may be there already: inserts e and sets
 * *added to 1 unless an entry with its uid exists (then *added is 0, and
 * recov_store_find tells whether it is the same). One statement instead of
 * a lookup and an insert, for imports. Returns 0 or RECOV_EIO. */
int recov_store_insert_new(struct recov_db *db, int64_t batch, struct recov_entry *e,
                           int *added);

/* The entry that e (just written by operation op) most likely repeats: the
 * same kind and type, region or action, from an earlier operation, and
 * overlapping it or within 10 minutes. out->id is 0 when there is none;
 * else clear out after. Returns 0 or RECOV_EIO. */
int recov_store_twin(struct recov_db *db, const struct recov_entry *e, int64_t op,
                     struct recov_entry *out);

/* Reads entries with from <= at < to (0 for "no bound") of the kinds in
 * kind_mask (bit 1 << enum recov_kind; 0 means all), oldest first, appended
 * to out. Returns 0 or RECOV_EIO. */
int recov_store_range(struct recov_db *db, time_t from, time_t to, unsigned kind_mask,
                      struct recov_entries *out);
/* Reads one entry by id. Returns 0, RECOV_ENOTFOUND or RECOV_EIO. */
int recov_store_get(struct recov_db *db, int64_t id, struct recov_entry *out);
/* Rewrites the values of entry e->id (its kind, uid and batch stay).
 * Returns 0, RECOV_ENOTFOUND (message set) or RECOV_EIO. */
int recov_store_update(struct recov_db *db, const struct recov_entry *e);
/* Deletes one entry. Returns 0, RECOV_ENOTFOUND (message set) or RECOV_EIO. */
int recov_store_remove(struct recov_db *db, int64_t id);
/* Looks for the stored copy of e: by uid when e has one, else an entry of
 * the same kind, time and values. *id is 0 when there is none; *same is 1
 * when its values equal e's. Returns 0 or RECOV_EIO. */
int recov_store_find(struct recov_db *db, const struct recov_entry *e, int64_t *id, int *same);
/* Number of entries in the log. */
int recov_store_count(struct recov_db *db, int64_t *count);
/* Time of the first workout (0 when none). */
int recov_store_first_workout(struct recov_db *db, time_t *at);

/* Sum of session load per local day for days [first_day, last_day]:
 * loads[i] is day first_day + i (0 for a day without sessions). */
int recov_store_daily_loads(struct recov_db *db, int first_day, int last_day,
                            double *loads);

/* Prepared-statement iterator over every entry oldest first, for export and
 * other full scans that must not hold all rows in memory. e, its note
 * included, is valid only while fn runs: copy what you keep. */
typedef int (*recov_entry_fn)(const struct recov_entry *e, void *ctx);
int recov_store_each(struct recov_db *db, recov_entry_fn fn, void *ctx);

/* Time of the first entry of any kind (0 when the log is empty). Returns 0
 * or RECOV_EIO. */
int recov_store_first_entry(struct recov_db *db, time_t *at);
/* Sets *found to 1 when the log holds a workout imported from source (when
 * source is not ""), or one of type that started within window seconds of
 * at; else 0. For imports, which skip what is already there. Returns 0 or
 * RECOV_EIO. */
int recov_store_find_session(struct recov_db *db, const char *source, const char *type,
                             time_t at, int window, int *found);

#endif
