/* fuzz_ndjson: one import line into an entry, and back to JSON. */
#include <jansson.h>

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
        char *text = json_dumps(o, 0);
        free(text);
        json_decref(o);
    }
    recov_entry_clear(&e);
    return 0;
}
