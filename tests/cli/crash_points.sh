#!/usr/bin/env bash
# crash_points: kill -9 at every write and fsync a command makes on the
# database (tests/crash/crash_shim.c, preloaded) and check what is left:
# an intact database, the command's change all there or not at all, and no
# reminder lost (at most one shown twice).
# usage: crash_points.sh RECOV_BINARY CRASH_SHIM
source "$(dirname "$0")/remind_lib.sh"
SHIM=${2:?usage: crash_points.sh RECOV_BINARY CRASH_SHIM}
# Commands with more points than this are tested at this many, spread
# evenly from the first point to the last (and the test says so).
MAX_POINTS=${RECOV_CRASH_MAX_POINTS:-64}

# The commands, one line each: NAME|ARGUMENTS. A new writing command is one
# more line here.
COMMANDS=(
    "log|log run 30m --rpe 6 --note crash"
    "sore|sore calves 4 hamstrings 3 --flag swelling"
    "did|did bath 20m --region legs"
    "undo|undo"
    "import|import $WORK/more.ndjson"
    "remind run|remind run"
)

# A runner killed while it holds a reminder leaves a claim that expires
# after 5 minutes; the next run after that shows it.
LATER="2026-11-20 19:06"
server
# A history with pending reminders, some due by now.
ok log run 45m --rpe 8 --at "yesterday 17:00"
ok sore quads 6 --flag sharp --at "yesterday 20:00"
ok log strength 1h --rpe 7 --at "18:00"
{ workouts run 40 6 2026-11-18T17:00 2026-11-17T17:00
  soreness calves 2026-11-18T08:00=3 2026-11-19T08:00=2
  recovery stretch 10 quads 2026-11-18T19:00; } >"$WORK/more.ndjson"
sql "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
BASE="$WORK/base.db"
cp "$DB" "$BASE"
rm -f "$DB-wal" "$DB-shm"

# What a command changes: entries and reminders, without the runner's
# bookkeeping (claims, times of sending).
entries() { sql "SELECT id, batch, kind, at, note, type, minutes, rpe, region, score, flags, action, regions FROM entry ORDER BY id" | sha256sum; }
reminders() { sql "SELECT id, kind, due, state, series FROM reminder ORDER BY id" | sha256sum; }
sent() { sql "SELECT count(*) FROM reminder WHERE state = 'sent'"; }
fresh() { rm -f "$DB" "$DB-wal" "$DB-shm"; cp "$BASE" "$DB"; }

# crash_run AT ARGS...: runs recov with the shim; AT 0 only counts.
crash_run() {
    local at=$1; shift
    rm -f "$WORK/count" "$WORK/count.killed"
    # In a subshell whose own stderr is dropped: bash reports the kill there.
    (RECOV_CRASH_DB="$DB" RECOV_CRASH_COUNT="$WORK/count" RECOV_CRASH_AT="$at" \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
        LD_PRELOAD="$SHIM" "$RECOV" "$@" >"$OUT" 2>"$ERR"
     exit $?) 2>/dev/null
    STATUS=$?
}

# points N: the points to kill at, all of 1..N or MAX_POINTS of them.
points() {
    local n=$1 i
    if [ "$n" -le "$MAX_POINTS" ]; then seq 1 "$n"; return; fi
    for i in $(seq 0 $((MAX_POINTS - 1))); do echo $((1 + i * (n - 1) / (MAX_POINTS - 1))); done | uniq
}

for line in "${COMMANDS[@]}"; do
    name=${line%%|*}
    eval "set -- ${line#*|}"
    # The whole command once, unharmed: its end state and its points.
    fresh
    before_e=$(entries); before_r=$(reminders); before_sent=$(sent)
    crash_run 0 "$@"
    if [ "$STATUS" -ne 0 ]; then fail "$name: the clean run exited $STATUS: $(cat "$ERR")"; continue; fi
    total=$(cat "$WORK/count" 2>/dev/null || echo 0)
    after_e=$(entries); after_r=$(reminders); after_sent=$(sent)
    if [ "$name" = "remind run" ]; then
        # The reference for a killed runner: this clean run, then one past
        # the time a dead runner's claim expires (RECOV_REMIND_CLAIM_STALE).
        calls0=$(calls)
        RECOV_NOW="$LATER" ok remind run
        late_sent=$(sent); late_calls=$(( $(calls) - calls0 + after_sent - before_sent ))
        [ "$after_sent" -gt "$before_sent" ] && pass || fail "remind run: nothing was due"
    fi
    if [ "$total" -gt 0 ]; then pass; else fail "$name: no write points seen"; continue; fi
    if [ "$name" != "remind run" ] && [ "$after_e$after_r" = "$before_e$before_r" ]; then
        fail "$name: the clean run changed nothing"
    fi
    list=$(points "$total")
    echo "$name: $total write/fsync points, killed at $(echo "$list" | wc -l)" \
         "$( [ "$total" -gt "$MAX_POINTS" ] && echo "(sampled evenly)")"
    killed=0
    for at in $list; do
        fresh
        calls0=$(calls)
        crash_run "$at" "$@"
        [ -e "$WORK/count.killed" ] && killed=$((killed + 1))
        check=$(sql "PRAGMA integrity_check")
        same "$check" "ok" "$name killed at point $at: integrity"
        e=$(entries); r=$(reminders)
        if [ "$name" = "remind run" ]; then
            # One transaction per reminder: each is as before or as after,
            # and none is marked sent that the server did not receive.
            same "$e" "$before_e" "remind run killed at $at: entries changed"
            newly=$(( $(sent) - before_sent )); shown=$(( $(calls) - calls0 ))
            [ "$newly" -le "$shown" ] && pass || fail "remind run killed at $at: $newly marked sent, $shown shown"
            # Run again once a dead runner's claim has expired: every due
            # reminder is shown, at most one twice.
            RECOV_NOW="$LATER" ok remind run
            same "$(sent)" "$late_sent" "remind run killed at $at: a reminder was lost"
            extra=$(( $(calls) - calls0 - late_calls ))
            [ "$extra" -le 1 ] && pass || fail "remind run killed at $at: $extra shown twice"
        elif [ "$e$r" = "$before_e$before_r" ] || [ "$e$r" = "$after_e$after_r" ]; then
            pass
        else
            fail "$name killed at point $at (exit $STATUS): neither before nor after: $(sql 'SELECT count(*) FROM entry') entries"
        fi
    done
    [ "$killed" -gt 0 ] && pass || fail "$name: no run was killed"
done

finish
