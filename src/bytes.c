/* bytes: a growable buffer of bytes. */
#include "recov/bytes.h"

#include <string.h>

#include <sqlite3.h>

#include "recov/error.h"

int recov_bytes_append(struct recov_bytes *b, const void *data, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n)
            cap *= 2;
        unsigned char *p = sqlite3_realloc64(b->p, cap);
        if (!p) {
            recov_error_set("out of memory");
            return RECOV_EIO;
        }
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, data, n);
    b->n += n;
    return RECOV_OK;
}

void recov_bytes_free(struct recov_bytes *b)
{
    sqlite3_free(b->p);
    memset(b, 0, sizeof *b);
}
