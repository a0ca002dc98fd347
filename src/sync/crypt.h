/* sync/crypt: the passphrase's keys, one per salt, and sealed payloads. */
#ifndef RECOV_SYNC_CRYPT_H
#define RECOV_SYNC_CRYPT_H

#include <stddef.h>
#include <stdint.h>

#define RECOV_SYNC_SALT 16

/* What opening a sealed payload can find besides success. */
enum { RECOV_CRYPT_MALFORMED = 1, RECOV_CRYPT_WRONG_KEY = 2 };

struct recov_sync_keys;

/* Keeps the passphrase (copied) for keys derived on demand. Returns 0, or
 * RECOV_EIO (message set) when libsodium cannot start or memory is short. */
int recov_sync_keys_new(const char *passphrase, struct recov_sync_keys **out);
/* Wipes and frees what k holds; NULL is fine. */
void recov_sync_keys_free(struct recov_sync_keys *k);

/* The size of the sealed form of n bytes. */
size_t recov_sync_sealed_size(size_t n);
/* Seals plain (n bytes) with the key of salt into out (sealed_size(n)
 * bytes); ad is authenticated with every chunk. Returns 0 or RECOV_EIO. */
int recov_sync_seal(struct recov_sync_keys *k, const unsigned char salt[RECOV_SYNC_SALT],
                    const unsigned char *ad, size_t nad, const unsigned char *plain, size_t n,
                    unsigned char *out);
/* Opens a sealed payload: 0 with *plain malloc'd, RECOV_CRYPT_MALFORMED
 * (its layout or key parameters are not ours), RECOV_CRYPT_WRONG_KEY (it
 * does not authenticate with this passphrase), or RECOV_EIO (memory). */
int recov_sync_unseal(struct recov_sync_keys *k, const unsigned char *ad, size_t nad,
                      const unsigned char *in, size_t n, unsigned char **plain, size_t *nplain);

#endif
