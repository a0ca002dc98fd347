/* bench_config: how config loading grows with the size of recov.ini.
 *
 * usage: bench_config [RUNS]
 *
 * Writes two config files of the same shape (aliases under [regions],
 * [workout.NAME] sections with regions and rpe, and the scalar keys), one
 * with 40,000 keys and one with 400,000 keys (about 5 MB), and prints the
 * median wall time of `recov --config FILE config check` on each and their
 * ratio. Loading that is linear in the file gives a ratio near 10 (less,
 * as start-up is shared); a quadratic one near 100. Goals: the 400,000-key
 * file loads in under 2 s and the ratio is under 20. Exits 0 when both are
 * met, 1 when one is missed, 2 on a failure to run. Build it Release. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "bench_util.h"

#define SMALL_KEYS 40000L
#define BIG_KEYS 400000L
#define BIG_GOAL_S 2.0
#define RATIO_GOAL 20.0

/* Writes keys keys: nine aliases for each workout type of two keys. */
static long write_config(const char *file, long keys)
{
    FILE *f = fopen(file, "w");
    if (!f)
        return -1;
    fprintf(f, "[general]\nweek_start = monday\n[advice]\npersist_days = 8\n[regions]\n");
    long n = 2, i = 0;
    for (; n + 9 <= keys * 9 / 11; i++, n++)
        fprintf(f, "z%ld = quads\n", i);
    for (i = 0; n + 2 <= keys; i++, n += 2)
        fprintf(f, "[workout.t%ld]\nregions = calves\nrpe = %ld\n", i, i % 11);
    fclose(f);
    return n;
}

static double check(const char *file, int runs)
{
    char *argv[] = {RECOV_BIN, "--config", (char *)file, "config", "check", NULL};
    char *const *const cmds[] = {argv};
    double ms;
    bench_medians(cmds, 1, runs, &ms);
    return ms / 1000.0;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 3;
    if (runs < 1 || !bench_home("bench_config"))
        return 2;
    const char *small = bench_path("small.ini"), *big = bench_path("big.ini");
    long nsmall = write_config(small, SMALL_KEYS), nbig = write_config(big, BIG_KEYS);
    struct stat st;
    if (nsmall < 0 || nbig < 0 || stat(big, &st) != 0)
        return 2;
    double ts = check(small, runs), tb = check(big, runs);
    double ratio = tb / ts;
    printf("config check, %ld keys:  %8.3f s\n", nsmall, ts);
    printf("config check, %ld keys (%.1f MB): %8.3f s (goal < %.0f s)\n", nbig,
           st.st_size / 1e6, tb, BIG_GOAL_S);
    printf("ratio big/small: %.1f for %.0fx the keys (linear ~%.0f, quadratic ~%.0f; goal < %.0f)\n",
           ratio, (double)nbig / nsmall, (double)nbig / nsmall,
           (double)nbig / nsmall * nbig / nsmall, RATIO_GOAL);
    bench_cleanup();
    return tb < BIG_GOAL_S && ratio < RATIO_GOAL ? 0 : 1;
}
