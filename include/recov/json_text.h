/* json_text: compact JSON written straight into a growing buffer, byte for
 * byte as jansson's json_dumps writes it with RECOV_JSON_FLAGS. */
#ifndef RECOV_JSON_TEXT_H
#define RECOV_JSON_TEXT_H

#include <stddef.h>

/* Zero-initialise; the text is s[0..len) (not terminated). failed is set
 * once an allocation fails; every later write is then a no-op. first is 1
 * while the object being written has no member yet. */
struct recov_json_text {
    char *s;
    size_t len, cap;
    int first;
    int failed;
};

void recov_json_text_free(struct recov_json_text *t);
/* Appends n raw bytes. */
void recov_json_text_raw(struct recov_json_text *t, const char *p, size_t n);
/* "{" and "}": an object; members go between. */
void recov_json_text_open(struct recov_json_text *t);
void recov_json_text_close(struct recov_json_text *t);
/* The separator (when not the first member), "key" and ":". */
void recov_json_text_key(struct recov_json_text *t, const char *key);
/* A string value, escaped as jansson does with JSON_ENSURE_ASCII. Returns
 * 0, or -1 without writing when value is not valid UTF-8 (json_string()
 * refuses such text, so jansson's output has no such value). */
int recov_json_text_string(struct recov_json_text *t, const char *value);
/* An integer, as "%lld". */
void recov_json_text_integer(struct recov_json_text *t, long long v);
/* A real as jansson writes it with JSON_REAL_PRECISION(12): "%.12g", a
 * ".0" when that looks like an integer, the exponent without '+' or
 * leading zeros. Returns -1 without writing for NaN and infinities, which
 * json_real() refuses. */
int recov_json_text_real(struct recov_json_text *t, double v);

#endif
