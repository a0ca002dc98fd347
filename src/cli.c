/* cli: the command table and what every command shares. */
#include "recov/cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "recov/advice_input.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/remind.h"
#include "recov/term.h"
#include "recov/text.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "recov/wellness.h"
#include "recov/when.h"



const struct recov_command *recov_command_find(const char *name)
{
    for (size_t i = 0; recov_commands[i]; i++)
        if (strcmp(recov_commands[i]->name, name) == 0)
            return recov_commands[i];
    return NULL;
}

int recov_cli_db(struct recov_cli *cli, struct recov_db **db)
{
    if (!cli->db) {
        if (recov_db_open_with(cli->db_path, cli->cfg.busy_timeout * 1000, &cli->db))
            return RECOV_EIO;
        if (*recov_db_warning(cli->db)) {
            fputs("recov: warning: ", stderr);
            recov_text_print(stderr, recov_db_warning(cli->db));
            fputc('\n', stderr);
        }
    }
    *db = cli->db;
    return RECOV_OK;
}

int recov_cli_db_existing(struct recov_cli *cli, struct recov_db **db)
{
    if (!cli->db && access(cli->db_path, F_OK) != 0)
        return RECOV_ENOTFOUND;
    return recov_cli_db(cli, db);
}

int recov_cli_args(const struct recov_command *cmd, int argc, char **argv,
                   const struct recov_option *options, struct recov_args *a)
{
    if (recov_args_parse(cmd->name, argc, argv, options, a))
        return recov_cli_fail(RECOV_EINPUT);
    return a->help ? recov_cli_help(cmd, stdout) : -1;
}

int recov_cli_fail(int status)
{
    const char *msg = recov_error_get();
    /* Messages quote what the user or the file gave: escape it. */
    fputs("recov: ", stderr);
    recov_text_print(stderr, *msg ? msg : "failed");
    fputc('\n', stderr);
    return recov_exit_status(status);
}

int recov_cli_range(const struct recov_cli *cli, const struct recov_args *a,
                    const char *fallback, struct recov_range *out)
{
    char text[128] = "";
    size_t used = 0;
    for (int i = 0; i < a->npos; i++) {
        int n = snprintf(text + used, sizeof text - used, "%s%s", i ? " " : "", a->pos[i]);
        if (n < 0 || (size_t)n >= sizeof text - used) {
            recov_error_set("range '%s ...': too long; e.g. ':lastweek', 'last 14 days' or "
                            "'2026-11-01..2026-11-15'", a->pos[0]);
            return RECOV_EINPUT;
        }
        used += (size_t)n;
    }
    return recov_range_parse(a->npos ? text : fallback, cli->now, cli->cfg.week_start, out);
}

int recov_cli_help(const struct recov_command *cmd, FILE *f)
{
    fprintf(f, "usage: recov %s\n\n%s\n", cmd->synopsis, cmd->summary);
    if (cmd->help && *cmd->help)
        fprintf(f, "\n%s", cmd->help);
    return RECOV_EXIT_OK;
}

int recov_cli_flush(int status)
{
    errno = 0;
    int failed = fflush(stdout) != 0 || ferror(stdout);
    if (!failed)
        return status;
    /* A command that failed already said why; one line is enough. */
    if (status == RECOV_EXIT_OK) {
        recov_error_set("cannot write to standard output: %s",
                        errno ? strerror(errno) : "write error");
        status = recov_cli_fail(RECOV_EIO);
    }
    return status;
}

int recov_cli_print_json(json_t *v)
{
    if (!v || json_dumpf(v, stdout, RECOV_JSON_FLAGS) != 0) {
        json_decref(v);
        recov_error_set("cannot write JSON to standard output");
        return recov_cli_fail(RECOV_EIO);
    }
    json_decref(v);
    fputc('\n', stdout);
    return RECOV_EXIT_OK;
}

void recov_cli_close(struct recov_cli *cli)
{
    recov_db_close(cli->db);
    cli->db = NULL;
}

int recov_cli_dispatch(struct recov_cli *cli, int argc, char **argv)
{
    const struct recov_command *cmd = recov_command_find(argv[0]);
    if (!cmd) {
        const char *names[32];
        size_t n = 0;
        for (size_t i = 0; n < 32 && recov_commands[i]; i++)
            if (!recov_commands[i]->hidden)
                names[n++] = recov_commands[i]->name;
        const char *near = recov_nearest(argv[0], names, n);
        if (near)
            recov_error_set("unknown command '%s'; did you mean '%s'? (see 'recov --help')",
                            argv[0], near);
        else
            recov_error_set("unknown command '%s' (see 'recov --help')", argv[0]);
        return recov_cli_fail(RECOV_EINPUT);
    }
    return cmd->run(cli, argc - 1, argv + 1);
}

struct save {
    struct recov_cli *cli;
    const char *command;
    struct recov_entries *list;
    struct recov_advice *advice;
    struct recov_entries twins; /* likely duplicates of what was saved */
};

/* Finds, for each entry saved by op, an earlier one it likely repeats. */
static int find_twins(struct recov_db *db, int64_t op, struct save *s)
{
    int rc = RECOV_OK;
    for (size_t i = 0; rc == RECOV_OK && i < s->list->n; i++) {
        struct recov_entry twin;
        rc = recov_store_twin(db, &s->list->v[i], op, &twin);
        if (rc == RECOV_OK && twin.id)
            rc = recov_entries_push(&s->twins, &twin);
        if (twin.id)
            recov_entry_clear(&twin);
    }
    return rc;
}

/* Stored, but named: two runs in one hour are usually one typed twice. */
static void warn_twins(const struct recov_cli *cli, const struct recov_entries *twins)
{
    for (size_t i = 0; i < twins->n; i++) {
        const struct recov_entry *t = &twins->v[i];
        char when[32], place[64];
        recov_when_format_local(t->at, when, sizeof when);
        recov_place_format(t->region, t->side, place, sizeof place);
        fprintf(stderr, "recov: looks like #%lld (%s at %s); 'recov undo' if it was a mistake\n",
                (long long)t->id,
                t->kind == RECOV_KIND_WORKOUT    ? t->type
                : t->kind == RECOV_KIND_SORENESS ? place
                : t->kind == RECOV_KIND_WELLNESS ? "wellness"
                                                 : recov_action_names[t->action],
                when);
    }
    (void)cli;
}

static int save_entries(struct recov_db *db, int64_t op, void *ctx)
{
    struct save *s = ctx;
    int rc = RECOV_OK;
    for (size_t i = 0; rc == RECOV_OK && i < s->list->n; i++)
        rc = recov_store_insert(db, op, &s->list->v[i]);
    if (rc == RECOV_OK)
        rc = find_twins(db, op, s);
    /* The advice sees the new entries (same transaction) and is computed
     * once, for the warnings scheduled here and for what the command prints. */
    if (rc == RECOV_OK)
        rc = recov_advice_from_db(db, &s->cli->cfg, s->cli->now, 0, s->advice);
    /* Reminders are written with the entries that call for them, never
     * shown from here: logging must not wait on a notification server. */
    if (rc == RECOV_OK)
        rc = recov_remind_after_save(db, &s->cli->cfg, s->cli->now, s->list, s->advice);
    return rc;
}

int recov_cli_save(struct recov_cli *cli, const char *command, struct recov_entries *list,
                   struct recov_advice *advice)
{
    struct recov_db *db;
    struct recov_advice unused = {0};
    struct save s = {cli, command, list, advice ? advice : &unused, {0}};
    int rc = recov_cli_db(cli, &db);
    if (rc == RECOV_OK)
        rc = recov_journal_write(db, command, cli->now, save_entries, &s);
    if (rc == RECOV_OK)
        warn_twins(cli, &s.twins);
    recov_entries_free(&s.twins);
    /* After the commit: a running reminder daemon looks again. */
    if (rc == RECOV_OK && recov_remind_changed(cli->db_path))
        fprintf(stderr, "recov: warning: %s\n", recov_error_get());
    recov_advice_free(&unused);
    return rc;
}

void recov_cli_describe_entry(const struct recov_entry *e, char *buf, size_t n)
{
    char dur[32], regions[256], flags[128], place[64], type[sizeof e->type * 4];
    switch (e->kind) {
    case RECOV_KIND_WORKOUT:
        recov_duration_format(e->minutes, dur, sizeof dur);
        recov_text_escape(e->type, type, sizeof type);
        snprintf(buf, n, "%s %s, RPE %d%s, load %d", type, dur, e->rpe,
                 e->rpe_estimated ? " (estimated)" : "", recov_entry_load(e));
        if (e->distance_km >= 0)
            snprintf(buf + strlen(buf), n - strlen(buf), ", %.1f km", e->distance_km);
        if (e->avg_hr)
            snprintf(buf + strlen(buf), n - strlen(buf), ", HR %d", e->avg_hr);
        if (e->max_hr)
            snprintf(buf + strlen(buf), n - strlen(buf), "%s%d", e->avg_hr ? "/" : ", HR max ",
                     e->max_hr);
        break;
    case RECOV_KIND_SORENESS:
        recov_flags_format(e->flags, ", ", flags, sizeof flags);
        recov_place_format(e->region, e->side, place, sizeof place);
        snprintf(buf, n, "%s sore %d/10%s%s%s", place, e->score,
                 e->flags ? " [" : "", flags, e->flags ? "]" : "");
        break;
    case RECOV_KIND_RECOVERY:
        recov_duration_format(e->minutes, dur, sizeof dur);
        recov_places_format(e->regions, e->side, ", ", regions, sizeof regions);
        snprintf(buf, n, "%s%s%s%s%s", recov_action_names[e->action], e->minutes ? " " : "",
                 e->minutes ? dur : "", e->regions ? " for " : "", regions);
        break;
    case RECOV_KIND_WELLNESS:
        recov_wellness_format(e, regions, sizeof regions);
        snprintf(buf, n, "wellness: %s", regions);
        break;
    }
}

void recov_cli_print_entry(const struct recov_cli *cli, const struct recov_entry *e,
                           const char *prefix)
{
    char when[32], what[512];
    recov_when_format_local(e->at, when, sizeof when);
    recov_cli_describe_entry(e, what, sizeof what);
    printf("%s%s#%-5lld%s %s  %s%s", prefix, recov_term_bold(cli->colour), (long long)e->id,
           recov_term_reset(cli->colour), when, what, e->note ? "  - " : "");
    /* A note written before control characters were refused, or by
     * another program, must not drive the terminal. */
    recov_text_print(stdout, e->note);
    putchar('\n');
}
