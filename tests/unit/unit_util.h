/* unit_util: scratch directories and files for the unit tests. */
#ifndef RECOV_UNIT_UTIL_H
#define RECOV_UNIT_UTIL_H

#include <stddef.h>

/* A new empty directory under $TMPDIR (or /tmp); free() the path. Fails the
 * test when it cannot be made. */
char *ut_tmpdir(void);
/* Removes dir and everything below it. */
void ut_rmtree(const char *dir);
/* dir/name in a new buffer; free() it. */
char *ut_path(const char *dir, const char *name);
/* A fixture's scratch directory and the path of one file in it. */
struct ut_scratch {
    char *dir, *path;
};
/* A new scratch directory (ut_tmpdir) with name (which may hold slashes; its
 * directories are not made) in it. */
struct ut_scratch ut_scratch_new(const char *name);
/* Removes the directory and frees both paths. */
void ut_scratch_free(struct ut_scratch *s);
/* Writes text to path, replacing it. */
void ut_write(const char *path, const char *text);
/* The whole file (NUL-terminated) in a new buffer and its length; NULL when
 * it cannot be read. */
char *ut_read(const char *path, size_t *len);

#endif
