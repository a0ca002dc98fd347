/* test_dynlib: a library loaded on first use fills its table of functions,
 * and a missing library or function is one clear message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zlib.h>

#include "recov/dynlib.h"
#include "recov/error.h"

struct table {
    const char *(*version)(void);
    unsigned long (*crc32)(unsigned long, const unsigned char *, unsigned);
};

static const struct recov_dynlib_symbol zlib_symbols[] = {
    {"zlibVersion", offsetof(struct table, version)},
    {"crc32", offsetof(struct table, crc32)},
};

static void test_loads_and_calls(void **state)
{
    (void)state;
    struct table t = {0};
    const struct recov_dynlib lib = {"libz.so.1", "reading gzip files", "zlib1g", zlib_symbols,
                                     2};
    assert_non_null(recov_dynlib_open(&lib, &t));
    assert_string_equal(t.version(), zlibVersion());
    /* The CRC-32 of "123456789", the check value of the standard. */
    assert_int_equal(t.crc32(0, (const unsigned char *)"123456789", 9), 0xcbf43926u);
}

static void test_missing_library_names_the_package(void **state)
{
    (void)state;
    struct table t = {0};
    const struct recov_dynlib lib = {"libnot-there.so.9", "reading FOO", "libfoo9", zlib_symbols,
                                     2};
    assert_null(recov_dynlib_open(&lib, &t));
    const char *says = recov_error_get();
    if (!strstr(says, "reading FOO needs libnot-there.so.9") ||
        !strstr(says, "install the libfoo9 package"))
        fail_msg("unclear: %s", says);
    assert_null(t.version);
}

static void test_missing_function_names_it(void **state)
{
    (void)state;
    struct table t = {0};
    const struct recov_dynlib_symbol symbols[] = {
        {"zlibVersion", offsetof(struct table, version)},
        {"inflateTheUniverse", offsetof(struct table, crc32)},
    };
    const struct recov_dynlib lib = {"libz.so.1", "reading gzip files", "zlib1g", symbols, 2};
    assert_null(recov_dynlib_open(&lib, &t));
    if (!strstr(recov_error_get(), "libz.so.1 with inflateTheUniverse; install a newer zlib1g"))
        fail_msg("unclear: %s", recov_error_get());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loads_and_calls),
        cmocka_unit_test(test_missing_library_names_the_package),
        cmocka_unit_test(test_missing_function_names_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
