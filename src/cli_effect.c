/* cli_effect: what an operation did to the log, as text lines or JSON. */
#include "recov/cli_effect.h"

#include <stdio.h>

#include "recov/entry_json.h"

/* Lines printed per list before the rest is only counted: undoing a whole
 * imported history must not flood the terminal. */
#define SHOWN 20

static void print_list(const struct recov_cli *cli, const struct recov_entries *list,
                       const char *prefix)
{
    for (size_t i = 0; i < list->n && i < SHOWN; i++)
        recov_cli_print_entry(cli, &list->v[i], prefix);
    if (list->n > SHOWN)
        printf("%s... and %zu more\n", prefix, list->n - SHOWN);
}

void recov_cli_effect_print(const struct recov_cli *cli, const struct recov_effect *effect)
{
    print_list(cli, &effect->removed, "removed ");
    print_list(cli, &effect->added, "restored ");
    for (size_t i = 0; i < effect->before.n && i < SHOWN; i++) {
        recov_cli_print_entry(cli, &effect->before.v[i], "was ");
        if (i < effect->after.n)
            recov_cli_print_entry(cli, &effect->after.v[i], "now ");
    }
    if (effect->before.n > SHOWN)
        printf("... and %zu more changed\n", effect->before.n - SHOWN);
    if (effect->reminders || effect->reminders_kept)
        printf("%zu reminder%s set back, %zu left as %s (shown or replaced since)\n",
               effect->reminders, effect->reminders == 1 ? "" : "s", effect->reminders_kept,
               effect->reminders_kept == 1 ? "it is" : "they are");
}

static json_t *entries_json(const struct recov_entries *list)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < list->n; i++)
        json_array_append_new(a, recov_entry_to_json(&list->v[i], 1));
    return a;
}

json_t *recov_cli_effect_json(const char *action, const struct recov_effect *effect, int dry_run)
{
    json_t *o = json_object(), *changed = json_array();
    for (size_t i = 0; changed && i < effect->before.n && i < effect->after.n; i++)
        json_array_append_new(changed,
                              json_pack("{s:o, s:o}", "before",
                                        recov_entry_to_json(&effect->before.v[i], 1), "after",
                                        recov_entry_to_json(&effect->after.v[i], 1)));
    json_object_set_new(o, "action", json_string(action));
    json_object_set_new(o, "operation", json_pack("{s:I, s:s}", "id", (json_int_t)effect->op,
                                                  "command", effect->command));
    json_object_set_new(o, "dry_run", json_boolean(dry_run));
    json_object_set_new(o, "added", entries_json(&effect->added));
    json_object_set_new(o, "removed", entries_json(&effect->removed));
    json_object_set_new(o, "changed", changed);
    json_object_set_new(o, "reminders", json_integer((json_int_t)effect->reminders));
    json_object_set_new(o, "reminders_kept", json_integer((json_int_t)effect->reminders_kept));
    return o;
}
