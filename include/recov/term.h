/* term: what the terminal can show: colour, UTF-8. */
#ifndef RECOV_TERM_H
#define RECOV_TERM_H

#include <stdio.h>

/* Colour only on a terminal and never when NO_COLOR is set. */
int recov_term_colour(FILE *f);
/* 1 when the locale's character set is UTF-8 (call after setlocale). */
int recov_term_utf8(void);

/* Columns to wrap text at: the terminal's width (80 when it will not say,
 * at least 40), or 0 (no wrapping) when f is not a terminal: a pipe gets one
 * line per item, which is what scripts grep. */
int recov_term_width(FILE *f);

/* ANSI sequences, or "" when colour is off. */
const char *recov_term_bold(int on);
const char *recov_term_red(int on);
const char *recov_term_yellow(int on);
const char *recov_term_green(int on);
const char *recov_term_dim(int on);
const char *recov_term_reset(int on);

#endif
