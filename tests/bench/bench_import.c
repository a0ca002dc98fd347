/* bench_import: how long `recov import` takes on a folder of recordings,
 * and on a large export, and how much memory the latter needs.
 *
 * usage: bench_import [FILES [ENTRIES [RUNS [IMPORT_RUNS]]]]
 *
 * Recordings: writes FILES activity files (default 2,000: half FIT with
 * 1,801 records, half GPX with 361 points and heart rate, one session
 * each) into one folder, then times, in one run: reading every byte of
 * them (cat, the baseline), `recov import FOLDER` into an empty database,
 * and importing the same folder again (every session already present).
 * Goal: the first import under 10 s.
 *
 * Exports: writes ENTRIES entries (default 1,000,000, every kind, with
 * uids, as `recov export` writes them) as NDJSON, and their CSV export,
 * then, RUNS times (default 3) interleaved: `recov import` of each into an
 * empty database, and the sqlite3 CLI's `.import --csv` of the CSV into a
 * table of its columns with the indexes recov's entry table has (uid
 * unique, kind and time, time); then, RUNS times, `recov export` as NDJSON
 * and as CSV against `sqlite3 -json` of the same table. IMPORT_RUNS
 * (default RUNS) sets the import runs alone; 0 measures only the export.
 * Prints medians (wall and CPU time), the peak resident set of each
 * import, and the ratios.
 * Goals: peak under 16 MiB, at least 250,000 entries/s, import no slower
 * than sqlite3's .import, export (both formats) no slower than sqlite3
 * -json.
 *
 * Exits 0 when every goal is met, 1 when one is missed, 2 on a failure to
 * run. Build it Release. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../unit/fit_build.h"
#include "bench_util.h"

#define GOAL_S 10.0
#define FIT_EPOCH 631065600L

static void write_file(const char *path, const void *buf, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(buf, 1, n, f) != n || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", path);
        exit(2);
    }
}

/* A GPX like Garmin Connect exports: a point every 10 s for an hour. */
static void write_gpx(const char *path, long start)
{
    static char buf[1 << 20];
    size_t n = 0;
    n += (size_t)snprintf(buf + n, sizeof buf - n,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"bench\" "
        "xmlns=\"http://www.topografix.com/GPX/1/1\" "
        "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
        "<trk><name>Bench run</name><type>running</type><trkseg>\n");
    for (int i = 0; i <= 360; i++) {
        time_t t = (time_t)(start + 10L * i);
        struct tm tm;
        char at[32];
        gmtime_r(&t, &tm);
        strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
        n += (size_t)snprintf(buf + n, sizeof buf - n,
            "<trkpt lat=\"%.7f\" lon=\"13.4000000\"><ele>40.0</ele><time>%s</time><extensions>"
            "<gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension>"
            "</extensions></trkpt>\n",
            52.5 + i * 2.7e-4, at, 140 + i % 7);
    }
    n += (size_t)snprintf(buf + n, sizeof buf - n, "</trkseg></trk></gpx>\n");
    write_file(path, buf, n);
}

static void make_folder(const char *dir, int files)
{
    static struct fit_build b;
    char path[2048];
    if (mkdir(dir, 0700) != 0) {
        perror(dir);
        exit(2);
    }
    /* One session every 12 hours from 2020 on: no two alike. */
    long start = 1577865600L;
    for (int i = 0; i < files; i++, start += 43200) {
        if (i % 2) {
            snprintf(path, sizeof path, "%s/%05d.gpx", dir, i);
            write_gpx(path, start);
        } else {
            snprintf(path, sizeof path, "%s/%05d.fit", dir, i);
            fit_build_activity(&b, 1000u + (unsigned)i, (uint32_t)(start - FIT_EPOCH), 300, 140, 1);
            write_file(path, b.buf, b.n);
        }
    }
}

static int bench_recordings(int files)
{
    char dir[1024], db[1024], glob[1100];
    snprintf(dir, sizeof dir, "%s", bench_path("activities"));
    snprintf(db, sizeof db, "%s", bench_path("import.db"));
    make_folder(dir, files);

    snprintf(glob, sizeof glob, "cat %s/* >/dev/null", dir);
    char *cat[] = {"sh", "-c", glob, NULL};
    char *imp[] = {RECOV_BIN, "--db", db, "import", dir, NULL};
    bench_run(cat, NULL); /* warm the page cache */
    double base = bench_run(cat, NULL);
    double first = bench_run(imp, NULL);
    double again = bench_run(imp, NULL);
    int ok = first < GOAL_S;
    printf("baseline: cat of %d files %.3f s\n", files, base);
    printf("import: %d files (%d FIT, %d GPX) into an empty log in %.2f s, %.0f files/s, "
           "%.1fx the baseline (goal < %.0f s): %s\n",
           files, (files + 1) / 2, files / 2, first, files / first, first / base, GOAL_S,
           ok ? "met" : "MISSED");
    printf("re-import: every session already present in %.2f s, %.1fx the baseline\n", again,
           again / base);
    fflush(stdout);
    return ok;
}

#define GOAL_KIB (16 * 1024)
#define GOAL_RATE 250000.0

/* splitmix64: the same entries on every run and platform. */
static uint64_t next_u64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* n entries, one every 10 minutes from 2000 on, of every kind, each with
 * a random (version 4) uid as recov gives them. */
static void write_entries(const char *path, long n)
{
    static const char *const types[] = {"run", "cycle", "strength", "swim"};
    static const char *const regions[] = {"quads", "calves", "hamstrings", "shoulders"};
    FILE *f = fopen(path, "w");
    uint64_t rng = 1;
    if (!f) {
        perror(path);
        exit(2);
    }
    for (long i = 0; i < n; i++) {
        time_t t = (time_t)(946771200L + i * 600L);
        struct tm tm;
        char at[32], uid[40];
        gmtime_r(&t, &tm);
        strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
        uint64_t a = next_u64(&rng), b = next_u64(&rng);
        snprintf(uid, sizeof uid, "%08x-%04x-4%03x-%x%03x-%012llx", (unsigned)(a >> 32),
                 (unsigned)(a >> 16) & 0xffff, (unsigned)a & 0xfff, 8 + (unsigned)(b >> 62),
                 (unsigned)(b >> 48) & 0xfff, (unsigned long long)(b & 0xffffffffffffull));
        switch (i % 4) {
        case 0:
            fprintf(f, "{\"kind\":\"workout\",\"at\":\"%s\",\"type\":\"%s\",\"minutes\":%ld,"
                       "\"rpe\":%ld,\"distance_km\":%.1f,\"uid\":\"%s\"}\n",
                    at, types[i / 4 % 4], 20 + i % 90, 2 + i % 9, 3 + (double)(i % 150) / 10,
                    uid);
            break;
        case 1:
            fprintf(f, "{\"kind\":\"soreness\",\"at\":\"%s\",\"region\":\"%s\",\"score\":%ld,"
                       "\"uid\":\"%s\"}\n", at, regions[i / 4 % 4], i % 11, uid);
            break;
        case 2:
            fprintf(f, "{\"kind\":\"recovery\",\"at\":\"%s\",\"action\":\"stretch\","
                       "\"minutes\":%ld,\"uid\":\"%s\"}\n", at, 5 + i % 20, uid);
            break;
        default:
            fprintf(f, "{\"kind\":\"wellness\",\"at\":\"%s\",\"sleep_secs\":%ld,\"mood\":%ld,"
                       "\"note\":\"slept, \\\"ok\\\"\",\"uid\":\"%s\"}\n",
                    at, 21600 + i % 7200, 1 + i % 5, uid);
        }
    }
    if (fclose(f) != 0) {
        perror(path);
        exit(2);
    }
}

/* The sqlite3 CLI's side: a table of the CSV export's columns with the
 * indexes recov's entry table has. */
static const char BASELINE_SCHEMA[] =
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
    "CREATE TABLE entry (kind TEXT, at TEXT, type TEXT, minutes INT, rpe INT, "
    "rpe_estimated INT, distance_km REAL, region TEXT, side TEXT, score INT, flags TEXT, "
    "action TEXT, regions TEXT, note TEXT, uid TEXT UNIQUE, sleep_secs INT, "
    "sleep_quality INT, fatigue INT, stress INT, mood INT, resting_hr INT, hrv INT);"
    "CREATE INDEX entry_kind_at ON entry (kind, at); CREATE INDEX entry_at ON entry (at);";

static void remove_db(const char *db)
{
    char p[1100];
    remove(db);
    snprintf(p, sizeof p, "%s-wal", db);
    remove(p);
    snprintf(p, sizeof p, "%s-shm", db);
    remove(p);
}

struct sample {
    double s[16];               /* wall time of each run */
    double cpu[16];             /* user + system time of each run */
    long kib;                   /* the largest peak seen */
};

static void timed(char *const argv[], const char *db, const char *out, struct sample *x, int i)
{
    long kib;
    if (db)
        remove_db(db);
    x->s[i] = bench_run_usage(argv, out, &kib, &x->cpu[i]);
    if (kib > x->kib)
        x->kib = kib;
}

/* recov export, as NDJSON and as CSV, against sqlite3 -json of the same
 * rows: medians of wall and CPU time; 1 when neither is slower. */
static int bench_export(long n, int runs, const char *db, const char *base)
{
    char *nd[] = {RECOV_BIN, "--db", (char *)db, "export", NULL};
    char *csv[] = {RECOV_BIN, "--db", (char *)db, "export", "--format", "csv", NULL};
    char *sq[] = {"sqlite3", "-json", (char *)base, "SELECT * FROM entry", NULL};
    double ms[3], cpu[3];
    char *const *const cmds[] = {nd, csv, sq};
    bench_medians_cpu(cmds, 3, runs, ms, cpu);
    int ok = ms[0] <= ms[2] && ms[1] <= ms[2];
    printf("export of %ld entries (medians of %d, wall / CPU):\n", n, runs);
    static const char *const names[] = {"recov export", "recov export --format csv",
                                        "sqlite3 -json"};
    for (int i = 0; i < 3; i++)
        printf("  %-26s %.3f s / %.3f s, %.2fx / %.2fx sqlite3 -json\n", names[i], ms[i] / 1000,
               cpu[i] / 1000, ms[i] / ms[2], cpu[i] / cpu[2]);
    printf("  goal <= 1x sqlite3 -json (wall): %s\n", ok ? "met" : "MISSED");
    return ok;
}

/* imports timed runs of each import; 0 times none (each database is still
 * filled once, for the export). */
static int bench_entries(long n, int runs, int imports)
{
    char nd[1024], csv[1024], db[1024], base[1024], imp[1100];
    snprintf(nd, sizeof nd, "%s", bench_path("entries.ndjson"));
    snprintf(csv, sizeof csv, "%s", bench_path("entries.csv"));
    snprintf(db, sizeof db, "%s", bench_path("entries.db"));
    snprintf(base, sizeof base, "%s", bench_path("sqlite3.db"));
    snprintf(imp, sizeof imp, ".import --csv --skip 1 %s entry", csv);
    write_entries(nd, n);
    char *first[] = {RECOV_BIN, "--db", db, "import", nd, NULL};
    char *to_csv[] = {RECOV_BIN, "--db", db, "export", "--format", "csv", NULL};
    bench_run(first, NULL);
    bench_run(to_csv, csv);
    char *imp_nd[] = {RECOV_BIN, "--db", db, "import", nd, NULL};
    char *imp_csv[] = {RECOV_BIN, "--db", db, "import", csv, NULL};
    char *schema[] = {"sqlite3", base, (char *)BASELINE_SCHEMA, NULL};
    char *sq_imp[] = {"sqlite3", base, imp, NULL};
    struct sample a = {0}, b = {0}, c = {0};
    if (imports > 16)
        imports = 16;
    for (int i = 0; i < imports; i++) {
        timed(imp_nd, db, NULL, &a, i);
        timed(imp_csv, db, NULL, &b, i);
        remove_db(base);
        bench_run(schema, NULL);
        timed(sq_imp, NULL, NULL, &c, i);
    }
    if (!imports) {
        bench_run(schema, NULL);
        bench_run(sq_imp, NULL);
    }
    /* db now holds the CSV import (or the first NDJSON one), base the same
     * rows for sqlite3. */
    int exp_ok = bench_export(n, runs, db, base);
    if (!imports)
        return exp_ok;
    double tn = bench_median(a.s, imports), tc = bench_median(b.s, imports),
           ts = bench_median(c.s, imports);
    /* CPU time is what the shared machine cannot inflate: printed beside. */
    double cn = bench_median(a.cpu, imports), cc = bench_median(b.cpu, imports),
           cs = bench_median(c.cpu, imports);
    double rate = n / (tn > tc ? tn : tc);
    int mem_ok = a.kib < GOAL_KIB && b.kib < GOAL_KIB, rate_ok = rate >= GOAL_RATE,
        vs_ok = tn <= ts && tc <= ts;
    printf("import of %ld entries (medians of %d):\n", n, imports);
    printf("  NDJSON %.2f s, %.0f entries/s, %.2fx sqlite3 .import, peak %.1f MiB; "
           "CPU %.2f s, %.0f entries/s, %.2fx\n", tn, n / tn, tn / ts, a.kib / 1024.0, cn,
           n / cn, cn / cs);
    printf("  CSV    %.2f s, %.0f entries/s, %.2fx sqlite3 .import, peak %.1f MiB; "
           "CPU %.2f s, %.0f entries/s, %.2fx\n", tc, n / tc, tc / ts, b.kib / 1024.0, cc,
           n / cc, cc / cs);
    printf("  sqlite3 .import --csv %.2f s, %.0f entries/s, peak %.1f MiB; CPU %.2f s, "
           "%.0f entries/s\n", ts, n / ts, c.kib / 1024.0, cs, n / cs);
    printf("  goal peak < 16 MiB: %s; goal >= %.0f entries/s: %s; goal <= 1x sqlite3 .import: "
           "%s\n", mem_ok ? "met" : "MISSED", GOAL_RATE, rate_ok ? "met" : "MISSED",
           vs_ok ? "met" : "MISSED");
    return mem_ok && rate_ok && vs_ok && exp_ok;
}

int main(int argc, char **argv)
{
    int files = argc > 1 ? atoi(argv[1]) : 2000;
    long entries = argc > 2 ? atol(argv[2]) : 1000000;
    int runs = argc > 3 ? atoi(argv[3]) : 3;
    int imports = argc > 4 ? atoi(argv[4]) : runs;
    if (files < 0 || entries < 0 || runs < 1 || imports < 0 ||
        !bench_home("recov-bench-import")) {
        fprintf(stderr, "usage: bench_import [FILES [ENTRIES [RUNS [IMPORT_RUNS]]]]\n");
        return 2;
    }
    int ok = 1;
    if (files > 0)
        ok = bench_recordings(files);
    if (entries > 0)
        ok = bench_entries(entries, runs, imports) && ok;
    bench_cleanup();
    return ok ? 0 : 1;
}
