/* dynlib: a library loaded with dlopen the first time a command needs it. */
#include "recov/dynlib.h"

#include <dlfcn.h>

#include "recov/error.h"

static int resolve(const struct recov_dynlib *lib, void *handle, void *table)
{
    for (size_t i = 0; i < lib->nsymbols; i++) {
        void *f = dlsym(handle, lib->symbols[i].name);
        if (!f) {
            recov_error_set("%s needs %s with %s; install a newer %s package", lib->purpose,
                            lib->soname, lib->symbols[i].name, lib->package);
            return -1;
        }
        /* POSIX guarantees a function pointer survives the trip through void *. */
        *(void **)((char *)table + lib->symbols[i].offset) = f;
    }
    return 0;
}

void *recov_dynlib_open(const struct recov_dynlib *lib, void *table)
{
    void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        recov_error_set("%s needs %s (%s); install the %s package", lib->purpose, lib->soname,
                        dlerror(), lib->package);
        return NULL;
    }
    if (resolve(lib, handle, table)) {
        dlclose(handle);
        return NULL;
    }
    return handle;
}
