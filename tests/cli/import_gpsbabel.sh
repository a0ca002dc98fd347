# import_gpsbabel: files written by another program (Debian's gpsbabel) are
# read as the same session; a FIT activity written here per the protocol is
# valid for gpsbabel too.
. "$(dirname "$0")/import_lib.sh"
command -v gpsbabel >/dev/null || { fail "gpsbabel missing (.ci/deps --test installs it)"; finish; exit 1; }
G="$WORK/g"
mkdir -p "$G"

# One GPX (heart rate in Garmin's TrackPointExtension), converted by gpsbabel.
gpx_write "$G/run.gpx" 2026-11-18T07:00:00Z 75 145
gpsbabel -i gpx -f "$G/run.gpx" -o gtrnctr,course=0 -F "$G/run.tcx" 2>"$ERR" && pass || fail "gpsbabel tcx: $(cat "$ERR")"
gpsbabel -i gpx -f "$G/run.gpx" -o garmin_fit -F "$G/run.fit" 2>"$ERR" && pass || fail "gpsbabel fit: $(cat "$ERR")"
grep -q '<TrainingCenterDatabase' "$G/run.tcx" && pass || fail "gpsbabel wrote no TCX"
same "$(head -c 12 "$G/run.fit" | tail -c 4)" ".FIT" "gpsbabel wrote FIT"

# Each into its own log: the same start, duration within a minute, distance
# within 1 %; the same average heart rate (within 2 bpm) from GPX and TCX
# (gpsbabel 1.8 writes FIT without heart rate).
for f in gpx tcx fit; do
    RECOV_DB="$WORK/$f.db" ok import "$G/run.$f"
    has "1 added, 0 already present, 0 skipped"
    RECOV_DB="$WORK/$f.db" run history :all --json
    cp "$OUT" "$WORK/$f.json"
done
python3 - "$WORK/gpx.json" "$WORK/tcx.json" "$WORK/fit.json" <<'PY' && pass || fail "the three files disagree"
import json, sys
g, t, f = (json.load(open(p))[0] for p in sys.argv[1:])
print("gpx", g, "\ntcx", t, "\nfit", f)
for other in (t, f):
    assert other["at"] == g["at"] == "2026-11-18T07:00:00Z", other
    assert abs(other["minutes"] - g["minutes"]) <= 1 and g["minutes"] == 75, other
    assert abs(other["distance_km"] - g["distance_km"]) <= 0.01 * g["distance_km"], other
assert abs(t["avg_hr"] - g["avg_hr"]) <= 2 and g["avg_hr"] == 146, (g, t)
assert t["max_hr"] == g["max_hr"] == 147, (g, t)
PY

# A FIT activity with file_id, record, lap and session messages and heart
# rate, written by the test per the protocol: gpsbabel reads it back (every
# record, its heart rate), and recov takes the session's heart rate.
fit_write "$G/act.fit" 2026-11-19T17:00:00Z 45 150 --serial 1234
gpsbabel -t -i garmin_fit -f "$G/act.fit" -o unicsv -F "$G/act.csv" 2>"$ERR" && pass || fail "gpsbabel cannot read the FIT: $(cat "$ERR")"
python3 - "$G/act.csv" <<'PY' && pass || fail "gpsbabel read other records than written"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert len(rows) == 45 * 6 + 1, len(rows)
hr = [int(r["Heartrate"]) for r in rows]
assert min(hr) == 150 and max(hr) == 154, (min(hr), max(hr))
assert rows[0]["Date"] == "2026/11/19" and rows[0]["Time"] == "17:00:00", rows[0]
PY
RECOV_DB="$WORK/act.db" ok import "$G/act.fit"
same "$(sqlite3 "$WORK/act.db" "SELECT minutes || ' ' || avg_hr || ' ' || max_hr || ' ' || distance_km || ' ' || source FROM entry")" \
     "45 152 154 8.1 fit:1234:$(( $(epoch '2026-11-19 17:00Z') - 631065600 ))" "the session's heart rate"
# The same activity without a session message: summed from laps.
fit_write "$G/nosession.fit" 2026-11-19T17:00:00Z 45 150 --serial 1234 --no-session
RECOV_DB="$WORK/act2.db" ok import "$G/nosession.fit"
same "$(sqlite3 "$WORK/act2.db" "SELECT minutes || ' ' || avg_hr || ' ' || max_hr || ' ' || distance_km FROM entry")" \
     "45 152 154 8.1" "a FIT without a session"
finish
