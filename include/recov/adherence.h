/* adherence: how reminders fared over a period, for the summary. */
#ifndef RECOV_ADHERENCE_H
#define RECOV_ADHERENCE_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

#include "recov/db.h"
#include "recov/range.h"
#include "recov/store_remind.h"

/* The figures of reminders due in range and by now. db NULL (nothing
 * logged yet): all zero. Returns 0 or RECOV_EIO. */
int recov_adherence_load(struct recov_db *db, struct recov_range range, time_t now,
                         struct recov_adherence *out);
/* The summary's "reminders" object (docs/json.md); NULL when out of memory. */
json_t *recov_adherence_to_json(const struct recov_adherence *a);
/* One line for the text summary: "check-ins answered 3 of 4, ...". */
void recov_adherence_format(const struct recov_adherence *a, char *buf, size_t n);

#endif
