/* cmd_well: `recov well --sleep 7h30 --fatigue 3 ...`: record a wellness check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_advice.h"
#include "recov/cli_wellness.h"
#include "recov/cli_write.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/wellness.h"
#include "recov/when.h"

static const struct recov_option options[] = {
    RECOV_WELLNESS_OPTIONS, {"at", 1}, {"note", 1}, {"json", 0}, {NULL, 0},
};

int recov_wellness_option(const char *name)
{
    static const char *const names[] = {"sleep", "rhr", "hrv"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(names[i], name) == 0)
            return 1;
    for (int i = 0; i < RECOV_WELL_ITEMS; i++)
        if (strcmp(recov_well_items[i].option, name) == 0)
            return 1;
    return 0;
}

int recov_wellness_from_args(const struct recov_args *a, struct recov_entry *e)
{
    const char *sleep = recov_args_get(a, "sleep"), *rhr = recov_args_get(a, "rhr"),
               *hrv = recov_args_get(a, "hrv");
    if ((sleep && recov_sleep_parse(sleep, &e->sleep_secs)) ||
        (rhr && recov_rhr_parse(rhr, &e->resting_hr)) || (hrv && recov_hrv_parse(hrv, &e->hrv)))
        return RECOV_EINPUT;
    for (int i = 0; i < RECOV_WELL_ITEMS; i++) {
        const char *v = recov_args_get(a, recov_well_items[i].option);
        if (v && recov_well_item_parse(i, v, &e->well[i]))
            return RECOV_EINPUT;
    }
    return RECOV_OK;
}

static int parse(struct recov_cli *cli, const struct recov_args *a, struct recov_entry *e)
{
    if (a->npos) {
        recov_error_set("well: '%s': expected only options, e.g. 'recov well --sleep 7h30 "
                        "--fatigue 3'",
                        a->pos[0]);
        return RECOV_EINPUT;
    }
    if (recov_wellness_from_args(a, e))
        return RECOV_EINPUT;
    if (!recov_wellness_any(e)) {
        recov_error_set("well: expected at least one of --sleep, --sleep-quality, --fatigue, "
                        "--stress, --mood, --rhr, --hrv");
        return RECOV_EINPUT;
    }
    return recov_cli_write_at_note(cli, a, cli->now, e);
}

static int report(struct recov_cli *cli, const struct recov_entries *saved, int json,
                  const struct recov_advice *advice, const struct recov_advice *all)
{
    const struct recov_entry *e = &saved->v[0];
    char what[256], logged[64];
    if (json)
        return recov_cli_print_json(recov_entry_to_json(e, 1));
    recov_wellness_format(e, what, sizeof what);
    recov_cli_logged(cli, e, logged, sizeof logged);
    printf("%s: wellness: %s\n", logged, what);
    recov_cli_advice_print_brief(cli, all, advice);
    return RECOV_EXIT_OK;
}

static int about_the_morning(const struct recov_suggestion *s, void *ctx)
{
    (void)ctx;
    return recov_advice_is_wellness(s);
}

/* Only what the morning's check says (a poor morning: a lighter day). */
static void morning_advice(struct recov_cli *cli, const struct recov_entries *saved,
                           struct recov_advice *advice)
{
    (void)cli;
    (void)saved;
    recov_advice_filter(advice, about_the_morning, NULL);
}

static const struct recov_write_command write_well = {
    &recov_cmd_well, options, NULL, parse, RECOV_KIND_WELLNESS, morning_advice, report,
};

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_write(&write_well, cli, argc, argv);
}

const struct recov_command recov_cmd_well = {
    "well", run,
    "well [--sleep DURATION] [--sleep-quality N] [--fatigue N] [--stress N] [--mood N] "
    "[--rhr BPM] [--hrv MS] [--at WHEN] [--note TEXT] [--json]",
    "record a morning check: sleep, fatigue, stress, mood, RHR, HRV",
    "At least one item. The 1-5 items are the McLean questionnaire's; for every\n"
    "item 1 is the bad end and 5 the good end:\n"
    "--sleep-quality  1 insomnia, 2 restless sleep, 3 difficulty falling asleep,\n"
    "                 4 good, 5 very restful\n"
    "--fatigue        1 always tired, 2 more tired than normal, 3 normal, 4 fresh,\n"
    "                 5 very fresh\n"
    "--stress         1 highly stressed, 2 feeling stressed, 3 normal, 4 relaxed,\n"
    "                 5 very relaxed\n"
    "--mood           1 highly annoyed, irritable, down, 2 snappiness at others,\n"
    "                 3 less interested than usual, 4 a generally good mood,\n"
    "                 5 a very positive mood\n"
    "--sleep          hours slept, 0-24: 7.5, 7h30, 8, 450m (a bare number is hours)\n"
    "--rhr            resting heart rate this morning, 20-250 beats per minute\n"
    "--hrv            heart-rate variability (rMSSD), 1-500 ms\n"
    "--at             when (default: now)\n"
    "A poor morning (two or more items flagged against your own baseline, as the\n"
    "summary flags them, or sleep under 6 h after a hard session) prints the\n"
    "advice for a lighter day.\n"
    "The values keep intervals.icu's wellness names in an export: sleep_secs\n"
    "(sleepSecs), sleep_quality, fatigue, stress, mood, resting_hr (restingHR), hrv.\n",
    .options = options,
};
