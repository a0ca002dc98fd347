/* import/gunzip: inflating a .gz recording with zlib, loaded on first use.
 *
 * Only `recov import` of a gzip file (a Strava export holds them) inflates
 * anything, so every other command starts without mapping zlib. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "recov/dynlib.h"
#include "recov/error.h"
#include "recov/import.h"

/* The zlib functions recov calls, resolved from libz.so.1. */
struct zlib_functions {
    /* What the inflateInit2 macro calls, with the version and stream size
     * recov was compiled against, which zlib checks. */
    int (*inflate_init2)(z_streamp, int, const char *, int);
    int (*inflate)(z_streamp, int);
    int (*inflate_end)(z_streamp);
};

static struct zlib_functions lib;
static int loaded;

#define SYMBOL(name, field) {name, offsetof(struct zlib_functions, field)}

static const struct recov_dynlib_symbol symbols[] = {
    SYMBOL("inflateInit2_", inflate_init2),
    SYMBOL("inflate", inflate),
    SYMBOL("inflateEnd", inflate_end),
};

static const struct recov_dynlib zlib = {
    "libz.so.1", "reading gzip files", "zlib1g", symbols, sizeof symbols / sizeof *symbols,
};

static const struct zlib_functions *zlib_functions(void)
{
    if (!loaded && recov_dynlib_open(&zlib, &lib))
        loaded = 1;
    return loaded ? &lib : NULL;
}

int recov_gunzip(const unsigned char *in, size_t n, unsigned char **out, size_t *len)
{
    const struct zlib_functions *zl = zlib_functions();
    if (!zl)
        return RECOV_EIO;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (zl->inflate_init2(&z, 16 + MAX_WBITS, ZLIB_VERSION, (int)sizeof z) != Z_OK) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    size_t cap = n * 4 + 1024, used = 0;
    unsigned char *buf = malloc(cap + 1);
    int zrc = Z_OK;
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
    while (buf && zrc == Z_OK) {
        if (used == cap) {
            unsigned char *more = cap < RECOV_IMPORT_MAX_FILE ? realloc(buf, cap * 2 + 1) : NULL;
            if (!more)
                break;
            buf = more;
            cap *= 2;
        }
        z.next_out = buf + used;
        z.avail_out = (uInt)(cap - used);
        zrc = zl->inflate(&z, Z_NO_FLUSH);
        used = cap - z.avail_out;
    }
    zl->inflate_end(&z);
    if (zrc != Z_STREAM_END) {
        free(buf);
        recov_error_set(zrc == Z_OK ? "gzip data too large" : "damaged gzip data");
        return RECOV_EINPUT;
    }
    buf[used] = '\0';
    *out = buf;
    *len = used;
    return RECOV_OK;
}
