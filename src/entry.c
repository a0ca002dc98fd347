/* entry: one logged workout, soreness score, recovery action or wellness check. */
#include "recov/entry.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#include "recov/error.h"
#include "recov/grow.h"
#include "recov/text.h"

void recov_entry_init(struct recov_entry *e, enum recov_kind kind)
{
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->distance_km = -1.0;
    e->region = -1;
    e->action = -1;
    e->sleep_secs = -1;
}

void recov_entry_clear(struct recov_entry *e)
{
    free(e->note);
    e->note = NULL;
}

const char *recov_kind_name(enum recov_kind kind)
{
    switch (kind) {
    case RECOV_KIND_WORKOUT:
        return "workout";
    case RECOV_KIND_SORENESS:
        return "soreness";
    case RECOV_KIND_RECOVERY:
        return "recovery";
    case RECOV_KIND_WELLNESS:
        return "wellness";
    }
    return "?";
}

int recov_uid_new(char *uid)
{
    unsigned char b[16];
    size_t got = 0;
    while (got < sizeof b) {
        ssize_t n = getrandom(b + got, sizeof b - got, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            recov_error_set("cannot make an entry uid: no randomness (%s)", strerror(errno));
            return RECOV_EIO;
        }
        got += (size_t)n;
    }
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4: random */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    /* By hand: snprintf of 16 bytes was 7 % of importing entries without uids. */
    static const char hex[] = "0123456789abcdef";
    char *p = uid;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = hex[b[i] >> 4];
        *p++ = hex[b[i] & 0x0f];
    }
    *p = '\0';
    return RECOV_OK;
}

int recov_uid_valid(const char *text)
{
    if (strlen(text) != RECOV_UID_LEN)
        return 0;
    for (int i = 0; i < RECOV_UID_LEN; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        char c = text[i];
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return 0;
    }
    return 1;
}

int recov_entry_load(const struct recov_entry *e)
{
    return e->kind == RECOV_KIND_WORKOUT ? e->rpe * e->minutes : 0;
}

time_t recov_entry_end(const struct recov_entry *e)
{
    return e->at + (time_t)e->minutes * 60;
}

int recov_entries_push(struct recov_entries *list, struct recov_entry *e)
{
    if (recov_grow((void **)&list->v, &list->cap, list->n, sizeof *list->v))
        return RECOV_EIO;
    list->v[list->n++] = *e;
    e->note = NULL;
    return RECOV_OK;
}

void recov_entries_free(struct recov_entries *list)
{
    for (size_t i = 0; i < list->n; i++)
        recov_entry_clear(&list->v[i]);
    free(list->v);
    list->v = NULL;
    list->n = list->cap = 0;
}

/* Strict integer in [min, max]: no sign games, no fraction, no trailing text. */
static int parse_int_in(const char *text, int min, int max, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno || end == text || *end || v < min || v > max || isspace((unsigned char)*text))
        return -1;
    *out = (int)v;
    return 0;
}

int recov_score_parse(const char *text, int *score)
{
    if (parse_int_in(text, 0, 10, score) == 0)
        return RECOV_OK;
    recov_error_set("score '%s': must be a whole number from 0 (none) to 10 (worst)", text);
    return RECOV_EINPUT;
}

int recov_rpe_parse(const char *text, int *rpe)
{
    if (parse_int_in(text, 0, 10, rpe) == 0)
        return RECOV_OK;
    recov_error_set("rpe '%s': must be a whole number from 0 (rest) to 10 (maximal), "
                    "Foster CR-10",
                    text);
    return RECOV_EINPUT;
}

/* Decimal digits with at most one point: strtod alone would also take
 * "0x10" (16), "1e2", "inf" and leading blanks. */
static int is_decimal(const char *text)
{
    size_t whole = strspn(text, "0123456789");
    if (text[whole] != '.')
        return whole > 0 && text[whole] == '\0';
    size_t frac = strspn(text + whole + 1, "0123456789");
    return whole + frac > 0 && text[whole + 1 + frac] == '\0';
}

int recov_distance_parse(const char *text, double *km)
{
    errno = 0;
    double v = is_decimal(text) ? strtod(text, NULL) : -1;
    if (errno || !(v >= 0 && v <= 1000)) {
        recov_error_set("distance '%s': must be a decimal number of kilometres from 0 to "
                        "1000, e.g. 10.5",
                        text);
        return RECOV_EINPUT;
    }
    *km = v;
    return RECOV_OK;
}

int recov_note_check(const char *text)
{
    return recov_text_check("note", text);
}
