/* error: return codes shared by every module and the last error message. */
#ifndef RECOV_ERROR_H
#define RECOV_ERROR_H

/* Modules return 0 on success or one of these; the message explaining a
 * failure is kept by recov_error_set() for the command layer to print. */
enum recov_status {
    RECOV_OK = 0,
    RECOV_EIO = -1,       /* runtime failure: file, database, bus */
    RECOV_EINPUT = -2,    /* the user's input is invalid */
    RECOV_ENOTFOUND = -3, /* the thing named does not exist */
    RECOV_ENOBUS = -4,    /* no session bus or notification server */
};

/* Exit statuses of the recov command. */
enum recov_exit {
    RECOV_EXIT_OK = 0,
    RECOV_EXIT_FAILURE = 1,
    RECOV_EXIT_USAGE = 2,
    RECOV_EXIT_NO_NOTIFY = 3,
};

/* Keeps a one-line message (printf format) for the failure being returned. */
void recov_error_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Like recov_error_set, for bad input: returns RECOV_EINPUT. */
int recov_error_input(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The last message set, or "" when none. Valid until the next set. */
const char *recov_error_get(void);
void recov_error_clear(void);
/* Maps a negative status to the process exit status. */
int recov_exit_status(int status);

#endif
