/* cmd_config: `recov config check|show`: validate and explain the config. */
#include <stdio.h>
#include <string.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/entry_json.h"
#include "recov/error.h"
#include "recov/vocab.h"

static const struct recov_option options[] = {{"json", 0}, {NULL, 0}};

static const char *source(const struct recov_cli *cli, int origin)
{
    return recov_config_source(&cli->cfg, origin);
}

/* [import.types]: the workout type each imported sport becomes. */
static void show_sports_text(const struct recov_cli *cli)
{
    printf("\n[import.types]\n");
    for (size_t i = 0; i < cli->cfg.nsports; i++)
        printf("%-20s = %-14s ; %s\n", cli->cfg.sports[i].sport, cli->cfg.sports[i].type,
               source(cli, cli->cfg.sports[i].from_file));
}

static json_t *sports_json(const struct recov_cli *cli)
{
    json_t *a = json_array();
    for (size_t i = 0; i < cli->cfg.nsports; i++)
        json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "sport", cli->cfg.sports[i].sport,
                                           "type", cli->cfg.sports[i].type, "source",
                                           source(cli, cli->cfg.sports[i].from_file)));
    return a;
}

static int show_text(const struct recov_cli *cli)
{
    const struct recov_config *cfg = &cli->cfg;
    const char *section = "";
    char regions[256];
    printf("# config file: %s%s\n", cfg->path, cfg->loaded ? "" : " (not found: defaults)");
    if (*cfg->system_path)
        printf("# system-wide: %s\n", cfg->system_path);
    for (size_t i = 0; i < recov_config_key_count(); i++) {
        struct recov_config_key_view k;
        recov_config_key_get(cfg, i, &k);
        if (strcmp(section, k.section) != 0)
            printf("\n[%s]\n", section = k.section);
        printf("%-20s = %-14s ; %s\n", k.key, k.value, k.source);
    }
    printf("\n[regions]\n");
    for (size_t i = 0; i < cfg->naliases; i++) {
        recov_regions_format(cfg->aliases[i].regions, ", ", regions, sizeof regions);
        printf("%-20s = %-30s ; %s\n", cfg->aliases[i].name, regions,
               source(cli, cfg->aliases[i].origin));
    }
    for (size_t i = 0; i < cfg->ntypes; i++) {
        const struct recov_workout_type *t = &cfg->types[i];
        recov_regions_format(t->regions, ", ", regions, sizeof regions);
        printf("\n[workout.%s] ; %s\nregions = %s\nrpe     = %d\n", t->name,
               source(cli, t->origin), regions, t->rpe);
    }
    show_sports_text(cli);
    return RECOV_EXIT_OK;
}

static int show_json(const struct recov_cli *cli)
{
    const struct recov_config *cfg = &cli->cfg;
    json_t *o = json_object(), *keys = json_array(), *types = json_array(), *aliases = json_array();
    for (size_t i = 0; i < recov_config_key_count(); i++) {
        struct recov_config_key_view k;
        recov_config_key_get(cfg, i, &k);
        json_array_append_new(keys, json_pack("{s:s, s:s, s:s, s:s}", "section", k.section, "key",
                                              k.key, "value", k.value, "source",
                                              k.source));
    }
    for (size_t i = 0; i < cfg->ntypes; i++) {
        const struct recov_workout_type *t = &cfg->types[i];
        json_array_append_new(types, json_pack("{s:s, s:o, s:i, s:s}", "type", t->name, "regions",
                                               recov_regions_to_json(t->regions), "rpe", t->rpe,
                                               "source", source(cli, t->origin)));
    }
    for (size_t i = 0; i < cfg->naliases; i++) {
        const struct recov_alias *al = &cfg->aliases[i];
        json_array_append_new(aliases,
                              json_pack("{s:s, s:o, s:s}", "alias", al->name, "regions",
                                        recov_regions_to_json(al->regions), "source",
                                        source(cli, al->origin)));
    }
    json_object_set_new(o, "file", json_string(cfg->path));
    json_object_set_new(o, "loaded", json_boolean(cfg->loaded));
    json_object_set_new(o, "system_file",
                        *cfg->system_path ? json_string(cfg->system_path) : json_null());
    json_object_set_new(o, "keys", keys);
    json_object_set_new(o, "workout_types", types);
    json_object_set_new(o, "aliases", aliases);
    json_object_set_new(o, "import_types", sports_json(cli));
    return recov_cli_print_json(o);
}

static int check_text(const struct recov_cli *cli)
{
    if (*cli->cfg.system_path)
        printf("%s: ok (system-wide)\n", cli->cfg.system_path);
    printf("%s: %s%s\n", cli->cfg.path, cli->cfg.loaded ? "ok" : "not found, defaults apply",
           cli->cfg.nwarnings ? " (with warnings above)" : "");
    return RECOV_EXIT_OK;
}

/* A bad value never gets here (exit 2 before any command runs), so the
 * answer is always ok, with the warnings that did not stop it. */
static int check_json(const struct recov_cli *cli)
{
    json_t *warnings = json_array();
    for (size_t i = 0; i < cli->cfg.nwarnings; i++)
        json_array_append_new(warnings, json_string(cli->cfg.warnings[i]));
    return recov_cli_print_json(json_pack("{s:s, s:o, s:b, s:b, s:o}", "file", cli->cfg.path,
                                          "system_file",
                                          *cli->cfg.system_path
                                              ? json_string(cli->cfg.system_path)
                                              : json_null(),
                                          "loaded", cli->cfg.loaded, "ok", 1, "warnings",
                                          warnings));
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    int done = recov_cli_args(&recov_cmd_config, argc, argv, options, &a);
    if (done >= 0)
        return done;
    int json = recov_args_get(&a, "json") != NULL;
    /* Loading already happened in main: a bad value never gets this far. */
    if (a.npos == 1 && strcmp(a.pos[0], "check") == 0)
        return json ? check_json(cli) : check_text(cli);
    if (a.npos == 1 && strcmp(a.pos[0], "show") == 0)
        return json ? show_json(cli) : show_text(cli);
    recov_error_set("config: expected 'check' or 'show'");
    return recov_cli_fail(RECOV_EINPUT);
}

const struct recov_command recov_cmd_config = {
    "config", run, "config check|show [--json]", "validate or show the configuration",
    "check  reads the system-wide and your config file and reports the first bad\n"
    "       value (exit 2), a file that cannot be read (exit 1), or ok;\n"
    "       unknown keys are warnings naming the nearest known key\n"
        "       --json prints {\"file\", \"system_file\", \"loaded\", \"ok\", \"warnings\": [...]}\n"
"show   prints every effective value and where it came from: default, the\n"
    "       system-wide file ($XDG_CONFIG_DIRS/recov/recov.ini, default /etc/xdg)\n"
    "       or your own file, which overrides it\n"
    "See config/recov.ini (installed as an example) for every key.\n",
    .options = options,
};
