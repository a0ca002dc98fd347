#!/usr/bin/env bash
# remind_idle_daemon: reading commands never wake the daemon; writing a reminder does.
# Short by design: a 10 s window of reads, measured with /proc's context-switch counters.
source "$(dirname "$0")/remind_lib.sh"

server
ok log run 45m --rpe 4
RECOV_NOW="2026-11-20 19:06" ok remind run
same "$(calls)" 1 "cool-down shown; nothing else due for hours"

# switches: context switches of every thread of the daemon so far.
switches() {
    local t total=0
    for t in /proc/"$DAEMON"/task/*/status; do
        total=$((total + $(awk '/ctxt_switches/ { s += $2 } END { print s }' "$t")))
    done
    echo "$total"
}

daemon "2026-11-20T19:07:00Z"
sleep 1
before=$(switches)
end=$((SECONDS + 10))
reads=0
while [ "$SECONDS" -lt "$end" ]; do
    RECOV_NOW="2026-11-20 19:08" "$RECOV" summary >/dev/null || fail "summary failed"
    RECOV_NOW="2026-11-20 19:08" "$RECOV" history >/dev/null || fail "history failed"
    reads=$((reads + 2))
done
after=$(switches)
echo "$reads reading commands in 10 s; daemon context switches: $((after - before))"
[ "$reads" -ge 20 ] && pass || fail "only $reads reads ran"
same "$((after - before))" 0 "the daemon woke while only reads ran"

# A writer of reminders wakes it at once (the counter can move).
RECOV_NOW="2026-11-20 19:08" ok log cycle 20m --rpe 3
woke() { [ "$(switches)" -gt "$after" ]; }
wait_for 2 woke && pass || fail "the daemon slept through a new reminder"
kill -TERM "$DAEMON"; wait "$DAEMON"
finish
