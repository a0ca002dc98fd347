# advice_commands: where advice appears: recov log, recov sore, recov suggest.
. "$(dirname "$0")/advice_lib.sh"

# Nothing logged: nothing to suggest, and no database created to say so.
ok suggest
has "nothing to suggest"
[ -e "$DB" ] && fail "suggest created the database" || pass
ok suggest --json
json_true 'd == {"suggestions": []}'

# Bad input is refused before anything is read or written.
rejects suggest --region elbow
err_has "region 'elbow'"
rejects suggest quads
rejects suggest --bogus

# recov log: the cool-down for the regions the session worked and, after a
# hard session, protein and sleep, in the words and order of recov suggest,
# and how many of suggest's entries it left out.
ok sore shoulders 3 --at "2026-11-20 08:00"
ok log run 45m --rpe 8
has "logged #2: run 45 min"
has "advice:"
has "cool down now: 5-10 min easy, then stretches (your run session ended today 19:00)"
has "20-40 g of protein a meal and 7 h of sleep or more tonight"
lacks "shoulders"   # soreness elsewhere is for recov suggest, not for log
lacks "more: recov suggest" # nothing else to suggest
tail -n +3 "$OUT" | head -n 2 >"$WORK/log_lines"
ok suggest
same "$(grep -vF -e shoulders -e 'general information' "$OUT")" "$(cat "$WORK/log_lines")" \
    "log's advice lines are suggest's lines"
ok --now "2026-11-20 19:05" log run 30m --rpe 8 --json
json_true 'd["load"] == 240 and {s["kind"] for s in d["advice"]} == {"cool-down", "protein", "sleep"}'
json_true '(sorted(s["region"] for s in d["advice"] if s["kind"] == "cool-down")
            == sorted(["quads", "hamstrings", "calves", "shins", "glutes"]))'
json_true 'all("ended today 19:05" in s["because"] for s in d["advice"])'
json_true 'all(s["region"] is None for s in d["advice"] if s["kind"] != "cool-down")'

# A stretch after the session is a cool-down: it is no longer suggested.
suggest_at "2026-11-20 19:10"
must quads cool-down
ok --now "2026-11-20 19:20" did stretch 10m
suggest_at "2026-11-20 19:25"
never quads cool-down
never calves cool-down

# What settles the cool-down reminder settles the advice: a logged walk,
# and the actions [remind] cooldown_actions names, which the reason lists.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok --now "2026-11-20 18:00" log run 45m --rpe 7
ok --now "2026-11-20 18:10" log walk 10m --rpe 2
lacks "protein" # the run's, not the easy walk's: suggest has it
suggest_at "2026-11-20 18:15"
must - protein
never quads cool-down
same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown'")" acknowledged "the walk settled the reminder too"
# cool_down_names INI NAMES: at 18:05 every cool-down's reason names NAMES.
cool_down_names() {
    ok --config "$1" --now "2026-11-20 18:05" suggest --json
    json_true 'any(s["kind"] == "cool-down" for s in d["suggestions"]) and all(
               s["because"].endswith("no cool-down (%s) is logged since" % sys.argv[3])
               for s in d["suggestions"] if s["kind"] == "cool-down")' "$2"
}
printf '[remind]\ncooldown_actions = bath foam-roll\n' >"$WORK/bath.ini"
printf '[remind]\ncooldown_actions =\n' >"$WORK/none.ini"
rm -f "$DB" "$DB-wal" "$DB-shm"
ok --config "$WORK/bath.ini" --now "2026-11-20 18:00" log run 45m --rpe 7
cool_down_names "$WORK/bath.ini" "bath or foam-roll"
cool_down_names "$WORK/none.ini" "none counts: [remind] cooldown_actions is empty"
ok --config "$WORK/bath.ini" --now "2026-11-20 18:10" did stretch 10m
ok --config "$WORK/bath.ini" --now "2026-11-20 18:15" suggest --json
must quads cool-down
ok --config "$WORK/bath.ini" --now "2026-11-20 18:20" did bath 15m
ok --config "$WORK/bath.ini" --now "2026-11-20 18:40" suggest --json
never quads cool-down

# A moderate session: a cool-down, no protein and sleep advice; an easy one
# (below RPE 3) was as easy as a cool-down: none, and no reminder either; a
# session logged long after it ended gets no cool-down.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log cycle 30m --rpe 3 --json
json_true '{s["kind"] for s in d["advice"]} == {"cool-down"}'
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log cycle 30m --rpe 2 --json
json_true 'd["advice"] == []'
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown'")" 0 "no cool-down reminder after an easy ride"
# A walk is a cool-down itself: an hour's walk at RPE 4 asks for none; a
# hard hill walk at RPE 6 still does.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log walk 60m --rpe 4 --json
json_true 'd["advice"] == []'
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown'")" 0 "no cool-down reminder after a walk"
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log walk 60m --rpe 6 --json
json_true '{s["kind"] for s in d["advice"]} == {"cool-down"}'
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown'")" 1 "a hard walk asks for one"
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log walk 30m --rpe 2
ok log swim 45m --rpe 4 --at "yesterday 07:00"
lacks "advice:"
ok log swim 45m --rpe 4 --at "yesterday 07:00" --json
json_true '{s["kind"] for s in d["advice"] if s["region"] == "shoulders"} == set()'
# The moment for a cool-down ends cooldown_hours (2) after the session, for
# the advice and the reminder alike: a ride logged 2.5 h after it ended gets
# neither; one logged at once gets a reminder that expires 2 h after the
# end (not cooldown_life after it was due), when suggest stops offering it.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log cycle 30m --rpe 5 --at "16:00" --json
json_true '"cool-down" not in {s["kind"] for s in d["advice"]}'
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown'")" 0 "no reminder after the moment"
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log cycle 30m --rpe 5
ok remind list --json
json_true '[r["expires_at"] for r in d if r["kind"] == "cooldown"] == ["2026-11-20T21:00:00Z"]'
suggest_at "2026-11-20 20:59"
must quads cool-down
suggest_at "2026-11-20 21:00"
never quads cool-down
RECOV_NOW="2026-11-20 21:00" ok remind list --all
has "expired"

# recov sore: advice for the regions just logged only; no warning without a
# red flag.
ok --now "2026-11-21 08:00" sore calves 2 quads 5
has "logged #"
has "calves: gentle stretches"
has "quads: a warm soak, massage, foam rolling"
lacks "chest"
same "$(cat "$ERR")" "" "stderr of an ordinary sore"
ok --now "2026-11-21 08:00" sore calves 2 --json
json_true '{s["region"] for s in d["advice"]} == {"calves"} and "stretch" in [s["kind"] for s in d["advice"]]'

# A referral stands in every command's advice, whatever region was logged:
# the lower back sore with no workout behind it shows after a log of the neck,
# and 'advice:' never stands alone.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok --now "2026-11-10 08:00" sore lower-back 6
ok --now "2026-11-10 09:00" sore neck 2
has "caution  lower-back: note what you were doing; a clinician if it persists"
lacks "more: recov suggest"

# A run on a fresh sprain: log says PRICE for the ankle it loaded (a run
# works the leg, not the ankle as such); a swim leaves the leg alone.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok --now "2026-11-20 18:00" sore right-ankle 6 --flag sprain,swelling
ok --now "2026-11-21 18:00" log run 30m --rpe 6
has "caution  right ankle: PRICE: rest, ice, compress, elevate"
ok --now "2026-11-21 19:00" log swim 30m --rpe 6
lacks "PRICE"

# help names the command and its options.
ok help suggest
has "suggest [--region R]... [--all] [--json]"
ok --help
has "suggest"
finish
