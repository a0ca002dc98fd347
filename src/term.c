/* term: what the terminal can show, so output degrades instead of garbling. */
#include "recov/term.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* A variable that is set to something other than "" or "0". */
static int env_on(const char *name)
{
    const char *v = getenv(name);
    return v && *v && strcmp(v, "0") != 0;
}

int recov_term_colour(FILE *f, enum recov_colour mode)
{
    if (mode != RECOV_COLOUR_AUTO)
        return mode == RECOV_COLOUR_ALWAYS;
    /* https://no-color.org: any non-empty value; it beats CLICOLOR_FORCE. */
    const char *no = getenv("NO_COLOR");
    if (no && *no)
        return 0;
    if (env_on("CLICOLOR_FORCE"))
        return 1;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(fileno(f));
}

/* The user's character set is read from their locale here, not made the
 * process's locale with setlocale: nothing else in recov depends on it
 * (texts are UTF-8 by contract, character classes are the C locale's on
 * every machine), and a command that prints nothing of the kind, like
 * --version, does not load the locale's files. */
int recov_term_utf8(void)
{
    locale_t user = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
    if (!user)
        return 0; /* a locale that is not installed: the C locale's ASCII */
    const char *cs = nl_langinfo_l(CODESET, user);
    int utf8 = cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
    freelocale(user);
    return utf8;
}

/* COLUMNS as a width, or 0 when unset or not a number. */
static int columns_env(void)
{
    const char *v = getenv("COLUMNS");
    char *end;
    long n = v ? strtol(v, &end, 10) : 0;
    if (!v || end == v || *end || n <= 0)
        return 0;
    return n < 40 ? 40 : n > 1000 ? 1000 : (int)n;
}

int recov_term_width(FILE *f)
{
    struct winsize ws;
    int fd = fileno(f);
    if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        return ws.ws_col;
    /* No size from the terminal (or no terminal): COLUMNS, as ls does. */
    int columns = columns_env();
    if (columns)
        return columns;
    return isatty(fd) ? 80 : 0;
}

static const char *sgr(int on, const char *seq)
{
    return on ? seq : "";
}

const char *recov_term_bold(int on) { return sgr(on, "\033[1m"); }
const char *recov_term_red(int on) { return sgr(on, "\033[31m"); }
const char *recov_term_yellow(int on) { return sgr(on, "\033[33m"); }
const char *recov_term_green(int on) { return sgr(on, "\033[32m"); }
const char *recov_term_dim(int on) { return sgr(on, "\033[2m"); }
const char *recov_term_reset(int on) { return sgr(on, "\033[0m"); }

int recov_term_columns(const char *t, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n && t[i]; i++) {
        if (t[i] == '\033') {
            while (i < n && t[i] && t[i] != 'm')
                i++;
        } else if (((unsigned char)t[i] & 0xC0) != 0x80) {
            w++;
        }
    }
    return w;
}

void recov_term_wrap(FILE *f, const char *text, int width, int at, int hang)
{
    while (width && recov_term_columns(text, strlen(text)) > width - at) {
        size_t cut = 0, fit = 0;
        for (; text[cut]; cut++)
            if (text[cut] == ' ' && cut > 0 && text[cut - 1] != ' ') {
                if (recov_term_columns(text, cut) > width - at)
                    break;
                fit = cut;
            }
        if (fit == 0)
            break; /* one word longer than the line: left whole, never cut */
        fprintf(f, "%.*s\n%*s", (int)fit, text, hang, "");
        text += fit + 1;
        at = hang;
    }
    fprintf(f, "%s\n", text);
}
