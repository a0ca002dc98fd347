/* cmd_complete: `recov complete -- WORD...`: the candidates for the last
 * word of a command line, for the bash, zsh and fish completions. The
 * scripts hold no word lists of their own: commands and options come from
 * the command tables, types and aliases from the config, ids from the
 * database, so a completion cannot fall behind the program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recov/cli.h"
#include "recov/error.h"
#include "recov/range.h"
#include "recov/store.h"
#include "recov/store_remind.h"
#include "recov/vocab.h"

/* Printed instead of words: "complete file names here". */
#define FILES "@files"

/* What a positional word or an option's value is. */
enum what {
    NOTHING, FILES_, COMMANDS, TOPICS, TYPES, REGIONS, SCORES, ACTIONS, FLAGS, KINDS,
    RANGES, WHENS, ENTRY_IDS, REMINDER_IDS, REMIND_SUBS, CONFIG_SUBS, RPES, EXPORT_FORMATS,
    SUMMARY_FORMATS, COLOURS, DURATIONS,
};

/* The words of each command, by position. */
enum repeat { ONCE, LAST_REPEATS, PAIRS_REPEAT };
static const struct {
    const char *command;
    enum what words[2];
    enum repeat repeat;
} positional[] = {
    {"log", {TYPES, DURATIONS}, ONCE},       {"sore", {REGIONS, SCORES}, PAIRS_REPEAT},
    {"did", {ACTIONS, DURATIONS}, ONCE},     {"history", {RANGES}, ONCE},
    {"summary", {RANGES}, ONCE},             {"rm", {ENTRY_IDS}, LAST_REPEATS},
    {"edit", {ENTRY_IDS}, ONCE},             {"import", {FILES_}, ONCE},
    {"config", {CONFIG_SUBS}, ONCE},         {"help", {TOPICS}, ONCE},
    {"remind", {REMIND_SUBS}, ONCE},
};

/* The values of options, by name (and command, where it matters). */
static const struct {
    const char *command, *option;
    enum what what;
} values[] = {
    {NULL, "at", WHENS},
    {NULL, "now", WHENS},
    {NULL, "region", REGIONS},
    {NULL, "flag", FLAGS},
    {NULL, "kind", KINDS},
    {NULL, "rpe", RPES},
    {"export", "format", EXPORT_FORMATS},
    {"summary", "format", SUMMARY_FORMATS},
    {NULL, "db", FILES_},
    {NULL, "config", FILES_},
    {NULL, "color", COLOURS},
};

/* The subcommands of remind, and which of them take a reminder id. */
static const char *const remind_subs[] = {"run", "daemon", "list", "snooze", "cancel", "ack"};
static const char *const config_subs[] = {"check", "show"};
static const char *const kinds[] = {"workout", "soreness", "recovery"};
static const char *const colours[] = {"auto", "always", "never"};
static const char *const export_formats[] = {"ndjson", "csv"};
static const char *const summary_formats[] = {"text", "json", "csv", "markdown"};
static const char *const durations[] = {"10m", "20m", "30m", "45m", "1h", "1h30m", "2h"};
static const char *const whens[] = {
    "now",     "today",     "yesterday", "noon",   "midnight", "monday",
    "tuesday", "wednesday", "thursday",  "friday", "saturday", "sunday",
};

/* The word being completed, and where its candidates go. */
static const char *prefix = "";
static FILE *out;

static void offer(const char *word)
{
    if (strncmp(word, prefix, strlen(prefix)) == 0)
        fprintf(out, "%s\n", word);
}

static void offer_all(const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        offer(words[i]);
}
#define OFFER_ALL(a) offer_all(a, sizeof a / sizeof *a)

static void offer_number(long long n)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", n);
    offer(buf);
}

static int offer_entry(const struct recov_entry *e, void *ctx)
{
    (void)ctx;
    offer_number((long long)e->id);
    return RECOV_OK;
}

/* Ids from the database, when there is one: completion never creates it. */
static void offer_ids(struct recov_cli *cli, int reminders)
{
    struct recov_db *db;
    if (recov_cli_db_existing(cli, &db) != RECOV_OK)
        return;
    if (!reminders) {
        recov_store_each(db, offer_entry, NULL);
        return;
    }
    struct recov_reminders list = {0};
    if (recov_store_remind_list(db, 0, &list) == RECOV_OK)
        for (size_t i = 0; i < list.n; i++)
            if (list.v[i].state != RECOV_REMIND_CANCELLED &&
                list.v[i].state != RECOV_REMIND_ACKNOWLEDGED)
                offer_number((long long)list.v[i].id);
    recov_reminders_free(&list);
}

static void offer_what(struct recov_cli *cli, enum what what)
{
    switch (what) {
    case NOTHING:
        break;
    case FILES_:
        fprintf(out, "%s\n", FILES);
        break;
    case COMMANDS:
    case TOPICS:
        for (size_t i = 0; recov_commands[i]; i++)
            if (!recov_commands[i]->hidden)
                offer(recov_commands[i]->name);
        if (what == TOPICS) {
            offer("regions");
            offer("when");
        }
        break;
    case TYPES:
        for (size_t i = 0; i < cli->cfg.ntypes; i++)
            offer(cli->cfg.types[i].name);
        break;
    case REGIONS:
        for (int r = 0; r < RECOV_REGION_COUNT; r++)
            offer(recov_region_names[r]);
        for (size_t i = 0; i < cli->cfg.naliases; i++)
            offer(cli->cfg.aliases[i].name);
        break;
    case SCORES:
    case RPES:
        for (int n = 0; n <= 10; n++)
            offer_number(n);
        break;
    case ACTIONS:
        offer_all(recov_action_names, recov_action_count);
        break;
    case FLAGS:
        offer_all(recov_flag_names, RECOV_FLAG_COUNT);
        break;
    case KINDS:
        OFFER_ALL(kinds);
        break;
    case RANGES:
        for (const struct recov_when_form *f = recov_range_forms; f->example; f++)
            if (f->example[0] == ':' && !strchr(f->example, ' '))
                offer(f->example);
        offer(":lastweek"), offer(":lastmonth"), offer(":lastquarter"), offer(":lastyear");
        offer(":yesterday");
        OFFER_ALL(whens);
        break;
    case WHENS:
        OFFER_ALL(whens);
        break;
    case ENTRY_IDS:
    case REMINDER_IDS:
        offer_ids(cli, what == REMINDER_IDS);
        break;
    case REMIND_SUBS:
        OFFER_ALL(remind_subs);
        break;
    case CONFIG_SUBS:
        OFFER_ALL(config_subs);
        break;
    case EXPORT_FORMATS:
        OFFER_ALL(export_formats);
        break;
    case SUMMARY_FORMATS:
        OFFER_ALL(summary_formats);
        break;
    case COLOURS:
        OFFER_ALL(colours);
        break;
    case DURATIONS:
        OFFER_ALL(durations);
        break;
    }
}

static int global_takes_value(const char *word)
{
    for (const struct recov_global_option *o = recov_global_options; o->name; o++)
        if (!strcmp(word + 2, o->name))
            return o->takes_value == 1;
    return 0;
}

/* 1 when word is "--name" of an option of cmd (or a global one) that
 * takes its value in the next word. */
static int takes_value(const struct recov_command *cmd, const char *word)
{
    if (strncmp(word, "--", 2) != 0 || strchr(word, '='))
        return 0;
    for (const struct recov_option *o = cmd ? cmd->options : NULL; o && o->name; o++)
        if (!strcmp(word + 2, o->name))
            return o->takes_value;
    return global_takes_value(word);
}

static enum what value_of(const struct recov_command *cmd, const char *option)
{
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        if (!strcmp(values[i].option, option + 2) &&
            (!values[i].command || (cmd && !strcmp(values[i].command, cmd->name))))
            return values[i].what;
    return NOTHING;
}

static void offer_options(const struct recov_command *cmd)
{
    char buf[64];
    for (const struct recov_option *o = cmd ? cmd->options : NULL; o && o->name; o++) {
        snprintf(buf, sizeof buf, "--%s", o->name);
        offer(buf);
    }
    for (const struct recov_global_option *g = recov_global_options; g->name; g++) {
        /* After the command, only those that may follow it. */
        if (cmd && g->takes_value == 0 && strcmp(g->name, "help") != 0)
            continue;
        snprintf(buf, sizeof buf, "--%s", g->name);
        offer(buf);
    }
}

/* The kind of the n-th positional word of cmd; words[] holds the ones
 * before it (remind's subcommand decides what follows it). */
static enum what positional_of(const struct recov_command *cmd, int n, const char **words)
{
    if (!strcmp(cmd->name, "remind") && n > 0) {
        const char *sub = words[0];
        if (!strcmp(sub, "snooze"))
            return n == 1 ? REMINDER_IDS : n == 2 ? DURATIONS : NOTHING;
        if (!strcmp(sub, "cancel") || !strcmp(sub, "ack"))
            return n == 1 ? REMINDER_IDS : NOTHING;
        return NOTHING;
    }
    /* did ACTION DURATION, then the places it was for. */
    if (!strcmp(cmd->name, "did") && n >= 2)
        return REGIONS;
    for (size_t i = 0; i < sizeof positional / sizeof *positional; i++) {
        if (strcmp(positional[i].command, cmd->name) != 0)
            continue;
        if (positional[i].repeat == PAIRS_REPEAT)
            return positional[i].words[n % 2];
        if (n < 2)
            return positional[i].words[n];
        return positional[i].repeat == LAST_REPEATS ? positional[i].words[0] : NOTHING;
    }
    return NOTHING;
}

/* "--name=VAL": the values of --name, written whole. */
static void offer_inline_value(struct recov_cli *cli, const struct recov_command *cmd)
{
    char option[64];
    const char *eq = strchr(prefix, '=');
    snprintf(option, sizeof option, "%.*s", (int)(eq - prefix), prefix);
    enum what what = value_of(cmd, option);
    if (what == FILES_) {
        offer_what(cli, what); /* the shell completes the part after "=" */
        return;
    }
    /* Capture the bare values, then print them behind "--name=". */
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return;
    const char *whole = prefix;
    out = mem;
    prefix = eq + 1;
    offer_what(cli, what);
    out = stdout;
    prefix = whole;
    fclose(mem);
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
        printf("%s=%s\n", option, line);
    free(buf);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    /* The words after "recov", the last being the one to complete. */
    if (argc > 0 && !strcmp(argv[0], "--"))
        argc--, argv++;
    if (argc == 0)
        return RECOV_EXIT_OK;
    prefix = argv[argc - 1];
    out = stdout;
    const struct recov_command *cmd = NULL;
    const char *words[RECOV_ARGS_MAX];
    int nwords = 0, only_words = 0;
    for (int i = 0; i < argc - 1; i++) {
        const char *w = argv[i];
        if (!only_words && !strcmp(w, "--")) {
            only_words = 1;
        } else if (!only_words && w[0] == '-' && w[1]) {
            /* --db given on the line is the database to take ids from. */
            if (!strcmp(w, "--db") && i + 1 < argc - 1)
                snprintf(cli->db_path, sizeof cli->db_path, "%s", argv[i + 1]);
            if (takes_value(cmd, w))
                i++;
        } else if (!cmd) {
            if (!(cmd = recov_command_find(w)))
                return RECOV_EXIT_OK;
        } else if (nwords < RECOV_ARGS_MAX) {
            words[nwords++] = w;
        }
    }
    const char *previous = argc > 1 ? argv[argc - 2] : "";
    if (!only_words && takes_value(cmd, previous)) {
        offer_what(cli, value_of(cmd, previous));
    } else if (!only_words && !strncmp(prefix, "--", 2) && strchr(prefix, '=')) {
        offer_inline_value(cli, cmd);
    } else if (!only_words && prefix[0] == '-') {
        offer_options(cmd);
    } else if (!cmd) {
        offer_what(cli, COMMANDS);
    } else {
        offer_what(cli, positional_of(cmd, nwords, words));
    }
    return RECOV_EXIT_OK;
}

static const struct recov_option options[] = {{NULL, 0}};

const struct recov_command recov_cmd_complete = {
    "complete", run, "complete -- WORD...",
    "the candidates for the last WORD (for the shell completions)",
    "Prints one candidate per line for the last of the words that follow\n"
    "'recov' on a command line; '" FILES "' means file names. Used by the bash,\n"
    "zsh and fish completions that recov installs.\n",
    .options = options,
    .hidden = 1,
};
