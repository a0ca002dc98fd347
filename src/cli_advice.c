/* cli_advice: shows advice on a terminal, as JSON, and as warnings. */
#include "recov/cli_advice.h"

#include <stdio.h>
#include <string.h>

#include "recov/advice_input.h"
#include "recov/error.h"
#include "recov/term.h"
#include "recov/text.h"
#include "recov/vocab.h"

int recov_cli_advice(struct recov_cli *cli, uint32_t only_regions, struct recov_advice *out)
{
    struct recov_db *db;
    int rc = recov_cli_db_existing(cli, &db);
    /* Nothing logged yet: no advice, and no database created just to say so. */
    if (rc == RECOV_ENOTFOUND) {
        out->n = 0;
        return RECOV_OK;
    }
    if (rc)
        return RECOV_EIO;
    return recov_advice_from_db(db, &cli->cfg, cli->now, only_regions, out);
}

static const char *severity_colour(const struct recov_cli *cli, enum recov_severity s)
{
    switch (s) {
    case RECOV_SEV_URGENT:
    case RECOV_SEV_WARNING:
        return recov_term_red(cli->colour);
    case RECOV_SEV_CAUTION:
        return recov_term_yellow(cli->colour);
    case RECOV_SEV_INFO:
        break;
    }
    return recov_term_green(cli->colour);
}

/* Same advice for the same reason: shown once with all its regions. */
static int same_line(const struct recov_suggestion *a, const struct recov_suggestion *b)
{
    return a->row == b->row && a->region >= 0 && b->region >= 0 &&
           strcmp(a->because, b->because) == 0;
}

#define INDENT 9 /* "warning  " */

/* Prints text from column INDENT, breaking at spaces before width and going
 * on at column INDENT; width 0 prints it whole. */
static void print_wrapped(const char *raw, int width)
{
    /* Advice quotes names from the log (workout types): escape them. */
    char safe[2048];
    recov_text_escape(raw, safe, sizeof safe);
    const char *text = safe;
    int room = width - INDENT;
    while (width && (int)strlen(text) > room) {
        int cut = room;
        while (cut > 0 && text[cut] != ' ')
            cut--;
        if (cut == 0)
            break; /* one word longer than the line: let the terminal wrap it */
        printf("%.*s\n%*s", cut, text, INDENT, "");
        text += cut + 1;
    }
    printf("%s", text);
}

/* Prints v[i] with the regions of the lines merged into it; returns how
 * many suggestions the line covered. */
static size_t print_line(const struct recov_cli *cli, const struct recov_advice *a, size_t i)
{
    const struct recov_suggestion *s = &a->v[i];
    uint32_t regions = s->region >= 0 ? RECOV_REGION_BIT(s->region) : 0;
    size_t n = 1;
    for (; i + n < a->n && same_line(s, &a->v[i + n]); n++)
        regions |= RECOV_REGION_BIT(a->v[i + n].region);
    char names[256] = "", line[1024];
    int width = recov_term_width(stdout);
    recov_regions_format(regions, ", ", names, sizeof names);
    int loud = s->severity >= RECOV_SEV_WARNING;
    printf("%s%s%-7s%s  ", severity_colour(cli, s->severity),
           loud ? recov_term_bold(cli->colour) : "", recov_severity_name(s->severity),
           recov_term_reset(cli->colour));
    snprintf(line, sizeof line, "%s%s%s", names, *names ? ": " : "", s->what);
    print_wrapped(line, width);
    printf("\n%*s%s", INDENT, "", recov_term_dim(cli->colour));
    snprintf(line, sizeof line, "because %s [%s]", s->because, s->source);
    print_wrapped(line, width);
    printf("%s\n", recov_term_reset(cli->colour));
    return n;
}

void recov_cli_advice_print(const struct recov_cli *cli, const struct recov_advice *a,
                            const char *title)
{
    if (a->n && title)
        printf("%s\n", title);
    for (size_t i = 0; i < a->n;)
        i += print_line(cli, a, i);
}

json_t *recov_cli_advice_json(const struct recov_advice *a)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < a->n; i++) {
        const struct recov_suggestion *s = &a->v[i];
        json_t *o = json_pack("{s:s, s:o, s:s, s:s, s:s, s:s, s:s}",
            "kind", recov_advice_kind_name(s->kind),
            "region", s->region >= 0 ? json_string(recov_region_names[s->region]) : json_null(),
            "severity", recov_severity_name(s->severity), "what", s->what,
            "because", s->because, "source", s->source, "rule", s->rule);
        if (!o || json_array_append_new(arr, o)) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

void recov_cli_advice_warn(const struct recov_advice *a)
{
    for (size_t i = 0; i < a->n; i++) {
        const struct recov_suggestion *s = &a->v[i];
        if (s->kind != RECOV_ADVICE_SEE_CLINICIAN && s->kind != RECOV_ADVICE_URGENT_CARE)
            continue;
        fprintf(stderr, "recov: warning: %s%s%s (",
                s->region >= 0 ? recov_region_names[s->region] : "", s->region >= 0 ? ": " : "",
                s->kind == RECOV_ADVICE_URGENT_CARE ? "get urgent medical care now"
                                                    : "see a clinician");
        recov_text_print(stderr, s->because); /* it may quote a workout type */
        fputs(")\n", stderr);
    }
}
