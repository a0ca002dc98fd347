# foundation_export_import: export, import into an empty database, export
# again is byte-identical; CSV is well-formed; a bad line imports nothing.
. "$(dirname "$0")/lib.sh"

# A history with every optional field and awkward notes.
ok log run 45m --rpe 7 --distance 8.1 --note 'tempo, "hard"; felt ok'
ok log strength 1h --at "yesterday 17:00"
ok log cycle 1h30m --rpe 4 --at 2026-11-18T06:30:00+01:00 --note "$(printf 'two\tcolumns')"
ok sore legs 5 --flag swelling --flag dark-urine
ok sore back 2 --at "2h ago" --note "é ✓ ' ; DROP TABLE entry"
ok did bath 20m --region quads --region calves
ok did rest
ok export
cp "$OUT" "$WORK/first.ndjson"
same "$(wc -l <"$WORK/first.ndjson")" "9" "one line per entry"
json_lines() { python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$1"; }
if json_lines "$WORK/first.ndjson"; then pass; else fail "export is not NDJSON"; fi
has '{"kind":"workout","at":"2026-11-20T18:15:00Z","type":"run","minutes":45,"rpe":7,"distance_km":8.1,"note":"tempo, \"hard\"; felt ok","uid":"'
# Every entry carries a uid, the identity it keeps in every copy of the log.
if python3 -c 'import json,re,sys; sys.exit(0 if all(re.fullmatch("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", json.loads(l)["uid"]) for l in open(sys.argv[1])) else 1)' "$WORK/first.ndjson"; then pass; else fail "export lacks uids"; fi
has '"flags":["swelling","dark-urine"]'
has '"rpe_estimated":true'

# Into an empty database (given by RECOV_DB), then out again.
OTHER="$WORK/other/recov.db"
RECOV_DB="$OTHER" ok import "$WORK/first.ndjson"
has "9 added, 0 already present"
RECOV_DB="$OTHER" ok export
if cmp -s "$OUT" "$WORK/first.ndjson"; then pass; else fail "export differs after a round trip: $(diff "$WORK/first.ndjson" "$OUT")"; fi
same "$(sqlite3 "$OTHER" "SELECT note FROM entry WHERE note LIKE 'two%'")" "$(printf 'two\tcolumns')" "a tab in a note"

# From standard input; undo takes back the whole import.
"$RECOV" --db "$WORK/third.db" import - <"$WORK/first.ndjson" >"$OUT" 2>"$ERR"
same "$?" "0" "import -"; has "9 added, 0 already present"
ok --db "$WORK/third.db" undo
same "$(grep -c '^removed' "$OUT")" "9" "undo of an import"
# In the order they were logged, not as the changeset happens to hold them.
same "$(grep -o '^removed #[0-9]*' "$OUT" | tr -dc '0-9\n' | paste -sd,)" "1,2,3,4,5,6,7,8,9" \
    "the removed entries in order"
ok --db "$WORK/third.db" redo --json
json_true '[e["id"] for e in d["added"]] == list(range(1, 10))'
ok --db "$WORK/third.db" undo
same "$(sqlite3 "$WORK/third.db" "SELECT count(*) FROM entry")" "0" "undo emptied the import"

# CSV: a header and one well-formed row per entry, notes intact.
ok export --format csv
python3 - "$OUT" "$WORK/first.ndjson" <<'PY' && pass || fail "CSV export is not well-formed"
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
entries = [json.loads(l) for l in open(sys.argv[2])]
head = rows[0]
assert head == ["kind", "at", "type", "minutes", "rpe", "rpe_estimated", "distance_km",
                "region", "side", "score", "flags", "action", "regions", "note", "uid",
                "sleep_secs", "sleep_quality", "fatigue", "stress", "mood", "resting_hr",
                "hrv"], head
assert len(rows) == 1 + len(entries), len(rows)
for row, e in zip(rows[1:], entries):
    assert len(row) == len(head), row
    r = dict(zip(head, row))
    assert r["kind"] == e["kind"] and r["at"] == e["at"], (r, e)
    assert r["note"] == e.get("note", ""), (r, e)
    assert r["uid"] == e["uid"] and len(r["uid"]) == 36, (r, e)
    if e["kind"] == "soreness":
        assert r["flags"] == ";".join(e.get("flags", [])), r
    if e["kind"] == "recovery":
        assert r["regions"] == ";".join(e.get("regions", [])), r
PY

# A bad line anywhere aborts the whole import: nothing is added.
printf '%s\n' "$(head -3 "$WORK/first.ndjson")" '' \
    '{"kind":"workout","at":"2026-11-19T17:00:00Z","type":"run","rpe":5}' >"$WORK/bad.ndjson"
BEFORE=$(count)
rejects import "$WORK/bad.ndjson"
err_has "line 5: missing field 'minutes'"
same "$(count)" "$BEFORE" "nothing imported"
printf '%s\n' '{"kind":"workout","at":"2026-11-19T17:00:00Z","type":"run","minutes":5}' \
    '{"kind":"nap","at":"2026-11-19T17:00:00Z"}' >"$WORK/bad.ndjson"
rejects import "$WORK/bad.ndjson"
err_has "line 2: kind 'nap'"
printf '{"kind":"workout"\n' >"$WORK/bad.ndjson"
rejects import "$WORK/bad.ndjson"
err_has "line 1: not valid JSON"
# A path that names nothing is bad input (exit 2), as among recordings; a
# file there that cannot be read is a runtime failure (exit 1).
BEFORE=$(db_sum)
rejects import "$WORK/no-such-file.ndjson"
err_has "cannot open '$WORK/no-such-file.ndjson': No such file or directory"
same "$(db_sum)" "$BEFORE" "a missing file changed the database"
rejects import "$WORK/no-such-folder/run.gpx" "$WORK/no-such-file.ndjson"
err_has "cannot open '$WORK/no-such-folder/run.gpx': No such file or directory"
rejects export --format xml

finish
