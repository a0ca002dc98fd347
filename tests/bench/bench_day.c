/* bench_day: what `recov log` costs as one day fills up with workouts.
 *
 * usage: bench_day [LOGS]
 *
 * Logs LOGS workouts (default 1,400: one a minute) into one day of an
 * empty database, the clock pinned to that day's evening, so that every
 * session is still in its cool-down window and every per-day rule sees
 * them all. Prints the median CPU time (user + system) of the 20 logs
 * around the 100th, around the middle one and of the last 20.
 *
 * A log reads the day's entries, so its cost may grow linearly with them;
 * a rule that compares each entry with every other (or a query per pending
 * reminder that reads the day) makes it grow with their square. Goal: the
 * last logs cost at most 1.25x what a straight line through the first two
 * points predicts (a cost growing with the square lands near 1.9x). Exits 0
 * when it is met, 1 when not, 2 on a failure to run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>

#include "bench_util.h"

#define GOAL 1.25
#define WINDOW 20

int main(int argc, char **argv)
{
    int logs = argc > 1 ? atoi(argv[1]) : 1400;
    if (logs < 100 + WINDOW || logs > 1400 || !bench_home("recov-bench-day")) {
        fprintf(stderr, "usage: bench_day [LOGS] (120 to 1400)\n");
        return 2;
    }
    char db[1024], at[32];
    snprintf(db, sizeof db, "%s", bench_path("day.db"));
    setenv("RECOV_NOW", "2026-11-20 23:45", 1);
    char *cmd[] = {RECOV_BIN, "--db", db, "log", "run", "1m", "--rpe", "5", "--at", at, NULL};
    double early[WINDOW], mid[WINDOW], late[WINDOW];
    size_t ne = 0, nm = 0, nl = 0;
    int middle = logs / 2;
    for (int i = 0; i < logs; i++) {
        snprintf(at, sizeof at, "2026-11-20 %02d:%02d", i / 60, i % 60);
        long kib;
        double cpu;
        bench_run_usage(cmd, NULL, &kib, &cpu);
        if (i >= 100 - WINDOW / 2 && ne < WINDOW)
            early[ne++] = cpu * 1000;
        if (i >= middle - WINDOW / 2 && nm < WINDOW)
            mid[nm++] = cpu * 1000;
        if (i >= logs - WINDOW)
            late[nl++] = cpu * 1000;
    }
    double a = bench_median(early, WINDOW), m = bench_median(mid, WINDOW);
    double b = bench_median(late, WINDOW);
    /* The straight line through (100, a) and (middle, m), at the last log. */
    double line = m + (m - a) * (logs - WINDOW / 2 - middle) / (middle - 100);
    if (line < m)
        line = m;
    int ok = b <= GOAL * line;
    printf("recov log into one day: CPU per log %.2f ms around the 100th, %.2f ms around the "
           "%dth, %.2f ms at the %dth (medians of %d); a straight line predicts %.2f ms: "
           "%.2fx (goal <= %.2f): %s\n",
           a, m, middle, b, logs, WINDOW, line, b / line, GOAL, ok ? "met" : "MISSED");
    bench_cleanup();
    return ok ? 0 : 1;
}
