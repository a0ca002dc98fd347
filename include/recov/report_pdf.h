/* report_pdf: a report printed to PDF by a headless Chromium or Chrome. */
#ifndef RECOV_REPORT_PDF_H
#define RECOV_REPORT_PDF_H

#include <stddef.h>
#include <stdio.h>

/* Seconds a browser may take to print before it is stopped. */
#define RECOV_PDF_TIMEOUT 120

/* Finds chromium, chromium-browser, google-chrome or google-chrome-stable
 * on PATH and writes its path to buf. Returns 0, or RECOV_ENOTFOUND with a
 * message that says how to get one. */
int recov_report_browser(char *buf, size_t n);
/* Writes a report's HTML with write(f, ctx) into a private temporary
 * directory, prints it with browser (A4, the page's print stylesheet; a
 * fresh profile, networking features off) and copies the PDF to out.
 * Removes what it made. Returns 0 or RECOV_EIO with a message. */
int recov_report_pdf(const char *browser, int (*write)(FILE *f, void *ctx), void *ctx,
                     FILE *out);

#endif
