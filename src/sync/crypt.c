/* sync/crypt: Argon2id keys from the passphrase and XChaCha20-Poly1305 streams. */
#include "crypt.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "recov/dynlib.h"
#include "recov/error.h"

/* Plaintext per secretstream message: a change of a few entries is one
 * message; an import of years is a few hundred, each authenticated. */
#define CHUNK 65536
#define PARAMS (4 + 8 + RECOV_SYNC_SALT + crypto_secretstream_xchacha20poly1305_HEADERBYTES)
#define KEY crypto_secretstream_xchacha20poly1305_KEYBYTES
/* What a file may ask of the reader's machine: Argon2id's cost is chosen by
 * the writer, and a file must not make another device spend minutes or
 * gigabytes on it. */
#define MAX_OPS 16
#define MAX_MEM ((uint64_t)1 << 30)

/* libsodium, loaded by the first sync with a passphrase: no other command
 * maps it (include/recov/dynlib.h says why). */
typedef crypto_secretstream_xchacha20poly1305_state stream_state;
struct sodium_functions {
    int (*init)(void);
    int (*pwhash)(unsigned char *, unsigned long long, const char *, unsigned long long,
                  const unsigned char *, unsigned long long, size_t, int);
    int (*init_push)(stream_state *, unsigned char *, const unsigned char *);
    int (*push)(stream_state *, unsigned char *, unsigned long long *, const unsigned char *,
                unsigned long long, const unsigned char *, unsigned long long, unsigned char);
    int (*init_pull)(stream_state *, const unsigned char *, const unsigned char *);
    int (*pull)(stream_state *, unsigned char *, unsigned long long *, unsigned char *,
                const unsigned char *, unsigned long long, const unsigned char *,
                unsigned long long);
};
static struct sodium_functions na;

#define SYMBOL(name, field) {name, offsetof(struct sodium_functions, field)}
#define STREAM "crypto_secretstream_xchacha20poly1305_"

static const struct recov_dynlib_symbol symbols[] = {
    SYMBOL("sodium_init", init),
    SYMBOL("crypto_pwhash", pwhash),
    SYMBOL(STREAM "init_push", init_push),
    SYMBOL(STREAM "push", push),
    SYMBOL(STREAM "init_pull", init_pull),
    SYMBOL(STREAM "pull", pull),
};

static const struct recov_dynlib sodium = {
    "libsodium.so.23", "sync with a passphrase", "libsodium23", symbols,
    sizeof symbols / sizeof *symbols,
};

static int sodium_ready(void)
{
    static int loaded;
    if (!loaded && recov_dynlib_open(&sodium, &na))
        loaded = 1;
    if (loaded && na.init() < 0) {
        recov_error_set("sync: libsodium cannot start");
        return 0;
    }
    return loaded;
}

struct derived {
    unsigned char salt[RECOV_SYNC_SALT];
    uint32_t ops;
    uint64_t mem;
    unsigned char key[KEY];
};

struct recov_sync_keys {
    char *passphrase;
    size_t npassphrase;
    struct derived *v; /* every key derived this run: Argon2id is slow on purpose */
    size_t n;
};

int recov_sync_keys_new(const char *passphrase, struct recov_sync_keys **out)
{
    *out = NULL;
    if (!sodium_ready())
        return RECOV_EIO;
    struct recov_sync_keys *k = calloc(1, sizeof *k);
    if (!k || !(k->passphrase = strdup(passphrase))) {
        free(k);
        recov_error_set("sync: out of memory");
        return RECOV_EIO;
    }
    k->npassphrase = strlen(passphrase);
    *out = k;
    return RECOV_OK;
}

void recov_sync_keys_free(struct recov_sync_keys *k)
{
    if (!k)
        return;
    explicit_bzero(k->passphrase, k->npassphrase);
    free(k->passphrase);
    if (k->v)
        explicit_bzero(k->v, k->n * sizeof *k->v);
    free(k->v);
    free(k);
}

/* The key of (salt, ops, mem), derived on first use; NULL (message set)
 * when memory is short. */
static const unsigned char *key_for(struct recov_sync_keys *k, const unsigned char *salt,
                                    uint32_t ops, uint64_t mem)
{
    for (size_t i = 0; i < k->n; i++)
        if (k->v[i].ops == ops && k->v[i].mem == mem &&
            !memcmp(k->v[i].salt, salt, RECOV_SYNC_SALT))
            return k->v[i].key;
    struct derived *v = realloc(k->v, (k->n + 1) * sizeof *v);
    if (!v) {
        recov_error_set("sync: out of memory");
        return NULL;
    }
    k->v = v;
    struct derived *d = &v[k->n];
    memcpy(d->salt, salt, RECOV_SYNC_SALT);
    d->ops = ops;
    d->mem = mem;
    if (na.pwhash(d->key, KEY, k->passphrase, k->npassphrase, salt, ops, (size_t)mem,
                  crypto_pwhash_ALG_ARGON2ID13) != 0) {
        recov_error_set("sync: not enough memory to derive the key (Argon2id, %llu MiB)",
                        (unsigned long long)(mem >> 20));
        return NULL;
    }
    k->n++;
    return d->key;
}

static void put(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static size_t chunks(size_t n)
{
    return n ? (n + CHUNK - 1) / CHUNK : 1;
}

size_t recov_sync_sealed_size(size_t n)
{
    return PARAMS + n + chunks(n) * crypto_secretstream_xchacha20poly1305_ABYTES;
}

int recov_sync_seal(struct recov_sync_keys *k, const unsigned char salt[RECOV_SYNC_SALT],
                    const unsigned char *ad, size_t nad, const unsigned char *plain, size_t n,
                    unsigned char *out)
{
    /* Interactive cost (about 0.1 s and 64 MiB): a sync runs often, and
     * the passphrase file guards the key at rest, not this cost alone. */
    uint32_t ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    uint64_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const unsigned char *key = key_for(k, salt, ops, mem);
    if (!key)
        return RECOV_EIO;
    put(out, ops, 4);
    put(out + 4, mem, 8);
    memcpy(out + 12, salt, RECOV_SYNC_SALT);
    stream_state st;
    na.init_push(&st, out + 12 + RECOV_SYNC_SALT, key);
    unsigned char *c = out + PARAMS;
    size_t done = 0, total = chunks(n);
    for (size_t i = 0; i < total; i++) {
        size_t len = n - done < CHUNK ? n - done : CHUNK;
        unsigned char tag = i + 1 == total ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                           : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        unsigned long long clen;
        na.push(&st, c, &clen, plain + done, len, ad, nad, tag);
        c += clen;
        done += len;
    }
    explicit_bzero(&st, sizeof st);
    return RECOV_OK;
}

int recov_sync_unseal(struct recov_sync_keys *k, const unsigned char *ad, size_t nad,
                      const unsigned char *in, size_t n, unsigned char **plain, size_t *nplain)
{
    const size_t abytes = crypto_secretstream_xchacha20poly1305_ABYTES;
    *plain = NULL;
    *nplain = 0;
    if (n < PARAMS + abytes)
        return RECOV_CRYPT_MALFORMED;
    uint32_t ops = (uint32_t)get(in, 4);
    uint64_t mem = get(in + 4, 8);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MAX_OPS || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > MAX_MEM)
        return RECOV_CRYPT_MALFORMED;
    const unsigned char *key = key_for(k, in + 12, ops, mem);
    if (!key)
        return RECOV_EIO;
    stream_state st;
    if (na.init_pull(&st, in + 12 + RECOV_SYNC_SALT, key))
        return RECOV_CRYPT_WRONG_KEY;
    const unsigned char *c = in + PARAMS;
    size_t left = n - PARAMS;
    unsigned char *out = malloc(left ? left : 1);
    if (!out) {
        recov_error_set("sync: out of memory");
        return RECOV_EIO;
    }
    size_t got = 0;
    int rc = RECOV_CRYPT_MALFORMED;
    while (left >= abytes) {
        size_t clen = left < CHUNK + abytes ? left : CHUNK + abytes;
        unsigned long long mlen;
        unsigned char tag;
        if (na.pull(&st, out + got, &mlen, &tag, c, clen, ad, nad)) {
            rc = RECOV_CRYPT_WRONG_KEY;
            break;
        }
        got += mlen;
        c += clen;
        left -= clen;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            rc = left ? RECOV_CRYPT_MALFORMED : RECOV_OK; /* nothing may follow the end */
            break;
        }
    }
    explicit_bzero(&st, sizeof st);
    if (rc != RECOV_OK) {
        explicit_bzero(out, got);
        free(out);
        return rc;
    }
    *plain = out;
    *nplain = got;
    return RECOV_OK;
}
