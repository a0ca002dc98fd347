/* bench_flat: what a command about "now" costs must not grow with the years.
 *
 * usage: bench_flat [RUNS]
 *
 * Builds two databases from gen_history (seed 1), each with the reminder
 * history its years leave behind (reminder_history.sql): 20 years and 1
 * year. Then, for every command that looks at now (log, sore, did, suggest,
 * summary :week, remind list, remind run --dry-run, history :30d), with the
 * clock pinned to the end of the history, times it on each database, runs
 * interleaved so both see the same machine, and prints the medians of
 * its CPU time (user + system: the work it does) and of its wall time, and
 * their ratios 20 years / 1 year. The goal, at most 1.1 for each command,
 * is judged on CPU time: on a shared, busy machine the wall time of a
 * single run swings by more than that (the fdatasync of a write most of
 * all), its median included. Writing commands add the same rows to both
 * databases. Exits 0 when every goal is met, 1
 * when one is missed, 2 on a failure to run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>

#include "bench_util.h"

#define NOW "2026-11-20 20:00" /* gen_history ends on 2026-11-19 */
#define GOAL 1.1
#define MAX_ARGS 12

static const char *const commands[][MAX_ARGS] = {
    {"log", "run", "45m", "--rpe", "7"},
    {"sore", "quads", "5", "calves", "4"},
    {"did", "walk", "20m"},
    {"suggest"},
    {"summary", ":week"},
    {"remind", "list"},
    {"remind", "run", "--dry-run"},
    {"history", ":30d"},
};

/* argv: recov --db DB followed by the words of cmd. */
static void command_argv(char *argv[], const char *db, const char *const cmd[])
{
    int n = 0;
    argv[n++] = RECOV_BIN, argv[n++] = "--db", argv[n++] = (char *)db;
    for (int i = 0; i < MAX_ARGS - 4 && cmd[i]; i++)
        argv[n++] = (char *)cmd[i];
    argv[n] = NULL;
}

/* "log run 45m ..." for printing. */
static const char *words(const char *const cmd[])
{
    static char buf[128];
    int len = 0;
    for (int i = 0; i < MAX_ARGS && cmd[i]; i++)
        len += snprintf(buf + len, sizeof buf - (size_t)len, "%s%s", i ? " " : "", cmd[i]);
    return buf;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 51;
    if (runs < 1 || !bench_home("recov-bench-flat")) {
        fprintf(stderr, "usage: bench_flat [RUNS]\n");
        return 2;
    }
    setenv("RECOV_NOW", NOW, 1);
    setenv("TZ", "UTC", 1);

    char db20[512], db1[512];
    snprintf(db20, sizeof db20, "%s", bench_history_db("20y", "20", 1));
    snprintf(db1, sizeof db1, "%s", bench_history_db("1y", "1", 1));
    int ok = 1;
    for (size_t c = 0; c < sizeof commands / sizeof *commands; c++) {
        char *a20[MAX_ARGS + 4], *a1[MAX_ARGS + 4];
        command_argv(a20, db20, commands[c]);
        command_argv(a1, db1, commands[c]);
        char *const *const cmds[] = {a20, a1};
        double ms[2], cpu[2];
        bench_medians_cpu(cmds, 2, runs, ms, cpu);
        double ratio = cpu[0] / cpu[1];
        ok &= ratio <= GOAL;
        printf("%-28s CPU 20y %6.2f ms, 1y %6.2f ms, ratio %.2f (goal <= %.1f): %s; "
               "wall 20y %6.2f ms, 1y %6.2f ms, ratio %.2f\n",
               words(commands[c]), cpu[0], cpu[1], ratio, GOAL, ratio <= GOAL ? "met" : "MISSED",
               ms[0], ms[1], ms[0] / ms[1]);
        fflush(stdout);
    }
    bench_cleanup();
    return ok ? 0 : 1;
}
