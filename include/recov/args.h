/* args: a command's options and positional words, checked against a table. */
#ifndef RECOV_ARGS_H
#define RECOV_ARGS_H

#include <stddef.h>

#define RECOV_ARGS_MAX 128

struct recov_option {
    const char *name;  /* without the leading "--" */
    int takes_value;
};

struct recov_args {
    const char *pos[RECOV_ARGS_MAX];
    int npos;
    struct {
        const char *name;  /* the table's spelling */
        const char *value; /* "" for a flag */
        int after;         /* positional words given before it (npos then) */
    } opt[RECOV_ARGS_MAX];
    int nopt;
    int help;              /* --help or -h was given */
};

/* Splits argv (after the command name) into options from table (terminated
 * by a {NULL} row) and positional words. "--name=value" and "--name value"
 * both work; "--" ends options; "-1" and "-" are positional words.
 * Returns 0 or RECOV_EINPUT with a message naming the valid options. */
int recov_args_parse(const char *command, int argc, char **argv,
                     const struct recov_option *table, struct recov_args *out);
/* The last value given for name, or NULL when absent. */
const char *recov_args_get(const struct recov_args *a, const char *name);
/* Every value given for name, in order; returns how many (at most max). */
size_t recov_args_all(const struct recov_args *a, const char *name, const char **out,
                      size_t max);

#endif
