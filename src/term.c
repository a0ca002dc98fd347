/* term: what the terminal can show, so output degrades instead of garbling. */
#include "recov/term.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

int recov_term_colour(FILE *f)
{
    const char *no = getenv("NO_COLOR");
    if (no && *no)
        return 0;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(fileno(f));
}

int recov_term_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

int recov_term_width(FILE *f)
{
    struct winsize ws;
    int fd = fileno(f);
    if (!isatty(fd))
        return 0;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col < 40)
        return 80;
    return ws.ws_col;
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
