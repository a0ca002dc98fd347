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
if grep -qF 'lower-back with numbness: see a clinician; no heat on numb skin <span class="source">[NHS sciatica' "$WORK/r.html"
then pass; else fail "red flag without its source"; fi
if grep -qF '<td>upper-back 2</td><td class="usertext">&lt;script&gt;' "$WORK/r.html"; then pass
else fail "the note is not beside its entry"; fi

# -o - is standard output; --output=FILE is -o FILE; a week is 7 bars.
ok report 2026-11-01..2026-11-28 -o -
if cmp -s "$OUT" "$WORK/r.html"; then pass; else fail "-o - differs from the file"; fi
ok report :week --output="$WORK/week.html"
same "$(grep -o 'class="bar"' "$WORK/week.html" | wc -l)" "7" "bars of a week"

# Bad input: one line, exit 2, nothing written.
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

ok report --help
has "usage: recov report [RANGE]"
ok --help
has "report"

finish
