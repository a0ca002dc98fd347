# import_recordings: GPX, TCX and FIT files into workouts; folders, repeats,
# bad files, --skip-bad, --dry-run and the reminders of a fresh session.
. "$(dirname "$0")/import_lib.sh"
R="$WORK/rec"
mkdir -p "$R/watch/2026" "$R/bad"

gpx_write "$R/watch/2026/run.gpx" 2026-11-18T07:00:00Z 60 140 running
fit_write "$R/watch/2026/ride.fit" 2026-11-16T17:00:00Z 45 150 --sport 2
fit_write "$R/watch/swim.fit" 2026-11-17T06:30:00Z 30 120 --sport 5 --serial 42
printf 'shopping list\n' >"$R/watch/notes.txt"

# A single GPX: its fields, from its own content.
ok import "$R/watch/2026/run.gpx"
has "1 added, 0 already present, 0 skipped"
workout_json 1
json_true 'd["type"] == "run" and d["at"] == "2026-11-18T07:00:00Z" and d["minutes"] == 60'
json_true 'abs(d["distance_km"] - 10.8) < 0.1' # 360 x 2.7e-4 degree of latitude
json_true 'd["avg_hr"] == 141 and d["max_hr"] == 142 and d["rpe_estimated"] is True'
json_true 'd["source"].startswith("gpx:") and len(d["source"]) == 68 and d["note"] == "Session at 2026-11-18T07:00:00Z"'
run history :all
has "run 1 h, RPE 6 (estimated), load 360, 10.8 km, HR 141/142"

# A folder: walked, formats by content, the GPX already there is skipped,
# and a file that is no recording is counted, not fatal.
ok import "$R/watch"
has "2 added, 1 already present, 1 skipped (not recordings)"
has "skipped '$R/watch/notes.txt': not a recording"
same "$(count "kind = 'workout'")" "3" "three sessions"
same "$(sql "SELECT type || ' ' || minutes || ' ' || avg_hr || ' ' || max_hr || ' ' || source FROM entry WHERE source LIKE 'fit:42:%'")" \
     "swim 30 122 124 fit:42:$(( $(epoch "2026-11-17 06:30Z") - 631065600 ))" "a FIT session's type, time and heart rate"
same "$(sql "SELECT type || ' ' || distance_km FROM entry WHERE at = $(epoch "2026-11-16 17:00Z")")" "cycle 8.1" "FIT ride"

# Importing the same folder again adds nothing.
BEFORE=$(db_sum)
ok import "$R/watch"
has "0 added, 3 already present, 1 skipped"
same "$(count)" "3" "re-import adds nothing"

# The same session from another file (a copy recorded by a phone, started
# 90 s later) is already present; 3 minutes later it is another session.
gpx_write "$R/phone.gpx" 2026-11-18T07:01:30Z 55 150 running
ok import "$R/phone.gpx"
has "0 added, 1 already present"
gpx_write "$R/later.gpx" 2026-11-18T07:03:00Z 55 150 running
ok import --dry-run "$R/later.gpx"
# The line history will show once it is added (load, heart rate mean/max).
has "would add: 2026-11-18 07:03  run 55 min, RPE 6 (estimated), load 330, 9.9 km, HR 151/"
has "1 would be added, 0 already present, 0 skipped"
same "$(count)" "3" "--dry-run writes nothing"

# Bad files: each named with its reason; nothing imported, exit 2, the
# database unchanged.
fit_write "$R/bad/cut.fit" 2026-11-15T07:00:00Z 20 140 --cut 900
fit_write "$R/bad/crc.fit" 2026-11-15T08:00:00Z 20 140 --flip 300
gpx_write "$R/bad/broken.gpx" 2026-11-15T09:00:00Z 20 140
head -c 3000 "$R/bad/broken.gpx" >"$R/bad/broken.tmp" && mv "$R/bad/broken.tmp" "$R/bad/broken.gpx"
printf '<?xml version="1.0"?>\n<gpx version="1.0"><trk><trkseg><trkpt lat="1" lon="2"/><trkpt lat="1.1" lon="2"/></trkseg></trk></gpx>\n' >"$R/bad/notimes.gpx"
gzip -c "$R/watch/2026/run.gpx" | head -c 2000 >"$R/bad/run.gpx.gz"
rejects import "$R/bad/cut.fit"
err_has "import '$R/bad/cut.fit': FIT file is truncated"
rejects import "$R/bad/crc.fit"
err_has "'$R/bad/crc.fit': FIT file has a bad CRC"
rejects import "$R/bad/broken.gpx"
err_has "'$R/bad/broken.gpx': malformed XML (line"
rejects import "$R/bad/notimes.gpx"
err_has "'$R/bad/notimes.gpx': GPX without times"
rejects import "$R/bad/run.gpx.gz"
err_has "'$R/bad/run.gpx.gz': damaged gzip data"
rejects import "$R/bad/notimes.gpx" "$WORK/missing.fit"
err_has "cannot open '$WORK/missing.fit'"

# A folder with good and bad files: all bad ones named, nothing imported.
cp "$R/later.gpx" "$R/bad/good.gpx"
BEFORE=$(db_sum)
run import "$R/bad"
same "$STATUS" "2" "a bad file stops the import"
same "$(grep -c "^recov: import '$R/bad/" "$ERR")" "5" "every bad file named"
err_has "nothing imported (--skip-bad imports the other files)"
same "$(db_sum)" "$BEFORE" "nothing imported"
# --skip-bad: the others are imported and the bad ones listed.
ok import --skip-bad "$R/bad"
has "1 added, 0 already present, 5 skipped (bad)"
has "skipped '$R/bad/crc.fit': FIT file has a bad CRC"
same "$(count)" "4" "the good file imported"

# recov NDJSON keeps its own reader (line numbers), and in a folder it is
# set aside rather than mixed in.
ok export
cp "$OUT" "$R/log.ndjson"
RECOV_DB="$WORK/other.db" ok import "$R/log.ndjson"
has "4 added, 0 already present"
mkdir "$R/mixed" && cp "$R/log.ndjson" "$R/mixed/" && cp "$R/watch/swim.fit" "$R/mixed/"
# A video beside the recordings is judged by its first bytes, never read
# whole (a sparse 300 MB file, above the size any recording may have).
truncate -s 300M "$R/mixed/video.mp4"
RECOV_DB="$WORK/mixed.db" ok import "$R/mixed"
has "1 added, 0 already present, 2 skipped (not recordings)"
has "skipped '$R/mixed/video.mp4': not a recording"
has "a recov export (NDJSON): import it alone, without options"

# A session that ended in the last hours schedules its cool-down and
# check-in, as if logged; the older ones above scheduled nothing.
same "$(sql "SELECT count(*) FROM reminder")" "0" "old sessions schedule nothing"
fit_write "$R/today.fit" 2026-11-20T17:30:00Z 60 160 --serial 7
ok import "$R/today.fit"
same "$(sql "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM reminder ORDER BY kind)")" \
     "checkin cooldown" "a fresh session's reminders"

# [import.types] maps sports to types; [athlete] hr_max (and hr_rest) turn
# the mean heart rate into an estimated RPE: (141 - 50) / (190 - 50) = 65 %
# of the heart-rate reserve, vigorous, RPE 5 (docs/import.md).
mkdir -p "$XDG_CONFIG_HOME/recov"
printf '[import.types]\nrunning = hike\n[athlete]\nhr_max = 190\nhr_rest = 50\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
RECOV_DB="$WORK/typed.db" ok import --dry-run "$R/watch/2026/run.gpx"
has "would add: 2026-11-18 07:00  hike 1 h, RPE 5 (estimated), load 300, 10.8 km, HR 141/"
ok config show --json
json_true '{t["sport"]: (t["type"], t["source"] != "default") for t in d["import_types"]}["running"] == ("hike", True)'
json_true '{t["sport"]: t["type"] for t in d["import_types"]}["ride"] == "cycle"'
ok config show
has "running              = hike"
printf '[import.types]\nrunning = jog\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
RECOV_DB="$WORK/typed.db" rejects import "$R/watch/2026/run.gpx"
err_has "[import.types] running = 'jog': expected a workout type"
rm "$XDG_CONFIG_HOME/recov/recov.ini"

# Whole import is one batch: undo takes it back.
ok undo
same "$(count "source LIKE 'fit:7:%'")" "0" "undo removes the import"
# A sport [import.types] does not name takes the type of 'other' (run), and
# the import says so and how to change it: a fencing bout counted as a run
# in silence would explain sore calves, and not a sore sword arm.
gpx_write "$R/fencing.gpx" 2026-11-17T08:00:00Z 40 120 fencing
gpx_write "$R/plain.gpx" 2026-11-16T08:00:00Z 30 120
ok import "$R/fencing.gpx" "$R/plain.gpx"
has "sport 'fencing' is not in [import.types]: 1 session counted as run"
has "add 'fencing = TYPE' to [import.types] in the config,"
has "1 session named no sport: counted as run"
# A paddle pulls as an oar does: kayaking is a row, built in.
gpx_write "$R/kayak.gpx" 2026-11-18T08:00:00Z 40 120 kayaking
ok import "$R/kayak.gpx"
lacks "import.types"
same "$(sql "SELECT type FROM entry WHERE at = strftime('%s', '2026-11-18 08:00')")" row "kayaking is a row"
ok import --dry-run "$R/watch/2026/run.gpx"
lacks "import.types"
finish
