/* grow: room for one more element in a growable array. */
#include "recov/grow.h"

#include <stdlib.h>

#include "recov/error.h"

int recov_grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return RECOV_OK;
    /* Doubling may overflow size_t long before memory runs out on paper:
     * reallocarray checks want * size, and the doubling is checked here. */
    size_t want = *cap ? *cap * 2 : 16;
    void *p = want > *cap ? reallocarray(*v, want, size) : NULL;
    if (!p) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    *v = p;
    *cap = want;
    return RECOV_OK;
}
