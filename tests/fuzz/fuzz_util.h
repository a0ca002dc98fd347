/* fuzz_util: what every fuzz target shares: the input as a C string. */
#ifndef RECOV_FUZZ_UTIL_H
#define RECOV_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The fixed clock of every target: 2026-11-20 18:00 UTC. */
#define FUZZ_NOW ((time_t)1795197600)

/* data as a NUL-terminated string (cut at the first NUL); free it. */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (s) {
        memcpy(s, data, size);
        s[size] = '\0';
    }
    return s;
}

#endif
