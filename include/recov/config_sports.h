/* config_sports: [import.types], the workout type each imported sport becomes. */
#ifndef RECOV_CONFIG_SPORTS_H
#define RECOV_CONFIG_SPORTS_H

#include "recov/config.h"

/* Adds the built-in mapping (config/recov.ini lists it) to cfg. */
void recov_config_sports_defaults(struct recov_config *cfg);
/* Maps sport (normalised: lowercase, '_' between words) to type, replacing
 * an earlier mapping. Returns 0, or -1 when a name is empty or too long or
 * the table is full. The type is checked later (recov_config_sports_check):
 * [workout.NAME] sections may follow. */
int recov_config_sport_set(struct recov_config *cfg, const char *sport, const char *type,
                           int from_file);
/* The first mapping from the file to a type that does not exist, or NULL. */
const struct recov_sport_type *recov_config_sports_check(const struct recov_config *cfg);
/* The workout type for an imported sport, from [import.types]; a sport it
 * does not name, or "", takes the type of the key "other". */
const char *recov_config_sport_type(const struct recov_config *cfg, const char *sport);
/* 1 when [import.types] names sport (normalised) itself, 0 when it takes
 * the type of "other". */
int recov_config_sport_listed(const struct recov_config *cfg, const char *sport);
/* A sport's name as recordings write it ("Trail Running", "e-bike ride"),
 * lowercased into out, runs of spaces, '-', '/' and '_' as one '_'. */
void recov_sport_normalise(const char *text, char *out, size_t n);
/* The workout type a person means by name: the type of that name, else
 * the one an import gives a sport of that name ("ride" is cycle, "jog"
 * run), else NULL. */
const struct recov_workout_type *recov_config_type_said(const struct recov_config *cfg,
                                                       const char *name);
/* Sets the message for a workout type that recov_config_type_said does not
 * know: the nearest type, else the list. Returns RECOV_EINPUT. */
int recov_config_type_unknown(const struct recov_config *cfg, const char *name);

#endif
