/* bench_util: running a program and timing it, for the benchmarks. */
#ifndef RECOV_BENCH_UTIL_H
#define RECOV_BENCH_UTIL_H

/* Runs argv (PATH is searched) with stdout appended to out, or to /dev/null
 * when out is NULL; returns its wall time in seconds. A failure to run, or
 * a non-zero exit, ends the process with status 2. */
double bench_run(char *const argv[], const char *out);
/* The median of v[0..n) (v is sorted in place). */
double bench_median(double *v, int n);

#endif
