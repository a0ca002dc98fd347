/* advice_words: one finding, worded once for every short view (suggest's
 * lines, warnings on stderr, the summary's warnings, reminders). */
#ifndef RECOV_ADVICE_WORDS_H
#define RECOV_ADVICE_WORDS_H

#include <stddef.h>

#include "recov/advice.h"

/* Appends sep and text to the string in buf (of size n), cut to fit. */
void recov_words_append(char *buf, size_t n, const char *sep, const char *text);
/* Appends a rule's brief to what clause by clause ("; "), each less what
 * what already says: after "no heat or massage", "no heat or ice on numb
 * skin" adds "no ice on numb skin", and a clause that adds nothing is left
 * out. referred: what already sends the person to a clinician, so "a
 * clinician if it lasts" is left out too. */
void recov_words_add_brief(char *what, size_t n, const char *brief, int referred);
/* What the referral s says in a short view: its rule's brief, then what
 * the "avoid" lines of all for the same place keep off it ("see a GP or
 * physio; no massage or foam rolling on it; no heat or ice on numb skin").
 * A warning that left those out would let a person take up the heat that
 * suggest says no to. */
void recov_words_referral(const struct recov_advice *all, const struct recov_suggestion *s,
                          char *buf, size_t n);
/* 1 when a is an "avoid" line that recov_words_referral folds into a
 * referral of all for its place, so that it need not be said on its own. */
int recov_words_folded(const struct recov_advice *all, const struct recov_suggestion *a);

#endif
