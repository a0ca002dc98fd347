/* import: walking paths, reading each recording by its format, workouts out. */
#include "recov/import.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "recov/config_sports.h"
#include "recov/error.h"
#include "recov/strava.h"

#define MAX_FILE RECOV_IMPORT_MAX_FILE

struct paths {
    char **v;
    unsigned char *named; /* 1: named on the command line */
    size_t n, cap;
};

static int add_path(struct paths *p, const char *path, int named)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        char **v = realloc(p->v, cap * sizeof *v);
        unsigned char *nm = v ? realloc(p->named, cap) : NULL;
        if (v)
            p->v = v;
        if (!nm) {
            recov_error_set("out of memory");
            return RECOV_EIO;
        }
        p->named = nm;
        p->cap = cap;
    }
    if (!(p->v[p->n] = strdup(path))) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    p->named[p->n++] = (unsigned char)named;
    return RECOV_OK;
}

static void free_paths(struct paths *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->v[i]);
    free(p->v);
    free(p->named);
}

static int visible(const struct dirent *d)
{
    return d->d_name[0] != '.';
}

/* Adds every regular file below dir, in name order, so runs repeat. */
static int walk(struct paths *p, const char *dir, int depth)
{
    struct dirent **names;
    if (depth > 32)
        return RECOV_OK;
    int n = scandir(dir, &names, visible, alphasort), rc = RECOV_OK;
    if (n < 0) {
        recov_error_set("cannot read folder '%s': %s", dir, strerror(errno));
        return RECOV_EIO;
    }
    for (int i = 0; i < n; i++) {
        char path[4096];
        struct stat st;
        int fits = (size_t)snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name) <
                   sizeof path;
        if (rc == RECOV_OK && fits && stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = walk(p, path, depth + 1);
            else if (S_ISREG(st.st_mode))
                rc = add_path(p, path, 0);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

static int skip(struct recov_import *im, const char *path, int bad, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int skip(struct recov_import *im, const char *path, int bad, const char *fmt, ...)
{
    char why[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    struct recov_import_skip *v = realloc(im->skipped, (im->nskipped + 1) * sizeof *v);
    if (!v) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    im->skipped = v;
    v[im->nskipped].path = strdup(path);
    v[im->nskipped].why = strdup(why);
    v[im->nskipped].bad = bad;
    im->nskipped++;
    im->nbad += bad != 0;
    return RECOV_OK;
}

/* The whole file in a new buffer. RECOV_EIO when it cannot be read. */
static int read_file(const char *path, unsigned char **out, size_t *len)
{
    FILE *in = fopen(path, "rb");
    struct stat st;
    if (!in || fstat(fileno(in), &st) != 0) {
        recov_error_set("cannot read '%s': %s", path, strerror(errno));
        if (in)
            fclose(in);
        return RECOV_EIO;
    }
    size_t n = st.st_size > MAX_FILE ? MAX_FILE + 1 : (size_t)st.st_size;
    unsigned char *buf = malloc(n + 1);
    size_t got = buf ? fread(buf, 1, n, in) : 0;
    int err = !buf || ferror(in);
    fclose(in);
    if (err) {
        free(buf);
        recov_error_set("cannot read '%s': %s", path, buf ? "read error" : "out of memory");
        return RECOV_EIO;
    }
    buf[got] = '\0';
    *out = buf;
    *len = got;
    return RECOV_OK;
}

int recov_import_recording(const unsigned char *buf, size_t len, int depth,
                           struct recov_activities *out)
{
    char hash[65];
    enum recov_format f = recov_format_detect(buf, len);
    switch (f) {
    case RECOV_FORMAT_FIT:
        return recov_fit_parse(buf, len, out);
    case RECOV_FORMAT_GPX:
    case RECOV_FORMAT_TCX:
        recov_sha256_hex(buf, len, hash);
        return f == RECOV_FORMAT_GPX ? recov_gpx_parse((const char *)buf, len, hash, out)
                                     : recov_tcx_parse((const char *)buf, len, hash, out);
    case RECOV_FORMAT_GZIP: {
        unsigned char *plain = NULL;
        size_t n;
        if (depth > 0) {
            recov_error_set("gzip inside gzip");
            return RECOV_EINPUT;
        }
        int rc = recov_gunzip(buf, len, &plain, &n);
        if (rc == RECOV_OK)
            rc = recov_import_recording(plain, n, depth + 1, out);
        free(plain);
        return rc;
    }
    default:
        recov_error_set("not a recording (GPX, TCX or FIT)");
        return RECOV_ENOTFOUND;
    }
}

/* Counts a session whose sport [import.types] does not name: the import
 * says which sports took the type of "other", so that a kayak session
 * counted as a run is not a silent one. */
static void note_unlisted(struct recov_import *im, const char *sport)
{
    size_t i = 0;
    if (recov_config_sport_listed(im->cfg, sport))
        return;
    while (i < im->nunlisted && strcmp(im->unlisted[i].sport, sport) != 0)
        i++;
    if (i == RECOV_IMPORT_UNLISTED_MAX) {
        im->more_unlisted++;
        return;
    }
    if (i == im->nunlisted) {
        snprintf(im->unlisted[i].sport, sizeof im->unlisted[i].sport, "%s", sport);
        im->nunlisted++;
    }
    im->unlisted[i].sessions++;
}

/* Turns the activities of one file into workouts; the first that cannot
 * be one makes the whole file bad. */
static int add_workouts(struct recov_import *im, const char *path,
                        const struct recov_activities *acts)
{
    size_t before = im->workouts.n;
    for (size_t i = 0; i < acts->n; i++) {
        struct recov_entry e;
        int rc = recov_import_workout(im->cfg, &acts->v[i], &e);
        if (rc == RECOV_OK)
            rc = recov_entries_push(&im->workouts, &e);
        recov_entry_clear(&e);
        if (rc == RECOV_EINPUT) {
            while (im->workouts.n > before)
                recov_entry_clear(&im->workouts.v[--im->workouts.n]);
            return skip(im, path, 1, "%s", recov_error_get());
        }
        if (rc)
            return rc;
    }
    for (size_t i = 0; i < acts->n; i++)
        note_unlisted(im, acts->v[i].sport);
    return RECOV_OK;
}

/* Reads a recognised file whole and parses it by its format. */
static int read_recording(struct recov_import *im, const char *path, enum recov_format f,
                          struct recov_activities *acts)
{
    unsigned char *buf;
    size_t len;
    int rc = read_file(path, &buf, &len);
    if (rc)
        return rc;
    if (len > MAX_FILE)
        rc = skip(im, path, 1, "larger than %u MB", MAX_FILE >> 20);
    else if (f == RECOV_FORMAT_STRAVA_CSV)
        rc = recov_strava_read(path, (const char *)buf, len, acts);
    else
        rc = recov_import_recording(buf, len, 0, acts);
    free(buf);
    return rc;
}

static int import_one(struct recov_import *im, const char *path, int named)
{
    enum recov_format f;
    struct recov_activities acts = {0};
    /* The first bytes decide: a folder's photos and videos are never read. */
    int rc = recov_format_of_path(path, &f);
    if (rc == RECOV_OK && f == RECOV_FORMAT_NDJSON)
        rc = skip(im, path, named, "a recov export (NDJSON): import it alone, without options");
    else if (rc == RECOV_OK)
        rc = f == RECOV_FORMAT_UNKNOWN ? RECOV_ENOTFOUND : read_recording(im, path, f, &acts);
    if (rc == RECOV_ENOTFOUND)
        rc = skip(im, path, named, "not a recording (GPX, TCX, FIT or a Strava activities.csv)");
    else if (rc == RECOV_EINPUT)
        rc = skip(im, path, 1, "%s", recov_error_get());
    else if (rc == RECOV_OK)
        rc = add_workouts(im, path, &acts);
    recov_activities_free(&acts);
    return rc;
}

int recov_import_collect(struct recov_import *im, const char *const *paths, size_t npaths)
{
    struct paths p = {0};
    int rc = RECOV_OK;
    for (size_t i = 0; rc == RECOV_OK && i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) {
            int missing = errno == ENOENT || errno == ENOTDIR;
            recov_error_set("import: cannot open '%s': %s", paths[i], strerror(errno));
            rc = missing ? RECOV_EINPUT : RECOV_EIO;
        } else if (S_ISDIR(st.st_mode)) {
            rc = recov_strava_is_export(paths[i]) ? add_path(&p, paths[i], 1) : walk(&p, paths[i], 0);
        } else {
            rc = add_path(&p, paths[i], 1);
        }
    }
    im->files = p.n;
    for (size_t i = 0; rc == RECOV_OK && i < p.n; i++) {
        struct stat st;
        if (stat(p.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            struct recov_activities acts = {0};
            rc = recov_strava_read_export(p.v[i], &acts);
            if (rc == RECOV_EINPUT)
                rc = skip(im, p.v[i], 1, "%s", recov_error_get());
            else if (rc == RECOV_OK)
                rc = add_workouts(im, p.v[i], &acts);
            recov_activities_free(&acts);
        } else {
            rc = import_one(im, p.v[i], p.named[i]);
        }
        if (im->progress)
            im->progress(i + 1, p.n, im->workouts.n, im->progress_ctx);
    }
    free_paths(&p);
    return rc;
}

void recov_import_free(struct recov_import *im)
{
    recov_entries_free(&im->workouts);
    for (size_t i = 0; i < im->nskipped; i++) {
        free(im->skipped[i].path);
        free(im->skipped[i].why);
    }
    free(im->skipped);
    im->skipped = NULL;
    im->nskipped = im->nbad = 0;
    im->nunlisted = im->more_unlisted = 0;
}
