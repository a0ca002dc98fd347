# report: `recov report` writes one self-contained HTML page whose figures
# are summary --json's, with the note text escaped; files, names, stdout,
# bad input and --format pdf without a browser.
RECOV_NOW="2026-11-28 20:00"
. "$(dirname "$0")/lib.sh"
CHECK="$TESTS/report/check.py"

# Nothing logged yet: an empty report, and no database created for it.
cd "$WORK"
ok report -o empty.html
has "wrote empty.html"
if grep -q "No soreness logged in this period" empty.html; then pass; else fail "empty report"; fi
# Said once, in the body map; the episodes say there are none.
same "$(grep -c "No soreness logged in this period" empty.html)" 1 "no soreness, said once"
if grep -q "No episodes in this period" empty.html; then pass; else fail "empty episodes"; fi
if [ -e "$DB" ]; then fail "report created the database"; else pass; fi

python3 "$TESTS/report/history.py" >"$WORK/history.ndjson"
ok import "$WORK/history.ndjson"

# The default range is the last 28 days, the default file is named by it,
# readable by its owner only (it is health data).
ok report
has "wrote recov-report-2026-11-01-2026-11-28.html"
same "$(stat -c %a recov-report-2026-11-01-2026-11-28.html)" "600" "report file mode"

# Every figure is summary --json's for the same range; bars, lines, map and
# timeline are drawn from them; the notes are text.
ok summary 2026-11-01..2026-11-28 --json
cp "$OUT" "$WORK/summary.json"
ok report 2026-11-01..2026-11-28 -o "$WORK/r.html"
if python3 "$CHECK" period "$WORK/r.html" "$WORK/summary.json" >"$WORK/check.out"; then pass
else fail "report vs summary --json: $(cat "$WORK/check.out")"; fi
if cmp -s "$WORK/r.html" recov-report-2026-11-01-2026-11-28.html; then pass
else fail "the default range differs from 2026-11-01..2026-11-28"; fi
if grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' "$WORK/r.html"; then pass; else fail "note not escaped"; fi
if grep -qF 'felt &quot;heavy&quot; &amp; slow &lt;b&gt;today&lt;/b&gt;' "$WORK/r.html"; then pass
else fail "workout note not escaped"; fi
# The warnings carry their sources; a note names the entry it belongs to.
if grep -qF 'lower-back with numbness: see a GP or physio; no massage or foam rolling on it; no heat or ice on numb skin <span class="source">[NHS sciatica' "$WORK/r.html"
then pass; else fail "red flag without its source"; fi
if grep -qF '<td>upper-back 2</td><td class="usertext">&lt;script&gt;' "$WORK/r.html"; then pass
else fail "the note is not beside its entry"; fi

# -o - is standard output; --output=FILE is -o FILE; a week is 7 bars.
ok report 2026-11-01..2026-11-28 -o -
if cmp -s "$OUT" "$WORK/r.html"; then pass; else fail "-o - differs from the file"; fi
ok report :week --output="$WORK/week.html"
same "$(grep -o 'class="bar"' "$WORK/week.html" | wc -l)" "7" "bars of a week"
# A past range gets the advice as of its last day.
ok report 2026-11-01..2026-11-20 -o "$WORK/past.html"
if grep -q "Advice recov gives as of 2026-11-20" "$WORK/past.html"; then pass; else fail "advice date of a past range"; fi

# The one-region report: the episode with its onset, peak, flags by day,
# the log with notes (escaped) and recovery actions and their times, the 4
# weeks up to onset (its day included) as summary --json sees them, the advice, the disclaimer.
ok report --region ankles-left
has "wrote recov-report-ankles-left-2026-11-01-2026-11-28.html"
ok summary 2026-10-28..2026-11-24 --json
before=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("sessions %+d, minutes %+d, load %+d AU" % (d["previous"]["sessions"], d["previous"]["minutes"], d["previous"]["load"]))' "$OUT")
if python3 "$CHECK" region recov-report-ankles-left-2026-11-01-2026-11-28.html "Region report: left ankle" \
    "onset 2026-11-24" "peak 6/10 2026-11-24" "latest 4/10 2026-11-26" "2026-11-24: swelling, sprain" \
    "2026-11-24 19:00 ice 15 min" "2026-11-18 19:00 bath 20 min (whole body)" "left ankle 5" \
    "2026-10-28 to 2026-11-24" "The onset day is included" "$before" "Advice recov gives as of 2026-11-28" >"$WORK/check.out"
then pass; else fail "region report: $(cat "$WORK/check.out")"; fi
ok report --region upper-back -o "$WORK/ub.html"
# What the episodes began after is counted once per episode, as the
# summary's "after" column counts it.
if python3 "$CHECK" region "$WORK/ub.html" "onset 2026-11-26" "upper-back 2 <script>alert(1)</script>" \
    "Episodes begun in this period, counted by the workout each began after: strength x1." \
    >"$WORK/check.out"; then pass; else fail "region report note: $(cat "$WORK/check.out")"; fi
# The quads' 0 after the Saturday hike is the region logged as fine: no
# episode of its own, and none the hike is counted for.
ok report --region quads -o "$WORK/quads.html"
if python3 "$CHECK" region "$WORK/quads.html" \
    "Episodes begun in this period, counted by the workout each began after: run x1." \
    >"$WORK/check.out"; then pass; else fail "region report causes: $(cat "$WORK/check.out")"; fi
if grep -q "Cause: hike" "$WORK/quads.html"; then fail "an episode of a 0 alone"; else pass; fi
ok summary 2026-11-01..2026-11-28 --json
json_true '[r["preceded_by"] for r in d["regions"] if r["region"] == "quads"] == [[{"type": "run", "count": 1}]]'
# A region not logged in the range still gets its log and advice.
ok report --region neck -o "$WORK/neck.html"
if grep -q "No soreness logged for this region" "$WORK/neck.html"; then pass; else fail "empty region"; fi

# Bad input: one line, exit 2, nothing written.
rejects report --region legs
err_has "names several regions"
rejects report --region core-left
err_has "core has no sides"
rejects report --region elbow
rejects report --format docx
err_has "expected html or pdf"
rejects report :fortnight
rejects report :week :month
rejects report -o ""
rejects report --regoin quads
if ls "$WORK" | grep -q '^recov-report-.*\.pdf$'; then fail "a refused report wrote a file"; else pass; fi

# --format pdf with no browser on PATH says how to get one.
PATH=/nonexistent run report --format pdf -o "$WORK/r.pdf"
same "$STATUS" "1" "pdf without a browser"
err_has "apt install chromium"
if [ -e "$WORK/r.pdf" ]; then fail "a PDF without a browser"; else pass; fi

# The morning checks: the Wellness section shows summary --json's table
# and its flagged days, each with the figures behind it.
for d in 01 02 03 04 05 06 07 08 09 10; do
    RECOV_NOW="2026-11-$d 07:00" ok well --sleep 7.5 --fatigue 4 --rhr 52
done
RECOV_NOW="2026-11-27 07:00" ok well --sleep 5 --fatigue 2 --rhr 60
ok summary 2026-11-01..2026-11-28 --json
cp "$OUT" "$WORK/well.json"
ok report 2026-11-01..2026-11-28 -o "$WORK/well.html"
python3 - "$WORK/well.html" "$WORK/well.json" <<'PY' && pass || fail "report wellness differs from summary --json"
import html, json, re, sys
page = open(sys.argv[1]).read()
w = json.load(open(sys.argv[2]))["wellness"]
section = page[page.index('<section id="wellness"'):]
section = section[:section.index("</section>")]
rows = {html.unescape(m.group(1)): m.group(2) for m in
        re.finditer(r"<tr><td>([^<]+)</td>(.*?)</tr>", section)}
labels = {"sleep_hours": "sleep (h)", "fatigue": "fatigue", "resting_hr": "resting HR"}
for key, label in labels.items():
    cells = re.findall(r'<td class="num">([^<]+)</td>', rows[label])
    item = w["items"][key]
    assert cells[0] == "%.1f" % item["mean"], (label, cells, item)
    assert int(cells[1]) == item["days"], (label, cells, item)
dates = [f["date"] for f in w["flagged"]]
assert dates == ["2026-11-27"], dates
text = html.unescape(re.sub(r"<[^>]+>", "", section))
assert "2026-11-27 sleep 5h00 (under 6 h), fatigue 2 (your 60-day mean is 4)" in text, text
PY
# No check logged: no section.
if grep -q 'id="wellness"' "$WORK/r.html"; then fail "a wellness section with no checks"; else pass; fi

ok report --help
has "usage: recov report [RANGE]"
ok --help
has "report"

finish
