/* cmd_import_recordings: `recov import PATH...` of GPX, TCX, FIT and Strava exports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "recov/cli.h"
#include "recov/config_sports.h"
#include "recov/cmd_import.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/import.h"
#include "recov/remind.h"
#include "recov/store.h"
#include "recov/text.h"
#include "recov/when.h"

/* The same session seen twice: the same source, or the same type started
 * within this many seconds (a watch and a phone app recording together). */
#define SAME_START_S 120

int recov_import_wants_recordings(const struct recov_args *a)
{
    enum recov_format f;
    struct stat st;
    if (a->npos != 1 || recov_args_get(a, "skip-bad") || recov_args_get(a, "dry-run"))
        return 1;
    if (!strcmp(a->pos[0], "-") || stat(a->pos[0], &st) != 0)
        return 0;
    if (S_ISDIR(st.st_mode))
        return 1;
    /* Anything not recognised stays with the NDJSON reader and its
     * line-numbered errors, as before recordings could be imported. */
    return recov_format_of_path(a->pos[0], &f) == RECOV_OK && f != RECOV_FORMAT_NDJSON &&
           f != RECOV_FORMAT_UNKNOWN;
}

/* ---- the progress line ---- */

static const char *sessions_word(size_t n)
{
    return n == 1 ? "session" : "sessions";
}

struct progress {
    int tty;
    double after;               /* seconds before the line appears */
    struct timespec start;
    int shown;
};

static double elapsed(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - since->tv_sec) + (now.tv_nsec - since->tv_nsec) / 1e9;
}

/* Drawn in place on a terminal once the import has run a second; never
 * when stderr is a file or a pipe. */
static void draw(size_t done, size_t total, size_t found, void *ctx)
{
    struct progress *p = ctx;
    if (!p->tty || elapsed(&p->start) < p->after)
        return;
    fprintf(stderr, "\rimporting: %zu/%zu files, %zu %s", done, total, found,
            sessions_word(found));
    fflush(stderr);
    p->shown = 1;
}

static void erase(struct progress *p)
{
    if (p->shown)
        fputs("\r\033[K", stderr);
}

/* ---- duplicates ---- */

static int same_session(const struct recov_entry *a, const struct recov_entry *b)
{
    if (a->source[0] && !strcmp(a->source, b->source))
        return 1;
    return !strcmp(a->type, b->type) && llabs((long long)(a->at - b->at)) <= SAME_START_S;
}

/* Drops sessions found twice in this import (a FIT and its GPX copy);
 * returns how many. */
static size_t drop_repeats(struct recov_entries *w)
{
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < w->n; i++) {
        size_t j = 0;
        while (j < kept && !same_session(&w->v[j], &w->v[i]))
            j++;
        if (j < kept) {
            recov_entry_clear(&w->v[i]);
            dropped++;
        } else {
            w->v[kept++] = w->v[i];
        }
    }
    w->n = kept;
    return dropped;
}

struct run {
    struct recov_cli *cli;
    struct recov_entries *w;
    int dry;
    size_t added, present;
};

/* Moves the sessions not in the log to the front of the list (inserting
 * them unless dry) and schedules what they call for. */
static int sort_out(struct recov_db *db, int64_t op, void *ctx)
{
    struct run *r = ctx;
    int rc = RECOV_OK;
    for (size_t i = 0; rc == RECOV_OK && i < r->w->n; i++) {
        struct recov_entry *e = &r->w->v[i];
        int found = 0;
        rc = recov_store_find_session(db, e->source, e->type, e->at, SAME_START_S, &found);
        if (rc || found) {
            r->present += found;
            continue;
        }
        struct recov_entry tmp = r->w->v[r->added];
        r->w->v[r->added] = *e;
        *e = tmp;
        if (!r->dry)
            rc = recov_store_insert(db, op, &r->w->v[r->added]);
        r->added++;
    }
    /* A session that ended in the last hours gets its cool-down and
     * check-in as if logged; older ones schedule nothing. */
    struct recov_entries fresh = {r->w->v, r->added, r->added};
    if (rc == RECOV_OK && !r->dry)
        rc = recov_remind_schedule(db, &r->cli->cfg, r->cli->now, &fresh);
    return rc;
}

static int store(struct recov_cli *cli, struct run *r)
{
    struct recov_db *db;
    if (!r->dry)
        return recov_cli_db(cli, &db) ? RECOV_EIO
                                      : recov_journal_write(db, "import", cli->now, sort_out, r);
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND) {
        r->added = r->w->n;
        return RECOV_OK;
    }
    return rc ? rc : sort_out(db, 0, r);
}

/* ---- reporting ---- */

/* A session not saved yet: a listing line as history prints it, without
 * an id. */
static void print_session(const struct recov_entry *e, const char *prefix)
{
    char when[32], what[512];
    recov_when_format_local(e->at, when, sizeof when);
    recov_cli_describe_entry(e, what, sizeof what);
    printf("%s%s  %s%s", prefix, when, what, e->note ? "  - " : "");
    recov_text_print(stdout, e->note);
    putchar('\n');
}

/* The sports [import.types] does not name, and the type they took: a kayak
 * session counted as a run would explain sore calves and not sore
 * shoulders, so the person is told, and how to change it. */
static void report_unlisted(const struct recov_import *im)
{
    const char *as = recov_config_sport_type(im->cfg, "");
    for (size_t i = 0; i < im->nunlisted; i++) {
        const struct recov_import_unlisted *u = &im->unlisted[i];
        if (*u->sport)
            printf("sport '%s' is not in [import.types]: %zu %s counted as %s", u->sport,
                   u->sessions, sessions_word(u->sessions), as);
        else
            printf("%zu %s named no sport: counted as %s", u->sessions,
                   sessions_word(u->sessions), as);
        printf("\n  for another type, add '%s = TYPE' to [import.types] in the config,\n"
               "  then 'recov undo' and import again\n", *u->sport ? u->sport : "other");
    }
    if (im->more_unlisted)
        printf("%zu more %s of other sports not in [import.types] counted as %s\n",
               im->more_unlisted, sessions_word(im->more_unlisted), as);
}

/* Without --skip-bad a bad file stops everything: one line each. */
static int refuse(const struct recov_import *im)
{
    size_t shown = 0;
    for (size_t i = 0; i < im->nskipped; i++) {
        const struct recov_import_skip *s = &im->skipped[i];
        if (!s->bad)
            continue;
        shown++;
        fprintf(stderr, "recov: import '%s': %s%s\n", s->path, s->why,
                shown == im->nbad ? "; nothing imported (--skip-bad imports the other files)"
                                  : "");
    }
    return RECOV_EXIT_USAGE;
}

static void report(const struct recov_import *im, const struct run *r)
{
    if (r->dry)
        for (size_t i = 0; i < r->added; i++)
            print_session(&r->w->v[i], "would add: ");
    printf("%zu %s, %zu already present, %zu skipped", r->added,
           r->dry ? "would be added" : "added", r->present, im->nskipped);
    size_t other = im->nskipped - im->nbad;
    if (im->nbad && other)
        printf(" (%zu bad, %zu not recordings)", im->nbad, other);
    else if (im->nskipped)
        printf(" (%s)", im->nbad ? "bad" : "not recordings");
    printf("\n");
    for (size_t i = 0; i < im->nskipped; i++)
        printf("skipped '%s': %s\n", im->skipped[i].path, im->skipped[i].why);
    report_unlisted(im);
}

int recov_cmd_import_recordings(struct recov_cli *cli, const struct recov_args *a)
{
    if (a->npos == 0) {
        recov_error_set("import: expected FILE, FOLDER ... or - for NDJSON on standard input");
        return recov_cli_fail(RECOV_EINPUT);
    }
    /* RECOV_PROGRESS_AFTER (seconds) lets the tests see the line at once. */
    const char *after = getenv("RECOV_PROGRESS_AFTER");
    struct progress p = {isatty(STDERR_FILENO), after ? atof(after) : 1.0, {0, 0}, 0};
    clock_gettime(CLOCK_MONOTONIC, &p.start);
    struct recov_import im = {.cfg = &cli->cfg, .progress = draw, .progress_ctx = &p};
    int rc = recov_import_collect(&im, a->pos, (size_t)a->npos);
    erase(&p);
    int status;
    if (rc)
        status = recov_cli_fail(rc);
    else if (im.nbad && !recov_args_get(a, "skip-bad"))
        status = refuse(&im);
    else {
        struct run r = {cli, &im.workouts, recov_args_get(a, "dry-run") != NULL, 0, 0};
        r.present = drop_repeats(&im.workouts);
        rc = store(cli, &r);
        if (rc == RECOV_OK)
            report(&im, &r);
        status = rc ? recov_cli_fail(rc) : RECOV_EXIT_OK;
    }
    recov_import_free(&im);
    return status;
}
