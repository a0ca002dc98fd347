/* config_sports: [import.types], the workout type each imported sport becomes. */
#include "recov/config_sports.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/error.h"
#include "recov/vocab.h"

/* Sports as GPX, TCX, FIT and Strava name them (normalised), and the
 * workout type each becomes; "other" is for any sport not listed. */
static const struct { const char *sport, *type; } builtin_sports[] = {
    {"running", "run"}, {"run", "run"}, {"trail_run", "run"}, {"trail_running", "run"},
    {"treadmill_running", "run"}, {"virtual_run", "run"}, {"virtualrun", "run"},
    {"jog", "run"}, {"jogging", "run"},
    {"cycling", "cycle"}, {"biking", "cycle"}, {"ride", "cycle"}, {"virtual_ride", "cycle"},
    {"virtualride", "cycle"}, {"e_bike_ride", "cycle"}, {"ebikeride", "cycle"},
    {"e_biking", "cycle"}, {"mountain_bike_ride", "cycle"}, {"gravel_ride", "cycle"},
    {"bike", "cycle"}, {"spinning", "cycle"}, {"indoor_cycling", "cycle"},
    {"walking", "walk"}, {"walk", "walk"}, {"golf", "walk"},
    {"hiking", "hike"}, {"hike", "hike"}, {"mountaineering", "hike"}, {"snowshoe", "hike"},
    {"snowshoeing", "hike"},
    {"swimming", "swim"}, {"swim", "swim"}, {"lap_swimming", "swim"},
    {"open_water_swimming", "swim"}, {"surfing", "swim"},
    {"strength_training", "strength"}, {"weight_training", "strength"},
    {"weighttraining", "strength"}, {"crossfit", "strength"}, {"training", "strength"},
    {"gym", "strength"}, {"weights", "strength"}, {"weightlifting", "strength"},
    {"lifting", "strength"},
    {"yoga", "yoga"}, {"pilates", "yoga"},
    {"soccer", "sports"}, {"football", "sports"}, {"tennis", "sports"},
    {"basketball", "sports"}, {"american_football", "sports"}, {"rowing", "row"},
    {"indoor_rowing", "row"}, {"row", "row"}, {"rowing_machine", "row"},
    /* A paddle pulls with the back, arms and grip as an oar does. */
    {"kayaking", "row"}, {"canoeing", "row"}, {"stand_up_paddling", "row"},
    {"standuppaddling", "row"},
    {"cross_country_skiing", "sports"}, {"nordic_ski", "sports"}, {"alpine_skiing", "sports"},
    {"alpine_ski", "sports"}, {"rock_climbing", "climb"}, {"rock_climb", "climb"},
    {"climbing", "climb"}, {"bouldering", "climb"}, {"indoor_climbing", "climb"},
    {"squash", "sports"},
    {"badminton", "sports"}, {"volleyball", "sports"}, {"hiit", "sports"},
    {"workout", "sports"},
    {"other", "run"},
};

void recov_config_sports_defaults(struct recov_config *cfg)
{
    for (size_t i = 0; i < sizeof builtin_sports / sizeof *builtin_sports; i++)
        recov_config_sport_set(cfg, builtin_sports[i].sport, builtin_sports[i].type, 0);
}

int recov_config_sport_set(struct recov_config *cfg, const char *sport, const char *type,
                           int from_file)
{
    size_t i = 0;
    if (!*sport || strlen(sport) >= sizeof cfg->sports[0].sport || !*type ||
        strlen(type) >= sizeof cfg->sports[0].type)
        return -1;
    while (i < cfg->nsports && strcmp(cfg->sports[i].sport, sport) != 0)
        i++;
    if (i == RECOV_MAX_SPORTS)
        return -1;
    if (i == cfg->nsports)
        cfg->nsports++;
    snprintf(cfg->sports[i].sport, sizeof cfg->sports[i].sport, "%s", sport);
    snprintf(cfg->sports[i].type, sizeof cfg->sports[i].type, "%s", type);
    cfg->sports[i].from_file = from_file;
    return 0;
}

const struct recov_sport_type *recov_config_sports_check(const struct recov_config *cfg)
{
    for (size_t i = 0; i < cfg->nsports; i++)
        if (cfg->sports[i].from_file && !recov_config_type(cfg, cfg->sports[i].type))
            return &cfg->sports[i];
    return NULL;
}

const char *recov_config_sport_type(const struct recov_config *cfg, const char *sport)
{
    const char *other = "run";
    for (size_t i = 0; i < cfg->nsports; i++) {
        if (!strcmp(cfg->sports[i].sport, sport) && sport[0])
            return cfg->sports[i].type;
        if (!strcmp(cfg->sports[i].sport, "other"))
            other = cfg->sports[i].type;
    }
    return other;
}

void recov_sport_normalise(const char *text, char *out, size_t n)
{
    size_t o = 0;
    int gap = 0;
    if (!n)
        return;
    for (const unsigned char *p = (const unsigned char *)text; *p && o + 1 < n; p++) {
        if (isspace(*p) || *p == '-' || *p == '/' || *p == '_') {
            gap = o > 0;
            continue;
        }
        if (gap && o + 2 < n)
            out[o++] = '_';
        gap = 0;
        out[o++] = (char)tolower(*p);
    }
    out[o] = '\0';
}

/* The type a sport's name maps to by name, or NULL (no fallback to
 * "other": a word typed on the command line is not a recording's sport). */
static const char *sport_named(const struct recov_config *cfg, const char *sport)
{
    for (size_t i = 0; *sport && i < cfg->nsports; i++)
        if (!strcmp(cfg->sports[i].sport, sport) && strcmp(sport, "other") != 0)
            return cfg->sports[i].type;
    return NULL;
}

int recov_config_sport_listed(const struct recov_config *cfg, const char *sport)
{
    return sport_named(cfg, sport) != NULL;
}

const struct recov_workout_type *recov_config_type_said(const struct recov_config *cfg,
                                                       const char *name)
{
    const struct recov_workout_type *t = recov_config_type(cfg, name);
    if (t)
        return t;
    char sport[64];
    recov_sport_normalise(name, sport, sizeof sport);
    const char *as = sport_named(cfg, sport);
    return as ? recov_config_type(cfg, as) : NULL;
}

int recov_config_type_unknown(const struct recov_config *cfg, const char *name)
{
    const char **names = calloc(cfg->ntypes + 1, sizeof *names);
    char list[512] = "";
    for (size_t i = 0; names && i < cfg->ntypes; i++) {
        names[i] = cfg->types[i].name;
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "",
                 names[i]);
    }
    const char *near = names ? recov_nearest(name, names, cfg->ntypes) : NULL;
    free(names);
    if (near)
        recov_error_set("workout type '%s': unknown; did you mean '%s'?", name, near);
    else
        recov_error_set("workout type '%s': unknown; known types: %s (add more as "
                        "[workout.NAME] in the config)",
                        name, list);
    return RECOV_EINPUT;
}
