/* cmd_redo: `recov redo`: repeat what the latest undo reverted. */
#include "recov/cli.h"
#include "recov/cli_effect.h"

static int run(struct recov_cli *cli, int argc, char **argv)
{
    return recov_cli_undo_redo(&recov_cmd_redo, 0, cli, argc, argv);
}

const struct recov_command recov_cmd_redo = {
    "redo", run, "redo [--dry-run] [--json]", "repeat the change the latest undo reverted",
    "Each redo repeats one undone operation, newest undo first, until a new\n"
    "change is written: from then on there is nothing to redo.\n\n"
    "--dry-run  print what would change and change nothing\n"
    "--json     print what changed as one object (see docs/json.md)\n",
    .options = recov_undo_redo_options,
};
