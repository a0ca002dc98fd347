/* fuzz_when: the WHEN, DURATION and sleep parsers on any text. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "fuzz_util.h"
#include "recov/wellness.h"
#include "recov/when.h"

/* The text as command-line words, read as a duration typed with spaces. */
static void duration_words(const char *s)
{
    char copy[256], joined[128], *save = NULL;
    const char *words[16];
    size_t n = 0;
    snprintf(copy, sizeof copy, "%s", s);
    for (char *w = strtok_r(copy, " ", &save); w && n < 16; w = strtok_r(NULL, " ", &save))
        words[n++] = w;
    size_t taken = recov_duration_words(words, n, joined, sizeof joined);
    int minutes;
    if (taken > n)
        abort();
    if (taken)
        recov_duration_parse(joined, &minutes);
}

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
    if (recov_duration_parse(s, &minutes) == 0) {
        int again;
        recov_duration_format(minutes, buf, sizeof buf);
        if (recov_duration_parse(buf, &again) || again != minutes)
            abort(); /* what recov writes, it reads back */
    }
    duration_words(s);
    recov_duration_parse_span(s, 0, 7 * 24 * 60, &minutes);
    recov_clock_parse(s, &minute);
    int secs;
    if (recov_sleep_parse(s, &secs) == 0 && (secs < 0 || secs > RECOV_SLEEP_MAX_SECS))
        abort(); /* a night of 0-24 h, whatever was typed */
    free(s);
    return 0;
}
