/* cmd_checkin: `recov checkin`: soreness per region and the wellness items, asked in turn. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "recov/args.h"
#include "recov/checkin.h"
#include "recov/cli.h"
#include "recov/cli_advice.h"
#include "recov/error.h"
#include "recov/signals.h"
#include "recov/vocab.h"
#include "recov/wellness.h"

static const struct recov_option options[] = {{NULL, 0}};

/* Set by SIGINT: the read in progress fails with EINTR and nothing is saved. */
static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* One answer line without its newline; NULL on EOF or Ctrl-C. */
static char *ask(const char *prompt, char *buf, size_t n)
{
    printf("%s", prompt);
    fflush(stdout);
    if (interrupted || !fgets(buf, (int)n, stdin) || interrupted)
        return NULL;
    buf[strcspn(buf, "\r\n")] = '\0';
    /* Leading and trailing blanks are no part of the answer. */
    char *p = buf + strspn(buf, " \t");
    size_t len = strlen(p);
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        p[--len] = '\0';
    return p;
}

/* A question: answer() takes a line (RECOV_EINPUT: its message is shown
 * and the question asked again; RECOV_EIO stops), explain() answers "?". */
struct question {
    const char *prompt;
    int (*answer)(char *text, void *ctx);
    void (*explain)(const void *ctx);
    void *ctx;
    int no_is_enter; /* "Sore anywhere else?" is answered "no" as often as with Enter */
};

static int says_no(const char *a)
{
    static const char *const no[] = {"n", "no", "none", "nothing", "nope", "nowhere"};
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (recov_name_equal(a, no[i]))
            return 1;
    return 0;
}

/* Asks q until answered or skipped: 1 answered, 0 skipped (Enter), -1 stop. */
static int ask_until(const struct question *q)
{
    char buf[256];
    for (;;) {
        char *a = ask(q->prompt, buf, sizeof buf);
        if (!a)
            return -1;
        if (!*a || (q->no_is_enter && says_no(a)))
            return 0;
        if (strcmp(a, "?") == 0) {
            q->explain(q->ctx);
            continue;
        }
        int rc = q->answer(a, q->ctx);
        if (rc == RECOV_OK)
            return 1;
        if (rc != RECOV_EINPUT)
            return -1;
        printf("  %s\n", recov_error_get());
    }
}

static const char soreness_help[] =
    "  How sore is it now, 0-10: 0 none (recovered), 1-3 mild, 4-6 moderate,\n"
    "  7-10 severe. A flag may follow the score: 6 swelling. Flags: sharp,\n"
    "  swelling, numbness, tingling, sprain, radiating, dark-urine,\n"
    "  both-legs-numb, saddle-numbness, bladder-bowel (numbness in both legs or\n"
    "  around the genitals or anus, a change in bladder or bowel control: go to\n"
    "  A&E). Enter skips the question.\n";

static const char other_help[] =
    "  A region not asked about, then its score and any flags: 'left calf 4',\n"
    "  'lower back 6 numbness' ('recov help regions' lists the regions).\n"
    "  Asked again until Enter (or no).\n";

/* An answer's words: a place of up to three, a score and every flag. */
#define MAX_WORDS (3 + 1 + RECOV_FLAG_COUNT)

/* Splits text at blanks into words; -1 (with a message) past max. */
static int split_words(char *text, char **words, int max)
{
    int n = 0;
    for (char *save = NULL, *w = strtok_r(text, " \t", &save); w;
         w = strtok_r(NULL, " \t", &save)) {
        if (n == max) {
            recov_error_set("too many words: give a score and its flags, e.g. '6 swelling'");
            return -1;
        }
        words[n++] = w;
    }
    return n;
}

/* "6", "6 swelling", "6 sharp swelling" as words: the score and its flags. */
static int parse_soreness(char *const *words, int n, struct recov_entry *e)
{
    if (n < 1) {
        recov_error_set("missing the score: a whole number 0-10, e.g. '4'");
        return RECOV_EINPUT;
    }
    if (recov_score_parse(words[0], &e->score))
        return RECOV_EINPUT;
    for (int i = 1; i < n; i++) {
        const char *word = words[i];
        int f = recov_flag_index(word);
        if (f < 0) {
            char valid[256];
            recov_flags_format((1u << RECOV_FLAG_COUNT) - 1, ", ", valid, sizeof valid);
            recov_error_set("flag '%s': unknown; flags are %s", word, valid);
            return RECOV_EINPUT;
        }
        e->flags |= 1u << f;
    }
    return RECOV_OK;
}

static void explain_soreness(const void *ctx)
{
    (void)ctx;
    fputs(soreness_help, stdout);
}

/* What a region's answer is checked against: the place asked about. */
struct asked {
    const struct recov_cli *cli;
    struct recov_entry *e; /* its region, side and time set */
};

/* How many leading words name the place asked about, as a person may say
 * it again before the score ("right ankle 4", "r-ankle 4", "ankles 4"),
 * read by the same parser as sore's places. */
static int place_said(const struct asked *q, char *const *words, int n)
{
    const struct recov_config *cfg = &q->cli->cfg;
    char place[256];
    uint32_t mask;
    int side;
    size_t used = recov_config_place_words(cfg, (const char *const *)words, (size_t)n, place,
                                           sizeof place);
    if (used == 0 || recov_config_place(cfg, place, &mask, &side) ||
        mask != RECOV_REGION_BIT(q->e->region) ||
        (side != RECOV_SIDE_NONE && side != q->e->side))
        return 0;
    return (int)used;
}

/* A region's answer into the asked entry; the flags of an answer refused
 * before are not this one's. */
static int answer_region(char *text, void *ctx)
{
    const struct asked *q = ctx;
    char *words[MAX_WORDS];
    int n = split_words(text, words, MAX_WORDS);
    q->e->flags = 0;
    if (n < 0)
        return RECOV_EINPUT;
    int skip = place_said(q, words, n);
    return parse_soreness(words + skip, n - skip, q->e);
}

/* Asks one region until answered or skipped: 1 answered, 0 skipped, -1 stop. */
static int ask_region(const struct recov_cli *cli, const struct recov_checkin_question *q,
                      struct recov_entry *e)
{
    char place[64], prompt[256], flags[128], state[160] = "";
    recov_place_format(q->region, q->side, place, sizeof place);
    recov_flags_format(q->flags, ", ", flags, sizeof flags);
    /* A 0 logged with swelling is open, but not sore. The flags are named so
     * that the answer says whether they still hold. */
    if (q->open)
        snprintf(state, sizeof state, " (%s%s%s%s)", q->latest > 0 ? "still sore" : "",
                 q->latest > 0 && q->flags ? "; " : "", flags, q->flags ? " logged" : "");
    snprintf(prompt, sizeof prompt, "%s%s, soreness 0-10: ", place, state);
    recov_entry_init(e, RECOV_KIND_SORENESS);
    e->at = cli->now;
    e->region = q->region;
    e->side = q->side;
    struct asked asked = {cli, e};
    return ask_until(&(struct question){prompt, answer_region, explain_soreness, &asked, 0});
}

/* 1 when list holds an answer for a region of mask on side. */
static int answered(const struct recov_entries *list, uint32_t mask, int side)
{
    for (size_t i = 0; i < list->n; i++)
        if (list->v[i].kind == RECOV_KIND_SORENESS && list->v[i].side == side &&
            (mask & RECOV_REGION_BIT(list->v[i].region)))
            return 1;
    return 0;
}

struct others {
    const struct recov_cli *cli;
    struct recov_entries *list;
};

static void explain_others(const void *ctx)
{
    (void)ctx;
    fputs(other_help, stdout);
}

/* "left calf 4 swelling": a place not asked about, its score and flags;
 * an entry for each region of the place (legs: three) goes to the list. */
static int answer_other(char *text, void *ctx)
{
    const struct recov_cli *cli = ((struct others *)ctx)->cli;
    struct recov_entries *list = ((struct others *)ctx)->list;
    char *words[MAX_WORDS], place[256];
    uint32_t mask;
    int side, n = split_words(text, words, MAX_WORDS);
    if (n < 0)
        return RECOV_EINPUT;
    if (n > 0 && *words[0] && words[0][strspn(words[0], "0123456789")] == '\0') {
        recov_error_set("'%s': a region goes first, then its score, e.g. 'left calf %s'",
                        words[0], recov_score_example(words[0]));
        return RECOV_EINPUT;
    }
    int used = (int)recov_config_place_words(&cli->cfg, (const char *const *)words, (size_t)n,
                                             place, sizeof place);
    if (recov_config_place(&cli->cfg, place, &mask, &side))
        return RECOV_EINPUT;
    if (used == n) {
        recov_error_set("%s: missing its score (0-10), e.g. '%s 4'", place, place);
        return RECOV_EINPUT;
    }
    if (answered(list, mask, side)) {
        recov_error_set("%s: answered already in this check-in", place);
        return RECOV_EINPUT;
    }
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_SORENESS);
    e.at = cli->now;
    e.side = side;
    if (parse_soreness(words + used, n - used, &e))
        return RECOV_EINPUT;
    for (int r = 0; r < RECOV_REGION_COUNT; r++) {
        e.region = r;
        if ((mask & RECOV_REGION_BIT(r)) && recov_entries_push(list, &e))
            return RECOV_EIO;
    }
    return RECOV_OK;
}

/* Regions not asked about, one a line until Enter: 0, or -1 to stop. A new
 * pain (a calf swollen with no run behind it) has its place here too. */
static int ask_others(const struct recov_cli *cli, int asked, struct recov_entries *list)
{
    struct others ctx = {cli, list};
    int got;
    do {
        got = ask_until(&(struct question){
            asked ? "Sore anywhere else? a region and its score, or Enter: "
                  : "Sore anywhere? a region and its score (left calf 4), or Enter: ",
            answer_other, explain_others, &ctx, 1});
        asked = 1;
    } while (got > 0);
    return got;
}

/* The wellness questions in the order asked; item < 0 for the others. */
enum { Q_SLEEP = -1, Q_RHR = -2, Q_HRV = -3 };
static const int well_order[] = {Q_SLEEP,           RECOV_WELL_SLEEP_QUALITY, RECOV_WELL_FATIGUE,
                                 RECOV_WELL_STRESS, RECOV_WELL_MOOD,          Q_RHR,
                                 Q_HRV};

static void well_prompt(int q, char *buf, size_t n)
{
    if (q == Q_SLEEP)
        snprintf(buf, n, "sleep, hours (e.g. 7.5 or 7h30): ");
    else if (q == Q_RHR)
        snprintf(buf, n, "resting heart rate, bpm: ");
    else if (q == Q_HRV)
        snprintf(buf, n, "HRV (rMSSD), ms: ");
    else
        snprintf(buf, n, "%s, 1 %s ... 5 %s: ", recov_well_items[q].label,
                 recov_well_items[q].anchors[0], recov_well_items[q].anchors[4]);
}

struct well_question {
    int q;
    struct recov_entry *e;
};

static void well_help(const void *ctx)
{
    int q = ((const struct well_question *)ctx)->q;
    if (q == Q_SLEEP)
        printf("  Hours slept last night, 0-24: 7.5, 7h30, 8, 450m (a bare number is hours). "
               "Enter skips.\n");
    else if (q == Q_RHR)
        printf("  Resting heart rate this morning, 20-250 beats per minute. Enter skips.\n");
    else if (q == Q_HRV)
        printf("  Heart-rate variability this morning (rMSSD), 1-500 ms. Enter skips.\n");
    else
        for (int i = 0; i < 5; i++)
            printf("  %d %s%s\n", i + 1, recov_well_items[q].anchors[i],
                   i == 4 ? " (Enter skips)" : "");
}

static int well_parse(char *text, void *ctx)
{
    int q = ((struct well_question *)ctx)->q;
    struct recov_entry *e = ((struct well_question *)ctx)->e;
    if (q == Q_SLEEP)
        return recov_sleep_parse(text, &e->sleep_secs);
    if (q == Q_RHR)
        return recov_rhr_parse(text, &e->resting_hr);
    if (q == Q_HRV)
        return recov_hrv_parse(text, &e->hrv);
    return recov_well_item_parse(q, text, &e->well[q]);
}

/* Asks the wellness items into e. Returns 0, or -1 on EOF or Ctrl-C. */
static int ask_wellness(struct recov_entry *e)
{
    char prompt[160];
    for (size_t i = 0; i < sizeof well_order / sizeof *well_order; i++) {
        struct well_question wq = {well_order[i], e};
        well_prompt(wq.q, prompt, sizeof prompt);
        if (ask_until(&(struct question){prompt, well_parse, well_help, &wq, 0}) < 0)
            return -1;
    }
    return 0;
}

/* All the questions; the answers go to list. Returns 0, or -1 to stop. */
static int interview(struct recov_cli *cli, const struct recov_checkin *c,
                     struct recov_entries *list)
{
    struct recov_entry e, well;
    if (c->n)
        printf("Soreness now (Enter skips, ? explains):\n");
    for (int i = 0; i < c->n; i++) {
        int got = ask_region(cli, &c->q[i], &e);
        if (got < 0)
            return -1;
        if (got && recov_entries_push(list, &e))
            return -1;
    }
    if (ask_others(cli, c->n > 0, list))
        return -1;
    printf("This morning (Enter skips, ? explains):\n");
    recov_entry_init(&well, RECOV_KIND_WELLNESS);
    well.at = cli->now;
    if (ask_wellness(&well))
        return -1;
    if (recov_wellness_any(&well) && recov_entries_push(list, &well))
        return -1;
    return 0;
}

/* Shows what will be saved and asks once; 1 to save. */
static int confirm(const struct recov_entries *list)
{
    char buf[64], place[64], what[256];
    printf("To save:\n");
    for (size_t i = 0; i < list->n; i++) {
        const struct recov_entry *e = &list->v[i];
        if (e->kind == RECOV_KIND_WELLNESS) {
            recov_wellness_format(e, what, sizeof what);
            printf("  wellness: %s\n", what);
            continue;
        }
        recov_place_format(e->region, e->side, place, sizeof place);
        recov_flags_format(e->flags, ", ", what, sizeof what);
        printf("  %s sore %d/10%s%s%s\n", place, e->score, e->flags ? " [" : "", what,
               e->flags ? "]" : "");
    }
    char *a = ask("Save? [Y/n] ", buf, sizeof buf);
    return a && (!*a || *a == 'y' || *a == 'Y');
}

/* The advice for the regions answered, and what the morning's check says. */
static int about_regions(const struct recov_suggestion *s, void *logged)
{
    return (s->region >= 0 && (*(uint32_t *)logged & RECOV_REGION_BIT(s->region))) ||
           recov_advice_is_wellness(s);
}

/* Saves the answers as one operation and prints them with their advice. */
static int save(struct recov_cli *cli, struct recov_entries *list)
{
    struct recov_advice advice = {0};
    int rc = recov_cli_save(cli, "checkin", list, &advice);
    if (rc) {
        recov_advice_free(&advice);
        return recov_cli_fail(rc);
    }
    uint32_t logged = 0;
    for (size_t i = 0; i < list->n; i++) {
        if (list->v[i].kind == RECOV_KIND_SORENESS)
            logged |= RECOV_REGION_BIT(list->v[i].region);
        recov_cli_print_entry(cli, &list->v[i], "saved ");
    }
    /* The lines `recov suggest` prints about the regions answered. */
    struct recov_advice all;
    if (recov_advice_copy(&advice, &all)) {
        recov_advice_free(&advice);
        return recov_cli_fail(RECOV_EIO);
    }
    recov_advice_filter(&advice, about_regions, &logged);
    recov_cli_advice_print_brief(cli, &all, &advice);
    recov_cli_advice_warn(&advice);
    recov_advice_free(&advice);
    recov_advice_free(&all);
    return RECOV_EXIT_OK;
}

/* Without a terminal: the one line that logs the same answers. */
static int not_a_terminal(const struct recov_checkin *c)
{
    char line[1024] = "";
    size_t len = 0;
    for (int i = 0; i < c->n; i++)
        len += (size_t)snprintf(line + len, sizeof line - len, "%s %s N",
                                i ? "" : "recov sore", recov_region_names[c->q[i].region]);
    snprintf(line + len, sizeof line - len,
             "%srecov well --sleep 7h30 --sleep-quality N --fatigue N --stress N --mood N",
             c->n ? " && " : "");
    recov_error_set("checkin: standard input is not a terminal; answer in one line instead: %s",
                    line);
    return recov_cli_fail(RECOV_EINPUT);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    struct recov_checkin c = {.n = 0};
    struct recov_db *db;
    int done = recov_cli_args(&recov_cmd_checkin, argc, argv, options, &a);
    if (done >= 0)
        return done;
    if (a.npos) {
        recov_error_set("checkin: '%s': expected no arguments", a.pos[0]);
        return recov_cli_fail(RECOV_EINPUT);
    }
    int rc = recov_cli_db_existing(cli, &db);
    if (rc == RECOV_OK)
        rc = recov_checkin_from_db(db, &cli->cfg, cli->now, &c);
    if (rc && rc != RECOV_ENOTFOUND)
        return recov_cli_fail(rc);
    if (!isatty(STDIN_FILENO))
        return not_a_terminal(&c);
    /* Ctrl-C interrupts the read instead of killing recov: nothing is saved. */
    static const int interrupt[] = {SIGINT};
    recov_on_signals(on_interrupt, interrupt, 1);
    struct recov_entries list = {0};
    int status = RECOV_EXIT_OK;
    if (interview(cli, &c, &list) < 0) {
        printf("\ncheck-in cancelled: nothing saved\n");
        status = interrupted ? 130 : 1;
    } else if (list.n == 0) {
        printf("nothing to save\n");
    } else if (!confirm(&list)) {
        printf("%snothing saved\n", interrupted ? "\n" : "");
        status = interrupted ? 130 : RECOV_EXIT_OK;
    } else {
        status = save(cli, &list);
    }
    recov_entries_free(&list);
    return status;
}

const struct recov_command recov_cmd_checkin = {
    "checkin", run, "checkin",
    "the morning check-in: soreness per region, then the wellness items",
    "Asks, one line each, a soreness score 0-10 for every region worked by the\n"
    "sessions since the last check-in answered (at most 3 days back) and every\n"
    "region still sore, naming the flags it was last logged with (dark urine\n"
    "for 72 h); a flag may follow the score (6 swelling), and the place may\n"
    "come first (right ankle 4). Then any other region, one a line until\n"
    "Enter or no ('left calf 4 swelling'). Then the wellness items of\n"
    "'recov well': sleep, sleep quality, fatigue, stress,\n"
    "mood (1 bad ... 5 good), resting heart rate, HRV.\n"
    "Enter skips a question, ? explains it. Shows what it will save and asks\n"
    "once (Enter saves); saves everything as one operation ('recov undo' takes\n"
    "it back whole), settles the check-in reminder and prints the advice as\n"
    "'recov sore' does. Ctrl-C (exit 130) or end of input (exit 1) saves nothing.\n"
    "Without a terminal on standard input it exits 2 and prints the one-line\n"
    "'recov sore ... && recov well ...' that logs the same answers.\n"
    "The reminder daemon's check-in notification opens it in a terminal (its\n"
    "Check in now button; see 'recov help remind').\n",
    .options = options,
};
