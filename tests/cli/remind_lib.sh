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

# server [OPTIONS]: starts the fake notification server (see its --help) and
# waits until it owns its name; $SERVER is its pid.
server() {
    rm -f "$WORK/ready"
    /usr/bin/python3 "$FAKE" --record "$CALLS" --ready "$WORK/ready" "$@" 2>>"$WORK/server.err" &
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
