/* report_pdf: a report printed to PDF by a headless Chromium or Chrome. */
#ifndef RECOV_REPORT_PDF_H
#define RECOV_REPORT_PDF_H

#include <stddef.h>

/* Seconds a browser may take to print before it is stopped. */
#define RECOV_PDF_TIMEOUT 120

/* Finds chromium, chromium-browser, google-chrome or google-chrome-stable
 * on PATH and writes its path to buf. Returns 0, or RECOV_ENOTFOUND with a
 * message that says how to get one. */
int recov_report_browser(char *buf, size_t n);
/* Prints the HTML file html to the PDF file pdf (A4, the page's print
 * stylesheet) with browser, in a fresh profile that is removed after, with
 * networking features off. Returns 0 or RECOV_EIO with a message. */
int recov_report_print_pdf(const char *browser, const char *html, const char *pdf);

#endif
