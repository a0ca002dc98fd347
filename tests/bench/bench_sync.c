/* bench_sync: how long `recov sync` takes to bring a device up to date.
 *
 * usage: bench_sync [YEARS [RUNS]]
 *
 * Device A holds YEARS (default 10) of gen_history's history and syncs it
 * into a folder (its first change: every entry). Then, timed in one run,
 * medians of RUNS (default 3):
 *   - `recov import` of the same NDJSON into an empty database (the
 *     baseline: the same entries written into the same tables);
 *   - `recov sync` of that folder into an empty device, in the clear and
 *     encrypted (a passphrase: Argon2id once per device, XChaCha20-Poly1305);
 *   - after 100 more `recov log` on A (100 changes, 100 files), `recov sync`
 *     of an up-to-date device, against `recov import` of the same 100
 *     entries into a copy of it, and against a sync with nothing to do.
 * Prints each time and its ratio to its baseline. Exits 0, or 2 on a
 * failure to run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bench_util.h"

#define NEW 100
#define PASSPHRASE "correct horse battery staple"

static void need_dir(const char *dir)
{
    if (mkdir(dir, 0700) != 0) {
        perror(dir);
        exit(2);
    }
}

/* A consistent copy of a database in WAL mode (cp would miss the WAL). */
static void copy(const char *from, const char *to)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, ".backup '%s'", to);
    char *backup[] = {"sqlite3", (char *)from, cmd, NULL};
    bench_run(backup, NULL);
}

static double sync_into(const char *db, const char *dir)
{
    char *argv[] = {RECOV_BIN, "--db", (char *)db, "sync", (char *)dir, NULL};
    return bench_run(argv, NULL);
}

static double import_into(const char *db, const char *ndjson)
{
    char *argv[] = {RECOV_BIN, "--db", (char *)db, "import", (char *)ndjson, NULL};
    return bench_run(argv, NULL);
}

/* Median time of syncing dir into RUNS fresh empty devices. */
static double empty_device(const char *dir, const char *tag, int runs)
{
    double t[64];
    for (int i = 0; i < runs; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s-%d.db", tag, i);
        t[i] = sync_into(bench_path(name), dir);
    }
    return bench_median(t, runs);
}

/* NEW workouts after the history's end, as NDJSON and logged one by one
 * on device db (each its own change). */
static void new_changes(const char *db, const char *ndjson, int round)
{
    FILE *f = fopen(ndjson, "w");
    if (!f) {
        perror(ndjson);
        exit(2);
    }
    for (int i = 0; i < NEW; i++) {
        char at[32], note[64];
        int minute = round * NEW + i;
        /* On the clock's day, before it (2026-11-20 20:00): never the future. */
        snprintf(at, sizeof at, "2026-11-20 %02d:%02d", minute / 60, minute % 60);
        snprintf(note, sizeof note, "bench round %d change %d", round, i);
        fprintf(f, "{\"kind\":\"workout\",\"at\":\"2026-11-20T%02d:%02d:30Z\",\"type\":\"run\","
                   "\"minutes\":1,\"rpe\":3,\"note\":\"%s (import)\"}\n",
                minute / 60, minute % 60, note);
        char *log[] = {RECOV_BIN, "--db", (char *)db, "log", "run", "1m", "--rpe", "3",
                       "--at", at, "--note", note, NULL};
        bench_run(log, NULL);
    }
    fclose(f);
}

int main(int argc, char **argv)
{
    const char *years = argc > 1 ? argv[1] : "10";
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    if (atof(years) <= 0 || runs < 1 || runs > 12 || !bench_home("recov-bench-sync")) {
        fprintf(stderr, "usage: bench_sync [YEARS [RUNS]]\n");
        return 2;
    }
    setenv("RECOV_NOW", "2026-11-20 20:00", 1);
    setenv("TZ", "UTC", 1);
    char a[1024], a2[1024], dir[1024], dir2[1024], ndjson[1024], fresh[1024];
    snprintf(a, sizeof a, "%s", bench_history_db("a", years, 0));
    snprintf(a2, sizeof a2, "%s", bench_path("a-encrypted.db"));
    snprintf(ndjson, sizeof ndjson, "%s", bench_path("a.ndjson"));
    snprintf(dir, sizeof dir, "%s", bench_path("folder"));
    snprintf(dir2, sizeof dir2, "%s", bench_path("folder-encrypted"));
    need_dir(dir);
    need_dir(dir2);
    copy(a, a2);

    /* The baseline: the same entries imported into empty databases. */
    double t[64];
    for (int i = 0; i < runs; i++) {
        char name[64];
        snprintf(name, sizeof name, "import-%d.db", i);
        t[i] = import_into(bench_path(name), ndjson);
    }
    double import = bench_median(t, runs);

    double first = sync_into(a, dir);
    double empty = empty_device(dir, "b", runs);
    setenv("RECOV_SYNC_PASSPHRASE", PASSPHRASE, 1);
    double first_enc = sync_into(a2, dir2);
    double empty_enc = empty_device(dir2, "b-encrypted", runs);
    unsetenv("RECOV_SYNC_PASSPHRASE");

    /* An up-to-date device (b-0) takes 100 changes, RUNS times. */
    double inc[64], imp[64], noop[64];
    char b[1024], ndjson_new[1024];
    snprintf(b, sizeof b, "%s", bench_path("b-0.db"));
    snprintf(ndjson_new, sizeof ndjson_new, "%s", bench_path("new.ndjson"));
    for (int i = 0; i < runs; i++) {
        new_changes(a, ndjson_new, i);
        sync_into(a, dir);
        char name[64];
        snprintf(name, sizeof name, "b-copy-%d.db", i);
        snprintf(fresh, sizeof fresh, "%s", bench_path(name));
        copy(b, fresh);
        imp[i] = import_into(fresh, ndjson_new);
        inc[i] = sync_into(b, dir);
        noop[i] = sync_into(b, dir);
    }
    double incremental = bench_median(inc, runs), imported = bench_median(imp, runs),
           nothing = bench_median(noop, runs);

    printf("baseline: recov import of %s years' NDJSON into an empty log %.2f s\n", years,
           import);
    printf("first sync of A (every entry into one change file) %.2f s; encrypted %.2f s\n",
           first, first_enc);
    printf("sync into an empty device: %.2f s, %.2fx the import\n", empty, empty / import);
    printf("sync into an empty device, encrypted: %.2f s, %.2fx the import, %.2fx in the "
           "clear\n",
           empty_enc, empty_enc / import, empty_enc / empty);
    printf("baseline: recov import of the same %d entries into an up-to-date log %.3f s\n", NEW,
           imported);
    printf("sync of %d new changes (%d files) into an up-to-date device: %.3f s, %.2f ms a "
           "change, %.2fx the import, %.2fx a sync with nothing to do (%.3f s)\n",
           NEW, NEW, incremental, incremental * 1000 / NEW, incremental / imported,
           incremental / nothing, nothing);
    bench_cleanup();
    return 0;
}
