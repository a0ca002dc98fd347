# advice_soreness: ordinary soreness after a workout, by score, and soreness
# that no workout explains.
. "$(dirname "$0")/advice_lib.sh"

# A run yesterday evening works quads, hamstrings, calves, shins and glutes.
history < <(
    workouts run 45 6 2026-11-19T18:00
    for log in calves=2 quads=5 hamstrings=8 glutes=0 shoulders=5 neck=3; do
        soreness "${log%=*}" "2026-11-20T08:00=${log#*=}"
    done
)
suggest_at "2026-11-20 19:00"
# mild (1-3): stretching, yoga, active recovery
must calves stretch yoga active-recovery
never calves bath massage foam-roll rest warm-up see-clinician
rule_is calves stretch mild info
# moderate (4-6): heat, massage or foam rolling, and train it lighter
must quads bath massage foam-roll warm-up
never quads stretch rest see-clinician
rule_is quads bath moderate info
rule_is quads warm-up warm-up caution
# severe (7-10): rest it
must hamstrings rest
never hamstrings bath warm-up stretch
rule_is hamstrings rest severe caution
# 0 is recovered
nothing_for glutes
# No workout worked the shoulders: not explained by exercise.
rule_is shoulders see-clinician unexplained caution
never shoulders bath massage rest
json_true 'any("not explained by exercise" in s["because"] and "circulation" in s["because"]
               for s in d["suggestions"] if s["region"] == "shoulders")'
# Below unexplained_score (4): nothing to say about the neck.
nothing_for neck
# Every suggestion has every documented key, and is ordered by severity.
json_true 'all(set(s) - {"side", "episode"} == {"kind", "region", "severity", "what", "because", "source", "rule"}
               and s["what"] and s["because"] and s["source"] for s in d["suggestions"])'
json_true 'all(("episode" in s) == (s["region"] is not None and s["kind"] != "cool-down") for s in d["suggestions"])'
json_true '[s["severity"] for s in d["suggestions"]] == sorted((s["severity"] for s in d["suggestions"]),
           key=["urgent", "warning", "caution", "info"].index)'

# The same history for a terminal with --all: one line per advice, the most
# important first, lines for several regions merged, each with its reason
# and source.
ok --now "2026-11-20 19:00" suggest --all
same "$(head -c 7 "$OUT")" "caution" "first line of human output"
has "because moderate soreness (5/10) the day after your run session [Wang et al. 2021 (heat)]"
has "quads: a warm soak or bath, 15-20 min, this evening"
has "not a diagnosis"
# Without --all: one entry per region, the self-care folded into one line,
# then why; mild soreness on one line.
ok --now "2026-11-20 19:00" suggest
same "$(head -c 7 "$OUT")" "caution" "first line of the short view"
has "quads: a warm soak, massage, foam rolling or warm up longer next time"
has "because moderate soreness (5/10) the day after your run session [Wang et al. 2021]"
has "calves: gentle stretches, easy yoga or an easy walk or ride (mild soreness (2/10) the day after your run session)"
same "$(grep -c '^[a-z]' "$OUT")" "5" "entries: shoulders, hamstrings, quads, calves, the note"
has "not a diagnosis"

# --region keeps only that region, and no general advice.
suggest_at "2026-11-20 19:00" --region thighs
json_true 'len(d["suggestions"]) > 0 and {s["region"] for s in d["suggestions"]} == {"quads"}'

# A day's self-care logged for a region is not suggested again.
ok --now "2026-11-20 18:00" did bath 20m --region quads
suggest_at "2026-11-20 19:00"
never quads bath
must quads massage

# Three days later the morning's scores are stale: log again to get advice.
suggest_at "2026-11-24 09:00"
nothing_for quads
nothing_for calves

# A workout that worked the region within explain_days before the onset
# explains the soreness; one four days before does not.
history < <(
    workouts strength 60 7 2026-11-16T08:00
    soreness chest 2026-11-20T08:00=5
)
suggest_at "2026-11-20 19:00"
rule_is chest see-clinician unexplained caution
never chest bath
printf '[advice]\nexplain_days = 5\n' >"$WORK/explain.ini"
ok --config "$WORK/explain.ini" --now "2026-11-20 19:00" suggest --json
must chest bath massage
never chest see-clinician

# Soreness of several days is dated from its start, not from the session:
# "3 days after your run session" would read as new soreness from an old run.
export RECOV_DB="$WORK/lasting.db"
ok --now "2026-11-17 19:00" log run 50m --rpe 7 --at "2026-11-17 18:00"
ok --now "2026-11-18 09:00" sore hamstrings 5
ok --now "2026-11-20 09:00" sore hamstrings 5
ok --now "2026-11-20 10:00" suggest --all
has "moderate soreness (5/10) that began Wed 09:00, the day after your run session"
lacks "3 days after your run session"
# Soreness of the session's own day: "today" while it is today, "that day"
# once the log is of an earlier day and says so.
ok --now "2026-11-20 19:00" log run 50m --rpe 7 --at "2026-11-20 17:00"
ok --now "2026-11-20 19:15" sore calves 5
has "moderate soreness (5/10) after your run session today"
ok --now "2026-11-21 08:00" suggest --all
has "moderate soreness (5/10, logged yesterday 19:15) after your run session that day"
unset RECOV_DB

# The grip is worked by rowing and by lifting: sore forearms after either
# are soreness after exercise, not "unexplained: note what you were doing".
for type in row strength climb; do
    export RECOV_DB="$WORK/grip-$type.db"
    ok --now "2026-11-19 07:30" log "$type" 70m --rpe 8
    ok --now "2026-11-20 09:00" sore forearms 6 --json
    must forearms bath massage
    never forearms see-clinician
done
unset RECOV_DB

# The knees, ankles and feet carry every session of the legs: sore knees
# after a run, or feet after a ride, are soreness after exercise; the
# morning check-in still asks about the muscles the run worked.
for type in run cycle; do
    export RECOV_DB="$WORK/joints-$type.db"
    ok --now "2026-11-19 07:30" log "$type" 60m --rpe 7
    ok --now "2026-11-20 09:00" sore knees 4 feet 3 --json
    must knees bath
    never knees see-clinician
    never feet see-clinician
done
same "$(DB=$RECOV_DB sql "SELECT regions FROM reminder WHERE kind = 'checkin'")" \
     "$(( (1 << 10) | (1 << 11) | (1 << 8) | (1 << 12) | (1 << 4) ))" \
     "the ride's check-in asks its muscles, and the back that held the position"
unset RECOV_DB
finish
