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

static double compare_log(const char *label, const char *db, int runs)
{
    /* The same row recov writes, numbered the way recov numbers batches. */
    char *recov[] = {RECOV_BIN, "log", "run", "45m", "--rpe", "7", "--db", (char *)db, NULL};
    char *sqlite[] = {"sqlite3", (char *)db,
                      "INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, "
                      "rpe_estimated) VALUES (lower(hex(randomblob(4))) || '-0000-4000-8000-' "
                      "|| lower(hex(randomblob(6))), (SELECT coalesce((SELECT batch FROM entry ORDER BY id DESC LIMIT 1), "
                      "0) + 1), 'workout', CAST(strftime('%s', 'now') AS INTEGER) - 2700, 'run', "
                      "45, 7, 0)",
                      NULL};
    char *const *const cmds[] = {recov, sqlite};
    double ms[2];
    bench_medians(cmds, 2, runs, ms);
    double ra = ms[0], rb = ms[1];
    printf("log, %s: recov log %.2f ms, sqlite3 CLI %.2f ms (medians of %d), ratio %.2f "
           "(goal <= %.1f): %s\n",
           label, ra, rb, runs, ra / rb, LOG_GOAL, ra / rb <= LOG_GOAL ? "met" : "MISSED");
    fflush(stdout);
    return ra / rb;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 101;
    if (runs < 1 || !bench_home("recov-bench")) {
        fprintf(stderr, "usage: bench_log [RUNS]\n");
        return 2;
    }

    char *ten[] = {GEN_HISTORY_BIN, "10", "1", NULL}, *all[] = {GEN_HISTORY_BIN, "56", "1", NULL};
    bench_run(ten, bench_path("ten.ndjson"));
    import(bench_path("ten.db"), bench_path("ten.ndjson"));
    bench_run(all, bench_path("all.ndjson"));
    import(bench_path("all.db"), bench_path("all.ndjson"));
    make_million(bench_path("million.ndjson"));
    double took = import(bench_path("million.db"), bench_path("million.ndjson"));
    int ok = took < IMPORT_GOAL_S;
    printf("import: %ld entries in %.2f s, %.0f entries/s (goal < %.0f s): %s\n", IMPORT_ENTRIES,
           took, IMPORT_ENTRIES / took, IMPORT_GOAL_S, ok ? "met" : "MISSED");
    fflush(stdout);
    ok &= compare_log("10-year history", bench_path("ten.db"), runs) <= LOG_GOAL;
    ok &= compare_log("56-year history", bench_path("all.db"), runs) <= LOG_GOAL;
    char *version[] = {RECOV_BIN, "--version", NULL}, *sqlite_version[] = {"sqlite3", "-version", NULL};
    char *const *const starts[] = {version, sqlite_version};
    double v[2];
    bench_medians(starts, 2, runs, v);
    printf("start-up: recov --version %.2f ms, sqlite3 -version %.2f ms\n", v[0], v[1]);

    bench_cleanup();
    return ok ? 0 : 1;
}
