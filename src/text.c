/* text: user text that is safe to store and safe to show on a terminal. */
#include "recov/text.h"

#include <string.h>

#include "recov/error.h"

/* Decodes the UTF-8 sequence at s: returns its length and sets *cp, or 0
 * when it is not well-formed (overlong, surrogate, beyond U+10FFFF). */
static size_t decode(const unsigned char *s, unsigned *cp)
{
    static const unsigned min[] = {0, 0, 0x80, 0x800, 0x10000};
    size_t len = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
                                 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (len <= 1) {
        *cp = s[0];
        return len;
    }
    unsigned v = s[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

static int is_control(unsigned cp)
{
    return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F);
}

int recov_text_check(const char *what, const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; s[i];) {
        unsigned cp;
        size_t len = decode(s + i, &cp);
        if (len == 0) {
            recov_error_set("%s '%s': byte 0x%02x at position %zu is not UTF-8 (check the "
                            "terminal's encoding)",
                            what, text, s[i], i + 1);
            return RECOV_EINPUT;
        }
        if (is_control(cp)) {
            recov_error_set("%s '%s': control character U+%04X at position %zu; text may "
                            "contain tabs but no control characters",
                            what, text, cp, i + 1);
            return RECOV_EINPUT;
        }
        i += len;
    }
    return RECOV_OK;
}

/* Appends piece to out (size n) at *used, counting what does not fit. */
static void put(char *out, size_t n, size_t *used, const char *piece, size_t len)
{
    if (*used < n) {
        size_t room = n - *used - 1;
        memcpy(out + *used, piece, len < room ? len : room);
    }
    *used += len;
}

/* Calls emit for each piece of the escaped text: runs of safe bytes as
 * they are, each unsafe character as its escape. */
static void escape_each(const char *in, void (*emit)(void *, const char *, size_t), void *ctx)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0, start = 0;
    while (s[i]) {
        unsigned cp;
        size_t len = decode(s + i, &cp);
        if (len && !is_control(cp)) {
            i += len;
            continue;
        }
        char esc[16];
        emit(ctx, in + start, i - start);
        if (len == 0 || cp < 0x80)
            snprintf(esc, sizeof esc, "\\x%02x", s[i]);
        else
            snprintf(esc, sizeof esc, "\\u%04x", cp);
        emit(ctx, esc, strlen(esc));
        i += len ? len : 1;
        start = i;
    }
    emit(ctx, in + start, i - start);
}

struct buffer {
    char *out;
    size_t n, used;
};

static void to_buffer(void *ctx, const char *piece, size_t len)
{
    struct buffer *b = ctx;
    put(b->out, b->n, &b->used, piece, len);
}

size_t recov_text_escape(const char *in, char *out, size_t n)
{
    struct buffer b = {out, n, 0};
    escape_each(in ? in : "", to_buffer, &b);
    if (n)
        out[b.used < n ? b.used : n - 1] = '\0';
    return b.used;
}

static void to_file(void *ctx, const char *piece, size_t len)
{
    fwrite(piece, 1, len, ctx);
}

void recov_text_print(FILE *f, const char *in)
{
    escape_each(in ? in : "", to_file, f);
}
