/* text: user text that is safe to store and safe to show on a terminal. */
#ifndef RECOV_TEXT_H
#define RECOV_TEXT_H

#include <stddef.h>
#include <stdio.h>

/* Checks that text is valid UTF-8 without control characters: C0 (other
 * than TAB), DEL and C1 (U+0080-U+009F) would reach a terminal as escape
 * sequences. Returns 0, or RECOV_EINPUT with "<what> '<text>': ..." naming
 * the first offending character. */
int recov_text_check(const char *what, const char *text);

/* Copies in to out (size n, always terminated) with every control
 * character and every byte that is not UTF-8 written as a visible escape
 * (\x1b, \u009b); TAB stays. Returns the length the whole escaped text
 * needs, like snprintf. The one place text from the database or from a
 * user is made safe for a terminal. */
size_t recov_text_escape(const char *in, char *out, size_t n);

/* Writes in to f escaped as recov_text_escape does, at any length. */
void recov_text_print(FILE *f, const char *in);

#endif
