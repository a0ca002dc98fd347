/* dynlib: a library loaded with dlopen the first time a command needs it.
 *
 * Every library linked to recov is mapped and relocated before main() runs,
 * by every command, `recov --version` included. A library only one command
 * uses (libxml2 for GPX and TCX, zlib for gzip, libsodium for an encrypted
 * sync) is loaded on first use instead, and its functions are reached
 * through a table of pointers that the loader fills. */
#ifndef RECOV_DYNLIB_H
#define RECOV_DYNLIB_H

#include <stddef.h>

/* A function to resolve: its name in the library and the offset of its
 * pointer in the caller's table. */
struct recov_dynlib_symbol {
    const char *name;
    size_t offset;
};

/* What to load and what to say when it cannot be: "reading GPX and TCX
 * needs libxml2.so.2 (...); install the libxml2 package". */
struct recov_dynlib {
    const char *soname;  /* "libxml2.so.2" */
    const char *purpose; /* "reading GPX and TCX" */
    const char *package; /* the Debian package that holds it */
    const struct recov_dynlib_symbol *symbols;
    size_t nsymbols;
};

/* Opens lib->soname and stores each symbol's address in table. Returns the
 * handle, or NULL with the error set (library or a symbol missing); the
 * handle stays open for the life of the process. */
void *recov_dynlib_open(const struct recov_dynlib *lib, void *table);

#endif
