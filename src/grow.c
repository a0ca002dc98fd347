/* grow: room for one more element in a growable array. */
#include "recov/grow.h"

#include <stdlib.h>

#include "recov/error.h"

int recov_grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return RECOV_OK;
    size_t want = *cap ? *cap * 2 : 16;
    void *p = realloc(*v, want * size);
    if (!p) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    *v = p;
    *cap = want;
    return RECOV_OK;
}
