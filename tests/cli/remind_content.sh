#!/usr/bin/env bash
# remind_content: what a cool-down, a check-in and warnings say on the desktop.
source "$(dirname "$0")/remind_lib.sh"

server

# Friday 19:00: a hard run just ended, then soreness with two red flags.
ok log run 45m --rpe 7
ok sore lower-back 6 --flag numbness
ok sore quads 3
# An arm: an injured leg would call the run's walking cool-down off (below);
# dark urine would silence every other warning.
ok sore shoulders 8 --flag sprain
same "$(calls)" 0 "logging never talks to the notification server"
cool=$(sql "SELECT id FROM reminder WHERE kind = 'cooldown'")
nerve=$(sql "SELECT id FROM reminder WHERE kind = 'warning' AND regions = 16")
urgent=$(sql "SELECT id FROM reminder WHERE kind = 'warning' AND urgency = 'critical'")
[ -n "$cool" ] && [ -n "$nerve" ] && [ -n "$urgent" ] && pass || fail "reminders not scheduled: $(sql 'SELECT * FROM reminder')"

# Before the cool-down is due only the warnings go out: they are immediate.
RECOV_NOW="2026-11-20 19:01" ok remind run
same "$(calls)" 2 "warnings shown at once"
has "sent #$nerve warning"
RECOV_NOW="2026-11-20 19:06" ok remind run
same "$(calls)" 3 "the cool-down follows at end + 5 min"
has "sent #$cool cooldown: Cool down after your run"

# Every notice: app name and icon recov, its desktop entry and a category
# (per-application settings hang on these), urgency and timeout by kind.
for n in 1 2 3; do
    same "$(call $n app_name)" recov "app name of call $n"
    same "$(call $n icon)" recov "app icon of call $n"
    same "$(hint $n desktop-entry)" recov "desktop-entry hint of call $n"
    same "$(call $n actions)" "" "a one-shot run offers no actions"
done
same "$(hint 3 category)" x-recov.cooldown "cool-down category"
call_has 3 summary "Cool down after your run"
call_has 3 body "gentle stretches for glutes, quads, hamstrings, calves, shins"
call_has 3 body "easy walking"
same "$(call 3 urgency)" 1 "cool-down urgency normal"
same "$(hint 3 image-path)" appointment-soon "cool-down image"
same "$(call 3 timeout)" -1 "cool-down timeout: server default"

# The urgent red flag is critical, stays until closed, and says what to do.
for n in 1 2; do
    if [ "$(call $n urgency)" = 2 ]; then u=$n; else w=$n; fi
done
call_has "$u" summary "Urgent - shoulders: have it seen today (urgent care or A&E)"
call_has "$u" body "urgent"
# The reason's "today 19:00" repeats daily: the body says which day it meant.
call_has "$u" body "Why, as of 2026-11-20: 8/10 with sprain logged today 19:00"
call_has "$u" body "recov remind ack $urgent"
same "$(hint "$u" image-path)" dialog-error "urgent image"
same "$(hint "$u" category)" x-recov.warning "warning category"
same "$(call "$u" timeout)" 0 "critical notices never expire"
call_has "$w" summary "lower-back: see a GP or physio; no massage or foam rolling on it"
call_has "$w" body "numb"
same "$(call "$w" urgency)" 1 "warning urgency normal"
same "$(hint "$w" image-path)" dialog-warning "warning image"

# Saturday 09:00: the check-in asks about what was worked and not logged
# since (quads were logged sore on Friday evening).
RECOV_NOW="2026-11-21 08:59" ok remind run
same "$(calls)" 3 "no check-in before 09:00"
RECOV_NOW="2026-11-21 09:00" ok remind run
same "$(calls)" 4 "check-in at 09:00"
call_has 4 summary "How sore after yesterday's run?"
call_has 4 body "recov sore glutes N hamstrings N calves N shins N"
case "$(call 4 body)" in *quads*) fail "check-in asks about quads, already logged" ;; *) pass ;; esac
same "$(hint 4 image-path)" dialog-information "check-in image"
same "$(hint 4 category)" x-recov.checkin "check-in category"

# Nothing is sent twice.
RECOV_NOW="2026-11-21 09:05" ok remind run
same "$(calls)" 4 "a second run sends nothing new"
same "$(sql "SELECT count(*) FROM reminder WHERE state = 'sent'")" 4 "four sent"

# A check-in is dropped once every region it asks about has been logged;
# an easy session gets none.
RECOV_NOW="2026-11-21 19:00" ok log run 30m --rpe 6
RECOV_NOW="2026-11-21 19:00" ok log walk 30m --rpe 3
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'checkin' AND state = 'pending'")" 1 \
    "one check-in for the hard run, none for the walk"
RECOV_NOW="2026-11-21 21:00" ok sore legs 3 glutes 2 shins 1
same "$(sql "SELECT state FROM reminder WHERE kind = 'checkin' ORDER BY id DESC LIMIT 1")" \
    cancelled "check-in dropped once answered"

# An undone workout takes its cool-down with it.
RECOV_NOW="2026-11-21 21:10" ok log swim 30m --rpe 4
ok undo
same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown' ORDER BY id DESC LIMIT 1")" \
    cancelled "undo cancels the cool-down"

# A leg injured after a session calls its walking cool-down off, as suggest
# no longer gives it; undoing the soreness brings the cool-down back.
RECOV_NOW="2026-11-21 21:20" ok log run 30m --rpe 6
same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown' ORDER BY id DESC LIMIT 1")" \
    pending "a cool-down for the run"
RECOV_NOW="2026-11-21 21:22" ok sore left-ankle 6 --flag sprain
same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown' ORDER BY id DESC LIMIT 1")" \
    cancelled "no walking cool-down after a sprained ankle"
RECOV_NOW="2026-11-21 21:23" ok suggest
lacks "cool down"
RECOV_NOW="2026-11-21 21:24" ok undo
same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown' ORDER BY id DESC LIMIT 1")" \
    pending "undo brings the cool-down back"
# Redo logs the sprain again, and calls the cool-down off again; each
# further undo and redo does the same.
for round in 1 2; do
    RECOV_NOW="2026-11-21 21:25" ok redo
    same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown' ORDER BY id DESC LIMIT 1")" \
        cancelled "redo ($round) calls the cool-down off again"
    RECOV_NOW="2026-11-21 21:26" ok undo
    same "$(sql "SELECT state FROM reminder WHERE kind = 'cooldown' ORDER BY id DESC LIMIT 1")" \
        pending "undo ($round) brings it back again"
done

ok remind list --all --json
json_true 'all(set(r) >= {"id", "kind", "due", "state", "summary", "urgency", "body"} for r in d)'
# Saturday's soreness answered the check-in shown that morning.
json_true 'any(r["kind"] == "checkin" and r["sent_at"] and r["done_at"] and r["state"] == "acknowledged" for r in d)'
finish
