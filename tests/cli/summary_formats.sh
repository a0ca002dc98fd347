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
has "ankles with sprain: not ordinary soreness; see a clinician"
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
ok summary :week --format markdown
has "# Summary 2026-11-16 to 2026-11-22"
has "| quads | 10 | 5.0 | 2 | falling | run x1 |"
has "| bath | 1 | 20 |"

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

ok summary --help
has "usage: recov summary [RANGE]"
ok --help
has "summary"

finish
