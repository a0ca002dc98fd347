/* cmd_suggest: `recov suggest`: what to do now, and why, from the history. */
#include <stdio.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_advice.h"
#include "recov/error.h"
#include "recov/term.h"

static const struct recov_option options[] = {
    {"region", 1}, {"json", 0}, {"all", 0}, {NULL, 0},
};

static int parse(struct recov_cli *cli, const struct recov_args *a, uint32_t *only)
{
    const char *regions[RECOV_ARGS_MAX];
    size_t n = recov_args_all(a, "region", regions, RECOV_ARGS_MAX);
    if (a->npos) {
        recov_error_set("suggest: unexpected '%s'; use --region R to ask about one region",
                        a->pos[0]);
        return RECOV_EINPUT;
    }
    *only = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t mask;
        if (recov_config_region(&cli->cfg, regions[i], &mask))
            return RECOV_EINPUT;
        *only |= mask;
    }
    return RECOV_OK;
}

static int report(const struct recov_cli *cli, const struct recov_advice *advice, int json,
                  int all)
{
    if (json) {
        json_t *o = json_object();
        if (o)
            json_object_set_new(o, "suggestions", recov_cli_advice_json(advice));
        return recov_cli_print_json(o);
    }
    if (advice->n == 0) {
        printf("nothing to suggest right now: log soreness with 'recov sore REGION SCORE' "
               "and workouts with 'recov log'\n");
        return RECOV_EXIT_OK;
    }
    if (all)
        recov_cli_advice_print(cli, advice, NULL);
    else
        recov_cli_advice_print_short(cli, advice);
    printf("%sgeneral information, not a diagnosis: see a clinician for pain that worries "
           "you%s\n", recov_term_dim(cli->colour), recov_term_reset(cli->colour));
    return RECOV_EXIT_OK;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_advice advice = {0};
    uint32_t only;
    int done = recov_cli_args(&recov_cmd_suggest, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (parse(cli, &a, &only))
        return recov_cli_fail(RECOV_EINPUT);
    int rc = recov_cli_advice(cli, only, &advice);
    int status = rc ? recov_cli_fail(rc)
                    : report(cli, &advice, recov_args_get(&a, "json") != NULL,
                             recov_args_get(&a, "all") != NULL);
    recov_advice_free(&advice);
    return status;
}

const struct recov_command recov_cmd_suggest = {
    "suggest", run, "suggest [--region R]... [--all] [--json]",
    "what to do now for soreness and recovery, and why",
    "Looks at the last weeks of the log as of now (or --now): each region's\n"
    "latest score, its peak, how long it has been sore, the flags logged, the\n"
    "workouts that worked it and the recovery already done, and the training\n"
    "load. Prints one entry per region and side, most important first (urgent,\n"
    "warning, caution, info): what to do, with the other self-care folded in,\n"
    "and the pattern behind it with its source; mild soreness on one line;\n"
    "general advice (load, protein and sleep) last.\n\n"
    "--region R  only advice for this region (repeatable; aliases work);\n"
    "            general advice (load, protein, sleep) is left out\n"
    "--all       every suggestion on its own, in full\n"
    "--json      every suggestion: {\"suggestions\":[{\"kind\",\"region\",\"side\",\n"
    "            \"severity\",\"what\",\"because\",\"source\",\"rule\",\"episode\"}]};\n"
    "            region is null for general advice (docs/json.md)\n\n"
    "The rules, their thresholds ([advice] in the config) and sources are in\n"
    "docs/advice.md. This is general information, not a diagnosis.\n",
    .options = options,
};
