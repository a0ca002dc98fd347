/* cli_advice: shows advice on a terminal, as JSON, and as warnings. */
#include "recov/cli_advice.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "recov/advice_input.h"
#include "recov/advice_words.h"
#include "recov/error.h"
#include "recov/term.h"
#include "recov/text.h"
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

#define INDENT 9 /* "warning  " */

/* Prints raw from column INDENT between pre and post (colour codes),
 * wrapped at spaces before width and going on at column INDENT, then a
 * newline; width 0 prints it whole. */
static void print_wrapped(const char *raw, int width, const char *pre, const char *post)
{
    /* Advice quotes names from the log (workout types): escape them. */
    char safe[2048], text[2100];
    recov_text_escape(raw, safe, sizeof safe);
    snprintf(text, sizeof text, "%s%s%s", pre, safe, post);
    recov_term_wrap(stdout, text, width, INDENT, INDENT);
}

/* Prints v[i] with the regions of the lines merged into it; returns how
 * many suggestions the line covered. */
static size_t print_line(const struct recov_cli *cli, const struct recov_advice *a, size_t i)
{
    const struct recov_suggestion *s = &a->v[i];
    size_t n = recov_advice_line_span(a, i);
    char names[512] = "", line[1024];
    int width = recov_term_width(stdout);
    recov_advice_line_places(a, i, s->region >= 0 ? n : 0, names, sizeof names);
    int loud = s->severity >= RECOV_SEV_WARNING;
    printf("%s%s%-7s%s  ", severity_colour(cli, s->severity),
           loud ? recov_term_bold(cli->colour) : "", recov_severity_name(s->severity),
           recov_term_reset(cli->colour));
    snprintf(line, sizeof line, "%s%s%s", names, *names ? ": " : "", s->what);
    print_wrapped(line, width, "", "");
    printf("%*s", INDENT, "");
    snprintf(line, sizeof line, "because %s [%s]", s->because, s->source);
    print_wrapped(line, width, recov_term_dim(cli->colour), recov_term_reset(cli->colour));
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

/* ---- the short view: one entry per region and side ---- */

#define MAX_GROUPS 64
#define MAX_MEMBERS 16

/* The suggestions for one region and side (or one general rule), most
 * important first, and the two lines that say them. */
struct group {
    const struct recov_suggestion *v[MAX_MEMBERS];
    size_t n;
    char places[256], what[512], why[512];
    char why_any[512];          /* one_line's why without its scores */
    int one_line;
};

/* A cool-down is about the session, not one region: one entry for all. */
static int same_group(const struct recov_suggestion *a, const struct recov_suggestion *b)
{
    if (a->kind == RECOV_ADVICE_COOL_DOWN || b->kind == RECOV_ADVICE_COOL_DOWN)
        return a->kind == b->kind && strcmp(a->because, b->because) == 0;
    if (a->region < 0 || b->region < 0)
        return a->region == b->region && strcmp(a->rule, b->rule) == 0;
    return a->region == b->region && a->side == b->side;
}

static size_t gather(const struct recov_advice *a, struct group *g)
{
    size_t ng = 0;
    for (size_t i = 0; i < a->n; i++) {
        size_t k = 0;
        while (k < ng && !same_group(g[k].v[0], &a->v[i]))
            k++;
        if (k == ng) {
            if (ng == MAX_GROUPS)
                continue;
            memset(&g[ng++], 0, sizeof *g);
        }
        if (g[k].n < MAX_MEMBERS)
            g[k].v[g[k].n++] = &a->v[i];
    }
    return ng;
}

static const char WARM_UP_NOTE[] = "warm up longer next time";

/* Everyday self-care, folded into an entry as "a, b or c". */
static const char *self_care(const struct recov_suggestion *s)
{
    switch (s->kind) {
    case RECOV_ADVICE_WARM_UP: return WARM_UP_NOTE;
    case RECOV_ADVICE_BATH: case RECOV_ADVICE_MASSAGE: case RECOV_ADVICE_FOAM_ROLL:
    case RECOV_ADVICE_STRETCH: case RECOV_ADVICE_YOGA: case RECOV_ADVICE_ACTIVE_RECOVERY:
        return recov_advice_rules[s->row].brief;
    default:
        return NULL;
    }
}

/* The entry's lead: its most important suggestion, unless that is only the
 * warm-up note and something more telling follows. */
static const struct recov_suggestion *lead(const struct group *g)
{
    for (size_t i = 0; i < g->n; i++)
        if (g->v[i]->kind != RECOV_ADVICE_WARM_UP)
            return g->v[i];
    return g->v[0];
}

/* What to do: the lead's brief, other cautions after "; ", and everyday
 * self-care as "a, b or c" (after "; also" when the lead is not one). */
static void fold_what(struct group *g)
{
    const struct recov_suggestion *head = lead(g);
    const char *care[MAX_MEMBERS];
    size_t ncare = 0;
    int head_care = self_care(head) != NULL;
    int general = head->region < 0 || head->kind == RECOV_ADVICE_COOL_DOWN;
    snprintf(g->what, sizeof g->what, "%s", recov_advice_rules[head->row].brief);
    for (size_t i = 0; i < g->n; i++) {
        if (g->v[i] == head)
            continue;
        if (general && g->v[i]->row == head->row)
            continue; /* the same advice for another region of the session */
        if (self_care(g->v[i]) && !general)
            care[ncare++] = self_care(g->v[i]);
        else if (general)
            recov_words_append(g->what, sizeof g->what, " and ", recov_advice_rules[g->v[i]->row].brief);
        else
            recov_words_add_brief(g->what, sizeof g->what, recov_advice_rules[g->v[i]->row].brief,
                           head->kind == RECOV_ADVICE_SEE_CLINICIAN ||
                               head->kind == RECOV_ADVICE_URGENT_CARE);
    }
    /* The warm-up note is for next time: it goes last. */
    for (size_t i = 0; i + 1 < ncare; i++)
        if (care[i] == WARM_UP_NOTE) {
            care[i] = care[i + 1];
            care[i + 1] = WARM_UP_NOTE;
        }
    for (size_t i = 0; i < ncare; i++)
        recov_words_append(g->what, sizeof g->what,
               i == 0 && !head_care ? "; also " : i + 1 == ncare ? " or " : ", ", care[i]);
}

/* Removes the "( ... )" asides of text, which then reads as a summary;
 * short ones such as a score "(5/10)", and a score with its day "(5/10,
 * logged yesterday 08:00)", stay when keep_short is set. */
static void drop_asides(char *text, int keep_short)
{
    char *open, *from = text;
    while ((open = strstr(from, " ("))) {
        int depth = 0;
        char *end = open + 1;
        for (; *end; end++) {
            depth += *end == '(';
            depth -= *end == ')';
            if (depth == 0)
                break;
        }
        if (!*end)
            return;
        /* A score stays, and so does when it was logged: without it an
         * earlier day's log reads as today's. */
        if (keep_short && (end - open <= 8 || strstr(open, "/10, logged ") == open + 3 ||
                           strstr(open, "/10, logged ") == open + 4))
            from = end;
        else
            memmove(open, end + 1, strlen(end + 1) + 1);
    }
}

/* Why: the lead's pattern up to its explanation, and its first source; its
 * asides go when it would not fit one line of an 80-column terminal. */
static void fold_why(struct group *g)
{
    const struct recov_suggestion *head = lead(g);
    char because[320], source[160];
    snprintf(because, sizeof because, "%.319s", head->because);
    snprintf(source, sizeof source, "%s", head->source);
    char *cut = strstr(because, ": ");
    if (cut)
        *cut = '\0';
    if ((cut = strstr(because, " and no ")))
        *cut = '\0';
    /* "swelling with pain 5/10, and no ...": not the comma of what was cut. */
    for (size_t len = strlen(because); len && (because[len - 1] == ',' || because[len - 1] == ' ');)
        because[--len] = '\0';
    if ((cut = strchr(source, ';')))
        *cut = '\0';
    if ((cut = strstr(source, " (")))
        *cut = '\0';
    if ((cut = strstr(source, " on muscle soreness")))
        *cut = '\0'; /* "health guides": the short view's citation */
    /* Mild soreness, a cool-down, protein and sleep: one line, the reason
     * and source in brackets. */
    g->one_line = g->v[0]->severity == RECOV_SEV_INFO &&
                  (!head->has_episode || head->episode.latest <= 3);
    size_t line = 80 - INDENT, used = strlen(g->what);
    size_t room = !g->one_line ? line : used < 2 * line ? 2 * line - used : 0;
    if (strlen(because) + strlen(source) + 12 > room)
        drop_asides(because, 1);
    if (g->one_line)
        snprintf(g->why, sizeof g->why, "(%s) [%s]", because, source);
    else
        snprintf(g->why, sizeof g->why, "because %s [%s]", because, source);
    /* The same without the score, for entries that merge. */
    drop_asides(because, 0);
    snprintf(g->why_any, sizeof g->why_any, "(%s) [%s]", because, source);
}

static void print_group(const struct recov_cli *cli, const struct group *g, int width)
{
    enum recov_severity sev = g->v[0]->severity;
    char line[1536];
    printf("%s%s%-7s%s  ", severity_colour(cli, sev),
           sev >= RECOV_SEV_WARNING ? recov_term_bold(cli->colour) : "",
           recov_severity_name(sev), recov_term_reset(cli->colour));
    if (g->one_line) {
        snprintf(line, sizeof line, "%s%s%s %s", g->places, *g->places ? ": " : "", g->what,
                 g->why);
        print_wrapped(line, width, "", "");
        return;
    }
    snprintf(line, sizeof line, "%s%s%s", g->places, *g->places ? ": " : "", g->what);
    print_wrapped(line, width, "", "");
    printf("%*s", INDENT, "");
    print_wrapped(g->why, width, recov_term_dim(cli->colour), recov_term_reset(cli->colour));
}

static int regional(const struct group *g)
{
    return g->v[0]->region >= 0;
}

/* 1 when the entry holds a suggestion of shown (the same rule for the same
 * region and side), or is a clinician or urgent-care referral, which no
 * view leaves out. */
static int shows(const struct group *g, const struct recov_advice *shown)
{
    for (size_t i = 0; i < g->n; i++) {
        const struct recov_suggestion *s = g->v[i];
        if (recov_advice_is_referral(s))
            return 1;
        for (size_t k = 0; k < shown->n; k++)
            if (shown->v[k].row == s->row && shown->v[k].region == s->region &&
                shown->v[k].side == s->side)
                return 1;
    }
    return 0;
}

/* Prints the entries of one severity, regional (or general) ones only;
 * regions that would say the same thing share one entry. Returns how many
 * it left out as not in shown. */
static size_t print_groups(const struct recov_cli *cli, struct group *g, size_t ng,
                           const struct recov_advice *shown, enum recov_severity sev,
                           int regions)
{
    size_t left = 0;
    int width = recov_term_width(stdout);
    for (size_t k = 0; k < ng; k++) {
        if (regional(&g[k]) != regions || !g[k].n || g[k].v[0]->severity != sev)
            continue;
        int show = !shown || shows(&g[k], shown);
        for (size_t j = k + 1; regions && j < ng; j++) {
            if (!g[j].n || !regional(&g[j]) || g[j].v[0]->severity != g[k].v[0]->severity ||
                strcmp(g[j].what, g[k].what))
                continue;
            /* Mild ones with different scores merge too, without them. */
            int any = g[k].one_line && g[j].one_line && !strcmp(g[j].why_any, g[k].why_any);
            if (strcmp(g[j].why, g[k].why) && !any)
                continue;
            if (strcmp(g[j].why, g[k].why))
                memcpy(g[k].why, g[k].why_any, sizeof g[k].why);
            recov_words_append(g[k].places, sizeof g[k].places, ", ", g[j].places);
            show |= shown && shows(&g[j], shown);
            g[j].n = 0;
        }
        if (show)
            print_group(cli, &g[k], width);
        else
            left++;
    }
    return left;
}

size_t recov_cli_advice_print_some(const struct recov_cli *cli, const struct recov_advice *a,
                                   const struct recov_advice *shown)
{
    static struct group g[MAX_GROUPS];
    size_t ng = gather(a, g), left = 0;
    for (size_t k = 0; k < ng; k++) {
        fold_what(&g[k]);
        fold_why(&g[k]);
        for (size_t i = 0; regional(&g[k]) && i < g[k].n; i++) {
            char place[64];
            recov_advice_place(a, g[k].v[i], place, sizeof place);
            if (!strstr(g[k].places, place))
                recov_words_append(g[k].places, sizeof g[k].places, *g[k].places ? ", " : "", place);
        }
        /* A cool-down for many regions: the session names them well enough. */
        if (g[k].v[0]->kind == RECOV_ADVICE_COOL_DOWN && g[k].n > 3)
            g[k].places[0] = '\0';
    }
    /* Most severe first: a clinician's all-clear is not printed below a
     * stretch. */
    for (int sev = RECOV_SEV_URGENT; sev >= RECOV_SEV_INFO; sev--)
        for (int pass = 0; pass < 2; pass++)
            left += print_groups(cli, g, ng, shown, (enum recov_severity)sev, pass == 0);
    return left;
}

void recov_cli_advice_print_short(const struct recov_cli *cli, const struct recov_advice *a)
{
    recov_cli_advice_print_some(cli, a, NULL);
}

void recov_cli_advice_print_brief(const struct recov_cli *cli, const struct recov_advice *all,
                                  const struct recov_advice *kept)
{
    if (kept->n == 0 && !recov_advice_refers(all))
        return;
    printf("advice:\n");
    size_t left = recov_cli_advice_print_some(cli, all, kept);
    if (left)
        printf("%s%zu more: recov suggest%s\n", recov_term_dim(cli->colour), left,
               recov_term_reset(cli->colour));
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
    /* A person at a terminal has just read the advice: the same referral
     * again on stderr, which shares the terminal, would say it twice. */
    if (isatty(STDOUT_FILENO))
        return;
    /* After what went to standard output, wherever either one goes. */
    fflush(stdout);
    for (size_t i = 0; i < a->n; i++) {
        const struct recov_suggestion *s = &a->v[i];
        if (!recov_advice_is_referral(s) || recov_words_folded(a, s))
            continue;
        char place[64] = "", what[512];
        if (s->region >= 0)
            recov_advice_place(a, s, place, sizeof place);
        /* In the words of the short advice, the summary and the reminder. */
        recov_words_referral(a, s, what, sizeof what);
        fprintf(stderr, "recov: warning: %s%s%s, because ", place, *place ? ": " : "", what);
        recov_text_print(stderr, s->because); /* it may quote a workout type */
        fputc('\n', stderr);
    }
}
