/* bench_log: how long `recov log` and `recov import` take, in one run.
 *
 * usage: bench_log [RUNS]
 *
 * Prints the rate at which `recov import` loads 1,000,000 entries into an
 * empty database (goal: under 10 s); then, for a database holding ten
 * years of one person's history (gen_history 10) and for one holding the
 * longest history the generator makes (56 years), the median wall time of
 * `recov log run 45m --rpe 7 --db X` and of the sqlite3 CLI inserting the
 * same row into the same database, runs interleaved, and their ratio (goal:
 * at most 1.5); and, to tell start-up from work, the median time of
 * `recov --version` against `sqlite3 -version`. Exits 0 when every goal is
 * met, 1 when one is missed, 2 on a failure to run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "bench_util.h"

#define IMPORT_ENTRIES 1000000L
#define LOG_GOAL 1.5
#define IMPORT_GOAL_S 10.0

static char dir[] = "/tmp/recov-bench.XXXXXX";

static char *path(const char *name)
{
    static char bufs[8][512];
    static int next;
    char *p = bufs[next++ % 8];
    snprintf(p, sizeof bufs[0], "%s/%s", dir, name);
    return p;
}

/* Cuts file after its first `lines` lines; returns how many it has. */
static long keep_lines(const char *file, long lines)
{
    FILE *f = fopen(file, "r");
    long n = 0, offset = 0;
    int c;
    if (!f)
        return 0;
    while (n < lines && (c = getc(f)) != EOF) {
        offset++;
        n += c == '\n';
    }
    fclose(f);
    if (n == lines && truncate(file, offset) != 0)
        return 0;
    return n;
}

/* A million entries: several people's 56-year histories, one seed each. */
static void make_million(const char *file)
{
    char seed[16];
    for (int s = 1; keep_lines(file, IMPORT_ENTRIES) < IMPORT_ENTRIES; s++) {
        snprintf(seed, sizeof seed, "%d", s);
        char *argv[] = {GEN_HISTORY_BIN, "56", seed, NULL};
        bench_run(argv, file);
    }
}

static double import(const char *db, const char *file)
{
    char *argv[] = {RECOV_BIN, "--db", (char *)db, "import", (char *)file, NULL};
    return bench_run(argv, NULL);
}

/* Median wall times of a and b over runs, interleaved, in ms. */
static void medians(char *const a[], char *const b[], int runs, double *ma, double *mb)
{
    double *ta = calloc((size_t)runs, sizeof *ta), *tb = calloc((size_t)runs, sizeof *tb);
    for (int i = 0; i < 5; i++) /* warm the page cache */
        bench_run(a, NULL), bench_run(b, NULL);
    for (int i = 0; i < runs; i++) {
        ta[i] = bench_run(a, NULL);
        tb[i] = bench_run(b, NULL);
    }
    *ma = bench_median(ta, runs) * 1e3;
    *mb = bench_median(tb, runs) * 1e3;
    free(ta);
    free(tb);
}

static double compare_log(const char *label, const char *db, int runs)
{
    /* The same row recov writes, numbered the way recov numbers batches. */
    char *recov[] = {RECOV_BIN, "log", "run", "45m", "--rpe", "7", "--db", (char *)db, NULL};
    char *sqlite[] = {"sqlite3", (char *)db,
                      "INSERT INTO entry (batch, kind, at, type, minutes, rpe, rpe_estimated) "
                      "VALUES ((SELECT coalesce((SELECT batch FROM entry ORDER BY id DESC LIMIT 1), "
                      "0) + 1), 'workout', CAST(strftime('%s', 'now') AS INTEGER) - 2700, 'run', "
                      "45, 7, 0)",
                      NULL};
    double ra, rb;
    medians(recov, sqlite, runs, &ra, &rb);
    printf("log, %s: recov log %.2f ms, sqlite3 CLI %.2f ms (medians of %d), ratio %.2f "
           "(goal <= %.1f): %s\n",
           label, ra, rb, runs, ra / rb, LOG_GOAL, ra / rb <= LOG_GOAL ? "met" : "MISSED");
    fflush(stdout);
    return ra / rb;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 101;
    if (runs < 1 || !mkdtemp(dir)) {
        fprintf(stderr, "usage: bench_log [RUNS]\n");
        return 2;
    }
    /* A private home: no user config, database or ~/.sqliterc. */
    setenv("HOME", dir, 1);
    setenv("XDG_CONFIG_HOME", path("config"), 1);
    setenv("XDG_DATA_HOME", path("data"), 1);
    unsetenv("RECOV_NOW"), unsetenv("RECOV_DB"), unsetenv("RECOV_CONFIG");

    char *ten[] = {GEN_HISTORY_BIN, "10", "1", NULL}, *all[] = {GEN_HISTORY_BIN, "56", "1", NULL};
    bench_run(ten, path("ten.ndjson"));
    import(path("ten.db"), path("ten.ndjson"));
    bench_run(all, path("all.ndjson"));
    import(path("all.db"), path("all.ndjson"));
    make_million(path("million.ndjson"));
    double took = import(path("million.db"), path("million.ndjson"));
    int ok = took < IMPORT_GOAL_S;
    printf("import: %ld entries in %.2f s, %.0f entries/s (goal < %.0f s): %s\n", IMPORT_ENTRIES,
           took, IMPORT_ENTRIES / took, IMPORT_GOAL_S, ok ? "met" : "MISSED");
    fflush(stdout);
    ok &= compare_log("10-year history", path("ten.db"), runs) <= LOG_GOAL;
    ok &= compare_log("56-year history", path("all.db"), runs) <= LOG_GOAL;
    char *version[] = {RECOV_BIN, "--version", NULL}, *sqlite_version[] = {"sqlite3", "-version", NULL};
    double va, vb;
    medians(version, sqlite_version, runs, &va, &vb);
    printf("start-up: recov --version %.2f ms, sqlite3 -version %.2f ms\n", va, vb);

    char *rm[] = {"rm", "-rf", dir, NULL};
    bench_run(rm, NULL);
    return ok ? 0 : 1;
}
