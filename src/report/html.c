/* html: escaping and the page structure every report shares. */
#include "recov/html.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "recov/error.h"

void recov_html_escape(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: fputc(*s, f);
        }
    }
}

void recov_html_textf(FILE *f, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    recov_html_escape(f, buf);
}

/* One stylesheet: a single column that fills a phone and stops widening on
 * a desktop; figures scale with the column (SVG viewBox); tables scroll
 * inside their box rather than widen the page; print gives A4 pages with
 * charts, cards and rows kept whole. */
static const char css[] =
    ":root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--rule:#ccc;--accent:#7f2704}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',"
    "sans-serif;color:var(--ink);background:#fff}\n"
    "main{max-width:960px;margin:0 auto;padding:12px 14px 32px}\n"
    "h1{font-size:1.45em;margin:.3em 0 .1em}\n"
    "h2{font-size:1.15em;margin:1.4em 0 .5em;padding-bottom:.2em;border-bottom:2px solid "
    "var(--rule)}\n"
    "h3{font-size:1em;margin:1em 0 .3em}\n"
    "p{margin:.4em 0}\n"
    ".period{color:var(--muted);margin:0 0 .6em}\n"
    ".figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));"
    "gap:8px;margin:0;padding:0}\n"
    ".figures div{border:1px solid var(--rule);border-radius:6px;padding:6px 8px}\n"
    ".figures dt{font-size:.8em;color:var(--muted)}\n"
    ".figures dd{margin:0;font-size:1.2em;font-weight:600}\n"
    ".figures dd small{display:block;font-size:.65em;font-weight:400;color:var(--muted)}\n"
    ".chart-title{font-weight:600;margin:.9em 0 .2em}\n"
    ".keys{margin:0 0 .2em;font-size:.85em}\n"
    ".key{white-space:nowrap;margin-right:1em}\n"
    ".key svg{display:inline-block;width:auto;vertical-align:middle;margin-right:4px}\n"
    "figure.load svg.chart{max-width:760px}\n"
    ".episodes{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px}\n"
    ".episode{border:1px solid var(--rule);border-radius:6px;padding:4px 10px 8px}\n"
    ".episode h3{margin:.3em 0}\n"
    ".facts{display:grid;grid-template-columns:repeat(3,1fr);gap:2px 8px;margin:0}\n"
    ".facts dt{font-size:.75em;color:var(--muted)}\n"
    ".facts dd{margin:0;font-weight:600;white-space:nowrap}\n"
    ".episode p{margin:.4em 0 0;font-size:.9em}\n"
    "td.date{white-space:nowrap}\n"

    ".note{font-size:.88em;color:var(--muted)}\n"
    "figure{margin:.6em 0}\n"
    "figcaption{font-size:.85em;color:var(--muted);margin-top:.2em}\n"
    "svg{display:block;width:100%;height:auto;max-width:100%}\n"
    "svg text{font-family:inherit}\n"
    ".maps{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}\n"
    ".maps figure{flex:1 1 300px;max-width:480px}\n"
    ".maps .scores{flex:1 1 200px}\n"
    ".scroll{overflow-x:auto;max-width:100%}\n"
    "table{border-collapse:collapse;width:100%;font-size:.9em}\n"
    "th,td{border-bottom:1px solid var(--rule);padding:4px 6px;text-align:left;"
    "vertical-align:top}\n"
    "th{font-size:.85em;color:var(--muted);font-weight:600}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "ul.warnings{padding-left:1.2em}\n"
    "ul.warnings li{margin:.35em 0}\n"
    ".flag{font-weight:700;color:var(--accent)}\n"
    ".source{color:var(--muted);font-size:.88em}\n"
    ".usertext{white-space:pre-wrap;overflow-wrap:anywhere}\n"
    ".disclaimer{margin-top:2em;padding:10px 12px;border:2px solid var(--ink);"
    "border-radius:6px;font-size:.9em}\n"
    "footer{color:var(--muted);font-size:.8em;margin-top:1em}\n"
    /* On a phone the charts shrink to half size: their text grows to match,
     * and the timeline's cells keep their colours but are too small for
     * their numbers (the episodes give them). */
    "@media (max-width:600px){body{font-size:14px}main{padding:8px 10px 24px}"
    "th,td{padding:3px 4px}svg.chart{font-size:19px}svg.timeline{font-size:16px}"
    "svg.timeline .num{display:none}}\n"
    "@page{size:A4;margin:14mm 12mm}\n"
    "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}"
    "h2,h3,.chart-title,.keys{break-after:avoid}"
    "figure,svg,tr,li,.episode,dl.figures,.disclaimer{break-inside:avoid}"
    "figure.load{break-inside:auto}"
    ".scroll{overflow:visible}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

void recov_html_begin(FILE *f, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          /* Nothing may be fetched: the file is the whole report. */
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; img-src data:\">\n<title>",
          f);
    recov_html_escape(f, title);
    fprintf(f, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", css);
}

int recov_html_end(FILE *f)
{
    fputs("</main>\n</body>\n</html>\n", f);
    if (fflush(f) != 0 || ferror(f)) {
        recov_error_set("cannot write the report: %s", strerror(errno));
        return RECOV_EIO;
    }
    return RECOV_OK;
}

void recov_html_section(FILE *f, const char *id, const char *heading)
{
    fputs("<section", f);
    if (id) {
        fputs(" id=\"", f);
        recov_html_escape(f, id);
        fputc('"', f);
    }
    fputs(">\n<h2>", f);
    recov_html_escape(f, heading);
    fputs("</h2>\n", f);
}

void recov_html_section_end(FILE *f)
{
    fputs("</section>\n", f);
}
