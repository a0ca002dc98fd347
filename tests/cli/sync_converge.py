"""sync_converge: three devices, one folder, random work and syncs in random
orders (fixed seed): every device ends with the same export, byte for byte,
and no entry is lost or duplicated."""
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

RECOV = sys.argv[1]
ROUNDS = int(os.environ.get("SYNC_ROUNDS", "40"))
STEPS = 24
work = tempfile.mkdtemp(prefix="recov-sync.")
fails = []
env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", NO_COLOR="1", HOME=work,
           XDG_CONFIG_HOME=work + "/config", XDG_CONFIG_DIRS=work + "/xdg",
           XDG_DATA_HOME=work + "/data", RECOV_NOW="2026-11-20 19:00")

IMPORTS = [  # the same file imported on several devices: same uids, one entry each
    {"kind": "workout", "at": "2026-10-0%dT07:00:00Z" % (i + 1), "type": "run",
     "minutes": 20 + i, "rpe": 4, "note": "imp%d" % i,
     "uid": "00000000-0000-4000-8000-00000000000%d" % i} for i in range(4)]


def recov(db, *args, check=True):
    p = subprocess.run([RECOV, *args], env=dict(env, RECOV_DB=db), capture_output=True,
                       text=True)
    if check and p.returncode != 0:
        fails.append("recov %s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr))
    return p


def notes(db):
    if not os.path.exists(db):
        return {}
    c = sqlite3.connect(db)
    rows = c.execute("SELECT id, note FROM entry").fetchall()
    c.close()
    return dict(rows)


def one_round(rnd, rng):
    d = tempfile.mkdtemp(dir=work)
    folder = d + "/shared"
    os.mkdir(folder)
    dbs = [d + "/%s.db" % n for n in "ABC"]
    imports = d + "/import.ndjson"
    with open(imports, "w") as f:
        for e in IMPORTS[: rng.randint(1, 4)]:
            f.write(json.dumps(e) + "\n")
    logged, fragile = set(), set()
    minute = 0
    for step in range(STEPS):
        db = rng.choice(dbs)
        act = rng.choice(["log", "log", "edit", "rm", "undo", "redo", "import", "sync",
                          "sync", "sync"])
        before = notes(db)
        if act == "log":
            minute += 1
            note = "r%d-%d" % (rnd, minute)
            recov(db, "log", "run", "%dm" % (10 + minute), "--rpe", "5", "--at",
                  "2026-11-01 %02d:%02d" % (minute // 60, minute % 60), "--note", note)
            logged.add(note)
        elif act == "edit" and before:
            recov(db, "edit", str(rng.choice(sorted(before))), "--minutes",
                  str(rng.randint(5, 90)))
        elif act == "rm" and before:
            recov(db, "rm", str(rng.choice(sorted(before))))
        elif act in ("undo", "redo"):
            recov(db, act, check=False)   # nothing to undo, or the log moved on
        elif act == "import":
            # Refused (nothing imported) when an entry of the file was edited here.
            if recov(db, "import", imports, check=False).returncode == 0:
                logged.update(e["note"] for e in IMPORTS if e["note"] in open(imports).read())
        elif act == "sync":
            recov(db, "sync", folder)
        gone = set(before.values()) - set(notes(db).values())
        fragile |= gone
    # Everyone syncs until nothing moves: twice round, in a random order.
    for _ in range(2):
        for db in rng.sample(dbs, 3):
            recov(db, "sync", folder)
    exports = [recov(db, "export").stdout for db in dbs]
    if len(set(exports)) != 1:
        fails.append("round %d: exports differ:\n%s" % (rnd, "\n--\n".join(exports)))
        return
    seen = [json.loads(line).get("note") for line in exports[0].splitlines()]
    for note in set(seen):
        if seen.count(note) > 1:
            fails.append("round %d: '%s' appears %d times" % (rnd, note, seen.count(note)))
    for note in logged - fragile:
        if note not in seen:
            fails.append("round %d: '%s' was lost" % (rnd, note))
    for db in dbs:
        status = json.loads(recov(db, "sync", folder, "--status", "--json").stdout)
        if any(p["pending"] for p in status["devices"]) or status["unwritten"]:
            fails.append("round %d: still pending after sync: %s" % (rnd, status))


rng = random.Random(20261120)
for rnd in range(ROUNDS):
    one_round(rnd, rng)
    if fails:
        break
subprocess.run(["rm", "-rf", work])
for f in fails[:5]:
    print("FAIL:", f, file=sys.stderr)
print("%d rounds, %d failures" % (ROUNDS, len(fails)))
sys.exit(1 if fails else 0)
