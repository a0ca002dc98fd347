/* cmd_report: `recov report [RANGE]`: the period as an HTML page or a PDF. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recov/advice_input.h"
#include "recov/args.h"
#include "recov/cli.h"
#include "recov/error.h"
#include "recov/range.h"
#include "recov/report.h"
#include "recov/report_pdf.h"
#include "recov/store.h"
#include "recov/summary.h"
#include "recov/vocab.h"
#include "recov/when.h"

static const struct recov_option options[] = {
    {"output", 1}, {"format", 1}, {"region", 1}, {NULL, 0},
};

struct request {
    struct recov_range range;
    const char *output;        /* "-": standard output */
    int pdf;
    int region, side;          /* --region; region -1 for the period report */
    char path[PATH_MAX];       /* the file written */
};

/* Everything the report shows, read from the database (NULL: no log yet). */
struct gathered {
    struct recov_summary summary;
    struct recov_summary before;  /* region report: the 4 weeks up to onset */
    int has_before;
    struct recov_advice advice;
    time_t advice_at;
    struct recov_entries entries;
    struct recov_wellness_summary wellness; /* the period report's */
};

/* A place as `recov sore` takes it (left-calf, r-knee), or REGION,
 * REGION-left, REGION-right (a region's name or alias; a side only for a
 * region that comes in pairs). */
static int parse_region(const struct recov_cli *cli, const char *text, struct request *rq)
{
    char name[64];
    const char *dash = strrchr(text, '-');
    uint32_t mask = 0;
    rq->side = dash ? recov_side_index(dash + 1) : -1;
    if (rq->side < 0) {
        /* No -left or -right at the end: a place as sore takes it. */
        if (recov_config_place(&cli->cfg, text, &mask, &rq->side))
            return RECOV_EINPUT;
    } else {
        snprintf(name, sizeof name, "%.*s", (int)(dash - text), text);
        if (recov_config_region(&cli->cfg, name, &mask))
            return RECOV_EINPUT;
    }
    if (mask == 0)
        return RECOV_EINPUT;
    if (mask & (mask - 1)) {
        recov_error_set("region '%s': names several regions; give one, e.g. '%s'", text,
                        recov_region_names[__builtin_ctz(mask)]);
        return RECOV_EINPUT;
    }
    rq->region = __builtin_ctz(mask);
    if (rq->side != RECOV_SIDE_NONE && !recov_region_paired(rq->region)) {
        recov_error_set("region '%s': %s has no sides; give it without -left or -right", text,
                        recov_region_names[rq->region]);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

static int parse(struct recov_cli *cli, const struct recov_args *a, struct request *rq)
{
    const char *format = recov_args_get(a, "format");
    if (format && strcmp(format, "html") != 0 && strcmp(format, "pdf") != 0) {
        recov_error_set("format '%s': expected html or pdf", format);
        return RECOV_EINPUT;
    }
    rq->pdf = format && strcmp(format, "pdf") == 0;
    rq->output = recov_args_get(a, "output");
    if (rq->output && !*rq->output) {
        recov_error_set("output '': expected a file name, or - for standard output");
        return RECOV_EINPUT;
    }
    rq->region = -1;
    if (recov_args_get(a, "region") && parse_region(cli, recov_args_get(a, "region"), rq))
        return RECOV_EINPUT;
    return recov_cli_range(cli, a, ":28d", &rq->range);
}

/* The 4 weeks up to the region's onset in the range, when it has one: its
 * day included, for the session that day may be where it began (a sprain
 * in the evening's game). */
static int gather_before(struct recov_cli *cli, struct recov_db *db, const struct request *rq,
                         struct gathered *g)
{
    int onset = recov_report_onset(&g->summary, rq->region, rq->side);
    if (onset < 0)
        return RECOV_OK;
    struct recov_range before = {onset - RECOV_REPORT_BEFORE_DAYS + 1, onset};
    g->has_before = 1;
    return recov_summary_load(db, &cli->cfg, before, cli->now, &g->before);
}

static int gather(struct recov_cli *cli, struct request *rq, struct gathered *g)
{
    struct recov_db *db = NULL;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND) {
        db = NULL;
        rc = RECOV_OK;
    }
    if (rc == RECOV_OK)
        rc = recov_summary_clip_all(db, &rq->range);
    if (rc == RECOV_OK)
        rc = recov_summary_load(db, &cli->cfg, rq->range, cli->now, &g->summary);
    time_t from, to;
    recov_range_bounds(rq->range, &from, &to);
    /* Advice as of the end of the range, or now when the range runs on. */
    g->advice_at = cli->now < to ? cli->now : to - 1;
    uint32_t only = rq->region >= 0 ? RECOV_REGION_BIT(rq->region) : 0;
    if (rc == RECOV_OK && db)
        rc = recov_advice_from_db(db, &cli->cfg, g->advice_at, only, &g->advice);
    if (rc == RECOV_OK && db)
        rc = recov_store_range(db, from, recov_range_logged_end(rq->range, cli->now), 0,
                               &g->entries);
    if (rc == RECOV_OK && rq->region >= 0)
        rc = gather_before(cli, db, rq, g);
    if (rc == RECOV_OK && rq->region < 0)
        rc = recov_wellness_summary_load(db, rq->range, cli->now, &g->wellness);
    return rc;
}

/* The report is health data: a new file is readable by its owner only. */
static FILE *create(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        recov_error_set("cannot write '%s': %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
    }
    return f;
}

/* One of the two reports: the period's, or one region's. */
struct reports {
    const struct recov_report *period;
    const struct recov_region_report *region;
};

static int write_report(FILE *f, void *ctx)
{
    const struct reports *r = ctx;
    return r->region ? recov_report_region_write(f, r->region) : recov_report_write(f, r->period);
}

/* The HTML, or the PDF a browser prints from it, to path ("-": stdout). */
static int write_out(const char *path, int pdf, const struct reports *r)
{
    char browser[PATH_MAX];
    if (pdf && recov_report_browser(browser, sizeof browser))
        return RECOV_EIO;
    FILE *f = strcmp(path, "-") == 0 ? stdout : create(path);
    if (!f)
        return RECOV_EIO;
    int rc = pdf ? recov_report_pdf(browser, write_report, (void *)r, f)
                 : write_report(f, (void *)r);
    if (f != stdout && fclose(f) != 0 && rc == RECOV_OK) {
        recov_error_set("cannot write '%s': %s", path, strerror(errno));
        rc = RECOV_EIO;
    }
    if (rc && f != stdout)
        unlink(path); /* no half-written report left behind */
    return rc;
}

/* -o FILE, or recov-report-FROM-TO.html (.pdf) here. */
static void output_path(struct request *rq)
{
    char from[16], to[16], place[64] = "";
    if (rq->output) {
        snprintf(rq->path, sizeof rq->path, "%s", rq->output);
        return;
    }
    recov_day_format(rq->range.first_day, from, sizeof from);
    recov_day_format(rq->range.last_day, to, sizeof to);
    if (rq->region >= 0)
        snprintf(place, sizeof place, "%s%s%s-", recov_region_names[rq->region],
                 rq->side ? "-" : "", recov_side_names[rq->side]);
    snprintf(rq->path, sizeof rq->path, "recov-report-%s%s-%s.%s", place, from, to,
             rq->pdf ? "pdf" : "html");
}

/* -o is --output: the one short option a file-writing command is expected
 * to take. */
static void short_options(int argc, char **argv, char **out)
{
    for (int i = 0; i < argc; i++)
        out[i] = strcmp(argv[i], "-o") == 0 ? "--output" : argv[i];
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct request rq = {0};
    struct gathered g = {0};
    char *args[RECOV_ARGS_MAX + 1];
    if (argc > RECOV_ARGS_MAX)
        argc = RECOV_ARGS_MAX + 1; /* recov_args_parse refuses it */
    short_options(argc, argv, args);
    int done = recov_cli_args(&recov_cmd_report, argc, args, options, &a);
    if (done >= 0)
        return done;
    if (parse(cli, &a, &rq))
        return recov_cli_fail(RECOV_EINPUT);
    int rc = gather(cli, &rq, &g);
    if (rc == RECOV_OK) {
        struct recov_report period = {&g.summary, &g.advice, g.advice_at, &g.entries, cli->now,
                                      &g.wellness};
        struct recov_region_report region = {rq.region, rq.side, &g.summary,
                                             g.has_before ? &g.before : NULL, &g.advice,
                                             g.advice_at, &g.entries, cli->now};
        struct reports r = {&period, rq.region >= 0 ? &region : NULL};
        output_path(&rq);
        rc = write_out(rq.path, rq.pdf, &r);
    }
    if (rc == RECOV_OK && strcmp(rq.path, "-") != 0)
        printf("wrote %s\n", rq.path);
    recov_summary_free(&g.summary);
    recov_summary_free(&g.before);
    recov_advice_free(&g.advice);
    recov_entries_free(&g.entries);
    recov_wellness_summary_free(&g.wellness);
    return rc ? recov_cli_fail(rc) : RECOV_EXIT_OK;
}

const struct recov_command recov_cmd_report = {
    "report", run, "report [RANGE] [--region REGION[-SIDE]] [-o|--output FILE] [--format html|pdf]",
    "a page to read or take to a clinician: charts, a body map, episodes",
    "RANGE  :28d (default), :week, :lastweek, :month, :lastmonth, :Nd, :Nw, :all,\n"
    "       FROM..TO (dates, inclusive) or one day\n\n"
    "Writes one self-contained HTML page (inline CSS and SVG; it fetches nothing\n"
    "and runs no script) with the figures of `recov summary` for the range, a\n"
    "chart of daily load with fitness, fatigue, form and the acute:chronic\n"
    "ratio, a body map of each region's peak soreness, a day-by-day soreness\n"
    "timeline with flags and recovery actions, the episodes, what seems to\n"
    "help, your morning checks against your baseline, warnings with their\n"
    "sources, your notes and the disclaimer. It prints on A4.\n\n"
    "--region REGION[-SIDE]  the one-region report for a clinician instead: the\n"
    "                   episode (onset, peak, latest, trend, flags by day), its\n"
    "                   scores day by day, every log with flags, notes and the\n"
    "                   recovery actions with their times, the training load of\n"
    "                   the 4 weeks up to onset and what changed, and the advice\n"
    "                   recov gives with its reasons; e.g. left-ankle (as sore\n"
    "                   takes it), ankles-left, lower-back\n"
    "-o, --output FILE  where to write (default recov-report-FROM-TO.html here,\n"
    "                   created readable by you only); - for standard output\n"
    "--format FORMAT    html (default) or pdf: printed by a headless Chromium or\n"
    "                   Chrome found on PATH (Debian: apt install chromium)\n",
    .options = options,
};
