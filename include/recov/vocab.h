/* vocab: the fixed words recov understands: regions, flags, actions, types. */
#ifndef RECOV_VOCAB_H
#define RECOV_VOCAB_H

#include <stddef.h>
#include <stdint.h>

enum recov_region {
    RECOV_REGION_NECK, RECOV_REGION_SHOULDERS, RECOV_REGION_CHEST,
    RECOV_REGION_UPPER_BACK, RECOV_REGION_LOWER_BACK, RECOV_REGION_ARMS,
    RECOV_REGION_FOREARMS, RECOV_REGION_CORE, RECOV_REGION_GLUTES,
    RECOV_REGION_HIPS, RECOV_REGION_QUADS, RECOV_REGION_HAMSTRINGS,
    RECOV_REGION_CALVES, RECOV_REGION_SHINS, RECOV_REGION_KNEES,
    RECOV_REGION_ANKLES, RECOV_REGION_FEET,
    RECOV_REGION_COUNT
};
#define RECOV_REGION_ALL ((1u << RECOV_REGION_COUNT) - 1u)
#define RECOV_REGION_BIT(r) (1u << (r))

/* The limb a region belongs to: an urgent or acute injury of a limb region
 * rules some advice out for the whole limb, and a session that works the
 * leg loads its joints. */
enum recov_limb { RECOV_LIMB_NONE, RECOV_LIMB_LEG, RECOV_LIMB_ARM };
enum recov_limb recov_region_limb(int region);
const char *recov_limb_name(enum recov_limb limb);
/* The score to show in "a region goes first, then its score" for a bare
 * number typed where a region was expected: the number itself when it is a
 * score (0-10), else "4". */
const char *recov_score_example(const char *word);
/* 1 for the knees and the ankles: joints, where the evidence for massage
 * and foam rolling, which is for sore muscles, does not reach. */
int recov_region_is_joint(int region);

/* Soreness flags, stored as a bit mask. */
enum recov_flag {
    RECOV_FLAG_SHARP = 1 << 0,
    RECOV_FLAG_SWELLING = 1 << 1,
    RECOV_FLAG_NUMBNESS = 1 << 2,
    RECOV_FLAG_TINGLING = 1 << 3,
    RECOV_FLAG_SPRAIN = 1 << 4,
    RECOV_FLAG_RADIATING = 1 << 5,
    RECOV_FLAG_DARK_URINE = 1 << 6,
    /* Cauda-equina signs (NHS sciatica): numbness in both legs, numbness
     * around the genitals or anus, a change in bladder or bowel control. */
    RECOV_FLAG_BOTH_LEGS_NUMB = 1 << 7,
    RECOV_FLAG_SADDLE_NUMBNESS = 1 << 8,
    RECOV_FLAG_BLADDER_BOWEL = 1 << 9,
};
#define RECOV_FLAG_COUNT 10

/* Regions that come in pairs may carry a side; one without a side is the
 * region as a whole (or a side the person did not name). */
enum recov_side { RECOV_SIDE_NONE, RECOV_SIDE_LEFT, RECOV_SIDE_RIGHT };
#define RECOV_SIDE_COUNT 3

extern const char *const recov_region_names[RECOV_REGION_COUNT];
/* "left", "right"; "" for RECOV_SIDE_NONE. */
extern const char *const recov_side_names[RECOV_SIDE_COUNT];
extern const char *const recov_flag_names[RECOV_FLAG_COUNT];
extern const char *const recov_action_names[];
extern const size_t recov_action_count;

/* 1 when a word a person typed names the same thing as a name of recov's
 * vocabulary or config: names are matched without regard to (ASCII) case,
 * so "Quads" is quads and "Run" is run. */
int recov_name_equal(const char *a, const char *b);
/* Index of a canonical region name, or -1. Aliases are the config's job. */
int recov_region_index(const char *name);
/* RECOV_SIDE_LEFT or RECOV_SIDE_RIGHT for "left"/"right", else -1. */
int recov_side_index(const char *name);
/* 1 when the region comes in pairs (shoulders, calves, ...). */
int recov_region_paired(int region);
/* One of a pair, as a person says it: "calf" for calves, "foot" for feet. */
const char *recov_region_singular(int region);
/* "left calf", or the region's name when side is RECOV_SIDE_NONE. */
void recov_place_format(int region, int side, char *buf, size_t n);
/* The same, saying when a paired region was logged without a side: "calves
 * (logged without a side)", never read as both calves or as either one. */
void recov_place_label(int region, int side, char *buf, size_t n);
/* Index of a canonical flag name (bit position), or -1. */
int recov_flag_index(const char *name);
/* Index into recov_action_names, or -1. */
int recov_action_index(const char *name);
/* RECOV_OK when minutes is a plausible time for the action, else
 * RECOV_EINPUT with a message quoting said, the duration as typed. */
int recov_action_minutes_check(int action, int minutes, const char *said);
/* Writes "quads, calves" for a region mask; "" for none. */
void recov_regions_format(uint32_t mask, const char *sep, char *buf, size_t n);
/* Writes "left calf, left foot" for a mask of regions on one side (as
 * recov_regions_format without a side). */
void recov_places_format(uint32_t mask, int side, const char *sep, char *buf, size_t n);
/* Writes "swelling, sharp" for a flag mask. */
void recov_flags_format(unsigned flags, const char *sep, char *buf, size_t n);

/* The candidate closest to word by edit distance, or NULL when none is
 * close enough to be a plausible typo. */
const char *recov_nearest(const char *word, const char *const *candidates, size_t n);
/* 1 when word is one of the n words, letter case aside. */
int recov_word_is_one_of(const char *word, const char *const *words, size_t n);

#endif
