# hardening_config: no silent limits, every value read to its end, file
# errors with their reason, and a system-wide file under the user's.
. "$(dirname "$0")/lib.sh"
INI="$XDG_CONFIG_HOME/recov/recov.ini"
mkdir -p "$(dirname "$INI")"

# Far more aliases and workout types than any fixed table held: all usable.
python3 - "$INI" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("[regions]\n")
    for i in range(3000):
        f.write("zone%d = %s\n" % (i, "calves" if i % 2 else "quads shins"))
    for i in range(300):
        f.write("[workout.game%d]\nregions = forearms\nrpe = %d\n" % (i, i % 11))
PY
ok config check
same "$(cat "$ERR")" "" "a large clean file warns about nothing"
ok sore zone2999 4
ok sore zone2998 2
same "$(sql "SELECT group_concat(region, ' ') FROM entry")" "calves quads shins" "the last aliases"
ok log game299 30m
same "$(sql "SELECT rpe FROM entry WHERE type = 'game299'")" "2" "the last workout type"
ok config show --json
json_true 'len(d["aliases"]) >= 3000 and len([t for t in d["workout_types"] if t["type"].startswith("game")]) == 300'
# A name repeated later wins, as in any INI file.
printf '[regions]\nshank = calves\nshank = shins\n[workout.climb]\nrpe = 4\n[workout.climb]\nregions = forearms\n' >"$INI"
ok sore shank 3
same "$(sql "SELECT region FROM entry ORDER BY id DESC LIMIT 1")" "shins" "the later alias wins"
ok config show --json
json_true '[t for t in d["workout_types"] if t["type"] == "climb"][0]["rpe"] == 4 and [t for t in d["workout_types"] if t["type"] == "climb"][0]["regions"] == ["forearms"]'

# Every value is read to its end.
for bad in 'quiet_hours = 22:00-07:00 garbage' 'weekly = sunburn 19:00' 'weekly = sun 19:00 x' \
           'quiet_hours = 22:00-07:00-08:00' 'checkin_time = 09:00 am' 'notify_timeout = 5s' \
           'urgent_breaks_quiet = true!'; do
    printf '[remind]\n%s\n' "$bad" >"$INI"
    rejects config check; err_has "line 2"; err_has "${bad%% *}"
done
for good in 'weekly = sunday 19:00' 'weekly = SUN 19:00' 'quiet_hours = 23:00-06:30' 'quiet_hours = off'; do
    printf '[remind]\n%s\n' "$good" >"$INI"
    ok config check
done
printf '[advice\n' >"$INI"; rejects config check; err_has "line 1"
printf '[remind]\nweekly = "sun 19:00" extra\n' >"$INI"; rejects config check; err_has "quote"

# File errors: a directory is bad usage (2); an unreadable file is exit 1
# with the system's reason.
rejects --config "$WORK" config check; err_has "is a directory"
# /dev/null is "no config" (the defaults), as for git and ssh.
ok --config /dev/null config show
has "acwr_spike           = 1.5            ; default"
ln -s loop "$WORK/loop"
refuses 1 --config "$WORK/loop" config check; err_has "Too many levels of symbolic links"
printf 'x' >"$WORK/file"
refuses 1 --config "$WORK/file/recov.ini" config check; err_has "Not a directory"
# A file this user may not read (as an unprivileged user: root reads all).
mkdir -p "$WORK/locked"; chmod 0755 "$WORK" "$WORK/locked"
printf '[advice]\npersist_days = 9\n' >"$WORK/locked/recov.ini"; chmod 0600 "$WORK/locked/recov.ini"
setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$WORK/locked" \
    "$RECOV" --config "$WORK/locked/recov.ini" --db "$WORK/locked/none.db" config check >"$OUT" 2>"$ERR"
same "$?" "1" "an unreadable config is a runtime failure"
err_has "config '$WORK/locked/recov.ini': Permission denied"
same "$(wc -l <"$ERR")" "1" "one line"

# Unknown keys beyond the first warnings are counted, not dropped silently.
{ echo '[advice]'; for i in $(seq 1 50); do echo "nokey$i = 1"; done; } >"$INI"
ok config check
same "$(grep -c 'unknown key' "$ERR")" "32" "the first 32 warnings"
err_has "18 more config warnings not shown"

# System-wide defaults under the user's file; show names each value's file.
SYS="$XDG_CONFIG_DIRS/recov/recov.ini"
mkdir -p "$(dirname "$SYS")"
printf '[advice]\npersist_days = 9\nhard_rpe = 8\n[regions]\nshank = calves\n[workout.climb]\nrpe = 6\n' >"$SYS"
printf '[advice]\npersist_days = 12\n' >"$INI"
ok config check
has "$SYS: ok (system-wide)"; has "$INI: ok"
ok config show
has "# system-wide: $SYS"
has "persist_days         = 12             ; $INI"
has "hard_rpe             = 8              ; $SYS"
if grep -E '^improve_days +=' "$OUT" | grep -q '; default'; then pass; else fail "improve_days not from default"; fi
has "[workout.climb] ; $SYS"
ok config show --json
json_true 'd["system_file"] == sys.argv[3] and d["file"] == sys.argv[4]' "$SYS" "$INI"
json_true '{k["key"]: k["source"] for k in d["keys"]}["hard_rpe"] == sys.argv[3]' "$SYS"
json_true '{k["key"]: k["source"] for k in d["keys"]}["persist_days"] == sys.argv[3]' "$INI"
json_true '[a for a in d["aliases"] if a["alias"] == "shank"][0]["source"] == sys.argv[3]' "$SYS"
# The first directory of XDG_CONFIG_DIRS that has the file is the one read.
mkdir -p "$WORK/xdg2/recov"
printf '[advice]\nhard_rpe = 9\n' >"$WORK/xdg2/recov/recov.ini"
XDG_CONFIG_DIRS="$WORK/xdg2:$XDG_CONFIG_DIRS" ok config show --json
json_true '{k["key"]: k["value"] for k in d["keys"]}["hard_rpe"] == "9"'
# A bad system file is refused like the user's, naming it.
printf '[advice]\nhard_rpe = 99\n' >"$SYS"
rejects config check; err_has "$SYS"
rm "$SYS"

# busy_timeout is a key like any other.
printf '[general]\nbusy_timeout = 0\n' >"$INI"; ok config show --json
json_true '{k["key"]: k["value"] for k in d["keys"]}["busy_timeout"] == "0"'
printf '[general]\nbusy_timeout = -1\n' >"$INI"; rejects config check; err_has "0-600"

finish
