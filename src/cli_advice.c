/* cli_advice: shows advice on a terminal, as JSON, and as warnings. */
#include "recov/cli_advice.h"

#include <stdio.h>
#include <string.h>

#include "recov/advice_input.h"
#include "recov/error.h"
#include "recov/term.h"
#include "recov/vocab.h"
#include "recov/when.h"

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

/* "left ankle, calves" for the regions of v[i .. i + n - 1]. */
static void places(const struct recov_advice *a, size_t i, size_t n, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = i; k < i + n && used < size; k++) {
        char place[64];
        recov_place_format(a->v[k].region, a->v[k].side, place, sizeof place);
        used += (size_t)snprintf(buf + used, size - used, "%s%s", k > i ? ", " : "", place);
    }
}

#define INDENT 9 /* "warning  " */

/* Prints text from column INDENT, breaking at spaces before width and going
 * on at column INDENT; width 0 prints it whole. */
static void print_wrapped(const char *text, int width)
{
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
    size_t n = 1;
    while (i + n < a->n && same_line(s, &a->v[i + n]))
        n++;
    char names[512] = "", line[1024];
    int width = recov_term_width(stdout);
    places(a, i, s->region >= 0 ? n : 0, names, sizeof names);
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

static json_t *time_json(time_t t)
{
    char buf[32];
    recov_when_format_utc(t, buf, sizeof buf);
    return json_string(buf);
}

static json_t *day_json(time_t t)
{
    char buf[16];
    recov_day_format(recov_day_of(t), buf, sizeof buf);
    return json_string(buf);
}

/* The episode a suggestion is about, as docs/json.md describes it. */
static json_t *episode_json(const struct recov_episode_facts *f)
{
    json_t *flags = json_array();
    for (int i = 0; flags && i < RECOV_FLAG_COUNT; i++)
        if (f->flags & (1u << i))
            json_array_append_new(flags, json_string(recov_flag_names[i]));
    json_t *cause = f->has_cause ? json_pack("{s:s, s:o, s:i}", "type", f->cause_type, "at",
                                             time_json(f->cause_at), "load", f->cause_load)
                                 : json_null();
    return json_pack("{s:o, s:i, s:i, s:i, s:i, s:s, s:o, s:s, s:o}", "since",
                     day_json(f->since), "days", f->days, "first", f->first, "peak", f->peak,
                     "latest", f->latest, "trend", recov_trend_name(f->trend), "flags", flags,
                     "class", recov_episode_class_name(f->cls), "cause", cause);
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
        if (o && s->side != RECOV_SIDE_NONE)
            json_object_set_new(o, "side", json_string(recov_side_names[s->side]));
        if (o && s->has_episode)
            json_object_set_new(o, "episode", episode_json(&s->episode));
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
        char place[64] = "";
        if (s->region >= 0)
            recov_place_format(s->region, s->side, place, sizeof place);
        fprintf(stderr, "recov: warning: %s%s%s (%s)\n", place, *place ? ": " : "",
                s->kind == RECOV_ADVICE_URGENT_CARE ? "get urgent medical care now"
                                                    : "see a clinician",
                s->because);
    }
}
