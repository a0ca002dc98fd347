/* entry: one logged workout, soreness score, recovery action or wellness check. */
#ifndef RECOV_ENTRY_H
#define RECOV_ENTRY_H

#include <stdint.h>
#include <time.h>

enum recov_kind {
    RECOV_KIND_WORKOUT,
    RECOV_KIND_SORENESS,
    RECOV_KIND_RECOVERY,
    RECOV_KIND_WELLNESS,
};

/* The 1-5 items of a wellness entry (McLean et al. 2010), 5 best. */
enum recov_well_item {
    RECOV_WELL_SLEEP_QUALITY,
    RECOV_WELL_FATIGUE,
    RECOV_WELL_STRESS,
    RECOV_WELL_MOOD,
    RECOV_WELL_ITEMS
};

/* A uid in text form: a random (version 4) UUID, 36 characters. */
#define RECOV_UID_LEN 36

struct recov_entry {
    int64_t id;       /* 0 until stored; never reused */
    char uid[RECOV_UID_LEN + 1]; /* "" until stored; the same on every copy */
    enum recov_kind kind;
    time_t at;        /* workout: its start */
    char *note;       /* owned (malloc), may be NULL */
    /* workout */
    char type[32];
    int minutes;      /* workout and recovery; 0 for a recovery without one */
    int rpe;
    int rpe_estimated;
    double distance_km; /* < 0 when not given */
    int avg_hr, max_hr; /* beats per minute, 20-250; 0 when not known */
    char source[96];  /* where an imported session came from; "" when typed */
    /* soreness */
    int region;       /* enum recov_region */
    int side;         /* enum recov_side: soreness and recovery */
    int score;
    unsigned flags;   /* enum recov_flag bits */
    /* recovery */
    int action;       /* index into recov_action_names */
    uint32_t regions;
    /* wellness (include/recov/wellness.h names and parses the values) */
    int sleep_secs;   /* hours slept, in seconds; < 0 when not given */
    int well[RECOV_WELL_ITEMS]; /* 1-5; 0 when not given */
    int resting_hr;   /* beats per minute, 20-250; 0 when not given */
    int hrv;          /* ms (rMSSD), 1-500; 0 when not given */
};

/* A zeroed entry of the given kind with "not given" markers set. */
void recov_entry_init(struct recov_entry *e, enum recov_kind kind);
/* Frees what the entry owns (the note). */
void recov_entry_clear(struct recov_entry *e);
const char *recov_kind_name(enum recov_kind kind);
/* Session load in arbitrary units: RPE x minutes (Foster 2001). */
int recov_entry_load(const struct recov_entry *e);
/* When the entry ends: a workout or a recovery action its minutes after it
 * started; any other entry (minutes 0) at its time. */
time_t recov_entry_end(const struct recov_entry *e);

/* A growable array of entries, oldest first unless said otherwise. */
struct recov_entries {
    struct recov_entry *v;
    size_t n, cap;
};
/* Appends a copy that takes ownership of e->note. Returns 0 or RECOV_EIO. */
int recov_entries_push(struct recov_entries *list, struct recov_entry *e);
void recov_entries_free(struct recov_entries *list);



/* Writes a new random uid into uid (RECOV_UID_LEN + 1 bytes). Returns 0 or
 * RECOV_EIO when the system has no randomness to give. */
int recov_uid_new(char *uid);
/* 1 when text is a uid in the canonical form (lowercase hex, dashes). */
int recov_uid_valid(const char *text);

/* Parsers for the values a user types; each returns 0 or RECOV_EINPUT with
 * a message that says what would have been valid. */
int recov_score_parse(const char *text, int *score);       /* integer 0-10 */
int recov_rpe_parse(const char *text, int *rpe);           /* integer 0-10 */
int recov_distance_parse(const char *text, double *km);    /* 0-1000 km */
/* A note is any UTF-8 text: export writes it as a JSON string, which could
 * not carry other bytes (they would be lost on the way out). */
int recov_note_check(const char *text);
/* A heart rate a workout can carry: 0 (none) or 20-250 bpm. */
#define RECOV_HR_MIN 20
#define RECOV_HR_MAX 250
#endif
