/* advice_words: one finding, worded once for every short view. */
#include "recov/advice_words.h"

#include <stdio.h>
#include <string.h>

void recov_words_append(char *buf, size_t n, const char *sep, const char *text)
{
    size_t used = strlen(buf);
    if (used < n)
        snprintf(buf + used, n - used, "%s%s", sep, text);
}

/* 1 when item ("massage") is ruled out by a "no ..." clause of what. */
static int ruled_out(const char *what, const char *item)
{
    for (const char *c = what; c;) {
        const char *next = strstr(c, "; "), *end = next ? next : c + strlen(c);
        const char *hit = strncmp(c, "no ", 3) == 0 ? strstr(c, item) : NULL;
        if (hit && hit + strlen(item) <= end)
            return 1;
        c = next ? next + 2 : NULL;
    }
    return 0;
}

/* The things the rule table's briefs say no to. */
static const char *const avoided[] = {"heat", "massage", "foam rolling", "ice"};
#define NAVOIDED (sizeof avoided / sizeof *avoided)

/* clause, less what what already says no to: after "no heat, massage or
 * foam rolling on it", a "no heat or ice on numb skin" is "no ice on numb
 * skin" and a "no heat or massage" is nothing; empty when the clause says
 * nothing new. Two rules for one region must not say no to a thing twice. */
static void unsaid(const char *what, const char *clause, char *out, size_t n)
{
    const char *at[NAVOIDED], *tail = clause;
    size_t order[NAVOIDED], named = 0, kept = 0;
    *out = '\0';
    if (strstr(what, clause))
        return;
    snprintf(out, n, "%s", clause);
    if (strncmp(clause, "no ", 3) != 0)
        return;
    for (size_t i = 0; i < NAVOIDED; i++) {
        at[i] = strstr(clause, avoided[i]);
        if (!at[i])
            continue;
        size_t k = named++;
        for (; k > 0 && at[order[k - 1]] > at[i]; k--)
            order[k] = order[k - 1];
        order[k] = i;
        if (at[i] + strlen(avoided[i]) > tail)
            tail = at[i] + strlen(avoided[i]);
        kept += !ruled_out(what, avoided[i]);
    }
    if (named == 0 || kept == named)
        return;
    if (kept == 0) {
        *out = '\0';
        return;
    }
    snprintf(out, n, "no");
    for (size_t k = 0, said = 0; k < named; k++) {
        if (ruled_out(what, avoided[order[k]]))
            continue;
        said++;
        const char *sep = said == 1 ? " " : said == kept ? " or " : ", ";
        recov_words_append(out, n, sep, avoided[order[k]]);
    }
    recov_words_append(out, n, "", tail);
}

void recov_words_add_brief(char *what, size_t n, const char *brief, int referred)
{
    char clause[256], left[256];
    for (const char *c = brief; c;) {
        const char *next = strstr(c, "; ");
        snprintf(clause, sizeof clause, "%.*s", next ? (int)(next - c) : (int)strlen(c), c);
        unsaid(what, clause, left, sizeof left);
        if (referred && strncmp(left, "a clinician if ", 15) == 0)
            *left = '\0';
        if (*left)
            recov_words_append(what, n, "; ", left);
        c = next ? next + 2 : NULL;
    }
}

static int refers(const struct recov_suggestion *s)
{
    return s->kind == RECOV_ADVICE_SEE_CLINICIAN || s->kind == RECOV_ADVICE_URGENT_CARE;
}

static int same_place(const struct recov_suggestion *a, const struct recov_suggestion *b)
{
    return a->region >= 0 && a->region == b->region && a->side == b->side;
}

void recov_words_referral(const struct recov_advice *all, const struct recov_suggestion *s,
                          char *buf, size_t n)
{
    snprintf(buf, n, "%s", recov_advice_rules[s->row].brief);
    if (!refers(s))
        return;
    for (size_t i = 0; i < all->n; i++)
        if (all->v[i].kind == RECOV_ADVICE_AVOID && same_place(&all->v[i], s))
            recov_words_add_brief(buf, n, recov_advice_rules[all->v[i].row].brief, 1);
}

int recov_words_folded(const struct recov_advice *all, const struct recov_suggestion *a)
{
    if (a->kind != RECOV_ADVICE_AVOID)
        return 0;
    for (size_t i = 0; i < all->n; i++)
        if (refers(&all->v[i]) && same_place(&all->v[i], a))
            return 1;
    return 0;
}
