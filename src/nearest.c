/* nearest: the closest known word to a mistyped one (edit distance). */
#include "recov/vocab.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define WORD_MAX 64

static int same_letter(char a, char b)
{
    return tolower((unsigned char)a) == tolower((unsigned char)b);
}

/* Edit distance, case-insensitive, with two swapped neighbours one edit
 * ("lgo" is one from "log": the commonest typo); words longer than
 * WORD_MAX count as far from everything. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la >= WORD_MAX || lb >= WORD_MAX)
        return WORD_MAX;
    size_t rows[3][WORD_MAX + 1]; /* row i is rows[i % 3] */
    for (size_t j = 0; j <= lb; j++)
        rows[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t *two = rows[(i + 1) % 3], *up = rows[(i + 2) % 3], *row = rows[i % 3];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t best = up[j - 1] + !same_letter(a[i - 1], b[j - 1]);
            if (up[j] + 1 < best)
                best = up[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            if (i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2]) &&
                same_letter(a[i - 2], b[j - 1]) && two[j - 2] + 1 < best)
                best = two[j - 2] + 1;
            row[j] = best;
        }
    }
    return rows[la % 3][lb];
}

const char *recov_nearest(const char *word, const char *const *candidates, size_t n)
{
    const char *best = NULL;
    size_t best_distance = WORD_MAX;
    for (size_t i = 0; i < n; i++) {
        size_t d = edit_distance(word, candidates[i]);
        /* A prefix is a strong hint too ("ham" -> hamstrings). */
        if (strlen(word) >= 3 && strncmp(word, candidates[i], strlen(word)) == 0)
            d = 1;
        if (d < best_distance) {
            best_distance = d;
            best = candidates[i];
        }
    }
    size_t len = strlen(word);
    /* Two edits of a three-letter word is another word: "foo" is no "now". */
    size_t allowed = len <= 4 ? 1 : len / 2;
    return best_distance <= allowed ? best : NULL;
}

int recov_word_is_one_of(const char *word, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(word, words[i]) == 0)
            return 1;
    return 0;
}
