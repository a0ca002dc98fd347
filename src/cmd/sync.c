/* cmd_sync: `recov sync [DIR]`: exchange changes with other devices through a folder. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


#include "recov/args.h"
#include "recov/cli.h"
#include "recov/error.h"
#include "recov/remind.h"
#include "recov/store.h"
#include "recov/sync.h"

#define PASSPHRASE_MAX 1024

static const struct recov_option options[] = {{"status", 0}, {"json", 0}, {NULL, 0}};

static json_t *report_json(const char *dir, const struct recov_sync_report *r, int status)
{
    json_t *peers = json_array(), *skipped = json_array();
    for (size_t i = 0; i < r->npeers; i++)
        json_array_append_new(peers, json_pack("{s:s, s:I, s:I, s:I}", "device",
                                               r->peers[i].device, "applied",
                                               (json_int_t)r->peers[i].applied, "clock",
                                               (json_int_t)r->peers[i].clock, "pending",
                                               (json_int_t)r->peers[i].pending));
    for (size_t i = 0; i < r->nskipped; i++)
        json_array_append_new(skipped, json_string(r->skipped[i]));
    json_t *o = json_pack("{s:s, s:s?, s:I, s:o, s:o}", "folder", dir, "device",
                          r->device[0] ? r->device : NULL, "changes", (json_int_t)r->sent,
                          "devices", peers, "skipped", skipped);
    json_object_set_new(o, "encrypted", json_boolean(r->encrypted));
    json_object_set_new(o, status ? "unwritten" : "written",
                        json_integer(status ? r->unwritten : r->written));
    if (!status)
        json_object_set_new(o, "applied", json_integer(r->applied));
    return o;
}

static void print_status(const struct recov_sync_report *r)
{
    if (!r->device[0]) {
        printf("this device: no id yet (the first 'recov sync' creates it)\n");
    } else {
        printf("this device: %s, %lld change%s, %lld not in the folder yet%s\n", r->device,
               (long long)r->sent, r->sent == 1 ? "" : "s", (long long)r->unwritten,
               r->encrypted ? ", encrypted" : "");
    }
    for (size_t i = 0; i < r->npeers; i++)
        printf("device %s: applied up to change %lld (clock %lld), %lld pending\n",
               r->peers[i].device, (long long)r->peers[i].applied,
               (long long)r->peers[i].clock, (long long)r->peers[i].pending);
}

static int report(const char *dir, const struct recov_sync_report *r, int status, int json)
{
    for (size_t i = 0; i < r->nskipped; i++)
        fprintf(stderr, "recov: sync: skipped %s; tried again at the next sync\n",
                r->skipped[i]);
    if (json)
        return recov_cli_print_json(report_json(dir, r, status));
    if (status)
        print_status(r);
    else
        printf("sync: wrote %lld change%s, applied %lld from %zu other device%s\n",
               (long long)r->written, r->written == 1 ? "" : "s", (long long)r->applied,
               r->npeers, r->npeers == 1 ? "" : "s");
    return RECOV_EXIT_OK;
}

/* The folder: the one given, else [sync] dir; NULL (message set) if none. */
static const char *folder(const struct recov_cli *cli, const struct recov_args *a)
{
    if (a->npos > 1) {
        recov_error_set("sync: expected one folder, got %d arguments; usage: recov %s",
                        a->npos, recov_cmd_sync.synopsis);
        return NULL;
    }
    if (a->npos == 1)
        return a->pos[0];
    if (cli->cfg.sync.dir[0])
        return cli->cfg.sync.dir;
    recov_error_set("sync: no folder: give one ('recov sync DIR') or set [sync] dir in the "
                    "config (%s)", cli->cfg.path[0] ? cli->cfg.path : "recov.ini");
    return NULL;
}

/* 1 when the file at path lies in the folder dir or below it. */
static int inside(const char *path, const char *dir)
{
    char file[PATH_MAX], folder[PATH_MAX];
    if (!realpath(path, file) || !realpath(dir, folder))
        return 0;
    size_t n = strlen(folder);
    return strncmp(file, folder, n) == 0 && (file[n] == '/' || folder[n - 1] == '/');
}

/* A passphrase in the shared folder travels with the files it locks. */
static int refuse_inside(const char *path, const char *dir)
{
    if (!inside(path, dir))
        return RECOV_OK;
    recov_error_set("sync: [sync] passphrase_file '%s' is inside the shared folder '%s', which "
                    "copies it to every device and service that holds the folder; keep it "
                    "outside",
                    path, dir);
    return RECOV_EINPUT;
}

/* A file of the passphrase that other users can read is said, as ssh says
 * of a key; a pipe (a password manager's) is not a file others open. */
static void warn_if_readable(const char *path, const struct stat *st)
{
    if (S_ISREG(st->st_mode) && (st->st_mode & 077))
        fprintf(stderr,
                "recov: warning: [sync] passphrase_file '%s' can be read by other users "
                "(mode %04o); make it yours alone: chmod 600 '%s'\n",
                path, (unsigned)(st->st_mode & 07777), path);
}

/* The passphrase: the first line of [sync] passphrase_file, else
 * RECOV_SYNC_PASSPHRASE; *out is NULL with neither. Never an option: a
 * command line is visible to every user in ps and kept in shell history.
 * RECOV_EINPUT (message set) for a file that cannot be read, is empty or
 * lies in the shared folder dir. */
static int passphrase(const struct recov_cli *cli, const char *dir, char buf[PASSPHRASE_MAX],
                      const char **out)
{
    const char *path = cli->cfg.sync.passphrase_file, *env = getenv("RECOV_SYNC_PASSPHRASE");
    *out = NULL;
    if (!path[0]) {
        if (env && *env) {
            if (strlen(env) >= PASSPHRASE_MAX) {
                recov_error_set("sync: RECOV_SYNC_PASSPHRASE: longer than %d bytes",
                                PASSPHRASE_MAX - 1);
                return RECOV_EINPUT;
            }
            *out = env;
        }
        return RECOV_OK;
    }
    if (refuse_inside(path, dir))
        return RECOV_EINPUT;
    FILE *f = fopen(path, "r");
    if (!f) {
        recov_error_set("sync: [sync] passphrase_file '%s': %s; give a readable file whose "
                        "first line is the passphrase", path, strerror(errno));
        return RECOV_EINPUT;
    }
    struct stat st;
    int known = fstat(fileno(f), &st) == 0;
    int got = fgets(buf, PASSPHRASE_MAX, f) != NULL;
    fclose(f);
    buf[got ? strcspn(buf, "\r\n") : 0] = '\0';
    if (!buf[0]) {
        recov_error_set("sync: [sync] passphrase_file '%s': its first line is empty; write the "
                        "passphrase there", path);
        return RECOV_EINPUT;
    }
    if (known)
        warn_if_readable(path, &st);
    *out = buf;
    return RECOV_OK;
}

/* Entries new on this device get the reminders logging them here would
 * have scheduled (only those still timely: not for years of history). */
static int arrived(struct recov_db *db, void *ctx, const char (*uids)[37], size_t n)
{
    const struct recov_cli *cli = ctx;
    struct recov_entries got = {0};
    int rc = RECOV_OK;
    for (size_t i = 0; rc == RECOV_OK && i < n; i++) {
        struct recov_entry e = {0};
        int64_t id;
        int same;
        snprintf(e.uid, sizeof e.uid, "%s", uids[i]);
        rc = recov_store_find(db, &e, &id, &same);
        if (rc == RECOV_OK && id && (rc = recov_store_get(db, id, &e)) == RECOV_OK &&
            e.kind != RECOV_KIND_WORKOUT && e.kind != RECOV_KIND_SORENESS) {
            recov_entry_clear(&e);
            continue;
        }
        if (rc == RECOV_OK && id)
            rc = recov_entries_push(&got, &e);
    }
    if (rc == RECOV_OK && got.n)
        rc = recov_remind_schedule(db, &cli->cfg, cli->now, &got);
    recov_entries_free(&got);
    return rc;
}

static int follow_log(struct recov_db *db, void *ctx)
{
    const struct recov_cli *cli = ctx;
    return recov_remind_follow_log(db, &cli->cfg, cli->now);
}

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    int done = recov_cli_args(&recov_cmd_sync, argc, argv, options, &a);
    if (done >= 0)
        return done;
    const char *dir = folder(cli, &a);
    if (!dir)
        return recov_cli_fail(RECOV_EINPUT);
    struct recov_sync_options o = {
        .status_only = recov_args_get(&a, "status") != NULL,
        .share_answers = cli->cfg.sync.reminders == RECOV_SYNC_REMINDERS_SHARED,
        .hooks = {arrived, cli},
    };
    int status = o.status_only;
    char secret[PASSPHRASE_MAX];
    struct recov_db *db;
    struct recov_sync_report r;
    int rc = passphrase(cli, dir, secret, &o.passphrase);
    if (rc == RECOV_OK)
        rc = recov_cli_db(cli, &db);
    if (rc)
        return recov_cli_fail(rc);
    rc = recov_sync_run(db, dir, &o, &r);
    /* Not memset: a store to a buffer about to die may be dropped. */
    explicit_bzero(secret, sizeof secret);
    if (rc == RECOV_OK && !status && o.share_answers)
        rc = recov_remind_take_answers(db, cli->now);
    /* Once, after every file: the warnings follow the log as the other
     * devices left it (a red flag logged there warns here; one resolved
     * there resolves here), as after a write of this device's own. */
    if (rc == RECOV_OK && r.applied)
        rc = recov_db_write(db, follow_log, cli);
    int exit = rc ? recov_cli_fail(rc)
                  : report(dir, &r, status, recov_args_get(&a, "json") != NULL);
    recov_sync_report_free(&r);
    return exit;
}

const struct recov_command recov_cmd_sync = {
    "sync", run, "sync [DIR] [--status] [--json]", "share the log with other devices",
    "Writes this device's changes into DIR/<device-id>/, one file per change,\n"
    "and applies the other devices' files not applied yet. DIR is any folder\n"
    "that Syncthing, Nextcloud, Dropbox, rsync or a git repository replicates:\n"
    "no file is ever written by two devices. Every device that has applied\n"
    "the same changes holds the same entries; see docs/sync.md for how edits\n"
    "of one entry on two devices are settled. A file still being copied or\n"
    "damaged is skipped with a message and tried again at the next sync.\n"
    "Without DIR, the config's [sync] dir is used. With a passphrase ([sync]\n"
    "passphrase_file, or RECOV_SYNC_PASSPHRASE) the files are encrypted; with\n"
    "[sync] reminders = shared, answering a reminder settles it everywhere.\n\n"
    "--status  list the devices seen and what is pending; change nothing\n"
    "--json    print the result as one object (see docs/json.md)\n",
    .options = options,
};
