# foundation_migrate: a database written by recov 0.1 opens, migrates in
# place, keeps its ids and gains a uid for every entry.
. "$(dirname "$0")/lib.sh"

# The 0.1 schema (its migrations never change) holding the fixture, with
# the gap an rm left: ids 1-4 and 6-7.
mkdir -p "$(dirname "$DB")"
cat "$RECOV_SOURCE/sql/001_entries.sql" "$RECOV_SOURCE/sql/002_reminders.sql" | sqlite3 "$DB"
sqlite3 "$DB" "PRAGMA user_version = 2"
python3 - "$DB" "$TESTS/fixtures/log-0.1.ndjson" <<'PY'
import calendar, json, sqlite3, sys, time
FLAGS = ["sharp", "swelling", "numbness", "tingling", "sprain", "radiating", "dark-urine"]
REGIONS = ["neck", "shoulders", "chest", "upper-back", "lower-back", "arms", "forearms", "core",
           "glutes", "hips", "quads", "hamstrings", "calves", "shins", "knees", "ankles", "feet"]
db = sqlite3.connect(sys.argv[1])
ids = [1, 2, 3, 4, 6, 7]
for i, line in zip(ids, open(sys.argv[2])):
    e = json.loads(line)
    at = calendar.timegm(time.strptime(e["at"], "%Y-%m-%dT%H:%M:%SZ"))
    row = {"id": i, "batch": i, "kind": e["kind"], "at": at, "note": e.get("note")}
    if e["kind"] == "workout":
        row.update(type=e["type"], minutes=e["minutes"], rpe=e["rpe"],
                   rpe_estimated=int(e.get("rpe_estimated", False)),
                   distance_km=e.get("distance_km"))
    elif e["kind"] == "soreness":
        row.update(region=e["region"], score=e["score"],
                   flags=sum(1 << FLAGS.index(f) for f in e.get("flags", [])))
    else:
        row.update(action=e["action"], minutes=e["minutes"],
                   regions=sum(1 << REGIONS.index(r) for r in e.get("regions", [])))
    db.execute("INSERT INTO entry (%s) VALUES (%s)" % (",".join(row), ",".join("?" * len(row))),
               list(row.values()))
db.execute("INSERT INTO reminder (kind, due, summary, body, series, entry_id, created_at) "
           "VALUES ('checkin', 1795000000, 's', 'b', 'checkin:1', 7, 1)")
db.commit()
PY

ok export
python3 - "$OUT" "$TESTS/fixtures/log-0.1.ndjson" <<'PY' && pass || fail "migrated export differs from the 0.1 log"
import json, re, sys
got = [json.loads(l) for l in open(sys.argv[1])]
want = [json.loads(l) for l in open(sys.argv[2])]
uids = [g.pop("uid") for g in got]
assert got == want, (got, want)
assert len(set(uids)) == len(uids), uids
assert all(re.fullmatch("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u)
           for u in uids), uids
PY
same "$(sql "SELECT group_concat(id) FROM (SELECT id FROM entry ORDER BY id)")" "1,2,3,4,6,7" "ids kept"
[ "$(sql "PRAGMA user_version")" -ge 3 ] && pass || fail "not migrated"
same "$(sql "PRAGMA integrity_check")" "ok" "integrity"

# Ids are never reused: removing the newest and logging again moves on.
ok rm 7
ok log walk 20m --rpe 2
same "$(sql "SELECT max(id) FROM entry")" "8" "a new id after rm of the highest"
# The rule that a removed entry takes its reminders back survived the rebuild.
same "$(sql "SELECT state FROM reminder WHERE entry_id = 7")" "cancelled" "trigger kept"

# The rebuilt tables refuse what the schema always refused, and accept the
# rest (each statement is tried and rolled back).
refused_by_schema() {
    sqlite3 -batch "$DB" "BEGIN; $1; ROLLBACK" >/dev/null 2>&1 && fail "accepted: $1" || pass
}
refused_by_schema "INSERT INTO entry (uid, batch, kind, at) VALUES (printf('%036d', 1), 1, 'sleep', 1)"
refused_by_schema "UPDATE reminder SET state = 'done'"
refused_by_schema "UPDATE reminder SET urgency = 'high'"
refused_by_schema "UPDATE reminder SET kind = 'stretch'"
sqlite3 -batch "$DB" "BEGIN; UPDATE reminder SET state = 'expired', urgency = 'critical';
    INSERT INTO entry (uid, batch, kind, at, sleep_secs) VALUES (printf('%036d', 1), 1,
    'wellness', 1, 28800); ROLLBACK" && pass || fail "the rebuilt tables refuse good values"
# A notification still on screen is closed once its reminder is settled.
sqlite3 -batch "$DB" "BEGIN; UPDATE reminder SET state = 'sent', notify_id = 5;
    UPDATE reminder SET state = 'acknowledged'; SELECT close_due FROM reminder; ROLLBACK" >"$OUT"
same "$(cat "$OUT")" "1" "the settle trigger after the rebuild"

# The migrated log has a journal: operations are numbered after the old
# batches, and undo reverts them in turn (the 0.1 entries themselves were
# written before there was a journal, so they stay).
same "$(sql "SELECT batch FROM entry WHERE id = 8")" "9" "operations continue the batch numbers"
ok undo
has "removed #8"
ok undo
has "restored #7"
same "$(sql "SELECT state FROM reminder WHERE entry_id = 7")" "pending" "undo of rm brings its reminder back"
refuses 2 undo
err_has "nothing to undo"
same "$(count)" "6" "the 0.1 entries stay"

finish
