/* test_remind: reminder scheduling and quiet hours (pure), and claims in the store. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recov/error.h"
#include "recov/remind.h"
#include "recov/store.h"
#include "recov/vocab.h"
#include "recov/when.h"
#include "unit_util.h"

/* 2026-11-20 19:00:00 UTC, a Friday; the tests run with TZ=UTC. */
static const time_t NOW = 1795201200;
#define MIN 60
#define HOUR 3600

static struct recov_config cfg;

static int setup(void **state)
{
    (void)state;
    recov_config_free(&cfg);
    recov_config_defaults(&cfg);
    return 0;
}

static struct recov_reminder due_at(time_t due, enum recov_urgency urgency)
{
    struct recov_reminder r;
    memset(&r, 0, sizeof r);
    r.due = due;
    r.urgency = urgency;
    return r;
}

static struct recov_entry workout(const char *type, time_t at, int minutes, int rpe)
{
    struct recov_entry e;
    recov_entry_init(&e, RECOV_KIND_WORKOUT);
    snprintf(e.type, sizeof e.type, "%s", type);
    e.id = 7;
    e.at = at;
    e.minutes = minutes;
    e.rpe = rpe;
    return e;
}

static void test_quiet_across_midnight(void **state)
{
    (void)state;
    const struct recov_remind_config *rc = &cfg.remind; /* 22:00-07:00 */
    time_t morning = NOW + 12 * HOUR;                   /* Saturday 07:00 */
    assert_false(recov_remind_quiet(rc, NOW));
    assert_true(recov_remind_quiet(rc, NOW + 3 * HOUR));
    assert_false(recov_remind_quiet(rc, morning));
    assert_true(recov_remind_quiet(rc, morning - MIN));
    /* Held until the window ends, whichever side of midnight it falls. */
    struct recov_reminder evening = due_at(NOW + 3 * HOUR + 5 * MIN, RECOV_URGENCY_NORMAL);
    struct recov_reminder night = due_at(NOW + 8 * HOUR, RECOV_URGENCY_LOW);
    struct recov_reminder day = due_at(NOW, RECOV_URGENCY_NORMAL);
    assert_int_equal(recov_remind_release(rc, &evening), morning);
    assert_int_equal(recov_remind_release(rc, &night), morning);
    assert_int_equal(recov_remind_release(rc, &day), NOW);
}

static void test_quiet_urgent_and_off(void **state)
{
    (void)state;
    struct recov_remind_config rc = cfg.remind;
    struct recov_reminder urgent = due_at(NOW + 5 * HOUR, RECOV_URGENCY_CRITICAL);
    assert_int_equal(recov_remind_release(&rc, &urgent), urgent.due);
    rc.urgent_breaks_quiet = 0;
    assert_int_equal(recov_remind_release(&rc, &urgent), NOW + 12 * HOUR);
    rc.quiet_start = rc.quiet_end = 0; /* off */
    assert_int_equal(recov_remind_release(&rc, &urgent), urgent.due);
    /* A window within one day: 13:00-14:00. */
    rc.quiet_start = 13 * 60;
    rc.quiet_end = 14 * 60;
    struct recov_reminder lunch = due_at(NOW - 5 * HOUR - 30 * MIN, RECOV_URGENCY_NORMAL);
    assert_int_equal(recov_remind_release(&rc, &lunch), NOW - 5 * HOUR);
    struct recov_reminder after = due_at(NOW - 5 * HOUR, RECOV_URGENCY_NORMAL);
    assert_int_equal(recov_remind_release(&rc, &after), after.due);
}

static void test_weekly(void **state)
{
    (void)state;
    struct recov_remind_config rc = cfg.remind;
    rc.weekly_enabled = 1;
    rc.weekly_weekday = 0; /* Sunday 19:00 */
    rc.weekly_time = 19 * 60;
    assert_int_equal(recov_remind_next_weekly(&rc, NOW), NOW + 2 * 24 * HOUR);
    /* Strictly after: at the very moment, the next is a week later. */
    assert_int_equal(recov_remind_next_weekly(&rc, NOW + 2 * 24 * HOUR), NOW + 9 * 24 * HOUR);
    rc.weekly_weekday = 5; /* Friday 19:00, i.e. now */
    assert_int_equal(recov_remind_next_weekly(&rc, NOW - 1), NOW);
    assert_int_equal(recov_remind_next_weekly(&rc, NOW), NOW + 7 * 24 * HOUR);
}

static void test_local_time_across_dst(void **state)
{
    (void)state;
    /* Europe/Berlin moves to summer time on 2026-03-29 at 02:00. */
    setenv("TZ", "Europe/Berlin", 1);
    tzset();
    int day = recov_day_from_civil(2026, 3, 29);
    time_t nine = recov_remind_local(day, 9 * 60);
    assert_int_equal(recov_minute_of_day(nine), 9 * 60);
    assert_int_equal(recov_day_of(nine), day);
    setenv("TZ", "UTC", 1);
    tzset();
}

static void test_cooldown(void **state)
{
    (void)state;
    struct recov_reminder r;
    struct recov_entry w = workout("run", NOW - 45 * MIN, 45, 7);
    assert_int_equal(recov_remind_cooldown(&cfg, NOW, &w, &r), 1);
    assert_int_equal(r.kind, RECOV_REMIND_COOLDOWN);
    assert_int_equal(r.due, NOW + 5 * MIN);
    assert_int_equal(r.entry_id, 7);
    assert_string_equal(r.summary, "Cool down after your run");
    assert_non_null(strstr(r.body, "quads"));
    assert_non_null(strstr(r.body, "stretch"));
    assert_true(r.regions & RECOV_REGION_BIT(RECOV_REGION_CALVES));
    /* Useful for cooldown_life (2 h) after due, but no longer than
     * cooldown_hours (2) after the end, when suggest stops offering it too;
     * settled from the end on. */
    assert_int_equal(r.expires_at, NOW + 2 * HOUR);
    assert_int_equal(r.anchor, NOW);
    r.state = RECOV_REMIND_PENDING;
    assert_int_equal(recov_remind_state_at(&r, r.expires_at - 1), RECOV_REMIND_PENDING);
    assert_int_equal(recov_remind_state_at(&r, r.expires_at), RECOV_REMIND_EXPIRED);
    r.state = RECOV_REMIND_SENT;
    assert_int_equal(recov_remind_state_at(&r, r.expires_at + HOUR), RECOV_REMIND_SENT);
    /* Logged 90 min after it ended: due at once, for what is left of the
     * moment; 2 h after: not worth it. */
    w.at = NOW - 90 * MIN - 45 * MIN;
    assert_int_equal(recov_remind_cooldown(&cfg, NOW, &w, &r), 1);
    assert_int_equal(r.due, NOW);
    assert_int_equal(r.expires_at, NOW + 30 * MIN);
    w.at = NOW - 2 * HOUR - 45 * MIN;
    assert_int_equal(recov_remind_cooldown(&cfg, NOW, &w, &r), 0);
}

static void test_checkin(void **state)
{
    (void)state;
    struct recov_reminder r;
    struct recov_entry w = workout("run", NOW - 45 * MIN, 45, 5);
    assert_int_equal(recov_remind_checkin(&cfg, NOW, &w, &r), 1);
    assert_int_equal(r.due, NOW + 14 * HOUR); /* Saturday 09:00 */
    assert_int_equal(r.anchor, NOW);
    /* Its day is its life; soreness that day (not Friday evening's) answers it. */
    assert_int_equal(r.expires_at, NOW + 29 * HOUR);   /* Sunday 00:00 */
    assert_int_equal(recov_remind_answer_from(&r), NOW + 5 * HOUR); /* Saturday 00:00 */
    assert_non_null(strstr(r.body, "recov sore glutes N quads N hamstrings N calves N shins N"));
    w.rpe = 4; /* below checkin_min_rpe */
    assert_int_equal(recov_remind_checkin(&cfg, NOW, &w, &r), 0);
    /* Wednesday's session logged on Friday: Thursday's check-in is gone. */
    w.rpe = 8;
    w.at = NOW - 48 * HOUR - HOUR;
    assert_int_equal(recov_remind_checkin(&cfg, NOW, &w, &r), 0);
    /* ... logged on Thursday at 10:00 it is still worth asking: at once. */
    assert_int_equal(recov_remind_checkin(&cfg, NOW - 33 * HOUR, &w, &r), 1);
    assert_int_equal(r.due, NOW - 33 * HOUR);
    /* Trimmed to what is left to ask. */
    r.regions = RECOV_REGION_BIT(RECOV_REGION_CALVES);
    recov_remind_checkin_body(&r);
    assert_non_null(strstr(r.body, "How do your calves feel today?"));
    assert_null(strstr(r.body, "quads"));
}

static void test_warning_and_notice(void **state)
{
    (void)state;
    struct recov_suggestion s;
    struct recov_reminder r;
    struct recov_notice n;
    char body[1024];
    memset(&s, 0, sizeof s);
    s.region = RECOV_REGION_QUADS;
    s.rule = "dark-urine";
    s.severity = RECOV_SEV_CAUTION;
    snprintf(s.what, sizeof s.what, "get urgent medical care now");
    snprintf(s.because, sizeof s.because, "dark urine with muscle pain");
    assert_int_equal(recov_remind_warning(&(struct recov_advice){&s, 1, 1}, &s, NOW, &r), 0);
    s.severity = RECOV_SEV_URGENT;
    assert_int_equal(recov_remind_warning(&(struct recov_advice){&s, 1, 1}, &s, NOW, &r), 1);
    assert_int_equal(r.due, NOW);
    assert_int_equal(r.urgency, RECOV_URGENCY_CRITICAL);
    assert_int_equal(r.repeat_secs, RECOV_REMIND_WARNING_REPEAT);
    assert_string_equal(r.series, "warning:dark-urine:quads");
    r.id = 42;
    /* A warning lives until the next one of its series is due. */
    assert_int_equal(r.expires_at, NOW + RECOV_REMIND_WARNING_REPEAT);
    recov_remind_notice(&r, body, sizeof body, &n);
    assert_string_equal(n.icon, "recov");
    assert_string_equal(n.image, "dialog-error");
    assert_string_equal(n.category, "x-recov.warning");
    assert_int_equal(n.expire_ms, RECOV_NOTIFY_EXPIRE_NEVER);
    assert_non_null(strstr(n.body, "recov remind ack 42"));
    s.severity = RECOV_SEV_WARNING;
    recov_remind_warning(&(struct recov_advice){&s, 1, 1}, &s, NOW, &r);
    recov_remind_notice(&r, body, sizeof body, &n);
    assert_int_equal(n.urgency, RECOV_URGENCY_NORMAL);
    assert_string_equal(n.image, "dialog-warning");
    assert_int_equal(n.expire_ms, RECOV_NOTIFY_EXPIRE_DEFAULT);
}

/* Two runners: the second cannot claim what the first holds, nor mark it
 * sent; a claim left by a dead runner expires. */
static void test_claims(void **state)
{
    (void)state;
    char *dir = ut_tmpdir(), *path = ut_path(dir, "recov.db");
    struct recov_db *db;
    assert_int_equal(recov_db_open(path, &db), RECOV_OK);
    struct recov_entry w = workout("run", NOW - 45 * MIN, 45, 4);
    struct recov_reminder r;
    int added, got, done;
    assert_int_equal(recov_remind_cooldown(&cfg, NOW, &w, &r), 1);
    assert_int_equal(recov_store_remind_add(db, &r, &added), RECOV_OK);
    assert_int_equal(added, 1);
    /* Scheduling is idempotent: one pending row per series. */
    struct recov_reminder again = r;
    assert_int_equal(recov_store_remind_add(db, &again, &added), RECOV_OK);
    assert_int_equal(added, 0);

    /* Not before it is due. */
    assert_int_equal(recov_store_remind_claim(db, r.id, 1, NOW, NOW - 300, &got), RECOV_OK);
    assert_int_equal(got, 0);
    time_t t = r.due;
    assert_int_equal(recov_store_remind_claim(db, r.id, 1, t, t - 300, &got), RECOV_OK);
    assert_int_equal(got, 1);
    assert_int_equal(recov_store_remind_claim(db, r.id, 2, t, t - 300, &got), RECOV_OK);
    assert_int_equal(got, 0);
    assert_int_equal(recov_store_remind_sent(db, r.id, 2, t, 7, &done), RECOV_OK);
    assert_int_equal(done, 0);
    /* Runner 1 died: ten minutes later its claim is stale. */
    time_t later = t + 600;
    assert_int_equal(recov_store_remind_claim(db, r.id, 2, later, later - 300, &got), RECOV_OK);
    assert_int_equal(got, 1);
    assert_int_equal(recov_store_remind_sent(db, r.id, 2, later, 42, &done), RECOV_OK);
    assert_int_equal(done, 1);
    assert_int_equal(recov_store_remind_claim(db, r.id, 3, later, later, &got), RECOV_OK);
    assert_int_equal(got, 0);
    struct recov_reminder back;
    assert_int_equal(recov_store_remind_get(db, r.id, &back), RECOV_OK);
    assert_int_equal(back.state, RECOV_REMIND_SENT);
    assert_int_equal(back.sent_at, later);
    /* The server's id is stored by the statement that marks it sent. */
    assert_int_equal(back.notify_id, 42);
    assert_int_equal(recov_store_remind_get(db, 999, &back), RECOV_ENOTFOUND);
    recov_db_close(db);
    ut_rmtree(dir);
    free(path);
    free(dir);
}

/* Stores e as its own operation (sets e->id). */
static void store(struct recov_db *db, struct recov_entry *e)
{
    static int64_t op;
    assert_int_equal(recov_store_insert(db, ++op, e), RECOV_OK);
}

/* The log settles a cool-down (and a shown one is left to be closed);
 * what outlives its life expires, and a warning's series goes on. */
static void test_sweep(void **state)
{
    (void)state;
    char *dir = ut_tmpdir(), *path = ut_path(dir, "recov.db");
    struct recov_db *db;
    struct recov_reminder r, w, back;
    struct recov_suggestion s;
    int added, got, done;
    assert_int_equal(recov_db_open(path, &db), RECOV_OK);
    struct recov_entry run = workout("run", NOW - 45 * MIN, 45, 4);
    store(db, &run);
    assert_int_equal(recov_remind_cooldown(&cfg, NOW, &run, &r), 1);
    assert_int_equal(recov_store_remind_add(db, &r, &added), RECOV_OK);
    /* Shown, with the server's id. */
    assert_int_equal(recov_store_remind_claim(db, r.id, 1, r.due, r.due - 300, &got), RECOV_OK);
    assert_int_equal(recov_store_remind_sent(db, r.id, 1, r.due, 9, &done), RECOV_OK);
    /* A bath is no cool-down; a stretch after the run is. */
    struct recov_entry bath, stretch;
    recov_entry_init(&bath, RECOV_KIND_RECOVERY);
    bath.action = recov_action_index("bath");
    bath.at = NOW + 10 * MIN;
    store(db, &bath);
    assert_int_equal(recov_remind_sweep(db, &cfg, NOW + 20 * MIN), RECOV_OK);
    assert_int_equal(recov_store_remind_get(db, r.id, &back), RECOV_OK);
    assert_int_equal(back.state, RECOV_REMIND_SENT);
    stretch = bath;
    stretch.uid[0] = '\0'; /* a new entry, not the bath again */
    stretch.action = recov_action_index("stretch");
    stretch.minutes = 10;
    store(db, &stretch);
    assert_int_equal(recov_remind_sweep(db, &cfg, NOW + 30 * MIN), RECOV_OK);
    assert_int_equal(recov_store_remind_get(db, r.id, &back), RECOV_OK);
    assert_int_equal(back.state, RECOV_REMIND_ACKNOWLEDGED);
    assert_int_equal(back.done_at, NOW + 20 * MIN);
    struct recov_reminders close = {0};
    assert_int_equal(recov_store_remind_to_close(db, &close), RECOV_OK);
    assert_int_equal(close.n, 1);
    assert_int_equal(close.v[0].notify_id, 9);
    assert_int_equal(recov_store_remind_closed(db, r.id), RECOV_OK);
    recov_reminders_free(&close);
    assert_int_equal(recov_store_remind_to_close(db, &close), RECOV_OK);
    assert_int_equal(close.n, 0);

    /* A warning never shown expires after a day; the next one is due. */
    memset(&s, 0, sizeof s);
    s.region = RECOV_REGION_CALVES;
    s.rule = "persist";
    s.severity = RECOV_SEV_WARNING;
    assert_int_equal(recov_remind_warning(&(struct recov_advice){&s, 1, 1}, &s, NOW, &w), 1);
    assert_int_equal(recov_store_remind_add(db, &w, &added), RECOV_OK);
    assert_int_equal(recov_remind_sweep(db, &cfg, NOW + 25 * HOUR), RECOV_OK);
    assert_int_equal(recov_store_remind_get(db, w.id, &back), RECOV_OK);
    assert_int_equal(back.state, RECOV_REMIND_EXPIRED);
    assert_int_equal(recov_store_remind_pending(db, w.series, &back), RECOV_OK);
    assert_int_equal(back.due, NOW + 48 * HOUR);
    assert_int_equal(back.expires_at, NOW + 72 * HOUR);
    recov_db_close(db);
    ut_rmtree(dir);
    free(path);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quiet_across_midnight),
        cmocka_unit_test(test_quiet_urgent_and_off),
        cmocka_unit_test(test_weekly),
        cmocka_unit_test(test_local_time_across_dst),
        cmocka_unit_test(test_cooldown),
        cmocka_unit_test(test_checkin),
        cmocka_unit_test(test_warning_and_notice),
        cmocka_unit_test(test_claims),
        cmocka_unit_test(test_sweep),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
