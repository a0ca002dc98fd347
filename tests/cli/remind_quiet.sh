#!/usr/bin/env bash
# remind_quiet: quiet hours hold reminders (never drop them); urgent ones may break through.
source "$(dirname "$0")/remind_lib.sh"

server

# Default quiet hours 22:00-07:00. A late session: its cool-down is due 22:05.
RECOV_NOW="2026-11-20 22:00" ok log run 45m --rpe 4
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")
# Its life (to cooldown_hours, 2 h, after the session) ends before quiet
# hours do: every view says it will expire, none promises it for 07:00.
RECOV_NOW="2026-11-20 22:01" ok remind run --dry-run
has "nothing due at 2026-11-20 22:01; the pending ones expire before they can be shown"
RECOV_NOW="2026-11-20 22:10" ok remind run --dry-run
has "held #$cool cooldown (quiet hours): expires 2026-11-21 00:00, before they end"
RECOV_NOW="2026-11-20 22:10" ok remind run
same "$(calls)" 0 "nothing shown in quiet hours"
same "$(state "$cool")" pending "held, still pending"
RECOV_NOW="2026-11-20 22:10" ok remind list
has "(quiet hours: expires 2026-11-21 00:00, before they end)"
lacks "07:00"
RECOV_NOW="2026-11-20 22:10" ok remind list --json
json_true 'd[0]["deliver_at"] is None and d[0]["due"] == "2026-11-20T22:05:00Z" and d[0]["expires_at"] == "2026-11-21T00:00:00Z"'

# An urgent red flag breaks through (urgent_breaks_quiet = true by default);
# an ordinary warning logged at the same time waits for the morning.
# (An arm: an injured leg would call the run's cool-down off at once; dark
# urine would silence every other warning.)
RECOV_NOW="2026-11-20 23:00" ok sore shoulders 8 --flag sprain
RECOV_NOW="2026-11-20 23:00" ok sore lower-back 5 --flag numbness
RECOV_NOW="2026-11-21 03:00" ok remind run
same "$(calls)" 1 "only the urgent warning at 03:00"
same "$(call 1 urgency)" 2 "it is the critical one"
# The cool-down's life (2 h after the session) ended at 00:00: it is never shown
# nine hours late, and it is kept, as expired.
same "$(state "$cool")" expired "cool-down held past its life expires"

RECOV_NOW="2026-11-21 06:59" ok remind run
same "$(calls)" 1 "still held at 06:59"
RECOV_NOW="2026-11-21 07:00" ok remind run
same "$(calls)" 2 "the held warning delivered when quiet hours end"
call_has 2 summary "lower-back"
grep -q '"summary": "Cool down after your run"' "$CALLS" && fail "expired cool-down shown" || pass

# With urgent_breaks_quiet = false even urgent warnings wait; a window
# inside one day (13:00-14:00) works too. (The warnings so far are
# acknowledged first, or they would come back daily.)
for id in $(sql "SELECT id FROM reminder WHERE kind = 'warning' AND state = 'sent'"); do
    ok remind ack "$id"
done
config "[remind]" "quiet_hours = 13:00-14:00" "urgent_breaks_quiet = false"
RECOV_NOW="2026-11-22 13:10" ok sore calves 9 --flag dark-urine
RECOV_NOW="2026-11-22 13:20" ok remind run
same "$(calls)" 2 "urgent held when it may not break through"
RECOV_NOW="2026-11-22 14:00" ok remind run
same "$(calls)" 3 "urgent delivered at 14:00"
call_has 3 summary "calves"
finish
