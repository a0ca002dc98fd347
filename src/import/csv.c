/* import/csv: RFC 4180 records (quoted fields, "" and newlines inside). */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

static void clear(struct recov_csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        free(row->f[i]);
    row->n = 0;
}

void recov_csv_row_free(struct recov_csv_row *row)
{
    clear(row);
    free(row->f);
    row->f = NULL;
    row->cap = 0;
}

static int push(struct recov_csv_row *row, const char *text, size_t n)
{
    if (row->n == row->cap) {
        size_t cap = row->cap ? row->cap * 2 : 32;
        char **f = realloc(row->f, cap * sizeof *f);
        if (!f)
            return -1;
        row->f = f;
        row->cap = cap;
    }
    char *s = malloc(n + 1);
    if (!s)
        return -1;
    memcpy(s, text, n);
    s[n] = '\0';
    row->f[row->n++] = s;
    return 0;
}

/* One quoted field starting after its opening quote; "" is a quote. */
static int quoted(const char *buf, size_t len, size_t *pos, struct recov_csv_row *row)
{
    char *tmp = malloc(len - *pos + 1);
    size_t n = 0, p = *pos;
    if (!tmp)
        return -1;
    for (;;) {
        if (p >= len) {
            free(tmp);
            return -1;
        }
        if (buf[p] == '"') {
            if (p + 1 < len && buf[p + 1] == '"') {
                tmp[n++] = '"';
                p += 2;
                continue;
            }
            p++;
            break;
        }
        tmp[n++] = buf[p++];
    }
    /* Anything between the closing quote and the separator is kept out. */
    while (p < len && buf[p] != ',' && buf[p] != '\n')
        p++;
    *pos = p;
    int rc = push(row, tmp, n);
    free(tmp);
    return rc;
}

int recov_csv_next(const char *buf, size_t len, size_t *pos, struct recov_csv_row *row)
{
    size_t p = *pos;
    clear(row);
    if (p >= len)
        return 0;
    for (;;) {
        if (p < len && buf[p] == '"') {
            p++;
            if (quoted(buf, len, &p, row))
                return -1;
        } else {
            size_t start = p;
            while (p < len && buf[p] != ',' && buf[p] != '\n')
                p++;
            size_t end = p;
            if (end > start && buf[end - 1] == '\r')
                end--;
            if (push(row, buf + start, end - start))
                return -1;
        }
        if (p < len && buf[p] == ',') {
            p++;
            continue;
        }
        if (p < len)
            p++; /* the newline */
        break;
    }
    *pos = p;
    return 1;
}
