#!/usr/bin/env bash
# remind_frozen: a server that never answers costs a bounded wait and loses nothing.
source "$(dirname "$0")/remind_lib.sh"

config "[remind]" "notify_timeout = 1"
ok log run 45m --rpe 4
first=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")
server --freeze
frozen=$SERVER

# `remind run` gives up after notify_timeout (not libnotify's 25 s): status 3.
export RECOV_NOW="2026-11-20 19:10"
t0=$SECONDS
refuses 3 remind run
[ $((SECONDS - t0)) -le 6 ] && pass || fail "a frozen server held 'remind run' for $((SECONDS - t0)) s"
err_has "did not answer within 1 s"
same "$(state "$first")" pending "still pending"
same "$(sql "SELECT count(*) FROM reminder WHERE claimed_by IS NOT NULL")" 0 "claim given back"

# The server thaws: the next run shows it, once.
kill -USR1 "$frozen"
ok remind run
same "$(calls)" 1 "shown once the server answers"
same "$(state "$first")" sent "sent"

# The daemon against a frozen server: not wedged (it stops on SIGTERM at
# once), says so once, keeps the reminder, and shows it when a working
# server takes over.
kill -USR1 "$frozen"
RECOV_NOW="2026-11-20 19:20" ok log cycle 20m --rpe 3
second=$(sql "SELECT max(id) FROM reminder WHERE kind = 'cooldown'")
start_daemon() {
    RECOV_NOW="2026-11-20T19:30:00Z" "$RECOV" remind daemon >"$WORK/daemon.out" 2>"$WORK/daemon.err" &
    DAEMON=$!
    PIDS+=("$DAEMON")
}
start_daemon
wait_for 10 grep -q "did not answer" "$WORK/daemon.err" && pass || fail "daemon did not report the frozen server"
kill -TERM "$DAEMON"
t0=$SECONDS
wait "$DAEMON"
same "$?" 0 "daemon exit status"
[ $((SECONDS - t0)) -le 3 ] && pass || fail "daemon took $((SECONDS - t0)) s to stop"
same "$(state "$second")" pending "still pending after the daemon gave up waiting"

start_daemon
sleep 2
same "$(grep -c "did not answer" "$WORK/daemon.err")" 1 "said once, not on every retry"
stop_server
server
wait_for 10 state_is "$second" sent && pass || fail "not shown by the new server: $(cat "$WORK/daemon.err")"
same "$(calls)" 2 "two notifications in all"
call_has 2 summary "Cool down after your cycle"
finish
