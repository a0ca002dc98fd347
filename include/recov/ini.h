/* ini: reads an INI file line by line, in one pass, into a callback. */
#ifndef RECOV_INI_H
#define RECOV_INI_H

#include <stddef.h>

/* Called for each [section] header (key and value NULL) and for each
 * key = value line. Section and key are lowercase and trimmed; value is
 * trimmed, without quotes and without a trailing ; or # comment. line is
 * the 1-based line number. Return 0 to go on; anything else stops the
 * reading and is returned. */
typedef int (*recov_ini_fn)(void *ctx, const char *section, const char *key,
                            const char *value, int line);

/* Reads path. Returns 0, RECOV_ENOTFOUND (no message) when it does not
 * exist, RECOV_EIO with "config '<path>': <errno text>" when it cannot be
 * read, RECOV_EINPUT with "config <path>: line N: ..." for a line that is
 * not INI (or holds control characters or invalid UTF-8), or fn's status. */
int recov_ini_read(const char *path, recov_ini_fn fn, void *ctx);

/* The same over text of len bytes (a file already in memory); name is what
 * messages call it. */
int recov_ini_parse(const char *text, size_t len, const char *name, recov_ini_fn fn, void *ctx);

#endif
