/* cmd_edit: `recov edit ID ...`: change an entry's values, as one operation undo reverts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recov/advice_input.h"
#include "recov/args.h"
#include "recov/cli.h"
#include "recov/cli_advice.h"
#include "recov/cli_effect.h"
#include "recov/cli_write.h"
#include "recov/cli_wellness.h"
#include "recov/config_sports.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/remind.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "recov/when.h"

static const struct recov_option options[] = {
    {"at", 1},     {"minutes", 1}, {"duration", 1}, {"rpe", 1},   {"type", 1},
    {"distance", 1}, {"score", 1}, {"region", 1},   {"flag", 1},  {"no-flag", 1},
    {"action", 1}, {"note", 1},    {"no-note", 0},  {"json", 0},  RECOV_WELLNESS_OPTIONS,
    {NULL, 0},
};

#define W (1u << RECOV_KIND_WORKOUT)
#define S (1u << RECOV_KIND_SORENESS)
#define R (1u << RECOV_KIND_RECOVERY)
/* The kinds each value belongs to; --at and the note belong to all. */
static const struct {
    const char *option;
    unsigned kinds;
} owners[] = {
    {"minutes", W | R}, {"duration", W | R}, {"rpe", W},     {"type", W},
    {"distance", W},    {"score", S},        {"region", S | R}, {"flag", S},
    {"no-flag", S},     {"action", R},
};

static int parse_id(const struct recov_args *a, int64_t *id)
{
    char *end;
    const char *minutes = recov_args_get(a, "minutes"), *words[RECOV_ARGS_MAX];
    char joined[128];
    size_t n = 0;
    words[n++] = minutes;
    for (int i = 1; minutes && i < a->npos && n < RECOV_ARGS_MAX; i++)
        words[n++] = a->pos[i];
    /* "--minutes 1 h 30": the option took "1" alone, the rest came after. */
    if (minutes && recov_duration_words(words, n, joined, sizeof joined) > 1) {
        recov_error_set("edit: a duration with spaces goes in quotes, e.g. --minutes '%s'",
                        joined);
        return RECOV_EINPUT;
    }
    if (a->npos != 1) {
        recov_error_set("edit: expected one entry ID and what to change, e.g. "
                        "'recov edit 12 --rpe 6' (see 'recov history' for ids)");
        return RECOV_EINPUT;
    }
    long long v = strtoll(a->pos[0], &end, 10);
    if (end == a->pos[0] || *end || v < 1) {
        recov_error_set("id '%s': expected a positive entry id (see 'recov history')",
                        a->pos[0]);
        return RECOV_EINPUT;
    }
    *id = v;
    return RECOV_OK;
}

/* Refuses an option that does not belong to the entry's kind, and an edit
 * that asks for nothing. */
static int check_options(const struct recov_args *a, const struct recov_entry *e)
{
    int wanted = 0;
    for (int i = 0; i < a->nopt; i++) {
        const char *name = a->opt[i].name;
        wanted |= strcmp(name, "json") != 0;
        if (recov_wellness_option(name) && e->kind != RECOV_KIND_WELLNESS) {
            recov_error_set("option '--%s': #%lld is a %s entry, which has no such value",
                            name, (long long)e->id, recov_kind_name(e->kind));
            return RECOV_EINPUT;
        }
        for (size_t k = 0; k < sizeof owners / sizeof *owners; k++) {
            if (strcmp(owners[k].option, name) == 0 && !(owners[k].kinds & (1u << e->kind))) {
                recov_error_set("option '--%s': #%lld is a %s entry, which has no such value",
                                name, (long long)e->id, recov_kind_name(e->kind));
                return RECOV_EINPUT;
            }
        }
    }
    if (!wanted) {
        recov_error_set("edit: nothing to change; give --at, --note, --no-note or a value of "
                        "the entry (see 'recov help edit')");
        return RECOV_EINPUT;
    }
    if (recov_args_get(a, "note") && recov_args_get(a, "no-note")) {
        recov_error_set("edit: --note and --no-note: give one of them");
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

static int edit_minutes(const struct recov_args *a, struct recov_entry *e)
{
    const char *d = recov_args_get(a, "minutes");
    if (!d)
        d = recov_args_get(a, "duration");
    if (!d || recov_duration_parse(d, &e->minutes))
        return d ? RECOV_EINPUT : RECOV_OK;
    if (e->minutes == 0 && e->kind == RECOV_KIND_WORKOUT) {
        recov_error_set("duration '%s': a workout lasts more than 0 minutes", d);
        return RECOV_EINPUT;
    }
    if (e->kind == RECOV_KIND_RECOVERY)
        return recov_action_minutes_check(e->action, e->minutes, d);
    return RECOV_OK;
}

static int edit_workout(const struct recov_cli *cli, const struct recov_args *a,
                        struct recov_entry *e)
{
    const char *type = recov_args_get(a, "type"), *rpe = recov_args_get(a, "rpe");
    const char *km = recov_args_get(a, "distance");
    if (type) {
        const struct recov_workout_type *t = recov_config_type_said(&cli->cfg, type);
        if (!t)
            return recov_config_type_unknown(&cli->cfg, type);
        snprintf(e->type, sizeof e->type, "%s", t->name);
        if (e->rpe_estimated && !rpe)
            e->rpe = t->rpe; /* an estimate follows the type */
    }
    if (rpe && recov_rpe_parse(rpe, &e->rpe))
        return RECOV_EINPUT;
    if (rpe)
        e->rpe_estimated = 0;
    if (km && recov_distance_parse(km, &e->distance_km))
        return RECOV_EINPUT;
    return edit_minutes(a, e);
}

static int edit_flags(const struct recov_args *a, struct recov_entry *e)
{
    static const char *const which[] = {"flag", "no-flag"};
    for (int add = 1; add >= 0; add--) {
        const char *given[RECOV_ARGS_MAX];
        size_t n = recov_args_all(a, which[!add], given, RECOV_ARGS_MAX);
        for (size_t i = 0; i < n; i++) {
            int f = recov_flag_index(given[i]);
            if (f < 0) {
                recov_error_set("flag '%s': unknown; flags are sharp, swelling, numbness, "
                                "tingling, sprain, radiating, dark-urine",
                                given[i]);
                return RECOV_EINPUT;
            }
            e->flags = add ? e->flags | (1u << f) : e->flags & ~(1u << f);
        }
    }
    return RECOV_OK;
}

static int edit_soreness(const struct recov_cli *cli, const struct recov_args *a,
                         struct recov_entry *e)
{
    const char *score = recov_args_get(a, "score"), *region = recov_args_get(a, "region");
    if (score && recov_score_parse(score, &e->score))
        return RECOV_EINPUT;
    if (region) {
        uint32_t mask;
        int side;
        if (recov_config_place(&cli->cfg, region, &mask, &side))
            return RECOV_EINPUT;
        if (mask & (mask - 1)) {
            recov_error_set("region '%s': names several regions; a soreness entry has one "
                            "(log the others with 'recov sore')",
                            region);
            return RECOV_EINPUT;
        }
        for (e->region = 0; !(mask & RECOV_REGION_BIT(e->region)); e->region++)
            ;
        e->side = side;
    }
    return edit_flags(a, e);
}

static int edit_recovery(const struct recov_cli *cli, const struct recov_args *a,
                         struct recov_entry *e)
{
    const char *action = recov_args_get(a, "action");
    const char *regions[RECOV_ARGS_MAX];
    size_t n = recov_args_all(a, "region", regions, RECOV_ARGS_MAX);
    if (action && (e->action = recov_action_index(action)) < 0) {
        recov_error_set("action '%s': unknown; actions are stretch, yoga, bath, massage, "
                        "foam-roll, ice, walk, rest, sleep",
                        action);
        return RECOV_EINPUT;
    }
    if (n && recov_config_places(&cli->cfg, regions, n, &e->regions, &e->side))
        return RECOV_EINPUT;
    return edit_minutes(a, e);
}

/* Applies the options to e (a copy of the stored entry); nothing is written. */
static int edit_values(const struct recov_cli *cli, const struct recov_args *a,
                       struct recov_entry *e)
{
    const char *at = recov_args_get(a, "at"), *note = recov_args_get(a, "note");
    int rc = check_options(a, e);
    if (rc == RECOV_OK && at)
        rc = recov_when_parse(at, cli->now, &e->at);
    if (rc == RECOV_OK && note)
        rc = recov_note_check(note);
    if (rc)
        return RECOV_EINPUT;
    if (note || recov_args_get(a, "no-note")) {
        free(e->note);
        e->note = note ? strdup(note) : NULL;
    }
    rc = RECOV_EINPUT;
    switch (e->kind) {
    case RECOV_KIND_WORKOUT:
        rc = edit_workout(cli, a, e);
        break;
    case RECOV_KIND_SORENESS:
        rc = edit_soreness(cli, a, e);
        break;
    case RECOV_KIND_RECOVERY:
        rc = edit_recovery(cli, a, e);
        break;
    case RECOV_KIND_WELLNESS:
        rc = recov_wellness_from_args(a, e);
        break;
    }
    /* Only a new time or length can move the end past now. */
    int moves = at || recov_args_get(a, "minutes") || recov_args_get(a, "duration");
    return rc ? rc : moves ? recov_cli_check_ended(cli, e) : RECOV_OK;
}

struct editing {
    struct recov_cli *cli;
    const struct recov_entry *after;
    struct recov_advice was, now; /* the whole advice before and after */
    struct recov_effect *effect;
};

static int write_edit(struct recov_db *db, int64_t op, void *ctx)
{
    struct editing *ed = ctx;
    ed->effect->op = op;
    int rc = recov_advice_from_db(db, &ed->cli->cfg, ed->cli->now, 0, &ed->was);
    if (rc == RECOV_OK)
        rc = recov_store_update(db, ed->after);
    if (rc == RECOV_OK)
        rc = recov_advice_from_db(db, &ed->cli->cfg, ed->cli->now, 0, &ed->now);
    /* The reminders follow the advice now, as after a new log: a score
     * edited to 8 with a sprain warns; a flag edited away resolves its
     * warning. */
    if (rc == RECOV_OK)
        rc = recov_remind_follow(db, ed->cli->now, &ed->now);
    if (rc == RECOV_OK)
        rc = recov_remind_sweep(db, &ed->cli->cfg, ed->cli->now);
    return rc;
}

static int same_suggestion(const struct recov_suggestion *x, const struct recov_suggestion *y)
{
    return x->row == y->row && x->region == y->region && strcmp(x->what, y->what) == 0;
}

/* Keeps the suggestions of one list that the other (ctx) lacks. */
static int not_in(const struct recov_suggestion *s, void *ctx)
{
    const struct recov_advice *other = ctx;
    for (size_t i = 0; i < other->n; i++)
        if (same_suggestion(s, &other->v[i]))
            return 0;
    return 1;
}

/* Leaves in was what no longer applies and in now what is new. */
static int advice_change(struct recov_advice *was, struct recov_advice *now)
{
    struct recov_advice copy = {0};
    copy.v = malloc((was->n ? was->n : 1) * sizeof *copy.v);
    if (!copy.v) {
        recov_error_set("out of memory");
        return RECOV_EIO;
    }
    if (was->n)
        memcpy(copy.v, was->v, was->n * sizeof *copy.v);
    copy.n = copy.cap = was->n;
    recov_advice_filter(was, not_in, now);
    recov_advice_filter(now, not_in, &copy);
    recov_advice_free(&copy);
    return RECOV_OK;
}

static int report(struct recov_cli *cli, int json, struct editing *ed)
{
    if (json) {
        json_t *o = recov_cli_effect_json("edit", ed->effect, 0);
        json_object_set_new(o, "advice_added", recov_cli_advice_json(&ed->now));
        json_object_set_new(o, "advice_removed", recov_cli_advice_json(&ed->was));
        return recov_cli_print_json(o);
    }
    if (ed->effect->op == 0) {
        printf("#%lld already has these values: nothing changed\n",
               (long long)ed->effect->before.v[0].id);
        return RECOV_EXIT_OK;
    }
    recov_cli_effect_print(cli, ed->effect);
    recov_cli_advice_print(cli, &ed->now, "advice now:");
    recov_cli_advice_print(cli, &ed->was, "no longer advised:");
    printf("('recov undo' gives it its previous values back)\n");
    return RECOV_EXIT_OK;
}

static int same_values(const struct recov_entry *x, const struct recov_entry *y)
{
    json_t *a = recov_entry_to_json(x, 1), *b = recov_entry_to_json(y, 1);
    int same = a && b && json_equal(a, b);
    json_decref(a);
    json_decref(b);
    return same;
}

/* Reads the entry, applies the options to a copy, and writes it as one
 * operation; effect gets the entry before and after. */
static int edit(struct recov_cli *cli, const struct recov_args *a, struct editing *ed)
{
    struct recov_db *db;
    struct recov_entry was, after;
    int64_t id;
    int rc = parse_id(a, &id);
    if (rc)
        return rc;
    rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_ENOTFOUND)
        recov_error_set("entry '%lld': no such entry (nothing has been logged yet)",
                        (long long)id);
    if (rc == RECOV_OK)
        rc = recov_store_get(db, id, &was);
    if (rc)
        return rc == RECOV_ENOTFOUND ? RECOV_EINPUT : rc;
    after = was;
    after.note = was.note ? strdup(was.note) : NULL;
    rc = edit_values(cli, a, &after);
    ed->after = &after;
    if (rc == RECOV_OK && !same_values(&was, &after))
        rc = recov_journal_write(db, "edit", cli->now, write_edit, ed);
    if (rc == RECOV_OK) {
        rc = recov_entries_push(&ed->effect->before, &was);
        if (rc == RECOV_OK)
            rc = recov_entries_push(&ed->effect->after, &after);
    }
    if (rc == RECOV_OK)
        rc = advice_change(&ed->was, &ed->now);
    recov_entry_clear(&was);
    recov_entry_clear(&after);
    return rc;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_effect effect = {.command = "edit"};
    struct editing ed = {.cli = cli, .effect = &effect};
    int done = recov_cli_args(&recov_cmd_edit, argc, argv, options, &a);
    if (done >= 0)
        return done;
    int rc = edit(cli, &a, &ed);
    int status = rc ? recov_cli_fail(rc) : report(cli, recov_args_get(&a, "json") != NULL, &ed);
    recov_advice_free(&ed.was);
    recov_advice_free(&ed.now);
    recov_effect_free(&effect);
    return status;
}

const struct recov_command recov_cmd_edit = {
    "edit", run,
    "edit ID [--at WHEN] [--minutes|--duration DURATION] [--rpe N] [--type TYPE] [--distance KM] "
    "[--score N] [--region R] [--flag F]... [--no-flag F]... [--action A] [--sleep DURATION] "
    "[--sleep-quality N] [--fatigue N] [--stress N] [--mood N] [--rhr BPM] [--hrv MS] "
    "[--note TEXT] [--no-note] [--json]",
    "change an entry's time or values",
    "Every option takes the same values as when logging (see 'recov help log',\n"
    "'recov help sore', 'recov help did'), and only those of the entry's kind:\n"
    "  all        --at WHEN, --note TEXT, --no-note\n"
    "  workout    --type, --minutes (or --duration), --rpe, --distance\n"
    "  soreness   --score, --region (one region, e.g. quads or left-ankle),\n"
    "             --flag F and --no-flag F (add or take away a flag)\n"
    "  recovery   --action, --minutes, --region R... (replaces the regions)\n"
    "  wellness   --sleep, --sleep-quality, --fatigue, --stress, --mood, --rhr, --hrv\n\n"
    "One transaction. Prints the entry before and after and the advice that\n"
    "changes; 'recov undo' gives the entry its previous values back. Bad input\n"
    "changes nothing (exit 2).\n"
    "--json  {\"action\": \"edit\", ..., \"changed\": [{\"before\", \"after\"}],\n"
    "        \"advice_added\", \"advice_removed\"} (see docs/json.md)\n",
    .options = options,
};
