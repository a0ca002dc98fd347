/* sync: the shared folder: one file per change, written whole, read whole. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "recov/entry.h"
#include "recov/error.h"
#include "recov/sync.h"

static const unsigned char MAGIC[8] = "RECOVSYN";

/* FNV-1a, 64 bits: catches a file cut short or garbled in transit (it is
 * no defence against tampering; nothing here is). */
static uint64_t checksum(uint64_t h, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}
#define CHECKSUM_SEED 0xcbf29ce484222325ULL

static unsigned char *put(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        *p++ = (unsigned char)(v >> (8 * i));
    return p;
}

static uint64_t get(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* Layout: magic 8, format 4, device 36, seq 8, schema 4, clock 8,
 * length 8, checksum 8 (of all before it and the payload). */
int recov_sync_encode(const char *device, int64_t seq, int64_t clock, const void *payload,
                      size_t n, unsigned char **out, size_t *nout)
{
    *nout = RECOV_SYNC_HEADER + n;
    unsigned char *p = *out = malloc(*nout);
    if (!p) {
        recov_error_set("sync: out of memory");
        return RECOV_EIO;
    }
    memcpy(p, MAGIC, 8);
    p = put(p + 8, RECOV_SYNC_FORMAT, 4);
    memcpy(p, device, 36);
    p = put(p + 36, (uint64_t)seq, 8);
    p = put(p, (uint64_t)recov_db_schema_version(), 4);
    p = put(p, (uint64_t)clock, 8);
    p = put(p, n, 8);
    uint64_t h = checksum(CHECKSUM_SEED, *out, RECOV_SYNC_HEADER - 8);
    p = put(p, checksum(h, payload, n), 8);
    memcpy(p, payload, n);
    return RECOV_OK;
}

static int bad(const char *why)
{
    recov_error_set("%s", why);
    return RECOV_EINPUT;
}

int recov_sync_decode(const unsigned char *buf, size_t n, const char *device, int64_t seq,
                      int64_t *clock, const unsigned char **payload, size_t *npayload)
{
    if (n < 12)
        return bad("truncated");
    if (memcmp(buf, MAGIC, 8) != 0)
        return bad("not a recov sync file");
    if (get(buf + 8, 4) > RECOV_SYNC_FORMAT) {
        recov_error_set("format %llu is newer than this recov reads (%d)",
                        (unsigned long long)get(buf + 8, 4), RECOV_SYNC_FORMAT);
        return RECOV_EINPUT;
    }
    if (n < RECOV_SYNC_HEADER)
        return bad("truncated");
    uint64_t length = get(buf + 68, 8);
    if (length != n - RECOV_SYNC_HEADER)
        return bad(length > n - RECOV_SYNC_HEADER ? "truncated" : "longer than its header says");
    uint64_t h = checksum(CHECKSUM_SEED, buf, RECOV_SYNC_HEADER - 8);
    if (checksum(h, buf + RECOV_SYNC_HEADER, length) != get(buf + RECOV_SYNC_HEADER - 8, 8))
        return bad("bad checksum");
    if (memcmp(buf + 12, device, 36) != 0 || get(buf + 48, 8) != (uint64_t)seq)
        return bad("its header names another device or number");
    if (get(buf + 56, 4) > (uint64_t)recov_db_schema_version()) {
        recov_error_set("written by a newer recov (schema %llu, this one has %d)",
                        (unsigned long long)get(buf + 56, 4), recov_db_schema_version());
        return RECOV_EINPUT;
    }
    *clock = (int64_t)get(buf + 60, 8);
    *payload = buf + RECOV_SYNC_HEADER;
    *npayload = length;
    return RECOV_OK;
}

static void file_path(char *buf, size_t n, const char *dir, const char *device, int64_t seq)
{
    snprintf(buf, n, "%s/%s/%010lld.rcs", dir, device, (long long)seq);
}

static int io_fail(const char *what, const char *path)
{
    recov_error_set("sync: %s '%s': %s", what, path, strerror(errno));
    return RECOV_EIO;
}

/* Written under a temporary name, synced, then renamed: a replication
 * engine or another device sees the whole file or none. */
static int write_file(const char *path, const unsigned char *buf, size_t n)
{
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) {
        recov_error_set("sync: path too long '%s'", path);
        return RECOV_EINPUT;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return io_fail("cannot write", tmp);
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            close(fd);
            unlink(tmp);
            return io_fail("cannot write", tmp);
        }
        done += (size_t)w;
    }
    if (fsync(fd) != 0 || close(fd) != 0 || rename(tmp, path) != 0) {
        unlink(tmp);
        return io_fail("cannot write", path);
    }
    return RECOV_OK;
}

static int read_file(const char *path, unsigned char **buf, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return errno == ENOENT ? RECOV_ENOTFOUND : io_fail("cannot read", path);
    size_t cap = 4096;
    *n = 0;
    *buf = malloc(cap);
    size_t r;
    while (*buf && (r = fread(*buf + *n, 1, cap - *n, f)) > 0) {
        *n += r;
        if (*n == cap) {
            unsigned char *p = realloc(*buf, cap *= 2);
            if (!p)
                free(*buf);
            *buf = p;
        }
    }
    int err = ferror(f) || !*buf;
    fclose(f);
    if (err) {
        free(*buf);
        *buf = NULL;
        return io_fail("cannot read", path);
    }
    return RECOV_OK;
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Writes this device's changes missing from the folder. */
static int send(struct recov_db *db, const char *dir, struct recov_sync_report *r, int dry)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, r->device);
    if (!dry && mkdir(path, 0755) != 0 && errno != EEXIST)
        return io_fail("cannot create", path);
    r->sent = recov_sync_sent(db);
    for (int64_t seq = 1; seq <= r->sent; seq++) {
        file_path(path, sizeof path, dir, r->device, seq);
        if (exists(path))
            continue;
        if (dry) {
            r->unwritten++;
            continue;
        }
        int64_t clock;
        void *payload;
        int n;
        unsigned char *buf;
        size_t nbuf;
        int rc = recov_sync_outgoing(db, seq, &clock, &payload, &n);
        if (rc)
            return rc;
        rc = recov_sync_encode(r->device, seq, clock, payload, (size_t)n, &buf, &nbuf);
        sqlite3_free(payload);
        if (rc == RECOV_OK)
            rc = write_file(path, buf, nbuf);
        free(buf);
        if (rc)
            return rc;
        r->written++;
    }
    return RECOV_OK;
}

static void skip(struct recov_sync_report *r, const char *path)
{
    /* A reason longer than the slot is cut: the full one went to stderr. */
    if (r->nskipped < sizeof r->skipped / sizeof r->skipped[0]
        && snprintf(r->skipped[r->nskipped], sizeof r->skipped[0], "%s: %s", path,
                    recov_error_get()) >= 0)
        r->nskipped++;
}

/* Applies one file; 1 when there is none, 2 after a skip. */
static int receive_one(struct recov_db *db, const char *dir, const char *device, int64_t seq,
                       struct recov_sync_report *r)
{
    char path[4200];
    file_path(path, sizeof path, dir, device, seq);
    unsigned char *buf = NULL;
    size_t n;
    int rc = read_file(path, &buf, &n);
    if (rc == RECOV_ENOTFOUND)
        return 1;
    if (rc)
        return rc;
    int64_t clock;
    const unsigned char *payload;
    size_t np;
    rc = recov_sync_decode(buf, n, device, seq, &clock, &payload, &np);
    if (rc == RECOV_OK)
        rc = recov_sync_apply(db, device, seq, clock, payload, np);
    free(buf);
    if (rc == RECOV_EINPUT) {
        skip(r, path);
        return 2;
    }
    if (rc == RECOV_OK)
        r->applied++;
    return rc;
}

static int add_peer(struct recov_sync_report *r, const char *device, int64_t applied)
{
    void *p = realloc(r->peers, (r->npeers + 1) * sizeof *r->peers);
    if (!p)
        return RECOV_EIO;
    r->peers = p;
    struct recov_sync_peer *peer = &r->peers[r->npeers++];
    memset(peer, 0, sizeof *peer);
    if (snprintf(peer->device, sizeof peer->device, "%s", device) >= (int)sizeof peer->device) {
        r->npeers--;
        recov_error_set("sync: device folder name '%s' is not a device id", device);
        return RECOV_EINPUT;
    }
    peer->applied = applied;
    return RECOV_OK;
}

static int by_device(const void *a, const void *b)
{
    return strcmp(((const struct recov_sync_peer *)a)->device,
                  ((const struct recov_sync_peer *)b)->device);
}

static int list_peers(const char *dir, struct recov_sync_report *r)
{
    DIR *d = opendir(dir);
    if (!d)
        return io_fail("cannot read the folder", dir);
    struct dirent *e;
    int rc = RECOV_OK;
    while (rc == RECOV_OK && (e = readdir(d)))
        if (recov_uid_valid(e->d_name) && strcmp(e->d_name, r->device) != 0)
            rc = add_peer(r, e->d_name, 0);
    closedir(d);
    if (r->npeers)
        qsort(r->peers, r->npeers, sizeof *r->peers, by_device);
    return rc;
}


static void count_pending(const char *dir, struct recov_sync_peer *p)
{
    char path[4200];
    p->pending = 0;
    for (int64_t seq = p->applied + 1;; seq++) {
        file_path(path, sizeof path, dir, p->device, seq);
        if (!exists(path))
            break;
        p->pending++;
    }
}

int recov_sync_run(struct recov_db *db, const char *dir, int status_only,
                   struct recov_sync_report *r)
{
    memset(r, 0, sizeof *r);
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        recov_error_set("sync: folder '%s': %s; give an existing folder that all devices share",
                        dir, errno ? strerror(errno) : "not a folder");
        return RECOV_EINPUT;
    }
    int rc = recov_sync_device(db, !status_only, r->device);
    if (rc == RECOV_OK && r->device[0])
        rc = send(db, dir, r, status_only);
    if (rc == RECOV_OK)
        rc = list_peers(dir, r);
    for (size_t i = 0; rc == RECOV_OK && i < r->npeers; i++) {
        struct recov_sync_peer *p = &r->peers[i];
        rc = recov_sync_peer_state(db, p->device, &p->applied, &p->clock);
        for (int64_t seq = p->applied + 1; rc == RECOV_OK && !status_only; seq++) {
            int got = receive_one(db, dir, p->device, seq, r);
            if (got != 0) {
                rc = got > 0 ? RECOV_OK : got;
                break;
            }
        }
        if (rc == RECOV_OK) {
            rc = recov_sync_peer_state(db, p->device, &p->applied, &p->clock);
        if (rc == RECOV_OK)
            count_pending(dir, p);
        }
    }
    return rc;
}

void recov_sync_report_free(struct recov_sync_report *r)
{
    free(r->peers);
    r->peers = NULL;
    r->npeers = 0;
}
