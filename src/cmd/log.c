/* cmd_log: `recov log TYPE DURATION`: record a workout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_write.h"
#include "recov/cli_advice.h"
#include "recov/config_sports.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/episode.h"
#include "recov/vocab.h"
#include "recov/when.h"

static const struct recov_option options[] = {
    {"rpe", 1}, {"at", 1}, {"distance", 1}, {"note", 1}, {"json", 0}, {NULL, 0},
};

/* Fills e from the command line; nothing is written. */
static int parse(struct recov_cli *cli, const struct recov_args *a, struct recov_entry *e)
{
    if (a->npos < 2) {
        recov_error_set("log: expected TYPE DURATION, e.g. 'recov log run 45m --rpe 7'");
        return RECOV_EINPUT;
    }
    const struct recov_workout_type *t = recov_config_type_said(&cli->cfg, a->pos[0]);
    if (!t)
        return recov_config_type_unknown(&cli->cfg, a->pos[0]);
    snprintf(e->type, sizeof e->type, "%s", t->name);
    /* "45m", or "45 min" and "1 h 30 min" as two words or more. */
    char duration[128];
    size_t words = recov_duration_words(a->pos + 1, (size_t)a->npos - 1,
                                        duration, sizeof duration);
    if (recov_duration_parse(words ? duration : a->pos[1], &e->minutes))
        return RECOV_EINPUT;
    if (1 + (int)words < a->npos) {
        recov_error_set("log: '%s' after the duration: options start with --, e.g. 'recov log "
                        "%s %s --rpe 7'", a->pos[1 + words], a->pos[0], duration);
        return RECOV_EINPUT;
    }
    const char *rpe = recov_args_get(a, "rpe"), *km = recov_args_get(a, "distance");
    e->rpe = t->rpe;
    e->rpe_estimated = rpe == NULL;
    if (rpe && recov_rpe_parse(rpe, &e->rpe))
        return RECOV_EINPUT;
    if (km && recov_distance_parse(km, &e->distance_km))
        return RECOV_EINPUT;
    /* Logged right after exercise: by default the session ended now. */
    return recov_cli_write_at_note(cli, a, cli->now - (time_t)e->minutes * 60, e);
}

struct session {
    uint32_t worked; /* the regions it worked */
    unsigned limbs;  /* a bit per enum recov_limb of those regions */
    int hard;        /* at hard_rpe or more */
};

/* 1 when the session loaded s's region: worked it, or worked its limb (a
 * run loads a sprained ankle). */
static int loaded(const struct session *session, const struct recov_suggestion *s)
{
    if (s->region < 0)
        return 0;
    enum recov_limb limb = recov_region_limb(s->region);
    return (session->worked & RECOV_REGION_BIT(s->region)) ||
           (limb != RECOV_LIMB_NONE && (session->limbs & (1u << limb)));
}

/* Keeps what concerns the session just logged: the cool-down of the
 * regions it worked, rest (PRICE, or 48 h for severe soreness) for a
 * region it loaded, protein and sleep after it when it was hard (an easy
 * walk after a hard run is no time to repeat the run's), and what the load
 * rules say now that its load counts (a spike, a jump, a monotonous week):
 * the session that makes the spike is when to hear of it. */
static int after_session(const struct recov_suggestion *s, void *ctx)
{
    const struct session *session = ctx;
    if (s->kind == RECOV_ADVICE_COOL_DOWN)
        return s->region >= 0 && (session->worked & RECOV_REGION_BIT(s->region));
    if (s->kind == RECOV_ADVICE_ICE || s->kind == RECOV_ADVICE_REST)
        return loaded(session, s);
    if (s->kind == RECOV_ADVICE_PROTEIN || s->kind == RECOV_ADVICE_SLEEP)
        return session->hard;
    return s->kind == RECOV_ADVICE_REDUCE_LOAD || s->kind == RECOV_ADVICE_VARY_TRAINING;
}

/* Keeps the advice about the session just logged. */
static void advise(struct recov_cli *cli, const struct recov_entries *saved,
                   struct recov_advice *advice)
{
    struct session session = {recov_workout_regions(&cli->cfg, &saved->v[0]), 0,
                              saved->v[0].rpe >= cli->cfg.advice.hard_rpe};
    for (int r = 0; r < RECOV_REGION_COUNT; r++)
        if (session.worked & RECOV_REGION_BIT(r))
            session.limbs |= 1u << recov_region_limb(r);
    recov_advice_filter(advice, after_session, &session);
}

static int report(struct recov_cli *cli, const struct recov_entries *saved, int json,
                  const struct recov_advice *advice, const struct recov_advice *all)
{
    const struct recov_entry *e = &saved->v[0];
    if (json) {
        json_t *o = recov_entry_to_json(e, 1);
        json_object_set_new(o, "load", json_integer(recov_entry_load(e)));
        json_object_set_new(o, "advice", recov_cli_advice_json(advice));
        return recov_cli_print_json(o);
    }
    char dur[32];
    recov_duration_format(e->minutes, dur, sizeof dur);
    char logged[64];
    recov_cli_logged(cli, e, logged, sizeof logged);
    printf("%s: %s %s at RPE %d%s, session load %d\n", logged, e->type, dur,
           e->rpe, e->rpe_estimated ? " (estimated; give --rpe 0-10 next time)" : "",
           recov_entry_load(e));
    recov_cli_advice_print_brief(cli, all, advice);
    return RECOV_EXIT_OK;
}

static const struct recov_write_command write_log = {
    &recov_cmd_log, options, NULL, parse, RECOV_KIND_WORKOUT, advise, report,
};

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_write(&write_log, cli, argc, argv);
}

const struct recov_command recov_cmd_log = {
    "log", run, "log TYPE DURATION [--rpe N] [--at WHEN] [--distance KM] [--note TEXT] [--json]",
    "record a workout, right after it",
    "TYPE      run, walk, hike, cycle, swim, strength, yoga, sports, climb, row,\n"
    "          or a type defined as [workout.NAME] in the config; a sport's\n"
    "          name counts as import counts it (ride: cycle, jog: run, gym:\n"
    "          strength, football: sports; [import.types] in the config)\n"
    "DURATION  45, 45m, 90min, 1h, 1h30m, 1.5h, or with spaces as recov writes\n"
    "          it: 45 min, 1 h 30 min (bare numbers are minutes; up to 24 h)\n"
    "--rpe N   how hard the whole session felt, 0-10 (Foster CR-10): 0 rest,\n"
    "          1 very very easy, 2 easy, 3 moderate, 4 somewhat hard, 5 hard,\n"
    "          7 very hard, 10 maximal. Without it the type's default is used\n"
    "          and the entry is marked estimated.\n"
    "--at WHEN when the session started (default: it ended just now); it must\n"
    "          have ended by now\n"
    "--distance KM, --note TEXT   optional details\n\n"
    "Prints the entry id and the session load (RPE x minutes), then the\n"
    "cool-down for the regions it worked, rest or PRICE for a sore or injured\n"
    "region it loaded, protein and sleep advice when it was hard ([advice]\n"
    "hard_rpe), and the load advice (a spike, a jump, a monotonous week) that\n"
    "holds with this session counted (--json: an \"advice\" array, as in\n"
    "'recov suggest').\n",
    .options = options,
};
