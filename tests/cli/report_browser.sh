# report_browser: the HTML report in a real browser (headless Chromium):
# the DOM it builds, its console and network log, screenshots at phone and
# desktop widths, and the PDF it prints.
RECOV_NOW="2026-11-28 20:00"
. "$(dirname "$0")/lib.sh"
CHECK="$TESTS/report/check.py"
PNG="$TESTS/report/png.py"
SHOTS=${RECOV_BUILD:-$WORK}
RANGE=2026-11-01..2026-11-28

# browse NAME ARGS...: runs Chromium in a fresh profile, names resolving to
# nothing (the test never reaches the network), console to stderr and the
# network log to $WORK/NAME.net; stdout in $WORK/NAME.out.
browse() {
    local name=$1; shift
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$(mktemp -d "$WORK/profile.XXXXXX")" \
        "--host-resolver-rules=MAP * ~NOTFOUND" --enable-logging=stderr --v=0 \
        --log-net-log="$WORK/$name.net" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
}

# page_requests NAME: the URLs the page asked for (the browser's own
# background requests have no origin and are not the page's).
page_requests() {
    python3 - "$WORK/$1.net" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
start = log['constants']['logEventTypes']['URL_REQUEST_START_JOB']
for e in log['events']:
    p = e.get('params', {})
    if e['type'] == start and 'url' in p and p.get('initiator') != 'not an origin':
        print(p['url'])
PY
}

# console NAME: what the page wrote to the console, and what was refused.
console() { grep -E 'CONSOLE|Refused to|Uncaught' "$WORK/$1.err"; }

python3 "$TESTS/report/history.py" >"$WORK/history.ndjson"
ok import "$WORK/history.ndjson"
ok summary "$RANGE" --json
cp "$OUT" "$WORK/summary.json"
ok report "$RANGE" -o "$WORK/report.html"

# The checks can fail: a page with a script error and a fetched image is
# caught by both.
printf '<!DOCTYPE html><img src="http://example.invalid/x.png"><script>nosuch()</script>' \
    >"$WORK/control.html"
browse control --dump-dom "file://$WORK/control.html"
if page_requests control | grep -q example.invalid; then pass; else fail "the network check saw no request"; fi
if console control | grep -q nosuch; then pass; else fail "the console check saw no error: $(cat "$WORK/control.err")"; fi

# The DOM Chromium builds: bars, lines, map, timeline, figures, escaping.
browse dom --dump-dom "file://$WORK/report.html"
same "$?" "0" "chromium --dump-dom"
if python3 "$CHECK" period "$WORK/dom.out" "$WORK/summary.json" >"$WORK/check.out"; then pass
else fail "the rendered report: $(cat "$WORK/check.out")"; fi
same "$(console dom)" "" "console messages"
same "$(page_requests dom)" "" "requests other than the file"

# Screenshots at a phone's and a desktop's width, as tall as the page: not
# blank, and nothing wider than the window (measured in the page itself,
# from a test page that frames it).
for w in 375 1280; do
    cat >"$WORK/frame$w.html" <<HTML
<!DOCTYPE html><body style="margin:0"><iframe id="r" src="report.html" style="border:0;width:${w}px;height:900px"></iframe>
<script>onload = function () { var e = document.getElementById('r').contentDocument.documentElement;
document.body.dataset.widths = e.scrollWidth + ' ' + e.clientWidth + ' ' + e.scrollHeight; };</script></body>
HTML
    browse frame$w --allow-file-access-from-files --window-size=$w,900 --dump-dom "file://$WORK/frame$w.html"
    read -r scroll client height < <(grep -o 'data-widths="[^"]*"' "$WORK/frame$w.out" | tr -dc '0-9 \n')
    if [ -n "$scroll" ] && [ "$scroll" -le "$client" ]; then pass
    else fail "at $w px the page is $scroll px wide for $client px: $(cat "$WORK/frame$w.out" | head -c 300)"; fi
    browse shot$w --screenshot="$SHOTS/report-$w.png" --window-size=$w,${height:-3000} "file://$WORK/report.html"
    same "$(python3 "$PNG" size "$SHOTS/report-$w.png" | cut -d' ' -f1)" "$w" "screenshot width"
    colours=$(python3 "$PNG" colours "$SHOTS/report-$w.png")
    if [ "${colours:-0}" -gt 16 ]; then pass; else fail "the $w px screenshot looks blank ($colours colours)"; fi
done

# Printed: the PDF's text holds the period, every region and the disclaimer.
browse pdf --no-pdf-header-footer --print-to-pdf="$WORK/report.pdf" "file://$WORK/report.html"
pdftotext -layout "$WORK/report.pdf" "$WORK/report.txt"
words=$(tr -s ' \n' '  ' <"$WORK/report.txt")
for want in "2026-11-01 to 2026-11-28" $(python3 -c 'import json,sys; one={"calves":"calf","feet":"foot"}; print(" ".join(r["side"] + "_" + one.get(r["region"], r["region"].rstrip("s")) if "side" in r else r["region"] for r in json.load(open(sys.argv[1]))["regions"]))' "$WORK/summary.json") \
    "not a diagnosis" "<script>alert(1)</script>"; do
    want=${want//_/ } # a place: "left_ankle" is printed "left ankle"
    case "$words" in *"$want"*) pass ;; *) fail "the PDF lacks '$want'" ;; esac
done
pages=$(pdfinfo "$WORK/report.pdf" | awk '/^Pages:/ {print $2}')
# A4 is 595.28 x 841.89 pt; Chromium rounds to its own units.
a4=$(pdfinfo "$WORK/report.pdf" | awk '/^Page size:/ {d = ($3 - 595.28) ^ 2 + ($5 - 841.89) ^ 2; print (d < 4) ? "a4" : $3 "x" $5}')
same "$a4" "a4" "A4 pages"
if [ "${pages:-0}" -ge 2 ] && [ "$pages" -le 6 ]; then pass; else fail "$pages pages"; fi

# recov report --format pdf prints the same page itself; the region
# report's PDF holds the onset date and every flag.
ok report "$RANGE" --format pdf -o "$WORK/own.pdf"
has "wrote $WORK/own.pdf"
pdftotext "$WORK/own.pdf" - | tr -s ' \n' '  ' >"$WORK/own.txt"
for want in "2026-11-01 to 2026-11-28" "not a diagnosis"; do
    if grep -qF -- "$want" "$WORK/own.txt"; then pass; else fail "recov's PDF lacks '$want'"; fi
done
ok report "$RANGE" --region ankles-left --format pdf -o "$WORK/ankle.pdf"
pdftotext "$WORK/ankle.pdf" - | tr -s ' \n' '  ' >"$WORK/ankle.txt"
for want in "Region report: left ankle" "2026-11-24" "swelling" "sprain" "not a diagnosis"; do
    if grep -qF -- "$want" "$WORK/ankle.txt"; then pass; else fail "the region PDF lacks '$want'"; fi
done
ok report "$RANGE" --region lower-back --format pdf -o - 
if pdftotext - - <"$OUT" | grep -q numbness; then pass; else fail "the PDF on stdout lacks numbness"; fi

finish
