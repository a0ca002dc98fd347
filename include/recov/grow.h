/* grow: room for one more element in a growable array. */
#ifndef RECOV_GROW_H
#define RECOV_GROW_H

#include <stddef.h>

/* Makes room for element n (of size bytes) in *v, whose capacity is *cap,
 * doubling it when full. Returns 0, or RECOV_EIO ("out of memory"). */
int recov_grow(void **v, size_t *cap, size_t n, size_t size);

#endif
