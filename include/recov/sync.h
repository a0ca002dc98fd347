/* sync: one log on many devices through a folder another program replicates. */
#ifndef RECOV_SYNC_H
#define RECOV_SYNC_H

#include <stddef.h>
#include <stdint.h>

#include "recov/db.h"

#define RECOV_SYNC_FORMAT 2       /* the newest file format this recov reads */
#define RECOV_SYNC_HEADER 84      /* bytes before the payload */
#define RECOV_SYNC_SALT_BYTES 16
/* The schema a change is written in, stamped on every file: the last
 * migration that changed what a change holds (the entry table's columns,
 * reminder answers). A migration that changes neither, as 011 (the same
 * rules, checked faster) did, leaves it, so a device still running the
 * recov from before it keeps reading the files. A recov reads a file
 * whose stamp is at most its own database's schema version. */
#define RECOV_SYNC_SCHEMA 10

/* What an outgoing change carries. */
enum recov_sync_kind {
    RECOV_SYNC_KIND_LOG,        /* entries: uids and a changeset */
    RECOV_SYNC_KIND_ANSWERS,    /* reminder answers given on the device */
};

/* What the command layer does with what arrives. */
struct recov_sync_hooks {
    /* Called in the transaction that applied another device's change,
     * with the entries it brought that were not here (uids); 0 or an
     * error, which rolls the change back. */
    int (*arrived)(struct recov_db *db, void *ctx, const char (*uids)[37], size_t n);
    void *ctx;
};

/* Called by the journal inside each transaction that changes entries
 * (an operation, an undo, a redo) with the changeset it applied: once this
 * database has a device id, the change becomes the next outgoing one.
 * Returns 0 or RECOV_EIO. */
int recov_sync_note(struct recov_db *db, const void *changes, int n);

/* This database's device id, created (with its entries as the first
 * outgoing change) if it has none yet when create is set; "" when it has
 * none. Returns 0 or RECOV_EIO. */
int recov_sync_device(struct recov_db *db, int create, char device[37]);

/* One outgoing change: seq, kind, clock and payload (sqlite3_free'd by
 * the caller); RECOV_ENOTFOUND past the last. */
int recov_sync_outgoing(struct recov_db *db, int64_t seq, int *kind, int64_t *clock,
                        void **payload, int *n);
/* The reminder answers given here since the last call become one
 * outgoing change when share is set; without it they stay here (and
 * are not shipped later either). Returns 0 or RECOV_EIO. */
int recov_sync_note_answers(struct recov_db *db, int share);
/* This device's salt for its file key, made on first use. 0 or RECOV_EIO. */
int recov_sync_salt(struct recov_db *db, unsigned char salt[RECOV_SYNC_SALT_BYTES]);
int64_t recov_sync_sent(struct recov_db *db);

/* The number of the last change applied from device and its logical
 * clock (0, 0: none). Returns 0 or RECOV_EIO. */
int recov_sync_peer_state(struct recov_db *db, const char *device, int64_t *applied,
                          int64_t *clock);

/* Applies another device's change seq (the next after the last applied)
 * in one transaction: its entries are rebuilt from all their changes in
 * (clock, device) order, or its reminder answers kept (the latest per
 * reminder). RECOV_EINPUT (message set) if the payload does not decode:
 * nothing changes then. hooks may be NULL. */
int recov_sync_apply(struct recov_db *db, const char *device, int64_t seq, int64_t clock,
                     int kind, const void *payload, size_t n,
                     const struct recov_sync_hooks *hooks);

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
    int encrypted;              /* this device writes its files encrypted */
};
void recov_sync_report_free(struct recov_sync_report *r);

/* How a run goes. */
struct recov_sync_options {
    int status_only;            /* write and apply nothing: *r says what is pending */
    const char *passphrase;     /* NULL: this device's files are written in the clear */
    int share_answers;          /* ship the reminder answers given here */
    struct recov_sync_hooks hooks;
};

/* Writes this device's new changes into dir/<device>/ (each file written
 * whole, then renamed in), and applies every other device's files not
 * applied yet, in order per device; a bad or partial file is skipped (and
 * the ones after it from that device) and tried again next time.
 * RECOV_EINPUT (message set) when the passphrase does not open a file,
 * or a file is encrypted and there is none: checked on the next file of
 * every device before anything is written or applied. */
int recov_sync_run(struct recov_db *db, const char *dir, const struct recov_sync_options *o,
                   struct recov_sync_report *r);

#endif
