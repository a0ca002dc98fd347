/* sync: one log on many devices through a folder another program replicates. */
#ifndef RECOV_SYNC_H
#define RECOV_SYNC_H

#include <stddef.h>
#include <stdint.h>

#include "recov/db.h"

#define RECOV_SYNC_FORMAT 1
#define RECOV_SYNC_HEADER 84      /* bytes before the payload */

/* Called by the journal inside each transaction that changes entries
 * (an operation, an undo, a redo) with the changeset it applied: once this
 * database has a device id, the change becomes the next outgoing one.
 * Returns 0 or RECOV_EIO. */
int recov_sync_note(struct recov_db *db, const void *changes, int n);

/* This database's device id, created (with its entries as the first
 * outgoing change) if it has none yet when create is set; "" when it has
 * none. Returns 0 or RECOV_EIO. */
int recov_sync_device(struct recov_db *db, int create, char device[37]);

/* One outgoing change: seq, clock and payload (sqlite3_free'd by the
 * caller); RECOV_ENOTFOUND past the last. */
int recov_sync_outgoing(struct recov_db *db, int64_t seq, int64_t *clock, void **payload,
                        int *n);
int64_t recov_sync_sent(struct recov_db *db);

/* The number of the last change applied from device and its logical
 * clock (0, 0: none). Returns 0 or RECOV_EIO. */
int recov_sync_peer_state(struct recov_db *db, const char *device, int64_t *applied,
                          int64_t *clock);

/* Applies another device's change seq (the next after the last applied)
 * in one transaction: its entries are rebuilt from all their changes in
 * (clock, device) order. RECOV_EINPUT (message set) if the payload does
 * not decode: nothing changes then. */
int recov_sync_apply(struct recov_db *db, const char *device, int64_t seq, int64_t clock,
                     const void *payload, size_t n);

/* The shared file of one change: header (format, device, seq, schema
 * version, clock, length, checksum) then payload; *out malloc'd. */
int recov_sync_encode(const char *device, int64_t seq, int64_t clock, const void *payload,
                      size_t n, unsigned char **out, size_t *nout);
/* Checks a file read whole: RECOV_EINPUT with the reason (truncated, bad
 * checksum, newer format or schema, wrong device or number) or 0 with the
 * clock and where the payload lies in buf. */
int recov_sync_decode(const unsigned char *buf, size_t n, const char *device, int64_t seq,
                      int64_t *clock, const unsigned char **payload, size_t *npayload);

/* What `recov sync` did or would do. */
struct recov_sync_peer {
    char device[37];
    int64_t applied;            /* the last applied change */
    int64_t clock;              /* its logical clock */
    int64_t pending;            /* files in the folder not applied yet */
};
struct recov_sync_report {
    char device[37];
    int64_t sent;               /* this device's changes in all */
    int64_t written;            /* files written by this run */
    int64_t unwritten;          /* ... not in the folder yet (status) */
    int64_t applied;            /* files applied by this run */
    struct recov_sync_peer *peers;
    size_t npeers;
    char skipped[16][512];      /* files left for next time, with why */
    size_t nskipped;
};
void recov_sync_report_free(struct recov_sync_report *r);

/* Writes this device's new changes into dir/<device>/ (each file written
 * whole, then renamed in), and applies every other device's files not
 * applied yet, in order per device; a bad or partial file is skipped (and
 * the ones after it from that device) and tried again next time. With
 * status_only nothing is written or applied: *r says what is pending. */
int recov_sync_run(struct recov_db *db, const char *dir, int status_only,
                   struct recov_sync_report *r);

#endif
