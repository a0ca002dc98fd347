/* fuzz_region: region, alias, flag and action lookup on any name, with
 * the built-in aliases and some from a config. */
#include "fuzz_util.h"
#include "recov/config.h"
#include "recov/vocab.h"

static struct recov_config cfg;

static void setup(void)
{
    static const char ini[] = "[regions]\nshank = shins\nlowerleg = calves shins\n"
                              "back = upper-back lower-back\n[workout.climb]\nregions = arms\n";
    recov_config_defaults(&cfg);
    recov_config_load_text(&cfg, ini, sizeof ini - 1, "fuzz.ini", RECOV_FROM_USER);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!cfg.types)
        setup();
    char *s = fuzz_string(data, size);
    if (!s)
        return 0;
    uint32_t mask;
    char buf[512];
    if (recov_config_region(&cfg, s, &mask) == 0)
        recov_regions_format(mask, ", ", buf, sizeof buf);
    recov_region_index(s);
    recov_flag_index(s);
    recov_action_index(s);
    recov_config_type(&cfg, s);
    free(s);
    return 0;
}
