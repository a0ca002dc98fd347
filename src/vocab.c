/* vocab: the fixed words recov understands and their canonical spelling. */
#include "recov/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recov/error.h"
#include "recov/when.h"

const char *const recov_region_names[RECOV_REGION_COUNT] = {
    "neck", "shoulders", "chest", "upper-back", "lower-back", "arms",
    "forearms", "core", "glutes", "hips", "quads", "hamstrings",
    "calves", "shins", "knees", "ankles", "feet",
};

const char *const recov_side_names[RECOV_SIDE_COUNT] = {"", "left", "right"};

/* NULL: the region does not come in pairs. */
static const char *const singular[RECOV_REGION_COUNT] = {
    [RECOV_REGION_SHOULDERS] = "shoulder", [RECOV_REGION_ARMS] = "arm",
    [RECOV_REGION_FOREARMS] = "forearm",   [RECOV_REGION_GLUTES] = "glute",
    [RECOV_REGION_HIPS] = "hip",           [RECOV_REGION_QUADS] = "quad",
    [RECOV_REGION_HAMSTRINGS] = "hamstring", [RECOV_REGION_CALVES] = "calf",
    [RECOV_REGION_SHINS] = "shin",         [RECOV_REGION_KNEES] = "knee",
    [RECOV_REGION_ANKLES] = "ankle",       [RECOV_REGION_FEET] = "foot",
};

const char *const recov_flag_names[RECOV_FLAG_COUNT] = {
    "sharp", "swelling", "numbness", "tingling", "sprain", "radiating", "dark-urine",
    "both-legs-numb", "saddle-numbness", "bladder-bowel",
};

const char *const recov_action_names[] = {
    "stretch", "yoga", "bath", "massage", "foam-roll", "ice", "walk", "rest", "sleep",
};
const size_t recov_action_count = sizeof recov_action_names / sizeof *recov_action_names;

/* The longest plausible time for each action: a guard against a unit typed
 * wrong ("did bath 20h" for 20m), not advice on how long to do it. Rest
 * and sleep may fill a day; a walk, a long one. */
static const int action_max_minutes[] = {180, 240, 180, 180, 120, 120, 720, 1440, 1440};
_Static_assert(sizeof action_max_minutes / sizeof *action_max_minutes ==
                   sizeof recov_action_names / sizeof *recov_action_names,
               "one maximum per action");

int recov_action_minutes_check(int action, int minutes, const char *said)
{
    int max = action_max_minutes[action];
    if (minutes <= max)
        return RECOV_OK;
    char most[32];
    recov_duration_format(max, most, sizeof most);
    /* Whole hours that would fit as minutes were most likely meant so. */
    char meant[48] = "";
    if (minutes % 60 == 0 && minutes / 60 <= max)
        snprintf(meant, sizeof meant, "; did you mean '%dm'?", minutes / 60);
    recov_error_set("duration '%s': too long for %s (at most %s)%s", said,
                    recov_action_names[action], most, meant);
    return RECOV_EINPUT;
}

int recov_name_equal(const char *a, const char *b)
{
    return strcasecmp(a, b) == 0;
}

static int index_of(const char *name, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (recov_name_equal(name, names[i]))
            return (int)i;
    return -1;
}

int recov_region_index(const char *name)
{
    return index_of(name, recov_region_names, RECOV_REGION_COUNT);
}

int recov_side_index(const char *name)
{
    int i = index_of(name, recov_side_names, RECOV_SIDE_COUNT);
    return i > 0 ? i : -1;
}

int recov_region_paired(int region)
{
    return region >= 0 && region < RECOV_REGION_COUNT && singular[region] != NULL;
}

const char *recov_region_singular(int region)
{
    return recov_region_paired(region) ? singular[region] : NULL;
}

void recov_place_format(int region, int side, char *buf, size_t n)
{
    const char *name = region >= 0 && region < RECOV_REGION_COUNT ? recov_region_names[region]
                                                                  : "?";
    if (side > RECOV_SIDE_NONE && side < RECOV_SIDE_COUNT && recov_region_paired(region))
        snprintf(buf, n, "%s %s", recov_side_names[side], singular[region]);
    else
        snprintf(buf, n, "%s", name);
}

void recov_place_label(int region, int side, char *buf, size_t n)
{
    recov_place_format(region, side, buf, n);
    if (side == RECOV_SIDE_NONE && recov_region_paired(region)) {
        size_t used = strlen(buf);
        snprintf(buf + used, n - used, " (logged without a side)");
    }
}

int recov_flag_index(const char *name)
{
    return index_of(name, recov_flag_names, RECOV_FLAG_COUNT);
}

int recov_action_index(const char *name)
{
    return index_of(name, recov_action_names, recov_action_count);
}

/* Joins the names of the set bits of mask, in table order. */
static void join_bits(unsigned mask, const char *const *names, size_t count,
                      const char *sep, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < count && used < n; i++) {
        if (!(mask & (1u << i)))
            continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? sep : "", names[i]);
        if (w < 0)
            return;
        used += (size_t)w;
    }
}

void recov_regions_format(uint32_t mask, const char *sep, char *buf, size_t n)
{
    join_bits(mask, recov_region_names, RECOV_REGION_COUNT, sep, buf, n);
}

void recov_places_format(uint32_t mask, int side, const char *sep, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int r = 0; r < RECOV_REGION_COUNT && used < n; r++) {
        char place[64];
        if (!(mask & RECOV_REGION_BIT(r)))
            continue;
        recov_place_format(r, side, place, sizeof place);
        int w = snprintf(buf + used, n - used, "%s%s", used ? sep : "", place);
        if (w < 0)
            return;
        used += (size_t)w;
    }
}

void recov_flags_format(unsigned flags, const char *sep, char *buf, size_t n)
{
    join_bits(flags, recov_flag_names, RECOV_FLAG_COUNT, sep, buf, n);
}

enum recov_limb recov_region_limb(int region)
{
    switch (region) {
    case RECOV_REGION_GLUTES: case RECOV_REGION_HIPS: case RECOV_REGION_QUADS:
    case RECOV_REGION_HAMSTRINGS: case RECOV_REGION_CALVES: case RECOV_REGION_SHINS:
    case RECOV_REGION_KNEES: case RECOV_REGION_ANKLES: case RECOV_REGION_FEET:
        return RECOV_LIMB_LEG;
    case RECOV_REGION_SHOULDERS: case RECOV_REGION_ARMS: case RECOV_REGION_FOREARMS:
        return RECOV_LIMB_ARM;
    default:
        return RECOV_LIMB_NONE;
    }
}

const char *recov_score_example(const char *word)
{
    return strlen(word) <= 2 && atoi(word) <= 10 ? word : "4";
}

int recov_region_is_joint(int region)
{
    return region == RECOV_REGION_KNEES || region == RECOV_REGION_ANKLES;
}

const char *recov_limb_name(enum recov_limb limb)
{
    static const char *const names[] = {"-", "leg", "arm"};
    return names[limb];
}
