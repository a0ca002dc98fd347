/* fuzz_cli: a whole recov command line, run in this process against a
 * scratch database: one word per input line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_util.h"

/* main.c, compiled for this target under another name. */
int recov_cli_main(int argc, char **argv);

#define MAX_WORDS 24

/* A private home, database and config, the clock pinned, and no terminal:
 * nothing a fuzzed command does can reach the user's files. */
static void setup(void)
{
    static char dir[4096], db[4096 + 16], ini[4096 + 16];
    const char *tmp = getenv("TMPDIR");
    /* run.sh runs the target inside a scratch directory it removes. */
    snprintf(dir, sizeof dir, "%s/recov-fuzz-cli.XXXXXX", tmp && *tmp ? tmp : ".");
    if (!mkdtemp(dir))
        abort();
    snprintf(db, sizeof db, "%s/recov.db", dir);
    snprintf(ini, sizeof ini, "%s/recov.ini", dir);
    setenv("HOME", dir, 1);
    setenv("XDG_DATA_HOME", dir, 1);
    setenv("XDG_CONFIG_HOME", dir, 1);
    setenv("XDG_CONFIG_DIRS", dir, 1);
    setenv("RECOV_DB", db, 1);
    setenv("RECOV_CONFIG", ini, 1);
    setenv("RECOV_NOW", "2026-11-20 19:00", 1);
    setenv("TZ", "UTC", 1);
    setenv("NO_COLOR", "1", 1);
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "r", stdin))
        abort();
}

/* Words that would leave the scratch directory or start other programs. */
static int unsafe(char **argv, int argc)
{
    int remind = 0;
    for (int i = 1; i < argc; i++) {
        const char *w = argv[i];
        if (!strncmp(w, "--db", 4) || !strncmp(w, "--config", 8) || !strcmp(w, "demo"))
            return 1;
        remind |= !strcmp(w, "remind");
        if (remind && (!strcmp(w, "run") || !strcmp(w, "daemon")))
            return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        setup();
        ready = 1;
    }
    char *text = fuzz_string(data, size);
    if (!text)
        return 0;
    char *argv[MAX_WORDS + 2] = {"recov"};
    int argc = 1;
    for (char *save = NULL, *w = strtok_r(text, "\n", &save); w && argc <= MAX_WORDS;
         w = strtok_r(NULL, "\n", &save))
        argv[argc++] = w;
    argv[argc] = NULL;
    if (!unsafe(argv, argc))
        recov_cli_main(argc, argv);
    fflush(stdout);
    free(text);
    return 0;
}
