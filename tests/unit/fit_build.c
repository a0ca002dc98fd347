/* fit_build: FIT activity files written per the protocol, for the tests. */
#include "fit_build.h"

#include <string.h>

#include "recov/activity.h"

static void put(struct fit_build *b, const void *p, size_t n)
{
    memcpy(b->buf + b->n, p, n);
    b->n += n;
}

static void put8(struct fit_build *b, unsigned v)
{
    b->buf[b->n++] = (unsigned char)v;
}

static void put16(struct fit_build *b, unsigned v)
{
    put8(b, v & 0xFF);
    put8(b, (v >> 8) & 0xFF);
}

static void put32(struct fit_build *b, uint32_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

void fit_build_begin(struct fit_build *b)
{
    b->n = 0;
    put8(b, 14);
    put8(b, 0x20);
    put16(b, 2132);
    put32(b, 0);
    put(b, ".FIT", 4);
    put16(b, 0);
}

void fit_build_define(struct fit_build *b, int local, uint16_t global, const uint8_t *fields,
                      int nfields, int dev_size)
{
    put8(b, 0x40 | (dev_size ? 0x20 : 0) | (unsigned)local);
    put8(b, 0);
    put8(b, 0);
    put16(b, global);
    put8(b, (unsigned)nfields);
    put(b, fields, (size_t)nfields * 3);
    if (dev_size) {
        put8(b, 1);
        put8(b, 0);
        put8(b, (unsigned)dev_size);
        put8(b, 0);
    }
}

void fit_build_data(struct fit_build *b, int local, const void *values, size_t size)
{
    put8(b, (unsigned)local);
    put(b, values, size);
}

void fit_build_data_compressed(struct fit_build *b, int local, unsigned offset,
                               const void *values, size_t size)
{
    put8(b, 0x80 | ((unsigned)local << 5) | (offset & 0x1F));
    put(b, values, size);
}

void fit_build_end(struct fit_build *b)
{
    uint32_t data = (uint32_t)(b->n - 14);
    for (int i = 0; i < 4; i++)
        b->buf[4 + i] = (unsigned char)(data >> (8 * i));
    uint16_t h = recov_fit_crc(0, b->buf, 12);
    b->buf[12] = h & 0xFF;
    b->buf[13] = h >> 8;
    uint16_t c = recov_fit_crc(0, b->buf, b->n);
    put16(b, c);
}

/* Little-endian values into a message buffer. */
static size_t le(unsigned char *p, uint64_t v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
    return n;
}

void fit_build_activity(struct fit_build *b, uint32_t serial, uint32_t start_fit, int minutes,
                        int hr_base, int with_session)
{
    unsigned char m[64];
    size_t k;
    fit_build_begin(b);
    /* file_id: type (enum) = 4 activity, manufacturer, serial, time_created */
    static const uint8_t file_id[] = {0, 1, 0x00, 1, 2, 0x84, 3, 4, 0x8C, 4, 4, 0x86};
    fit_build_define(b, 0, 0, file_id, 4, 0);
    k = le(m, 4, 1);
    k += le(m + k, 255, 2);
    k += le(m + k, serial, 4);
    k += le(m + k, start_fit, 4);
    fit_build_data(b, 0, m, k);
    /* record: timestamp, heart_rate, distance (cm), and a developer field */
    static const uint8_t record[] = {253, 4, 0x86, 3, 1, 0x02, 5, 4, 0x86};
    fit_build_define(b, 1, 20, record, 3, 2);
    int n = minutes * 6 + 1, sum = 0, max = 0;
    for (int i = 0; i < n; i++) {
        int hr = hr_base + i % 5;
        sum += hr;
        max = hr > max ? hr : max;
        k = le(m, start_fit + (uint32_t)i * 10, 4);
        k += le(m + k, (uint64_t)hr, 1);
        k += le(m + k, (uint64_t)i * 3000, 4);
        k += le(m + k, 0xBEEF, 2);
        fit_build_data(b, 1, m, k);
    }
    uint32_t secs = (uint32_t)(n - 1) * 10, dist = (uint32_t)(n - 1) * 3000;
    int avg = (sum + n / 2) / n;
    /* lap and session share a layout apart from heart rate and sport fields */
    static const uint8_t lap[] = {253, 4, 0x86, 2, 4, 0x86, 7, 4, 0x86, 8, 4, 0x86,
                                  9, 4, 0x86, 15, 1, 0x02, 16, 1, 0x02, 25, 1, 0x00};
    static const uint8_t session[] = {253, 4, 0x86, 2, 4, 0x86, 7, 4, 0x86, 8, 4, 0x86,
                                      9, 4, 0x86, 16, 1, 0x02, 17, 1, 0x02, 5, 1, 0x00};
    for (int s = 0; s < 1 + with_session; s++) {
        fit_build_define(b, 2, s ? 18 : 19, s ? session : lap, 8, 0);
        k = le(m, start_fit + secs, 4);
        k += le(m + k, start_fit, 4);
        k += le(m + k, (uint64_t)secs * 1000, 4);
        k += le(m + k, (uint64_t)secs * 1000, 4);
        k += le(m + k, dist, 4);
        k += le(m + k, (uint64_t)avg, 1);
        k += le(m + k, (uint64_t)max, 1);
        k += le(m + k, 1, 1);
        fit_build_data(b, 2, m, k);
    }
    fit_build_end(b);
}
