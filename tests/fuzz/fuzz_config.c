/* fuzz_config: a whole recov.ini over the defaults, then every view of it. */
#include "fuzz_util.h"
#include "recov/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct recov_config cfg;
    recov_config_defaults(&cfg);
    if (recov_config_load_text(&cfg, (const char *)data, size, "fuzz.ini", RECOV_FROM_USER) == 0) {
        struct recov_config_key_view v;
        for (size_t i = 0; i < recov_config_key_count(); i++)
            recov_config_key_get(&cfg, i, &v);
        for (size_t i = 0; i < cfg.ntypes; i++)
            if (recov_config_type(&cfg, cfg.types[i].name) != &cfg.types[i])
                abort(); /* the sorted table must find each of its own names */
        for (size_t i = 0; i < cfg.naliases; i++) {
            uint32_t mask;
            if (recov_config_region(&cfg, cfg.aliases[i].name, &mask) ||
                mask != cfg.aliases[i].regions)
                abort();
        }
    }
    recov_config_free(&cfg);
    return 0;
}
