/* commands_remind: the command table of recov-remind, the program that
 * talks to the notification server for `recov remind run|daemon`. */
#include "recov/cli.h"

const struct recov_command *const recov_commands[] = {
    &recov_cmd_remind,
    &recov_cmd_help,
    NULL,
};
