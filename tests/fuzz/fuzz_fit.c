/* fuzz_fit: the FIT decoder on any bytes (libFuzzer target). */
#include <stddef.h>
#include <stdint.h>

#include "recov/activity.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct recov_activities out = {0};
    recov_fit_parse(data, size, &out);
    /* Whatever it accepts must be a session recov can hold. */
    for (size_t i = 0; i < out.n; i++)
        if (out.v[i].start <= 0 || (out.v[i].elapsed_s < 0 && out.v[i].moving_s < 0))
            __builtin_trap();
    recov_activities_free(&out);
    return 0;
}
