# summary_json: `recov summary --json` on imported histories: the worked
# example, regions, recovery, warnings, deltas, the ratio, DST and ranges.
RECOV_NOW="2026-11-22 20:00" # a Sunday evening
. "$(dirname "$0")/lib.sh"

# Reading an empty log is an empty summary and creates no database.
ok summary --json
json_true "d['sessions'] == 0 and len(d['daily']) == 7 and d['acwr'] is None"
json_true "d['acwr_reason'] == 'no workouts logged yet' and d['regions'] == [] and d['helps'] == []"
if [ -e "$DB" ]; then fail "summary created the database"; else pass; fi

# The week of 16-22 November: daily loads [0,20,10,10,10,10,10] (SCIENCE.md).
{
    workouts run 30 6 2026-11-09T07:00
    soreness quads 2026-11-10T08:00=3
    workouts run 20 1 2026-11-17T07:00
    workouts yoga 10 1 2026-11-18T07:00
    workouts run 10 1 2026-11-{19,20,21,22}T07:00
    soreness quads 2026-11-18T08:00=6 2026-11-19T08:00=4 2026-11-20T08:00=2
    soreness lower-back 2026-11-20T08:00=5,numbness
    soreness calves 2026-11-21T08:00=2
    recovery stretch 10 quads 2026-11-18T19:00
    recovery stretch 15 - 2026-11-19T19:00
    recovery bath 20 - 2026-11-20T21:00
} >"$WORK/week.ndjson"
ok import "$WORK/week.ndjson"

ok summary --json
json_true "d['range'] == {'from': '2026-11-16', 'to': '2026-11-22'}"
json_true "d['monotony'] == 1.8708 and d['strain'] == 130.96"
json_true "d['sessions'] == 6 and d['minutes'] == 70 and d['load'] == 70"
json_true "[x['load'] for x in d['daily']] == [0, 20, 10, 10, 10, 10, 10]"
json_true "[x['date'] for x in d['daily']] == ['2026-11-%d' % i for i in range(16, 23)]"
json_true "d['by_type'] == [{'type': 'run', 'sessions': 5, 'minutes': 60, 'load': 60}, {'type': 'yoga', 'sessions': 1, 'minutes': 10, 'load': 10}]"
json_true "d['acwr'] is None and d['acwr_reason'] == 'needs 28 days of history, 14 so far'"
json_true "[r['region'] for r in d['regions']] == ['quads', 'lower-back', 'calves']"
json_true "{k: d['regions'][0][k] for k in ('peak', 'mean', 'days', 'trend', 'peak_delta')} == {'peak': 6, 'mean': 4.0, 'days': 3, 'trend': 'falling', 'peak_delta': 3}"
json_true "d['regions'][0]['preceded_by'] == [{'type': 'run', 'count': 1}]"
json_true "d['recovery'] == [{'action': 'stretch', 'count': 2, 'minutes': 25}, {'action': 'bath', 'count': 1, 'minutes': 20}]"
json_true "d['previous'] == {'sessions': 5, 'minutes': 40, 'load': -110}"
json_true "len(d['warnings']) == 1 and d['warnings'][0]['kind'] == 'red-flag' and d['warnings'][0]['flags'] == ['numbness'] and d['warnings'][0]['date'] == '2026-11-20'"
json_true "d['helps'] == []"
# Fitness and fatigue start at 0 on 9 November: check against the formula.
json_true "abs(d['fitness'] - round(sum(l * (2/43) * (41/43) ** (13 - i) for i, l in enumerate([180,0,0,0,0,0,0,0,20,10,10,10,10,10])), 2)) < 1e-9"
json_true "abs(d['form'] - (d['fitness'] - d['fatigue'])) < 0.011"
# Each day carries its own load state (the report's chart), computed by the
# same formula; the as-of day's is the period's.
json_true "all(abs(x['fitness'] - round(sum(l * (2/43) * (41/43) ** (7 + k - i) for i, l in enumerate([180,0,0,0,0,0,0,0,20,10,10,10,10,10][:8 + k])), 2)) < 1e-9 for k, x in enumerate(d['daily']))"
json_true "{k: d['daily'][-1][k] for k in ('fitness', 'fatigue', 'form', 'acwr')} == {k: d[k] for k in ('fitness', 'fatigue', 'form', 'acwr')}"
# Per-day scores per region: the Body table's sparkline, null when not logged.
json_true "d['regions'][0]['scores'] == [None, None, 6, 4, 2, None, None]"
json_true "d['regions'][1]['scores'] == [None, None, None, None, 5, None, None]"
# The recovery actions that covered each region, a list per day.
json_true "d['regions'][0]['actions'] == [[], [], ['stretch'], ['stretch'], ['bath'], [], []]"
json_true "d['regions'][1]['actions'] == [[], [], [], ['stretch'], ['bath'], [], []]"
# Days after the as-of day have no load state yet.
ok summary --json --now "2026-11-19 20:00"
json_true "[x['fitness'] is None for x in d['daily']] == [False] * 4 + [True] * 3 and d['daily'][3]['fitness'] == d['fitness']"

# A week still running is set against as many days of the week before, not
# a whole one: on Wednesday a Friday run last week is not yet "-1 session".
workouts run 60 6 2026-11-10T07:00 2026-11-13T07:00 2026-11-17T07:00 >"$WORK/running.ndjson"
RECOV_DB="$WORK/running.db" ok import "$WORK/running.ndjson"
RECOV_DB="$WORK/running.db" ok summary --json --now "2026-11-18 20:00"
json_true "d['compared'] == {'from': '2026-11-09', 'to': '2026-11-11'} and d['previous'] == {'sessions': 0, 'minutes': 0, 'load': 0}"
RECOV_DB="$WORK/running.db" ok summary --now "2026-11-18 20:00"
has "vs the first 3 of the previous 7 days: +0 sessions, +0 min, +0 load"
# A log begun this week has nothing before it to compare, of any length.
workouts run 60 6 2026-11-17T07:00 >"$WORK/new.ndjson"
RECOV_DB="$WORK/new.db" ok import "$WORK/new.ndjson"
RECOV_DB="$WORK/new.db" ok summary --now "2026-11-18 20:00"
has "vs the previous 7 days: no workout logged before 2026-11-16"
RECOV_DB="$WORK/running.db" ok summary --now "2026-11-23 08:00" :lastweek
has "vs the previous 7 days: -1 session, -60 min, -360 load"
RECOV_DB="$WORK/running.db" ok report --now "2026-11-18 20:00" :week -o "$WORK/running.html"
grep -q "+0 vs the first 3 of the previous 7 days" "$WORK/running.html" && pass ||
    fail "the report compares as the summary does: $(grep -o '<small>[^<]* vs [^<]*' "$WORK/running.html")"
# The Body table's "vs prev" compares the same days as the training figures:
# on Wednesday this week's quads (3) against last Monday to Wednesday's (5),
# not against last Saturday's 6, which this week has not reached yet. With
# the clock pinned back to Wednesday morning, Thursday's run, logged since,
# is not counted either: the totals stop where the days compared do.
{
    workouts run 60 6 2026-11-10T07:00 2026-11-13T07:00 2026-11-17T07:00 2026-11-19T07:00
    soreness quads 2026-11-10T18:00=5 2026-11-14T08:00=6 2026-11-17T18:00=3
} >"$WORK/peaks.ndjson"
RECOV_DB="$WORK/peaks.db" ok import "$WORK/peaks.ndjson"
RECOV_DB="$WORK/peaks.db" ok summary --json --now "2026-11-18 08:00"
json_true "[(r['region'], r['peak'], r['peak_delta']) for r in d['regions']] == [('quads', 3, -2)]"
json_true "d['sessions'] == 1 and [x['load'] for x in d['daily']] == [0, 360, 0, 0, 0, 0, 0]"
json_true "d['previous'] == {'sessions': 0, 'minutes': 0, 'load': 0}"
RECOV_DB="$WORK/peaks.db" ok summary --now "2026-11-18 08:00"
has "vs the first 3 of the previous 7 days: +0 sessions"
has "  quads          3   3.0    1 flat     -2       "

# The previous week on its own.
ok summary :lastweek --json
json_true "d['range'] == {'from': '2026-11-09', 'to': '2026-11-15'} and d['sessions'] == 1 and d['load'] == 180"
json_true "[x['load'] for x in d['daily']] == [180, 0, 0, 0, 0, 0, 0]"
# Its first workout is the first ever logged: nothing earlier to compare
# with, not "+180 load" against a time before the log began.
json_true "d['previous'] is None"
ok summary :lastweek
has "vs the previous 7 days: no workout logged before 2026-11-09"
lacks "+1 session"
# One day is compared with the day before, in words a person would use.
ok summary 2026-11-10
has "vs the previous day: -1 session, -"
ok summary :lastweek --format markdown
has "| sessions | 1 | - |"
ok report :lastweek -o "$WORK/first.html"
if grep -qF "no earlier log to compare" "$WORK/first.html"; then pass
else fail "the report compares the first week with the empty one before it"; fi

# A range that starts before the first entry: its days are there, as zeros.
ok summary 2026-11-01..2026-11-10 --json
json_true "len(d['daily']) == 10 and sum(x['load'] for x in d['daily'][:8]) == 0 and d['daily'][8]['load'] == 180"
json_true "d['acwr'] is None and d['acwr_reason'] == 'needs 28 days of history, 2 so far'"

# :3d is the last three days; :all starts at the first entry.
ok summary :3d --json
json_true "d['range'] == {'from': '2026-11-20', 'to': '2026-11-22'} and len(d['daily']) == 3"
ok summary :all --json
json_true "d['range']['from'] == '2026-11-09' and len(d['daily']) == 14 and d['sessions'] == 7"
# The same in words, and an open start begins at the first entry too, not
# in 1970.
ok summary all --json
json_true "d['range']['from'] == '2026-11-09' and len(d['daily']) == 14"
ok summary ..2026-11-15 --json
json_true "d['range'] == {'from': '2026-11-09', 'to': '2026-11-15'}"
ok summary "last week" --json
json_true "d['range'] == {'from': '2026-11-09', 'to': '2026-11-15'} and d['load'] == 180"
# Words need no quotes: they are one range, in summary, history and report.
ok summary last week --json
json_true "d['range'] == {'from': '2026-11-09', 'to': '2026-11-15'}"
ok summary last 3 days --json
json_true "d['range'] == {'from': '2026-11-20', 'to': '2026-11-22'}"
ok history last 3 days
has "2026-11-20"
lacks "2026-11-19"
ok report last 3 days -o "$WORK/words.html"
has "words.html"
# One day is a day, not "1 days".
ok summary 2026-11-09
has "summary 2026-11-09 .. 2026-11-09 (1 day; load figures as of 2026-11-09)"

# Bad input: usage errors, one line, nothing changed.
before=$(db_sum)
refuses 2 summary --format xml
err_has "expected text, json, csv or markdown"
refuses 2 summary :fortnight
err_has ":lastweek"
refuses 2 summary :week :lastweek
err_has "range ':week :lastweek': not understood"
# An error quotes what was typed, not a form recov made of it.
refuses 2 summary last 99999 days
err_has "range 'last 99999 days': counts 1 to 36600 days"
# A wrong word gets no suggestion two letters away ("now" for "foo").
refuses 2 summary foo
same "$(grep -c 'did you mean' "$ERR")" 0 "no suggestion for 'foo'"
refuses 2 summary 2026-11-10..2026-11-01
refuses 2 summary --jsn
refuses 2 summary --json --format csv
err_has "give one of them"
same "$(db_sum)" "$before" "a refused summary left the database unchanged"

# Five weeks of 60 min at RPE 5 every day: the ratio is reported, and a
# steady load gives acute = chronic.
python3 - >"$WORK/steady.ndjson" <<'PY'
import datetime
d = datetime.date(2026, 10, 1)
while d <= datetime.date(2026, 11, 22):
    print('{"kind":"workout","at":"%sT06:00:00Z","type":"cycle","minutes":60,"rpe":5}' % d)
    d += datetime.timedelta(days=1)
PY
OTHER="$WORK/steady.db"
RECOV_DB="$OTHER" ok import "$WORK/steady.ndjson"
RECOV_DB="$OTHER" ok summary --json
json_true "d['acwr'] == 1.0 and d['acwr_reason'] is None and d['monotony'] == 10"
json_true "d['strain'] == 21000 and d['fatigue'] == round(300 * (1 - 0.75 ** 53), 2)"

# Quads sore for ten days in a row: a persistence warning once, at the
# first log more than 7 days after the first.
python3 - >"$WORK/persist.ndjson" <<'PY'
for day in range(10, 20):
    print('{"kind":"soreness","at":"2026-11-%02dT09:00:00Z","region":"quads","score":3}' % day)
PY
RECOV_DB="$WORK/persist.db" ok import "$WORK/persist.ndjson"
RECOV_DB="$WORK/persist.db" ok summary --json
json_true "[(w['kind'], w['region'], w['date'], w['since'], w['days']) for w in d['warnings']] == [('persistent', 'quads', '2026-11-18', '2026-11-10', 9)]"

# What seems to help: stretched on three sore days, not on four others.
python3 - >"$WORK/helps.ndjson" <<'PY'
scores = [6, 4, 4, 3, 3, 2, 2, 1]
for i, s in enumerate(scores):
    print('{"kind":"soreness","at":"2026-11-%02dT08:00:00Z","region":"quads","score":%d}' % (i + 10, s))
for day in (10, 12, 14):
    print('{"kind":"recovery","at":"2026-11-%02dT20:00:00Z","action":"stretch","minutes":10,"regions":["quads"]}' % day)
print('{"kind":"recovery","at":"2026-11-11T20:00:00Z","action":"massage","minutes":30}')
PY
RECOV_DB="$WORK/helps.db" ok import "$WORK/helps.ndjson"
RECOV_DB="$WORK/helps.db" ok summary --json
json_true "d['helps'] == [{'region': 'quads', 'action': 'stretch', 'with_days': 3, 'without_days': 4, 'with_change': -1.33, 'without_change': -0.25, 'difference': -1.08}]"

# Berlin, 22-28 October 2026: summer time ends on the 25th. Entries just
# after local midnight belong to the local day, and the week is 7 days.
cat >"$WORK/dst.ndjson" <<'EOF'
{"kind":"workout","at":"2026-10-24T22:30:00Z","type":"run","minutes":10,"rpe":3}
{"kind":"workout","at":"2026-10-25T22:30:00Z","type":"run","minutes":30,"rpe":5}
{"kind":"workout","at":"2026-10-25T23:30:00Z","type":"run","minutes":20,"rpe":4}
EOF
RECOV_DB="$WORK/dst.db" ok import "$WORK/dst.ndjson"
RECOV_DB="$WORK/dst.db" TZ=Europe/Berlin ok summary 2026-10-22..2026-10-28 --json
json_true "[x['load'] for x in d['daily']] == [0, 0, 0, 180, 80, 0, 0]"
json_true "[x['date'] for x in d['daily']] == ['2026-10-%d' % i for i in range(22, 29)]"
RECOV_DB="$WORK/dst.db" TZ=UTC ok summary 2026-10-22..2026-10-28 --json
json_true "[x['load'] for x in d['daily']] == [0, 0, 30, 230, 0, 0, 0]"

# A sharp pain taken back with a 0 and logged again without the flag, all
# in the same minute: the new episode's flagless log brings no rule, so the
# summary warns of nothing the advice does not say (it crashed on a red
# flag warning with no rule behind it).
export RECOV_DB="$WORK/same.db" RECOV_NOW="2026-11-20 19:00"
ok log run 22m --rpe 7
ok sore calves 3 sharp
ok sore calves 0
ok sore calves 3
ok summary
ok summary --json
json_true "all(w['rule'] for w in d['warnings'])"
ok report -o "$WORK/same.html"

finish
