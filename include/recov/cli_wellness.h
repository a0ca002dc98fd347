/* cli_wellness: wellness as the commands take and show it. */
#ifndef RECOV_CLI_WELLNESS_H
#define RECOV_CLI_WELLNESS_H

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/entry.h"
#include "recov/wellness_summary.h"

/* The option names: sleep, sleep-quality, fatigue, stress, mood, rhr, hrv. */
#define RECOV_WELLNESS_OPTIONS                                                          \
    {"sleep", 1}, {"sleep-quality", 1}, {"fatigue", 1}, {"stress", 1}, {"mood", 1},     \
        {"rhr", 1}, {"hrv", 1}
/* 1 when name is one of them. */
int recov_wellness_option(const char *name);
/* Sets each item of e given in a. Returns 0 or RECOV_EINPUT (message set). */
int recov_wellness_from_args(const struct recov_args *a, struct recov_entry *e);
/* The Wellness section's table in the summary's text; nothing when none was
 * logged (its flagged days are the summary's, wrapped to its width). */
void recov_cli_wellness_print(const struct recov_cli *cli, const struct recov_wellness_summary *s);

#endif
