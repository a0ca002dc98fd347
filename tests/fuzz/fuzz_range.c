/* fuzz_range: the range parser (:week, FROM..TO, ...) on any text. */
#include <time.h>

#include "fuzz_util.h"
#include "recov/range.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = fuzz_string(data, size);
    if (!s)
        return 0;
    struct recov_range r;
    for (int week_start = 0; week_start < 2; week_start++) {
        if (recov_range_parse(s, FUZZ_NOW, week_start, &r) == 0) {
            time_t from, to;
            recov_range_bounds(r, &from, &to);
            recov_range_bounds(recov_range_previous(r), &from, &to);
        }
    }
    free(s);
    return 0;
}
