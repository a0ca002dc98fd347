# warnings_agree: a red flag or soreness that lasts reads the same in every
# view: the summary's warning (text, --json, the report) names the rule that
# suggest put first for that region when the flag was logged, and ends with
# that rule's brief (PRICE with the time it holds), which sore's stderr
# warning starts with.
RECOV_NOW="2026-11-20 19:00"
. "$(dirname "$0")/lib.sh"

# case NAME RULE REGION SCORE FLAGS WORKOUT: a fresh log with WORKOUT ("-":
# none, else a run) on 2026-11-19 and REGION at SCORE with FLAGS the next
# morning; then every view at 09:00.
case_agrees() {
    local name=$1 rule=$2 region=$3 score=$4 flags=$5 workout=$6
    export RECOV_DB="$WORK/$name.db"
    {
        if [ "$workout" != - ]; then workouts run 60 6 2026-11-19T07:00; fi
        soreness "$region" "2026-11-20T08:00=$score,$flags"
    } >"$WORK/$name.ndjson"
    ok import "$WORK/$name.ndjson"
    ok --now "2026-11-20 09:00" suggest --json
    json_true '[s["rule"] for s in d["suggestions"] if s["region"] == sys.argv[3]][:1] == [sys.argv[4]]' \
        "$region" "$rule"
    ok --now "2026-11-20 09:00" summary :week --json
    json_true '[(w["kind"], w["rule"]) for w in d["warnings"]] == [("red-flag", sys.argv[3])]' "$rule"
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["warnings"][0]["message"])' \
        "$OUT" >"$WORK/$name.message"
    local brief
    brief=$(sed 's/^[^:]*: //; s/, until [0-9-]* [0-9:]*$//' "$WORK/$name.message")
    # PRICE says how long it holds: 72 h from the sprain logged at 08:00.
    if [ "$rule" = acute-injury ]; then
        same "$(grep -o ', until .*' "$WORK/$name.message")" ", until 2026-11-23 08:00" \
            "$name: PRICE until the end of the injury's first 72 h"
    fi
    # The same brief is the short advice line sore prints for the region.
    ok --now "2026-11-20 09:00" sore "$region" "$score" --flag "$flags"
    has "$region: $brief"
    if grep -qF -- "recov: warning: $region: $brief, because " "$ERR" || [ "$rule" = acute-injury ]; then
        pass
    else
        fail "$name: sore's warning is not '$brief': $(cat "$ERR")"
    fi
    # The report: the same line, cited to the rule's source.
    ok --now "2026-11-20 09:00" report :week -o "$WORK/$name.html"
    if grep -qF -- "$(sed 's/&/\&amp;/g' "$WORK/$name.message") <span class=\"source\">[" "$WORK/$name.html"
    then pass; else fail "$name: the report words the warning otherwise"; fi
    unset RECOV_DB
}

case_agrees cauda cauda-equina lower-back 6 saddle-numbness run
case_agrees urine dark-urine quads 6 dark-urine run
case_agrees clot dvt calves 5 swelling -
case_agrees severe severe-injury ankles 8 sprain run
case_agrees sprain acute-injury ankles 4 sprain run
case_agrees backsprain sprained-back lower-back 4 sprain run
case_agrees sharp unexplained-swelling chest 5 sharp -
case_agrees sharpsevere severe-injury chest 8 sharp -
case_agrees nerve nerve lower-back 5 numbness run
case_agrees numb numbness quads 3 numbness run
case_agrees tingle tingling calves 3 tingling run

# course_agrees NAME REGION RULE KIND: the log NAME.ndjson imported, seen
# on 2026-11-19 09:00: suggest puts RULE first for REGION, and the summary's
# one warning beside any red flag's is of KIND and names RULE.
course_agrees() {
    export RECOV_DB="$WORK/$1.db"
    ok import "$WORK/$1.ndjson"
    ok --now "2026-11-19 09:00" suggest --json
    json_true '[s["rule"] for s in d["suggestions"] if s["region"] == sys.argv[3]][:1] == [sys.argv[4]]' \
        "$2" "$3"
    ok --now "2026-11-19 09:00" summary :week --json
    json_true '([(w["kind"], w["rule"]) for w in d["warnings"] if w["kind"] != "red-flag"]
                == [(sys.argv[3], sys.argv[4])])' "$4" "$3"
}

# Soreness that lasts: the persist rule, in suggest, the summary and sore.
{
    workouts run 60 7 2026-11-09T07:00
    for d in 10 11 12 13 14 15 16 17 18 19; do soreness quads "2026-11-${d}T08:00=4"; done
} >"$WORK/persist.ndjson"
course_agrees persist quads persist persistent
json_true 'd["warnings"][0]["message"].endswith("; see a GP or physiotherapist")'
ok --now "2026-11-19 09:00" sore quads 4
err_has "recov: warning: quads: see a GP or physiotherapist, because "

# Soreness that climbs after its usual peak: the rising rule in suggest, the
# summary's "not settling" warning, the report and sore's stderr.
{
    workouts run 60 6 2026-11-15T07:00
    soreness calves 2026-11-16T08:00=3 2026-11-17T08:00=4 2026-11-19T08:00=6
} >"$WORK/rising.ndjson"
course_agrees rising calves rising not-settling
json_true 'd["warnings"][0]["message"] == "calves not settling: 3/10 on 2026-11-16, up to 6/10 on 2026-11-19; see a GP or physiotherapist: it got worse after its usual peak"'
ok --now "2026-11-19 09:00" report :week -o "$WORK/rising.html"
if grep -qF "calves not settling: 3/10 on 2026-11-16" "$WORK/rising.html" &&
    ! grep -qF "no soreness beyond the usual time course" "$WORK/rising.html"
then pass; else fail "the report does not warn of the rising calves"; fi
ok --now "2026-11-19 09:00" sore calves 6
err_has "recov: warning: calves: see a GP or physiotherapist: it got worse after its usual peak, because "
# The same climb begun the week before: this week's Body row holds only 4
# and 5, and still says rising beside the warning, not flat.
{
    workouts run 60 6 2026-11-13T07:00
    soreness calves 2026-11-14T08:00=3 2026-11-16T08:00=4 2026-11-18T08:00=5
} >"$WORK/carried.ndjson"
course_agrees carried calves rising not-settling
json_true '[(r["region"], r["peak"], r["trend"]) for r in d["regions"]] == [("calves", 5, "rising")]'
# An injury getting worse: suggest's worsening rule is the summary's warning
# too, beside the PRICE of its red flag.
{
    workouts run 60 6 2026-11-17T07:00
    soreness ankles 2026-11-17T19:00=3,sprain 2026-11-19T08:00=6
} >"$WORK/worse.ndjson"
course_agrees worse ankles worsening not-settling
json_true '[w["message"] for w in d["warnings"] if w["kind"] == "not-settling"] == ["ankles not settling: 3/10 on 2026-11-17, up to 6/10 on 2026-11-19; urgent GP appointment or 111: it is getting worse"]'
# A sprain that got a little better, then stayed moderately painful past the
# 2 weeks in which most heal: no other rule refers it, and no view may say it
# is "not settling" (it did get better) or fall silent.
{
    workouts run 60 6 2026-11-04T07:00
    soreness ankles 2026-11-04T19:00=6,sprain 2026-11-06T08:00=4 2026-11-12T08:00=4 \
        2026-11-18T08:00=4
} >"$WORK/slow.ndjson"
course_agrees slow ankles slow-healing not-settling
json_true '[w["message"] for w in d["warnings"] if w["kind"] == "not-settling"] == ["ankles slow to heal: 6/10 on 2026-11-04, still 4/10 on 2026-11-18; see a GP or physiotherapist: most heal within 2 weeks"]'
ok --now "2026-11-19 09:00" suggest
has "ankles: see a GP or physiotherapist: most heal within 2 weeks"
has "sprain logged 2026-11-04 and still 4/10 14 days later"
# Until it is checked, no strenuous exercise: not "warm up longer next time"
# (a warm-up rule that says to train it, lighter) beside the referral.
lacks "warm up"
ok --now "2026-11-19 09:00" suggest --json
json_true '"warm-up" not in [s["kind"] for s in d["suggestions"]]'
# One climbing past the 2 weeks is getting worse, said once: suggest does
# not add the slow-healing line the summary leaves out.
{
    workouts run 60 6 2026-11-04T07:00
    soreness ankles 2026-11-04T19:00=3,sprain 2026-11-11T08:00=4 2026-11-18T08:00=6
} >"$WORK/climbing.ndjson"
course_agrees climbing ankles worsening not-settling
ok --now "2026-11-19 09:00" suggest --json
json_true '[s["rule"] for s in d["suggestions"] if s["kind"] == "see-clinician"] == ["worsening"]'
# A day short of the 2 weeks, the same scores refer nothing yet.
{
    workouts run 60 6 2026-11-05T07:00
    soreness ankles 2026-11-05T19:00=6,sprain 2026-11-07T08:00=4 2026-11-18T08:00=4
} >"$WORK/healing.ndjson"
export RECOV_DB="$WORK/healing.db"
ok import "$WORK/healing.ndjson"
ok --now "2026-11-18 09:00" suggest --json
json_true '[s["rule"] for s in d["suggestions"] if s["kind"] == "see-clinician"] == []'
finish
