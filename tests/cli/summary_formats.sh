# summary_formats: the text report and its charts (Unicode or ASCII, colour
# only on a terminal without NO_COLOR), CSV, markdown and --json.
RECOV_NOW="2026-11-22 20:00"
. "$(dirname "$0")/lib.sh"

{
    workouts run 40 5 2026-11-16T07:00
    workouts strength 20 5 2026-11-18T07:00
    soreness quads 2026-11-17T08:00=10 2026-11-18T08:00=5 2026-11-20T08:00=0
    soreness ankles 2026-11-19T08:00=4,sprain
    recovery bath 20 - 2026-11-17T19:00
} >"$WORK/week.ndjson"
ok import "$WORK/week.ndjson"

# Text in a UTF-8 locale: a full-width block bar for the biggest day (200),
# half of it for 100; the quads sparkline, one cell per day.
ok summary
has "summary 2026-11-16 .. 2026-11-22"
has "Mon 2026-11-16     200 ████████████████████████████████"
has "Wed 2026-11-18     100 ████████████████"
has "Tue 2026-11-17       0"
has "·█▅·▁··"
has "ankles with sprain: PRICE: rest, ice, compress, elevate;"
# PRICE for its first 72 h only, as suggest gives it: a later warm soak is
# no contradiction.
COLUMNS=200 run summary
has "ankles with sprain: PRICE: rest, ice, compress, elevate; no heat or massage, until 2026-11-22 08:00"
ok summary
has "bath"
has "an association, not proof"
has "needs 28 days of history, 7 so far"
lacks $'\033['

# The same in the C locale: plain ASCII only, scores as digits.
LC_ALL=C run summary
same "$STATUS" "0" "summary in the C locale"
has "Mon 2026-11-16     200 ################################"
has ".X5.0.."
if LC_ALL=C grep -q $'[\x80-\xff]' "$OUT"; then fail "non-ASCII bytes in the C locale"; else pass; fi

# The Body table's day-by-day cells are summary --json's per-day scores,
# region by region (digits in the C locale: X is 10, . not logged).
cp "$OUT" "$WORK/c-locale.txt"
ok summary --json
if python3 - "$WORK/c-locale.txt" "$OUT" <<'PY'
import json, re, sys
text, d = open(sys.argv[1]).read(), json.load(open(sys.argv[2]))
cell = lambda v: '.' if v is None else 'X' if v == 10 else str(v)
for r in d['regions']:
    row = re.search(r'^  %s .* ([0-9X.]{7})(?=\s|$)' % re.escape(r['region']), text, re.M)
    assert row and row.group(1) == ''.join(map(cell, r['scores'])), (r['region'], row and row.group(1), r['scores'])
PY
then pass; else fail "the Body table and summary --json disagree"; fi

# Colour on a terminal, never with NO_COLOR.
script -qec "env -u NO_COLOR '$RECOV' summary" /dev/null >"$OUT" 2>&1
has $'\033[1m'
script -qec "NO_COLOR=1 '$RECOV' summary" /dev/null >"$OUT" 2>&1
has "summary 2026-11-16"
lacks $'\033['

# CSV: a header with a column per region, a row per day, empty when unlogged.
ok summary --format csv
same "$(head -1 "$OUT")" "date,sessions,minutes,load,quads,ankles" "CSV header"
same "$(wc -l <"$OUT")" "8" "CSV rows"
has "2026-11-16,1,40,200,,"
has "2026-11-17,0,0,0,10,"
has "2026-11-19,0,0,0,,4"

# Markdown: headings and tables.
ok summary :week --json
week_end=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["week_end"])' <"$OUT")
ok summary :week --format markdown
has "# Summary 2026-11-16 to 2026-11-22"
# The week the load figures cover is named as the JSON and the text name it.
has "| monotony (7 days to $week_end) |"
has "| quads | 10 | 5.0 | 2 | falling | run x1 |"
has "| bath | 1 | 20 |"
has "## Warnings"
has "- **2026-11-19**: ankles with sprain: PRICE"
has "An association in your own log since 2026-11-16, not proof."

# --json is --format json; a month is one bar per day, a year one per period.
ok summary --json
cp "$OUT" "$WORK/a.json"
ok summary --format json
if cmp -s "$OUT" "$WORK/a.json"; then pass; else fail "--json and --format json differ"; fi
ok summary :month
has "Daily load"
ok summary 2025-11-23..2026-11-22
has "Load per period"
same "$(grep -c '^  [A-Z][a-z][a-z] 20' "$OUT")" "31" "a year in 31 bars"

# The text fits the width: $COLUMNS off a terminal (80 without it), the
# terminal's own width on one. Long lines wrap at spaces with a hanging
# indent; the Body table moves its sparkline to a line of its own rather
# than lose days, and drops the mean and the change when narrow.
fits() { # WIDTH: every line of the last output is at most WIDTH columns
    local wide
    wide=$(python3 -c 'import sys; w=int(sys.argv[2]); print("".join(l for l in open(sys.argv[1], encoding="utf-8") if len(l.rstrip("\n")) > w))' "$OUT" "$1")
    if [ -z "$wide" ]; then pass; else fail "lines wider than $1: $wide"; fi
}
words() { tr -s ' \n' '  ' <"$OUT"; }
for w in 40 60 100; do
    COLUMNS=$w run summary :28d
    same "$STATUS" "0" "summary at $w columns"
    fits "$w"
    # Wrapping breaks between words, never inside one.
    case "$(words)" in
    *"ankles with sprain: PRICE: rest, ice, compress, elevate; no heat or massage"*) pass ;;
    *) fail "the warning was cut at $w columns: $(cat "$OUT")" ;;
    esac
    # A cell per day: 28 of them, whatever the width.
    same "$(grep -c '^    [·▁▂▃▄▅▆▇█]\{28\}\( \|$\)' "$OUT")$(grep -c '^  [a-z].*  [·▁▂▃▄▅▆▇█]\{28\}\( \|$\)' "$OUT")" \
         "$([ "$w" -ge 80 ] && echo 02 || echo 20)" "sparklines of 28 days at $w columns"
done
COLUMNS=40 run summary :28d
lacks " mean "
has "    after run x1"   # the strength session came after the soreness began
unset COLUMNS
ok summary :28d
fits 80
has "  region      peak  mean days trend    vs prev  day by day / after"
# On a terminal its width wins over $COLUMNS.
script -qec "stty cols 50 rows 40; COLUMNS=200 '$RECOV' summary :28d" /dev/null >"$OUT" 2>&1
sed -i 's/\r$//' "$OUT"
fits 50
has "region"

ok summary --help
has "usage: recov summary [RANGE]"
ok --help
has "summary"

finish
