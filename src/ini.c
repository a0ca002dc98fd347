/* ini: reads an INI file line by line, in one pass, into a callback. */
#include "recov/ini.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "recov/error.h"
#include "recov/text.h"

/* iniparser, which recov used before, looks every key up by a linear scan
 * of all the keys read so far: quadratic in the size of the file. This
 * reader keeps nothing but the current section and hands each line on, so
 * loading is linear; it accepts what iniparser accepted (; and # comments,
 * quoted values, case-insensitive names, a trailing \ joining lines). */

struct reader {
    const char *name;
    recov_ini_fn fn;
    void *ctx;
    char *section;
    int line;
};

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static void lower(char *s)
{
    for (; *s; s++)
        *s = (char)tolower((unsigned char)*s);
}

static int syntax(const struct reader *r, const char *why)
{
    recov_error_set("config %s: line %d: %s", r->name, r->line, why);
    return RECOV_EINPUT;
}

static int is_comment(const char *s)
{
    return *s == '\0' || *s == ';' || *s == '#';
}

static int section_line(struct reader *r, char *s)
{
    char *close = strchr(s, ']');
    if (!close || !is_comment(trim(close + 1)))
        return syntax(r, "a section header is '[name]' alone on its line");
    *close = '\0';
    char *name = trim(s + 1);
    if (!*name)
        return syntax(r, "empty section name '[]'");
    lower(name);
    char *copy = strdup(name);
    if (!copy) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    free(r->section);
    r->section = copy;
    return r->fn(r->ctx, r->section, NULL, NULL, r->line);
}

/* Cuts the value at s down to what it says: the inside of quotes, or the
 * text before a comment. Returns NULL when a quote is not closed or text
 * follows the closing quote. */
static char *value_of(char *s)
{
    if (*s == '"' || *s == '\'') {
        char *close = strchr(s + 1, *s);
        if (!close || !is_comment(trim(close + 1)))
            return NULL;
        *close = '\0';
        return s + 1;
    }
    s[strcspn(s, ";#")] = '\0';
    return trim(s);
}

static int key_line(struct reader *r, char *s)
{
    char *eq = strchr(s, '=');
    if (!eq)
        return syntax(r, "expected 'key = value', '[section]' or a ; comment");
    *eq = '\0';
    char *key = trim(s), *value = value_of(trim(eq + 1));
    if (!*key)
        return syntax(r, "a key is missing before '='");
    if (!value)
        return syntax(r, "a quoted value must end with its quote");
    lower(key);
    return r->fn(r->ctx, r->section ? r->section : "", key, value, r->line);
}

/* One logical line (continuations already joined), NUL-terminated. */
static int one_line(struct reader *r, char *text, size_t len)
{
    if (strlen(text) != len)
        return syntax(r, "contains a NUL byte");
    if (recov_text_check("text", text)) {
        char why[600];
        snprintf(why, sizeof why, "%s", recov_error_get());
        return syntax(r, why);
    }
    char *s = trim(text);
    if (is_comment(s))
        return RECOV_OK;
    return *s == '[' ? section_line(r, s) : key_line(r, s);
}

int recov_ini_parse(const char *text, size_t len, const char *name, recov_ini_fn fn, void *ctx)
{
    struct reader r = {name, fn, ctx, NULL, 0};
    char *buf = NULL;
    size_t cap = 0, used = 0;
    int rc = RECOV_OK, first = 0;
    for (size_t i = 0; i <= len && rc == RECOV_OK;) {
        size_t end = i;
        while (end < len && text[end] != '\n')
            end++;
        size_t n = end - i;
        if (used + n + 1 > cap) {
            cap = (used + n + 1) * 2;
            char *p = realloc(buf, cap);
            if (!p) {
                recov_error_set("out of memory");
                rc = RECOV_EIO;
                break;
            }
            buf = p;
        }
        if (used == 0)
            first = r.line + 1;
        memcpy(buf + used, text + i, n);
        used += n;
        buf[used] = '\0';
        r.line++;
        /* CRLF files: the CR is line-end, not text. */
        if (used && buf[used - 1] == '\r')
            buf[--used] = '\0';
        int joined = used && buf[used - 1] == '\\' && end < len;
        if (joined) {
            buf[--used] = '\0';
        } else {
            int last = r.line;
            r.line = first;
            rc = one_line(&r, buf, used);
            r.line = last;
            used = 0;
        }
        i = end + 1;
    }
    free(buf);
    free(r.section);
    return rc;
}

/* Reads the whole of fd into *text. Returns 0 or RECOV_EIO. */
static int slurp(int fd, const char *path, char **text, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (ssize_t got = 1; buf && got > 0;) {
        if (n == cap) {
            char *p = realloc(buf, cap *= 2);
            if (!p)
                break;
            buf = p;
        }
        got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            recov_error_set("config '%s': %s", path, strerror(errno));
            free(buf);
            return RECOV_EIO;
        }
        n += (size_t)got;
        if (got == 0) {
            *text = buf;
            *len = n;
            return RECOV_OK;
        }
    }
    free(buf);
    recov_error_set("config '%s': out of memory", path);
    return RECOV_EIO;
}

/* RECOV_CONFIG=/dev/null says "no config", as it does for git and ssh. */
static int is_dev_null(const struct stat *st)
{
    struct stat null;
    return S_ISCHR(st->st_mode) && stat("/dev/null", &null) == 0 && st->st_rdev == null.st_rdev;
}

int recov_ini_read(const char *path, recov_ini_fn fn, void *ctx)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT)
        return RECOV_ENOTFOUND;
    if (fd < 0) {
        recov_error_set("config '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) && !is_dev_null(&st)) {
        close(fd);
        recov_error_set("config '%s': %s; expected a file such as ~/.config/recov/recov.ini",
                        path, S_ISDIR(st.st_mode) ? "is a directory" : "is not a regular file");
        return RECOV_EINPUT;
    }
    char *text = NULL;
    size_t len = 0;
    int rc = slurp(fd, path, &text, &len);
    close(fd);
    if (rc == RECOV_OK)
        rc = recov_ini_parse(text, len, path, fn, ctx);
    free(text);
    return rc;
}
