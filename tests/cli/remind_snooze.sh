#!/usr/bin/env bash
# remind_snooze: snooze, cancel and ack; warnings repeat daily until dealt with.
source "$(dirname "$0")/remind_lib.sh"

server

ok log run 45m --rpe 4
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")
RECOV_NOW="2026-11-20 19:06" ok remind run
same "$(calls)" 1 "cool-down shown"

# Snoozing a shown reminder brings it back once, DURATION later.
RECOV_NOW="2026-11-20 19:10" ok remind snooze "$cool" 30m
has "snoozed #$cool until 2026-11-20 19:40"
same "$(state "$cool")" snoozed "state after snooze"
RECOV_NOW="2026-11-20 19:39" ok remind run
same "$(calls)" 1 "not before the snooze ends"
RECOV_NOW="2026-11-20 19:40" ok remind run
same "$(calls)" 2 "shown again when the snooze ends"
same "$(call 2 summary)" "$(call 1 summary)" "the same reminder"
same "$(state "$cool")" sent "sent again"
RECOV_NOW="2026-11-20 20:40" ok remind run
same "$(calls)" 2 "a snooze brings it back once"

# Bad input is refused and changes nothing.
before=$(db_sum)
refuses 2 remind snooze "$cool" 0m
refuses 2 remind snooze abc 30m
refuses 2 remind snooze 999 30m
err_has "reminder '999': no such reminder"
refuses 2 remind cancel
refuses 2 remind frobnicate
err_has "expected run, daemon, list, snooze, cancel or ack"
refuses 2 remind list --dry-run
same "$(db_sum)" "$before" "refused commands leave the database unchanged"

# A cancelled reminder is never shown.
RECOV_NOW="2026-11-20 20:00" ok log swim 30m --rpe 4
swim=$(sql "SELECT max(id) FROM reminder WHERE kind = 'cooldown'")
RECOV_NOW="2026-11-20 20:01" ok remind cancel "$swim"
has "cancelled #$swim"
RECOV_NOW="2026-11-20 20:30" ok remind run
same "$(calls)" 2 "cancelled reminder not shown"
same "$(state "$swim")" cancelled "state cancelled"
refuses 2 remind cancel "$swim"
err_has "is cancelled"

# A warning comes back every day until acknowledged.
RECOV_NOW="2026-11-20 21:00" ok sore lower-back 6 --flag numbness
RECOV_NOW="2026-11-20 21:01" ok remind run
same "$(calls)" 3 "warning shown"
RECOV_NOW="2026-11-21 20:59" ok remind run
same "$(calls)" 3 "not again within the day"
RECOV_NOW="2026-11-21 21:00" ok remind run
same "$(calls)" 4 "shown again the next day"
same "$(call 4 summary)" "$(call 3 summary)" "the same warning"
warn=$(sql "SELECT max(id) FROM reminder WHERE kind = 'warning' AND state = 'sent'")
RECOV_NOW="2026-11-21 21:05" ok remind ack "$warn"
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'warning' AND state IN ('pending', 'snoozed')")" \
    0 "ack stops the repetition"
RECOV_NOW="2026-11-23 21:00" ok remind run
same "$(calls)" 4 "no warning after ack"
# Logging the same symptom again does not re-open what was acknowledged ...
RECOV_NOW="2026-11-23 21:10" ok sore lower-back 6 --flag numbness
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'warning' AND state = 'pending'")" 0 \
    "acknowledged warning stays quiet"
# ... but once the region recovered, a new episode warns again.
RECOV_NOW="2026-11-24 10:00" ok sore lower-back 0
RECOV_NOW="2026-11-28 10:00" ok sore lower-back 5 --flag numbness
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'warning' AND state = 'pending'")" 1 \
    "a new episode warns again"
RECOV_NOW="2026-11-28 10:00" ok remind list
has "pending      warning"
finish
