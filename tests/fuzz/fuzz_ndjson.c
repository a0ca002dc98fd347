/* fuzz_ndjson: one import line into an entry, and back to JSON: the line
 * export writes must be the bytes jansson writes for the same entry. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "recov/config.h"
#include "recov/entry.h"
#include "recov/entry_json.h"

static struct recov_config cfg;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!cfg.types)
        recov_config_defaults(&cfg);
    struct recov_entry e;
    if (recov_entry_from_json((const char *)data, size, &cfg, &e) == 0) {
        json_t *o = recov_entry_to_json(&e, 1);
        char *text = json_dumps(o, RECOV_JSON_FLAGS);
        struct recov_json_text line = {0};
        if (!text || recov_entry_json_line(&e, 1, &line) != 0 ||
            line.len != strlen(text) + 1 || memcmp(line.s, text, line.len - 1) != 0)
            abort();
        recov_json_text_free(&line);
        free(text);
        json_decref(o);
    }
    recov_entry_clear(&e);
    return 0;
}
