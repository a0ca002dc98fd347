/* xdg: where user files live, per the XDG Base Directory specification. */
#ifndef RECOV_XDG_H
#define RECOV_XDG_H

#include <stddef.h>

/* Writes $ENV/recov/LEAF, or $HOME/FALLBACK/recov/LEAF when ENV is unset or
 * not absolute (as the specification asks). Returns 0, or RECOV_EIO with a
 * message when neither variable helps. */
int recov_xdg_path(const char *env, const char *fallback, const char *leaf, char *buf, size_t n);

/* Writes the directory holding path into dir: "/" for a file at the root,
 * "." for a bare file name. */
void recov_path_parent(const char *path, char *dir, size_t n);

/* The program name installed beside the running executable (the build tree
 * and an installation alike), else the bare name for PATH to find. */
void recov_path_beside_self(const char *name, char *buf, size_t n);

#endif
