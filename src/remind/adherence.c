/* remind/adherence: how reminders fared over a period (answered, done, expired). */
#include "recov/adherence.h"

#include <stdio.h>
#include <string.h>

#include "recov/error.h"
#include "recov/when.h"

int recov_adherence_load(struct recov_db *db, struct recov_range range, time_t now,
                         struct recov_adherence *out)
{
    memset(out, 0, sizeof *out);
    out->now = now;
    if (!db)
        return RECOV_OK;
    return recov_store_remind_adherence(db, recov_day_start(range.first_day),
                                        recov_day_start(range.last_day + 1), out);
}

json_t *recov_adherence_to_json(const struct recov_adherence *a)
{
    return json_pack("{s:i, s:i, s:i, s:i, s:i, s:i}", "checkins_shown", a->checkins_shown,
                     "checkins_answered", a->checkins_answered, "cooldowns_due",
                     a->cooldowns_due, "cooldowns_done", a->cooldowns_done, "snoozes",
                     a->snoozes, "expired", a->expired);
}

/* Appends one part of the line, after a comma when one came before. */
static void part(char *buf, size_t n, const char *text)
{
    size_t used = strlen(buf);
    snprintf(buf + used, n - used, "%s%s", used ? ", " : "", text);
}

void recov_adherence_format(const struct recov_adherence *a, char *buf, size_t n)
{
    /* A figure with nothing behind it ("0 of 0") is left out. */
    char text[96];
    buf[0] = '\0';
    if (a->checkins_shown) {
        snprintf(text, sizeof text, "check-ins answered %d of %d shown", a->checkins_answered,
                 a->checkins_shown);
        part(buf, n, text);
    }
    if (a->cooldowns_due) {
        snprintf(text, sizeof text, "cool-downs done %d of %d", a->cooldowns_done,
                 a->cooldowns_due);
        part(buf, n, text);
    }
    if (a->snoozes) {
        snprintf(text, sizeof text, "%d snooze%s", a->snoozes, a->snoozes == 1 ? "" : "s");
        part(buf, n, text);
    }
    if (a->expired) {
        snprintf(text, sizeof text, "%d reminder%s expired before %s shown", a->expired,
                 a->expired == 1 ? "" : "s", a->expired == 1 ? "it was" : "they were");
        part(buf, n, text);
    }
}
