/* timeline: soreness by place and day, with flags and recovery marked. */
#include "recov/report_charts.h"

#include <string.h>

#include "recov/html.h"
#include "recov/svg.h"
#include "recov/vocab.h"

#define WIDTH 720
#define LABEL 132.0  /* the place names' column: "right hamstring" on a phone */
#define RIGHT 712.0
#define TOP 34.0
#define ROW 24.0

/* A flag: a dark corner triangle, so it shows in grey and on any fill. */
static void flag_mark(FILE *f, double x, double y, double band, unsigned flags)
{
    char names[128];
    recov_flags_format(flags, ", ", names, sizeof names);
    fprintf(f, "<path class=\"flag\" d=\"M%.1f %.1fh%.1fv%.1fz\" fill=\"#000\"><title>",
            x + band - 9, y + 1, 8.0, 8.0);
    recov_html_textf(f, "flag: %s", names);
    fputs("</title></path>\n", f);
}

/* A recovery action: a ring under the cell's number. */
static void action_mark(FILE *f, double x, double y, double band, uint32_t actions)
{
    char names[256] = "";
    size_t used = 0;
    for (size_t a = 0; a < recov_action_count && used < sizeof names; a++)
        if (actions & (1u << a))
            used += (size_t)snprintf(names + used, sizeof names - used, "%s%s",
                                     used ? ", " : "", recov_action_names[a]);
    fprintf(f, "<circle class=\"action\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"#fff\" "
               "stroke=\"#000\" stroke-width=\"1.2\"><title>",
            x + band / 2, y + ROW - 6);
    recov_html_textf(f, "recovery: %s", names);
    fputs("</title></circle>\n", f);
}

static void cell(FILE *f, const struct recov_summary *s, const struct recov_report_place *p,
                 const struct recov_svg_days *d, size_t i, double y)
{
    int score = recov_report_place_score(s, p, i);
    double x = recov_svg_day_left(d, i), band = recov_svg_day_band(d);
    fprintf(f, "<rect class=\"cell\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
               "fill=\"%s\" stroke=\"#c8c8c8\" stroke-width=\"0.6\"",
            x, y, band, ROW - 2, recov_svg_score_fill(score));
    if (score >= 0)
        fprintf(f, " data-score=\"%d\"", score);
    fputs("/>\n", f);
    if (score >= 0 && band >= 12)
        fprintf(f, "<text class=\"num\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                   "font-size=\"10\" fill=\"%s\">%d</text>\n",
                x + band / 2, y + 12, recov_svg_score_ink(score), score);
    unsigned flags = recov_report_place_flags(s, p, i);
    uint32_t actions = recov_report_place_actions(s, p, i);
    if (flags)
        flag_mark(f, x, y, band, flags);
    if (actions)
        action_mark(f, x, y, band, actions);
}

/* The marks' key, in HTML so it reads at any width. */
static void key(FILE *f)
{
    fputs("<p class=\"keys\"><span class=\"key\"><svg viewBox=\"0 0 10 10\" width=\"10\" "
          "height=\"10\" aria-hidden=\"true\"><path d=\"M1 1h8v8z\" fill=\"#000\"/></svg>"
          "red flag logged</span> <span class=\"key\"><svg viewBox=\"0 0 10 10\" width=\"10\" "
          "height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"#fff\" "
          "stroke=\"#000\" stroke-width=\"1.4\"/></svg>recovery action that day</span> "
          "<span class=\"key\">white: not logged</span> <span class=\"key\">(no side): logged "
          "without a side</span></p>\n",
          f);
}

void recov_report_timeline(FILE *f, const struct recov_summary *s,
                           const struct recov_report_places *ps)
{
    struct recov_svg_days d = {s->range.first_day, s->ndays, LABEL, RIGHT - LABEL};
    double height = TOP + (double)ps->n * ROW + 4;
    recov_svg_open(f, WIDTH, (int)height, "timeline",
                   "soreness timeline: a row per place, a cell per day");
    recov_svg_x_dates(f, &d, 14);
    for (size_t r = 0; r < ps->n; r++) {
        char name[64];
        double y = TOP + (double)r * ROW;
        recov_place_format(ps->v[r].region, ps->v[r].side, name, sizeof name);
        if (ps->v[r].side == RECOV_SIDE_NONE && recov_region_paired(ps->v[r].region))
            snprintf(name + strlen(name), sizeof name - strlen(name), " (no side)");
        fprintf(f, "<g class=\"row\" data-region=\"%s\">\n", recov_region_names[ps->v[r].region]);
        recov_svg_text(f, LABEL - 6, y + 15, "end", "name", "%s", name);
        for (size_t i = 0; i < s->ndays; i++)
            cell(f, s, &ps->v[r], &d, i, y);
        fputs("</g>\n", f);
    }
    recov_svg_close(f);
    key(f);
}
