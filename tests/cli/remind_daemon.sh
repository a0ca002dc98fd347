#!/usr/bin/env bash
# remind_daemon: the daemon shows reminders on time, notices new ones, and handles actions.
source "$(dirname "$0")/remind_lib.sh"

# stops ID: the daemon ends on SIGTERM, quickly and with status 0.
stops() {
    kill -TERM "$DAEMON"
    local t0=$SECONDS
    wait "$DAEMON"
    local st=$?
    same "$st" 0 "daemon exit status on SIGTERM"
    [ $((SECONDS - t0)) -le 5 ] && pass || fail "daemon took $((SECONDS - t0)) s to stop"
}

server
ok log run 45m --rpe 4
first=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")

# Started 10 s before the cool-down is due: it sleeps, then shows it on time.
daemon "2026-11-20T19:04:50Z"
sleep 4
same "$(calls)" 0 "nothing shown before it is due"
wait_for 20 calls_are 1 && pass || fail "cool-down not shown by the daemon: $(cat "$WORK/daemon.err")"
wait_for 5 state_is "$first" sent && pass || fail "not recorded sent: $(state "$first")"
same "$(call 1 actions)" "snooze,Snooze,done,Done" "the daemon offers Snooze and Done"
same "$(call 1 app_name)" recov "app name"

# Another process schedules a reminder while the daemon sleeps (nothing else
# is due for hours): it is shown within seconds, not at the next wake-up.
config "[remind]" "cooldown_delay = 0m"
RECOV_NOW="2026-11-20 19:05" ok log cycle 20m --rpe 3
t0=$SECONDS
wait_for 8 calls_are 2 && pass || fail "new reminder not noticed: $(cat "$WORK/daemon.err")"
echo "noticed after $((SECONDS - t0)) s"
call_has 2 summary "Cool down after your cycle"

# The server restarts, now pressing "Done" on what it shows: the daemon
# delivers to the new server and records the answer.
stop_server
server --invoke done
RECOV_NOW="2026-11-20 19:05" ok log cycle 20m --rpe 3
third=$(sql "SELECT max(id) FROM reminder WHERE kind = 'cooldown'")
wait_for 8 calls_are 3 && pass || fail "not shown after the server restarted: $(cat "$WORK/daemon.err")"
wait_for 5 state_is "$third" acknowledged && pass || fail "Done did not acknowledge #$third: $(state "$third")"
wait_for 5 grep -q "acknowledged #$third" "$WORK/daemon.out" && pass || fail "daemon did not report the ack"

# "Snooze" puts it off by 30 minutes.
stop_server
server --invoke snooze
RECOV_NOW="2026-11-20 19:05" ok log swim 20m --rpe 3
fourth=$(sql "SELECT max(id) FROM reminder WHERE kind = 'cooldown'")
wait_for 8 calls_are 4 && pass || fail "not shown after the second restart"
wait_for 5 state_is "$fourth" snoozed && pass || fail "Snooze did not snooze #$fourth: $(state "$fourth")"
same "$(sql "SELECT due - strftime('%s', '2026-11-20 19:05') BETWEEN 1800 AND 1900 FROM reminder WHERE id = $fourth")" 1 \
    "snoozed for 30 minutes"

# A server without action buttons gets plain notices.
stop_server
server --no-actions
RECOV_NOW="2026-11-20 19:05" ok log yoga 20m --rpe 5
wait_for 8 calls_are 5 && pass || fail "not shown to a server without actions"
same "$(call 5 actions)" "" "no actions offered where the server has none"

# A critical warning stays on screen (no timeout) until dealt with:
# `remind ack` from a terminal reaches the daemon, which closes it at once.
RECOV_NOW="2026-11-20 19:05" ok sore quads 8 --flag dark-urine
urgent=$(sql "SELECT max(id) FROM reminder WHERE kind = 'warning'")
wait_for 8 calls_are 6 && pass || fail "urgent warning not shown: $(cat "$WORK/daemon.err")"
same "$(call 6 timeout)" 0 "a critical notice has no timeout"
nid=$(call 6 id)
RECOV_NOW="2026-11-20 19:06" ok remind ack "$urgent"
wait_for 2 closed_id "$nid" && pass || fail "ack did not close notice $nid: $(closes)"

stops
same "$(calls)" 6 "each reminder shown once"
finish
