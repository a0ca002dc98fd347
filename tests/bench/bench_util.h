/* bench_util: a private home, running a program and timing it, for the
 * benchmarks. */
#ifndef RECOV_BENCH_UTIL_H
#define RECOV_BENCH_UTIL_H

/* Makes a new directory /tmp/NAME.XXXXXX and points HOME, XDG_CONFIG_HOME
 * and XDG_DATA_HOME into it (no user config, database or ~/.sqliterc), with
 * RECOV_NOW, RECOV_DB and RECOV_CONFIG unset; returns 0 when the directory
 * cannot be made. */
int bench_home(const char *name);
/* NAME in that directory, in one of 8 rotating buffers. */
char *bench_path(const char *name);
/* Removes that directory and everything in it. */
void bench_cleanup(void);
/* Runs argv (PATH is searched) with stdout appended to out, or to /dev/null
 * when out is NULL; returns its wall time in seconds. A failure to run, or
 * a non-zero exit, ends the process with status 2. */
double bench_run(char *const argv[], const char *out);
/* Like bench_run; *kib is the child's peak resident set in KiB and *cpu
 * its CPU time (user + system) in seconds. */
double bench_run_usage(char *const argv[], const char *out, long *kib, double *cpu);
/* A database in the bench directory, NAME.db, holding gen_history's YEARS
 * (seed 1) imported by recov; with reminders, also the reminder history
 * those years leave behind (reminder_history.sql, by the sqlite3 CLI).
 * Prints how many entries and reminders it holds; returns its path. */
char *bench_history_db(const char *name, const char *years, int reminders);
/* The median of v[0..n) (v is sorted in place). */
double bench_median(double *v, int n);
/* Runs each of the n commands cmds[i] five times to warm the page cache,
 * then `runs` times, interleaved so all see the same machine; ms[i] is the
 * median wall time of cmds[i] in milliseconds. */
void bench_medians(char *const *const cmds[], int n, int runs, double ms[]);
/* The same, with cpu_ms[i] the median CPU time (user + system) of cmds[i]:
 * the work a command does, which a busy shared machine disturbs far less
 * than its wall time. */
void bench_medians_cpu(char *const *const cmds[], int n, int runs, double ms[], double cpu_ms[]);

#endif
