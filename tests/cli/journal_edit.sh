# journal_edit: edit changes an entry's values in one operation; undo gives
# the previous values back; bad input changes nothing.
. "$(dirname "$0")/lib.sh"

ok log run 45m --rpe 7
ok sore quads 6
ok did stretch 10m --note "after the run"
uid1=$(sql "SELECT uid FROM entry WHERE id = 1")

# A workout: time, duration, effort, type, distance.
ok edit 1 --rpe 4 --minutes 30 --distance 5.5 --at "18:00"
has "was #1"
has "run 45 min, RPE 7"
has "now #1"
has "run 30 min, RPE 4, load 120, 5.5 km"
has "no longer advised:"
has "protein"
same "$(sql "SELECT minutes, rpe, rpe_estimated, distance_km, at FROM entry WHERE id = 1")" \
    "30|4|0|5.5|$(epoch '2026-11-20 18:00Z')" "workout edited"
same "$(sql "SELECT uid FROM entry WHERE id = 1")" "$uid1" "an edit keeps the uid"
ok edit 1 --type cycle --duration 1h
same "$(sql "SELECT type, minutes FROM entry WHERE id = 1")" "cycle|60" "type and duration"
# A sport's name is the type import counts it as: a ride is a cycle.
ok edit 1 --type ride
same "$(sql "SELECT type FROM entry WHERE id = 1")" "cycle" "--type ride"

# Soreness: score, region with a side, flags on and off.
ok edit 2 --score 3 --region left-ankle --flag sharp --flag swelling --json
json_true 'd["action"] == "edit" and d["changed"][0]["before"]["score"] == 6 and d["changed"][0]["after"] == dict(d["changed"][0]["after"], region="ankles", side="left", score=3, flags=["sharp", "swelling"])'
json_true 'any(a["region"] == "ankles" and a.get("side") == "left" for a in d["advice_added"]) and any(a["region"] == "quads" for a in d["advice_removed"])'
ok edit 2 --no-flag sharp --region quads
same "$(sql "SELECT region, side IS NULL, flags FROM entry WHERE id = 2")" "quads|1|2" "flag taken off"

# Recovery: action, regions, note.
ok edit 3 --action bath --region legs --no-note
same "$(sql "SELECT action, regions > 0, note IS NULL FROM entry WHERE id = 3")" "bath|1|1" "recovery edited"
ok edit 3 --note "in the evening"
same "$(sql "SELECT note FROM entry WHERE id = 3")" "in the evening" "note"

# Undo gives the previous values back, one edit at a time; redo repeats.
ok undo
same "$(sql "SELECT note IS NULL FROM entry WHERE id = 3")" "1" "undo of the note edit"
ok undo
same "$(sql "SELECT action, regions, note FROM entry WHERE id = 3")" "stretch|0|after the run" "undo of the action edit"
ok redo
same "$(sql "SELECT action FROM entry WHERE id = 3")" "bath" "redo of the action edit"

# Values that are already there: nothing is written.
before=$(db_sum)
ok edit 3 --action bath
has "nothing changed"
same "$(db_sum)" "$before" "an edit to the same values wrote"

# Bad input: exit 2, one line, the database unchanged.
rejects edit 1 --score 3;              err_has "#1 is a workout entry"
rejects edit 2 --rpe 3;                err_has "soreness entry"
rejects edit 3 --type run;             err_has "recovery entry"
rejects edit 1 --rpe 11;               err_has "rpe '11'"
rejects edit 1 --minutes 0;            err_has "duration '0'"
rejects edit 1 --type kayak;           err_has "workout type 'kayak'"
rejects edit 1 --at tomorrow;          err_has "tomorrow"
# Entry 1 is now 30 min from 18:00: an hour from 18:30 would end at 19:30.
rejects edit 1 --minutes 1h --at 18:30; err_has "end '2026-11-20 19:30': a 1 h cycle from 2026-11-20 18:30"
rejects edit 1 --minutes 2h;           err_has "would end in the future"
# A duration typed with spaces but no quotes: the option took its first word.
rejects edit 1 --minutes 1 h 30;       err_has "a duration with spaces goes in quotes, e.g. --minutes '1 h 30'"
rejects edit 3 --at 18:55;             err_has "a 10 min bath from 2026-11-20 18:55"
rejects edit 2 --region legs;          err_has "one"
rejects edit 2 --region left-neck;     err_has "does not come in pairs"
rejects edit 2 --flag limp;            err_has "flag 'limp'"
rejects edit 3 --action nap;           err_has "action 'nap'"
rejects edit 3 --note x --no-note;     err_has "one of them"
rejects edit 1;                        err_has "nothing to change"
rejects edit 99 --rpe 3;               err_has "no such entry"
rejects edit x --rpe 3;                err_has "id 'x'"
finish
