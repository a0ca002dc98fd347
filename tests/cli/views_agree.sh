# views_agree: one fact, one number, in every view a person reads: the
# summary's text and JSON, suggest, the report and its one-region report,
# the reminders, and the advice log and sore print.
. "$(dirname "$0")/advice_lib.sh"

# side_logs REGION SIDE SCORE[,FLAG] AT...: soreness logs of one side.
side_logs() {
    local region=$1 side=$2 score=$3 flags= at; shift 3
    case "$score" in *,*) flags=",\"flags\":[\"${score#*,}\"]" score=${score%%,*} ;; esac
    for at; do
        printf '{"kind":"soreness","at":"%s:00Z","region":"%s","side":"%s","score":%s%s}\n' \
            "$at" "$region" "$side" "$score" "$flags"
    done
}

# A run on Sat 31 Oct; the left calf sore every morning to Tue 10 Nov
# (10 calendar days, the last one logged by hand); the lower back numb four
# mornings running; the calves once without a side; hamstrings sore after a
# strength session.
history < <(
    workouts run 45 6 2026-10-31T17:00
    workouts strength 60 7 2026-11-08T18:00
    side_logs calves left 5 2026-11-0{1,2,3,4,5,6,7,8,9}T08:00
    soreness lower-back 2026-11-0{2,3,4,5}T08:00=4,numbness
    soreness calves 2026-11-06T08:00=4
    soreness hamstrings 2026-11-09T08:00=5
)
NOW="2026-11-10 09:00"

# 4. recov sore prints suggest's own lines, in suggest's order, and how
# many entries it left out.
ok --now "2026-11-10 08:00" sore left-calf 5
grep -E '^(urgent|warning|caution|info) ' "$OUT" >"$WORK/sore_heads"
tail -n 1 "$OUT" >"$WORK/sore_last"
ok --now "2026-11-10 08:00" suggest
grep -E '^(urgent|warning|caution|info) ' "$OUT" >"$WORK/suggest_heads"
shown=$(wc -l <"$WORK/sore_heads")
total=$(wc -l <"$WORK/suggest_heads")
same "$(grep -vxF -f "$WORK/suggest_heads" "$WORK/sore_heads")" "" "sore's lines are suggest's lines"
same "$(grep -xF -f "$WORK/sore_heads" "$WORK/suggest_heads")" "$(cat "$WORK/sore_heads")" "in suggest's order"
grep -q '^warning  left calf' "$WORK/sore_heads" && pass || fail "sore lacks the left calf it logged"
grep -q 'hamstrings' "$WORK/sore_heads" && fail "sore shows the hamstrings it did not log" || pass
[ "$total" -gt "$shown" ] && pass || fail "suggest has nothing more than sore: $total entries"
same "$(cat "$WORK/sore_last")" "$((total - shown)) more: recov suggest" "sore says how many more"
RANGE=2026-11-01..2026-11-10

# 1. One warning per episode, not one per day logged; its latest date in
# JSON; the same episode days in summary text and JSON, suggest, the
# report and the reminders.
ok --now "$NOW" summary "$RANGE" --json
json_true '[(w["kind"], w["region"], w.get("side")) for w in d["warnings"]] == [("red-flag", "lower-back", None), ("persistent", "calves", "left")]'
json_true '[(w["date"], w["since"], w["latest"], w["days"]) for w in d["warnings"]] == [("2026-11-02", "2026-11-02", "2026-11-05", 3), ("2026-11-09", "2026-11-01", "2026-11-10", 9)]'
json_true 'd["warnings"][0]["flags"] == ["numbness"]'
ok --now "$NOW" summary "$RANGE"
same "$(grep -c 'lower-back with numbness' "$OUT")" 1 "one numbness warning in the text"
has "! 2026-11-02 to 2026-11-05 lower-back with numbness: see a GP or"
same "$(grep -c 'left calf sore for' "$OUT")" 1 "one persistence warning in the text"
has "! 2026-11-09 to 2026-11-10 left calf sore for 9 days: longer than soreness"
has "see a GP or physiotherapist" # as suggest and the reminder say it
# What to keep off a place is said wherever its warning is: the summary's
# warnings end in suggest's own words for them, the no-heat line for numb
# skin and the one-leg line for the left calf among them.
BACK="see a GP or physio; no massage or foam rolling on it; no heat or ice on numb skin"
CALF="see a GP or physiotherapist; no massage, foam rolling or heat on it until it is checked"
ok --now "$NOW" summary "$RANGE" --json
json_true "[w['message'].split(': ', 1)[1] for w in d['warnings'] if w['region'] == 'lower-back'] == ['$BACK']"
json_true "[w['message'].endswith('; $CALF') for w in d['warnings'] if w['region'] == 'calves'] == [True]"
suggest_at "$NOW"
json_true '[s["episode"]["days"] for s in d["suggestions"] if s["rule"] == "persist" and s.get("side") == "left"] == [9]'
json_true 'any("sore for 9 days" in s["because"] for s in d["suggestions"] if s["rule"] == "persist")'
ok --now "$NOW" remind list --json
json_true 'any("sore for 9 days" in r["body"] for r in d if r["kind"] == "warning")'
json_true 'not any("sore for" in r["body"] and "sore for 9 days" not in r["body"] for r in d if r["kind"] == "warning" and "left calf" in r["summary"])'

# 2. The Body table's days are days scored in the range, and it says so
# beside the warnings' "sore for N days".
ok --now "$NOW" summary "$RANGE"
has "(days: days scored 1 or more in this range, not how long it has been"
# Beside the left calf, calves logged without a side are marked as such.
has "  calves*"
has "  * logged without a side"
ok --now "$NOW" summary "$RANGE" --format markdown
has "| calves (logged without a side) |"

# 3. The report reads each side: the left calf is the left calf's, the
# calves logged without a side say so and are not drawn as either side.
ok --now "$NOW" report "$RANGE" -o "$WORK/report.html"
html=$(cat "$WORK/report.html")
case "$html" in *"<title>left calf: peak 5</title>"*) pass ;; *) fail "body map: no left calf peak 5" ;; esac
case "$html" in *"calves (logged without a side)"*) pass ;; *) fail "report lacks 'logged without a side'" ;; esac
case "$html" in *"<title>right calf: peak"*) fail "a side never logged is drawn as the right calf" ;; *) pass ;; esac
same "$(grep -c 'left calf sore for 9 days' "$WORK/report.html")" 1 "one persistence warning in the report"
same "$(grep -c 'lower-back with numbness' "$WORK/report.html")" 1 "one numbness warning in the report"
case "$html" in *"2026-11-02 to 2026-11-05"*) pass ;; *) fail "report warning lacks its dates" ;; esac
# The report's episodes are the episode model's: the left calf sore for 9
# days, as the warnings and suggest say; so is the one-region report.
same "$(grep -c '<dt>sore for</dt><dd>9 days</dd>' "$WORK/report.html")" 1 "the report's episode days"
# Advice in the report names the side, as suggest does.
case "$html" in *"left calf: see a clinician"*|*"left calf: have"*|*"left calf: "*) pass ;; *) fail "report advice without the side" ;; esac
# The report's advice is suggest --all's, line for line: the same order,
# the same places (one line for the regions that share it), the same words.
advice_agrees() { # WHEN RANGE
    ok --now "$1" suggest --all
    sed -nE 's/^(urgent|warning|caution|info) +/\1 /p' "$OUT" >"$WORK/suggest_lines"
    ok --now "$1" report "$2" -o "$WORK/advice.html"
    python3 - "$WORK/advice.html" >"$WORK/report_lines" <<'PY'
import html, re, sys
t = open(sys.argv[1]).read()
t = t[t.index("Advice recov gives"):]
for sev, text in re.findall(r"<li><strong>(\w+)</strong> ([^<]*)<br>", t):
    print(sev + " " + html.unescape(text))
PY
    if [ -s "$WORK/suggest_lines" ]; then pass; else fail "suggest --all at $1 gave no advice"; fi
    same "$(cat "$WORK/report_lines")" "$(cat "$WORK/suggest_lines")" "the report's advice is suggest's"
}
advice_agrees "$NOW" "$RANGE"
ok --now "$NOW" report "$RANGE" --region calves-right -o "$WORK/right.html"
grep -qF "Region report: calves (logged without a side)" "$WORK/right.html" && pass ||
    fail "a side never logged: the one-region report should say the calves were logged without a side"
grep -qF "not logged on its own" "$WORK/right.html" && pass || fail "no note that the side was not logged"
# A place is named as sore takes it everywhere: left-calf works for the
# report and for suggest as it does for sore.
ok --now "$NOW" report "$RANGE" --region left-calf -o "$WORK/left2.html"
grep -qF "Region report: left calf" "$WORK/left2.html" && pass || fail "report --region left-calf"
rejects --now "$NOW" report "$RANGE" --region left-core
err_has "core does not come in pairs"
ok --now "2026-11-07 09:00" suggest --region left-calf
has "left calf: "
has "calves (logged without a side): "
lacks "hamstrings"
ok --now "2026-11-07 09:00" suggest --region quads
has "nothing to suggest for quads right now: nothing logged there in the last 3 days"
ok --now "2026-11-07 09:00" suggest --region right-calf --json
json_true 'all(s.get("side") != "left" for s in d["suggestions"])'
ok --now "$NOW" report "$RANGE" --region calves-left -o "$WORK/left.html"
grep -qF "Region report: left calf" "$WORK/left.html" && pass || fail "left calf region report"
grep -qF '<dt>sore for</dt><dd>9 days</dd>' "$WORK/left.html" && pass || fail "region report's episode days"

# Beside the left calf's entry, calves logged without a side say so.
ok --now "2026-11-07 09:00" suggest
has "calves (logged without a side): "
has "left calf: "

# 9. Advice about an earlier day's log says when it was logged: "the day
# after your strength session" is yesterday's news, not today's.
ok --now "2026-11-10 08:00" suggest
has "hamstrings: massage, foam rolling or warm up longer next time"
# The left calf, sore for 9 days, is kept from heat until it is checked (pain
# in one leg can be a clot): no warm soak for the hamstrings either, as a
# bath reaches the whole leg.
has "left calf: see a GP or physiotherapist; no massage, foam rolling or heat on it until it is checked"
lacks "warm soak"
has "because moderate soreness (5/10, logged yesterday 08:00) the day after your strength session"

# A day later, "sore for 9 days" still runs to the latest log: it says when
# that was.
ok --now "2026-11-11 09:00" suggest
has "because sore for 9 days since 2026-11-01 (5/10, logged yesterday 08:00)"

# 6. A bath while the lower back is numb: no warm soak is suggested for any
# region, and logging one shows the no-heat line as suggest words it.
suggest_at "2026-11-05 09:00"
json_true 'not any(s["kind"] == "bath" for s in d["suggestions"])'
ok --now "2026-11-05 19:00" did bath 20m
has "lower-back: see a GP or physio; no massage or foam rolling on it; no heat or ice on numb skin"
ok --now "2026-11-05 19:00" suggest
grep -F "lower-back: see a GP or physio; no massage or foam rolling on it; no heat or ice on numb skin" \
    "$OUT" >/dev/null && pass || fail "suggest words it otherwise"

# 8. remind list --all fits the terminal, like every view.
for cols in 60 80; do
    COLUMNS=$cols ok --now "$NOW" remind list --all
    wide=$(awk -v w="$cols" 'length($0) > w' "$OUT")
    same "$wide" "" "remind list lines wider than $cols"
done
ok --now "$NOW" remind list --all
n=$(sql "SELECT count(*) FROM reminder WHERE summary = 'left calf: $CALF'")
[ "$n" -gt 0 ] && pass || fail "no persistence reminder in the words suggest gives it"
same "$(grep -c "left calf: $CALF\$" "$OUT")" "$n" "in a pipe, one line per reminder"
n=$(sql "SELECT count(*) FROM reminder WHERE summary = 'lower-back: $BACK'")
[ "$n" -gt 0 ] && pass || fail "no numbness reminder in the words suggest gives it"
# On stderr, behind a pipe, each place is warned of once, in those words.
ok --now "2026-11-05 08:20" sore lower-back 4 numbness
same "$(grep -c 'recov: warning: lower-back' "$ERR")" 1 "one warning line for the numb back"
err_has "recov: warning: lower-back: $BACK, because numbness logged"
ok --now "2026-11-10 08:30" sore left-calf 5
same "$(grep -c 'recov: warning: left calf' "$ERR")" 1 "one warning line for the left calf"
err_has "recov: warning: left calf: $CALF, because sore for"

# After a session, one cool-down line names every region it worked, in
# the report as in suggest.
ok --now "2026-11-10 19:00" log strength 60m --rpe 6
advice_agrees "2026-11-10 19:10" "$RANGE"
grep -q '^info shoulders, chest, .*: cool down now' "$WORK/report_lines" && pass ||
    fail "the cool-down is not one line: $(cat "$WORK/report_lines")"

finish
