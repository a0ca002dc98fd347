#!/usr/bin/env bash
# remind_expiry: never late: reminders past their life expire; four weeks of use stay short.
source "$(dirname "$0")/remind_lib.sh"

server
day() { date -u -d "2026-11-02 + $1 days" +%F; }

# Four weeks of hard runs with no runner at all (no desktop session).
for d in $(seq 0 27); do
    RECOV_NOW="$(day "$d") 18:00" ok log run 45m --rpe 7
done
# The morning after: only what is still to come, not 56 stale reminders.
export RECOV_NOW="$(day 28) 08:30"
ok remind list
same "$(wc -l <"$OUT")" 1 "remind list shows what is still to come"
has "checkin"
ok remind list --all
same "$(grep -c expired "$OUT")" 55 "every past reminder is kept and listed as expired"
ok remind list --all --json
json_true 'all(r["expires_at"] for r in d) and sum(r["state"] == "expired" for r in d) == 55'
# The summary counts them as the list shows them, before any run marks them.
ok summary "$(day 0)..$(day 27)" --json
json_true 'd["reminders"]["expired"] == 55 and d["reminders"]["cooldowns_due"] == 28'
ok summary "$(day 0)..$(day 27)"
has "55 reminders expired before they were shown"
RECOV_NOW="$(day 28) 08:30" ok remind run --dry-run
has "nothing due at $(day 28) 08:30; the next is due $(day 28) 09:00"
RECOV_NOW="$(day 28) 09:00" ok remind run --dry-run
same "$(grep -c "would send" "$OUT")" 1 "a dry run would show one notice, not 37"
RECOV_NOW="$(day 28) 09:00" ok remind run
same "$(calls)" 1 "only today's check-in is shown"
call_has 1 summary "How sore after yesterday's run?"
same "$(sql "SELECT count(*) FROM reminder WHERE state = 'expired'")" 55 "expired rows are recorded"
same "$(sql "SELECT count(*) FROM reminder")" 56 "nothing deleted"

# Four more weeks of ordinary use, a runner every three hours (as a timer
# would, or a daemon waking now and then): nothing is shown late or twice.
stop_server
rm -f "$DB" "$DB-wal" "$DB-shm" "$CALLS"
server
for d in $(seq 30 57); do
    [ $((d % 2)) -eq 0 ] && RECOV_NOW="$(day "$d") 07:30" ok sore quads 2
    [ $((d % 7)) -ne 6 ] && RECOV_NOW="$(day "$d") 18:00" ok log run 45m --rpe 7
    [ $((d % 3)) -eq 0 ] && RECOV_NOW="$(day "$d") 18:40" ok did stretch 10m
    for h in 01 04 07 10 13 16 19 22; do
        RECOV_NOW="$(day "$d") $h:00" "$RECOV" remind run >/dev/null 2>>"$WORK/runs.err" ||
            fail "remind run at $(day "$d") $h:00: $(tail -1 "$WORK/runs.err")"
    done
done
shown=$(sql "SELECT count(*) FROM reminder WHERE sent_at IS NOT NULL")
[ "$shown" -gt 20 ] && pass || fail "only $shown reminders shown in four weeks"
same "$(calls)" "$shown" "each reminder shown once (one Notify per sent reminder)"
same "$(sql "SELECT count(*) FROM reminder WHERE sent_at >= expires_at OR sent_at < due")" 0 \
    "nothing shown before it was due or after its life"
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown' AND sent_at - due > 7200")" 0 \
    "no cool-down more than 2 h late"
same "$(sql "SELECT count(*) FROM reminder r WHERE kind = 'checkin' AND sent_at IS NOT NULL AND EXISTS
             (SELECT 1 FROM entry WHERE kind = 'soreness' AND at >= r.anchor AND at < r.sent_at
              AND date(at, 'unixepoch') = date(r.due, 'unixepoch'))")" 0 \
    "no check-in shown after that day's soreness was logged"
RECOV_NOW="$(day 58) 08:00" ok remind list
[ "$(wc -l <"$OUT")" -le 3 ] && pass || fail "remind list is long: $(cat "$OUT")"

# A database of the previous schema keeps every reminder, each given the
# documented life, and the trigger on removed entries still works.
old="$WORK/old.db"
cat "$RECOV_SOURCE/sql/001_entries.sql" "$RECOV_SOURCE/sql/002_reminders.sql" | sqlite3 "$old"
sqlite3 "$old" "PRAGMA user_version = 2;
  INSERT INTO entry (id, batch, kind, at, type, minutes, rpe, rpe_estimated)
       VALUES (1, 1, 'workout', strftime('%s', '2026-11-20 18:15'), 'run', 45, 6, 0);
  INSERT INTO reminder (kind, due, state, summary, body, entry_id, series, created_at)
       VALUES ('cooldown', strftime('%s', '2026-11-20 19:05'), 'pending', 'Cool down', 'b', 1,
               'cooldown:1', 1),
              ('warning', strftime('%s', '2026-11-19 10:00'), 'sent', 'See a clinician', 'b',
               NULL, 'warning:persist:quads', 1)"
RECOV_DB="$old" RECOV_NOW="2026-11-20 19:10" ok remind list --all --json
json_true 'len(d) == 2 and d[0]["state"] == "sent" and d[1]["state"] == "pending"'
json_true 'd[1]["expires_at"] == "2026-11-20T21:05:00Z" and d[0]["expires_at"] == "2026-11-20T10:00:00Z"'
RECOV_DB="$old" RECOV_NOW="2026-11-20 19:10" ok rm 1
same "$(sqlite3 "$old" "SELECT state FROM reminder WHERE series = 'cooldown:1'")" cancelled \
    "removing the entry still cancels its reminder"
finish
