# foundation_log: log, sore, did, history, rm and undo as a user types them.
. "$(dirname "$0")/lib.sh"
NOW=$(epoch "2026-11-20 19:00Z")

# log: id and session load; the session ended now unless --at says otherwise.
ok log run 45m --rpe 7
has "logged #1:"; has "session load 315"; lacks "estimated"
same "$(sql "SELECT type, minutes, rpe, rpe_estimated, at FROM entry WHERE id = 1")" \
     "run|45|7|0|$((NOW - 2700))" "log run 45m --rpe 7"

ok log strength 1h
has "logged #2:"; has "estimated"; has "session load 420"
same "$(sql "SELECT rpe, rpe_estimated FROM entry WHERE id = 2")" "7|1" "estimated RPE"

ok log cycle 1h30m --rpe 4 --at "yesterday 07:00" --distance 40.5
# An entry not of just now says when it is, so a time typed wrong shows.
has "logged #3 (yesterday 07:00): cycle 1 h 30 min"
same "$(sql "SELECT minutes, at, distance_km FROM entry WHERE id = 3")" \
     "90|$(epoch "2026-11-19 07:00Z")|40.5" "--at and --distance"
ok log swim 30 --rpe 5 --at "2h ago"
same "$(sql "SELECT minutes, at FROM entry WHERE id = 4")" "30|$((NOW - 7200))" "bare minutes"
ok log walk 90min --rpe 2 --at 2026-11-20T08:00:00+01:00
same "$(sql "SELECT minutes, at FROM entry WHERE id = 5")" "90|$(epoch "2026-11-20 07:00Z")" "offset"
ok log hike 2h --at wed --rpe 5
has "logged #6 (Wed 19:00): hike"
same "$(sql "SELECT at FROM entry WHERE id = 6")" "$(epoch "2026-11-18 19:00Z")" "weekday"
ok log run 45m --rpe 6 --json
json_true 'd["id"] == 7 and d["load"] == 270 and d["type"] == "run" and d["kind"] == "workout"'
# A sport's name, as people say it, is logged as the type an import gives
# it, and the line says which: a ride is a cycle, a jog a run.
ok --db "$WORK/sports.db" log ride 1h --rpe 5
has "logged #1: cycle 1 h"
ok --db "$WORK/sports.db" log Trail-Running 40m --rpe 6 --at "today 09:00"
has "run 40 min"
same "$(sqlite3 "$WORK/sports.db" "SELECT type FROM entry ORDER BY id")" "cycle
run" "sports logged as their types"

# sore: aliases expand; a flag and a note apply to every region of the command.
ok sore thighs 4 back 3
has "quads 4/10"; has "lower-back 3/10"
same "$(sql "SELECT group_concat(region || '=' || score, ' ') FROM entry WHERE kind = 'soreness'")" \
     "quads=4 lower-back=3" "thighs and back"
ok sore waist 2
same "$(sql "SELECT region FROM entry WHERE id = (SELECT max(id) FROM entry)")" "lower-back" "waist"
ok sore legs 5 --flag swelling --flag sharp --note "after hills"
same "$(sql "SELECT group_concat(region || ':' || score || ':' || flags || ':' || note, ' ') \
             FROM entry WHERE id > 10")" \
     "quads:5:3:after hills hamstrings:5:3:after hills calves:5:3:after hills" "legs"
same "$(sql "SELECT count(DISTINCT batch) FROM entry WHERE id > 10")" "1" "one batch"

# undo removes everything the last command added, and only that.
ok undo
same "$(grep -c '^removed' "$OUT")" "3" "undo lines"
same "$(count "id > 10")" "0" "undo removed the legs entries"
same "$(count)" "10" "undo left the rest"

# did: an action, an optional duration and the regions it was for.
ok did bath 20m --region legs --region back --note "warm, not hot"
# Ids are never handed out twice: the undone #11-#13 stay unused.
has "#14"
has "logged #14: bath 20 min for" # it ended just now: no time to name
same "$(sql "SELECT action, minutes, regions, at, note FROM entry WHERE kind = 'recovery'")" \
     "bath|20|$(( (1 << 10) | (1 << 11) | (1 << 12) | (1 << 4) ))|$((NOW - 1200))|warm, not hot" "did"
ok did stretch
same "$(sql "SELECT minutes, regions, at FROM entry WHERE id = (SELECT max(id) FROM entry)")" \
     "0|0|$NOW" "did without duration"

# Notes are stored verbatim, whatever they contain.
NOTE="it's \"fine\"; DROP TABLE entry; -- 100% done, é"
ok log yoga 20m --rpe 2 --note "$NOTE"
same "$(sql "SELECT note FROM entry WHERE id = (SELECT max(id) FROM entry)")" "$NOTE" "note verbatim"
same "$(count)" "13" "entries after the note"

# history: newest first, ids shown, --json with the documented keys.
ok history
has "#1 "; has "run 45 min, RPE 7, load 315"; has "RPE 7 (estimated)"; has "$NOTE"
same "$(head -1 "$OUT" | cut -c1-3)" "#15" "newest first (the stretch, at 19:00)"
ok history :all --json
json_true 'len(d) == 13 and [e["id"] for e in d][:5] == [15, 10, 9, 8, 16]'
json_true 'all(d[i]["at"] >= d[i + 1]["at"] for i in range(len(d) - 1))'
json_true 'all({"id", "kind", "at"} <= set(e) for e in d)'
json_true 'all({"type", "minutes", "rpe"} <= set(e) for e in d if e["kind"] == "workout")'
json_true 'all({"region", "score"} <= set(e) for e in d if e["kind"] == "soreness")'
json_true 'all({"action"} <= set(e) for e in d if e["kind"] == "recovery")'
json_true '[e for e in d if e["id"] == 2][0]["rpe_estimated"] is True'
json_true '"rpe_estimated" not in [e for e in d if e["id"] == 1][0]'
json_true '[e for e in d if e["id"] == 1][0]["at"] == "2026-11-20T18:15:00Z"'
json_true '[e for e in d if e["kind"] == "recovery"][1]["regions"] == ["lower-back", "quads", "hamstrings", "calves"]'
json_true '[e for e in d if e["kind"] == "recovery"][1]["minutes"] == 20'
json_true '[e for e in d if e["id"] == 16][0]["note"] == sys.argv[3]' "$NOTE"
ok history yesterday --json
json_true '[e["id"] for e in d] == [3]'
ok history --kind soreness --json
json_true 'sorted(e["region"] for e in d) == ["lower-back", "lower-back", "quads"]'

ok history 2026-11-18..2026-11-19 --json
json_true '[e["id"] for e in d] == [3, 6]'
ok history :week --kind workout --json
json_true 'sorted(e["id"] for e in d) == [1, 2, 3, 4, 5, 6, 7, 16]'
rejects history 2026-11-19..2026-11-18; err_has "starts after it ends"
rejects history :fortnight

# Days are local: 00:30 in Berlin is still the day before in UTC.
TZ=Europe/Berlin ok log walk 30m --rpe 2 --at "2026-11-20 00:30"
same "$(sql "SELECT at FROM entry WHERE id = 17")" "$(epoch "2026-11-19 23:30Z")" "local --at"
TZ=Europe/Berlin ok history 2026-11-20 --kind workout --json
json_true '17 in [e["id"] for e in d]'
ok history 2026-11-20 --kind workout --json
json_true '14 not in [e["id"] for e in d]'
ok rm 14

# rm removes exactly the ids given, or none of them.
rejects rm 1 999
same "$(count "id = 1")" "1" "a failed rm removed nothing"
ok rm 1
has "removed #1"
same "$(count "id = 1")" "0" "rm 1"
same "$(count)" "12" "rm removed one"
ok rm 2 3
same "$(count "id IN (2, 3)")" "0" "rm 2 3"

# An action for one side reads as a person says it.
ok did ice 15m --region right-ankle
ok history
has "ice 15 min for right ankle"

# The places may follow the action as sore takes them, the duration
# anywhere among them; the same entry as with --region.
ok --now "2026-11-20 18:00" did massage calves 15m legs
has "massage 15 min for"
ok --now "2026-11-20 18:30" did massage 15m --region calves --region legs
same "$(sql "SELECT action, minutes, regions, at FROM entry WHERE kind = 'recovery' AND action = 'massage' ORDER BY id")" \
     "massage|15|$(sql "SELECT regions FROM entry WHERE action = 'massage' ORDER BY id LIMIT 1")|$(epoch '2026-11-20 17:45Z')
massage|15|$(sql "SELECT regions FROM entry WHERE action = 'massage' ORDER BY id LIMIT 1")|$(epoch '2026-11-20 18:15Z')" "did with places"
same "$(sql "SELECT regions FROM entry WHERE action = 'massage' ORDER BY id LIMIT 1")" \
     "$(( (1 << 10) | (1 << 11) | (1 << 12) ))" "calves and legs"

# Part of an hour, as a watch shows it: 1.5h is 90 min.
ok --now "2026-11-20 18:40" log run 1.5h --rpe 5 --json
json_true 'd["minutes"] == 90'
ok undo
# Sleep as an action points to where a night is read from.
ok --now "2026-11-20 18:40" did sleep 1h
has "(a night for the advice and the summary: 'recov well --sleep 1h00')"
ok undo
# A time no action lasts is a unit typed wrong: did and edit refuse it with
# what would be right (an import takes what an export holds, to round-trip
# entries written before the bound); rest and sleep may fill a day.
rejects --now "2026-11-20 18:40" did bath 20h
err_has "recov: duration '20h': too long for bath (at most 3 h); did you mean '20m'?"
ok --now "2026-11-20 18:40" did rest 10h
ok undo
ok --now "2026-11-20 18:40" did ice 15m
rejects --now "2026-11-20 18:40" edit "$(sql "SELECT max(id) FROM entry")" --minutes 3h
err_has "duration '3h': too long for ice (at most 2 h)"
ok undo
# A duration as recov writes it, in words: "1 h 30 min", "20 min".
ok --now "2026-11-20 18:40" log run 1 h 30 min --rpe 5 --json
json_true 'd["minutes"] == 90'
ok undo
ok --now "2026-11-20 18:40" did walk 20 min left calf --json
json_true 'd["minutes"] == 20 and d["regions"] == ["calves"] and d["side"] == "left"'
ok undo
# A word that is neither part of the duration nor an option is named, and
# minutes do not take a bare number after them (45m7 is not 52 min).
rejects --now "2026-11-20 18:40" log run 45m rpe 7
err_has "log: 'rpe' after the duration: options start with --, e.g. 'recov log run 45m --rpe 7'"
rejects --now "2026-11-20 18:40" log run 45 min 7
err_has "'7' after the duration"
rejects --now "2026-11-20 18:40" log run 45m7
err_has "duration '45m7': not a duration"

# A place as a person says it: "left calf" and "lower back" in two words,
# "Left Calf" in one; a flag still belongs to the place before it.
before=$(sql "SELECT max(id) FROM entry")
ok --now "2026-11-20 19:00" sore left calf 4 --flag swelling lower back 3 "Right Calf" 2
has "logged #"
same "$(sql "SELECT region, side, score, flags FROM entry WHERE id > $before ORDER BY id")" \
     "calves|left|4|2
lower-back||3|0
calves|right|2|0" "two-word places"
# Flags as words after the score, as the check-in takes them, with a
# --flag after them for the same place.
before=$(sql "SELECT max(id) FROM entry")
ok --now "2026-11-20 19:01" sore right ankle 5 sprain swelling --flag sharp neck 2 tingling
has "right ankle 5/10 (moderate; sharp, swelling, sprain)"
same "$(sql "SELECT region, side, score, flags FROM entry WHERE id > $before ORDER BY id")" \
     "ankles|right|5|19
neck||2|8" "flags as words"
ok undo
ok --now "2026-11-20 19:05" did stretch 5m left calf
has "stretch 5 min for left calf"
rejects --now "2026-11-20 19:06" sore left 4
err_has "a side needs the region it is for, e.g. 'left calf'"
# The score typed first: the message shows the order.
rejects --now "2026-11-20 19:06" sore 5 left calf
err_has "'5': a region goes first, then its score, e.g. 'recov sore left-calf 5'"

# The everyday singulars a person types first.
ok sore left thigh 2
same "$(sql "SELECT region || ' ' || side FROM entry WHERE id = (SELECT max(id) FROM entry)")" \
     "quads left" "left thigh"
ok undo
ok sore toes 2
same "$(sql "SELECT region FROM entry WHERE id = (SELECT max(id) FROM entry)")" "feet" "toes"
ok undo
finish
