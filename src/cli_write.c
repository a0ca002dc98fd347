/* cli_write: the shape every logging command (log, sore, did) shares. */
#include "recov/cli_write.h"

#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/vocab.h"
#include "recov/when.h"

int recov_cli_check_ended(const struct recov_cli *cli, const struct recov_entry *e)
{
    time_t end = recov_entry_end(e);
    if (end <= cli->now)
        return RECOV_OK;
    char start[32], ends[32], now[32], dur[32];
    recov_when_format_local(e->at, start, sizeof start);
    recov_when_format_local(end, ends, sizeof ends);
    recov_when_format_local(cli->now, now, sizeof now);
    recov_duration_format(e->minutes, dur, sizeof dur);
    const char *what = e->kind == RECOV_KIND_WORKOUT ? e->type
                       : e->action >= 0              ? recov_action_names[e->action]
                                                     : "action";
    recov_error_set("end '%s': a %s %s from %s would end in the future (now is %s); --at is "
                    "when it started: give an earlier --at or a shorter duration", ends, dur,
                    what, start, now);
    return RECOV_EINPUT;
}

int recov_cli_write_at_note(const struct recov_cli *cli, const struct recov_args *a, time_t dflt,
                            struct recov_entry *e)
{
    const char *at = recov_args_get(a, "at"), *note = recov_args_get(a, "note");
    e->at = dflt;
    if (at && recov_when_parse(at, cli->now, &e->at))
        return RECOV_EINPUT;
    if (recov_cli_check_ended(cli, e))
        return RECOV_EINPUT;
    if (note && recov_note_check(note))
        return RECOV_EINPUT;
    if (note)
        e->note = strdup(note);
    return RECOV_OK;
}

void recov_cli_logged(const struct recov_cli *cli, const struct recov_entry *e, char *buf,
                      size_t n)
{
    char when[32];
    /* A session or an action with a duration logged as it ends is of now. */
    if (recov_entry_end(e) == cli->now) {
        snprintf(buf, n, "logged #%lld", (long long)e->id);
        return;
    }
    recov_when_phrase(e->at, cli->now, when, sizeof when);
    snprintf(buf, n, "logged #%lld (%s)", (long long)e->id, when);
}

static int parse_words(const struct recov_write_command *w, struct recov_cli *cli,
                       const struct recov_args *a, struct recov_entries *out)
{
    if (w->parse)
        return w->parse(cli, a, out);
    struct recov_entry e;
    recov_entry_init(&e, w->kind);
    int rc = w->parse_entry(cli, a, &e);
    if (rc == RECOV_OK)
        rc = recov_entries_push(out, &e);
    recov_entry_clear(&e);
    return rc;
}

int recov_cli_write(const struct recov_write_command *w, struct recov_cli *cli, int argc,
                    char **argv)
{
    struct recov_args a;
    struct recov_entries saved = {0};
    struct recov_advice advice = {0}, all = {0};
    int done = recov_cli_args(w->cmd, argc, argv, w->options, &a);
    if (done >= 0)
        return done;
    int rc = parse_words(w, cli, &a, &saved);
    if (rc == RECOV_OK)
        rc = recov_cli_save(cli, w->cmd->name, &saved, &advice);
    /* The whole advice stays for the lines the command shares with
     * `recov suggest`; advise keeps what concerns the entries saved. */
    if (rc == RECOV_OK)
        rc = recov_advice_copy(&advice, &all);
    if (rc == RECOV_OK)
        w->advise(cli, &saved, &advice);
    int status = rc ? recov_cli_fail(rc)
                    : w->report(cli, &saved, recov_args_get(&a, "json") != NULL, &advice, &all);
    recov_advice_free(&advice);
    recov_advice_free(&all);
    recov_entries_free(&saved);
    return status;
}
