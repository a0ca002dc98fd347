/* cmd_remind: `recov remind run|daemon|list|snooze|cancel|ack`. */
#include "recov/cmd_remind.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/args.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/journal.h"
#include "recov/term.h"
#include "recov/text.h"
#include "recov/vocab.h"
#include "recov/when.h"

/* The longest snooze: a week. */
#define SNOOZE_MAX_MINUTES (7 * 24 * 60)

static const struct recov_option options[] = {
    {"dry-run", 0}, {"json", 0}, {"all", 0}, {NULL, 0},
};

/* Each subcommand: the options it takes and its number of words. */
static const struct sub {
    const char *name;
    const char *options[3];
    int words;                  /* with the subcommand's own name */
} subs[] = {
    {"run", {"dry-run"}, 1},    {"daemon", {NULL}, 1}, {"list", {"json", "all"}, 1},
    {"snooze", {NULL}, 3},      {"cancel", {NULL}, 2}, {"ack", {NULL}, 2},
};
#define NSUBS (sizeof subs / sizeof *subs)

/* ---- list ---- */

static json_t *time_or_null(time_t t)
{
    char buf[32];
    if (!t)
        return json_null();
    recov_when_format_utc(t, buf, sizeof buf);
    return json_string(buf);
}

static json_t *to_json(const struct recov_cli *cli, const struct recov_reminder *r)
{
    json_t *o = json_object();
    enum recov_remind_state state = recov_remind_state_at(r, cli->now);
    int live = state == RECOV_REMIND_PENDING || state == RECOV_REMIND_SNOOZED;
    json_object_set_new(o, "id", json_integer(r->id));
    json_object_set_new(o, "kind", json_string(recov_remind_kind_name(r->kind)));
    json_object_set_new(o, "due", time_or_null(r->due));
    json_object_set_new(o, "state", json_string(recov_remind_state_name(state)));
    json_object_set_new(o, "urgency", json_string(recov_urgency_name(r->urgency)));
    json_object_set_new(o, "summary", json_string(r->summary));
    json_object_set_new(o, "body", json_string(r->body));
    json_object_set_new(o, "regions", recov_regions_to_json(r->regions));
    json_object_set_new(o, "entry", r->entry_id ? json_integer(r->entry_id) : json_null());
    json_object_set_new(o, "rule", *r->rule ? json_string(r->rule) : json_null());
    json_object_set_new(o, "sent_at", time_or_null(r->sent_at));
    json_object_set_new(o, "deliver_at",
                        time_or_null(live && !recov_remind_expires_held(&cli->cfg.remind, r)
                                         ? recov_remind_release(&cli->cfg.remind, r)
                                         : 0));
    json_object_set_new(o, "expires_at", time_or_null(r->expires_at));
    json_object_set_new(o, "done_at", time_or_null(r->done_at));
    json_object_set_new(o, "snoozes", json_integer(r->snoozes));
    json_object_set_new(o, "notification", r->notify_id ? json_integer(r->notify_id) : json_null());
    return o;
}

/* "#12    2026-11-20 19:05  pending      cooldown ": the text starts after. */
#define LIST_TEXT_COLUMN 47
#define LIST_HANG 7

static void print_line(const struct recov_cli *cli, const struct recov_reminder *r)
{
    char due[32], held[96] = "";
    enum recov_remind_state state = recov_remind_state_at(r, cli->now);
    int live = state == RECOV_REMIND_PENDING || state == RECOV_REMIND_SNOOZED;
    time_t release = recov_remind_release(&cli->cfg.remind, r);
    recov_when_format_local(r->due, due, sizeof due);
    if (live && recov_remind_expires_held(&cli->cfg.remind, r)) {
        char at[32];
        recov_when_format_local(r->expires_at, at, sizeof at);
        snprintf(held, sizeof held, "  (quiet hours: expires %s, before they end)", at);
    } else if (live && release != r->due) {
        char at[32];
        recov_when_format_local(release, at, sizeof at);
        snprintf(held, sizeof held, "  (quiet hours: at %s)", at);
    }
    printf("%s#%-5lld%s %s  %-12s %-8s", recov_term_bold(cli->colour), (long long)r->id,
           recov_term_reset(cli->colour), due, recov_remind_state_name(state),
           recov_remind_kind_name(r->kind));
    /* The summary quotes what was logged (a workout type): never raw. */
    char safe[512], line[640];
    recov_text_escape(r->summary, safe, sizeof safe);
    snprintf(line, sizeof line, "%s%s", safe, held);
    /* Wrapped to the terminal under its own column, or, when that column
     * leaves too little room, on lines of its own under the id. */
    int width = recov_term_width(stdout);
    if (width && width - LIST_TEXT_COLUMN < 24) {
        printf("\n%*s", LIST_HANG, "");
        recov_term_wrap(stdout, line, width, LIST_HANG, LIST_HANG);
    } else {
        putchar(' ');
        recov_term_wrap(stdout, line, width, LIST_TEXT_COLUMN, LIST_TEXT_COLUMN);
    }
}

static int list(struct recov_cli *cli, const struct recov_args *a)
{
    struct recov_db *db;
    struct recov_reminders all = {0};
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_OK)
        rc = recov_store_remind_list(db, recov_args_get(a, "all") ? 0 : cli->now, &all);
    if (rc && rc != RECOV_ENOTFOUND)
        return recov_cli_fail(rc);
    int status = RECOV_EXIT_OK;
    if (recov_args_get(a, "json")) {
        json_t *arr = json_array();
        for (size_t i = 0; i < all.n; i++)
            json_array_append_new(arr, to_json(cli, &all.v[i]));
        status = recov_cli_print_json(arr);
    } else if (all.n == 0) {
        printf(recov_args_get(a, "all") ? "no reminders\n"
                                         : "no reminders to come (--all: every one)\n");
    } else {
        for (size_t i = 0; i < all.n; i++)
            print_line(cli, &all.v[i]);
    }
    recov_reminders_free(&all);
    return status;
}

/* ---- snooze, cancel, ack ---- */

static int parse_id(const char *text, int64_t *id)
{
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || end == text || *end || v <= 0) {
        recov_error_set("reminder id '%s': not a positive whole number (see 'recov remind "
                        "list')",
                        text);
        return RECOV_EINPUT;
    }
    *id = v;
    return RECOV_OK;
}

struct reply {
    const char *verb;
    int64_t id;
    time_t now;
    int minutes;
};

static int reply(struct recov_db *db, int64_t op, void *ctx)
{
    const struct reply *r = ctx;
    (void)op;
    return !strcmp(r->verb, "snooze")   ? recov_remind_snooze(db, r->id, r->now, r->minutes, 0)
           : !strcmp(r->verb, "cancel") ? recov_remind_cancel(db, r->id, r->now)
                                        : recov_remind_ack(db, r->id, r->now);
}

static int answer(struct recov_cli *cli, const struct sub *sub, const struct recov_args *a)
{
    const char *verb = sub->name;
    int64_t id;
    int minutes = 0, snooze = !strcmp(verb, "snooze");
    if (a->npos != sub->words) {
        recov_error_set("remind %s: expected %s, e.g. 'recov remind %s 3%s'", verb,
                        snooze ? "ID DURATION" : "ID", verb, snooze ? " 30m" : "");
        return recov_cli_fail(RECOV_EINPUT);
    }
    if (parse_id(a->pos[1], &id) ||
        (snooze && recov_duration_parse_span(a->pos[2], 1, SNOOZE_MAX_MINUTES, &minutes)))
        return recov_cli_fail(RECOV_EINPUT);
    struct recov_db *db;
    if (recov_cli_db(cli, &db))
        return recov_cli_fail(RECOV_EIO);
    struct reply r = {verb, id, cli->now, minutes};
    char command[32];
    snprintf(command, sizeof command, "remind %s", verb);
    /* One journal operation, so that 'recov undo' sets the reminder back. */
    int rc = recov_journal_write_reminders(db, command, cli->now, reply, &r);
    if (rc)
        return recov_cli_fail(rc);
    /* A running daemon takes the notice off the screen (or re-times it). */
    if (recov_remind_changed(cli->db_path))
        fprintf(stderr, "recov: warning: %s\n", recov_error_get());
    if (snooze) {
        char at[32];
        recov_when_format_local(cli->now + (time_t)minutes * 60, at, sizeof at);
        printf("snoozed #%lld until %s\n", (long long)id, at);
    } else {
        printf("%s #%lld\n", !strcmp(verb, "cancel") ? "cancelled" : "acknowledged",
               (long long)id);
    }
    return RECOV_EXIT_OK;
}

/* ---- dispatch ---- */

/* The subcommand named by the first word, or NULL with a message. */
static const struct sub *find_sub(const struct recov_args *a)
{
    const char *names[NSUBS], *word = a->npos ? a->pos[0] : "";
    for (size_t i = 0; i < NSUBS; i++) {
        names[i] = subs[i].name;
        if (!strcmp(word, names[i]))
            return &subs[i];
    }
    const char *near = a->npos ? recov_nearest(word, names, NSUBS) : NULL;
    if (near)
        recov_error_set("remind: unknown subcommand '%s'; did you mean '%s'?", word, near);
    else if (a->npos)
        recov_error_set("remind: unknown subcommand '%s'; expected run, daemon, list, snooze, "
                        "cancel or ack",
                        word);
    else
        recov_error_set("remind: expected a subcommand: run, daemon, list, snooze, cancel or ack");
    return NULL;
}

/* Refuses options the subcommand does not take, by name. */
static int check_options(const struct sub *sub, const struct recov_args *a)
{
    for (int i = 0; i < a->nopt; i++) {
        int ok = 0;
        for (size_t j = 0; j < 3 && sub->options[j]; j++)
            ok |= !strcmp(a->opt[i].name, sub->options[j]);
        if (!ok) {
            recov_error_set("remind %s: option '--%s' does not apply (see 'recov help remind')",
                            sub->name, a->opt[i].name);
            return RECOV_EINPUT;
        }
    }
    if (sub->words == 1 && a->npos != 1) {
        recov_error_set("remind %s: takes no arguments", sub->name);
        return RECOV_EINPUT;
    }
    return RECOV_OK;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    int done = recov_cli_args(&recov_cmd_remind, argc, argv, options, &a);
    if (done >= 0)
        return done;
    const struct sub *sub = find_sub(&a);
    if (!sub || check_options(sub, &a))
        return recov_cli_fail(RECOV_EINPUT);
    if (!strcmp(sub->name, "run"))
        return recov_remind_cmd_run(cli, recov_args_get(&a, "dry-run") != NULL);
    if (!strcmp(sub->name, "daemon"))
        return recov_remind_cmd_daemon(cli);
    if (!strcmp(sub->name, "list"))
        return list(cli, &a);
    return answer(cli, sub, &a);
}

const struct recov_command recov_cmd_remind = {
    "remind", run,
    "remind run [--dry-run] | daemon | list [--json] [--all] | snooze ID DURATION | "
    "cancel ID | ack ID",
    "show due reminders as desktop notifications, and manage them",
    "run          show every reminder that is due, once, and exit; status 3 when no\n"
    "             notification server is reachable (the reminders stay pending).\n"
    "             --dry-run says what would be shown without showing it, or\n"
    "             when nothing is due, when the next reminder is.\n"
    "daemon       keep running: show each reminder when it is due, with Snooze and\n"
    "             Done buttons where the desktop offers them, and on a check-in\n"
    "             Check in now: a terminal running 'recov checkin' ([checkin]\n"
    "             terminal, else $TERMINAL -e, else x-terminal-emulator -e);\n"
    "             without buttons the notice names 'recov checkin'. SIGHUP\n"
    "             reloads the config, SIGTERM stops it (each after the notice\n"
    "             being shown)\n"
    "list         reminders still to come (--all: every one, in every state);\n"
    "             --json prints an array of objects: id, kind (cooldown, checkin,\n"
    "             warning, weekly), due, state (pending, sent, snoozed, cancelled,\n"
    "             acknowledged, expired), urgency (low, normal, critical), summary,\n"
    "             body, regions, entry, rule, sent_at, deliver_at, expires_at,\n"
    "             done_at, snoozes, notification (times UTC ISO 8601)\n"
    "snooze ID DURATION   show a pending or snoozed one again after DURATION (30m,\n"
    "             2h; within its useful life); a finished one is refused\n"
    "cancel ID    never show it\n"
    "ack ID       done / dealt with: a repeating warning stops, its notice closes\n\n"
    "A reminder is settled by what you log: a cool-down by a walk, stretch, yoga\n"
    "or foam-roll after the workout ([remind] cooldown_actions) that covers the\n"
    "regions it worked (without regions: all), as suggest counts it; a check-in by\n"
    "soreness logged on its day (or a wellness check, when it asked about no\n"
    "region). One past its useful life ([remind] cooldown_life, but no later\n"
    "than [advice] cooldown_hours after the workout, when suggest stops offering\n"
    "it too; checkin_until, weekly_until; a warning until its next repeat) is\n"
    "never shown: it expires. While the screen is locked or the session idle\n"
    "([remind] idle_after) reminders wait.\n\n"
    "Reminders are written by 'recov log' (a cool-down after each workout, a\n"
    "next-day check-in after hard ones) and 'recov sore' (warnings when soreness\n"
    "persists or a red flag is logged); the runner adds the morning check-in\n"
    "while a region is still sore, or every morning ([checkin] mornings).\n"
    "[remind] in the config sets the delays, quiet hours (reminders due then are\n"
    "held until they end) and a weekly summary reminder.\n",
    .options = options,
};
