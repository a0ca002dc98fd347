/* import/workout: an activity as the workout recov logs, RPE included. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recov/config_sports.h"
#include "recov/error.h"
#include "recov/import.h"
#include "recov/when.h"

/* Session RPE (CR-10) from the mean heart rate as a fraction of the heart-
 * rate reserve (Karvonen), through the ACSM intensity categories (Garber
 * et al. 2011, Table 2): light < 40 %, moderate 40-59 % (Borg 12-13, CR-10
 * 3-4), vigorous 60-89 % (Borg 14-17, CR-10 5-7), near-maximal >= 90 %
 * (Borg >= 18, CR-10 8-9). docs/import.md has the table. Returns -1 when
 * hr_max is not configured or there is no heart rate. */
int recov_import_hr_rpe(const struct recov_config *cfg, int avg_hr)
{
    int max = cfg->athlete.hr_max, rest = cfg->athlete.hr_rest ? cfg->athlete.hr_rest : 60;
    if (!max || !avg_hr || max - rest < 20)
        return -1;
    double hrr = (double)(avg_hr - rest) / (double)(max - rest);
    static const struct { double below; int rpe; } zones[] = {
        {0.30, 1}, {0.40, 2}, {0.50, 3}, {0.60, 4}, {0.70, 5}, {0.80, 6}, {0.90, 7}, {0.95, 8},
    };
    for (size_t i = 0; i < sizeof zones / sizeof *zones; i++)
        if (hrr < zones[i].below)
            return zones[i].rpe;
    return 9;
}

/* The activity's name as a note, or NULL. A long name was cut to fit,
 * maybe inside a UTF-8 sequence: up to 3 trailing bytes are dropped to
 * make it valid again; a name that still is not UTF-8 is left out. */
static char *note_from_name(const char *name)
{
    char buf[sizeof ((struct recov_activity *)0)->name];
    snprintf(buf, sizeof buf, "%s", name);
    size_t n = strlen(buf);
    for (int cut = 0; n > 0 && cut <= 3; cut++, buf[--n] = '\0')
        if (recov_note_check(buf) == RECOV_OK)
            return strdup(buf);
    return NULL;
}

int recov_import_workout(const struct recov_config *cfg, const struct recov_activity *a,
                         struct recov_entry *e)
{
    recov_entry_init(e, RECOV_KIND_WORKOUT);
    const char *type = recov_config_sport_type(cfg, a->sport);
    const struct recov_workout_type *t = recov_config_type(cfg, type);
    if (!t) {
        recov_error_set("workout type '%s' (for sport '%s') is not defined", type, a->sport);
        return RECOV_EINPUT;
    }
    snprintf(e->type, sizeof e->type, "%s", t->name);
    if (a->start <= 0) {
        recov_error_set("session without a start time");
        return RECOV_EINPUT;
    }
    e->at = a->start;
    /* Moving time is what the body worked; elapsed includes the stops. */
    int secs = a->moving_s > 0 ? a->moving_s : a->elapsed_s;
    e->minutes = (int)lround(secs / 60.0);
    if (e->minutes < 1)
        e->minutes = 1;
    if (e->minutes > RECOV_MAX_MINUTES) {
        recov_error_set("session of %d minutes: recov holds sessions up to 24 h", e->minutes);
        return RECOV_EINPUT;
    }
    if (a->distance_m >= 0 && a->distance_m <= 1e6)
        e->distance_km = round(a->distance_m) / 1000.0;
    if (a->avg_hr >= RECOV_HR_MIN && a->avg_hr <= RECOV_HR_MAX)
        e->avg_hr = a->avg_hr;
    if (a->max_hr >= RECOV_HR_MIN && a->max_hr <= RECOV_HR_MAX)
        e->max_hr = a->max_hr;
    snprintf(e->source, sizeof e->source, "%s", a->source);
    e->note = note_from_name(a->name);
    int hr_rpe = recov_import_hr_rpe(cfg, e->avg_hr);
    e->rpe = a->rpe >= 0 ? a->rpe : hr_rpe >= 0 ? hr_rpe : t->rpe;
    e->rpe_estimated = a->rpe < 0;
    return RECOV_OK;
}
