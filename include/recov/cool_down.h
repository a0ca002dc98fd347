/* cool_down: which logged entries count as a cool-down after a session. */
#ifndef RECOV_COOL_DOWN_H
#define RECOV_COOL_DOWN_H

#include <stddef.h>
#include <time.h>

#include "recov/config.h"
#include "recov/entry.h"

/* 1 when e is a cool-down by [remind] cooldown_actions: a recovery action
 * or a workout type named there (did stretch, log walk). Suggest and the
 * reminders ask the same names. */
int recov_cools_down(const struct recov_config *cfg, const struct recov_entry *e);
/* Sessions below this RPE (CR-10 1 "very very easy", 2 "easy") are already
 * as easy as the 5-10 min of easy walking a cool-down asks for. */
#define RECOV_COOLDOWN_MIN_RPE 3
/* A session of a type that is itself a cool-down (a walk, yoga) up to this
 * RPE (CR-10 4, "somewhat hard") is one already: "cool down with an easy
 * walk" after an hour's walk is noise. */
#define RECOV_COOLDOWN_ITSELF_MAX_RPE 4
/* 1 when the workout e calls for a cool-down (advice and reminder alike). */
int recov_wants_cool_down(const struct recov_config *cfg, const struct recov_entry *e);
/* When the moment for the workout w's cool-down is over: [advice]
 * cooldown_hours after it ended. Suggest stops offering it then, and the
 * cool-down reminder expires by then, so the two never disagree. */
time_t recov_cool_down_window_end(const struct recov_config *cfg, const struct recov_entry *w);
/* Those names for a sentence: "walk, stretch, yoga or foam-roll" (or that
 * none counts). */
void recov_cool_down_names(const struct recov_config *cfg, char *buf, size_t n);
/* Those names as a JSON array of strings, for the reminders' query. */
void recov_cool_down_json(const struct recov_config *cfg, char *buf, size_t n);

#endif
