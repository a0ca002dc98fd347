/* cmd_help: `recov help [COMMAND|regions|when]` and the overview. */
#include <stdio.h>
#include <string.h>

#include "recov/cli.h"
#include "recov/error.h"
#include "recov/range.h"
#include "recov/vocab.h"
#include "recov/when.h"

void recov_help_overview(FILE *f)
{
    fprintf(f, "usage: recov [--now WHEN] [--db PATH] [--config PATH] [--color=WHEN] COMMAND "
               "[ARGS]\n\n"
               "recov keeps a log of workouts, soreness and recovery, and turns it into\n"
               "advice, reminders and weekly summaries. It gives general information,\n"
               "not a diagnosis: see a clinician for pain that persists or worries you.\n\n"
               "commands:\n");
    for (size_t i = 0; recov_commands[i]; i++)
        if (!recov_commands[i]->hidden)
            fprintf(f, "  %-9s %s\n", recov_commands[i]->name, recov_commands[i]->summary);
    fprintf(f, "\nglobal options (before or after the command):\n");
    for (const struct recov_global_option *o = recov_global_options; o->name; o++)
        fprintf(f, "  %-15s %s\n", o->usage, o->help);
    fprintf(f, "\nhelp topics: 'recov help COMMAND', 'recov help regions', 'recov help when'\n"
               "\nexamples:\n"
               "  recov log run 45m --rpe 7\n"
               "  recov sore quads 5 calves 3\n"
               "  recov did stretch 10m\n"
               "  recov suggest\n"
               "  recov summary :lastweek\n");
}

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

#define FORM_WIDTH 26 /* the example column */

/* One form a line: the example, then its meaning wrapped to 79 columns. */
static void forms(const struct recov_when_form *f)
{
    const int indent = 2 + FORM_WIDTH + 1, room = 79 - indent;
    for (; f->example; f++) {
        printf("  %-*s ", FORM_WIDTH, f->example);
        const char *text = f->meaning;
        while ((int)strlen(text) > room) {
            int cut = room;
            while (cut > 0 && text[cut] != ' ')
                cut--;
            if (cut == 0)
                break;
            printf("%.*s\n%*s", cut, text, indent, "");
            text += cut + 1;
        }
        printf("%s\n", text);
    }
}

static int topic_when(void)
{
    printf("WHEN (for --at and --now), local time unless an offset is given:\n");
    forms(recov_when_forms);
    printf("A time in the future is refused (except for --now), so is one before\n"
           "2000-01-01, and so is a local time that the clocks skip when daylight\n"
           "saving starts (the message names the valid times around it); a time that\n"
           "happens twice when it ends is the first of the two.\n\n"
           "RANGE (for history and summary), whole local days:\n");
    forms(recov_range_forms);
    printf("\nSee recov-dates(7) for the details.\n");
    return RECOV_EXIT_OK;
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    (void)cli;
    if (argc == 0) {
        recov_help_overview(stdout);
        return RECOV_EXIT_OK;
    }
    if (argc > 1) {
        recov_error_set("help: expected one topic, got %d; try 'recov help %s'", argc, argv[0]);
        return recov_cli_fail(RECOV_EINPUT);
    }
    if (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0)
        return recov_cli_help(&recov_cmd_help, stdout);
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

static const struct recov_option options[] = {{NULL, 0}};

const struct recov_command recov_cmd_help = {
    "help", run, "help [COMMAND|regions|when]", "help on a command, the regions or WHEN",
    "Without a topic: the overview, as 'recov --help'.\n"
    "COMMAND  that command's usage and options (also 'recov COMMAND --help')\n"
    "regions  the body regions, their aliases, soreness flags and recovery actions\n"
    "when     every way to write a time (--at, --now) and a range of days\n",
    .options = options,
};
