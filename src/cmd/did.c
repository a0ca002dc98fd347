/* cmd_did: `recov did ACTION [DURATION] [PLACE...]`: record a recovery action. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_advice.h"
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
                    name, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
    return RECOV_EINPUT;
}

/* A word after the action that starts with a digit is its duration, in any
 * place; the others name the places it was for, as --region does ("did
 * massage 10m calves", the way sore takes them). */
static int is_duration(const char *word)
{
    return *word >= '0' && *word <= '9';
}

/* "did massage 10m for calves", "did ice on the left ankle": the words
 * people put before a place, and the way recov prints the entry back. */
static int is_filler(const char *word)
{
    static const char *const fillers[] = {"for", "on", "the", "my"};
    return recov_word_is_one_of(word, fillers, sizeof fillers / sizeof *fillers);
}

static int parse(struct recov_cli *cli, const struct recov_args *a, struct recov_entry *e)
{
    if (a->npos < 1) {
        recov_error_set("did: expected ACTION [DURATION] [PLACE...], e.g. 'recov did stretch "
                        "10m' or 'recov did massage 15m calves'");
        return RECOV_EINPUT;
    }
    if (parse_action(a->pos[0], &e->action))
        return RECOV_EINPUT;
    const char *regions[RECOV_ARGS_MAX];
    char duration[128] = "";
    size_t n = 0;
    for (int i = 1; i < a->npos; i++) {
        if (is_filler(a->pos[i])) {
            if (i + 1 < a->npos)
                continue;
            recov_error_set("did: expected a place after '%s', e.g. 'recov did massage 15m "
                            "for calves'", a->pos[i]);
            return RECOV_EINPUT;
        } else if (!is_duration(a->pos[i])) {
            regions[n++] = a->pos[i];
        } else if (*duration) {
            recov_error_set("did: two durations, '%s' and '%s'; give one, e.g. 'recov did "
                            "massage 15m calves'", duration, a->pos[i]);
            return RECOV_EINPUT;
        } else {
            /* "15m", or "15 min" as two words. */
            i += (int)recov_duration_words(a->pos + i,
                                           (size_t)(a->npos - i), duration, sizeof duration) - 1;
            if (recov_duration_parse(duration, &e->minutes) ||
                recov_action_minutes_check(e->action, e->minutes, duration))
                return RECOV_EINPUT;
        }
    }
    n += recov_args_all(a, "region", regions + n, RECOV_ARGS_MAX - n);
    if (recov_config_places(&cli->cfg, regions, n, &e->regions, &e->side))
        return RECOV_EINPUT;
    return recov_cli_write_at_note(cli, a, cli->now - (time_t)e->minutes * 60, e);
}

static int report(struct recov_cli *cli, const struct recov_entries *saved, int json,
                  const struct recov_advice *advice, const struct recov_advice *all)
{
    const struct recov_entry *e = &saved->v[0];
    if (json) {
        json_t *o = recov_entry_to_json(e, 1);
        json_object_set_new(o, "advice", recov_cli_advice_json(advice));
        return recov_cli_print_json(o);
    }
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
    char logged[64];
    recov_cli_logged(cli, e, logged, sizeof logged);
    printf("%s: %s%s%s%s%s\n", logged, recov_action_names[e->action],
           *dur ? " " : "", dur, *regions ? " for " : "", regions);
    /* A night is a wellness item: the morning advice and the summary's
     * nights read it from there, not from this action. */
    if (e->action == recov_action_index("sleep"))
        printf("(a night for the advice and the summary: 'recov well --sleep %dh%02d')\n",
               e->minutes ? e->minutes / 60 : 7, e->minutes ? e->minutes % 60 : 30);
    if (advice->n) /* only when something speaks against it */
        recov_cli_advice_print_brief(cli, all, advice);
    return RECOV_EXIT_OK;
}

/* The advice that rules out what was just done, for a region it covered:
 * a bath while skin is numb, massage on a fresh injury, a walk on a
 * sprained ankle. */
static int against(const struct recov_suggestion *s, void *ctx)
{
    const struct recov_entry *e = ctx;
    int kind = recov_advice_kind_of_action(e->action);
    return kind >= 0 && recov_advice_speaks_against(s, (enum recov_advice_kind)kind, e->regions,
                                                    e->side);
}

/* A recovery action carries no advice of its own, only what speaks
 * against it. */
static void advise(struct recov_cli *cli, const struct recov_entries *saved,
                   struct recov_advice *advice)
{
    (void)cli;
    recov_advice_filter(advice, against, (void *)&saved->v[0]);
}

static const struct recov_write_command write_did = {
    &recov_cmd_did, options, NULL, parse, RECOV_KIND_RECOVERY, advise, report,
};

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_write(&write_did, cli, argc, argv);
}

const struct recov_command recov_cmd_did = {
    "did", run,
    "did ACTION [DURATION] [PLACE...] [--at WHEN] [--region R]... [--note TEXT] [--json]",
    "record a recovery action (stretch, bath, massage ...)",
    "ACTION    stretch, yoga, bath, massage, foam-roll, ice, walk, rest, sleep\n"
    "          (a nap or rest in bed; the night's sleep is 'recov well --sleep')\n"
    "DURATION  optional, as for log: 10m, 20min, 20 min, 1h; at most 2 h for\n"
    "          foam-roll and ice, 3 h for stretch, bath and massage, 4 h for\n"
    "          yoga, 12 h for a walk, 24 h for rest and sleep\n"
    "PLACE     the regions it was for (aliases work; a side before a paired\n"
    "          region: left-calf, r-knee); none: the whole body. 'for', 'on',\n"
    "          'the' and 'my' before them are read past: 'on the left calf'\n"
    "--region  the same, as an option (repeatable)\n"
    "--at      when it started (default: it ended just now); it must have\n"
    "          ended by now\n\n"
    "Prints the advice that speaks against what was done, as 'recov suggest'\n"
    "words it (a bath while numbness is logged: no heat on numb skin; a walk\n"
    "with an ankle sprained in the last 72 h: PRICE; --json: an \"advice\"\n"
    "array). A walk for no region is on the legs; a bath reaches everything.\n",
    .options = options,
};
