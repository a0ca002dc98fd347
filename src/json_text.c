/* json_text: compact JSON written straight into a growing buffer.
 *
 * Building a jansson object per line and dumping it costs an allocation per
 * member and a stdio call per token; export writes hundreds of thousands of
 * lines. The rules below are jansson 2.14's (dump.c, strconv.c, utf.c) for
 * RECOV_JSON_FLAGS, so that both paths give the same bytes; the tests
 * compare them. */
#include "recov/json_text.h"

#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void recov_json_text_free(struct recov_json_text *t)
{
    free(t->s);
    memset(t, 0, sizeof *t);
}

/* Room for n more bytes; 0, or -1 (and failed set) when out of memory. */
static int reserve(struct recov_json_text *t, size_t n)
{
    if (t->failed)
        return -1;
    if (t->cap - t->len >= n)
        return 0;
    size_t cap = t->cap ? t->cap : 256;
    while (cap - t->len < n)
        cap *= 2;
    char *s = realloc(t->s, cap);
    if (!s) {
        t->failed = 1;
        return -1;
    }
    t->s = s;
    t->cap = cap;
    return 0;
}

void recov_json_text_raw(struct recov_json_text *t, const char *p, size_t n)
{
    if (reserve(t, n) == 0) {
        memcpy(t->s + t->len, p, n);
        t->len += n;
    }
}

void recov_json_text_open(struct recov_json_text *t)
{
    recov_json_text_raw(t, "{", 1);
    t->first = 1;
}

void recov_json_text_close(struct recov_json_text *t)
{
    recov_json_text_raw(t, "}", 1);
    t->first = 0;
}

void recov_json_text_key(struct recov_json_text *t, const char *key)
{
    if (!t->first)
        recov_json_text_raw(t, ",", 1);
    t->first = 0;
    recov_json_text_string(t, key);
    recov_json_text_raw(t, ":", 1);
}

/* The code point of the UTF-8 sequence at p (before end) and its length,
 * or 0 when it is not one jansson accepts: no overlong forms, no
 * surrogates, nothing past U+10FFFF. */
static size_t utf8_next(const unsigned char *p, const unsigned char *end, int32_t *cp)
{
    size_t n = *p < 0x80 ? 1 : *p < 0xC2 ? 0 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : *p < 0xF5 ? 4 : 0;
    if (n <= 1 || n > (size_t)(end - p)) {
        *cp = *p;
        return n == 1 ? 1 : 0;
    }
    int32_t v = *p & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (n == 3 && v < 0x800) ||
        (n == 4 && v < 0x10000))
        return 0;
    *cp = v;
    return n;
}

static char *put_u16(char *o, unsigned v)
{
    static const char hex[] = "0123456789ABCDEF";
    *o++ = '\\';
    *o++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *o++ = hex[(v >> shift) & 0xF];
    return o;
}

/* The escape of one code point that cannot be written as it is. */
static char *put_escape(char *o, int32_t cp)
{
    static const char short_form[] = {['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n',
                                      ['\r'] = 'r', ['\t'] = 't', ['"'] = '"', ['\\'] = '\\'};
    if (cp < (int32_t)sizeof short_form && short_form[cp]) {
        *o++ = '\\';
        *o++ = short_form[cp];
    } else if (cp < 0x10000) {
        o = put_u16(o, (unsigned)cp);
    } else {
        cp -= 0x10000;
        o = put_u16(o, 0xD800u | (((unsigned)cp & 0xFFC00u) >> 10));
        o = put_u16(o, 0xDC00u | ((unsigned)cp & 0x3FFu));
    }
    return o;
}

int recov_json_text_string(struct recov_json_text *t, const char *value)
{
    const unsigned char *p = (const unsigned char *)value, *end = p + strlen(value);
    /* Worst case: a control byte becomes six bytes (\u001F). */
    if (reserve(t, (size_t)(end - p) * 6 + 2))
        return 0;
    char *o = t->s + t->len;
    *o++ = '"';
    while (p < end) {
        if (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') {
            *o++ = (char)*p++;
            continue;
        }
        int32_t cp;
        size_t n = utf8_next(p, end, &cp);
        if (!n)
            return -1;
        o = put_escape(o, cp);
        p += n;
    }
    *o++ = '"';
    t->len = (size_t)(o - t->s);
    return 0;
}

void recov_json_text_integer(struct recov_json_text *t, long long v)
{
    char b[24], *o = b + sizeof b;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do
        *--o = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--o = '-';
    recov_json_text_raw(t, o, (size_t)(b + sizeof b - o));
}

int recov_json_text_real(struct recov_json_text *t, double v)
{
    if (!isfinite(v))
        return -1;
    char b[48];
    int n = snprintf(b, sizeof b, "%.12g", v);
    /* jansson's from_locale: a decimal comma becomes a point. */
    const char *point = localeconv()->decimal_point;
    char *pos = *point != '.' ? strchr(b, *point) : NULL;
    if (pos)
        *pos = '.';
    if (!strchr(b, '.') && !strchr(b, 'e')) {
        memcpy(b + n, ".0", 3);
        n += 2;
    }
    /* "1e+20" -> "1e20", "1e-07" -> "1e-7". */
    char *start = strchr(b, 'e');
    if (start) {
        start++;
        char *stop = start + 1;
        if (*start == '-')
            start++;
        while (*stop == '0')
            stop++;
        memmove(start, stop, (size_t)(b + n + 1 - stop));
        n -= (int)(stop - start);
    }
    recov_json_text_raw(t, b, (size_t)n);
    return 0;
}
