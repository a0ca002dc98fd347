/* bench_log: `recov log` against a bare sqlite3 insert, the WAL it leaves,
 * and start-up, in one run.
 *
 * usage: bench_log [RUNS] [LOGS]
 *
 * Builds two databases from gen_history (seed 1), each with the reminder
 * history its years leave behind (reminder_history.sql): 1 year and 20
 * years. For each, prints the median wall time of `recov log run 45m --rpe
 * 7` and of the sqlite3 CLI inserting the same row into the same database,
 * runs interleaved, and their ratio (goal: at most 0.5: one durable commit
 * with one fdatasync, where the CLI's insert also checkpoints and removes
 * the WAL on close). Then runs `recov log` LOGS times (10,000) on the 1-year
 * database and prints the largest and the final size of its WAL file (goal:
 * bounded, at most 4 MiB of automatic-checkpoint window plus one commit,
 * under 5 MiB). Last, `recov --version` against /bin/true (goal: at most
 * 1.5). Exits 0 when every goal is met, 1 when one is missed, 2 on a
 * failure to run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "bench_util.h"

#define LOG_GOAL 0.5
#define WAL_GOAL_BYTES (5L << 20)
#define START_GOAL 1.5

static int compare_log(const char *label, const char *db, int runs)
{
    /* The same row recov writes, numbered the way recov numbers batches. */
    char *recov[] = {RECOV_BIN, "log", "run", "45m", "--rpe", "7", "--db", (char *)db, NULL};
    char *sqlite[] = {"sqlite3", (char *)db,
                      "INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, "
                      "rpe_estimated) VALUES (lower(hex(randomblob(4))) || '-0000-4000-8000-' "
                      "|| lower(hex(randomblob(6))), (SELECT coalesce((SELECT batch FROM entry "
                      "ORDER BY id DESC LIMIT 1), 0) + 1), 'workout', CAST(strftime('%s', "
                      "'now') AS INTEGER) - 2700, 'run', 45, 7, 0)",
                      NULL};
    char *const *const cmds[] = {recov, sqlite};
    double ms[2];
    bench_medians(cmds, 2, runs, ms);
    double ratio = ms[0] / ms[1];
    printf("log, %s: recov log %.2f ms, sqlite3 CLI insert %.2f ms (medians of %d), ratio %.2f "
           "(goal <= %.1f): %s\n",
           label, ms[0], ms[1], runs, ratio, LOG_GOAL, ratio <= LOG_GOAL ? "met" : "MISSED");
    fflush(stdout);
    return ratio <= LOG_GOAL;
}

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : 0;
}

static int wal_after_logs(const char *db, long logs)
{
    char wal[1024];
    snprintf(wal, sizeof wal, "%s-wal", db);
    char *recov[] = {RECOV_BIN, "log", "run", "45m", "--rpe", "7", "--db", (char *)db, NULL};
    long largest = 0;
    for (long i = 0; i < logs; i++) {
        bench_run(recov, NULL);
        long size = file_size(wal);
        largest = size > largest ? size : largest;
    }
    int ok = largest <= WAL_GOAL_BYTES;
    printf("WAL after %ld logs: %ld bytes (largest on the way %ld bytes, %.2f MiB; goal <= "
           "%.0f MiB): %s\n",
           logs, file_size(wal), largest, largest / 1048576.0, WAL_GOAL_BYTES / 1048576.0,
           ok ? "met" : "MISSED");
    fflush(stdout);
    return ok;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 101;
    long logs = argc > 2 ? atol(argv[2]) : 10000;
    if (runs < 1 || logs < 1 || !bench_home("recov-bench")) {
        fprintf(stderr, "usage: bench_log [RUNS] [LOGS]\n");
        return 2;
    }
    char db1[512], db20[512];
    snprintf(db1, sizeof db1, "%s", bench_history_db("1y", "1", 1));
    snprintf(db20, sizeof db20, "%s", bench_history_db("20y", "20", 1));
    int ok = compare_log("1 year", db1, runs);
    ok &= compare_log("20 years with 20 years of reminders", db20, runs);
    ok &= wal_after_logs(db1, logs);

    char *version[] = {RECOV_BIN, "--version", NULL}, *truth[] = {"/bin/true", NULL};
    char *const *const starts[] = {version, truth};
    double v[2];
    bench_medians(starts, 2, runs, v);
    int ok_start = v[0] / v[1] <= START_GOAL;
    printf("start-up: recov --version %.2f ms, /bin/true %.2f ms (medians of %d), ratio %.2f "
           "(goal <= %.1f): %s\n",
           v[0], v[1], runs, v[0] / v[1], START_GOAL, ok_start ? "met" : "MISSED");
    bench_cleanup();
    return ok && ok_start ? 0 : 1;
}
