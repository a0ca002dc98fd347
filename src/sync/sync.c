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

#include "crypt.h"

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

/* Magic, format, device, seq, schema and clock: what a sealed payload is
 * bound to (its additional data), so a file cannot pass for another. */
#define HEAD 68

static void put_head(unsigned char *p, int format, const char *device, int64_t seq,
                     int64_t clock)
{
    memcpy(p, MAGIC, 8);
    p = put(p + 8, (uint64_t)format, 4);
    memcpy(p, device, 36);
    p = put(p + 36, (uint64_t)seq, 8);
    p = put(p, RECOV_SYNC_SCHEMA, 4);
    put(p, (uint64_t)clock, 8);
}

/* Length and checksum, once the payload is in place. */
static void put_tail(unsigned char *file, size_t n)
{
    put(file + HEAD, n, 8);
    uint64_t h = checksum(CHECKSUM_SEED, file, RECOV_SYNC_HEADER - 8);
    put(file + RECOV_SYNC_HEADER - 8, checksum(h, file + RECOV_SYNC_HEADER, n), 8);
}

static unsigned char *alloc_file(size_t n, unsigned char **out, size_t *nout)
{
    *nout = RECOV_SYNC_HEADER + n;
    *out = malloc(*nout);
    if (!*out)
        recov_error_set("sync: out of memory");
    return *out;
}

/* Layout: magic 8, format 4, device 36, seq 8, schema 4, clock 8,
 * length 8, checksum 8 (of all before it and the payload). */
int recov_sync_encode(const char *device, int64_t seq, int64_t clock, const void *payload,
                      size_t n, unsigned char **out, size_t *nout)
{
    if (!alloc_file(n, out, nout))
        return RECOV_EIO;
    put_head(*out, 1, device, seq, clock);
    memcpy(*out + RECOV_SYNC_HEADER, payload, n);
    put_tail(*out, n);
    return RECOV_OK;
}

/* Format 2: the payload is a cipher byte (0 none, 1 sealed) then the
 * kind byte and the change, sealed when keys are given. */
static int encode2(const char *device, int64_t seq, int64_t clock, int kind,
                   struct recov_sync_keys *keys, const unsigned char *salt, const void *body,
                   size_t n, unsigned char **out, size_t *nout)
{
    unsigned char *inner = malloc(n + 1);
    if (!inner) {
        recov_error_set("sync: out of memory");
        return RECOV_EIO;
    }
    inner[0] = (unsigned char)kind;
    memcpy(inner + 1, body, n);
    size_t np = 1 + (keys ? recov_sync_sealed_size(n + 1) : n + 1);
    int rc = alloc_file(np, out, nout) ? RECOV_OK : RECOV_EIO;
    if (rc == RECOV_OK) {
        unsigned char *p = *out + RECOV_SYNC_HEADER;
        put_head(*out, 2, device, seq, clock);
        p[0] = keys ? 1 : 0;
        if (keys)
            rc = recov_sync_seal(keys, salt, *out, HEAD, inner, n + 1, p + 1);
        else
            memcpy(p + 1, inner, n + 1);
        put_tail(*out, np);
    }
    explicit_bzero(inner, n + 1);
    free(inner);
    if (rc) {
        free(*out);
        *out = NULL;
    }
    return rc;
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

/* One run: the folder, the options, the keys of the passphrase. */
struct run {
    struct recov_db *db;
    const char *dir;
    const struct recov_sync_options *o;
    struct recov_sync_keys *keys;    /* NULL without a passphrase */
    unsigned char salt[RECOV_SYNC_SALT_BYTES];
    struct recov_sync_report *r;
};

/* Writes this device's changes missing from the folder. */
static int send(struct run *x, int dry)
{
    struct recov_sync_report *r = x->r;
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", x->dir, r->device);
    if (!dry && mkdir(path, 0755) != 0 && errno != EEXIST)
        return io_fail("cannot create", path);
    r->sent = recov_sync_sent(x->db);
    for (int64_t seq = 1; seq <= r->sent; seq++) {
        file_path(path, sizeof path, x->dir, r->device, seq);
        if (exists(path))
            continue;
        if (dry) {
            r->unwritten++;
            continue;
        }
        int64_t clock;
        void *payload;
        int n, kind;
        unsigned char *buf = NULL;
        size_t nbuf;
        int rc = recov_sync_outgoing(x->db, seq, &kind, &clock, &payload, &n);
        if (rc)
            return rc;
        /* Format 1 where it suffices, so that an older recov still reads
         * a plain change of the log. */
        if (x->keys || kind != RECOV_SYNC_KIND_LOG)
            rc = encode2(r->device, seq, clock, kind, x->keys, x->salt, payload, (size_t)n, &buf,
                         &nbuf);
        else
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

/* What a file read whole holds once checked and opened. */
struct opened {
    unsigned char *buf, *plain;     /* the file; its opened payload if sealed */
    int64_t clock;
    int kind;
    const unsigned char *body;
    size_t nbody;
};

static void opened_free(struct opened *f)
{
    free(f->buf);
    if (f->plain)
        explicit_bzero(f->plain, f->nbody + 1);
    free(f->plain);
    memset(f, 0, sizeof *f);
}

/* Reads, checks and opens one file. RECOV_ENOTFOUND when it is not there;
 * RECOV_EINPUT with *skip set when it is cut short, garbled or from a newer
 * recov (tried again later); RECOV_EINPUT with *skip clear when the
 * passphrase is wrong or missing (the user's to fix). */
static int open_file(struct run *x, const char *path, const char *device, int64_t seq,
                     struct opened *f, int *skip)
{
    size_t n, np;
    const unsigned char *payload;
    memset(f, 0, sizeof *f);
    *skip = 1;
    int rc = read_file(path, &f->buf, &n);
    if (rc == RECOV_OK)
        rc = recov_sync_decode(f->buf, n, device, seq, &f->clock, &payload, &np);
    if (rc)
        return rc;
    if (get(f->buf + 8, 4) == 1) { /* format 1: a plain change of the log */
        f->body = payload;
        f->nbody = np;
        return RECOV_OK;
    }
    if (np < 2 || payload[0] > 1)
        return bad("its payload is not one this recov reads");
    if (payload[0] == 0) {
        f->kind = payload[1];
        f->body = payload + 2;
        f->nbody = np - 2;
        return RECOV_OK;
    }
    *skip = 0;
    if (!x->keys) {
        recov_error_set("sync: '%s' is encrypted and this device has no passphrase: set "
                        "[sync] passphrase_file (or RECOV_SYNC_PASSPHRASE) to the one the "
                        "other devices use", path);
        return RECOV_EINPUT;
    }
    size_t nplain;
    rc = recov_sync_unseal(x->keys, f->buf, HEAD, payload + 1, np - 1, &f->plain, &nplain);
    if (rc == RECOV_CRYPT_WRONG_KEY) {
        recov_error_set("sync: cannot decrypt '%s': wrong passphrase (every device must use "
                        "the same one); nothing was applied", path);
        return RECOV_EINPUT;
    }
    *skip = 1;
    if (rc == RECOV_CRYPT_MALFORMED || (rc == RECOV_OK && nplain < 1))
        return bad("its encryption is not one this recov reads");
    if (rc)
        return rc;
    f->kind = f->plain[0];
    f->body = f->plain + 1;
    f->nbody = nplain - 1;
    return RECOV_OK;
}

/* Applies one file; 1 when there is none, 2 after a skip. */
static int receive_one(struct run *x, const char *device, int64_t seq)
{
    char path[4200];
    struct opened f;
    int skipping;
    file_path(path, sizeof path, x->dir, device, seq);
    int rc = open_file(x, path, device, seq, &f, &skipping);
    if (rc == RECOV_OK && f.kind != RECOV_SYNC_KIND_LOG && f.kind != RECOV_SYNC_KIND_ANSWERS)
        rc = bad("a kind of change this recov does not know");
    if (rc == RECOV_OK)
        rc = recov_sync_apply(x->db, device, seq, f.clock, f.kind, f.body, f.nbody,
                              &x->o->hooks);
    opened_free(&f);
    if (rc == RECOV_ENOTFOUND)
        return 1;
    if (rc == RECOV_EINPUT && skipping) {
        skip(x->r, path);
        return 2;
    }
    if (rc == RECOV_OK)
        x->r->applied++;
    return rc;
}

/* The passphrase is tried on the next file of every device (this one's
 * last, before more are written with it) before anything is written or
 * applied: a wrong one stops the run with nothing done. A file cut short
 * or garbled is left to the run itself. */
static int check_key(struct run *x, const char *device, int64_t seq)
{
    char path[4200];
    struct opened f;
    int skipping;
    file_path(path, sizeof path, x->dir, device, seq);
    int rc = open_file(x, path, device, seq, &f, &skipping);
    opened_free(&f);
    return rc == RECOV_EINPUT && !skipping ? rc : rc == RECOV_EIO ? rc : RECOV_OK;
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

static int check_keys(struct run *x)
{
    struct recov_sync_report *r = x->r;
    int64_t sent = recov_sync_sent(x->db);
    char path[4200];
    int rc = RECOV_OK;
    /* This device's newest file in the folder, when more are to follow it:
     * they must be sealed with the key the others already read. */
    for (int64_t seq = r->device[0] ? sent : 0; rc == RECOV_OK && seq > 0; seq--) {
        file_path(path, sizeof path, x->dir, r->device, seq);
        if (exists(path)) {
            if (seq < sent)
                rc = check_key(x, r->device, seq);
            break;
        }
    }
    for (size_t i = 0; rc == RECOV_OK && i < r->npeers; i++) {
        struct recov_sync_peer *p = &r->peers[i];
        rc = recov_sync_peer_state(x->db, p->device, &p->applied, &p->clock);
        if (rc == RECOV_OK)
            rc = check_key(x, p->device, p->applied + 1);
    }
    return rc;
}

static int run_all(struct run *x)
{
    struct recov_sync_report *r = x->r;
    int status_only = x->o->status_only;
    struct stat st;
    if (stat(x->dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        recov_error_set("sync: folder '%s': %s; give an existing folder that all devices share",
                        x->dir, errno ? strerror(errno) : "not a folder");
        return RECOV_EINPUT;
    }
    /* Everything is checked before anything is written: a wrong passphrase
     * leaves the database as it was, device id included. */
    int rc = recov_sync_device(x->db, 0, r->device);
    if (rc == RECOV_OK)
        rc = list_peers(x->dir, r);
    if (rc == RECOV_OK && !status_only)
        rc = check_keys(x);
    if (rc == RECOV_OK && !status_only)
        rc = recov_sync_device(x->db, 1, r->device);
    if (rc == RECOV_OK && !status_only)
        rc = recov_sync_note_answers(x->db, x->o->share_answers);
    if (rc == RECOV_OK && x->keys && !status_only)
        rc = recov_sync_salt(x->db, x->salt);
    if (rc == RECOV_OK && r->device[0])
        rc = send(x, status_only);
    for (size_t i = 0; rc == RECOV_OK && i < r->npeers; i++) {
        struct recov_sync_peer *p = &r->peers[i];
        rc = recov_sync_peer_state(x->db, p->device, &p->applied, &p->clock);
        for (int64_t seq = p->applied + 1; rc == RECOV_OK && !status_only; seq++) {
            int got = receive_one(x, p->device, seq);
            if (got != 0) {
                rc = got > 0 ? RECOV_OK : got;
                break;
            }
        }
        if (rc == RECOV_OK)
            rc = recov_sync_peer_state(x->db, p->device, &p->applied, &p->clock);
        if (rc == RECOV_OK)
            count_pending(x->dir, p);
    }
    return rc;
}

int recov_sync_run(struct recov_db *db, const char *dir, const struct recov_sync_options *o,
                   struct recov_sync_report *r)
{
    memset(r, 0, sizeof *r);
    struct run x = {db, dir, o, NULL, {0}, r};
    r->encrypted = o->passphrase != NULL;
    int rc = o->passphrase ? recov_sync_keys_new(o->passphrase, &x.keys) : RECOV_OK;
    if (rc == RECOV_OK)
        rc = run_all(&x);
    recov_sync_keys_free(x.keys);
    return rc;
}

void recov_sync_report_free(struct recov_sync_report *r)
{
    free(r->peers);
    r->peers = NULL;
    r->npeers = 0;
}
