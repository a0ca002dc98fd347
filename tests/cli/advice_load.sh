# advice_load: training load across all regions: an acute:chronic spike and
# a monotonous week.
. "$(dirname "$0")/advice_lib.sh"

# days FIRST LAST MINUTES RPE [EVERY]: one run a day at 07:00 UTC from day
# FIRST to day LAST before 2026-11-20 (0 is the 20th), every EVERY-th day.
days() {
    python3 - "$@" <<'PY'
import datetime, sys
first, last, minutes, rpe = map(int, sys.argv[1:5])
every = int(sys.argv[5]) if len(sys.argv) > 5 else 1
end = datetime.date(2026, 11, 20)
for back in range(first, last - 1, -1):
    if back % every == 0:
        day = end - datetime.timedelta(days=back)
        print('{"kind":"workout","at":"%sT07:00:00Z","type":"cycle","minutes":%d,"rpe":%d}'
              % (day.isoformat(), minutes, rpe))
PY
}

# Five weeks of easy rides every other day, then a hard last week (every
# other day, so the week is not monotonous): the ratio spikes.
{ days 40 8 40 4 2; days 7 0 120 7 2; } | history
suggest_at "2026-11-20 19:00"
rule_is - reduce-load acwr-spike caution
never - vary-training
json_true 'any("does not predict injury" in s["because"] for s in d["suggestions"] if s["kind"] == "reduce-load")'
# The session that makes the spike says so when it is logged.
{ days 40 8 40 4 2; days 7 1 120 7 2; } | history
ok --now "2026-11-20 19:00" log cycle 120m --rpe 7
has "caution  lighter days for the next 3-4 days"
lacks "more: recov suggest"
ok --now "2026-11-20 19:05" log cycle 10m --rpe 2 --json
json_true '"acwr-spike" in [s["rule"] for s in d["advice"]]'
# acwr_spike is the ratio's threshold; above it, the week's jump is still
# said (the ratio's line stood for it).
printf '[advice]\nacwr_spike = 3.0\n' >"$WORK/acwr.ini"
ok --config "$WORK/acwr.ini" --now "2026-11-20 19:00" suggest --json
rule_is - reduce-load load-jump caution

# The same spike with under 28 days of history: the ratio is not reported,
# the week-over-week jump is (Nielsen et al. 2014).
{ days 20 8 40 4 2; days 7 0 120 7 2; } | history
suggest_at "2026-11-20 19:00"
rule_is - reduce-load load-jump caution
# Past 28 days the ratio speaks first (above: one line, the spike's), but a
# week that jumped while the ratio, smoothed over four weeks, stays under the
# spike is still said: the jump does not vanish on the 28th day of history.
{ days 40 8 40 4 2; days 7 0 60 5 2; } | history
suggest_at "2026-11-20 19:00"
rule_is - reduce-load load-jump caution
json_true 'any("was 1200 AU, up from 480" in s["because"] for s in d["suggestions"])'
# A jump is not a level to hold: the week after it is lighter.
json_true '[s["what"] for s in d["suggestions"] if s["rule"] == "load-jump"] == ["a lighter week: bring the next 7 days'"'"' load back toward the week before the jump, then raise it again in smaller steps"]'
ok --now "2026-11-20 19:00" summary --json
json_true 'd["acwr"] is not None and d["acwr"] < 1.5'

# While today has no load the week ends yesterday, and every view names that
# day: the jump in suggest is not the summary's calendar week, and must not
# read as a contradiction of its "vs the previous 7 days".
{ days 14 8 40 6 4; days 7 1 40 6 2; } | history
suggest_at "2026-11-20 09:00"
json_true 'any("load of the 7 days to 2026-11-19 was 720 AU, up from 480" in s["because"]
               for s in d["suggestions"] if s["rule"] == "load-jump")'
ok --now "2026-11-20 09:00" summary
has "7 days to 2026-11-19: monotony"
ok --now "2026-11-20 09:00" summary --json
json_true 'd["as_of"] == "2026-11-20" and d["week_end"] == "2026-11-19"'
# Once today has load, today ends the week everywhere.
ok --now "2026-11-20 09:00" log cycle 40m --rpe 6
ok --now "2026-11-20 10:00" summary
has "7 days to 2026-11-20: monotony"
suggest_at "2026-11-20 10:00"
json_true 'any("load of the 7 days to 2026-11-20 was 960 AU, up from 480" in s["because"]
               for s in d["suggestions"] if s["rule"] == "load-jump")'

# The same ride every day for a week: monotony above 2.0: vary training.
days 6 0 60 5 | history
suggest_at "2026-11-20 19:00"
rule_is - vary-training monotony caution
never - reduce-load
# --region asks about one region: general advice is left out.
suggest_at "2026-11-20 19:00" --region quads
never - vary-training
finish
