/* pdf: prints a report with a headless browser, in a throwaway profile. */
/* nftw, to remove the browser profile, is an XSI interface. */
#define _XOPEN_SOURCE 700
#include "recov/report_pdf.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "recov/error.h"

int recov_report_browser(char *buf, size_t n)
{
    static const char *const names[] = {"chromium", "chromium-browser", "google-chrome",
                                        "google-chrome-stable"};
    const char *path = getenv("PATH");
    for (size_t i = 0; path && i < sizeof names / sizeof *names; i++) {
        for (const char *dir = path; *dir;) {
            size_t len = strcspn(dir, ":");
            snprintf(buf, n, "%.*s/%s", (int)len, len ? dir : ".", names[i]);
            if (access(buf, X_OK) == 0)
                return RECOV_OK;
            dir += len + (dir[len] == ':');
        }
    }
    recov_error_set("--format pdf needs Chromium or Chrome to print with, and none is on PATH; "
                    "install one (Debian: apt install chromium) or write the HTML report and "
                    "print it from any browser");
    return RECOV_ENOTFOUND;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* Runs argv with its output discarded; waits up to RECOV_PDF_TIMEOUT. */
static int run_browser(char *const argv[])
{
    pid_t pid = fork();
    if (pid < 0) {
        recov_error_set("cannot start %s: %s", argv[0], strerror(errno));
        return RECOV_EIO;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    struct timespec tick = {0, 50 * 1000 * 1000};
    for (long waited = 0; waitpid(pid, &status, WNOHANG) == 0; waited += 50) {
        if (waited >= RECOV_PDF_TIMEOUT * 1000L) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            recov_error_set("%s did not print the report within %d s", argv[0],
                            RECOV_PDF_TIMEOUT);
            return RECOV_EIO;
        }
        nanosleep(&tick, NULL);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        recov_error_set("%s could not print the report (status %d)", argv[0],
                        WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        return RECOV_EIO;
    }
    return RECOV_OK;
}

/* Prints html to pdf with browser, its profile in dir/profile. */
static int print(const char *browser, const char *dir, const char *html, const char *pdf)
{
    char profile[PATH_MAX + 64], dir_opt[PATH_MAX + 128], pdf_opt[PATH_MAX + 128],
        url[PATH_MAX + 128];
    snprintf(profile, sizeof profile, "%s/profile", dir);
    snprintf(dir_opt, sizeof dir_opt, "--user-data-dir=%s", profile);
    snprintf(pdf_opt, sizeof pdf_opt, "--print-to-pdf=%s", pdf);
    snprintf(url, sizeof url, "file://%s", html);
    /* The sandbox refuses to run as root; nothing is fetched either way. */
    char *argv[] = {(char *)browser, "--headless", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-pdf-header-footer",
                    dir_opt, pdf_opt, url, geteuid() == 0 ? "--no-sandbox" : NULL, NULL};
    return run_browser(argv);
}

/* Writes the HTML to path. */
static int write_file(const char *path, int (*write)(FILE *f, void *ctx), void *ctx)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        recov_error_set("cannot write '%s': %s", path, strerror(errno));
        return RECOV_EIO;
    }
    int rc = write(f, ctx);
    if (fclose(f) != 0 && rc == RECOV_OK) {
        recov_error_set("cannot write '%s': %s", path, strerror(errno));
        rc = RECOV_EIO;
    }
    return rc;
}

/* Copies the file at path to out. */
static int copy(const char *path, FILE *out)
{
    char buf[65536];
    size_t n;
    FILE *f = fopen(path, "rb");
    if (!f) {
        recov_error_set("the browser printed no PDF: %s", strerror(errno));
        return RECOV_EIO;
    }
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, n, out);
    fclose(f);
    if (fflush(out) != 0 || ferror(out)) {
        recov_error_set("cannot write the PDF: %s", strerror(errno));
        return RECOV_EIO;
    }
    return RECOV_OK;
}

int recov_report_pdf(const char *browser, int (*write)(FILE *f, void *ctx), void *ctx,
                     FILE *out)
{
    char dir[PATH_MAX], html[PATH_MAX + 64], pdf[PATH_MAX + 64];
    const char *tmp = getenv("TMPDIR");
    /* The page is health data: the directory is the owner's only. */
    snprintf(dir, sizeof dir, "%s/recov-report.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        recov_error_set("cannot make a directory in '%s': %s", dir, strerror(errno));
        return RECOV_EIO;
    }
    snprintf(html, sizeof html, "%s/report.html", dir);
    snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
    int rc = write_file(html, write, ctx);
    if (rc == RECOV_OK)
        rc = print(browser, dir, html, pdf);
    if (rc == RECOV_OK)
        rc = copy(pdf, out);
    nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    return rc;
}
