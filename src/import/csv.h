/* import/csv: RFC 4180 records (quoted fields, "" and newlines inside). */
#ifndef RECOV_IMPORT_CSV_H
#define RECOV_IMPORT_CSV_H

#include <stddef.h>

struct recov_csv_row {
    char **f;       /* fields, each NUL-terminated (owned) */
    size_t n, cap;
};

/* Reads the record at *pos in buf[0, len) into row (cleared first) and
 * moves *pos past it. Returns 1 when a record was read, 0 at the end, -1
 * out of memory or an unterminated quote. */
int recov_csv_next(const char *buf, size_t len, size_t *pos, struct recov_csv_row *row);
void recov_csv_row_free(struct recov_csv_row *row);

#endif
