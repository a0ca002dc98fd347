#!/usr/bin/env bash
# remind_faults: the daemon under faults: a hung Notify, signals mid-delivery, a new server, a bus restart.
source "$(dirname "$0")/remind_lib.sh"

config "[remind]" "cooldown_delay = 0m" "notify_timeout = 1"
later() { RECOV_NOW="2026-11-20 19:00" ok log "$1" 20m --rpe 3; sql "SELECT max(id) FROM reminder"; }

# A server that answers GetCapabilities but never Notify: each run is
# bounded by notify_timeout + 1 s, and what was sent counts as maybe shown:
# it is not sent again.
server --freeze-notify
cool=$(later row)
other=$(later cycle)
t0=$(date +%s%N)
RECOV_NOW="2026-11-20 19:01" ok remind run
ms=$((($(date +%s%N) - t0) / 1000000))
echo "a run against a hung Notify took $ms ms (notify_timeout 1 s)"
[ "$ms" -le 2000 ] && pass || fail "a hung Notify held 'remind run' $ms ms"
has "no answer (maybe shown; not sent again)"
same "$(state "$cool")" sent "maybe shown: recorded as sent"
same "$(sql "SELECT notify_id IS NULL FROM reminder WHERE id = $cool")" 1 "no server id to store"
same "$(state "$other")" pending "the rest wait: one wait on a hung server per run"
RECOV_NOW="2026-11-20 19:30" ok remind run
same "$(calls)" 2 "the first not sent again the same day"
same "$(state "$other")" sent "the next run tries the next one"
stop_server; rm -f "$CALLS"

# SIGTERM while the server is slow to answer: the delivery is finished and
# recorded, then the daemon stops (status 0).
server --delay 1.5
daemon "2026-11-20T19:00:00Z"
cyc=$(later cycle)
wait_for 5 calls_are 1 || fail "daemon did not call Notify: $(cat "$WORK/daemon.err")"
kill -TERM "$DAEMON"
wait "$DAEMON"
same "$?" 0 "daemon exit status after SIGTERM mid-delivery"
same "$(state "$cyc")" sent "the delivery in progress was recorded"
same "$(sql "SELECT count(*) FROM reminder WHERE claimed_by IS NOT NULL")" 0 "no claim left behind"

# `remind run` (from a timer) gets SIGTERM mid-delivery: it records what it
# was showing and leaves the rest for the next run, none claimed.
first=$(later run)
second=$(later cycle)
RECOV_NOW="2026-11-20 19:00" "$RECOV" remind run >"$WORK/run.out" 2>&1 &
parent=$!
wait_for 5 calls_are 2 || fail "remind run did not call Notify"
runner=$(pgrep -P "$parent")
[ -n "$runner" ] && kill -TERM "$runner"
wait "$parent"
same "$(state "$first")" sent "the notice being shown was recorded"
same "$(state "$second")" pending "the rest wait for the next run"
same "$(sql "SELECT count(*) FROM reminder WHERE claimed_by IS NOT NULL")" 0 "no claim left behind"
RECOV_NOW="2026-11-20 19:00" ok remind run
same "$(calls)" 3 "the next run shows the rest, once"

# SIGHUP mid-delivery: the daemon does not die (0.1: exit 129), finishes,
# reloads the config, and nothing is shown twice.
daemon "2026-11-20T19:00:00Z"
swim=$(later swim)
wait_for 5 calls_are 4 || fail "daemon did not call Notify: $(cat "$WORK/daemon.err")"
config "[remind]" "cooldown_delay = 0m" "notify_timeout = 1" "quiet_hours = 00:00-23:59"
kill -HUP "$DAEMON"
wait_for 5 grep -q "config reloaded" "$WORK/daemon.out" && pass || fail "no reload: $(cat "$WORK/daemon.err")"
kill -0 "$DAEMON" 2>/dev/null && pass || fail "SIGHUP killed the daemon"
wait_for 3 state_is "$swim" sent && pass || fail "delivery during SIGHUP lost: $(state "$swim")"
# The reloaded quiet hours hold the next one.
rowing=$(later row)
sleep 2
same "$(calls)" 4 "nothing shown twice; the new quiet hours hold the next"
same "$(state "$rowing")" pending "held by the reloaded config"
kill -TERM "$DAEMON"; wait "$DAEMON"
config "[remind]" "cooldown_delay = 0m" "notify_timeout = 1"

# Another server takes the name over: the daemon sends to it.
daemon "2026-11-20T19:00:00Z"
wait_for 5 state_is "$rowing" sent || fail "held reminder not shown: $(cat "$WORK/daemon.err")"
/usr/bin/python3 "$FAKE" --record "$WORK/b.jsonl" --replace --ready "$WORK/b.ready" 2>>"$WORK/server.err" &
PIDS+=($!)
wait_for 5 test -e "$WORK/b.ready" || fail "second server did not start"
before=$(calls)
hike=$(later hike)
wait_for 5 test -s "$WORK/b.jsonl" && pass || fail "the new server got nothing: $(cat "$WORK/daemon.err")"
grep -q "Cool down after your hike" "$WORK/b.jsonl" && pass || fail "wrong notice to the new server"
same "$(calls)" "$before" "the replaced server got nothing more"
kill -TERM "$DAEMON"; wait "$DAEMON"

# The session bus restarts: the daemon reconnects and delivers within 2 s of
# the bus (and a server) coming back; it stays alive meanwhile.
bus_start() {
    rm -f "$WORK/bus"
    dbus-daemon --config-file="$TESTS/fake/session.conf" --address="unix:path=$WORK/bus" \
        --nofork 2>>"$WORK/bus.err" &
    BUS=$!
    PIDS+=("$BUS")
    wait_for 5 test -S "$WORK/bus" || fail "private bus did not start"
}
bus_start
export DBUS_SESSION_BUS_ADDRESS="unix:path=$WORK/bus"
rm -f "$CALLS"
server
daemon "2026-11-20T19:00:00Z"
run3=$(later run)
wait_for 5 calls_are 1 && pass || fail "not shown on the private bus: $(cat "$WORK/daemon.err")"
kill "$BUS"; wait "$BUS" 2>/dev/null
stop_server
gym=$(later strength)
sleep 1.5
kill -0 "$DAEMON" 2>/dev/null && pass || fail "the daemon died with the bus"
bus_start
server
timed_wait 5 calls_are 2 && pass || fail "not delivered after the bus came back: $(cat "$WORK/daemon.err")"
echo "delivered $MS ms after the bus and the server came back"
[ "$MS" -le 2000 ] && pass || fail "delivered $MS ms after the bus came back (over 2 s)"
wait_for 5 state_is "$gym" sent && pass || fail "the reminder logged while the bus was down: $(state "$gym")"
wait_for 5 grep -q "reconnected to the session bus" "$WORK/daemon.err" && pass || fail "no reconnect said"
kill -TERM "$DAEMON"; wait "$DAEMON"
same "$?" 0 "daemon exit status"
finish
