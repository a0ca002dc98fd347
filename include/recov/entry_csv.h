/* entry_csv: reading entries back from recov's CSV export. */
#ifndef RECOV_ENTRY_CSV_H
#define RECOV_ENTRY_CSV_H

#include <stddef.h>
#include <stdio.h>

#include "recov/config.h"
#include "recov/entry.h"

/* One CSV record: its fields, in one buffer. */
struct recov_csv_record {
    char *buf;
    size_t len, cap;
    size_t *starts;         /* offset of each field in buf */
    size_t n, ncap;         /* fields */
    int *column;            /* a header's: each field's column of the export */
};
void recov_csv_record_free(struct recov_csv_record *r);
const char *recov_csv_field(const struct recov_csv_record *r, size_t i);

/* 1 when line (a file's first line, BOM already skipped) is the header of
 * recov's CSV export: a comma-separated list of its column names. */
int recov_csv_is_header(const char *line);
/* Splits the header line into r. Returns 0, RECOV_EINPUT (an unknown
 * column) or RECOV_EIO (out of memory), with a message. */
int recov_csv_header(const char *line, struct recov_csv_record *r);

/* Reads the next RFC 4180 record (quoted fields may hold commas, quotes and
 * line breaks; lines end in LF or CRLF). *lineno counts lines read. Returns
 * 1 for a record, 0 at the end, RECOV_EINPUT for an unclosed quote or
 * RECOV_EIO for a read error (message set). */
int recov_csv_next(FILE *in, struct recov_csv_record *r, long *lineno);

/* Turns a row into an entry by the columns of header (read by
 * recov_csv_header), with the same checks as an NDJSON line. A text field
 * that starts with ' had one added by the export's spreadsheet-formula
 * guard: exactly one is taken off. Returns 0 or RECOV_EINPUT with a
 * message. */
int recov_entry_from_csv(const struct recov_csv_record *header,
                         const struct recov_csv_record *row, const struct recov_config *cfg,
                         struct recov_entry *out);

#endif
