# advice_random.py: random histories (seeded, the same every run) and what
# suggest says of them: never a line that does what another line says no
# to. usage: advice_random.py RECOV WORKDIR COUNT; prints one line per
# broken history and exits 1 when there is one.
import json, os, random, re, subprocess, sys

RECOV, WORK, COUNT = sys.argv[1], sys.argv[2], int(sys.argv[3])
REGIONS = ["calves", "quads", "hamstrings", "shins", "ankles", "knees", "lower-back",
           "shoulders", "glutes", "forearms"]
PAIRED = {"calves", "quads", "hamstrings", "shins", "ankles", "knees", "shoulders", "forearms"}
LEGS = {"calves", "quads", "hamstrings", "shins", "ankles", "knees", "feet"}
FLAGS = ["sharp", "swelling", "numbness", "tingling", "sprain", "radiating"]
TYPES = ["run", "cycle", "strength", "hike", "swim", "sports", "climb"]
ITEMS = {"heat": "bath", "massage": "massage", "foam rolling": "foam-roll", "ice": "ice"}


def history(rng):
    out = []
    for day in range(1, 21):
        if rng.random() < 0.5:
            out.append({"kind": "workout", "at": "2026-11-%02dT07:00:00Z" % day,
                        "type": rng.choice(TYPES), "minutes": rng.choice([30, 45, 60, 90]),
                        "rpe": rng.randint(3, 9)})
    for region in rng.sample(REGIONS, rng.randint(1, 3)):
        side = rng.choice([None, None, "left", "right"]) if region in PAIRED else None
        score = rng.randint(2, 7)
        for day in range(rng.randint(1, 19), 21, rng.choice([1, 2, 3])):
            e = {"kind": "soreness", "at": "2026-11-%02dT08:00:00Z" % day, "region": region,
                 "score": max(0, min(10, score))}
            if side:
                e["side"] = side
            if rng.random() < 0.15:
                e["flags"] = [rng.choice(FLAGS)]
            out.append(e)
            score += rng.choice([-1, 0, 0, 1])
    return sorted(out, key=lambda e: e["at"])


def ruled_out(what):
    """The kinds a line says no to: its clauses that begin with "no "."""
    said = set()
    for clause in re.split(r"; ", what):
        for part in re.split(r" and (?=no )", clause):
            if part.startswith("no "):
                said |= {kind for item, kind in ITEMS.items() if item in part}
    return said


def sides_meet(a, b):
    return a is None or b is None or a == b


def broken(suggestions, text):
    found = []
    for s in suggestions:
        if s["region"] is None:
            continue
        for kind in ruled_out(s["what"]):
            for t in suggestions:
                if t["kind"] == kind and t["region"] == s["region"] and \
                        sides_meet(t.get("side"), s.get("side")):
                    found.append("%s: %s beside '%s'" % (s["region"], kind, s["what"]))
                if kind == "bath" and t["kind"] == "bath" and s["region"] in LEGS:
                    found.append("a warm soak for %s beside '%s' for %s (it reaches the "
                                 "legs)" % (t["region"], s["what"], s["region"]))
    for line in text.splitlines():
        lead, _, care = line.partition("; also ")
        no = ruled_out(lead)
        if ("bath" in no and "warm soak" in care) or \
                ("massage" in no and re.search(r"\bmassage\b", care)):
            found.append("one line says no and yes: " + line.strip())
    return sorted(set(found))


def main():
    failures = 0
    env = dict(os.environ, RECOV_CONFIG="/dev/null")
    for seed in range(COUNT):
        env["RECOV_DB"] = os.path.join(WORK, "random%d.db" % seed)
        path = os.path.join(WORK, "random%d.ndjson" % seed)
        with open(path, "w") as f:
            f.writelines(json.dumps(e) + "\n" for e in history(random.Random(seed)))
        subprocess.run([RECOV, "import", path], env=env, check=True, capture_output=True)
        ask = [RECOV, "--now", "2026-11-20 19:00", "suggest"]
        data = json.loads(subprocess.run(ask + ["--json"], env=env, check=True,
                                         capture_output=True, text=True).stdout)
        text = subprocess.run(ask, env=env, check=True, capture_output=True, text=True).stdout
        for problem in broken(data["suggestions"], text):
            failures += 1
            print("history %d (%s): %s" % (seed, path, problem))
    return 1 if failures else 0


sys.exit(main())
