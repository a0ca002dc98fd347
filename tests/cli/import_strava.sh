# import_strava: a Strava bulk export: activities.csv with its repeated
# column names read by position, gzipped activity files, rows without one.
. "$(dirname "$0")/import_lib.sh"
X="$WORK/export_12345"
mkdir -p "$X/activities" "$X/media"

gpx_write "$WORK/1001.gpx" 2026-11-10T06:00:00Z 40 150 running
gzip -c "$WORK/1001.gpx" >"$X/activities/1001.gpx.gz"
fit_write "$WORK/1003.fit" 2026-11-12T17:00:00Z 50 130 --sport 2 --serial 99
gzip -c "$WORK/1003.fit" >"$X/activities/1003.fit.gz"
printf 'not a photo' >"$X/media/photo.jpg"
printf 'Athlete ID,Email\n1,a@example.com\n' >"$X/profile.csv"

# The header of a real export (2024): Elapsed Time, Distance, Max Heart Rate,
# Relative Effort and Commute appear twice; the first Distance is in the
# athlete's units (km), the second in metres.
python3 - "$X/activities.csv" <<'PY'
import csv, sys
head = ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
        "Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,"
        "Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,"
        "Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,"
        "Max Grade,Average Grade,Average Positive Grade,Average Negative Grade,Max Cadence,"
        "Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,"
        "Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,"
        "Uphill Time,Downhill Time,Other Time,Perceived Exertion,Type,Start Time,"
        "Weighted Average Power,Power Count,Prefer Perceived Exertion,"
        "Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,"
        "Grade Adjusted Distance,Weather Observation Time,Weather Condition,"
        "Weather Temperature,Apparent Temperature,Dewpoint,Humidity,Weather Pressure,"
        "Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,"
        "Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,"
        "Weather Visibility,UV Index,Weather Ozone,Jump Count,Total Grit,Average Flow,"
        "Flagged,Average Elapsed Speed,Dirt Distance,Newly Explored Distance,"
        "Newly Explored Dirt Distance,Activity Count,Total Steps,Carbon Saved,Pool Length,"
        "Training Load,Intensity,Average Grade Adjusted Pace,Timer Time,Total Cycles,Media"
        ).split(",")
def row(**kv):
    r = [""] * len(head)
    for k, v in kv.items():
        name, nth = (k.rsplit("_", 1) + ["1"])[:2] if k[-2:] in ("_1", "_2") else (k, "1")
        name = name.replace("_", " ")
        idx = [i for i, h in enumerate(head) if h == name][int(nth) - 1]
        r[idx] = v
    return r
rows = [
    # A run with its GPX (gzipped) and no heart rate in the row: read from the file.
    row(Activity_ID="1001", Activity_Date="Nov 10, 2026, 6:00:00 AM", Activity_Name="Easy, \"slow\" run",
        Activity_Type="Run", Activity_Description="first line\nsecond line",
        Elapsed_Time_1="2400", Distance_1="7.20", Elapsed_Time_2="2400.0", Moving_Time="2280.0",
        Distance_2="7200.5", Filename="activities/1001.gpx.gz"),
    # Strength without a file, with the athlete's perceived exertion.
    row(Activity_ID="1002", Activity_Date="Nov 11, 2026, 6:30:00 PM", Activity_Name="Gym",
        Activity_Type="Weight Training", Elapsed_Time_1="3000", Elapsed_Time_2="3000.0",
        Moving_Time="3000.0", Perceived_Exertion="7.0", Max_Heart_Rate_2="165.0",
        Average_Heart_Rate="120.0"),
    # A ride whose FIT (gzipped) gives the heart rate.
    row(Activity_ID="1003", Activity_Date="Nov 12, 2026, 5:00:00 PM", Activity_Name="Commute",
        Activity_Type="Ride", Elapsed_Time_1="3000", Distance_1="9.0", Elapsed_Time_2="3000.0",
        Moving_Time="2900.0", Distance_2="9000.0", Filename="activities/1003.fit.gz"),
]
with open(sys.argv[1], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(head)
    w.writerows(rows)
PY

ok import "$X"
has "3 added, 0 already present, 0 skipped"
same "$(sql "SELECT group_concat(x, ' | ') FROM (SELECT type || ' ' || minutes || ' ' || rpe || ' ' || rpe_estimated || ' ' || coalesce(distance_km, '-') || ' ' || coalesce(avg_hr, '-') || ' ' || coalesce(max_hr, '-') || ' ' || source AS x FROM entry ORDER BY at)")" \
     "run 38 6 1 7.201 151 152 strava:1001 | strength 50 7 0 - 120 165 strava:1002 | cycle 48 5 1 9.0 132 134 strava:1003" \
     "the rows as workouts"
same "$(sql "SELECT note FROM entry WHERE source = 'strava:1001'")" 'Easy, "slow" run' "name with quotes"
same "$(sql "SELECT at FROM entry WHERE source = 'strava:1002'")" "$(epoch '2026-11-11 18:30Z')" "PM times"

# Again: nothing added; the CSV alone is the same export.
ok import "$X"
has "0 added, 3 already present, 0 skipped"
ok import "$X/activities.csv"
has "0 added, 3 already present, 0 skipped"
# The activity files on their own are the same sessions (same start, type).
ok import "$X/activities"
has "0 added, 2 already present, 0 skipped"

# A row with a missing column: the file is named with the row; nothing added.
python3 - "$X/activities.csv" "$WORK/bad/activities.csv" <<'PY'
import os, sys
lines = open(sys.argv[1], newline="").read().split("\r\n")
os.makedirs(os.path.dirname(sys.argv[2]), exist_ok=True)
# Row 1004: one column short (its last comma dropped).
extra = lines[2].replace("1002", "1004", 1).replace("Nov 11", "Nov 13", 1)
open(sys.argv[2], "w", newline="").write("\r\n".join(lines[:1] + [extra[:extra.rindex(",")]]) + "\r\n")
PY
BEFORE=$(db_sum)
rejects import "$WORK/bad/activities.csv"
err_has "import '$WORK/bad/activities.csv': row 2: 93 columns, the header has 94"
same "$(db_sum)" "$BEFORE" "nothing imported"
# A row naming a file that is not there.
sed 's#activities/1003.fit.gz#activities/gone.fit.gz#' "$X/activities.csv" >"$WORK/bad/activities.csv"
mkdir -p "$WORK/bad/activities" && cp "$X/activities/1001.gpx.gz" "$WORK/bad/activities/"
rejects import "$WORK/bad"
err_has "row 4 (activity 1003): activity file 'activities/gone.fit.gz': No such file"
finish
