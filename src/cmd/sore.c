/* cmd_sore: `recov sore REGION SCORE ...`: record how sore each region is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_write.h"
#include "recov/cli_advice.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/vocab.h"
#include "recov/when.h"

static const struct recov_option options[] = {
    {"at", 1}, {"flag", 1}, {"note", 1}, {"json", 0}, {NULL, 0},
};

static int parse_flags(const struct recov_args *a, unsigned *flags)
{
    const char *given[RECOV_ARGS_MAX];
    size_t n = recov_args_all(a, "flag", given, RECOV_ARGS_MAX);
    *flags = 0;
    for (size_t i = 0; i < n; i++) {
        int f = recov_flag_index(given[i]);
        if (f < 0) {
            const char *near = recov_nearest(given[i], recov_flag_names, RECOV_FLAG_COUNT);
            recov_error_set("flag '%s': unknown%s%s%s; flags are sharp, swelling, numbness, "
                            "tingling, sprain, radiating, dark-urine",
                            given[i], near ? "; did you mean '" : "", near ? near : "",
                            near ? "'?" : "");
            return RECOV_EINPUT;
        }
        *flags |= 1u << f;
    }
    return RECOV_OK;
}

/* Turns REGION SCORE pairs into one entry per region (aliases expand). */
static int parse_pairs(struct recov_cli *cli, const struct recov_args *a,
                       const struct recov_entry *proto, struct recov_entries *out)
{
    uint32_t seen = 0;
    if (a->npos == 0) {
        recov_error_set("sore: expected REGION SCORE pairs, e.g. 'recov sore quads 5 calves 3'");
        return RECOV_EINPUT;
    }
    for (int i = 0; i < a->npos; i += 2) {
        uint32_t mask;
        int score;
        if (recov_config_region(&cli->cfg, a->pos[i], &mask))
            return RECOV_EINPUT;
        if (i + 1 >= a->npos) {
            recov_error_set("region '%s': missing its score (0-10), e.g. 'recov sore %s 4'",
                            a->pos[i], a->pos[i]);
            return RECOV_EINPUT;
        }
        if (recov_score_parse(a->pos[i + 1], &score))
            return RECOV_EINPUT;
        if (mask & seen) {
            recov_error_set("region '%s': given twice in one command", a->pos[i]);
            return RECOV_EINPUT;
        }
        seen |= mask;
        for (int r = 0; r < RECOV_REGION_COUNT; r++) {
            if (!(mask & RECOV_REGION_BIT(r)))
                continue;
            struct recov_entry e = *proto;
            e.region = r;
            e.score = score;
            e.note = proto->note ? strdup(proto->note) : NULL;
            if (recov_entries_push(out, &e))
                return RECOV_EIO;
        }
    }
    return RECOV_OK;
}

static int parse(struct recov_cli *cli, const struct recov_args *a, struct recov_entries *out)
{
    struct recov_entry proto;
    recov_entry_init(&proto, RECOV_KIND_SORENESS);
    proto.at = cli->now;
    const char *at = recov_args_get(a, "at");
    if (at && recov_when_parse(at, cli->now, &proto.at))
        return RECOV_EINPUT;
    if (parse_flags(a, &proto.flags))
        return RECOV_EINPUT;
    proto.note = (char *)recov_args_get(a, "note");
    if (proto.note && recov_note_check(proto.note))
        return RECOV_EINPUT;
    return parse_pairs(cli, a, &proto, out);
}

static const char *severity_word(int score)
{
    return score == 0 ? "none" : score <= 3 ? "mild" : score <= 6 ? "moderate" : "severe";
}

static int about_regions(const struct recov_suggestion *s, void *logged)
{
    return s->region >= 0 && (*(uint32_t *)logged & RECOV_REGION_BIT(s->region));
}

/* Keeps the advice for the regions just logged. */
static void advise(struct recov_cli *cli, const struct recov_entries *list,
                   struct recov_advice *advice)
{
    (void)cli;
    uint32_t logged = 0;
    for (size_t i = 0; i < list->n; i++)
        logged |= RECOV_REGION_BIT(list->v[i].region);
    recov_advice_filter(advice, about_regions, &logged);
}

static int report(struct recov_cli *cli, const struct recov_entries *list, int json,
                  const struct recov_advice *advice)
{
    /* Red flags and persistence also go to stderr, seen even under --json. */
    recov_cli_advice_warn(advice);
    if (json) {
        json_t *arr = json_array();
        for (size_t i = 0; i < list->n; i++)
            json_array_append_new(arr, recov_entry_to_json(&list->v[i], 1));
        json_t *o = json_object();
        json_object_set_new(o, "entries", arr);
        json_object_set_new(o, "advice", recov_cli_advice_json(advice));
        return recov_cli_print_json(o);
    }
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        printf("logged #%lld: %s %d/10 (%s)\n", (long long)e->id,
               recov_region_names[e->region], e->score, severity_word(e->score));
    }
    recov_cli_advice_print(cli, advice, "advice:");
    return RECOV_EXIT_OK;
}

static const struct recov_write_command write_sore = {
    &recov_cmd_sore, options, parse, NULL, RECOV_KIND_SORENESS, advise, report,
};

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_write(&write_sore, cli, argc, argv);
}

const struct recov_command recov_cmd_sore = {
    "sore", run, "sore REGION SCORE [REGION SCORE ...] [--at WHEN] [--flag FLAG]... [--note TEXT] [--json]",
    "record how sore body regions feel (0 none - 10 worst)",
    "REGION  neck, shoulders, chest, upper-back, lower-back, arms, forearms, core,\n"
    "        glutes, hips, quads, hamstrings, calves, shins, knees, ankles, feet;\n"
    "        aliases: thighs=quads, back=lower-back, waist=lower-back,\n"
    "        legs=quads+hamstrings+calves, and those in [regions] of the config\n"
    "SCORE   whole number 0-10: 0 none (recovered), 1-3 mild, 4-6 moderate,\n"
    "        7-10 severe\n"
    "--flag  sharp, swelling, numbness, tingling, sprain, radiating, dark-urine\n"
    "        (repeat for several; they apply to every region of the command)\n\n"
    "Prints the advice for the regions logged (see 'recov help suggest'; --json:\n"
    "an \"advice\" array) and, on stderr, a warning line for each red flag or\n"
    "persistent soreness that calls for a clinician. The exit status stays 0.\n",
    .options = options,
};
