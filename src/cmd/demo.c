/* cmd_demo: `recov demo`: four weeks of history in a throwaway database,
 * then the commands a person would run, with their real output. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/error.h"
#include "recov/store.h"
#include "recov/term.h"
#include "recov/vocab.h"
#include "recov/when.h"

static const struct recov_option options[] = {{"keep", 0}, {NULL, 0}};

/* One scripted entry: days before today, local time, and what happened. */
struct demo_entry {
    int days_ago;
    int minute_of_day;
    enum recov_kind kind;
    const char *name;   /* workout type, region or action */
    int amount;         /* minutes, or soreness score */
    int rpe;            /* workouts only */
    unsigned flags;     /* soreness flags, or recovery region bits */
};

#define AT(h, m) ((h) * 60 + (m))
#define W RECOV_KIND_WORKOUT
#define S RECOV_KIND_SORENESS
#define R RECOV_KIND_RECOVERY
#define QUADS RECOV_REGION_BIT(RECOV_REGION_QUADS)

/* Three ordinary weeks, then a week with a load spike: a long hike, quads
 * soreness that peaks and fades, a left calf that stays sore, and yesterday
 * a sprained right ankle at football. */
#define LEFT(...) {{__VA_ARGS__}, RECOV_SIDE_LEFT}
static const struct { struct demo_entry e; int side; } script[] = {
    {{27, AT(18, 0), W, "run", 40, 5, 0}, 0},      {{26, AT(7, 0), W, "strength", 50, 7, 0}, 0},
    {{25, AT(8, 0), S, "chest", 3, 0, 0}, 0},      {{25, AT(18, 0), W, "run", 45, 6, 0}, 0},
    {{24, AT(19, 0), W, "yoga", 45, 3, 0}, 0},     {{22, AT(10, 0), W, "run", 60, 6, 0}, 0},
    {{22, AT(11, 5), R, "stretch", 10, 0, 0}, 0},  {{20, AT(18, 0), W, "run", 40, 5, 0}, 0},
    {{19, AT(7, 0), W, "strength", 50, 7, 0}, 0},  {{18, AT(8, 0), S, "arms", 3, 0, 0}, 0},
    {{18, AT(18, 0), W, "run", 45, 6, 0}, 0},      {{17, AT(19, 0), W, "yoga", 45, 3, 0}, 0},
    {{15, AT(10, 0), W, "run", 65, 6, 0}, 0},      {{15, AT(11, 10), R, "stretch", 10, 0, 0}, 0},
    {{13, AT(18, 0), W, "run", 40, 5, 0}, 0},      {{12, AT(7, 0), W, "strength", 55, 7, 0}, 0},
    {{11, AT(18, 0), W, "run", 50, 6, 0}, 0},      {{10, AT(19, 0), W, "yoga", 45, 3, 0}, 0},
    LEFT(10, AT(20, 0), S, "calves", 4, 0, 0),   LEFT(9, AT(8, 0), S, "calves", 5, 0, 0),
    {{8, AT(9, 0), W, "hike", 210, 7, 0}, 0},      {{8, AT(13, 0), W, "run", 60, 7, 0}, 0},
    {{7, AT(8, 0), S, "quads", 5, 0, 0}, 0},       LEFT(7, AT(8, 0), S, "calves", 5, 0, 0),
    {{7, AT(19, 0), R, "bath", 20, 0, QUADS}, 0},  {{6, AT(8, 0), S, "quads", 7, 0, 0}, 0},
    LEFT(6, AT(8, 0), S, "calves", 5, 0, 0),     {{6, AT(20, 0), R, "massage", 30, 0, QUADS}, 0},
    {{5, AT(18, 0), W, "cycle", 60, 6, 0}, 0},     {{5, AT(8, 0), S, "quads", 5, 0, 0}, 0},
    {{4, AT(8, 0), S, "quads", 3, 0, 0}, 0},       LEFT(4, AT(8, 0), S, "calves", 5, 0, 0),
    {{4, AT(18, 0), W, "run", 50, 7, 0}, 0},       {{3, AT(7, 0), W, "strength", 60, 8, 0}, 0},
    LEFT(3, AT(8, 0), S, "calves", 5, 0, 0),     {{2, AT(8, 0), S, "quads", 1, 0, 0}, 0},
    LEFT(2, AT(8, 0), S, "calves", 5, 0, 0),     {{1, AT(18, 0), W, "sports", 90, 8, 0}, 0},
    {{1, AT(19, 40), S, "ankles", 6, 0, RECOV_FLAG_SPRAIN | RECOV_FLAG_SWELLING}, RECOV_SIDE_RIGHT},
    {{1, AT(20, 0), R, "ice", 15, 0, RECOV_REGION_BIT(RECOV_REGION_ANKLES)}, RECOV_SIDE_RIGHT},
};

/* The moment of a scripted entry, kept in the past relative to now. */
static time_t demo_time(time_t now, const struct demo_entry *d)
{
    time_t t = recov_day_start(recov_day_of(now) - d->days_ago) + (time_t)d->minute_of_day * 60;
    return t < now ? t : now - 60;
}

static void demo_entry_make(time_t now, const struct demo_entry *d, struct recov_entry *e)
{
    recov_entry_init(e, d->kind);
    e->at = demo_time(now, d);
    if (d->kind == W) {
        snprintf(e->type, sizeof e->type, "%s", d->name);
        e->minutes = d->amount;
        e->rpe = d->rpe;
    } else if (d->kind == S) {
        e->region = recov_region_index(d->name);
        e->score = d->amount;
        e->flags = d->flags;
    } else {
        e->action = recov_action_index(d->name);
        e->minutes = d->amount;
        e->regions = d->flags;
    }
}

static int fill_history(struct recov_cli *cli)
{
    struct recov_entries list = {0};
    int rc = RECOV_OK;
    for (size_t i = 0; rc == RECOV_OK && i < sizeof script / sizeof *script; i++) {
        struct recov_entry e;
        demo_entry_make(cli->now, &script[i].e, &e);
        e.side = script[i].side;
        rc = recov_entries_push(&list, &e);
    }
    if (rc == RECOV_OK)
        rc = recov_cli_save(cli, "demo", &list, NULL);
    recov_entries_free(&list);
    return rc;
}

/* Runs one command line against the demo database, echoing it first. */
static int step(struct recov_cli *cli, const char *title, const char *line)
{
    char buf[256], *argv[16];
    int argc = 0;
    snprintf(buf, sizeof buf, "%s", line);
    for (char *save = NULL, *w = strtok_r(buf, " ", &save); w && argc < 15;
         w = strtok_r(NULL, " ", &save))
        argv[argc++] = w;
    argv[argc] = NULL;
    printf("\n%s# %s%s\n%s$ recov %s%s\n", recov_term_dim(cli->colour), title,
           recov_term_reset(cli->colour), recov_term_bold(cli->colour), line,
           recov_term_reset(cli->colour));
    fflush(stdout);
    int status = recov_cli_dispatch(cli, argc, argv);
    fflush(stdout);
    return status;
}

static const struct { const char *title, *line; } steps[] = {
    {"four weeks of logged history (the last ten days)", "history :10d"},
    {"right after a session: log it (RPE 0-10, how hard the whole session felt)",
     "log swim 30m --rpe 5"},
    {"how sore is each region? a side goes before a paired region, a flag after it",
     "sore quads 0 left-calf 5 right-ankle 5 --flag swelling"},
    {"what to do now, and why", "suggest"},
    {"the week in numbers", "summary :week"},
    {"reminders waiting for the desktop", "remind list"},
    {"what a reminder runner would send", "remind run --dry-run"},
};

static int make_workdir(char *dir, size_t n)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, n, "%s/recov-demo.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        recov_error_set("demo: cannot create a temporary directory in '%s': %s",
                        tmp && *tmp ? tmp : "/tmp", strerror(errno));
        return RECOV_EIO;
    }
    return RECOV_OK;
}

static void remove_workdir(const char *dir, const char *db)
{
    static const char *const suffixes[] = {"", "-wal", "-shm"};
    char path[4200];
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s%s", db, suffixes[i]);
        unlink(path);
    }
    rmdir(dir);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    char dir[2048];
    int done = recov_cli_args(&recov_cmd_demo, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (make_workdir(dir, sizeof dir))
        return recov_cli_fail(RECOV_EIO);
    /* Never the user's database: the demo gets its own context. */
    struct recov_cli demo = *cli;
    demo.db = NULL;
    snprintf(demo.db_path, sizeof demo.db_path, "%s/demo.db", dir);
    printf("recov demo: a throwaway database at %s\n", demo.db_path);
    int status = fill_history(&demo) ? recov_cli_fail(RECOV_EIO) : RECOV_EXIT_OK;
    for (size_t i = 0; status == RECOV_EXIT_OK && i < sizeof steps / sizeof *steps; i++) {
        int s = step(&demo, steps[i].title, steps[i].line);
        /* No notification server is normal here; the dry run needs none. */
        if (s != RECOV_EXIT_OK && s != RECOV_EXIT_NO_NOTIFY)
            status = s;
    }
    recov_cli_close(&demo);
    if (recov_args_get(&a, "keep"))
        printf("\nkept: recov --db %s history :all\n", demo.db_path);
    else
        remove_workdir(dir, demo.db_path);
    return status;
}

const struct recov_command recov_cmd_demo = {
    "demo", run, "demo [--keep]", "show what recov does, on four weeks of made-up history",
    "Builds a throwaway database (never yours) with four weeks of history:\n"
    "ordinary training, then a load spike, soreness that fades, a left calf that\n"
    "stays sore and a sprained right ankle; then runs log, sore, suggest, summary\n"
    "and the reminder list on it. --keep leaves the database for you to explore.\n",
    .options = options,
};
