/* summary_json: a summary as the documented JSON object (docs/summary.md). */
#ifndef RECOV_SUMMARY_JSON_H
#define RECOV_SUMMARY_JSON_H

#include <jansson.h>

#include "recov/summary.h"

/* A new object whose keys are public and stable; NULL when out of memory.
 * The caller owns the reference. */
json_t *recov_summary_to_json(const struct recov_summary *s);

#endif
