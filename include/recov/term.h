/* term: what the terminal can show: colour, UTF-8. */
#ifndef RECOV_TERM_H
#define RECOV_TERM_H

#include <stdio.h>

/* --color=auto|always|never, in this order. */
enum recov_colour { RECOV_COLOUR_AUTO, RECOV_COLOUR_ALWAYS, RECOV_COLOUR_NEVER };
/* Whether to colour f: always or never as asked; in auto mode, never with
 * NO_COLOR, always with CLICOLOR_FORCE, else on a terminal (not TERM=dumb). */
int recov_term_colour(FILE *f, enum recov_colour mode);
/* 1 when the locale's character set is UTF-8 (call after setlocale). */
int recov_term_utf8(void);

/* Columns to wrap text at: the terminal's width; when the terminal will not
 * say, or f is no terminal, COLUMNS (at least 40); else 80 on a terminal and
 * 0 (no wrapping) elsewhere: a pipe gets one line per item, which is what
 * scripts grep. */
int recov_term_width(FILE *f);

/* Prints text on f from column at (what comes before is the caller's),
 * breaking at spaces so no line passes width, each further line starting
 * at column hang, then a newline; width 0 prints it whole. Columns count
 * UTF-8 characters; colour sequences take none. */
void recov_term_wrap(FILE *f, const char *text, int width, int at, int hang);
/* Columns the first n bytes of t take on screen (up to its NUL): UTF-8
 * characters, ANSI colour sequences taking none. */
int recov_term_columns(const char *t, size_t n);

/* ANSI sequences, or "" when colour is off. */
const char *recov_term_bold(int on);
const char *recov_term_red(int on);
const char *recov_term_yellow(int on);
const char *recov_term_green(int on);
const char *recov_term_dim(int on);
const char *recov_term_reset(int on);

#endif
