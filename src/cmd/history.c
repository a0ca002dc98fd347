/* cmd_history: `recov history [RANGE]`: list entries newest first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/range.h"
#include "recov/store.h"
#include "recov/vocab.h"

static const struct recov_option options[] = {
    {"json", 0}, {"kind", 1}, {"region", 1}, {NULL, 0},
};

/* A kind by its name, its plural, or the command that logs it. */
static const char *const kind_words[][3] = {{"workout", "workouts", "log"},
                                            {"soreness", "sore", NULL},
                                            {"recovery", "recoveries", "did"},
                                            {"wellness", "well", NULL}};

static int parse_kind(const char *text, unsigned *mask)
{
    for (unsigned k = 0; k < 4; k++) {
        for (unsigned i = 0; i < 3; i++) {
            if (kind_words[k][i] && strcmp(text, kind_words[k][i]) == 0) {
                *mask = 1u << k;
                return RECOV_OK;
            }
        }
    }
    recov_error_set("kind '%s': expected workout, soreness, recovery or wellness (or the "
                    "command that logs it: log, sore, did, well)", text);
    return RECOV_EINPUT;
}

/* Keeps the soreness and recovery entries about a region of mask, on side
 * (RECOV_SIDE_NONE: any side); an entry logged without a side is about
 * both. */
static void only_places(struct recov_entries *list, uint32_t mask, int side)
{
    size_t kept = 0;
    for (size_t i = 0; i < list->n; i++) {
        struct recov_entry *e = &list->v[i];
        uint32_t about = e->kind == RECOV_KIND_SORENESS   ? RECOV_REGION_BIT(e->region)
                         : e->kind == RECOV_KIND_RECOVERY ? e->regions
                                                          : 0;
        int sided = side == RECOV_SIDE_NONE || e->side == RECOV_SIDE_NONE || e->side == side;
        if ((about & mask) && sided)
            list->v[kept++] = *e;
        else
            recov_entry_clear(e);
    }
    list->n = kept;
}

/* empty: what to say when nothing is listed. */
static int print_list(struct recov_cli *cli, const struct recov_entries *list, int json,
                      const char *empty)
{
    if (json) {
        json_t *arr = json_array();
        for (size_t i = list->n; i-- > 0;)
            json_array_append_new(arr, recov_entry_to_json(&list->v[i], 1));
        return recov_cli_print_json(arr);
    }
    if (list->n == 0)
        printf("%s\n", empty);
    for (size_t i = list->n; i-- > 0;)
        recov_cli_print_entry(cli, &list->v[i], "");
    return RECOV_EXIT_OK;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_range range;
    unsigned kinds = 0;
    int done = recov_cli_args(&recov_cmd_history, argc, argv, options, &a);
    if (done >= 0)
        return done;
    const char *kind = recov_args_get(&a, "kind"), *region = recov_args_get(&a, "region");
    uint32_t regions = 0;
    int side = RECOV_SIDE_NONE;
    if (recov_cli_range(cli, &a, ":30d", &range) ||
        (kind && parse_kind(kind, &kinds)) ||
        (region && recov_config_place(&cli->cfg, region, &regions, &side)))
        return recov_cli_fail(RECOV_EINPUT);
    struct recov_db *db;
    struct recov_entries list = {0};
    time_t from, to;
    recov_range_bounds(range, &from, &to);
    /* Nothing after now (the pinned clock): history is what has happened. */
    if (to == 0 || to > cli->now + 1)
        to = cli->now + 1;
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_OK)
        rc = recov_store_range(db, from, to, kinds, &list);
    if (rc == RECOV_OK && region)
        only_places(&list, regions, side);
    else if (rc == RECOV_ENOTFOUND)
        rc = RECOV_OK; /* nothing logged yet */
    /* A filter that found nothing says so, rather than send the person to
     * :all, where the filter would still apply. */
    char empty[256] = "no entries in this range (try 'recov history :all')";
    if (kind || region)
        snprintf(empty, sizeof empty, "no %s%sentries%s%s in this range",
                 kind ? kind_words[__builtin_ctz(kinds)][0] : "", kind ? " " : "",
                 region ? " for " : "", region ? region : "");
    int status = rc ? recov_cli_fail(rc)
                    : print_list(cli, &list, recov_args_get(&a, "json") != NULL, empty);
    recov_entries_free(&list);
    return status;
}

const struct recov_command recov_cmd_history = {
    "history", run, "history [RANGE] [--kind workout|soreness|recovery|wellness] [--region R] [--json]",
    "list logged entries, newest first, with their ids",
    "RANGE  :30d (default), :Nd, :Nw, :week, :lastweek, :month, :lastmonth, :all,\n"
    "       FROM..TO (dates, inclusive) or one day (YYYY-MM-DD, today, yesterday);\n"
    "       only entries at or before now (--now pins it)\n"
    "--kind      only workouts, soreness, recovery actions or wellness checks\n"
    "            (also by the command that logs them: log, sore, did, well)\n"
    "--region R  only soreness of R and recovery actions for R (aliases such as\n"
    "            legs stand for each of their regions; a side as for sore:\n"
    "            left-knee, which keeps what was logged without a side too)\n\n"
    "--json prints an array of objects: id, kind, at (UTC ISO 8601), and per kind\n"
    "       workout: type, minutes, rpe, rpe_estimated (only when true),\n"
    "       distance_km, avg_hr, max_hr, source (imported sessions);\n"
    "       soreness: region, score, flags; recovery: action, minutes, regions;\n"
    "       wellness: sleep_secs, sleep_quality, fatigue, stress, mood,\n"
    "       resting_hr, hrv; note when there is one.\n",
    .options = options,
};
