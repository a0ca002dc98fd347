/* fuzz_region: region, place, alias, flag and action lookup on any name,
 * with the built-in aliases and some from a config; the text split at
 * spaces as place words ("left calf"). */
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
    int side;
    recov_config_place(&cfg, s, &mask, &side);
    const char *words[16];
    size_t n = 0;
    for (char *save = NULL, *w = strtok_r(s, " ", &save); w && n < 16; w = strtok_r(NULL, " ", &save))
        words[n++] = w;
    for (size_t i = 0, used; i < n; i += used) {
        used = recov_config_place_words(&cfg, words + i, n - i, buf, sizeof buf);
        if (used < 1 || used > 2)
            abort(); /* a place is one word or two */
    }
    if (n)
        recov_config_places(&cfg, words, n, &mask, &side);
    free(s);
    return 0;
}
