#!/bin/bash
# wellness_sync: a wellness check logged on one device arrives on another
# with every item, and an edit of it travels back.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SHARED="$WORK/shared"
mkdir -p "$SHARED"
A="$WORK/a.db" B="$WORK/b.db"
items="sleep_secs, sleep_quality, fatigue, stress, mood, resting_hr, hrv, note"
RECOV_DB=$A ok log run 30m --rpe 5 --at "2026-11-19 10:00"
RECOV_DB=$A ok well --sleep 7h15 --sleep-quality 4 --fatigue 2 --stress 3 --mood 5 \
    --rhr 51 --hrv 68 --note "after the run" --at "2026-11-20 07:00"
RECOV_DB=$A ok well --fatigue 3 --at "2026-11-19 07:00"
RECOV_DB=$A ok sync "$SHARED"
RECOV_DB=$B ok sync "$SHARED"
has "applied 1"
DB=$B
same "$(sql "SELECT $items FROM entry WHERE kind = 'wellness' ORDER BY at")" \
     "||3|||||
26100|4|2|3|5|51|68|after the run" "B holds A's wellness items"
RECOV_DB=$B ok export
same "$(cat "$OUT")" "$(RECOV_DB=$A "$RECOV" export)" "B exports what A exports"

# Edited on B: the edit reaches A, the items not edited stay.
id=$(sql "SELECT id FROM entry WHERE note = 'after the run'")
RECOV_DB=$B ok edit "$id" --sleep 5h40 --mood 2
RECOV_DB=$B ok sync "$SHARED"
RECOV_DB=$A ok sync "$SHARED"
DB=$A
same "$(sql "SELECT $items FROM entry WHERE note = 'after the run'")" \
     "20400|4|2|3|2|51|68|after the run" "A holds B's edit"
RECOV_DB=$A ok export
same "$(cat "$OUT")" "$(RECOV_DB=$B "$RECOV" export)" "A and B agree"
finish
