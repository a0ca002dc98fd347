/* ut_tz: switching the time zone inside a unit test (DST cases). */
#ifndef RECOV_UT_TZ_H
#define RECOV_UT_TZ_H

#include <stdlib.h>
#include <time.h>

static inline void use_tz(const char *tz)
{
    setenv("TZ", tz, 1);
    tzset();
}

/* Teardown of the DST tests: back to UTC even when an assertion failed. */
static inline int restore_utc(void **state)
{
    (void)state;
    use_tz("UTC");
    return 0;
}

#endif
