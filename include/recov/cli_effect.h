/* cli_effect: what an operation did to the log, as a person or a script reads it. */
#ifndef RECOV_CLI_EFFECT_H
#define RECOV_CLI_EFFECT_H

#include <jansson.h>

#include "recov/cli.h"
#include "recov/journal.h"

/* Prints one line per entry that went ("removed #3 ..."), came back
 * ("restored #3 ...") or changed ("was #5 ..." then "now  #5 ..."); a long
 * list is cut after a screenful with a count of the rest. */
void recov_cli_effect_print(const struct recov_cli *cli, const struct recov_effect *effect);

/* The same as one JSON object: {"action", "operation": {"id", "command"},
 * "dry_run", "added", "removed", "changed": [{"before", "after"}]}
 * (documented in docs/json.md). NULL when out of memory. */
json_t *recov_cli_effect_json(const char *action, const struct recov_effect *effect, int dry_run);

/* `recov undo` (undo = 1) and `recov redo` (undo = 0): the one runner both
 * commands share. Returns the exit status. */
/* The options undo and redo share. */
extern const struct recov_option recov_undo_redo_options[];
int recov_cli_undo_redo(const struct recov_command *cmd, int undo, struct recov_cli *cli,
                        int argc, char **argv);

#endif
