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
# hard session, protein and sleep.
ok sore shoulders 3 --at "2026-11-20 08:00"
ok log run 45m --rpe 8
has "logged #2: run 45 min"
has "advice:"
has "glutes, quads, hamstrings, calves, shins: cool down now"
has "eat 20-40 g of protein"
has "sleep 7 h or more tonight"
lacks "shoulders"   # soreness elsewhere is for recov suggest, not for log
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

# An easy session: a cool-down, no protein and sleep advice; a session
# logged long after it ended gets no cool-down.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log walk 30m --rpe 2 --json
json_true '{s["kind"] for s in d["advice"]} == {"cool-down"}'
ok log swim 45m --rpe 4 --at "yesterday 07:00"
lacks "advice:"
ok log swim 45m --rpe 4 --at "yesterday 07:00" --json
json_true '{s["kind"] for s in d["advice"] if s["region"] == "shoulders"} == set()'

# recov sore: advice for the regions just logged only; no warning without a
# red flag.
ok --now "2026-11-21 08:00" sore calves 2 quads 5
has "logged #"
has "calves: gentle stretches"
has "quads: a warm soak or bath"
lacks "chest"
same "$(cat "$ERR")" "" "stderr of an ordinary sore"
ok --now "2026-11-21 08:00" sore calves 2 --json
json_true '{s["region"] for s in d["advice"]} == {"calves"} and "stretch" in [s["kind"] for s in d["advice"]]'

# help names the command and its options.
ok help suggest
has "suggest [--region R]... [--all] [--json]"
ok --help
has "suggest"
finish
