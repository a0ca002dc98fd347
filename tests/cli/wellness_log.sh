# wellness_log: a morning wellness check is an entry like any other: logged,
# listed, exported and imported (NDJSON and CSV), edited, undone; bad values
# are refused with the log untouched; older logs migrate with their journal.
. "$(dirname "$0")/lib.sh"

# ---- logging and listing ----
ok log run 45m --rpe 7 --at "2026-11-19 18:00"
ok well --sleep 7h30 --sleep-quality 4 --fatigue 3 --stress 2 --mood 5 --rhr 52 --hrv 65 \
    --note "slept well"
has "wellness: sleep 7h30, sleep quality 4/5, fatigue 3/5, stress 2/5, mood 5/5, RHR 52, HRV 65 ms"
same "$(sql "SELECT kind, at, sleep_secs, sleep_quality, fatigue, stress, mood, resting_hr, hrv, note
             FROM entry WHERE kind = 'wellness'")" \
     "wellness|$(epoch '2026-11-20 19:00Z')|27000|4|3|2|5|52|65|slept well" "stored as typed"
ok well --fatigue 2 --at "2026-11-19 07:00"
same "$(sql "SELECT coalesce(sleep_secs, 'null'), fatigue, coalesce(mood, 'null')
             FROM entry WHERE fatigue = 2")" "null|2|null" "items not given stay empty"
ok history
has "wellness: fatigue 2/5"
has "wellness: sleep 7h30"
ok history --kind wellness --json
json_true 'len(d) == 2 and all(e["kind"] == "wellness" for e in d) and d[0]["sleep_secs"] == 27000 and d[0]["resting_hr"] == 52 and "sleep_secs" not in d[1]'
ok well --mood 4 --json
json_true 'd["kind"] == "wellness" and d["mood"] == 4 and set(d) == {"id", "kind", "at", "mood", "uid"}'
ok undo
same "$(count "kind = 'wellness'")" "2" "undo takes the check back"
ok redo
same "$(count "kind = 'wellness'")" "3" "redo repeats it"
ok undo

# ---- a poor morning: the check prints the advice for a lighter day ----
RECOV_NOW="2026-11-21 18:00" ok log run 60m --rpe 8 --at "2026-11-21 17:00"
RECOV_NOW="2026-11-22 07:00" ok well --sleep 5h15
has "advice:"
has "a lighter day today"
has "because sleep 5h15 this morning after a hard run session"
RECOV_NOW="2026-11-24 07:00" ok well --sleep 5h15
lacks "advice:"
RECOV_NOW="2026-11-24 07:00" ok well --sleep 5h --fatigue 4 --json
json_true '"advice" not in d and d["sleep_secs"] == 18000'
for i in 1 2 3 4; do ok undo; done

# A bare number is hours, as the question asks: 7 is a night, not 7 min.
ok well --sleep 7 --at "2026-11-20 06:00" --json
json_true 'd["sleep_secs"] == 7 * 3600'
ok well --sleep 7.5 --at "2026-11-20 06:01" --json
json_true 'd["sleep_secs"] == 27000'
rejects well --sleep 450;      err_has "a bare number is hours"
ok undo
ok undo

# ---- bad values: exit 2, one line, nothing written ----
for v in 0 6 -1 abc 2.5 ""; do
    for item in sleep-quality fatigue stress mood; do
        rejects well "--$item" "$v"
    done
done
rejects well --sleep 25h
rejects well --sleep abc
rejects well --sleep -1h
rejects well --rhr 10
rejects well --rhr 300
rejects well --hrv 0
rejects well --hrv 900
rejects well --fatigue 3 --mood 6
rejects well
rejects well --note "nothing else"
rejects well 3
rejects well --fatigue 3 --at "not a time"
run well --fatigue 6
err_has "fatigue '6': must be a whole number from 1 (always tired) to 5 (very fresh)"
run well --sleep 25h
err_has "sleep '25h'"
rejects history --kind nonsense

# ---- edit: the wellness values, only on a wellness entry ----
id=$(sql "SELECT id FROM entry WHERE note = 'slept well'")
ok edit "$id" --sleep 6h --stress 1
has "sleep 6h00"
same "$(sql "SELECT sleep_secs, stress, fatigue FROM entry WHERE id = $id")" "21600|1|3" "edited"
ok undo
same "$(sql "SELECT sleep_secs, stress FROM entry WHERE id = $id")" "27000|2" "edit undone"
rejects edit "$id" --fatigue 9
rejects edit "$id" --rpe 5
rejects edit 1 --fatigue 3

# ---- export and import: NDJSON and CSV keep every item ----
ok export
cp "$OUT" "$WORK/log.ndjson"
ok export --format csv
cp "$OUT" "$WORK/log.csv"
python3 - "$WORK/log.csv" <<'PY' && pass || fail "CSV wellness columns"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
w = [r for r in rows if r["note"] == "slept well"][0]
assert (w["sleep_secs"], w["sleep_quality"], w["fatigue"], w["stress"], w["mood"],
        w["resting_hr"], w["hrv"]) == ("27000", "4", "3", "2", "5", "52", "65"), w
run_ = [r for r in rows if r["kind"] == "workout"][0]
assert all(run_[k] == "" for k in ("sleep_secs", "fatigue", "resting_hr", "hrv")), run_
PY
for fmt in ndjson csv; do
    rm -f "$DB" "$DB-wal" "$DB-shm"
    ok import "$WORK/log.$fmt"
    ok export
    same "$(cat "$OUT")" "$(cat "$WORK/log.ndjson")" "$fmt import gives the same log back"
done
# A second import of the same file adds nothing.
ok import "$WORK/log.ndjson"
same "$(count "kind = 'wellness'")" "2" "import without duplicates"
# Bad wellness lines are refused whole.
printf '{"kind":"wellness","at":"2026-11-18T07:00:00Z","fatigue":6}\n' >"$WORK/bad1.ndjson"
printf '{"kind":"wellness","at":"2026-11-18T07:00:00Z","note":"x"}\n' >"$WORK/bad2.ndjson"
printf '{"kind":"wellness","at":"2026-11-18T07:00:00Z","mood":3,"rpe":4}\n' >"$WORK/bad3.ndjson"
printf '{"kind":"wellness","at":"2026-11-18T07:00:00Z","sleep_secs":90000}\n' >"$WORK/bad4.ndjson"
for f in bad1 bad2 bad3 bad4; do
    rejects import "$WORK/$f.ndjson"
done

# ---- an older log migrates: ids, counter and journal kept ----
rm -f "$DB" "$DB-wal" "$DB-shm"
cat "$RECOV_SOURCE"/sql/00[1-5]_*.sql | sqlite3 "$DB"
sqlite3 "$DB" "PRAGMA user_version = 5"
uid=0b6f3c1e-6a8d-4f0e-9c55-2d7e8a1b4c3f
at=$(epoch '2026-11-19 18:00Z')
# Operation 1 logged a run, journaled as a changeset of the old table.
sqlite3 "$DB" <<SQL
.session open main s
.session s attach entry
INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, rpe_estimated)
VALUES ('$uid', 1, 'workout', $at, 'run', 45, 7, 0);
.session s changeset $WORK/op1.bin
.session s close
SQL
sqlite3 "$DB" "INSERT INTO journal (id, at, command, changes) VALUES (1, $at, 'log', readfile('$WORK/op1.bin'));
               INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, rpe_estimated)
               VALUES ('1b6f3c1e-6a8d-4f0e-9c55-2d7e8a1b4c3f', 1, 'workout', $at, 'walk', 20, 2, 0);
               DELETE FROM entry WHERE id = 2;"
ok well --fatigue 4
same "$(sql "SELECT id, batch FROM entry WHERE kind = 'wellness'")" "3|2" "ids never reused after the rebuild"
same "$(sql "SELECT id, uid FROM entry WHERE kind = 'workout'")" "1|$uid" "id and uid kept"
same "$(sql "PRAGMA integrity_check")" "ok" "integrity"
same "$(sql "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'entry' AND type IN ('index', 'trigger') AND sql IS NOT NULL")" "4" "indexes and trigger rebuilt"
ok undo
ok undo
same "$(count)" "0" "a changeset journaled before the migration is undone after it"
ok redo
same "$(sql "SELECT id, type FROM entry")" "1|run" "and redone"

finish
