/* cli_advice: advice as the commands show it: terminal text, JSON, warnings. */
#ifndef RECOV_CLI_ADVICE_H
#define RECOV_CLI_ADVICE_H

#include <stdint.h>

#include <jansson.h>

#include "recov/advice.h"
#include "recov/cli.h"

/* Computes the advice as of cli->now (opening the database; a database not
 * yet created gives no advice and stays absent). only_regions as in
 * advice.h. Returns 0 or RECOV_EIO with a message. */
int recov_cli_advice(struct recov_cli *cli, uint32_t only_regions, struct recov_advice *out);
/* Prints the suggestions on stdout, most important first; lines that say the
 * same for several regions are merged. title goes first unless the list is
 * empty. */
void recov_cli_advice_print(const struct recov_cli *cli, const struct recov_advice *a,
                            const char *title);
/* Prints the short view: one entry per region and side, at most two lines
 * (what to do with the other self-care folded in, and why), mild ones on
 * one line, regions that say the same merged, general entries last. */
void recov_cli_advice_print_short(const struct recov_cli *cli, const struct recov_advice *a);
/* Prints the entries of the short view of a (the same lines, in the same
 * order, as `recov suggest`) that hold a suggestion of shown, and every
 * referral; shown NULL prints them all. Returns how many entries it left
 * out. */
size_t recov_cli_advice_print_some(const struct recov_cli *cli, const struct recov_advice *a,
                                   const struct recov_advice *shown);
/* What a logging command prints: "advice:", the short view's entries about
 * what was logged (kept, a part of all) and every referral, then "N more:
 * recov suggest" for the entries it left out. Nothing when none apply. */
void recov_cli_advice_print_brief(const struct recov_cli *cli, const struct recov_advice *all,
                                  const struct recov_advice *kept);
/* A new JSON array with one object per suggestion (keys in docs/advice.md);
 * NULL when out of memory. */
json_t *recov_cli_advice_json(const struct recov_advice *a);
/* One "recov: warning: ..." line on stderr per clinician or urgent-care
 * referral, so it is seen even when stdout goes to a script; none when
 * stdout is a terminal, where the advice was just printed. */
void recov_cli_advice_warn(const struct recov_advice *a);

#endif
