/* gen_history: a deterministic, realistic training history as NDJSON.
 *
 * usage: gen_history YEARS [SEED]
 *
 * Writes, oldest first, the entries a regular exerciser would have logged in
 * the YEARS (a decimal, at most 56) up to the fixed end 2026-11-20, in the
 * format of `recov export` / `recov import`: about 1.2 workouts a day of
 * realistic types, durations, distances and RPE; soreness on the one to
 * three days after harder sessions, in the regions those sessions work,
 * peaking the day after and easing off (about 3 entries a day); and about
 * one recovery action a day. The same YEARS and SEED always give the same
 * bytes, on every platform (a self-contained PRNG, no libc rand, no clock).
 * Times are UTC. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The last day of history is the day before this one (2026-11-20, UTC). */
#define END_DAY 20777
#define MAX_YEARS 56.0

/* splitmix64: tiny, well mixed and identical everywhere. */
static uint64_t rng_state;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform integer in [lo, hi]. */
static int between(int lo, int hi)
{
    return lo + (int)(next_u64() % (uint64_t)(hi - lo + 1));
}

/* True with probability percent / 100. */
static int chance(int percent)
{
    return between(1, 100) <= percent;
}

/* Picks an index from weights summing to 100. */
static int weighted(const int *weights, int n)
{
    int roll = between(1, 100);
    for (int i = 0; i < n; i++)
        if ((roll -= weights[i]) <= 0)
            return i;
    return n - 1;
}

struct type {
    const char *name;
    int weight;              /* % of sessions */
    int min_minutes, max_minutes;
    int rpe;                 /* typical RPE; sessions vary around it */
    double km_per_hour;      /* 0: no distance */
    const char *regions[5];  /* the regions it works, most worked first */
};

static const struct type types[] = {
    {"run", 30, 20, 100, 6, 10.5, {"quads", "calves", "hamstrings", "shins", "glutes"}},
    {"strength", 20, 30, 75, 7, 0, {"chest", "shoulders", "quads", "upper-back", "arms"}},
    {"cycle", 15, 30, 180, 5, 27.0, {"quads", "glutes", "hamstrings", "calves", NULL}},
    {"walk", 12, 20, 90, 2, 5.0, {"calves", "feet", "quads", NULL, NULL}},
    {"yoga", 8, 20, 60, 3, 0, {"hamstrings", "hips", "lower-back", "shoulders", NULL}},
    {"swim", 7, 20, 60, 5, 2.5, {"shoulders", "upper-back", "arms", "chest", NULL}},
    {"hike", 4, 60, 300, 5, 4.0, {"quads", "calves", "knees", "hamstrings", "glutes"}},
    {"sports", 4, 45, 120, 7, 0, {"quads", "hamstrings", "ankles", "calves", "knees"}},
};
#define NTYPES (sizeof types / sizeof *types)

static const char *const notes[] = {
    "felt strong", "legs heavy; short night", "new \"carbon\" shoes", "intervals 6x800m",
    "windy, cold", "easy day, chatted the whole way", "PR!", "back felt tight after",
};

/* One entry, kept until the whole history is sorted by time. */
struct event {
    int64_t at;
    long seq;                /* creation order: a stable tie-break */
    char line[320];
};

static struct event *events;
static size_t nevents, capevents;

static struct event *new_event(int64_t at)
{
    if (nevents == capevents) {
        capevents = capevents ? capevents * 2 : 4096;
        events = realloc(events, capevents * sizeof *events);
        if (!events) {
            fprintf(stderr, "gen_history: out of memory\n");
            exit(1);
        }
    }
    struct event *e = &events[nevents];
    e->at = at;
    e->seq = (long)nevents++;
    return e;
}

static void iso(int64_t at, char *buf, size_t n)
{
    time_t t = (time_t)at;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ",\"note\":\"...\"" now and then, JSON-escaped; "" otherwise. */
static void maybe_note(int percent, char *buf, size_t n)
{
    buf[0] = '\0';
    if (!chance(percent))
        return;
    const char *s = notes[between(0, (int)(sizeof notes / sizeof *notes) - 1)];
    size_t used = (size_t)snprintf(buf, n, ",\"note\":\"");
    for (; *s && used + 3 < n; s++) {
        if (*s == '"' || *s == '\\')
            buf[used++] = '\\';
        buf[used++] = *s;
    }
    snprintf(buf + used, n - used, "\"");
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static int count_regions(const struct type *t)
{
    int n = 0;
    while (n < 5 && t->regions[n])
        n++;
    return n;
}

/* Soreness in two of the regions t works, on the days after a session of
 * this rpe: it peaks the next morning and eases off over one to three days
 * (delayed-onset muscle soreness); easy sessions leave none. */
static void soreness_after(const struct type *t, int day, int rpe, int minutes)
{
    if (rpe < 5)
        return;
    int nregions = count_regions(t), first = between(0, nregions - 1);
    int peak = clamp(rpe - 3 + minutes / 60 + between(-1, 1), 1, 9);
    int days = rpe >= 8 ? 3 : rpe >= 6 ? 2 : 1;
    for (int k = 0; k < 2 && k < nregions; k++) {
        const char *region = t->regions[(first + k) % nregions];
        for (int d = 1; d <= days; d++) {
            /* Sore the first morning; later check-ins may say it is gone. */
            int score = clamp(peak - (d - 1) * between(1, 3) - k, d == 1, 10);
            char at[32], flags[64] = "", note[96];
            struct event *e = new_event((int64_t)(day + d) * 86400 + between(7 * 60, 9 * 60) * 60);
            iso(e->at, at, sizeof at);
            if (score >= 6 && chance(4))
                snprintf(flags, sizeof flags, ",\"flags\":[\"%s\"]", chance(70) ? "swelling" : "sharp");
            maybe_note(2, note, sizeof note);
            snprintf(e->line, sizeof e->line,
                     "{\"kind\":\"soreness\",\"at\":\"%s\",\"region\":\"%s\",\"score\":%d%s%s}", at,
                     region, score, flags, note);
            if (score == 0)
                break; /* gone: the last check-in says so */
        }
    }
}

/* One session on day; returns its type for the evening's recovery. */
static const struct type *workout(int day, int slot)
{
    static const int weights[NTYPES] = {30, 20, 15, 12, 8, 7, 4, 4};
    const struct type *t = &types[weighted(weights, (int)NTYPES)];
    int minutes = between(t->min_minutes / 5, t->max_minutes / 5) * 5;
    int rpe = clamp(t->rpe + between(-2, 2) + (chance(10) ? 2 : 0), 1, 10);
    int start = slot == 0 ? between(6 * 60, 8 * 60) : between(17 * 60, 19 * 60 + 30);
    char at[32], rpe_text[16] = "", km[32] = "", note[96];
    struct event *e = new_event((int64_t)day * 86400 + start * 60);
    iso(e->at, at, sizeof at);
    if (!chance(5)) /* sometimes forgotten: recov estimates it */
        snprintf(rpe_text, sizeof rpe_text, ",\"rpe\":%d", rpe);
    if (t->km_per_hour > 0 && chance(90))
        snprintf(km, sizeof km, ",\"distance_km\":%.1f",
                 t->km_per_hour * minutes / 60.0 * between(85, 115) / 100.0);
    maybe_note(3, note, sizeof note);
    snprintf(e->line, sizeof e->line,
             "{\"kind\":\"workout\",\"at\":\"%s\",\"type\":\"%s\",\"minutes\":%d%s%s%s}", at, t->name,
             minutes, rpe_text, km, note);
    soreness_after(t, day, rpe, minutes);
    return t;
}

/* An evening recovery action, aimed at what the day's training worked. */
static void recovery(int day, const struct type *trained)
{
    static const char *const actions[] = {"stretch", "foam-roll", "walk", "bath", "massage",
                                          "yoga", "sleep", "rest", "ice"};
    static const int weights[] = {30, 15, 12, 10, 5, 8, 10, 8, 2};
    static const int min_minutes[] = {5, 5, 15, 15, 30, 15, 420, 0, 10};
    static const int max_minutes[] = {20, 15, 45, 30, 60, 45, 540, 0, 20};
    int a = weighted(weights, 9);
    char at[32], minutes[32] = "", regions[96] = "", note[96];
    struct event *e = new_event((int64_t)day * 86400 + between(20 * 60, 22 * 60 + 30) * 60);
    iso(e->at, at, sizeof at);
    if (max_minutes[a])
        snprintf(minutes, sizeof minutes, ",\"minutes\":%d",
                 between(min_minutes[a], max_minutes[a]));
    if (trained && (a <= 1 || a == 3 || a == 4 || a == 8))
        snprintf(regions, sizeof regions, ",\"regions\":[\"%s\"]",
                 trained->regions[between(0, count_regions(trained) - 1)]);
    maybe_note(2, note, sizeof note);
    snprintf(e->line, sizeof e->line, "{\"kind\":\"recovery\",\"at\":\"%s\",\"action\":\"%s\"%s%s%s}",
             at, actions[a], minutes, regions, note);
}

static void day_of_training(int day)
{
    static const int sessions[] = {15, 52, 30, 3}; /* 0, 1, 2 or 3: mean 1.21 */
    int n = weighted(sessions, 4);
    const struct type *trained = NULL;
    for (int s = 0; s < n; s++)
        trained = workout(day, s == 0 ? 0 : 1);
    static const int actions[] = {25, 50, 25}; /* mean 1 */
    for (int a = weighted(actions, 3); a > 0; a--)
        recovery(day, trained);
}

static int by_time(const void *pa, const void *pb)
{
    const struct event *a = pa, *b = pb;
    if (a->at != b->at)
        return a->at < b->at ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

int main(int argc, char **argv)
{
    char *end;
    double years = argc >= 2 ? strtod(argv[1], &end) : 0;
    unsigned long long seed = argc >= 3 ? strtoull(argv[2], NULL, 10) : 1;
    if (argc < 2 || argc > 3 || *end || !(years > 0 && years <= MAX_YEARS)) {
        fprintf(stderr, "usage: gen_history YEARS [SEED]   (0 < YEARS <= %.0f, ending 2026-11-20)\n",
                MAX_YEARS);
        return 2;
    }
    rng_state = seed * 0x2545F4914F6CDD1Dull + 1;
    int days = (int)(years * 365.2425 + 0.5);
    for (int day = END_DAY - (days > 0 ? days : 1); day < END_DAY; day++)
        day_of_training(day);
    qsort(events, nevents, sizeof *events, by_time);
    for (size_t i = 0; i < nevents; i++)
        if (events[i].at < (int64_t)END_DAY * 86400 + 12 * 3600)
            puts(events[i].line);
    free(events);
    return fflush(stdout) == 0 ? 0 : 1;
}
