/* bytes: a growable buffer of bytes. */
#ifndef RECOV_BYTES_H
#define RECOV_BYTES_H

#include <stddef.h>

/* Start it zeroed. The memory is SQLite's (sqlite3_malloc): a changeset
 * built here can be handed to, and freed by, SQLite's changeset functions
 * like one SQLite made. */
struct recov_bytes {
    unsigned char *p;
    size_t n, cap;
};

/* Appends n bytes of data. Returns 0, or RECOV_EIO ("out of memory"). */
int recov_bytes_append(struct recov_bytes *b, const void *data, size_t n);
void recov_bytes_free(struct recov_bytes *b);

#endif
