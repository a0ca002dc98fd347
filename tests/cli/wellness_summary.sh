# wellness_summary: the summary's wellness figures (period means, 60-day
# baselines with SD, flagged days) equal the same figures computed here
# from the raw entries, independently of recov.
. "$(dirname "$0")/lib.sh"

# Seventy-odd days of checks: gaps, two checks on some days (their mean is
# the day's value), and in the period a short night, a fatigue drop, a
# raised resting HR and a low HRV.
python3 - "$WORK/well.ndjson" "$WORK/expected.json" <<'PY'
import datetime as dt, json, random, statistics, sys
rng = random.Random(7)
first, last = dt.date(2026, 9, 1), dt.date(2026, 11, 15)
p_first, p_last = dt.date(2026, 11, 9), dt.date(2026, 11, 15)
keys = ["sleep_hours", "sleep_quality", "fatigue", "stress", "mood", "resting_hr", "hrv"]
entries, days = [], {}
d = first
while d <= last:
    if rng.random() < 0.2 and d < p_first:
        d += dt.timedelta(days=1)
        continue
    for k in range(2 if rng.random() < 0.15 else 1):
        e = {"kind": "wellness", "at": "%sT%02d:00:00Z" % (d.isoformat(), 6 + k),
             "sleep_secs": rng.choice([6, 6.5, 7, 7.5, 8, 8.5]) * 3600,
             "fatigue": rng.choice([3, 4, 4, 5]), "stress": rng.choice([3, 4, 4, 5]),
             "mood": rng.choice([3, 4, 5]), "resting_hr": rng.randint(50, 55),
             "hrv": rng.randint(60, 70)}
        if rng.random() < 0.5:
            e["sleep_quality"] = rng.choice([3, 4, 5])
        if d == dt.date(2026, 11, 10): e["sleep_secs"] = 5.5 * 3600
        if d == dt.date(2026, 11, 11): e["fatigue"] = 1
        if d == dt.date(2026, 11, 12): e["resting_hr"] = 62
        if d == dt.date(2026, 11, 13): e["hrv"] = 45
        e["sleep_secs"] = int(e["sleep_secs"])
        entries.append(e)
        vals = days.setdefault(d, {})
        for key in keys:
            src = "sleep_secs" if key == "sleep_hours" else key
            if src in e:
                vals.setdefault(key, []).append(e[src] / 3600 if key == "sleep_hours" else e[src])
    d += dt.timedelta(days=1)
value = {d: {k: statistics.mean(v) for k, v in vals.items()} for d, vals in days.items()}

def series(key, lo, hi):
    return [value[d][key] for d in sorted(value) if lo <= d <= hi and key in value[d]]

def stat(xs, with_sd):
    o = {"mean": round(statistics.mean(xs), 2) if xs else None, "days": len(xs)}
    if with_sd:
        o["sd"] = round(statistics.stdev(xs), 2) if len(xs) > 1 else None
    return o

items = {}
for key in keys:
    o = stat(series(key, p_first, p_last), False)
    o["baseline"] = stat(series(key, p_first - dt.timedelta(days=60),
                                p_first - dt.timedelta(days=1)), True)
    items[key] = o
flagged = []
d = p_first
while d <= p_last:
    why, figures = [], {}
    for key in keys:
        if d not in value or key not in value[d]:
            continue
        v = value[d][key]
        if key == "sleep_hours":
            if v < 6:
                why.append(key)
                figures[key] = {"value": v, "baseline": None}
            continue
        n = 14 if key in ("resting_hr", "hrv") else 60
        base = series(key, d - dt.timedelta(days=n), d - dt.timedelta(days=1))
        if len(base) < 3: continue
        m = statistics.mean(base)
        if (key == "resting_hr" and v >= m + 5) or (key == "hrv" and v <= m * 0.85) or \
           (key not in ("resting_hr", "hrv") and v <= m - 2):
            why.append(key)
            figures[key] = {"value": v, "baseline": m}
    if why:
        flagged.append({"date": d.isoformat(), "reasons": why, "figures": figures})
    d += dt.timedelta(days=1)
with open(sys.argv[1], "w") as f:
    for e in entries:
        f.write(json.dumps(e) + "\n")
json.dump({"days": sum(1 for d in value if p_first <= d <= p_last), "items": items,
           "flagged": flagged}, open(sys.argv[2], "w"))
PY
ok import "$WORK/well.ndjson"
ok summary 2026-11-09..2026-11-15 --json
python3 - "$OUT" "$WORK/expected.json" <<'PY' && pass || fail "wellness figures differ from the independent computation"
import json, sys
got = json.load(open(sys.argv[1]))["wellness"]
want = json.load(open(sys.argv[2]))

def close(a, b, path):
    if isinstance(b, dict):
        assert set(a) == set(b), (path, a, b)
        for k in b:
            close(a[k], b[k], path + "." + k)
    elif isinstance(b, float) and a is not None:
        assert abs(a - b) <= 0.011, (path, a, b)
    else:
        assert a == b, (path, a, b)

close(got["items"], want["items"], "items")
assert got["days"] == want["days"], (got["days"], want["days"])
assert len(got["flagged"]) == len(want["flagged"]), (got["flagged"], want["flagged"])
for g, w in zip(got["flagged"], want["flagged"]):
    close(g, w, "flagged." + w["date"])
assert [f["date"] for f in want["flagged"]] == ["2026-11-10", "2026-11-11", "2026-11-12",
                                                "2026-11-13"], want["flagged"]
PY
# The text shows the same: the section, a row per item, the flagged days.
ok summary 2026-11-09..2026-11-15
has "Wellness (7 days logged"
# Each flagged day with its figures, each against the mean it was read
# against, worded here from the independent computation.
flag_lines() {
    python3 - "$WORK/expected.json" "$1" <<'PY'
import json, sys
label = {"sleep_hours": "sleep", "sleep_quality": "sleep quality", "resting_hr": "resting HR",
         "hrv": "HRV"}
def fig(v):
    return "%.0f" % v if abs(v - round(v)) < 0.05 else "%.1f" % v
for f in json.load(open(sys.argv[1]))["flagged"]:
    parts = []
    for key in f["reasons"]:
        v, b = f["figures"][key]["value"], f["figures"][key]["baseline"]
        if key == "sleep_hours":
            m = round(v * 60)
            parts.append("sleep %dh%02d (under 6 h)" % (m // 60, m % 60))
        else:
            unit = " ms" if key == "hrv" else ""
            days = 14 if key in ("resting_hr", "hrv") else 60
            parts.append("%s %s%s (your %d-day mean is %s)"
                         % (label.get(key, key), fig(v), unit, days, fig(b)))
    print(sys.argv[2] + f["date"] + (": " if sys.argv[2] == "- " else " ") + ", ".join(parts))
PY
}
flag_lines "! " >"$WORK/flags.txt"
same "$(wc -l <"$WORK/flags.txt")" 4 "four days flagged"
grep -q "fatigue 1 (your 60-day mean is" "$WORK/flags.txt" && grep -q "resting HR 62 (your 14-day mean is" "$WORK/flags.txt" && pass || fail "expected flag lines: $(cat "$WORK/flags.txt")"
COLUMNS=200 ok summary 2026-11-09..2026-11-15
while read -r line; do has "$line"; done <"$WORK/flags.txt"
mean=$(python3 -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["items"]["fatigue"]["mean"])' "$WORK/expected.json")
grep -E "^  fatigue +$mean " "$OUT" >/dev/null && pass || fail "fatigue row lacks mean $mean: $(grep fatigue "$OUT")"
ok summary 2026-11-09..2026-11-15 --format markdown
has "## Wellness"
flag_lines "- " >"$WORK/flags.txt"
while read -r line; do has "$line"; done <"$WORK/flags.txt"
# No wellness logged: no section, and an empty object in JSON.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log run 30m --rpe 4
ok summary
lacks "Wellness"
ok summary --json
json_true 'd["wellness"]["days"] == 0 and d["wellness"]["flagged"] == [] and d["wellness"]["items"]["fatigue"] == {"mean": None, "days": 0, "baseline": {"mean": None, "sd": None, "days": 0}}'

# "What seems to help" compares the nights too: the next day's change in a
# sore region after a night of 7 h or more versus a shorter one (the check
# logged the next morning tells of the night); nights not logged count for
# neither side.
rm -f "$DB" "$DB-wal" "$DB-shm"
python3 - "$WORK/nights.ndjson" "$WORK/nights.json" <<'PY'
import datetime as dt, json, statistics, sys
scores = [6, 4, 5, 3, 5, 4, 6, 3, 4, 2, 3, 1]
sleep = [8, 5.5, 7, 6, None, 6.5, 7.5, 6, 8, 5, 7.25]  # the night after day i
start = dt.date(2026, 10, 1)
out, with_, without = [], [], []
for i, sc in enumerate(scores):
    day = start + dt.timedelta(days=i)
    out.append({"kind": "soreness", "at": "%sT20:00:00Z" % day, "region": "quads",
                "score": sc, "flags": []})
    if i < len(sleep) and sleep[i] is not None:
        out.append({"kind": "wellness", "at": "%sT07:00:00Z" % (day + dt.timedelta(days=1)),
                    "sleep_secs": int(sleep[i] * 3600)})
        if sc >= 1:
            (with_ if sleep[i] >= 7 else without).append(scores[i + 1] - sc)
with open(sys.argv[1], "w") as f:
    f.writelines(json.dumps(e) + "\n" for e in out)
json.dump({"with_days": len(with_), "without_days": len(without),
           "with_change": statistics.mean(with_), "without_change": statistics.mean(without)},
          open(sys.argv[2], "w"))
PY
ok import "$WORK/nights.ndjson"
ok summary 2026-10-01..2026-10-12 --json
python3 - "$OUT" "$WORK/nights.json" <<'PY' && pass || fail "the night comparison differs from the independent computation"
import json, sys
got = [h for h in json.load(open(sys.argv[1]))["helps"] if h.get("factor") == "sleep_7h"]
want = json.load(open(sys.argv[2]))
assert len(got) == 1 and got[0]["region"] == "quads" and "action" not in got[0], got
for k in ("with_days", "without_days"):
    assert got[0][k] == want[k], (k, got[0], want)
for k in ("with_change", "without_change"):
    assert abs(got[0][k] - want[k]) < 0.006, (k, got[0], want)
PY
ok summary 2026-10-01..2026-10-12
has "quads after a night of 7 h or more: next-day score"

finish
