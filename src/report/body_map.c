/* body_map: front and back outlines with each place filled by its peak. */
#include "recov/report_charts.h"

#include <string.h>

#include "recov/html.h"
#include "recov/svg.h"
#include "recov/vocab.h"

#define FIGURE 170  /* width of one outline */
#define HEIGHT 392
#define MID 85      /* the outline's centre line */

enum view { FRONT, BACK };

/* A region's shape on one outline: an ellipse, or a rounded box when box
 * is set. A paired region is drawn at -dx and +dx; dx is 0 otherwise. */
struct shape {
    int region;
    enum view view;
    double dx, cy, rx, ry;
    int box;
};

static const struct shape shapes[] = {
    {RECOV_REGION_NECK, FRONT, 0, 56, 8, 7, 1},
    {RECOV_REGION_SHOULDERS, FRONT, 30, 72, 14, 10, 0},
    {RECOV_REGION_CHEST, FRONT, 0, 91, 23, 13, 0},
    {RECOV_REGION_ARMS, FRONT, 41, 108, 8, 22, 0},
    {RECOV_REGION_FOREARMS, FRONT, 47, 152, 7, 21, 0},
    {RECOV_REGION_CORE, FRONT, 0, 131, 19, 22, 1},
    {RECOV_REGION_HIPS, FRONT, 14, 166, 12, 9, 0},
    {RECOV_REGION_QUADS, FRONT, 15, 212, 12, 32, 0},
    {RECOV_REGION_KNEES, FRONT, 15, 254, 9, 8, 0},
    {RECOV_REGION_SHINS, FRONT, 15, 294, 8, 28, 0},
    {RECOV_REGION_ANKLES, FRONT, 15, 332, 7, 6, 0},
    {RECOV_REGION_FEET, FRONT, 18, 348, 11, 7, 0},
    {RECOV_REGION_NECK, BACK, 0, 56, 8, 7, 1},
    {RECOV_REGION_SHOULDERS, BACK, 30, 72, 14, 10, 0},
    {RECOV_REGION_UPPER_BACK, BACK, 0, 95, 21, 18, 1},
    {RECOV_REGION_LOWER_BACK, BACK, 0, 135, 19, 18, 1},
    {RECOV_REGION_ARMS, BACK, 41, 108, 8, 22, 0},
    {RECOV_REGION_FOREARMS, BACK, 47, 152, 7, 21, 0},
    {RECOV_REGION_GLUTES, BACK, 13, 170, 13, 13, 0},
    {RECOV_REGION_HAMSTRINGS, BACK, 15, 214, 12, 30, 0},
    {RECOV_REGION_CALVES, BACK, 15, 290, 10, 28, 0},
    {RECOV_REGION_ANKLES, BACK, 15, 332, 7, 6, 0},
    {RECOV_REGION_FEET, BACK, 17, 347, 9, 6, 0},
};

/* The outline the places sit on: head, trunk, arms, hands and legs. */
static void silhouette(FILE *f, double x0)
{
    const char *style = "fill=\"#f2f2f2\" stroke=\"#9a9a9a\" stroke-width=\"1\"";
    fprintf(f, "<g class=\"outline\">\n<circle cx=\"%.0f\" cy=\"30\" r=\"17\" %s/>\n",
            x0 + MID, style);
    fprintf(f, "<rect x=\"%.0f\" y=\"62\" width=\"56\" height=\"116\" rx=\"14\" %s/>\n",
            x0 + MID - 28, style);
    for (int s = -1; s <= 1; s += 2) {
        fprintf(f, "<rect x=\"%.0f\" y=\"82\" width=\"20\" height=\"52\" rx=\"9\" %s/>\n",
                x0 + MID + s * 41 - 10, style);
        fprintf(f, "<rect x=\"%.0f\" y=\"128\" width=\"17\" height=\"48\" rx=\"8\" %s/>\n",
                x0 + MID + s * 47 - 8.5, style);
        fprintf(f, "<circle cx=\"%.0f\" cy=\"185\" r=\"7\" %s/>\n", x0 + MID + s * 49, style);
        fprintf(f, "<rect x=\"%.0f\" y=\"160\" width=\"28\" height=\"184\" rx=\"12\" %s/>\n",
                x0 + MID + s * 15 - 14, style);
    }
    fputs("</g>\n", f);
}

/* The side a shape drawn at dx stands for: the front view faces the
 * reader, so the person's right is on the reader's left. */
static int side_at(enum view view, double dx)
{
    if (dx == 0)
        return RECOV_SIDE_NONE;
    int left_of_page = dx < 0;
    return (view == FRONT) == left_of_page ? RECOV_SIDE_RIGHT : RECOV_SIDE_LEFT;
}

static void place_shape(FILE *f, const struct shape *sh, double x0, double dx,
                        const struct recov_report_places *ps)
{
    int side = side_at(sh->view, dx);
    const struct recov_report_place *p = recov_report_place_find(ps, sh->region, side);
    int score = p ? p->row->peak : -1;
    /* Logged without a side, drawn on a side: dashed, and named for what
     * was logged, never as this side's own score. */
    int unsided = p && side != RECOV_SIDE_NONE && p->side == RECOV_SIDE_NONE;
    double cx = x0 + MID + dx;
    char name[64];
    if (unsided)
        recov_report_place_name(p, name, sizeof name);
    else
        recov_place_format(sh->region, side, name, sizeof name);
    if (sh->box)
        fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\"",
                cx - sh->rx, sh->cy - sh->ry, 2 * sh->rx, 2 * sh->ry);
    else
        fprintf(f, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"", cx, sh->cy,
                sh->rx, sh->ry);
    fprintf(f, " class=\"place\" data-region=\"%s\"", recov_region_names[sh->region]);
    if (side != RECOV_SIDE_NONE)
        fprintf(f, " data-side=\"%s\"", recov_side_names[side]);
    if (score >= 0)
        fprintf(f, " data-score=\"%d\"", score);
    if (unsided)
        fputs(" data-unsided=\"1\" stroke-dasharray=\"3 2\"", f);
    fprintf(f, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"><title>", recov_svg_score_fill(score),
            score >= 0 ? "#333" : "#9a9a9a", score >= 0 ? "1.2" : "0.8");
    if (score >= 0)
        recov_html_textf(f, "%s: peak %d", name, score);
    else
        recov_html_textf(f, "%s: not logged", name);
    fputs(sh->box ? "</title></rect>\n" : "</title></ellipse>\n", f);
    if (score >= 0)
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" "
                   "font-weight=\"700\" fill=\"%s\">%d</text>\n",
                cx, sh->cy + 3.5, recov_svg_score_ink(score), score);
}

static void outline(FILE *f, enum view view, const struct recov_report_places *ps)
{
    double x0 = view == FRONT ? 0 : FIGURE;
    silhouette(f, x0);
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++) {
        const struct shape *sh = &shapes[i];
        if (sh->view != view)
            continue;
        place_shape(f, sh, x0, -sh->dx, ps);
        if (sh->dx != 0)
            place_shape(f, sh, x0, sh->dx, ps);
    }
    const char *l = view == FRONT ? "R" : "L", *r = view == FRONT ? "L" : "R";
    recov_svg_text(f, x0 + 14, 22, "middle", "side", "%s", l);
    recov_svg_text(f, x0 + FIGURE - 14, 22, "middle", "side", "%s", r);
    recov_svg_text(f, x0 + MID, HEIGHT - 10, "middle", "view", "%s",
                   view == FRONT ? "front" : "back");
}

void recov_report_body_map(FILE *f, const struct recov_report_places *ps)
{
    recov_svg_open(f, 2 * FIGURE, HEIGHT, "bodymap",
                   "body map: each region filled by its peak score in the period");
    outline(f, FRONT, ps);
    outline(f, BACK, ps);
    recov_svg_close(f);
}
