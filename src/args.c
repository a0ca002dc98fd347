/* args: a command's options and positional words, checked against a table. */
#include "recov/args.h"

#include <stdio.h>
#include <string.h>

#include "recov/error.h"
#include "recov/vocab.h"

static const struct recov_option *find(const struct recov_option *table, const char *name,
                                       size_t len)
{
    for (const struct recov_option *o = table; o->name; o++)
        if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
            return o;
    return NULL;
}

/* "recov: log: unknown option '--rpee'; did you mean '--rpe'?" */
static int unknown_option(const char *command, const char *arg,
                          const struct recov_option *table)
{
    const char *names[64];
    char list[512] = "";
    size_t n = 0, used = 0;
    for (const struct recov_option *o = table; o->name && n < 64; o++) {
        names[n++] = o->name;
        int w = snprintf(list + used, sizeof list - used, "%s--%s", used ? ", " : "", o->name);
        if (w > 0 && (size_t)w < sizeof list - used)
            used += (size_t)w;
    }
    const char *word = arg + strspn(arg, "-");
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(word, "="), word);
    const char *near = recov_nearest(name, names, n);
    if (near)
        recov_error_set("%s: unknown option '%s'; did you mean '--%s'?", command, arg, near);
    else if (n)
        recov_error_set("%s: unknown option '%s'; valid options: %s, and the global "
                        "--now, --db, --config",
                        command, arg, list);
    else
        recov_error_set("%s: unknown option '%s'; this command takes no options", command, arg);
    return RECOV_EINPUT;
}

static int is_option(const char *arg)
{
    /* Negative numbers and a lone "-" (stdin) are words, not options. */
    return arg[0] == '-' && arg[1] != '\0' && !(arg[1] >= '0' && arg[1] <= '9');
}

int recov_args_parse(const char *command, int argc, char **argv,
                     const struct recov_option *table, struct recov_args *out)
{
    memset(out, 0, sizeof *out);
    int only_words = 0;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (only_words || !is_option(arg)) {
            if (out->npos == RECOV_ARGS_MAX)
                goto too_many;
            out->pos[out->npos++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_words = 1;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            out->help = 1;
            continue;
        }
        if (arg[1] != '-')
            return unknown_option(command, arg, table);
        const char *name = arg + 2, *eq = strchr(name, '=');
        const struct recov_option *o = find(table, name, eq ? (size_t)(eq - name) : strlen(name));
        if (!o)
            return unknown_option(command, arg, table);
        const char *value = "";
        if (o->takes_value) {
            if (eq)
                value = eq + 1;
            else if (i + 1 < argc)
                value = argv[++i];
            else {
                recov_error_set("%s: option '--%s' needs a value", command, o->name);
                return RECOV_EINPUT;
            }
        } else if (eq) {
            recov_error_set("%s: option '--%s' takes no value", command, o->name);
            return RECOV_EINPUT;
        }
        if (out->nopt == RECOV_ARGS_MAX)
            goto too_many;
        out->opt[out->nopt].name = o->name;
        out->opt[out->nopt].after = out->npos;
        out->opt[out->nopt++].value = value;
    }
    return RECOV_OK;
too_many:
    recov_error_set("%s: too many arguments (at most %d)", command, RECOV_ARGS_MAX);
    return RECOV_EINPUT;
}

const char *recov_args_get(const struct recov_args *a, const char *name)
{
    const char *v = NULL;
    for (int i = 0; i < a->nopt; i++)
        if (strcmp(a->opt[i].name, name) == 0)
            v = a->opt[i].value;
    return v;
}

size_t recov_args_all(const struct recov_args *a, const char *name, const char **out, size_t max)
{
    size_t n = 0;
    for (int i = 0; i < a->nopt && n < max; i++)
        if (strcmp(a->opt[i].name, name) == 0)
            out[n++] = a->opt[i].value;
    return n;
}
