/* main: global options, configuration, the clock, then the command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/cli.h"
#include "recov/error.h"
#include "recov/term.h"
#include "recov/text.h"
#include "recov/when.h"

const struct recov_global_option recov_global_options[] = {
    {"now", 1, "--now WHEN", "pin the clock (also RECOV_NOW), e.g. '2026-11-20 18:00'"},
    {"db", 1, "--db PATH", "SQLite file (or RECOV_DB); $XDG_DATA_HOME/recov/recov.db"},
    {"config", 1, "--config PATH", "INI file (or RECOV_CONFIG); $XDG_CONFIG_HOME/recov/recov.ini"},
    {"color", 2, "--color=WHEN", "auto, always or never (also NO_COLOR, CLICOLOR_FORCE)"},
    {"version", 0, "--version", "print the version"},
    {"help", 0, "--help", "this help; 'recov help COMMAND' for one command"},
    {NULL, 0, NULL, NULL},
};

struct globals {
    const char *now, *db, *config, *color;
    int help, version;
};

/* The slot of a global option that may also follow the command. */
static const char **slot_of(struct globals *g, const char *name)
{
    return !strcmp(name, "now")      ? &g->now
           : !strcmp(name, "db")     ? &g->db
           : !strcmp(name, "config") ? &g->config
           : !strcmp(name, "color")  ? &g->color
                                     : NULL;
}

/* Reads --now, --db, --config (with its value) or --color[=WHEN] at argv[i];
 * returns how many words it took: 0 when argv[i] is none of them, -1 with a
 * message. */
static int path_or_clock(int argc, char **argv, int i, struct globals *g)
{
    const char *a = argv[i];
    if (strncmp(a, "--", 2) != 0)
        return 0;
    for (const struct recov_global_option *o = recov_global_options; o->name; o++) {
        size_t len = strlen(o->name);
        const char **slot = slot_of(g, o->name);
        if (!slot || strncmp(a + 2, o->name, len) != 0)
            continue;
        const char *rest = a + 2 + len;
        if (*rest == '=') {
            *slot = rest + 1;
            return 1;
        }
        if (*rest)
            continue;
        if (o->takes_value == 2) {
            *slot = "always"; /* a bare --color, as in ls and grep */
            return 1;
        }
        if (i + 1 >= argc) {
            recov_error_set("option '%s' needs a value", a);
            return -1;
        }
        *slot = argv[i + 1];
        return 2;
    }
    return 0;
}

/* Takes the global options out of the command's words too (up to a "--"),
 * so `recov log run 45m --db X` works as a user would expect; the command
 * sees the rest. Returns the new argc, or -1 with a message. */
static int pull_globals(int argc, char **argv, int cmd, struct globals *g)
{
    int out = cmd + 1, i = cmd + 1;
    while (i < argc && strcmp(argv[i], "--") != 0) {
        int took = path_or_clock(argc, argv, i, g);
        if (took < 0)
            return -1;
        if (took == 0)
            argv[out++] = argv[i++];
        i += took;
    }
    while (i < argc)
        argv[out++] = argv[i++];
    argv[out] = NULL;
    return out;
}

/* Reads the global options before the command; returns the index of the
 * command word, or -1 with a message. */
static int parse_globals(int argc, char **argv, struct globals *g)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        int took = path_or_clock(argc, argv, i, g);
        if (took < 0)
            return -1;
        if (took > 0) {
            i += took - 1;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            g->help = 1;
        } else if (!strcmp(a, "--version")) {
            g->version = 1;
        } else {
            recov_error_set("unknown option '%s'; global options are --now, --db, --config, "
                            "--color, --version, --help",
                            a);
            return -1;
        }
    }
    return i;
}

/* Control characters in any word would reach the database or a terminal:
 * refuse them before anything else looks at the words. */
static int check_words(int argc, char **argv)
{
    static const char *const env[] = {"RECOV_NOW", "RECOV_DB", "RECOV_CONFIG"};
    for (int i = 1; i < argc; i++)
        if (recov_text_check("argument", argv[i]))
            return RECOV_EINPUT;
    for (size_t i = 0; i < sizeof env / sizeof *env; i++)
        if (getenv(env[i]) && recov_text_check(env[i], getenv(env[i])))
            return RECOV_EINPUT;
    return RECOV_OK;
}

/* Copies a path given by the user into buf, refusing one that does not fit
 * rather than using (and creating directories for) a truncated path. */
static int take_path(const char *what, const char *path, char *buf, size_t n)
{
    if (strlen(path) >= n) {
        recov_error_set("%s path '%.40s...': %zu bytes, longer than the %zu this system "
                        "allows; give a shorter path",
                        what, path, strlen(path), n - 1);
        return RECOV_EINPUT;
    }
    memcpy(buf, path, strlen(path) + 1);
    return RECOV_OK;
}

static void print_warnings(const struct recov_config *cfg)
{
    /* recov-remind, started by recov, would repeat what recov said. */
    if (getenv("RECOV_CONFIG_WARNED"))
        return;
    for (size_t i = 0; i < cfg->nwarnings; i++) {
        fputs("recov: warning: ", stderr);
        recov_text_print(stderr, cfg->warnings[i]);
        fputc('\n', stderr);
    }
    if (cfg->nmore_warnings)
        fprintf(stderr, "recov: warning: %zu more config warnings not shown\n",
                cfg->nmore_warnings);
}

static int colour_mode(const char *color, enum recov_colour *mode)
{
    static const char *const names[] = {"auto", "always", "never"};
    for (int m = 0; m < 3; m++)
        if (!color || !strcmp(color, names[m])) {
            *mode = color ? (enum recov_colour)m : RECOV_COLOUR_AUTO;
            return RECOV_OK;
        }
    recov_error_set("--color '%s': expected auto, always or never", color);
    return RECOV_EINPUT;
}

static int setup(struct recov_cli *cli, const struct globals *g)
{
    const char *now = g->now ? g->now : getenv("RECOV_NOW");
    const char *db = g->db ? g->db : getenv("RECOV_DB");
    const char *config = g->config ? g->config : getenv("RECOV_CONFIG");
    char config_path[4096];
    enum recov_colour mode;
    if (colour_mode(g->color, &mode))
        return RECOV_EINPUT;
    cli->now = time(NULL);
    if (now && *now) {
        int rc = recov_when_parse_any(now, cli->now, &cli->now);
        if (rc)
            return rc;
        cli->now_pinned = 1;
    }
    if (db && *db) {
        if (take_path("database", db, cli->db_path, sizeof cli->db_path))
            return RECOV_EINPUT;
    } else if (recov_db_default_path(cli->db_path, sizeof cli->db_path)) {
        return RECOV_EIO;
    }
    if (config && *config) {
        if (take_path("config", config, config_path, sizeof config_path))
            return RECOV_EINPUT;
    } else if (recov_config_default_path(config_path, sizeof config_path)) {
        return RECOV_EIO;
    }
    recov_config_defaults(&cli->cfg);
    int rc = recov_config_load_system(&cli->cfg);
    if (rc == RECOV_OK)
        rc = recov_config_load(&cli->cfg, config_path);
    /* A file named on purpose and not there is a typo, not "no settings". */
    if (rc == RECOV_OK && config && *config && !cli->cfg.loaded) {
        recov_error_set("config '%s': no such file; name an existing INI file, or leave out "
                        "--config and RECOV_CONFIG to read $XDG_CONFIG_HOME/recov/recov.ini "
                        "if it exists",
                        config_path);
        rc = RECOV_EINPUT;
    }
    print_warnings(&cli->cfg);
    cli->colour = recov_term_colour(stdout, mode);
    cli->utf8 = recov_term_utf8();
    return rc;
}

/* Runs what argv asks for; returns the exit status. */
static int run(int argc, char **argv)
{
    static struct recov_cli cli;
    struct globals g = {0};
    if (check_words(argc, argv))
        return recov_cli_fail(RECOV_EINPUT);
    int cmd = parse_globals(argc, argv, &g);
    if (cmd < 0)
        return recov_cli_fail(RECOV_EINPUT);
    if (g.version) {
        printf("recov %s\n", RECOV_VERSION);
        return RECOV_EXIT_OK;
    }
    if (g.help) {
        recov_help_overview(stdout);
        return RECOV_EXIT_OK;
    }
    if (cmd >= argc) {
        recov_error_set("expected a command, e.g. 'recov log run 45m --rpe 7' (see 'recov --help')");
        return recov_cli_fail(RECOV_EINPUT);
    }
    if ((argc = pull_globals(argc, argv, cmd, &g)) < 0)
        return recov_cli_fail(RECOV_EINPUT);
    int rc = setup(&cli, &g);
    int status = rc ? recov_cli_fail(rc) : recov_cli_dispatch(&cli, argc - cmd, argv + cmd);
    recov_cli_close(&cli);
    recov_config_free(&cli.cfg);
    return status;
}

int main(int argc, char **argv)
{
    /* recov runs in the C locale: numbers, dates and words are written the
     * same way whatever the user's locale; only the character set is read
     * from it, when output is set up (recov_term_utf8). */
    return recov_cli_flush(run(argc, argv));
}
