/* cmd_did: `recov did ACTION [DURATION]`: record a recovery action. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_write.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/vocab.h"
#include "recov/when.h"

static const struct recov_option options[] = {
    {"at", 1}, {"region", 1}, {"note", 1}, {"json", 0}, {NULL, 0},
};

static int parse_action(const char *name, int *action)
{
    *action = recov_action_index(name);
    if (*action >= 0)
        return RECOV_OK;
    const char *near = recov_nearest(name, recov_action_names, recov_action_count);
    recov_error_set("action '%s': unknown%s%s%s; actions are stretch, yoga, bath, massage, "
                    "foam-roll, ice, walk, rest, sleep",
                    name, near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
    return RECOV_EINPUT;
}

static int parse(struct recov_cli *cli, const struct recov_args *a, struct recov_entry *e)
{
    if (a->npos < 1 || a->npos > 2) {
        recov_error_set("did: expected ACTION [DURATION], e.g. 'recov did stretch 10m'");
        return RECOV_EINPUT;
    }
    if (parse_action(a->pos[0], &e->action))
        return RECOV_EINPUT;
    if (a->npos == 2 && recov_duration_parse(a->pos[1], &e->minutes))
        return RECOV_EINPUT;
    const char *regions[RECOV_ARGS_MAX];
    size_t n = recov_args_all(a, "region", regions, RECOV_ARGS_MAX);
    if (recov_config_places(&cli->cfg, regions, n, &e->regions, &e->side))
        return RECOV_EINPUT;
    return recov_cli_write_at_note(cli, a, cli->now - (time_t)e->minutes * 60, e);
}

static int report(struct recov_cli *cli, const struct recov_entries *saved, int json,
                  const struct recov_advice *advice)
{
    const struct recov_entry *e = &saved->v[0];
    (void)cli;
    (void)advice;
    if (json)
        return recov_cli_print_json(recov_entry_to_json(e, 1));
    char dur[32] = "", regions[256] = "";
    if (e->minutes)
        recov_duration_format(e->minutes, dur, sizeof dur);
    /* "calves", "left calf", or for several regions "left: quads, calves". */
    size_t used = e->side ? (size_t)snprintf(regions, sizeof regions, "%s: ",
                                             recov_side_names[e->side]) : 0;
    recov_regions_format(e->regions, ", ", regions + used, sizeof regions - used);
    for (int r = 0; e->side && r < RECOV_REGION_COUNT; r++)
        if (e->regions == RECOV_REGION_BIT(r))
            recov_place_format(r, e->side, regions, sizeof regions);
    printf("logged #%lld: %s%s%s%s%s\n", (long long)e->id, recov_action_names[e->action],
           *dur ? " " : "", dur, *regions ? " for " : "", regions);
    return RECOV_EXIT_OK;
}

/* A recovery action carries no advice of its own. */
static void no_advice(struct recov_cli *cli, const struct recov_entries *saved,
                      struct recov_advice *advice)
{
    (void)cli;
    (void)saved;
    advice->n = 0;
}

static const struct recov_write_command write_did = {
    &recov_cmd_did, options, NULL, parse, RECOV_KIND_RECOVERY, no_advice, report,
};

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_write(&write_did, cli, argc, argv);
}

const struct recov_command recov_cmd_did = {
    "did", run, "did ACTION [DURATION] [--at WHEN] [--region R]... [--note TEXT] [--json]",
    "record a recovery action (stretch, bath, massage ...)",
    "ACTION    stretch, yoga, bath, massage, foam-roll, ice, walk, rest, sleep\n"
    "DURATION  optional, as for log: 10m, 20min, 1h\n"
    "--region  the regions it was for (repeatable; aliases work; a side before a\n"
    "          paired region: left-calf, r-knee)\n"
    "--at      when it started (default: it ended just now)\n",
    .options = options,
};
