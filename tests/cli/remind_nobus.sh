#!/usr/bin/env bash
# remind_nobus: no session bus or no notification server: exit 3, nothing lost.
source "$(dirname "$0")/remind_lib.sh"

BUS=$DBUS_SESSION_BUS_ADDRESS
mkdir -p "$WORK/runtime"
chmod 700 "$WORK/runtime"
no_bus() { env -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$WORK/runtime" "$@"; }

# Logging needs no bus at all.
no_bus "$RECOV" log run 45m --rpe 7 >"$OUT" 2>"$ERR" && pass || fail "log without a bus: $(cat "$ERR")"
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")

# Nothing due yet: nothing to show, no need for a bus.
RECOV_NOW="2026-11-20 19:01" no_bus "$RECOV" remind run >"$OUT" 2>"$ERR"
same "$?" 0 "nothing due, no bus needed"

# No session bus: status 3, one line on stderr, the reminder still pending.
export RECOV_NOW="2026-11-20 19:10"
unset DBUS_SESSION_BUS_ADDRESS
export XDG_RUNTIME_DIR="$WORK/runtime"
refuses 3 remind run
err_has "no session bus"
err_has "stay pending"
same "$(state "$cool")" pending "still pending without a bus"
same "$(sql "SELECT count(*) FROM reminder WHERE sent_at IS NOT NULL OR claimed_by IS NOT NULL")" 0 \
    "nothing marked sent or left claimed"
refuses 3 remind daemon
err_has "no session bus"

# A bus but no notification server (nothing can be auto-started): the same.
export DBUS_SESSION_BUS_ADDRESS=$BUS
refuses 3 remind run
err_has "no notification server"
same "$(state "$cool")" pending "still pending without a server"

# A client on the bus that does not own the name is no server either.
server --absent
refuses 3 remind run
same "$(state "$cool")" pending "still pending with no name owner"
stop_server
same "$(calls)" 0 "nothing was shown"

# Once a server is there, the reminder is shown, once.
server
ok remind run
has "sent #$cool cooldown"
same "$(calls)" 1 "shown once the server is back"
same "$(state "$cool")" sent "sent"
ok remind run
same "$(calls)" 1 "and not again"
finish
