/* html: escaped text and the page around a report (inline CSS, no script). */
#ifndef RECOV_HTML_H
#define RECOV_HTML_H

#include <stdio.h>

/* Writes s with & < > " ' as entities: text from the user (a note) is shown
 * as text, never read as markup, in element content and attribute values. */
void recov_html_escape(FILE *f, const char *s);
/* printf, then escaped. */
void recov_html_textf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The document up to the opening <main>, with the inline stylesheet (screen
 * at any width from 375 px, and A4 print). title is escaped. */
void recov_html_begin(FILE *f, const char *title);
/* Closes what recov_html_begin opened and flushes f. Returns 0, or
 * RECOV_EIO when writing to f failed (message set). */
int recov_html_end(FILE *f);

/* Opens <section> with its heading (escaped); id may be NULL. */
void recov_html_section(FILE *f, const char *id, const char *heading);
void recov_html_section_end(FILE *f);

#endif
