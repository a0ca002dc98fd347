#!/usr/bin/env bash
# remind_checkin: the morning check-in from the notification: "Check in now"
# opens the configured terminal running `recov checkin` (the fake server
# presses it; a recording terminal writes down its argv); without buttons the body
# names the command; the check-in comes on mornings with something to ask
# and, when configured, every morning.
source "$(dirname "$0")/remind_lib.sh"

# recording_terminal NAME: a stand-in terminal that writes its arguments, one a line, to $WORK/NAME.argv.
recording_terminal() {
    printf '#!/bin/sh\nfor a in "$@"; do printf "%%s\\n" "$a"; done >"%s"\n' \
        "$WORK/$1.argv" >"$WORK/$1"
    chmod +x "$WORK/$1"
}
argv_is() { [ -f "$WORK/$1.argv" ] && [ "$(cat "$WORK/$1.argv")" = "$2" ]; }
RECOV_BIN="$(dirname "$RECOV")/recov"

# ---- the button, on a server that presses it ----
recording_terminal term
config "[checkin]" "terminal = $WORK/term --title 'recov check-in'"
server --invoke checkin
RECOV_NOW="2026-11-19 18:00" ok log run 50m --rpe 8
chk=$(sql "SELECT id FROM reminder WHERE kind = 'checkin'")
daemon "2026-11-20T09:00:05Z"
wait_for 10 calls_are 1 && pass || fail "check-in not shown: $(cat "$WORK/daemon.err")"
call_has 1 summary "How sore after yesterday's run?"
same "$(call 1 actions)" "checkin,Check in now,snooze,Snooze,done,Done" \
    "the check-in offers Check in now first"
case "$(call 1 body)" in *"recov checkin"*) fail "a notice with buttons names the command" ;; *) pass ;; esac
want=$(printf '%s\n' --title "recov check-in" "$RECOV_BIN" --db "$DB" --config \
    "$XDG_CONFIG_HOME/recov/recov.ini" checkin)
wait_for 5 argv_is term "$want" && pass || fail "terminal argv: $(cat "$WORK/term.argv" 2>&1) $(cat "$WORK/daemon.err")"
wait_for 5 grep -q "check-in #$chk: opened $WORK/term" "$WORK/daemon.out" && pass || fail "daemon did not say: $(cat "$WORK/daemon.out")"
same "$(state "$chk")" sent "opening the terminal answers nothing yet"
kill "$DAEMON"; wait "$DAEMON" 2>/dev/null

# auto: $TERMINAL with -e; without it, x-terminal-emulator -e.
recording_terminal envterm
config "[checkin]" "terminal = auto"
rm -f "$CALLS"
sql "UPDATE reminder SET state = 'pending', notify_id = NULL WHERE id = $chk"
TERMINAL="$WORK/envterm" daemon "2026-11-20T09:10:00Z"
want=$(printf '%s\n' -e "$RECOV_BIN" --db "$DB" --config "$XDG_CONFIG_HOME/recov/recov.ini" checkin)
wait_for 10 argv_is envterm "$want" && pass || fail "\$TERMINAL argv: $(cat "$WORK/envterm.argv" 2>&1) $(cat "$WORK/daemon.err")"
kill "$DAEMON"; wait "$DAEMON" 2>/dev/null
mkdir -p "$WORK/bin"
recording_terminal x-terminal-emulator
mv "$WORK/x-terminal-emulator" "$WORK/bin/"
sql "UPDATE reminder SET state = 'pending', notify_id = NULL WHERE id = $chk"
PATH="$WORK/bin:$PATH" TERMINAL= daemon "2026-11-20T09:20:00Z"
wait_for 10 argv_is x-terminal-emulator "$want" && pass || fail "x-terminal-emulator argv: $(cat "$WORK/x-terminal-emulator.argv" 2>&1) $(cat "$WORK/daemon.err")"
kill "$DAEMON"; wait "$DAEMON" 2>/dev/null
stop_server

# ---- no buttons: the body names the command ----
server --no-actions
rm -f "$CALLS"
sql "UPDATE reminder SET state = 'pending', notify_id = NULL WHERE id = $chk"
RECOV_NOW="2026-11-20 09:30" ok remind run
same "$(calls)" 1 "shown by remind run"
same "$(call 1 actions)" "" "no buttons"
call_has 1 body "Or answer it all in one go: recov checkin"

# ---- which mornings: something to ask, or every day when configured ----
# Saturday: yesterday's run was answered, nothing is sore: no check-in.
RECOV_NOW="2026-11-20 10:00" ok sore quads 0 hamstrings 0 calves 0 shins 0 glutes 0
config "[checkin]" "mornings = sore"
rm -f "$CALLS"
RECOV_NOW="2026-11-21 09:30" ok remind run
same "$(calls)" 0 "no check-in on a morning with nothing to ask"
same "$(sql "SELECT count(*) FROM reminder WHERE series = 'checkin:' || (strftime('%s', '2026-11-21') / 86400)")" 0 \
    "none scheduled"
# Sunday: the left knee has been sore since Saturday evening: an open episode.
RECOV_NOW="2026-11-21 20:00" ok sore left-knee 4
RECOV_NOW="2026-11-22 08:59" ok remind run
same "$(calls)" 0 "not before checkin_time"
RECOV_NOW="2026-11-22 09:00" ok remind run
same "$(calls)" 1 "a check-in while a region is sore"
call_has 1 summary "How sore this morning?"
call_has 1 body "knees"
RECOV_NOW="2026-11-22 09:30" ok remind run
same "$(calls)" 1 "once a morning"
# Monday: the knee answered 0 on Sunday; daily asks the wellness items.
RECOV_NOW="2026-11-22 12:00" ok sore left-knee 0
RECOV_NOW="2026-11-23 09:05" ok remind run
same "$(calls)" 1 "nothing to ask on Monday"
config "[checkin]" "mornings = daily"
RECOV_NOW="2026-11-24 09:05" ok remind run
same "$(calls)" 2 "daily: a check-in with nothing else to ask"
call_has 2 summary "Your morning check-in"
call_has 2 body "recov well --sleep 7h30"
call_has 2 body "recov checkin"
# A wellness check logged before it is shown answers it.
RECOV_NOW="2026-11-25 07:30" ok well --sleep 7h --fatigue 4
RECOV_NOW="2026-11-25 09:05" ok remind run
same "$(calls)" 2 "answered by the morning's wellness check"
same "$(sql "SELECT state FROM reminder WHERE series = 'checkin:' || (strftime('%s', '2026-11-25') / 86400)")" \
    acknowledged "settled by the wellness check"
# sessions: a sore region alone brings none.
config "[checkin]" "mornings = sessions"
RECOV_NOW="2026-11-25 20:00" ok sore left-knee 5
RECOV_NOW="2026-11-26 09:05" ok remind run
same "$(calls)" 2 "sessions: no check-in for a sore region alone"
finish
