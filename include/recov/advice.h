/* advice: pure rules: a history in, suggestions out (no I/O, no clock). */
#ifndef RECOV_ADVICE_H
#define RECOV_ADVICE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "recov/config.h"
#include "recov/entry.h"
#include "recov/load.h"

/* Public names (JSON "kind"), documented in docs/advice.md. */
enum recov_advice_kind {
    RECOV_ADVICE_COOL_DOWN, RECOV_ADVICE_WARM_UP, RECOV_ADVICE_STRETCH, RECOV_ADVICE_YOGA,
    RECOV_ADVICE_ACTIVE_RECOVERY, RECOV_ADVICE_BATH, RECOV_ADVICE_MASSAGE,
    RECOV_ADVICE_FOAM_ROLL, RECOV_ADVICE_REST, RECOV_ADVICE_ICE, RECOV_ADVICE_REDUCE_LOAD,
    RECOV_ADVICE_VARY_TRAINING, RECOV_ADVICE_PROTEIN, RECOV_ADVICE_SLEEP,
    RECOV_ADVICE_SEE_CLINICIAN, RECOV_ADVICE_URGENT_CARE,
    RECOV_ADVICE_KIND_COUNT
};

enum recov_severity { RECOV_SEV_INFO, RECOV_SEV_CAUTION, RECOV_SEV_WARNING, RECOV_SEV_URGENT };

struct recov_suggestion {
    enum recov_advice_kind kind;
    int region;                 /* enum recov_region, or -1 for general advice */
    enum recov_severity severity;
    const char *rule;           /* stable rule id, e.g. "persist" (static) */
    const char *source;         /* citation (static) */
    char what[256];             /* concrete: "warm soak 15-20 min this evening" */
    char because[512];          /* the pattern seen, in words */
};

struct recov_advice {
    struct recov_suggestion *v; /* most important first */
    size_t n, cap;
};

/* Everything the rules look at, gathered by the caller. */
struct recov_advice_input {
    const struct recov_config *cfg;
    time_t now;
    const struct recov_entries *entries; /* recent history, oldest first */
    struct recov_load_state load;        /* as of today (see load.h) */
    double last7[7];                     /* daily loads of the last 7 days, today last */
    uint32_t only_regions;               /* 0: all; else limit region advice */
};

/* Applies every rule. Returns 0 or RECOV_EIO (out of memory). */
int recov_advice_compute(const struct recov_advice_input *in, struct recov_advice *out);
void recov_advice_free(struct recov_advice *advice);
const char *recov_advice_kind_name(enum recov_advice_kind kind);
const char *recov_severity_name(enum recov_severity severity);

#endif
