#!/usr/bin/env bash
# remind_settle: what the log has done is never asked for; settled notices close; adherence.
source "$(dirname "$0")/remind_lib.sh"

# The notices counted here are the sessions' and the warnings'; the morning
# check-in a region still sore brings is remind_checkin's.
config "[checkin]" "mornings = sessions"
server
rid() { sql "SELECT max(id) FROM reminder WHERE kind = '$1'"; }

# 19:00 a run ends, 19:02 a stretch is logged: the cool-down is done, in the
# same command, and the next morning's run shows nothing about it.
ok log run 45m --rpe 4
cool=$(rid cooldown)
same "$(state "$cool")" pending "cool-down pending after the run"
RECOV_NOW="2026-11-20 19:02" ok did stretch 10m
same "$(state "$cool")" acknowledged "stretch settles the cool-down"
same "$(sql "SELECT done_at - strftime('%s', '2026-11-20 19:02') FROM reminder WHERE id = $cool")" 0 \
    "done when the stretch ended"
RECOV_NOW="2026-11-21 09:00" ok remind run
same "$(calls)" 0 "no cool-down 14 h late"

# A stretch logged before the run, or the run itself, settles nothing (a
# brisk walk at RPE 5 still asks for a cool-down).
RECOV_NOW="2026-11-21 17:00" ok did stretch 10m
RECOV_NOW="2026-11-21 18:00" ok log walk 40m --rpe 5
walk=$(rid cooldown)
same "$(state "$walk")" pending "a walk does not settle its own cool-down"

# `log walk` after a run counts as a cool-down too (a workout type listed in
# cooldown_actions).
RECOV_NOW="2026-11-21 19:00" ok log run 30m --rpe 4
run2=$(rid cooldown)
RECOV_NOW="2026-11-21 19:20" ok log walk 15m --rpe 2
same "$(state "$run2")" acknowledged "a walk logged after the run settles its cool-down"

# A shown cool-down settled later: its notice is closed by the next run.
RECOV_NOW="2026-11-22 10:00" ok log cycle 60m --rpe 4
cyc=$(rid cooldown)
RECOV_NOW="2026-11-22 10:05" ok remind run
has "sent #$cyc cooldown"
nid=$(sql "SELECT notify_id FROM reminder WHERE id = $cyc")
[ -n "$nid" ] && pass || fail "no notification id stored"
RECOV_NOW="2026-11-22 10:20" ok did foam-roll 10m
same "$(state "$cyc")" acknowledged "foam-roll after the notice settles it"
RECOV_NOW="2026-11-22 10:21" ok remind run
closed_id "$nid" && pass || fail "settled cool-down's notice not closed: $(closes)"

# Fri 19:00 a hard run; Sat 07:30 quads and calves logged: the 09:00
# check-in is answered and never shown.
RECOV_NOW="2026-11-27 19:00" ok log run 45m --rpe 7
chk=$(rid checkin)
RECOV_NOW="2026-11-27 19:05" ok did walk 10m
RECOV_NOW="2026-11-28 07:30" ok sore quads 3 calves 2
same "$(state "$chk")" acknowledged "soreness that morning answers the check-in"
before=$(calls)
RECOV_NOW="2026-11-28 09:00" ok remind run
same "$(calls)" "$before" "answered check-in not shown"

# A 0 counts; soreness the evening of the run is not the next day's answer.
RECOV_NOW="2026-11-28 18:00" ok log strength 60m --rpe 8
chk2=$(rid checkin)
RECOV_NOW="2026-11-28 20:00" ok sore chest 2
same "$(state "$chk2")" pending "the evening's soreness only trims the check-in"
RECOV_NOW="2026-11-29 08:00" ok sore arms 0
same "$(state "$chk2")" acknowledged "a 0 answers it"

# Brought in by an import (which schedules nothing): the runner checks the
# log right before showing, and does not show it.
RECOV_NOW="2026-11-30 18:00" ok log run 30m --rpe 4
cool3=$(rid cooldown)
echo '{"kind": "recovery", "at": "2026-11-30T18:02:00Z", "action": "yoga", "minutes": 15}' \
    >"$WORK/yoga.ndjson"
RECOV_NOW="2026-11-30 18:05" ok import "$WORK/yoga.ndjson"
same "$(state "$cool3")" pending "not settled yet: nothing ran"
before=$(calls)
RECOV_NOW="2026-11-30 18:10" ok remind run
same "$(calls)" "$before" "re-checked before showing: not shown"
same "$(state "$cool3")" acknowledged "settled by the runner's check"

# The summary says how the reminders fared, from one module for text and JSON.
RECOV_NOW="2026-11-30 20:00" ok summary 2026-11-20..2026-11-30 --json
# (The easy walk at RPE 2 got no cool-down of its own: 7 due, not 8.)
# (The brisk walk's check-in was shown on 11-22 and not answered.)
json_true 'd["reminders"] == {"checkins_shown": 1, "checkins_answered": 0, "cooldowns_due": 7, "cooldowns_done": 6, "snoozes": 0, "expired": 1}'
RECOV_NOW="2026-11-30 20:00" ok summary 2026-11-20..2026-11-30
has "  check-ins answered 0 of 1 shown, cool-downs done 6 of 7, 1 reminder expired"
has "before it was shown"
lacks "0 of 0"
lacks "0 snoozes"

# What counts as a cool-down is configurable; a word that is neither an
# action nor a workout type is refused.
config "[remind]" "cooldown_actions = bath" "[checkin]" "mornings = sessions"
RECOV_NOW="2026-12-01 18:00" ok log run 30m --rpe 4
cool4=$(rid cooldown)
RECOV_NOW="2026-12-01 18:02" ok did stretch 5m
same "$(state "$cool4")" pending "stretch no longer counts"
RECOV_NOW="2026-12-01 18:30" ok did bath 20m
same "$(state "$cool4")" acknowledged "a configured action settles it"
# A cool-down of other regions leaves the run's own pending, as suggest
# keeps advising it for them; once the regions the run worked are covered,
# the reminder is done when the last of them was.
config "[checkin]" "mornings = sessions"
RECOV_NOW="2026-12-02 18:00" ok log run 30m --rpe 4
cool5=$(rid cooldown)
RECOV_NOW="2026-12-02 18:05" ok did stretch 5m shoulders
same "$(state "$cool5")" pending "a shoulder stretch does not cool down the legs"
RECOV_NOW="2026-12-02 18:06" ok suggest --json
json_true '"cool-down" in [s["kind"] for s in d["suggestions"] if s["region"] == "quads"]'
RECOV_NOW="2026-12-02 18:10" ok did stretch 5m legs
same "$(state "$cool5")" pending "glutes and shins not yet"
RECOV_NOW="2026-12-02 18:20" ok did foam-roll 5m glutes shins
same "$(state "$cool5")" acknowledged "every region the run worked cooled down"
same "$(sql "SELECT done_at - strftime('%s', '2026-12-02 18:20') FROM reminder WHERE id = $cool5")" 0 \
    "done when the last region was"
RECOV_NOW="2026-12-02 18:21" ok suggest --json
json_true '"cool-down" not in [s["kind"] for s in d["suggestions"]]'
config "[remind]" "cooldown_actions = walk sunburn" "[checkin]" "mornings = sessions"
refuses 2 config check
err_has "cooldown_actions = 'walk sunburn': expected action or type names"
finish
