/* fuzz_when: the WHEN, DURATION and sleep parsers on any text. */
#include <time.h>

#include "fuzz_util.h"
#include "recov/wellness.h"
#include "recov/when.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = fuzz_string(data, size);
    if (!s)
        return 0;
    time_t t;
    int minutes, minute;
    char buf[64];
    if (recov_when_parse_any(s, FUZZ_NOW, &t) == 0) {
        recov_when_format_local(t, buf, sizeof buf);
        recov_when_format_utc(t, buf, sizeof buf);
    }
    recov_when_parse(s, FUZZ_NOW, &t);
    recov_when_parse_iso(s, &t);
    if (recov_duration_parse(s, &minutes) == 0)
        recov_duration_format(minutes, buf, sizeof buf);
    recov_duration_parse_span(s, 0, 7 * 24 * 60, &minutes);
    recov_clock_parse(s, &minute);
    int secs;
    if (recov_sleep_parse(s, &secs) == 0 && (secs < 0 || secs > RECOV_SLEEP_MAX_SECS))
        abort(); /* a night of 0-24 h, whatever was typed */
    free(s);
    return 0;
}
