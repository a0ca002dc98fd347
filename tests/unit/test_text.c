/* test_text: control characters refused on input, escaped on output; the
 * INI reader line by line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/error.h"
#include "recov/ini.h"
#include "recov/text.h"

static void test_check_accepts_text_and_tabs(void **state)
{
    (void)state;
    const char *good[] = {"", "tempo, \"hard\"; felt ok", "caf\xc3\xa9 \xe2\x9c\x93", "a\tb",
                          "\xf0\x9f\x8f\x83 run", "\xc2\xa0nbsp", "\xef\xbf\xbd"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_int_equal(recov_text_check("note", good[i]), RECOV_OK);
}

static void test_check_refuses_controls_and_bad_utf8(void **state)
{
    (void)state;
    const struct { const char *text, *says; } bad[] = {
        {"\x1b]0;PWNED\x07", "U+001B at position 1"},
        {"ok\nno", "U+000A at position 3"},
        {"\r", "U+000D"},
        {"del\x7f", "U+007F"},
        {"\xc2\x9b" "2J", "U+009B"},
        {"\xc2\x80", "U+0080"},
        {"\xc2\x9f", "U+009F"},
        {"caf\xe9", "byte 0xe9 at position 4 is not UTF-8"},
        {"\xc0\xaf", "not UTF-8"},          /* overlong */
        {"\xed\xa0\x80", "not UTF-8"},      /* surrogate */
        {"\xf4\x90\x80\x80", "not UTF-8"},  /* beyond U+10FFFF */
        {"\xe2\x82", "not UTF-8"},          /* cut short */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(recov_text_check("note", bad[i].text), RECOV_EINPUT);
        assert_non_null(strstr(recov_error_get(), bad[i].says));
        assert_true(strncmp(recov_error_get(), "note '", 6) == 0);
    }
}

static void test_escape(void **state)
{
    (void)state;
    char buf[64];
    assert_int_equal(recov_text_escape("\x1b]0;x\x07", buf, sizeof buf), strlen("\\x1b]0;x\\x07"));
    assert_string_equal(buf, "\\x1b]0;x\\x07");
    recov_text_escape("a\tb caf\xc3\xa9", buf, sizeof buf);
    assert_string_equal(buf, "a\tb caf\xc3\xa9");
    recov_text_escape("\xc2\x9b" "2J\xff", buf, sizeof buf);
    assert_string_equal(buf, "\\u009b2J\\xff");
    recov_text_escape(NULL, buf, sizeof buf);
    assert_string_equal(buf, "");
    /* Cut to the buffer, terminated, the full length returned. */
    char small[5];
    assert_int_equal(recov_text_escape("\x1b\x1b", small, sizeof small), 8);
    assert_string_equal(small, "\\x1b");
    /* Nothing escaped ever contains a control character. */
    char all[256], out[2048];
    for (int i = 0; i < 255; i++)
        all[i] = (char)(i + 1);
    all[255] = '\0';
    recov_text_escape(all, out, sizeof out);
    for (const char *p = out; *p; p++)
        assert_true((unsigned char)*p >= 0x20 || *p == '\t');
    assert_int_equal(recov_text_check("out", out), RECOV_OK);
}

struct seen {
    char text[1024];
};

static int record(void *ctx, const char *section, const char *key, const char *value, int line)
{
    struct seen *s = ctx;
    size_t n = strlen(s->text);
    snprintf(s->text + n, sizeof s->text - n, "%d:[%s]%s%s%s|", line, section, key ? key : "",
             key ? "=" : "", value ? value : "");
    return 0;
}

static void test_ini_reads_what_iniparser_read(void **state)
{
    (void)state;
    struct seen s = {""};
    const char text[] = "; comment\n# comment\n top = 1\n[Advice]\nPersist_Days = 10 ; why\n"
                        "quoted = \"a ; b\"\nsingle = 'x # y'\nempty =\r\n"
                        "long = one \\\n two\n[ workout.climb ]  # c\nrpe=6";
    assert_int_equal(recov_ini_parse(text, sizeof text - 1, "t.ini", record, &s), RECOV_OK);
    assert_string_equal(s.text, "3:[]top=1|4:[advice]|5:[advice]persist_days=10|"
                                "6:[advice]quoted=a ; b|7:[advice]single=x # y|8:[advice]empty=|"
                                "9:[advice]long=one  two|11:[workout.climb]|12:[workout.climb]rpe=6|");
}

/* A string literal and its length, NUL bytes included. */
#define TEXT(s) s, sizeof s - 1

static void test_ini_refuses_what_is_not_ini(void **state)
{
    (void)state;
    const struct { const char *text; size_t len; const char *says; } bad[] = {
        {TEXT("[advice\n"), "line 1: a section header"},
        {TEXT("[advice] x\n"), "line 1: a section header"},
        {TEXT("\n[]\n"), "line 2: empty section name"},
        {TEXT("[a]\njust words\n"), "line 2: expected 'key = value'"},
        {TEXT("[a]\n= 5\n"), "line 2: a key is missing"},
        {TEXT("[a]\nk = \"open\n"), "line 2: a quoted value"},
        {TEXT("[a]\nk = \"x\" y\n"), "line 2: a quoted value"},
        {TEXT("[a]\nk = v\0w\n"), "line 2: contains a NUL byte"},
        {TEXT("[a]\nk = \x1b[2J\n"), "line 2: text"},
        {TEXT("[a]\nk = caf\xe9\n"), "line 2: text"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        struct seen s = {""};
        if (recov_ini_parse(bad[i].text, bad[i].len, "t.ini", record, &s) != RECOV_EINPUT)
            fail_msg("accepted: %s", bad[i].says);
        assert_non_null(strstr(recov_error_get(), "config t.ini: "));
        if (!strstr(recov_error_get(), bad[i].says))
            fail_msg("'%s' lacks '%s'", recov_error_get(), bad[i].says);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_accepts_text_and_tabs),
        cmocka_unit_test(test_check_refuses_controls_and_bad_utf8),
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_ini_reads_what_iniparser_read),
        cmocka_unit_test(test_ini_refuses_what_is_not_ini),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
