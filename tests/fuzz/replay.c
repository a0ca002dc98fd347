/* replay: runs a fuzz target over its seed corpus without libFuzzer, so the
 * dev build (ASan, UBSan) exercises it on every test run.
 *
 * usage: fuzz_NAME_replay CORPUS_DIR
 * Every file is fed whole and cut at every length up to 4 KiB (and at a
 * spread of lengths beyond), the inputs a fuzzer tries first. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
    size_t got = buf ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    if (!buf || got != (size_t)n)
        return -1;
    for (size_t cut = 0; cut < got; cut += cut < 4096 ? 1 : got / 64 + 1) {
        /* A copy of exactly cut bytes, so ASan sees a read past the end. */
        uint8_t *part = malloc(cut ? cut : 1);
        memcpy(part, buf, cut);
        LLVMFuzzerTestOneInput(part, cut);
        free(part);
    }
    LLVMFuzzerTestOneInput(buf, got);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    struct dirent **names;
    int n = scandir(argv[1], &names, NULL, alphasort), files = 0;
    if (n < 0) {
        perror(argv[1]);
        return 2;
    }
    for (int i = 0; i < n; i++) {
        char path[4096];
        if (names[i]->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", argv[1], names[i]->d_name);
            if (replay(path)) {
                fprintf(stderr, "cannot read %s\n", path);
                return 2;
            }
            files++;
        }
        free(names[i]);
    }
    free(names);
    printf("%d corpus files replayed\n", files);
    return files > 0 ? 0 : 1;
}
