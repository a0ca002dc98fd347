# journal_sequence: six operations of every kind undone and redone leave the
# log exactly as it was; a kill -9 at any point of import, undo or edit
# leaves the database whole, in the state before or after.
. "$(dirname "$0")/lib.sh"

export_to() { "$RECOV" export >"$1" && "$RECOV" export --format csv >>"$1"; }

ok log walk 30m --at "2026-11-18 08:00"
ok sore calves 2 --at "2026-11-18 20:00"
export_to "$WORK/s0"

workouts swim 40 5 2026-11-19T07:00 2026-11-19T12:00 >"$WORK/more.ndjson"
ok log run 45m --rpe 7
ok sore quads 6 hamstrings 2
ok did stretch 10m --region legs
ok rm 1
ok edit 4 --score 4 --flag sharp
ok import "$WORK/more.ndjson"
export_to "$WORK/s6"

for i in 1 2 3 4 5 6; do ok undo; done
export_to "$WORK/now"
if cmp -s "$WORK/s0" "$WORK/now"; then pass; else fail "six undos: $(diff "$WORK/s0" "$WORK/now")"; fi
ok undo --dry-run
has "would undo 'sore'"
for i in 1 2 3 4 5 6; do ok redo; done
export_to "$WORK/now"
if cmp -s "$WORK/s6" "$WORK/now"; then pass; else fail "six redos: $(diff "$WORK/s6" "$WORK/now")"; fi
refuses 2 redo

# ---- kill -9 ----
# A history large enough that the commands take a while; with uids, so the
# state after an import is known in advance.
python3 - "$WORK/big.ndjson" <<'PY'
import json, sys, uuid
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        t = 1700000000 + i * 3600
        e = {"kind": "workout", "at": __import__("time").strftime("%Y-%m-%dT%H:%M:%SZ", __import__("time").gmtime(t)),
             "type": "run", "minutes": 30 + i % 60, "rpe": i % 11, "uid": str(uuid.UUID(int=i + 1, version=4))}
        f.write(json.dumps(e, separators=(",", ":")) + "\n")
PY
# save NAME / restore NAME: the database with its WAL (committed pages may
# still be there when recov exits).
save() { local f; for f in "" -wal -shm; do rm -f "$WORK/$1.db$f"; [ -e "$DB$f" ] && cp "$DB$f" "$WORK/$1.db$f"; done; return 0; }
restore() { local f; for f in "" -wal -shm; do rm -f "$DB$f"; [ -e "$WORK/$1.db$f" ] && cp "$WORK/$1.db$f" "$DB$f"; done; return 0; }
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log run 45m --rpe 7
save before
export_to "$WORK/before"
ok import "$WORK/big.ndjson"
export_to "$WORK/imported"
save imported
ok edit 1 --rpe 3
export_to "$WORK/edited"

# kills CMD...: runs recov CMD from a copy of $from.db and kills it at a
# random moment; the database must pass integrity_check and show $a or $b.
kills() {
    local n
    for n in $(seq 1 12); do
        restore "$from"
        "$RECOV" "$@" >/dev/null 2>&1 &
        local pid=$!
        sleep "0.$(printf '%03d' $((RANDOM % 400)))"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        same "$(sqlite3 "$DB" "PRAGMA integrity_check")" "ok" "integrity after kill -9 during $*"
        export_to "$WORK/now"
        if cmp -s "$WORK/now" "$WORK/$a" || cmp -s "$WORK/now" "$WORK/$b"; then pass
        else fail "kill -9 during $*: neither before nor after"; fi
    done
}
from=before a=before b=imported kills import "$WORK/big.ndjson"
from=imported a=imported b=before kills undo
from=imported a=imported b=edited kills edit 1 --rpe 3
finish
