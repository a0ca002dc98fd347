/* xdg: where user files live, per the XDG Base Directory specification. */
#include "recov/xdg.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recov/error.h"

int recov_xdg_path(const char *env, const char *fallback, const char *leaf, char *buf, size_t n)
{
    const char *base = getenv(env);
    const char *home = getenv("HOME");
    int len;
    if (base && *base == '/')
        len = snprintf(buf, n, "%s/recov/%s", base, leaf);
    else if (home && *home)
        len = snprintf(buf, n, "%s/%s/recov/%s", home, fallback, leaf);
    else {
        recov_error_set("cannot place '%s': neither %s nor HOME is set", leaf, env);
        return RECOV_EIO;
    }
    /* A truncated path would name (and create) some other place. */
    if (len < 0 || (size_t)len >= n) {
        recov_error_set("cannot place '%s': the path from %s or HOME is longer than %zu bytes",
                        leaf, env, n - 1);
        return RECOV_EIO;
    }
    return RECOV_OK;
}

void recov_path_parent(const char *path, char *dir, size_t n)
{
    snprintf(dir, n, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        snprintf(dir, n, ".");
    else
        *(slash == dir ? slash + 1 : slash) = '\0';
}

void recov_path_beside_self(const char *name, char *buf, size_t n)
{
    char self[PATH_MAX], dir[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len > 0) {
        self[len] = '\0';
        recov_path_parent(self, dir, sizeof dir);
        snprintf(buf, n, "%s/%s", dir, name);
        if (access(buf, X_OK) == 0)
            return;
    }
    snprintf(buf, n, "%s", name);
}
