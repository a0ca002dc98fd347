#!/usr/bin/env bash
# remind_concurrent: runners started at the same moment show each reminder exactly once.
source "$(dirname "$0")/remind_lib.sh"

server

# 30 short sessions in the last two hours (a cool-down's moment): 30
# cool-downs, all due by 19:00.
for i in $(seq 0 29); do
    m=$((17 * 60 + 5 + i * 3))
    "$RECOV" log run 5m --rpe 4 --at "$(printf '2026-11-20 %02d:%02d' $((m / 60)) $((m % 60)))" \
        >/dev/null 2>"$ERR" || fail "log $i: $(cat "$ERR")"
done
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown' AND state = 'pending'")" 30 \
    "30 cool-downs pending"

# Four runners at once.
pids=()
for r in 1 2 3 4; do
    "$RECOV" remind run >"$WORK/run$r.out" 2>"$WORK/run$r.err" &
    pids+=($!)
done
for r in 1 2 3 4; do
    wait "${pids[$((r - 1))]}"
    st=$?
    [ "$st" -eq 0 ] && pass || fail "runner $r exited $st: $(cat "$WORK/run$r.err")"
done

same "$(calls)" 30 "30 notifications in all"
same "$(cat "$WORK"/run?.out | grep -c '^sent #')" 30 "30 'sent' lines across the runners"
same "$(cat "$WORK"/run?.out | grep '^sent #' | sort | uniq -d | wc -l)" 0 \
    "no reminder reported sent twice"
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown' AND state = 'sent'")" 30 \
    "all recorded sent"
same "$(sql "SELECT count(*) FROM reminder WHERE claimed_by IS NOT NULL")" 0 "no claim left behind"
busy=0
for r in 1 2 3 4; do [ -s "$WORK/run$r.out" ] && busy=$((busy + 1)); done
echo "runners that sent something: $busy of 4"

ok remind run
same "$(calls)" 30 "a later run sends nothing again"
finish
