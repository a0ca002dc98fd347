/* journal: every writing command is one operation that undo reverts and redo repeats. */
#ifndef RECOV_JOURNAL_H
#define RECOV_JOURNAL_H

#include <stdint.h>
#include <time.h>

#include "recov/db.h"
#include "recov/entry.h"

/* What applying an operation (or its inverse) did to the log: entries that
 * appeared, entries that went, and entries whose values changed (before[i]
 * became after[i]), each oldest id first. */
struct recov_effect {
    int64_t op;             /* the operation's number */
    char command[32];       /* the command that wrote it: "log", "rm", ... */
    struct recov_entries added, removed, before, after;
    size_t reminders;       /* reminders set back (undo/redo of a remind command) */
    size_t reminders_kept;  /* ... and left as they were: shown or replaced since */
};
void recov_effect_free(struct recov_effect *effect);

/* The body of an operation: runs inside its transaction; op is its number,
 * which is also the batch of the entries it inserts. */
typedef int (*recov_journal_fn)(struct recov_db *db, int64_t op, void *ctx);

/* Runs fn as one operation named command, in one transaction (BEGIN
 * IMMEDIATE ... COMMIT): what fn changes in the entry table is recorded as
 * the operation's changeset, and operations undone before are forgotten
 * (redo ends where a new operation begins). An operation that changed no
 * entry leaves no trace. Returns fn's status, or RECOV_EIO; on any failure
 * nothing is written. */
int recov_journal_write(struct recov_db *db, const char *command, time_t now,
                        recov_journal_fn fn, void *ctx);

/* The same for a command that changes reminders (remind snooze, cancel,
 * ack): their changes are recorded too, as this device's own (reminders
 * are per device), and undo sets the reminders back unless they changed
 * since (shown by the runner, say): those keep their state. */
int recov_journal_write_reminders(struct recov_db *db, const char *command, time_t now,
                                  recov_journal_fn fn, void *ctx);

/* Runs fn as recov_journal_write does, for a body that only inserts
 * entries, many of them (an import), and reports them with
 * recov_journal_part_inserted as it goes: no session watches the rows go
 * in (its bookkeeping costs about as much as the inserts themselves), so
 * a change fn does not report is not recorded and undo would not revert
 * it. */
int recov_journal_write_inserts(struct recov_db *db, const char *command, time_t now,
                                recov_journal_fn fn, void *ctx);

/* For fn of recov_journal_write_inserts: stores the count entries it
 * inserted since the last call, ids first to last, as one part of the
 * operation, so that memory does not grow with the operation: in full, and
 * handed to sync as a change of its own, on a database that syncs; as the
 * ids alone otherwise (undo reads the rows back). Undo and redo apply
 * every part. Returns 0, or RECOV_EIO (also when those ids do not hold count
 * entries); a no-op outside recov_journal_write_inserts. */
int recov_journal_part_inserted(struct recov_db *db, int64_t first, int64_t last, size_t count);

/* For a writer of entries outside the journal (sync): call when the
 * entry entry_id changes or goes, so that undo of an import that kept it
 * as an id refuses, as it would on meeting the changed row. Returns 0 or
 * RECOV_EIO. */
int recov_journal_changed_outside(struct recov_db *db, int64_t entry_id);

/* For fn: call before deleting entry_id, so that the reminders the removal
 * cancels come back when the entry does. Returns 0 or RECOV_EIO. */
int recov_journal_keep_reminders(struct recov_db *db, int64_t op, int64_t entry_id);
/* Inside an operation's body: keeps reminder_id's live state with the
 * operation before the body calls it off, so that undo brings it back
 * (while its entry is there) and redo calls it off again. A no-op outside
 * one. */
int recov_journal_keep_reminder(struct recov_db *db, int64_t reminder_id);

/* Reverts the newest operation not undone yet (undo), or repeats the oldest
 * undone one (redo), in one transaction, and describes it in *effect (free
 * it after); then (unless NULL) runs last in that transaction, with the
 * operation's number and ctx (for what follows from the log, such as its
 * warnings). With dry_run the transaction is rolled back: *effect says
 * what would change. Returns 0, RECOV_ENOTFOUND (nothing to undo/redo,
 * message set), then's failure or RECOV_EIO (also when the log no longer
 * matches the operation; nothing changes then). */
int recov_journal_undo(struct recov_db *db, int dry_run, struct recov_effect *effect,
                       recov_journal_fn then, void *ctx);
int recov_journal_redo(struct recov_db *db, int dry_run, struct recov_effect *effect,
                       recov_journal_fn then, void *ctx);

#endif
