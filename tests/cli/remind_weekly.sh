#!/usr/bin/env bash
# remind_weekly: the optional weekly reminder carries the week's figures.
source "$(dirname "$0")/remind_lib.sh"

server
weekly() { sql "SELECT $1 FROM reminder WHERE kind = 'weekly' ORDER BY id"; }

# Off by default: runs schedule no weekly reminder.
ok log run 45m --rpe 6
RECOV_NOW="2026-11-20 19:10" ok remind run
same "$(weekly count\(\*\))" 0 "no weekly reminder by default"

config "[remind]" "weekly = sun 19:00"
RECOV_NOW="2026-11-19 10:30" ok log walk 30m --rpe 3 --at "2026-11-19 10:00"
RECOV_NOW="2026-11-20 19:20" ok remind run
same "$(weekly "datetime(due, 'unixepoch')")" "2026-11-22 19:00:00" "next Sunday 19:00 scheduled"
RECOV_NOW="2026-11-22 18:59" ok remind run
same "$(grep -c "Your training week" "$CALLS")" 0 "weekly not shown early"

RECOV_NOW="2026-11-22 19:00" ok remind run
lacks "sent #1 cooldown"
n=$(grep -n '"summary": "Your training week"' "$CALLS" | cut -d: -f1)
[ -n "$n" ] && pass || fail "weekly not shown: $(cat "$CALLS")"
call_has "$n" body "The last 7 days: 2 sessions, 1 h 15 min, load 360 AU"
call_has "$n" body "recov summary :7d"
same "$(call "$n" urgency)" 0 "weekly urgency low"
same "$(hint "$n" image-path)" x-office-calendar "weekly image"
    same "$(hint "$n" category)" x-recov.weekly "weekly category"
same "$(weekly "datetime(due, 'unixepoch')" | tail -1)" "2026-11-29 19:00:00" "the following Sunday is next"

# Switched off: the pending one is cancelled, not shown.
config "[remind]" "weekly = off"
RECOV_NOW="2026-11-29 19:05" ok remind run
same "$(weekly state | tail -1)" cancelled "cancelled when switched off"
same "$(grep -c 'Your training week' "$CALLS")" 1 "shown once in all"
finish
