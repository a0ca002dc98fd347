/* ut_near: a double comparison for cmocka that shows both values. */
#ifndef RECOV_UT_NEAR_H
#define RECOV_UT_NEAR_H

#include <math.h>

/* cmocka's assert_float_equal compares floats; load figures need doubles. */
static inline void ut_near(double got, double want, double eps, const char *file, int line)
{
    if (!(fabs(got - want) <= eps))
        fail_msg("%s:%d: got %.10g, wanted %.10g (within %g)", file, line, got, want, eps);
}
#define assert_near(got, want, eps) ut_near((got), (want), (eps), __FILE__, __LINE__)

#endif
