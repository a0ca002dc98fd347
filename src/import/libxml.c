/* import/libxml: libxml2, loaded the first time a GPX or TCX file is read. */
#include "libxml.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>

#include "recov/error.h"

#define LIBXML_SONAME "libxml2.so.2"

static struct recov_libxml lib;
static int loaded;

/* Each name with the offset of its pointer in struct recov_libxml. */
static const struct {
    const char *name;
    size_t offset;
} symbols[] = {
    {"xmlNewParserCtxt", offsetof(struct recov_libxml, new_ctxt)},
    {"xmlCtxtReadMemory", offsetof(struct recov_libxml, ctxt_read_memory)},
    {"xmlCtxtGetLastError", offsetof(struct recov_libxml, ctxt_last_error)},
    {"xmlFreeParserCtxt", offsetof(struct recov_libxml, free_ctxt)},
    {"xmlFreeDoc", offsetof(struct recov_libxml, free_doc)},
    {"xmlDocGetRootElement", offsetof(struct recov_libxml, root)},
    {"xmlNodeGetContent", offsetof(struct recov_libxml, content)},
    {"xmlGetProp", offsetof(struct recov_libxml, prop)},
};

static int resolve(void *handle)
{
    for (size_t i = 0; i < sizeof symbols / sizeof *symbols; i++) {
        void *f = dlsym(handle, symbols[i].name);
        if (!f) {
            recov_error_set("reading GPX and TCX needs %s, which lacks %s", LIBXML_SONAME,
                            symbols[i].name);
            return -1;
        }
        /* POSIX guarantees a function pointer survives the trip through void *. */
        *(void **)((char *)&lib + symbols[i].offset) = f;
    }
    /* xmlFree is a variable; in a threaded libxml2 each thread's is behind
     * __xmlFree(). recov sets no allocator, so it is free() unless found. */
    xmlFreeFunc *(*per_thread)(void) = (xmlFreeFunc * (*)(void)) dlsym(handle, "__xmlFree");
    xmlFreeFunc *global = dlsym(handle, "xmlFree");
    lib.free = per_thread ? *per_thread() : global ? *global : free;
    return 0;
}

const struct recov_libxml *recov_libxml(void)
{
    if (loaded)
        return &lib;
    void *handle = dlopen(LIBXML_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        recov_error_set("reading GPX and TCX needs libxml2 (%s); install the libxml2 package",
                        dlerror());
        return NULL;
    }
    if (resolve(handle)) {
        dlclose(handle);
        return NULL;
    }
    loaded = 1;
    return &lib;
}
