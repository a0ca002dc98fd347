# remind_lib.sh: reminder tests: a private bus, a fake notification server.
# Source it instead of lib.sh. The test first re-runs itself inside
# dbus-run-session with tests/fake/session.conf (no service directories, so
# nothing can be auto-started), the whole run bounded by a timeout.
if [ -z "${RECOV_PRIVATE_BUS:-}" ]; then
    conf="$(cd "$(dirname "${BASH_SOURCE[0]}")/../fake" && pwd)/session.conf"
    RECOV_PRIVATE_BUS=1 exec timeout -k 5 "${RECOV_BUS_TIMEOUT:-240}" \
        dbus-run-session --config-file="$conf" -- bash "$0" "$@"
fi
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
unset DISPLAY WAYLAND_DISPLAY
FAKE="$TESTS/fake/notify_server.py"
CALLS="$WORK/calls.jsonl"
CLOSES="$WORK/closes.txt"
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# wait_for SECONDS COMMAND...: true once COMMAND succeeds, false after SECONDS.
wait_for() {
    local end=$((SECONDS + $1)); shift
    until "$@"; do
        [ "$SECONDS" -ge "$end" ] && return 1
        sleep 0.1
    done
}

# timed_wait SECONDS COMMAND...: wait_for, and $MS is how long it took.
timed_wait() {
    local t0 rc
    t0=$(date +%s%N)
    wait_for "$@"
    rc=$?
    MS=$((($(date +%s%N) - t0) / 1000000))
    return $rc
}

# server [OPTIONS]: starts the fake notification server (see its --help) and
# waits until it owns its name; $SERVER is its pid.
server() {
    rm -f "$WORK/ready"
    /usr/bin/python3 "$FAKE" --record "$CALLS" --closes "$CLOSES" --ready "$WORK/ready" "$@" \
        2>>"$WORK/server.err" &
    SERVER=$!
    PIDS+=("$SERVER")
    wait_for 10 test -e "$WORK/ready" || fail "fake server did not start: $(cat "$WORK/server.err")"
}
stop_server() { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; }

# calls: how many Notify calls the server(s) recorded.
calls() { if [ -f "$CALLS" ]; then wc -l <"$CALLS"; else echo 0; fi; }
calls_are() { [ "$(calls)" -eq "$1" ]; }
# call N FIELD: a field of the Nth Notify call (lists joined by commas).
call() {
    python3 -c 'import json,sys
c = json.loads(open(sys.argv[1]).read().splitlines()[int(sys.argv[2]) - 1])[sys.argv[3]]
print(",".join(c) if isinstance(c, list) else c)' "$CALLS" "$1" "$2"
}
# hint N NAME: a string hint of the Nth Notify call ("" when absent).
hint() {
    python3 -c 'import json,sys
c = json.loads(open(sys.argv[1]).read().splitlines()[int(sys.argv[2]) - 1])["hints"]
print(c.get(sys.argv[3], ""))' "$CALLS" "$1" "$2"
}
# closes: the ids CloseNotification was called with, one a line.
closes() { if [ -f "$CLOSES" ]; then cat "$CLOSES"; fi; }
closed_id() { closes | grep -qx "$1"; }

# saver [OPTIONS]: starts the fake org.freedesktop.ScreenSaver
# (tests/fake/screensaver.py); $SAVER is its pid.
saver() {
    rm -f "$WORK/saver.ready"
    /usr/bin/python3 "$TESTS/fake/screensaver.py" --ready "$WORK/saver.ready" "$@" \
        2>>"$WORK/saver.err" &
    SAVER=$!
    PIDS+=("$SAVER")
    wait_for 10 test -e "$WORK/saver.ready" || fail "fake screensaver did not start"
}

# daemon [WHEN]: starts `recov remind daemon` with the clock pinned at WHEN
# (it runs on from there) and waits until it is up; $DAEMON is its pid.
daemon() {
    RECOV_NOW="${1:-$RECOV_NOW}" "$RECOV" remind daemon >"$WORK/daemon.out" 2>"$WORK/daemon.err" &
    DAEMON=$!
    PIDS+=("$DAEMON")
    wait_for 10 grep -q watching "$WORK/daemon.out" || fail "daemon did not start: $(cat "$WORK/daemon.err")"
}

# call_has N FIELD TEXT: the field contains TEXT.
call_has() {
    local v; v=$(call "$1" "$2")
    case "$v" in *"$3"*) pass ;; *) fail "call $1 $2 lacks '$3': '$v'" ;; esac
}

# config LINES...: writes the config file.
config() {
    mkdir -p "$XDG_CONFIG_HOME/recov"
    printf '%s\n' "$@" >"$XDG_CONFIG_HOME/recov/recov.ini"
}
# state ID: the stored state of a reminder.
state() { sql "SELECT state FROM reminder WHERE id = $1"; }
state_is() { [ "$(state "$1")" = "$2" ]; }
