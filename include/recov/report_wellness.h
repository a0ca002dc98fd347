/* report_wellness: the Wellness section of the period report. */
#ifndef RECOV_REPORT_WELLNESS_H
#define RECOV_REPORT_WELLNESS_H

#include <stdio.h>

#include "recov/wellness_summary.h"

/* The period's wellness table against the 60 days before it, and each
 * flagged day with its figures (recov_wellness_reasons_format); nothing
 * when no check was logged in the period or the 60 days before. */
void recov_report_wellness(FILE *f, const struct recov_wellness_summary *w);

#endif
