/* sync/changeset_shape: whether bytes from another device have the shape of
 * an SQLite changeset, checked before SQLite reads them. */
#ifndef RECOV_SYNC_CHANGESET_SHAPE_H
#define RECOV_SYNC_CHANGESET_SHAPE_H

#include <stddef.h>

/* 1 when p (n bytes) is a whole changeset: table headers and changes that
 * each end inside it, with known operations and value types; 0 otherwise.
 * SQLite 3.40's sqlite3changeset_next() never returns on a changeset cut
 * inside a table header, so a file from the shared folder must pass this
 * first. */
int recov_changeset_well_formed(const unsigned char *p, size_t n);

#endif
