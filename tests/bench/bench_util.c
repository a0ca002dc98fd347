/* bench_util: a private home, running a program and timing it, for the
 * benchmarks. */
#include "bench_util.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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
    long kib;
    double cpu;
    return bench_run_usage(argv, out, &kib, &cpu);
}

double bench_run_usage(char *const argv[], const char *out, long *kib, double *cpu)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out ? out : "/dev/null",
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    /* Warnings a command prints on every run would drown the figures: kept
     * for the run that fails. */
    char err[1024];
    snprintf(err, sizeof err, "%s", bench_path("stderr.txt"));
    posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid;
    int status;
    struct rusage ru;
    double start = seconds_now();
    if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0 ||
        wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench: '%s %s %s ...' failed\n", argv[0], argv[1] ? argv[1] : "",
                argv[1] && argv[2] ? argv[2] : "");
        FILE *f = fopen(err, "r");
        int ch;
        while (f && (ch = getc(f)) != EOF)
            putc(ch, stderr);
        if (f)
            fclose(f);
        exit(2);
    }
    double took = seconds_now() - start;
    posix_spawn_file_actions_destroy(&fa);
    *kib = ru.ru_maxrss;
    *cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    return took;
}

/* Prints "LABEL: N" for the one number QUERY gives on db. */
static void print_count(const char *db, const char *label, const char *query)
{
    char *argv[] = {"sqlite3", (char *)db, (char *)query, NULL};
    char *out = bench_path("count.txt");
    remove(out);
    bench_run(argv, out);
    FILE *f = fopen(out, "r");
    long n = 0;
    if (f && fscanf(f, "%ld", &n) != 1)
        n = -1;
    if (f)
        fclose(f);
    printf(" %ld %s", n, label);
}

char *bench_history_db(const char *name, const char *years, int reminders)
{
    char ndjson[256], db[256], read[512];
    snprintf(ndjson, sizeof ndjson, "%s", bench_path(name));
    strcat(ndjson, ".ndjson");
    snprintf(db, sizeof db, "%s.db", bench_path(name));
    char *gen[] = {GEN_HISTORY_BIN, (char *)years, "1", NULL};
    remove(ndjson);
    bench_run(gen, ndjson);
    char *imp[] = {RECOV_BIN, "--db", db, "import", ndjson, NULL};
    bench_run(imp, NULL);
    if (reminders) {
        snprintf(read, sizeof read, ".read %s", REMINDER_HISTORY_SQL);
        char *sql[] = {"sqlite3", db, read, NULL};
        bench_run(sql, NULL);
    }
    printf("%s: %s years,", name, years);
    print_count(db, "entries,", "SELECT count(*) FROM entry");
    print_count(db, "reminders\n", "SELECT count(*) FROM reminder");
    fflush(stdout);
    return bench_path(strrchr(db, '/') + 1);
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
    double *cpu_ms = calloc((size_t)n, sizeof *cpu_ms);
    if (!cpu_ms) {
        fprintf(stderr, "bench: out of memory\n");
        exit(2);
    }
    bench_medians_cpu(cmds, n, runs, ms, cpu_ms);
    free(cpu_ms);
}

void bench_medians_cpu(char *const *const cmds[], int n, int runs, double ms[], double cpu_ms[])
{
    double *t = calloc((size_t)n * (size_t)runs, sizeof *t);
    double *c = calloc((size_t)n * (size_t)runs, sizeof *c);
    long kib;
    if (!t || !c) {
        fprintf(stderr, "bench: out of memory\n");
        exit(2);
    }
    for (int i = 0; i < 5; i++)
        for (int k = 0; k < n; k++)
            bench_run(cmds[k], NULL);
    for (int i = 0; i < runs; i++)
        for (int k = 0; k < n; k++)
            t[k * runs + i] = bench_run_usage(cmds[k], NULL, &kib, &c[k * runs + i]);
    for (int k = 0; k < n; k++) {
        ms[k] = bench_median(t + k * runs, runs) * 1e3;
        cpu_ms[k] = bench_median(c + k * runs, runs) * 1e3;
    }
    free(t);
    free(c);
}
