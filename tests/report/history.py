"""history: the fixed log the report tests render (NDJSON on stdout).

Eight weeks of training from 2026-10-03 (so the acute:chronic ratio is
reportable in November), and in November soreness in six regions, a side
for the ankle, red flags, recovery actions and notes, one of them markup."""
import datetime
import json

START = datetime.date(2026, 10, 3)
# A week of training: (weekday, type, minutes, rpe); 0 is Monday.
WEEK = [(0, 'run', 45, 6), (1, 'strength', 50, 7), (3, 'run', 60, 5), (5, 'hike', 120, 4),
        (6, 'yoga', 30, 2)]


def at(day, hour):
    return '%sT%02d:00:00Z' % (day.isoformat(), hour)


def d(text):
    return datetime.date.fromisoformat(text)


def main():
    out = []
    day = START
    while day <= d('2026-11-28'):
        for weekday, kind, minutes, rpe in WEEK:
            if day.weekday() == weekday:
                out.append({'kind': 'workout', 'at': at(day, 7), 'type': kind,
                            'minutes': minutes * (2 if day == d('2026-11-16') else 1), 'rpe': rpe})
        day += datetime.timedelta(days=1)
    out[-1]['note'] = 'felt "heavy" & slow <b>today</b>'
    sore = [('quads', None, '2026-11-17', [6, 5, 3, 1, 0]),
            ('calves', None, '2026-11-03', [4, 4, 3, 3, 3, 2, 2, 2, 2, 2]),
            ('lower-back', None, '2026-11-20', [5]),
            ('ankles', 'left', '2026-11-24', [6, 5, 4]),
            ('shoulders', None, '2026-11-10', [3, 2]),
            ('upper-back', None, '2026-11-26', [2])]
    for region, side, first, scores in sore:
        for i, score in enumerate(scores):
            e = {'kind': 'soreness', 'at': at(d(first) + datetime.timedelta(days=i), 8),
                 'region': region, 'score': score}
            if side:
                e['side'] = side
            out.append(e)
    flags = {('lower-back', '2026-11-20'): ['numbness'], ('ankles', '2026-11-24'): ['sprain', 'swelling']}
    for e in out:
        key = (e.get('region'), e['at'][:10])
        if key in flags:
            e['flags'] = flags[key]
    out[-1]['note'] = '<script>alert(1)</script>'
    for day, action, minutes, regions in [('2026-11-17', 'stretch', 15, ['quads']),
                                          ('2026-11-18', 'bath', 20, None),
                                          ('2026-11-24', 'ice', 15, ['ankles'])]:
        e = {'kind': 'recovery', 'at': at(d(day), 19), 'action': action, 'minutes': minutes}
        if regions:
            e['regions'] = regions
        out.append(e)
    for e in sorted(out, key=lambda e: e['at']):
        print(json.dumps(e))


main()
