/* entry_json: an entry as a JSON object (export, import, history --json). */
#ifndef RECOV_ENTRY_JSON_H
#define RECOV_ENTRY_JSON_H

#include <stddef.h>

#include <jansson.h>

#include "recov/config.h"
#include "recov/entry.h"
#include "recov/json_text.h"

/* Flags for json_dumps/json_dumpf that every recov JSON output uses. */
#define RECOV_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(12) | JSON_ENSURE_ASCII)

/* A new object in the export format; with_id adds "id" first. NULL when out
 * of memory. The caller owns the reference. */
json_t *recov_entry_to_json(const struct recov_entry *e, int with_id);
/* A new array of region names for a mask. */
json_t *recov_regions_to_json(uint32_t mask);
/* Appends e to out as one line: the bytes that json_dumps(
 * recov_entry_to_json(e, with_id), RECOV_JSON_FLAGS) gives, then '\n',
 * written without building the object (export writes many). Both come
 * from one list of fields. Returns 0 or RECOV_EIO (out of memory). */
int recov_entry_json_line(const struct recov_entry *e, int with_id, struct recov_json_text *out);

/* Parses one NDJSON line into out (initialised here; clear it after).
 * Returns 0 or RECOV_EINPUT with a message saying what is wrong. */
int recov_entry_from_json(const char *text, size_t len, const struct recov_config *cfg,
                          struct recov_entry *out);
/* The same for an object already parsed (the CSV reader builds one, so
 * that both formats are checked by the same rules). */
int recov_entry_from_json_value(json_t *o, const struct recov_config *cfg,
                                struct recov_entry *out);

#endif
