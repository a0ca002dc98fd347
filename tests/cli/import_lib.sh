# import_lib.sh: recordings for the import tests, written as devices write them.
. "$(dirname "$0")/lib.sh"
FIT_WRITE="$TESTS/cli/fit_write.py"

# gpx_write OUT START_ISO MINUTES HR [TYPE]: a GPX 1.1 track, a point every
# 10 s heading north at ~3 m/s, heart rate HR + i % 3 in Garmin's
# TrackPointExtension (as Garmin Connect and Strava export it).
gpx_write() {
    python3 - "$@" <<'PY'
import datetime, sys
out, start, minutes, hr = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
kind = sys.argv[5] if len(sys.argv) > 5 else None
t0 = datetime.datetime.fromisoformat(start.replace("Z", "+00:00"))
pts = []
for i in range(minutes * 6 + 1):
    t = (t0 + datetime.timedelta(seconds=10 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    pts.append('<trkpt lat="%.7f" lon="13.4000000"><ele>40.0</ele><time>%s</time>'
               '<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr>'
               '</gpxtpx:TrackPointExtension></extensions></trkpt>' % (52.5 + i * 2.7e-4, t, hr + i % 3))
open(out, "w").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gpx version="1.1" creator="recov tests" xmlns="http://www.topografix.com/GPX/1/1" '
    'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n'
    '<metadata><time>%s</time></metadata>\n<trk><name>Session at %s</name>%s<trkseg>\n%s\n'
    '</trkseg></trk></gpx>\n' % (start, start, "<type>%s</type>" % kind if kind else "",
                                 "\n".join(pts)))
PY
}

# fit_write OUT START_ISO MINUTES HR [options of fit_write.py]
fit_write() { python3 "$FIT_WRITE" "$@"; }

# workout_json N: the Nth workout (1 = oldest) of the test log, as JSON in $OUT.
workout_json() {
    run history :all --kind workout --json
    python3 -c 'import json,sys; print(json.dumps(sorted(json.load(open(sys.argv[1])), key=lambda e: e["at"])[int(sys.argv[2]) - 1]))' "$OUT" "$1" >"$WORK/one.json"
    cp "$WORK/one.json" "$OUT"
}
