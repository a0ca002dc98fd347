/* bench_import: `recov import` and `recov export` of 1,000,000 entries
 * against the sqlite3 CLI moving the same rows, in one run.
 *
 * usage: bench_import [RUNS]
 *
 * Makes 1,000,000 entries (several people's 56-year gen_history, one seed
 * each), then, RUNS times (3) and interleaved, imports them into an empty
 * database with `recov import` and loads the same rows, as CSV, into an
 * empty database of the same schema with the sqlite3 CLI's `.import
 * --csv`. Prints the medians, recov's rate (goal: at least 250,000
 * entries/s), the ratio to sqlite3 (goal: at most 1) and recov's largest
 * peak resident set (goal: under 16 MiB: an import streams). Then `recov
 * export` against `sqlite3 -json` of the same rows (goal: at most 1).
 * Exits 0 when every goal is met, 1 when one is missed, 2 on a failure to
 * run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "bench_util.h"

#define ENTRIES 1000000L
#define RATE_GOAL 250000.0
#define RSS_GOAL_KIB (16L * 1024)

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

static void make_million(const char *file)
{
    char seed[16];
    for (int s = 1; keep_lines(file, ENTRIES) < ENTRIES; s++) {
        snprintf(seed, sizeof seed, "%d", s);
        char *argv[] = {GEN_HISTORY_BIN, "56", seed, NULL};
        bench_run(argv, file);
    }
}

/* An empty database with recov's schema (any command creates it). */
static void empty_db(const char *db)
{
    char *del[] = {"sh", "-c", "rm -f \"$0\"-wal \"$0\"-shm \"$0\"-remind \"$0\"", (char *)db, NULL};
    bench_run(del, NULL);
    char *make[] = {RECOV_BIN, "--db", (char *)db, "history", NULL};
    bench_run(make, NULL);
}

static int report(const char *what, double recov, double sqlite, double goal)
{
    int ok = recov / sqlite <= goal;
    printf("%s: recov %.2f s, sqlite3 CLI %.2f s, ratio %.2f (goal <= %.1f): %s\n", what, recov,
           sqlite, recov / sqlite, goal, ok ? "met" : "MISSED");
    return ok;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 3;
    if (runs < 1 || runs > 99 || !bench_home("recov-bench-import")) {
        fprintf(stderr, "usage: bench_import [RUNS]\n");
        return 2;
    }
    char ndjson[1024], csv[1024], db[1024], base[1024];
    snprintf(ndjson, sizeof ndjson, "%s", bench_path("million.ndjson"));
    snprintf(csv, sizeof csv, "%s", bench_path("million.csv"));
    snprintf(db, sizeof db, "%s", bench_path("recov.db"));
    snprintf(base, sizeof base, "%s", bench_path("sqlite.db"));
    make_million(ndjson);

    /* The same rows as CSV, every column in table order. */
    empty_db(db);
    char *imp[] = {RECOV_BIN, "--db", db, "import", ndjson, NULL};
    bench_run(imp, NULL);
    char *dump[] = {"sqlite3", "-csv", db, "SELECT * FROM entry", NULL};
    bench_run(dump, csv);
    char load[1100];
    snprintf(load, sizeof load, ".import --csv %s entry", csv);

    double t_recov[99], t_sqlite[99];
    long rss = 0;
    for (int i = 0; i < runs; i++) {
        long kib;
        double cpu;
        empty_db(db);
        t_recov[i] = bench_run_usage(imp, NULL, &kib, &cpu);
        rss = kib > rss ? kib : rss;
        empty_db(base);
        char *sq[] = {"sqlite3", base, load, NULL};
        t_sqlite[i] = bench_run(sq, NULL);
    }
    double recov = bench_median(t_recov, runs), sqlite = bench_median(t_sqlite, runs);
    double rate = ENTRIES / recov;
    int ok = report("import 1,000,000 entries (medians)", recov, sqlite, 1.0);
    printf("import rate: %.0f entries/s (goal >= %.0f): %s\n", rate, RATE_GOAL,
           rate >= RATE_GOAL ? "met" : "MISSED");
    printf("import peak RSS: %.1f MiB (goal < %ld MiB): %s\n", rss / 1024.0, RSS_GOAL_KIB / 1024,
           rss < RSS_GOAL_KIB ? "met" : "MISSED");
    ok &= rate >= RATE_GOAL && rss < RSS_GOAL_KIB;

    char *exp[] = {RECOV_BIN, "--db", db, "export", NULL};
    char *json[] = {"sqlite3", "-json", db, "SELECT * FROM entry ORDER BY at, id", NULL};
    char *const *const cmds[] = {exp, json};
    double ms[2];
    bench_medians(cmds, 2, runs, ms);
    ok &= report("export 1,000,000 entries (medians)", ms[0] / 1e3, ms[1] / 1e3, 1.0);
    bench_cleanup();
    return ok ? 0 : 1;
}
