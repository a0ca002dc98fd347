/* cmd_sync: `recov sync DIR`: exchange changes with other devices through a folder. */
#include <stdio.h>

#include "recov/args.h"
#include "recov/cli.h"
#include "recov/error.h"
#include "recov/sync.h"

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
        printf("this device: %s, %lld change%s, %lld not in the folder yet\n", r->device,
               (long long)r->sent, r->sent == 1 ? "" : "s", (long long)r->unwritten);
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

static int run(struct recov_cli *cli, int argc, char **argv)
{
    struct recov_args a;
    int done = recov_cli_args(&recov_cmd_sync, argc, argv, options, &a);
    if (done >= 0)
        return done;
    const char *dir = folder(cli, &a);
    if (!dir)
        return recov_cli_fail(RECOV_EINPUT);
    int status = recov_args_get(&a, "status") != NULL;
    struct recov_db *db;
    struct recov_sync_report r;
    int rc = recov_cli_db(cli, &db);
    if (rc)
        return recov_cli_fail(rc);
    rc = recov_sync_run(db, dir, status, &r);
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
    "Without DIR, the config's [sync] dir is used.\n\n"
    "--status  list the devices seen and what is pending; change nothing\n"
    "--json    print the result as one object (see docs/json.md)\n",
    .options = options,
};
