/* remind/terminal: `recov checkin` opened in a terminal, from a notification's button. */
#include "recov/terminal.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "recov/error.h"

#define FALLBACK_TERMINAL "x-terminal-emulator"

/* The terminal's own words, before the command it runs. */
static int terminal_words(const char *configured, GPtrArray *out)
{
    const char *env = getenv("TERMINAL");
    int with_e = strcmp(configured, "auto") == 0;
    const char *line = !with_e ? configured : env && *env ? env : FALLBACK_TERMINAL;
    char **words = NULL;
    GError *err = NULL;
    if (!g_shell_parse_argv(line, NULL, &words, &err)) {
        recov_error_set("terminal '%s': %s; give a command such as 'xterm -e'", line,
                        err->message);
        g_error_free(err);
        return RECOV_EINPUT;
    }
    for (char **w = words; *w; w++)
        g_ptr_array_add(out, g_strdup(*w));
    g_strfreev(words);
    /* $TERMINAL and x-terminal-emulator take the command after -e, as
     * i3-sensible-terminal and Debian's alternatives do. */
    if (with_e)
        g_ptr_array_add(out, g_strdup("-e"));
    return RECOV_OK;
}

int recov_terminal_argv(const char *configured, const char *recov, const char *db,
                        const char *config, char ***argv)
{
    GPtrArray *v = g_ptr_array_new();
    *argv = NULL;
    if (terminal_words(configured, v)) {
        g_ptr_array_add(v, NULL);
        g_strfreev((char **)g_ptr_array_free(v, FALSE));
        return RECOV_EINPUT;
    }
    g_ptr_array_add(v, g_strdup(recov));
    if (db && *db) {
        g_ptr_array_add(v, g_strdup("--db"));
        g_ptr_array_add(v, g_strdup(db));
    }
    if (config && *config) {
        g_ptr_array_add(v, g_strdup("--config"));
        g_ptr_array_add(v, g_strdup(config));
    }
    g_ptr_array_add(v, g_strdup("checkin"));
    g_ptr_array_add(v, NULL);
    *argv = (char **)g_ptr_array_free(v, FALSE);
    return RECOV_OK;
}

int recov_terminal_start(char **argv)
{
    GError *err = NULL;
    /* Without G_SPAWN_DO_NOT_REAP_CHILD GLib forks twice: the terminal is
     * nobody's child here and leaves no zombie when it exits. */
    if (!g_spawn_async(NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &err)) {
        recov_error_set("cannot open a terminal '%s': %s; set [checkin] terminal", argv[0],
                        err->message);
        g_error_free(err);
        return RECOV_EIO;
    }
    return RECOV_OK;
}
