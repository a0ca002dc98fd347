#!/usr/bin/env bash
# remind_quiet: quiet hours hold reminders (never drop them); urgent ones may break through.
source "$(dirname "$0")/remind_lib.sh"

server

# Default quiet hours 22:00-07:00. A late session: its cool-down is due 22:05.
RECOV_NOW="2026-11-20 22:00" ok log run 45m --rpe 4
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")
RECOV_NOW="2026-11-20 22:10" ok remind run --dry-run
has "held #$cool cooldown until 2026-11-21 07:00 (quiet hours)"
RECOV_NOW="2026-11-20 22:10" ok remind run
same "$(calls)" 0 "nothing shown in quiet hours"
same "$(state "$cool")" pending "held, still pending"
RECOV_NOW="2026-11-20 22:10" ok remind list
has "(quiet hours: at 2026-11-21 07:00)"
RECOV_NOW="2026-11-20 22:10" ok remind list --json
json_true 'd[0]["deliver_at"] == "2026-11-21T07:00:00Z" and d[0]["due"] == "2026-11-20T22:05:00Z"'

# An urgent red flag breaks through (urgent_breaks_quiet = true by default);
# an ordinary warning logged at the same time waits for the morning.
RECOV_NOW="2026-11-20 23:00" ok sore quads 8 --flag sprain  # dark urine would silence every other warning
RECOV_NOW="2026-11-20 23:00" ok sore lower-back 5 --flag numbness
RECOV_NOW="2026-11-21 03:00" ok remind run
same "$(calls)" 1 "only the urgent warning at 03:00"
same "$(call 1 urgency)" 2 "it is the critical one"
same "$(state "$cool")" pending "cool-down still held at 03:00"

RECOV_NOW="2026-11-21 06:59" ok remind run
same "$(calls)" 1 "still held at 06:59"
RECOV_NOW="2026-11-21 07:00" ok remind run
same "$(calls)" 3 "held reminders delivered when quiet hours end"
same "$(state "$cool")" sent "cool-down sent after the quiet hours"
grep -q '"summary": "Cool down after your run"' "$CALLS" && pass || fail "cool-down not delivered"

# With urgent_breaks_quiet = false even urgent warnings wait; a window
# inside one day (13:00-14:00) works too. (The warnings so far are
# acknowledged first, or they would come back daily.)
for id in $(sql "SELECT id FROM reminder WHERE kind = 'warning' AND state = 'sent'"); do
    ok remind ack "$id"
done
config "[remind]" "quiet_hours = 13:00-14:00" "urgent_breaks_quiet = false"
RECOV_NOW="2026-11-22 13:10" ok sore calves 9 --flag dark-urine
RECOV_NOW="2026-11-22 13:20" ok remind run
same "$(calls)" 3 "urgent held when it may not break through"
RECOV_NOW="2026-11-22 14:00" ok remind run
same "$(calls)" 4 "urgent delivered at 14:00"
call_has 4 summary "calves"
finish
