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

/* Adds each flag of a comma list ("swelling,sprain") to *flags. */
static int parse_flag_list(const char *list, unsigned *flags)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", list);
    for (char *save = NULL, *f = strtok_r(buf, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        int i = recov_flag_index(f);
        if (i < 0) {
            const char *near = recov_nearest(f, recov_flag_names, RECOV_FLAG_COUNT);
            char valid[256];
            recov_flags_format((1u << RECOV_FLAG_COUNT) - 1, ", ", valid, sizeof valid);
            recov_error_set("flag '%s': unknown%s%s%s; flags are %s", f,
                            near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "",
                            valid);
            return RECOV_EINPUT;
        }
        *flags |= 1u << i;
    }
    if (!*list) {
        recov_error_set("flag '': empty; give a flag name, e.g. --flag swelling");
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

/* The flag names written as words after a score ("6 sprain swelling", as the
 * check-in takes them), from positional word i on: adds them to *flags and
 * returns how many words they are. */
static int bare_flags(const struct recov_args *a, int i, unsigned *flags)
{
    int n = 0;
    for (int f; i + n < a->npos && (f = recov_flag_index(a->pos[i + n])) >= 0; n++)
        *flags |= 1u << f;
    return n;
}

/* The REGION SCORE pair each positional word belongs to (pair_of[i]); a
 * region may take two words ("left calf") and flags may follow its score.
 * Returns the number of pairs. */
static int pair_words(const struct recov_cli *cli, const struct recov_args *a, int *pair_of)
{
    int pairs = 0;
    for (int i = 0; i < a->npos; pairs++) {
        char place[256];
        unsigned ignored = 0;
        size_t words = recov_config_place_words(&cli->cfg, a->pos + i, (size_t)(a->npos - i),
                                                place, sizeof place);
        words += (size_t)bare_flags(a, i + (int)words + 1, &ignored);
        for (size_t k = 0; k <= words && i < a->npos; k++) /* its words, its score, flags */
            pair_of[i++] = pairs;
    }
    return pairs;
}

/* The flags of each REGION SCORE pair (flags[k] for pair k): a --flag
 * belongs to the region it follows; one before any region is refused. */
static int parse_flags(const struct recov_args *a, const int *pair_of, unsigned *flags)
{
    for (int i = 0; i < a->nopt; i++) {
        if (strcmp(a->opt[i].name, "flag") != 0)
            continue;
        if (a->opt[i].after == 0) {
            recov_error_set("flag '%s': comes before any region; give it after the region "
                            "it belongs to, e.g. 'recov sore ankles 6 --flag %s'",
                            a->opt[i].value, a->opt[i].value);
            return RECOV_EINPUT;
        }
        if (parse_flag_list(a->opt[i].value, &flags[pair_of[a->opt[i].after - 1]]))
            return RECOV_EINPUT;
    }
    return RECOV_OK;
}

/* "sore 5 calves", "sore 5": a number where a region belongs. */
static int score_first(struct recov_cli *cli, const struct recov_args *a, int i)
{
    int side;
    uint32_t mask;
    char place[256] = "calves";
    const char *word = a->pos[i];
    if (word[strspn(word, "0123456789")] != '\0')
        return RECOV_OK;
    if (i + 1 < a->npos) {
        recov_config_place_words(&cli->cfg, a->pos + i + 1, (size_t)(a->npos - i - 1), place,
                                 sizeof place);
        if (recov_config_place(&cli->cfg, place, &mask, &side))
            snprintf(place, sizeof place, "calves");
    }
    recov_error_set("'%s': a region goes first, then its score, e.g. 'recov sore %s %s'", word,
                    place, recov_score_example(word));
    return RECOV_EINPUT;
}

/* A word after a score that is no region: when it is close to a flag name,
 * the flag was meant ("6 numbnes"), and the region error would mislead. */
static int flag_misspelt(const char *word)
{
    const char *near = recov_nearest(word, recov_flag_names, RECOV_FLAG_COUNT);
    if (near && !recov_nearest(word, recov_region_names, RECOV_REGION_COUNT))
        recov_error_set("'%s': neither a region nor a flag; did you mean the flag '%s'?",
                        word, near);
    return RECOV_EINPUT;
}

/* Turns REGION SCORE pairs into one entry per region (aliases expand; a
 * side prefix applies to each region of the place). */
static int parse_pairs(struct recov_cli *cli, const struct recov_args *a,
                       const struct recov_entry *proto, const unsigned *flags,
                       struct recov_entries *out)
{
    uint32_t seen[RECOV_SIDE_COUNT] = {0};
    if (a->npos == 0) {
        recov_error_set("sore: expected REGION SCORE pairs, e.g. 'recov sore quads 5 calves 3'");
        return RECOV_EINPUT;
    }
    for (int i = 0, pair = 0; i < a->npos; pair++) {
        uint32_t mask;
        int score, side;
        char place[256];
        if (score_first(cli, a, i))
            return RECOV_EINPUT;
        i += (int)recov_config_place_words(&cli->cfg, a->pos + i, (size_t)(a->npos - i), place,
                                           sizeof place);
        if (recov_config_place(&cli->cfg, place, &mask, &side))
            return pair > 0 ? flag_misspelt(place) : RECOV_EINPUT;
        if (i >= a->npos) {
            recov_error_set("region '%s': missing its score (0-10), e.g. 'recov sore %s 4'",
                            place, place);
            return RECOV_EINPUT;
        }
        if (recov_score_parse(a->pos[i++], &score))
            return RECOV_EINPUT;
        unsigned pair_flags = flags[pair];
        i += bare_flags(a, i, &pair_flags);
        if (mask & seen[side]) {
            recov_error_set("region '%s': given twice in one command", place);
            return RECOV_EINPUT;
        }
        seen[side] |= mask;
        for (int r = 0; r < RECOV_REGION_COUNT; r++) {
            if (!(mask & RECOV_REGION_BIT(r)))
                continue;
            struct recov_entry e = *proto;
            e.region = r;
            e.side = side;
            e.score = score;
            e.flags = pair_flags;
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
    unsigned flags[RECOV_ARGS_MAX] = {0};
    int pair_of[RECOV_ARGS_MAX];
    recov_entry_init(&proto, RECOV_KIND_SORENESS);
    proto.at = cli->now;
    const char *at = recov_args_get(a, "at");
    if (at && recov_when_parse(at, cli->now, &proto.at))
        return RECOV_EINPUT;
    pair_words(cli, a, pair_of);
    if (parse_flags(a, pair_of, flags))
        return RECOV_EINPUT;
    proto.note = (char *)recov_args_get(a, "note");
    if (proto.note && recov_note_check(proto.note))
        return RECOV_EINPUT;
    return parse_pairs(cli, a, &proto, flags, out);
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
                  const struct recov_advice *advice, const struct recov_advice *all)
{
    if (json) {
        json_t *arr = json_array();
        for (size_t i = 0; i < list->n; i++)
            json_array_append_new(arr, recov_entry_to_json(&list->v[i], 1));
        json_t *o = json_object();
        json_object_set_new(o, "entries", arr);
        json_object_set_new(o, "advice", recov_cli_advice_json(advice));
        int status = recov_cli_print_json(o);
        /* Red flags and persistence also go to stderr, seen even under --json. */
        recov_cli_advice_warn(advice);
        return status;
    }
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        char place[64], fl[128] = "", logged[64];
        recov_cli_logged(cli, e, logged, sizeof logged);
        recov_place_format(e->region, e->side, place, sizeof place);
        recov_flags_format(e->flags, ", ", fl, sizeof fl);
        printf("%s: %s %d/10 (%s%s%s)\n", logged, place, e->score,
               severity_word(e->score), *fl ? "; " : "", fl);
    }
    recov_cli_advice_print_brief(cli, all, advice);
    recov_cli_advice_warn(advice);
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
    "sore", run,
    "sore PLACE SCORE [FLAG]... [--flag F[,F]]... [PLACE SCORE ...] [--at WHEN] [--note TEXT] "
    "[--json]",
    "record how sore body regions feel (0 none - 10 worst)",
    "PLACE   a region: neck, shoulders, chest, upper-back, lower-back, arms,\n"
    "        forearms, core, glutes, hips, quads, hamstrings, calves, shins, knees,\n"
    "        ankles, feet; aliases: thighs=quads, back=lower-back,\n"
    "        waist=lower-back, legs=quads+hamstrings+calves, and those in\n"
    "        [regions] of the config. A side goes before a region that comes in\n"
    "        pairs: left-ankle, right-calves, l-knee, r-foot, or as two words,\n"
    "        left calf (a region without a side is the region as a whole); lower\n"
    "        back and upper back may be two words too\n"
    "SCORE   whole number 0-10: 0 none (recovered), 1-3 mild, 4-6 moderate,\n"
    "        7-10 severe\n"
    "--flag  sharp, swelling, numbness, tingling, sprain, radiating, dark-urine,\n"
    "        both-legs-numb, saddle-numbness, bladder-bowel (numbness in both legs\n"
    "        or around the genitals or anus, a change in bladder or bowel control:\n"
    "        go to A&E). A flag belongs to the region it follows; repeat it or\n"
    "        give a comma list: 'sore left-ankle 6 --flag sprain,swelling calves 3'.\n"
    "        Flags may also follow the score as words, as in the check-in:\n"
    "        'sore left-ankle 6 sprain swelling calves 3'. Dark urine and the\n"
    "        last three stand for 72 h: a later score without them keeps their\n"
    "        urgent advice ('recov edit ID --no-flag F' takes back a mistake)\n\n"
    "Prints the advice for the regions logged (see 'recov help suggest'; --json:\n"
    "an \"advice\" array) and, on stderr, a warning line for each red flag or\n"
    "persistent soreness that calls for a clinician. The exit status stays 0.\n",
    .options = options,
};
