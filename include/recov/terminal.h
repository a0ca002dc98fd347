/* terminal: `recov checkin` opened in a terminal, from a notification's button. */
#ifndef RECOV_TERMINAL_H
#define RECOV_TERMINAL_H

/* The command line that runs `RECOV [--db DB] [--config CONFIG] checkin` in
 * a terminal: the configured command's words (shell quoting), with the
 * recov command appended; for "auto", $TERMINAL -e, else
 * x-terminal-emulator -e (Debian's alternative). db and config may be NULL
 * or "". *argv is NULL-terminated; free it with g_strfreev. Returns 0, or
 * RECOV_EINPUT when the command cannot be split (message set). */
int recov_terminal_argv(const char *configured, const char *recov, const char *db,
                        const char *config, char ***argv);
/* Starts argv without waiting for it (no zombie is left behind). Returns 0,
 * or RECOV_EIO when it cannot be started (message set). */
int recov_terminal_start(char **argv);

#endif
