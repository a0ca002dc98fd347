/* bench_summary: `recov summary --json` must not slow down as years pile up.
 *
 * usage: bench_summary [RUNS]
 *
 * Builds two databases from gen_history (seed 1): 20 years and 1 year of the
 * same heavy history (about 1.2 workouts, 3 soreness logs and 1 recovery
 * action a day), then times, runs interleaved so all three see the same
 * machine: `recov summary --json` (this week, clock pinned to the end of the
 * history) on each, and the sqlite3 CLI opening the 20-year database and
 * running one trivial query. Prints the medians and the ratios 20y / 1y
 * (goal: at most 1.5) and 20y / sqlite3 (goal: at most 3). Exits 0 when
 * both goals are met, 1 when one is missed, 2 on a failure to run. Build it
 * Release. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_util.h"

#define NOW "2026-11-20 20:00" /* gen_history ends on 2026-11-19 */
#define YEARS_GOAL 1.5
#define SQLITE_GOAL 3.0

static char dir[] = "/tmp/recov-bench-summary.XXXXXX";

static char *path(const char *name)
{
    static char bufs[8][512];
    static int next;
    char *p = bufs[next++ % 8];
    snprintf(p, sizeof bufs[0], "%s/%s", dir, name);
    return p;
}

static long count_lines(const char *file)
{
    FILE *f = fopen(file, "r");
    long n = 0;
    int c;
    while (f && (c = getc(f)) != EOF)
        n += c == '\n';
    if (f)
        fclose(f);
    return n;
}

/* Generates `years` of history and imports it into a new database. */
static char *make_db(const char *years)
{
    char ndjson[64], db[64];
    snprintf(ndjson, sizeof ndjson, "%sy.ndjson", years);
    snprintf(db, sizeof db, "%sy.db", years);
    char *gen[] = {GEN_HISTORY_BIN, (char *)years, "1", NULL};
    bench_run(gen, path(ndjson));
    char *imp[] = {RECOV_BIN, "--db", path(db), "import", path(ndjson), NULL};
    bench_run(imp, NULL);
    printf("%s year%s: %ld entries\n", years, strcmp(years, "1") ? "s" : "",
           count_lines(path(ndjson)));
    return path(db);
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 51;
    if (runs < 1 || !mkdtemp(dir)) {
        fprintf(stderr, "usage: bench_summary [RUNS]\n");
        return 2;
    }
    /* A private home: no user config, database or ~/.sqliterc. */
    setenv("HOME", dir, 1);
    setenv("XDG_CONFIG_HOME", path("config"), 1);
    setenv("XDG_DATA_HOME", path("data"), 1);
    setenv("RECOV_NOW", NOW, 1);
    unsetenv("RECOV_DB"), unsetenv("RECOV_CONFIG");

    char *db20 = make_db("20"), *db1 = make_db("1");
    char *s20[] = {RECOV_BIN, "--db", db20, "summary", "--json", NULL};
    char *s1[] = {RECOV_BIN, "--db", db1, "summary", "--json", NULL};
    char *sq[] = {"sqlite3", db20, "SELECT count(*) FROM sqlite_master", NULL};
    double *a = calloc((size_t)runs, sizeof *a), *b = calloc((size_t)runs, sizeof *b),
           *c = calloc((size_t)runs, sizeof *c);
    bench_run(s20, path("20y.json")); /* kept for a look: the summary measured */
    for (int i = 0; i < 5; i++)       /* warm the page cache */
        bench_run(s20, NULL), bench_run(s1, NULL), bench_run(sq, NULL);
    for (int i = 0; i < runs; i++) {
        a[i] = bench_run(s20, NULL);
        b[i] = bench_run(s1, NULL);
        c[i] = bench_run(sq, NULL);
    }
    double t20 = bench_median(a, runs) * 1e3, t1 = bench_median(b, runs) * 1e3,
           tsq = bench_median(c, runs) * 1e3;
    int ok_years = t20 / t1 <= YEARS_GOAL, ok_sqlite = t20 / tsq <= SQLITE_GOAL;
    printf("recov summary --json: 20 years %.2f ms, 1 year %.2f ms; sqlite3 CLI open + "
           "one query %.2f ms (medians of %d)\n",
           t20, t1, tsq, runs);
    printf("20 years / 1 year: %.2f (goal <= %.1f): %s\n", t20 / t1, YEARS_GOAL,
           ok_years ? "met" : "MISSED");
    printf("20 years / sqlite3: %.2f (goal <= %.1f): %s\n", t20 / tsq, SQLITE_GOAL,
           ok_sqlite ? "met" : "MISSED");
    free(a), free(b), free(c);
    char *rm[] = {"rm", "-rf", dir, NULL};
    bench_run(rm, NULL);
    return ok_years && ok_sqlite ? 0 : 1;
}
