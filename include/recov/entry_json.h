/* entry_json: an entry as a JSON object (export, import, history --json). */
#ifndef RECOV_ENTRY_JSON_H
#define RECOV_ENTRY_JSON_H

#include <stddef.h>

#include <jansson.h>

#include "recov/config.h"
#include "recov/entry.h"

/* Flags for json_dumps/json_dumpf that every recov JSON output uses. */
#define RECOV_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(12) | JSON_ENSURE_ASCII)

/* A new object in the export format; with_id adds "id" first. NULL when out
 * of memory. The caller owns the reference. */
json_t *recov_entry_to_json(const struct recov_entry *e, int with_id);
/* A new array of region names for a mask. */
json_t *recov_regions_to_json(uint32_t mask);

/* Parses one NDJSON line into out (initialised here; clear it after).
 * Returns 0 or RECOV_EINPUT with a message saying what is wrong. */
int recov_entry_from_json(const char *text, size_t len, const struct recov_config *cfg,
                          struct recov_entry *out);

#endif
