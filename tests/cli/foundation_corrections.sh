# foundation_corrections: likely duplicates are named, names match without
# regard to case, history shows nothing after now and filters by region.
. "$(dirname "$0")/lib.sh"

# Likely duplicates are stored, and named on stderr (0.1 took three
# overlapping runs within one hour silently).
ok log run 45m --rpe 7 --at 18:00
same "$(wc -c <"$ERR")" "0" "a first run is no duplicate"
ok log run 45m --rpe 7 --at 18:10
err_has "looks like #1 (run at 2026-11-20 18:00); 'recov undo' if it was a mistake"
ok log run 45m --rpe 7 --at 18:15
err_has "looks like #2 (run at 2026-11-20 18:10)"
same "$(count)" "3" "duplicates are stored"
ok log walk 30m --at 18:00
same "$(wc -c <"$ERR")" "0" "another type is no duplicate"
ok log run 30m --at 16:00
same "$(wc -c <"$ERR")" "0" "a run an hour before is no duplicate"
ok sore quads 3 calves 2
same "$(wc -c <"$ERR")" "0" "first soreness"
ok sore quads 4
err_has "looks like #6 (quads at 2026-11-20 19:00)"
ok undo
same "$(count "region = 'quads'")" "1" "undo takes the duplicate back"

# The longest session there can be (24 hours) still overlaps what is
# logged in its last hour; the day before it, nothing does.
ok log hike 24h --rpe 4 --at "2026-11-17 08:00"
ok log hike 30m --rpe 4 --at "2026-11-18 07:40"
err_has "(hike at 2026-11-17 08:00); 'recov undo' if it was a mistake"
ok log hike 30m --rpe 4 --at "2026-11-16 07:00"
same "$(wc -c <"$ERR")" "0" "a hike the day before a day-long one is no duplicate"
ok undo
ok undo
ok undo

# Names are matched without regard to case and stored in their canonical
# spelling (0.1 refused 'Quads' and 'Run').
ok sore Quads 2 --flag Sharp
same "$(sql "SELECT region, flags FROM entry ORDER BY id DESC LIMIT 1")" "quads|1" "Quads"
ok log Run 30m --at 12:00
same "$(sql "SELECT type FROM entry ORDER BY id DESC LIMIT 1")" "run" "Run"
ok did Stretch 5m --region LEGS
same "$(sql "SELECT action FROM entry ORDER BY id DESC LIMIT 1")" "stretch" "Stretch"
ok history --region Calves
has "calves sore 2/10"

# history lists only what happened at or before now (0.1 listed entries
# after a --now in the past).
ok --now "2026-11-20 18:05" history
has "#1 "
lacks "#2 "
lacks "#6 "
ok --now "2026-11-20 18:05" history --json
json_true 'all(e["at"] <= "2026-11-20T18:05:00Z" for e in d) and len(d) > 0'

# --region and --kind filters.
ok history --region quads --json
json_true 'd and all(e["kind"] == "soreness" and e["region"] == "quads" or e["kind"] == "recovery" and "quads" in e.get("regions", []) for e in d)'
ok history --region legs --kind recovery --json
json_true '[e["action"] for e in d] == ["stretch"]'
rejects history --region elbow
err_has "region 'elbow'"
# A side as sore takes it: that side's logs and those without a side.
ok sore left-knee 4 right-knee 2 knees 1
ok history --region left-knee --json
json_true 'sorted((e["region"], e.get("side", "")) for e in d if e["kind"] == "soreness") == [("knees", ""), ("knees", "left")]'
ok history --region r-knee
has "right knee sore 2/10"
lacks "left knee"
rejects history --region left-core
# A kind by the command that logs it, as a person thinks of it.
ok history --kind sore --json
json_true 'd and all(e["kind"] == "soreness" for e in d)'
ok history --kind did --json
json_true '[e["action"] for e in d] == ["stretch"]'
# A filter that finds nothing says what it looked for.
ok history :1d --kind wellness --region knees
has "no wellness entries for knees in this range"
rejects history --kind sores
err_has "expected workout, soreness, recovery or wellness (or the command that logs it: log, sore, did, well)"
finish
