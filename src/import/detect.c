/* detect: a file's format from its first bytes, never from its name. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "recov/error.h"
#include "recov/import.h"

/* Finds needle in the first n bytes of hay (which need not end in NUL). */
static int has(const unsigned char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; k <= n && i <= n - k; i++)
        if (hay[i] == (unsigned char)needle[0] && memcmp(hay + i, needle, k) == 0)
            return 1;
    return 0;
}

static int is_fit(const unsigned char *b, size_t n)
{
    return n >= 12 && (b[0] == 12 || b[0] == 14) && memcmp(b + 8, ".FIT", 4) == 0;
}

/* An XML document: the root element's name decides. */
static enum recov_format xml_format(const unsigned char *b, size_t n)
{
    size_t look = n < 4096 ? n : 4096;
    if (has(b, look, "<gpx") || has(b, look, ":gpx "))
        return RECOV_FORMAT_GPX;
    if (has(b, look, "<TrainingCenterDatabase") || has(b, look, ":TrainingCenterDatabase"))
        return RECOV_FORMAT_TCX;
    return RECOV_FORMAT_UNKNOWN;
}

enum recov_format recov_format_detect(const unsigned char *b, size_t n)
{
    if (is_fit(b, n))
        return RECOV_FORMAT_FIT;
    if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b)
        return RECOV_FORMAT_GZIP;
    size_t i = n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    if (i == n)
        return RECOV_FORMAT_UNKNOWN;
    if (b[i] == '<')
        return xml_format(b + i, n - i);
    if (b[i] == '{')
        return RECOV_FORMAT_NDJSON;
    /* Strava's activities.csv: its header starts with these columns. */
    size_t line = i;
    while (line < n && b[line] != '\n')
        line++;
    if (has(b + i, line - i, "Activity ID,") && has(b + i, line - i, "Activity Type"))
        return RECOV_FORMAT_STRAVA_CSV;
    return RECOV_FORMAT_UNKNOWN;
}

const char *recov_format_name(enum recov_format f)
{
    static const char *const names[] = {"unknown", "recov NDJSON", "GPX", "TCX", "FIT",
                                        "Strava activities.csv", "gzip"};
    return names[f];
}

int recov_format_of_path(const char *path, enum recov_format *f)
{
    struct stat st;
    unsigned char head[4096];
    *f = RECOV_FORMAT_UNKNOWN;
    if (stat(path, &st) != 0) {
        recov_error_set("cannot open '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    if (!S_ISREG(st.st_mode))
        return RECOV_OK;
    FILE *in = fopen(path, "rb");
    if (!in) {
        recov_error_set("cannot open '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    size_t n = fread(head, 1, sizeof head, in);
    fclose(in);
    *f = recov_format_detect(head, n);
    return RECOV_OK;
}
