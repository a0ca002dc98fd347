#!/usr/bin/env bash
# remind_away: reminders wait while the screen is locked or the session idle, and are never lost.
source "$(dirname "$0")/remind_lib.sh"

server
saver --locked
ok log run 45m --rpe 4
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")

# Locked: `remind run` holds it (pending), shows nothing.
RECOV_NOW="2026-11-20 19:06" ok remind run
has "held #$cool cooldown (screen locked or idle)"
same "$(calls)" 0 "nothing shown on a locked screen"
same "$(state "$cool")" pending "held, not dropped"

# The daemon holds it too, then shows it within a second of the unlock
# (ActiveChanged), without polling.
daemon "2026-11-20T19:06:00Z"
sleep 2
same "$(calls)" 0 "the daemon shows nothing while locked"
kill -USR1 "$SAVER"
timed_wait 3 calls_are 1 && pass || fail "not shown after unlock: $(cat "$WORK/daemon.err")"
echo "shown $MS ms after the unlock"
[ "$MS" -le 1000 ] && pass || fail "shown $MS ms after the unlock (over 1 s)"
wait_for 5 state_is "$cool" sent && pass || fail "not recorded sent once present: $(state "$cool")"
kill -TERM "$DAEMON"; wait "$DAEMON"

# Idle longer than idle_after: held; the same idleness under a longer
# idle_after: shown.
kill "$SAVER"; wait "$SAVER" 2>/dev/null
saver --idle 900
RECOV_NOW="2026-11-20 19:30" ok log cycle 20m --rpe 3
walk=$(sql "SELECT max(id) FROM reminder WHERE kind = 'cooldown'")
config "[remind]" "idle_after = 10m"
RECOV_NOW="2026-11-20 19:40" ok remind run
has "held #$walk cooldown (screen locked or idle)"
same "$(calls)" 1 "held while idle for 15 min"
config "[remind]" "idle_after = 30m"
RECOV_NOW="2026-11-20 19:41" ok remind run
same "$(calls)" 2 "shown: 15 min idle is not away under idle_after = 30m"

# A desktop without org.freedesktop.ScreenSaver counts as present.
kill "$SAVER"; wait "$SAVER" 2>/dev/null
RECOV_NOW="2026-11-20 20:00" ok log cycle 20m --rpe 3
RECOV_NOW="2026-11-20 20:06" ok remind run
same "$(calls)" 3 "no screen saver on the bus: shown"
finish
