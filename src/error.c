/* error: the last error message, kept for the command layer to print. */
#include "recov/error.h"

#include <stdarg.h>
#include <stdio.h>

static _Thread_local char message[1024];

void recov_error_set(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
}

int recov_error_input(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return RECOV_EINPUT;
}

const char *recov_error_get(void)
{
    return message;
}

void recov_error_clear(void)
{
    message[0] = '\0';
}

int recov_exit_status(int status)
{
    switch (status) {
    case RECOV_OK:
        return RECOV_EXIT_OK;
    case RECOV_EINPUT:
    case RECOV_ENOTFOUND:
        return RECOV_EXIT_USAGE;
    case RECOV_ENOBUS:
        return RECOV_EXIT_NO_NOTIFY;
    default:
        return RECOV_EXIT_FAILURE;
    }
}
