/* summary_wellness: the Wellness section of `recov summary`'s text. */
#include <stdio.h>

#include "recov/cli_wellness.h"
#include "recov/term.h"
#include "recov/wellness.h"
#include "recov/when.h"

void recov_cli_wellness_print(const struct recov_cli *cli, const struct recov_wellness_summary *s)
{
    int any = s->days, base = recov_wellness_has_baseline(s);
    if (!any && !base)
        return;
    char from[16], to[16];
    recov_day_format(s->first_day - RECOV_WELL_BASELINE_DAYS, from, sizeof from);
    recov_day_format(s->first_day - 1, to, sizeof to);
    printf("\n%sWellness%s (%d day%s logged; ", recov_term_bold(cli->colour),
           recov_term_reset(cli->colour), s->days, s->days == 1 ? "" : "s");
    /* No check in the 60 days before: no baseline columns of dashes and 0s. */
    if (base)
        printf("your baseline: %s .. %s)\n", from, to);
    else
        printf("no baseline yet: no checks %s .. %s)\n", from, to);
    if (base)
        printf("  %-14s %6s %5s %9s %5s %5s\n", "item", "mean", "days", "baseline", "sd", "days");
    else
        printf("  %-14s %6s %5s\n", "item", "mean", "days");
    for (int i = 0; i < RECOV_WS_COUNT; i++) {
        const struct recov_well_series *x = &s->series[i];
        if (!x->period.days && !x->baseline.days)
            continue;
        char mean[16] = "-", bmean[16] = "-", sd[16] = "-";
        if (x->period.days)
            snprintf(mean, sizeof mean, "%.1f", x->period.mean);
        if (x->baseline.days)
            snprintf(bmean, sizeof bmean, "%.1f", x->baseline.mean);
        if (x->baseline.days > 1)
            snprintf(sd, sizeof sd, "%.1f", x->baseline.sd);
        if (base)
            printf("  %-14s %6s %5d %9s %5s %5d\n", recov_well_series_label(i), mean,
                   x->period.days, bmean, sd, x->baseline.days);
        else
            printf("  %-14s %6s %5d\n", recov_well_series_label(i), mean, x->period.days);
    }
}
