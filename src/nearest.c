/* nearest: the closest known word to a mistyped one (edit distance). */
#include "recov/vocab.h"

#include <ctype.h>
#include <string.h>

#define WORD_MAX 64

/* Levenshtein distance, case-insensitive; words longer than WORD_MAX count
 * as far from everything. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la >= WORD_MAX || lb >= WORD_MAX)
        return WORD_MAX;
    size_t row[WORD_MAX + 1];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
            size_t best = diag + (same ? 0 : 1);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
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
    size_t allowed = len <= 4 ? 2 : len / 2;
    return best_distance <= allowed ? best : NULL;
}
