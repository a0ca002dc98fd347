/* bench_summary: `recov summary --json` must not slow down as years pile up.
 *
 * usage: bench_summary [RUNS]
 *
 * Builds two databases from gen_history (seed 1): 20 years and 1 year of the
 * same heavy history (about 1.2 workouts, 3 soreness logs and 1 recovery
 * action a day) with the reminders those years leave behind, then times, runs interleaved so all three see the same
 * machine: `recov summary --json` (this week, clock pinned to the end of the
 * history) on each, and the sqlite3 CLI opening the 20-year database and
 * running one trivial query. Prints the medians and the ratios 20y / 1y
 * (goal: at most 1.5) and 20y / sqlite3 (goal: at most 3). Exits 0 when
 * both goals are met, 1 when one is missed, 2 on a failure to run. Build it
 * Release. */
#include <stdio.h>
#include <stdlib.h>

#include "bench_util.h"

#define NOW "2026-11-20 20:00" /* gen_history ends on 2026-11-19 */
#define YEARS_GOAL 1.5
#define SQLITE_GOAL 3.0

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 51;
    if (runs < 1 || !bench_home("recov-bench-summary")) {
        fprintf(stderr, "usage: bench_summary [RUNS]\n");
        return 2;
    }
    setenv("RECOV_NOW", NOW, 1);

    char db20[512], db1[512];
    snprintf(db20, sizeof db20, "%s", bench_history_db("20y", "20", 1));
    snprintf(db1, sizeof db1, "%s", bench_history_db("1y", "1", 1));
    char *s20[] = {RECOV_BIN, "--db", db20, "summary", "--json", NULL};
    char *s1[] = {RECOV_BIN, "--db", db1, "summary", "--json", NULL};
    char *sq[] = {"sqlite3", db20, "SELECT count(*) FROM sqlite_master", NULL};
    bench_run(s20, bench_path("20y.json")); /* kept for a look: the summary measured */
    char *const *const cmds[] = {s20, s1, sq};
    double ms[3];
    bench_medians(cmds, 3, runs, ms);
    double t20 = ms[0], t1 = ms[1], tsq = ms[2];
    int ok_years = t20 / t1 <= YEARS_GOAL, ok_sqlite = t20 / tsq <= SQLITE_GOAL;
    printf("recov summary --json: 20 years %.2f ms, 1 year %.2f ms; sqlite3 CLI open + "
           "one query %.2f ms (medians of %d)\n",
           t20, t1, tsq, runs);
    printf("20 years / 1 year: %.2f (goal <= %.1f): %s\n", t20 / t1, YEARS_GOAL,
           ok_years ? "met" : "MISSED");
    printf("20 years / sqlite3: %.2f (goal <= %.1f): %s\n", t20 / tsq, SQLITE_GOAL,
           ok_sqlite ? "met" : "MISSED");
    bench_cleanup();
    return ok_years && ok_sqlite ? 0 : 1;
}
