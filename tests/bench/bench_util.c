/* bench_util: a private home, running a program and timing it, for the
 * benchmarks. */
#include "bench_util.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static char dir[512];

int bench_home(const char *name)
{
    snprintf(dir, sizeof dir, "/tmp/%s.XXXXXX", name);
    if (!mkdtemp(dir))
        return 0;
    setenv("HOME", dir, 1);
    setenv("XDG_CONFIG_HOME", bench_path("config"), 1);
    setenv("XDG_DATA_HOME", bench_path("data"), 1);
    unsetenv("RECOV_NOW"), unsetenv("RECOV_DB"), unsetenv("RECOV_CONFIG");
    return 1;
}

char *bench_path(const char *name)
{
    static char bufs[8][1024];
    static int next;
    char *p = bufs[next++ % 8];
    snprintf(p, sizeof bufs[0], "%s/%s", dir, name);
    return p;
}

void bench_cleanup(void)
{
    char *rm[] = {"rm", "-rf", dir, NULL};
    bench_run(rm, NULL);
}

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

double bench_run(char *const argv[], const char *out)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out ? out : "/dev/null",
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    pid_t pid;
    int status;
    double start = seconds_now();
    if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0 ||
        waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench: '%s %s %s ...' failed\n", argv[0], argv[1] ? argv[1] : "",
                argv[1] && argv[2] ? argv[2] : "");
        exit(2);
    }
    double took = seconds_now() - start;
    posix_spawn_file_actions_destroy(&fa);
    return took;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

double bench_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void bench_medians(char *const *const cmds[], int n, int runs, double ms[])
{
    double *t = calloc((size_t)n * (size_t)runs, sizeof *t);
    if (!t) {
        fprintf(stderr, "bench: out of memory\n");
        exit(2);
    }
    for (int i = 0; i < 5; i++)
        for (int c = 0; c < n; c++)
            bench_run(cmds[c], NULL);
    for (int i = 0; i < runs; i++)
        for (int c = 0; c < n; c++)
            t[c * runs + i] = bench_run(cmds[c], NULL);
    for (int c = 0; c < n; c++)
        ms[c] = bench_median(t + c * runs, runs) * 1e3;
    free(t);
}
