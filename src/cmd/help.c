/* cmd_help: `recov help [COMMAND|regions|when]`. */
#include <stdio.h>
#include <string.h>

#include "recov/cli.h"
#include "recov/error.h"
#include "recov/vocab.h"

static int topic_regions(void)
{
    printf("regions:");
    for (int r = 0; r < RECOV_REGION_COUNT; r++)
        printf(" %s", recov_region_names[r]);
    printf("\naliases: thighs=quads, back=lower-back, waist=lower-back, "
           "legs=quads+hamstrings+calves,\n  singular forms (calf, quad, knee ...), abs=core, "
           "and [regions] in the config\nflags:");
    for (int f = 0; f < RECOV_FLAG_COUNT; f++)
        printf(" %s", recov_flag_names[f]);
    printf("\nactions:");
    for (size_t i = 0; i < recov_action_count; i++)
        printf(" %s", recov_action_names[i]);
    printf("\n");
    return RECOV_EXIT_OK;
}

static int topic_when(void)
{
    printf("WHEN (for --at, --now and ranges), local time unless an offset is given:\n"
           "  now, today, yesterday, HH:MM (today), 'yesterday 18:30', '2h ago', '3d ago',\n"
           "  '90m ago', a weekday (mon ... sun: the most recent one before today),\n"
           "  YYYY-MM-DD, 'YYYY-MM-DD HH:MM', ISO 8601 (2026-11-20T17:15:00Z, ...+01:00)\n"
           "A time in the future is refused (except for --now).\n");
    return RECOV_EXIT_OK;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    (void)cli;
    if (argc == 0) {
        printf("usage: recov help COMMAND|regions|when\n\ncommands:");
        for (size_t i = 0; recov_commands[i]; i++)
            printf(" %s", recov_commands[i]->name);
        printf("\n");
        return RECOV_EXIT_OK;
    }
    if (strcmp(argv[0], "regions") == 0)
        return topic_regions();
    if (strcmp(argv[0], "when") == 0)
        return topic_when();
    const struct recov_command *cmd = recov_command_find(argv[0]);
    if (!cmd) {
        recov_error_set("help: unknown topic '%s'; try a command name, 'regions' or 'when'",
                        argv[0]);
        return recov_cli_fail(RECOV_EINPUT);
    }
    return recov_cli_help(cmd, stdout);
}

const struct recov_command recov_cmd_help = {
    "help", run, "help [COMMAND|regions|when]", "help on a command, the regions or WHEN",
    "",
};
