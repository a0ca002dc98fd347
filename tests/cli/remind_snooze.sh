#!/usr/bin/env bash
# remind_snooze: snooze, cancel and ack; warnings repeat daily until dealt with.
source "$(dirname "$0")/remind_lib.sh"

# The notices counted here are the sessions' and the warnings'; the morning
# check-in a region still sore brings is remind_checkin's.
config "[checkin]" "mornings = sessions"
server

ok log run 45m --rpe 4
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")

# Snoozing a pending reminder puts it off: shown once, DURATION later.
RECOV_NOW="2026-11-20 19:02" ok remind snooze "$cool" 30m
has "snoozed #$cool until 2026-11-20 19:32"
same "$(state "$cool")" snoozed "state after snooze"
RECOV_NOW="2026-11-20 19:31" ok remind run
same "$(calls)" 0 "not before the snooze ends"
RECOV_NOW="2026-11-20 19:32" ok remind run
same "$(calls)" 1 "shown when the snooze ends"
call_has 1 summary "Cool down after your run"
same "$(state "$cool")" sent "sent"
RECOV_NOW="2026-11-20 20:40" ok remind run
same "$(calls)" 1 "a snooze brings it back once"
same "$(sql "SELECT snoozes FROM reminder WHERE id = $cool")" 1 "the snooze is counted"

# A finished reminder cannot be snoozed: it was shown, done, cancelled or
# expired. (0.1 snoozed a shown one from the terminal, which brought a
# stale notice back; the notice's own Snooze button still can.)
RECOV_NOW="2026-11-20 19:50" ok log swim 30m --rpe 4
late=$(sql "SELECT max(id) FROM reminder WHERE kind = 'cooldown'")
before=$(db_sum)
RECOV_NOW="2026-11-20 19:40" refuses 2 remind snooze "$cool" 30m
err_has "reminder '$cool' is sent: only pending or snoozed reminders can be snoozed"
# Nor past its useful life: a cool-down is no use two hours after the session.
RECOV_NOW="2026-11-20 19:51" refuses 2 remind snooze "$late" 3h
err_has "is no use after 2026-11-20 21:50: snooze it for less than 119 min"
RECOV_NOW="2026-11-20 22:00" refuses 2 remind snooze "$late" 10m
err_has "reminder '$late' is expired"
RECOV_NOW="2026-11-20 22:00" refuses 2 remind cancel "$late"
err_has "reminder '$late' is expired"
same "$(db_sum)" "$before" "refused snoozes leave the database unchanged"
RECOV_NOW="2026-11-20 19:52" ok remind cancel "$late"

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
same "$(calls)" 1 "cancelled reminder not shown"
same "$(state "$swim")" cancelled "state cancelled"
refuses 2 remind cancel "$swim"
err_has "is cancelled"

# A warning comes back every day until acknowledged.
RECOV_NOW="2026-11-20 21:00" ok sore lower-back 6 --flag numbness
RECOV_NOW="2026-11-20 21:01" ok remind run
same "$(calls)" 2 "warning shown"
RECOV_NOW="2026-11-21 20:59" ok remind run
same "$(calls)" 2 "not again within the day"
RECOV_NOW="2026-11-21 21:00" ok remind run
same "$(calls)" 3 "shown again the next day"
same "$(call 3 summary)" "$(call 2 summary)" "the same warning"
# One notice per series on screen: the repeat replaces the first.
same "$(call 3 replaces_id)" "$(call 2 id)" "the repeat carries the first's id as replaces_id"
same "$(call 3 id)" "$(call 2 id)" "the server kept one notice"
warn=$(sql "SELECT max(id) FROM reminder WHERE kind = 'warning' AND state = 'sent'")
RECOV_NOW="2026-11-21 21:05" ok remind ack "$warn"
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'warning' AND state IN ('pending', 'snoozed')")" \
    0 "ack stops the repetition"
RECOV_NOW="2026-11-23 21:00" ok remind run
same "$(calls)" 3 "no warning after ack"
# The ack reaches the screen on the next run: the notice is closed.
closed_id "$(call 3 id)" && pass || fail "ack did not close notice $(call 3 id): $(closes)"
same "$(sql "SELECT count(*) FROM reminder WHERE close_due = 1")" 0 "nothing left to close"
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
