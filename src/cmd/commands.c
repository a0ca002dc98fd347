/* commands: the command table of recov. */
#include "recov/cli.h"

const struct recov_command *const recov_commands[] = {
    &recov_cmd_log,     &recov_cmd_sore,   &recov_cmd_did,    &recov_cmd_well,   &recov_cmd_checkin, &recov_cmd_suggest,
    &recov_cmd_summary, &recov_cmd_report, &recov_cmd_history, &recov_cmd_edit,   &recov_cmd_rm,     &recov_cmd_undo,
    &recov_cmd_redo,    &recov_cmd_remind,  &recov_cmd_export, &recov_cmd_import, &recov_cmd_config,
    &recov_cmd_sync,    &recov_cmd_demo,   &recov_cmd_help,   &recov_cmd_complete, NULL,
};
