# advice_trust: one episode model behind every view, and advice that never
# contradicts itself or the evidence (each block is a case found by hand).
. "$(dirname "$0")/advice_lib.sh"

# ep_of REGION KEY JSON: KEY of the episode of the first suggestion for
# REGION that has one equals JSON.
ep_of() {
    json_true "[s['episode'][sys.argv[4]] for s in d['suggestions'] if s['region'] == sys.argv[3] and 'episode' in s][:1] == [json.loads(sys.argv[5])]" "$@"
}

# 1. One number everywhere: an ankle sore after Saturday's run, logged from
# Sat 18:00 daily to the next Sunday, is 8 calendar days into its episode in
# suggest, summary and the warning reminder alike.
history < <(
    workouts run 60 7 2026-11-07T10:00
    soreness ankles 2026-11-07T18:00=6
    for d in 08 09 10 11 12 13 14; do soreness ankles "2026-11-${d}T08:00=4"; done
)
ok --now "2026-11-15 08:00" sore ankles 4
suggest_at "2026-11-15 09:00"
rule_is ankles see-clinician persist warning
ep_of ankles days 8
ep_of ankles since '"2026-11-07"'
json_true 'any("sore for 8 days" in s["because"] for s in d["suggestions"])'
ok --now "2026-11-15 09:00" summary --json
json_true '[(w["since"], w["days"]) for w in d["warnings"] if w["kind"] == "persistent"] == [("2026-11-07", 8)]'
ok --now "2026-11-15 09:00" summary
has "ankles sore for 8 days"
ok --now "2026-11-15 09:00" remind list --json
json_true 'any("sore for 8 days" in r["body"] for r in d if r["kind"] == "warning")'

# 2. A more lenient persist_days never creates a warning: episodes do not
# depend on it (a gap of 8 days between logs is the same episode with 7 or 10).
history < <(soreness lower-back 2026-11-01T08:00=4 2026-11-09T08:00=3 2026-11-12T08:00=3)
printf '[advice]\npersist_days = 10\n' >"$WORK/p10.ini"
ok --config "$WORK/p10.ini" --now "2026-11-12 09:00" suggest --json
rule_is lower-back see-clinician persist warning
ep_of lower-back days 11
suggest_at "2026-11-12 09:00"
rule_is lower-back see-clinician persist warning
ep_of lower-back days 11

# 3. A swollen sprained ankle four days on: still no heat or massage while
# swelling is logged, and the wording is an injury's, not a sore muscle's.
history < <(
    workouts sports 60 7 2026-11-14T17:00
    soreness ankles 2026-11-14T18:00=6,sprain,swelling
)
ok --now "2026-11-18 08:00" sore ankles 5 --flag swelling --json
must ankles ice
never ankles bath massage foam-roll
json_true 'all("sore muscle" not in s["because"] and "soreness (" not in s["because"] for s in d["advice"])'
json_true 'any("injury" in s["because"] for s in d["advice"] if s["kind"] == "ice")'
# Past 72 h without swelling or sharp pain: heat is fine, still an injury.
ok --now "2026-11-22 08:00" sore ankles 4 --json
must ankles bath
json_true 'all("injury" in s["because"] for s in d["advice"] if s["kind"] in ("bath", "massage"))'
json_true 'any("an injured region" in s["because"] for s in d["advice"] if s["kind"] == "warm-up")'

# 4. Urgent is never next to ordinary advice for the same limb.
history < <(
    workouts sports 60 7 2026-11-20T16:00
    soreness ankles 2026-11-20T17:00=7,sprain,swelling
    soreness calves 2026-11-20T17:00=5
)
suggest_at "2026-11-20 17:30"
rule_is ankles urgent-care severe-injury urgent
never quads cool-down
never calves cool-down active-recovery
never hamstrings cool-down
history < <(
    workouts sports 60 7 2026-11-20T16:00
    soreness hamstrings 2026-11-20T17:05=8,sharp
)
suggest_at "2026-11-20 17:30"
rule_is hamstrings urgent-care severe-injury urgent
for r in glutes quads calves knees ankles; do never "$r" cool-down; done
# Radiating back pain: a GP, and no massage gun or foam roller on it; no
# word about numb skin when none was logged, and heat is not ruled out (the
# NHS's sciatica advice is hot or cold packs).
history < <(
    workouts strength 60 7 2026-11-19T18:00
    soreness lower-back 2026-11-20T08:00=5,radiating
)
suggest_at "2026-11-20 19:00"
rule_is lower-back see-clinician nerve warning
never lower-back massage foam-roll
must lower-back bath
json_true 'all("numb skin" not in s["what"] + s["because"] for s in d["suggestions"])'

# 5. Dark urine is a whole-body sign: the urgent line is all anyone gets.
history < <(
    workouts strength 90 8 2026-11-19T18:00
    soreness lower-back 2026-11-20T08:00=5,dark-urine
    soreness quads 2026-11-20T08:00=5
    soreness hamstrings 2026-11-20T08:00=5
)
suggest_at "2026-11-20 19:00"
json_true '[(s["kind"], s["region"]) for s in d["suggestions"]] == [("urgent-care", "lower-back")]'
json_true '"drink water" in d["suggestions"][0]["what"]'

# 6. One swollen, painful calf with no workout or injury: a blood clot must
# be ruled out the same day (NHS DVT); never PRICE, massage or heat.
history < <(soreness calves 2026-11-20T08:00=6,swelling)
suggest_at "2026-11-20 19:00"
rule_is calves urgent-care dvt urgent
json_true 'any("111" in s["what"] for s in d["suggestions"])'
never calves ice bath massage
# The short line names the pain without the comma of the clause it cuts.
ok --now "2026-11-20 19:00" suggest
has "because swelling with pain 6/10 [NHS deep vein thrombosis]"
# Massage of that calf is answered with why it was wrong, not only where to go.
ok --now "2026-11-20 19:05" did massage 10m calves
has "calves: urgent GP appointment or 111 today (rule out a clot); no heat or massage"
ok undo
# A calf swollen but not sore (0 with a flag) is no recovery: the same rule,
# the same warning in the summary, and the next log continues its episode.
history < <(soreness calves 2026-11-20T08:00=0,swelling)
suggest_at "2026-11-20 19:00"
rule_is calves urgent-care dvt urgent
ok --now "2026-11-20 19:00" summary :week --json
json_true '[w["rule"] for w in d["warnings"]] == ["dvt"]'
ok --now "2026-11-21 08:00" sore calves 2
suggest_at "2026-11-21 09:00"
rule_is calves urgent-care dvt urgent
json_true '[s["episode"]["since"] for s in d["suggestions"] if s["region"] == "calves"][:1] == ["2026-11-20"]'
# Dark urine logged without pain is still the rhabdomyolysis warning.
history < <(soreness quads 2026-11-20T08:00=0,dark-urine)
suggest_at "2026-11-20 19:00"
rule_is quads urgent-care dark-urine urgent
json_true '"muscle pain" not in d["suggestions"][0]["because"]'
# A score logged the next morning without the flag says how sore, not that
# the urine has cleared: the urgent line stands for 72 h, through a 0 and a
# workout too, and says why; never a warm soak or massage for those muscles.
history < <(
    workouts strength 120 10 2026-11-18T18:00
    soreness quads 2026-11-19T08:00=9,dark-urine 2026-11-20T08:00=6
)
suggest_at "2026-11-20 09:00"
json_true '[(s["kind"], s["rule"]) for s in d["suggestions"]] == [("urgent-care", "dark-urine")]'
json_true '"yesterday 08:00, muscle pain 6/10 today 08:00" in d["suggestions"][0]["because"]'
ok --now "2026-11-20 09:00" summary :week --json
json_true '[w["rule"] for w in d["warnings"]] == ["dark-urine"]'
ok --now "2026-11-20 18:00" log run 30m --rpe 5
ok --now "2026-11-21 08:00" sore quads 0
has "urgent"
suggest_at "2026-11-21 09:00"
rule_is quads urgent-care dark-urine urgent
# 72 h after the flag, the next log decides.
ok --now "2026-11-22 08:00" sore quads 3
suggest_at "2026-11-22 09:00"
never quads urgent-care
must quads stretch
# But for 14 days the way back to training waits for a clinician: a warning
# for the whole body, above the stretches, kept by --region, and nothing
# beside it that means training (an easy ride or swim, "warm up longer").
rule_is - see-clinician after-dark-urine warning
never quads active-recovery warm-up
json_true '"Thu 08:00" in [s["because"] for s in d["suggestions"] if s["rule"] == "after-dark-urine"][0]'
ok --now "2026-11-22 09:00" suggest
same "$(head -1 "$OUT")" "warning  get a clinician's all-clear before training again" \
    "the whole-body warning comes before a region's stretches"
suggest_at "2026-11-22 09:00" --region quads
rule_is - see-clinician after-dark-urine warning
suggest_at "2026-12-03 07:59"
rule_is - see-clinician after-dark-urine warning
suggest_at "2026-12-03 08:00"
never - see-clinician
# A week of training that jumped after it: no "lighter days" or "a lighter
# week" (both mean training on) beside the all-clear.
jump() {
    workouts run 30 4 2026-11-09T07:00 2026-11-11T07:00 2026-11-13T07:00
    workouts strength 90 9 2026-11-16T18:00 2026-11-17T18:00 2026-11-18T18:00
}
history < <(jump)
suggest_at "2026-11-23 09:00"
must - reduce-load
history < <(jump; soreness quads 2026-11-19T08:00=8,dark-urine)
suggest_at "2026-11-23 09:00"
rule_is - see-clinician after-dark-urine warning
never - reduce-load lighter-day vary-training
# The cauda-equina signs stand the same way.
history < <(soreness lower-back 2026-11-19T08:00=6,saddle-numbness 2026-11-20T08:00=5)
suggest_at "2026-11-20 09:00"
rule_is lower-back urgent-care cauda-equina urgent
# A run explains the soreness of the days after it, not a calf that swells
# a week later: that is the clot rule too, and the summary's warning says so.
history < <(
    workouts run 60 6 2026-11-12T07:00
    soreness calves 2026-11-13T08:00=4 2026-11-16T08:00=3 2026-11-20T08:00=5,swelling
)
suggest_at "2026-11-20 19:00"
rule_is calves urgent-care dvt urgent
json_true 'any("no sprain or workout in the 3 days before it" in s["because"] for s in d["suggestions"])'
never calves ice bath massage
ok --now "2026-11-20 19:00" summary :week --json
json_true '[w["rule"] for w in d["warnings"]] == ["dvt"]'
# Swelling the morning after the run is an injury from it: PRICE.
history < <(
    workouts run 60 6 2026-11-19T07:00
    soreness calves 2026-11-20T08:00=5,swelling
)
suggest_at "2026-11-20 19:00"
rule_is calves ice acute-injury caution
never calves urgent-care
# Swelling elsewhere that nothing explains: a GP.
history < <(soreness forearms 2026-11-20T08:00=5,swelling)
suggest_at "2026-11-20 19:00"
rule_is forearms see-clinician unexplained-swelling warning
never forearms ice bath massage

# 7. A sprain that gets worse (5, 6, 7 by day 4) needs an urgent GP.
history < <(soreness ankles 2026-11-16T18:00=5,sprain 2026-11-18T08:00=6 2026-11-20T08:00=7)
suggest_at "2026-11-20 19:00"
rule_is ankles see-clinician worsening warning
ep_of ankles trend '"rising"'
ep_of ankles class '"injury"'

# 8. Weekly hikes, sore the day after each (6, 3, 2, 2), never a 0: each
# bout runs its own course, so no "see a GP, sore for 18 days".
history < <(
    workouts hike 240 5 2026-10-31T09:00 2026-11-07T09:00 2026-11-14T09:00
    soreness quads 2026-11-01T08:00=6 2026-11-08T08:00=3 2026-11-15T08:00=2
    workouts hike 240 5 2026-11-19T09:00
    soreness quads 2026-11-20T08:00=2
)
suggest_at "2026-11-20 19:00"
never quads see-clinician
ep_of quads days 0
ok --now "2026-11-20 19:00" summary --json
json_true 'not any(w["kind"] == "persistent" for w in d["warnings"])'

# 9. Causes: a workout logged after the soreness began explains nothing; of
# several before it, the heaviest is named.
history < <(
    soreness chest 2026-11-20T08:00=5
    workouts strength 60 7 2026-11-20T18:00
)
suggest_at "2026-11-20 19:00"
rule_is chest see-clinician unexplained caution
never chest bath massage
ep_of chest cause null
history < <(
    workouts hike 240 5 2026-11-19T08:00
    workouts run 30 4 2026-11-19T18:00
    soreness calves 2026-11-20T08:00=5
)
suggest_at "2026-11-20 19:00"
ep_of calves cause '{"type": "hike", "at": "2026-11-19T08:00:00Z", "load": 1200}'
json_true 'any("hike session (the heaviest of 2" in s["because"] for s in d["suggestions"] if s["kind"] == "bath")'
# The summary counts an episode's cause once, never a session that does not
# work the region or comes from outside the range.
history < <(
    workouts run 30 5 2026-11-01T08:00 2026-11-16T08:00
    workouts swim 30 5 2026-11-16T12:00
    soreness calves 2026-11-17T08:00=4 2026-11-18T08:00=2
)
ok --now "2026-11-22 19:00" summary --json
json_true '[r["preceded_by"] for r in d["regions"] if r["region"] == "calves"] == [[{"type": "run", "count": 1}]]'

# 10. Monotony does not flip with the hour: today is not a rest day before
# it is over.
python3 - >"$WORK/rides.ndjson" <<'PY'
for day in range(13, 20):
    print('{"kind":"workout","at":"2026-11-%02dT07:00:00Z","type":"cycle","minutes":60,"rpe":5}' % day)
PY
history <"$WORK/rides.ndjson"
suggest_at "2026-11-20 06:00"
rule_is - vary-training monotony caution
suggest_at "2026-11-20 21:00"
rule_is - vary-training monotony caution

# 11. A big week-over-week jump is flagged before 28 days of history exist
# (1940 -> 4135 AU, +113 %; Nielsen et al. 2014).
history < <(
    workouts run 97 5 2026-11-07T07:00 2026-11-09T07:00 2026-11-11T07:00 2026-11-13T07:00
    workouts run 165 5 2026-11-14T07:00 2026-11-15T07:00 2026-11-17T07:00 2026-11-19T07:00
    workouts run 167 5 2026-11-20T07:00
)
suggest_at "2026-11-20 19:00"
rule_is - reduce-load load-jump caution
json_true 'any("+113 %" in s["because"] and "was 4135 AU, up from 1940" in s["because"] for s in d["suggestions"])'

# 13. A short suggest: one entry per region and side, at most two lines
# (what, with the other self-care folded in, and why); mild soreness on one
# line; protein and sleep once, together; --all and --json keep everything.
history < <(
    workouts run 45 8 2026-11-19T18:00
    soreness quads 2026-11-20T08:00=5
    soreness hamstrings 2026-11-20T08:00=8
    soreness calves 2026-11-20T08:00=2
    soreness glutes 2026-11-20T08:00=3
    workouts strength 45 6 2026-11-20T10:00
)
ok --now "2026-11-20 12:00" suggest
same "$(grep -c '^[a-z]' "$OUT")" "6" "entries: hamstrings, quads, glutes and calves, cool-down, protein and sleep, the note"
same "$(grep -c 'protein' "$OUT")" "1" "protein and sleep once"
# Mild soreness of two regions at different scores is one line.
has "glutes, calves: gentle stretches, easy yoga or an easy walk or ride (mild soreness the day after your run session)"
has "20-40 g of protein a meal and 7 h of sleep or more tonight"
# Four sore regions and a session today fit in 14 lines at 80 columns.
script -qec "stty cols 80; RECOV_NOW='2026-11-20 12:00' '$RECOV' suggest" /dev/null | tr -d '\r' >"$OUT"
[ "$(wc -l <"$OUT")" -le 14 ] && pass || fail "$(wc -l <"$OUT") lines: $(cat "$OUT")"
ok --now "2026-11-20 12:00" suggest --all
[ "$(grep -c '^[a-z]' "$OUT")" -gt 10 ] && pass || fail "--all prints every suggestion"
suggest_at "2026-11-20 19:00"
json_true 'len(d["suggestions"]) > 10'
# The demo reads well at 80 columns: its suggest fits in 12 lines and says
# what its summary says (the left calf's 10 days), with sides.
script -qec "stty cols 80; RECOV_NOW='2026-11-20 19:00' '$RECOV' demo" /dev/null | tr -d '\r' >"$OUT"
python3 - "$OUT" <<'PY' || fail "demo suggest longer than 12 lines"
import sys
text = open(sys.argv[1]).read()
block = text.split("$ recov suggest\n")[1].split("\n\n")[0]
print(block)
sys.exit(0 if len(block.splitlines()) <= 12 else 1)
PY
has "left calf: see a GP"
has "because sore for 10 days since"
has "left calf sore for 10 days"
has "right ankle: PRICE"
lacks "right ankle: a warm soak"

# 12. A flag belongs to the region it follows; a comma list works; a flag
# before any region is refused.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok --now "2026-11-20 19:00" sore ankles 6 --flag sprain calves 4 quads 3 --json
json_true '[(e["region"], e.get("flags")) for e in d["entries"]] == [("ankles", ["sprain"]), ("calves", None), ("quads", None)]'
never calves ice
never quads ice
ok --now "2026-11-20 19:05" sore knees 5 --flag swelling,sprain --json
json_true 'd["entries"][0]["flags"] == ["swelling", "sprain"]'
rejects sore --flag sprain ankles 6
err_has "flag 'sprain': comes before any region"
rejects sore ankles 6 --flag sprain,bogus
err_has "flag 'bogus': unknown"

# Sides: paired regions carry one; episodes, advice and warnings keep them
# apart; a region without a side stays as it was.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok --now "2026-11-20 19:00" sore left-ankle 6 --flag sprain right-calf 3 --json
json_true '[(e["region"], e["side"], e.get("flags")) for e in d["entries"]] == [("ankles", "left", ["sprain"]), ("calves", "right", None)]'
json_true '[(s["region"], s["side"], s["kind"]) for s in d["advice"]] == [("ankles", "left", "ice")]'
ok --now "2026-11-20 19:00" sore l-knee 2 right-ankles 1
has "logged #3: left knee 2/10"
has "logged #4: right ankle 1/10"
ok --now "2026-11-20 19:10" sore left-ankle 6
has "left ankle: PRICE"
rejects sore left-chest 3
err_has "chest does not come in pairs"
rejects sore left-elbow 3
ok --now "2026-11-20 19:20" did ice 15m --region left-ankle
has "for left ankle"
rejects did massage --region left-calf --region right-calf
# The place as people say it, and as recov prints an entry back: "for
# calves", "on the left ankle".
ok --now "2026-11-20 19:25" did massage 10m for calves --json
json_true '(d["action"], d["regions"]) == ("massage", ["calves"])'
ok --now "2026-11-20 19:30" did ice 15m on the left ankle --json
json_true '(d["regions"], d["side"]) == (["ankles"], "left")'
rejects did massage 10m for
err_has "expected a place after 'for'"
ok --now "2026-11-20 19:20" history --json
json_true 'any(e.get("side") == "left" and e["kind"] == "recovery" for e in d)'
# A left ankle sore for 8 days warns about the left ankle only, with the
# same days in suggest and summary (logged twice: recov says so).
history < <(
    printf '{"kind":"soreness","at":"2026-11-12T08:00:00Z","region":"ankles","side":"left","score":5}\n'
    printf '{"kind":"soreness","at":"2026-11-20T08:00:00Z","region":"ankles","side":"left","score":4}\n'
    printf '{"kind":"soreness","at":"2026-11-20T08:00:00Z","region":"ankles","score":2}\n'
)
suggest_at "2026-11-20 19:00"
json_true '[(s["side"], s["episode"]["days"]) for s in d["suggestions"] if s["rule"] == "persist"] == [("left", 8)]'
ok --now "2026-11-20 19:00" summary --json
json_true '[(w["side"], w["days"]) for w in d["warnings"]] == [("left", 8)]'
# The Body table keeps sides apart too.
json_true '[(r["region"], r.get("side"), r["peak"]) for r in d["regions"]] == [("ankles", "left", 4), ("ankles", None, 2)]'
ok --now "2026-11-20 19:00" summary
has "left ankle logged sore twice in 8 days"
has "  left ankle     4"
ok --now "2026-11-20 19:00" report -o "$WORK/ankle.html"
grep -q "logged sore</dt><dd>twice in 8 days" "$WORK/ankle.html" && pass ||
    fail "the report counts the logs as summary does: $(grep -o 'sore[^<]*</dt><dd>[^<]*' "$WORK/ankle.html")"
ok --now "2026-11-20 19:00" summary --format csv
has "date,sessions,minutes,load,left ankle,ankles"
# Severe soreness is no reason for bed rest (NHS sciatica and back pain:
# keep moving): the short line says what to rest from, not "rest it".
history < <(
    workouts strength 60 8 2026-11-19T18:00
    soreness quads 2026-11-20T08:00=8
)
ok --now "2026-11-20 09:00" suggest
has "quads: no training for it for 48 h; easy movement is fine"
finish
