# foundation_config: `recov config check|show`, bad values and unknown keys.
. "$(dirname "$0")/lib.sh"
INI="$XDG_CONFIG_HOME/recov/recov.ini"
mkdir -p "$(dirname "$INI")"

ok config check
has "not found, defaults apply"
# A file named on purpose must be there: a typo is not "no settings".
before=$(db_sum)
refuses 2 --config "$WORK/typo.ini" log run 30m
err_has "config '$WORK/typo.ini': no such file"
RECOV_CONFIG="$WORK/typo.ini" refuses 2 summary
err_has "no such file"
RECOV_CONFIG="$WORK/typo.ini" refuses 2 config check
same "$(db_sum)" "$before" "nothing written with a missing config"
ok config show
has "persist_days         = 7"; has "; default"; lacks "$INI ;"

printf '[advice]\npersist_days = 10\n[workout.climb]\nregions = forearms\n[regions]\nshank = shins\n' >"$INI"
ok config check
has "$INI: ok"
same "$(wc -c <"$ERR")" "0" "a clean file warns about nothing"
ok config show
has "persist_days         = 10"; has "; $INI"; has "[workout.climb] ; $INI"
if grep -E '^improve_days +=' "$OUT" | grep -q '; default'; then pass; else fail "improve_days not from default"; fi
ok config show --json
json_true 'd["file"] == sys.argv[3] and d["loaded"] is True' "$INI"
json_true '[k for k in d["keys"] if k["key"] == "persist_days"][0] == {"section": "advice", "key": "persist_days", "value": "10", "source": sys.argv[3]}' "$INI"
json_true '[t for t in d["workout_types"] if t["type"] == "climb"][0]["regions"] == ["forearms"]'
json_true '[a for a in d["aliases"] if a["alias"] == "shank"][0]["regions"] == ["shins"]'
ok sore shank 3
same "$(sql "SELECT region FROM entry")" "shins" "an alias from [regions]"

# An unknown key is a warning naming the nearest key; the command still runs.
printf '[advice]\npersist_dayz = 10\n' >"$INI"
ok config check
err_has "warning:"; err_has "unknown key 'persist_dayz'"; err_has "did you mean 'persist_days'?"
err_has "$INI"
has "with warnings"
ok log run 10m --rpe 3

# Keys fine alone but at odds together: a cool-down reminder due only after
# the moment for a cool-down has gone is never made, and every command says
# why; a delay inside the window is quiet.
printf '[remind]\ncooldown_delay = 2h\n' >"$INI"
ok config check
err_has "[remind] cooldown_delay (120 min) is not shorter than [advice] cooldown_hours (2 h)"
err_has "no cool-down reminder will be shown"
ok log run 30m --rpe 6
err_has "cooldown_delay (120 min)"
last=$(sql "SELECT max(id) FROM entry")
same "$(sql "SELECT count(*) FROM reminder WHERE kind = 'cooldown' AND entry_id = $last")" 0 \
    "no reminder due after its moment"
printf '[remind]\ncooldown_delay = 2h\n[advice]\ncooldown_hours = 3\n' >"$INI"
ok config check
same "$(wc -c <"$ERR")" "0" "no warning when the delay fits"
# So is a check-in or a weekly reminder whose life ends before it is due.
printf '[remind]\ncheckin_until = 08:30\nweekly = sun 19:00\nweekly_until = 18:00\n' >"$INI"
ok config check
err_has "[remind] checkin_until (08:30) is before checkin_time (09:00): no check-in reminder"
err_has "[remind] weekly_until (18:00) is before weekly (19:00): no weekly reminder"
printf '[remind]\ncheckin_until = 09:00\nweekly_until = 18:00\n' >"$INI"
ok config check
same "$(wc -c <"$ERR")" "0" "a weekly reminder that is off has no life to check"

# A bad value is an error naming file, section, key and range, for every command.
BEFORE=$(db_sum)
bad_value() {
    printf '%s\n' "$1" >"$INI"
    rejects config check
    err_has "$INI"; err_has "$2"; err_has "$3"; err_has "$4"
    rejects log run 10m --rpe 3
}
bad_value $'[advice]\npersist_days = 99' "[advice]" "persist_days" "1-60"
bad_value $'[advice]\nacwr_spike = high' "[advice]" "acwr_spike" "1.0-3.0"
bad_value $'[general]\nweek_start = friday' "[general]" "week_start" "monday|sunday"
bad_value $'[remind]\ncheckin_time = 9am' "[remind]" "checkin_time" "HH:MM"
bad_value $'[workout.climb]\nrpe = 12' "[workout.climb]" "rpe" "0-10"
bad_value $'[regions]\nshank = tentacles' "[regions]" "shank" "regions"
same "$(db_sum)" "$BEFORE" "bad config changed the database"
# RECOV_CONFIG and --config are checked the same way.
printf '[advice]\nhard_rpe = 11\n' >"$WORK/bad.ini"
RECOV_CONFIG="$WORK/bad.ini" rejects config check; err_has "$WORK/bad.ini"
rejects --config "$WORK/bad.ini" config show; err_has "hard_rpe"
rejects config frob

finish
