"""check: what a person would see in a report, read from its HTML (as
written, or as Chromium's --dump-dom gives it), against summary --json.

check.py period HTML SUMMARY_JSON   the period report
check.py region HTML TEXT...        the page holds each TEXT (and no script,
                                    nothing to fetch, the disclaimer)
Prints one line per failed check and exits 1 when any failed."""
import html.parser
import json
import re
import sys


class Page(html.parser.HTMLParser):
    """Every element with its attributes, and the text, with where it sits."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements, self.texts, self.open = [], [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in ('br', 'meta', 'rect', 'line', 'circle', 'ellipse', 'path', 'polyline'):
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.open and self.open.pop() != tag:
            pass

    def handle_data(self, data):
        self.texts.append((tuple(self.open), data))

    def find(self, tag=None, cls=None, **attrs):
        out = []
        for t, a in self.elements:
            if tag and t != tag:
                continue
            if cls and cls not in a.get('class', '').split():
                continue
            if all(a.get(k.replace('_', '-')) == v for k, v in attrs.items()):
                out.append(a)
        return out

    def text(self):
        return ' '.join(' '.join(t for _, t in self.texts).split())


FAILS = []


def expect(ok, what):
    if not ok:
        FAILS.append(what)


def series(page, name):
    lines = page.find('polyline', cls=name)
    if len(lines) != 1:
        return None, None
    values = [float(v) for v in lines[0]['data-values'].split()]
    points = [tuple(float(c) for c in p.split(',')) for p in lines[0]['points'].split()]
    return values, points


def linear(values, points):
    """The points' heights are one falling straight function of the values
    (up to the rounding of the values to 2 decimals and of pixels to 1)."""
    if len(values) != len(points):
        return False
    ys = [p[1] for p in points]
    if len(set(values)) < 2:
        return len(set(ys)) <= 1
    n, mv, my = len(values), sum(values) / len(values), sum(ys) / len(ys)
    slope = sum((v - mv) * (y - my) for v, y in zip(values, ys)) / sum((v - mv) ** 2 for v in values)
    return slope < 0 and all(abs(my + (v - mv) * slope - y) <= 0.0051 * -slope + 0.06
                             for v, y in zip(values, ys))


def period(page, summary):
    days = summary['daily']
    expect(len(page.find('rect', cls='bar')) == len(days),
           'load bars: %d, days in range: %d' % (len(page.find('rect', cls='bar')), len(days)))
    expect([float(b['data-load']) for b in page.find('rect', cls='bar')] == [x['load'] for x in days],
           'bar loads differ from summary --json daily loads')
    # Each bar names its day and counts its sessions in words ("1 session").
    for x in days:
        n = x['sessions']
        title = '%s: %d session%s, %d min, load %.0f' % (x['date'], n, '' if n == 1 else 's',
                                                         x['minutes'], x['load'])
        expect(title in page.text(), 'no bar title %r' % title)
    for name in ('fitness', 'fatigue', 'form', 'acwr'):
        values, points = series(page, name)
        want = [x[name] for x in days if x[name] is not None]
        expect(values is not None and all(abs(a - b) < 0.0051 for a, b in zip(values, want))
               and len(values) == len(want), '%s line %s != summary --json %s' % (name, values, want))
        expect(values is not None and linear(values, points), '%s points are not the values drawn to scale' % name)
    for r in summary['regions']:
        coloured = [a for a in page.find(cls='place', data_region=r['region'])
                    if a.get('fill', '#ffffff') != '#ffffff' and a.get('data-score') == str(r['peak'])]
        expect(coloured, 'region %s is not coloured by its peak %d on the body map' % (r['region'], r['peak']))
        rows = page.find('g', cls='row', data_region=r['region'])
        expect(len(rows) >= 1, 'region %s has no timeline row' % r['region'])
    logged = {r['region'] for r in summary['regions']}
    for a in page.find(cls='place'):
        if a['data-region'] not in logged:
            expect(a.get('fill') == '#ffffff', 'unlogged %s is coloured' % a['data-region'])
    text = page.text()
    frm, to = summary['range']['from'], summary['range']['to']
    expect('%s to %s' % (frm, to) in text, 'the period %s to %s is not shown' % (frm, to))
    for key, fmt in (('sessions', '%d'), ('load', '%d'), ('monotony', '%.2f'), ('fitness', '%.1f'),
                     ('fatigue', '%.1f')):
        expect(fmt % summary[key] in text, '%s %s not in the figures' % (key, fmt % summary[key]))
    if summary['acwr'] is not None:
        expect('%.2f' % summary['acwr'] in text, 'acwr %.2f not in the figures' % summary['acwr'])
    for w in summary['warnings']:
        expect(w['message'] in text, 'warning missing: %s' % w['message'])
    expect('<script>alert(1)</script>' in text, 'the note <script>alert(1)</script> is not shown as text')
    common(page, text)


def common(page, text):
    expect(not page.find('script'), 'the page has a script element')
    expect(not page.find('b'), 'markup from a note became an element')
    expect('general information from your own log, not a diagnosis' in text, 'no disclaimer')
    for tag, a in page.elements:
        for k in ('src', 'href', 'srcset', 'action', 'data', 'xlink:href'):
            expect(k not in a or a[k].startswith('#') or a[k].startswith('data:'),
                   'a reference to fetch: <%s %s="%s">' % (tag, k, a.get(k)))
    raw = ' '.join(t for _, t in page.texts)
    expect(not re.search(r'url\(|@import', raw), 'the stylesheet fetches something')


def main():
    page = Page(open(sys.argv[2], encoding='utf-8').read())
    if sys.argv[1] == 'period':
        period(page, json.load(open(sys.argv[3])))
    else:
        text = page.text()
        for want in sys.argv[3:]:
            expect(want in text, 'not on the page: %s' % want)
        common(page, text)
    for f in FAILS:
        print(f)
    sys.exit(1 if FAILS else 0)


main()
