/* fit_build: FIT activity files written per the protocol, for the tests. */
#ifndef RECOV_FIT_BUILD_H
#define RECOV_FIT_BUILD_H

#include <stddef.h>
#include <stdint.h>

struct fit_build {
    unsigned char buf[65536];
    size_t n;
};

/* Starts a file: a 14-byte header, completed by fit_build_end. */
void fit_build_begin(struct fit_build *b);
/* Defines local message type local as global with fields {num, size, base}
 * (nfields triples); dev adds one developer field of dev_size bytes. */
void fit_build_define(struct fit_build *b, int local, uint16_t global, const uint8_t *fields,
                      int nfields, int dev_size);
/* A data message of local type local: size bytes of already-encoded values. */
void fit_build_data(struct fit_build *b, int local, const void *values, size_t size);
/* A data message with a compressed timestamp header (5-bit time offset). */
void fit_build_data_compressed(struct fit_build *b, int local, unsigned offset,
                               const void *values, size_t size);
/* Fills in the data size and both CRCs. */
void fit_build_end(struct fit_build *b);

/* A complete activity: file_id (serial, created), a record every 10 s for
 * minutes (heart rate hr_base + i % 5, distance 3 m/s), one lap and one
 * session (moving = elapsed, avg/max from the records, sport running). */
void fit_build_activity(struct fit_build *b, uint32_t serial, uint32_t start_fit, int minutes,
                        int hr_base, int with_session);

#endif
