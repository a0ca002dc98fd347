/* cool_down: which logged entries count as a cool-down after a session. */
#ifndef RECOV_COOL_DOWN_H
#define RECOV_COOL_DOWN_H

#include <stddef.h>

#include "recov/config.h"
#include "recov/entry.h"

/* 1 when e is a cool-down by [remind] cooldown_actions: a recovery action
 * or a workout type named there (did stretch, log walk). Suggest and the
 * reminders ask the same names. */
int recov_cools_down(const struct recov_config *cfg, const struct recov_entry *e);
/* Those names for a sentence: "walk, stretch, yoga or foam-roll" (or that
 * none counts). */
void recov_cool_down_names(const struct recov_config *cfg, char *buf, size_t n);
/* Those names as a JSON array of strings, for the reminders' query. */
void recov_cool_down_json(const struct recov_config *cfg, char *buf, size_t n);

#endif
