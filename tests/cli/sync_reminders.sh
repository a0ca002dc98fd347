#!/usr/bin/env bash
# sync_reminders: with [sync] reminders = shared, a reminder acknowledged on
# one device is not shown on another after a sync; with the default
# (device) it still is. Snoozes travel too.
source "$(dirname "$0")/remind_lib.sh"

SHARED="$WORK/shared"
mkdir -p "$SHARED"
A="$WORK/a.db" B="$WORK/b.db"
printf '[checkin]\nmornings = sessions\n[sync]\nreminders = shared\n' >"$WORK/shared.ini"
printf '[checkin]\nmornings = sessions\n' >"$WORK/device.ini"
on() { # on DEVICE CONFIG ARGS...: recov on device A or B with that config
    local db=$1 ini=$2; shift 2
    RECOV_DB=$db RECOV_CONFIG=$WORK/$ini.ini ok "$@"
}
cooldown() { sqlite3 -batch "$1" "SELECT max(id) FROM reminder WHERE kind = 'cooldown'"; }
state_in() { sqlite3 -batch "$1" "SELECT state FROM reminder WHERE id = $2"; }
due_in() { sqlite3 -batch "$1" "SELECT due FROM reminder WHERE id = $2"; }
# A moment just after a reminder is due, as --now takes it.
after_due() { sqlite3 -batch "$1" "SELECT strftime('%Y-%m-%d %H:%M', due + 60, 'unixepoch') FROM reminder WHERE id = $2"; }
server

# A logs a run; B gets it by sync and schedules its cool-down, as if logged there.
on "$A" shared log run 45m --rpe 4
on "$A" shared sync "$SHARED"
on "$B" shared sync "$SHARED"
ca=$(cooldown "$A") cb=$(cooldown "$B")
[ -n "$cb" ] && pass || fail "no cool-down scheduled on B for A's run"
same "$(state_in "$B" "$cb")" pending "B's cool-down is pending"
same "$(due_in "$B" "$cb")" "$(due_in "$A" "$ca")" "both devices hold it for the same moment"

# Acknowledged on A: after a sync, B's is settled and its runner shows nothing.
on "$A" shared remind ack "$ca"
on "$A" shared sync "$SHARED"
on "$B" shared sync "$SHARED"
has "applied 1"
same "$(state_in "$B" "$cb")" acknowledged "A's answer settles B's cool-down"
RECOV_NOW=$(after_due "$B" "$cb") on "$B" shared remind run
same "$(calls)" 0 "B shows nothing for a reminder acknowledged on A"

# The answer may arrive before B ran: the runner settles it before showing.
RECOV_NOW="2026-11-21 10:00" on "$A" shared log cycle 60m --rpe 4
RECOV_NOW="2026-11-21 10:00" on "$A" shared sync "$SHARED"
RECOV_NOW="2026-11-21 10:00" on "$B" shared sync "$SHARED"
ca=$(cooldown "$A") cb=$(cooldown "$B")
RECOV_NOW="2026-11-21 10:01" on "$A" shared remind cancel "$ca"
RECOV_NOW="2026-11-21 10:01" on "$A" shared sync "$SHARED"
# B syncs with reminders per device: the answer is kept, not acted on ...
RECOV_NOW="2026-11-21 10:02" on "$B" device sync "$SHARED"
same "$(state_in "$B" "$cb")" pending "with reminders = device the answer waits"
# ... and its runner with shared settles it first.
RECOV_NOW=$(after_due "$B" "$cb") on "$B" shared remind run
same "$(state_in "$B" "$cb")" cancelled "the runner settles what A answered"
same "$(calls)" 0 "B shows nothing for a reminder cancelled on A"

# A snooze travels: B's reminder waits until the same moment.
RECOV_NOW="2026-11-22 10:00" on "$A" shared log cycle 40m --rpe 3
RECOV_NOW="2026-11-22 10:00" on "$A" shared sync "$SHARED"
RECOV_NOW="2026-11-22 10:00" on "$B" shared sync "$SHARED"
ca=$(cooldown "$A") cb=$(cooldown "$B")
RECOV_NOW="2026-11-22 10:01" on "$A" shared remind snooze "$ca" 30m
RECOV_NOW="2026-11-22 10:01" on "$A" shared sync "$SHARED"
RECOV_NOW="2026-11-22 10:02" on "$B" shared sync "$SHARED"
same "$(state_in "$B" "$cb")" snoozed "A's snooze reaches B"
same "$(due_in "$B" "$cb")" "$(due_in "$A" "$ca")" "snoozed until the same moment"

# The default, device: acknowledged on A, still shown on B.
RECOV_NOW="2026-11-23 10:00" on "$A" device log run 30m --rpe 4
RECOV_NOW="2026-11-23 10:00" on "$A" device sync "$SHARED"
RECOV_NOW="2026-11-23 10:00" on "$B" device sync "$SHARED"
ca=$(cooldown "$A") cb=$(cooldown "$B")
RECOV_NOW="2026-11-23 10:01" on "$A" device remind ack "$ca"
RECOV_NOW="2026-11-23 10:01" on "$A" device sync "$SHARED"
RECOV_NOW="2026-11-23 10:02" on "$B" device sync "$SHARED"
same "$(state_in "$B" "$cb")" pending "with the default, B's reminder is its own"
RECOV_NOW=$(after_due "$B" "$cb") on "$B" device remind run
has "sent #$cb cooldown"
same "$(calls)" 1 "B shows the reminder acknowledged on A"
call_has 1 summary "Cool down after your run"

# Warnings follow the log as a sync leaves it: a calf swollen with no
# workout behind it, logged on A, warns on B too; a 0 logged on A resolves
# B's warning at the next sync.
warning_in() { sqlite3 -batch "$1" "SELECT group_concat(summary, ' | ') FROM reminder WHERE kind = 'warning' AND state = 'pending'"; }
RECOV_NOW="2026-11-28 08:00" on "$A" device sore left-calf 3 swelling
RECOV_NOW="2026-11-28 08:00" on "$A" device sync "$SHARED"
RECOV_NOW="2026-11-28 08:05" on "$B" device sync "$SHARED"
same "$(warning_in "$B")" "Urgent - left calf: urgent GP appointment or 111 today (rule out a clot); no heat or massage" \
     "A's red flag warns on B"
RECOV_NOW="2026-11-28 18:00" on "$A" device sore left-calf 0
RECOV_NOW="2026-11-28 18:00" on "$A" device sync "$SHARED"
RECOV_NOW="2026-11-28 18:05" on "$B" device sync "$SHARED"
same "$(warning_in "$B")" "" "resolved on A, resolved on B"
finish
