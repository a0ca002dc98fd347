/* import/libxml: libxml2, loaded the first time a GPX or TCX file is read.
 *
 * Linking libxml2 loads ICU and libstdc++ with it, and relocating them was
 * most of what every recov command spent starting up, for a library only
 * `recov import` of a GPX or TCX file uses. */
#ifndef RECOV_IMPORT_LIBXML_H
#define RECOV_IMPORT_LIBXML_H

#include <libxml/parser.h>
#include <libxml/tree.h>

/* The libxml2 functions recov calls, resolved from libxml2.so.2. */
struct recov_libxml {
    xmlParserCtxtPtr (*new_ctxt)(void);
    xmlDocPtr (*ctxt_read_memory)(xmlParserCtxtPtr, const char *, int, const char *,
                                  const char *, int);
    xmlErrorPtr (*ctxt_last_error)(void *);
    void (*free_ctxt)(xmlParserCtxtPtr);
    void (*free_doc)(xmlDocPtr);
    xmlNodePtr (*root)(const xmlDoc *);
    xmlChar *(*content)(const xmlNode *);
    xmlChar *(*prop)(const xmlNode *, const xmlChar *);
    xmlFreeFunc free;
};

/* The loaded library, or NULL with the error set (libxml2 missing). */
const struct recov_libxml *recov_libxml(void);

#endif
