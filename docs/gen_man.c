/* gen_man: writes the manual pages that list what recov's tables hold
 * (the config keys, the time and range words), so that they cannot drift
 * from the program. Usage: gen_man ini|dates TEMPLATE OUT: the line
 * "@GENERATED@" of TEMPLATE becomes the list (and "@RANGES@" the ranges),
 * @VERSION@ the version. Built and run at build time, never installed. */
#include <stdio.h>
#include <string.h>

#include "recov/config.h"
#include "recov/range.h"
#include "recov/when.h"

/* Text for roff: "-" is a minus in option and date syntax, "\" is written
 * as \e, lines are broken at spaces to stay within 72 columns (mandoc -T
 * lint asks for at most 80), and no line starts with a control character.
 * column is where the text starts on the current line. */
static void roff(FILE *out, const char *s, int column)
{
    for (; *s; s++) {
        if (*s == ' ' && column + 1 + (int)strcspn(s + 1, " ") > 72) {
            fputc('\n', out);
            column = 0;
            continue;
        }
        if (column == 0 && (*s == '.' || *s == '\''))
            column += fprintf(out, "\\&");
        if (*s == '-')
            column += fprintf(out, "\\-");
        else if (*s == '\\')
            column += fprintf(out, "\\e");
        else
            column += fputc(*s, out) != EOF;
    }
}

static void keys(FILE *out)
{
    struct recov_config cfg;
    const char *section = "";
    recov_config_defaults(&cfg);
    for (size_t i = 0; i < recov_config_key_count(); i++) {
        struct recov_config_key_view k;
        recov_config_key_get(&cfg, i, &k);
        if (strcmp(section, k.section) != 0)
            fprintf(out, ".SS [%s]\n", section = k.section);
        fprintf(out, ".TP\n.B ");
        roff(out, k.key, 3);
        fprintf(out, "\n");
        roff(out, k.meaning, 0);
        fprintf(out, ".\nValid: ");
        roff(out, k.range, 7);
        fprintf(out, "; default: ");
        /* An empty default is "not set" (a path key): say so. */
        roff(out, k.value[0] ? k.value : "none", 40);
        fprintf(out, ".\n");
    }
    recov_config_free(&cfg);
}

static void forms(FILE *out, const struct recov_when_form *f)
{
    for (; f->example; f++) {
        fprintf(out, ".TP\n.B \"");
        roff(out, f->example, 4);
        fprintf(out, "\"\n");
        roff(out, f->meaning, 0);
        fprintf(out, "\n");
    }
}

/* A template line, with @VERSION@ replaced. */
static void copy(FILE *out, const char *line)
{
    const char *at;
    while ((at = strstr(line, "@VERSION@"))) {
        fprintf(out, "%.*s%s", (int)(at - line), line, RECOV_VERSION);
        line = at + strlen("@VERSION@");
    }
    fputs(line, out);
}

int main(int argc, char **argv)
{
    if (argc != 4 || (strcmp(argv[1], "ini") != 0 && strcmp(argv[1], "dates") != 0)) {
        fprintf(stderr, "usage: gen_man ini|dates TEMPLATE OUT\n");
        return 2;
    }
    FILE *in = fopen(argv[2], "r"), *out = fopen(argv[3], "w");
    if (!in || !out) {
        perror("gen_man");
        return 1;
    }
    char line[4096];
    int ini = !strcmp(argv[1], "ini");
    while (fgets(line, sizeof line, in)) {
        if (!strcmp(line, "@GENERATED@\n") && ini)
            keys(out);
        else if (!strcmp(line, "@GENERATED@\n"))
            forms(out, recov_when_forms);
        else if (!strcmp(line, "@RANGES@\n"))
            forms(out, recov_range_forms);
        else
            copy(out, line);
    }
    fclose(in);
    return fclose(out) == 0 ? 0 : 1;
}
