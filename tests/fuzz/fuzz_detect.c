/* fuzz_detect: format detection, then the reader it picks, on any bytes
 * (libFuzzer target). */
#include <stddef.h>
#include <stdint.h>

#include "recov/error.h"
#include "recov/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    enum recov_format f = recov_format_detect(data, size);
    if (f > RECOV_FORMAT_GZIP)
        __builtin_trap();
    struct recov_activities out = {0};
    int rc = recov_import_recording(data, size, 0, &out);
    if (rc != RECOV_OK && rc != RECOV_EINPUT && rc != RECOV_ENOTFOUND && rc != RECOV_EIO)
        __builtin_trap();
    if (rc != RECOV_OK && out.n)
        __builtin_trap();
    recov_activities_free(&out);
    return 0;
}
