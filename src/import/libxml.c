/* import/libxml: libxml2, loaded the first time a GPX or TCX file is read. */
#include "libxml.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>

#include "recov/dynlib.h"

static struct recov_libxml lib;
static int loaded;

#define SYMBOL(name, field) {name, offsetof(struct recov_libxml, field)}

static const struct recov_dynlib_symbol symbols[] = {
    SYMBOL("xmlNewParserCtxt", new_ctxt),
    SYMBOL("xmlCtxtReadMemory", ctxt_read_memory),
    SYMBOL("xmlCtxtGetLastError", ctxt_last_error),
    SYMBOL("xmlFreeParserCtxt", free_ctxt),
    SYMBOL("xmlFreeDoc", free_doc),
    SYMBOL("xmlDocGetRootElement", root),
    SYMBOL("xmlNodeGetContent", content),
    SYMBOL("xmlGetProp", prop),
};

static const struct recov_dynlib libxml2 = {
    "libxml2.so.2", "reading GPX and TCX", "libxml2", symbols,
    sizeof symbols / sizeof *symbols,
};

/* xmlFree is a variable; in a threaded libxml2 each thread's is behind
 * __xmlFree(). recov sets no allocator, so it is free() unless found. */
static xmlFreeFunc free_function(void *handle)
{
    xmlFreeFunc *(*per_thread)(void) = (xmlFreeFunc * (*)(void)) dlsym(handle, "__xmlFree");
    xmlFreeFunc *global = dlsym(handle, "xmlFree");
    return per_thread ? *per_thread() : global ? *global : free;
}

const struct recov_libxml *recov_libxml(void)
{
    if (loaded)
        return &lib;
    void *handle = recov_dynlib_open(&libxml2, &lib);
    if (!handle)
        return NULL;
    lib.free = free_function(handle);
    loaded = 1;
    return &lib;
}
