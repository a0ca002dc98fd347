/* cmd_suggest: `recov suggest`: what to do now, and why, from the history. */
#include <stdio.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_advice.h"
#include "recov/error.h"
#include "recov/term.h"
#include "recov/text.h"

static const struct recov_option options[] = {
    {"region", 1}, {"json", 0}, {"all", 0}, {NULL, 0},
};

/* What --region asked about: regions, and per region the sides asked
 * (bit 1 << side; 0: the region whatever the side). */
struct asked {
    uint32_t only;
    unsigned sides[RECOV_REGION_COUNT];
};

static int parse(struct recov_cli *cli, const struct recov_args *a, struct asked *q)
{
    const char *regions[RECOV_ARGS_MAX];
    size_t n = recov_args_all(a, "region", regions, RECOV_ARGS_MAX);
    if (a->npos) {
        recov_error_set("suggest: unexpected '%s'; use --region R to ask about one region",
                        a->pos[0]);
        return RECOV_EINPUT;
    }
    *q = (struct asked){0};
    unsigned whole = 0; /* regions asked without a side: every side */
    for (size_t i = 0; i < n; i++) {
        uint32_t mask;
        int side;
        /* A place as `recov sore` takes it: calves, left-calf, r-knee. */
        if (recov_config_place(&cli->cfg, regions[i], &mask, &side))
            return RECOV_EINPUT;
        q->only |= mask;
        for (int r = 0; r < RECOV_REGION_COUNT; r++)
            if (mask & RECOV_REGION_BIT(r)) {
                if (side == RECOV_SIDE_NONE)
                    whole |= RECOV_REGION_BIT(r);
                else
                    q->sides[r] |= 1u << side;
            }
    }
    for (int r = 0; r < RECOV_REGION_COUNT; r++)
        if (whole & RECOV_REGION_BIT(r))
            q->sides[r] = 0;
    return RECOV_OK;
}

/* Advice for a side asked about, or logged without a side. */
static int on_side_asked(const struct recov_suggestion *s, void *ctx)
{
    const struct asked *q = ctx;
    return s->region < 0 || !q->sides[s->region] || s->side == RECOV_SIDE_NONE ||
           (q->sides[s->region] & (1u << s->side));
}

static int report(const struct recov_cli *cli, const struct recov_advice *advice, int json,
                  int all, const struct recov_args *a)
{
    if (json) {
        json_t *o = json_object();
        if (o)
            json_object_set_new(o, "suggestions", recov_cli_advice_json(advice));
        return recov_cli_print_json(o);
    }
    if (advice->n == 0 && recov_args_get(a, "region")) {
        /* Asked about a place: say it is that place that has nothing. */
        const char *regions[RECOV_ARGS_MAX];
        size_t n = recov_args_all(a, "region", regions, RECOV_ARGS_MAX);
        printf("nothing to suggest for ");
        for (size_t i = 0; i < n; i++) {
            printf("%s", i == 0 ? "" : i + 1 == n ? " or " : ", ");
            recov_text_print(stdout, regions[i]);
        }
        printf(" right now: nothing logged there in the last %d days calls for advice "
               "(log how it feels: 'recov sore PLACE SCORE')\n", cli->cfg.advice.current_days);
        return RECOV_EXIT_OK;
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
    struct asked q;
    int done = recov_cli_args(&recov_cmd_suggest, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (parse(cli, &a, &q))
        return recov_cli_fail(RECOV_EINPUT);
    int rc = recov_cli_advice(cli, q.only, &advice);
    if (rc == RECOV_OK)
        recov_advice_filter(&advice, on_side_asked, &q);
    int status = rc ? recov_cli_fail(rc)
                    : report(cli, &advice, recov_args_get(&a, "json") != NULL,
                             recov_args_get(&a, "all") != NULL, &a);
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
    "at each level, general advice (load, protein and sleep) after the regions.\n\n"
    "--region R  only advice for this region (repeatable; aliases work; a side\n"
    "            as for sore: left-calf, r-knee); general advice (load,\n"
    "            protein, sleep) is left out, a referral for the whole body\n"
    "            is not\n"
    "--all       every suggestion on its own, in full\n"
    "--json      every suggestion: {\"suggestions\":[{\"kind\",\"region\",\"side\",\n"
    "            \"severity\",\"what\",\"because\",\"source\",\"rule\",\"episode\"}]};\n"
    "            region is null for general advice (docs/json.md)\n\n"
    "The rules, their thresholds ([advice] in the config) and sources are in\n"
    "docs/advice.md. This is general information, not a diagnosis.\n",
    .options = options,
};
