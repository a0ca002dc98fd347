/* cmd_import: `recov import` of recordings, beside the NDJSON import. */
#ifndef RECOV_CMD_IMPORT_H
#define RECOV_CMD_IMPORT_H

#include "recov/args.h"
#include "recov/cli.h"

/* 1 when the words name recordings (GPX, TCX, FIT, a Strava export, a
 * folder, several paths) or use their options, rather than one NDJSON file. */
int recov_import_wants_recordings(const struct recov_args *a);
/* Runs the import of recordings; returns the exit status. */
int recov_cmd_import_recordings(struct recov_cli *cli, const struct recov_args *a);

#endif
