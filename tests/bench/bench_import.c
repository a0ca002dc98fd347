/* bench_import: how long `recov import` takes on a folder of recordings.
 *
 * usage: bench_import [FILES]
 *
 * Writes FILES activity files (default 2,000: half FIT with 1,801 records,
 * half GPX with 361 points and heart rate, one session each) into one
 * folder, then times, in one run: reading every byte of them (cat, the
 * baseline), `recov import FOLDER` into an empty database, and importing
 * the same folder again (every session already present). Prints each time
 * and its ratio to the baseline, and whether the first import meets the
 * goal (under 10 s). Exits 0 when it does, 1 when not, 2 on a failure to
 * run. Build it Release. */
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

int main(int argc, char **argv)
{
    int files = argc > 1 ? atoi(argv[1]) : 2000;
    if (files < 1 || !bench_home("recov-bench-import")) {
        fprintf(stderr, "usage: bench_import [FILES]\n");
        return 2;
    }
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
    bench_cleanup();
    return ok ? 0 : 1;
}
