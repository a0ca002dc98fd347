#!/bin/bash
# sync_partial: a shared file cut short at every byte, garbled or from a
# newer recov is skipped with a message, applies nothing, and is applied
# once whole.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SHARED="$WORK/shared"
mkdir -p "$SHARED"
A="$WORK/a.db" B="$WORK/b.db"
RECOV_DB=$A ok log run 30m --rpe 5 --at "2026-11-19 10:00" --note "first, with a note"
RECOV_DB=$A ok sore quads 4 --at "2026-11-19 20:00"
RECOV_DB=$A ok sync "$SHARED"
has "wrote 1 change"
file=$(ls "$SHARED"/*/0000000001.rcs)
adev=$(basename "$(dirname "$file")")
same "$(ls "$SHARED"/*/ | grep -c tmp)" "0" "no temporary file is left behind"
cp "$file" "$WORK/whole"
DB=$B
RECOV_DB=$B ok sync "$SHARED"
has "applied 1"
RECOV_DB=$B ok export
same "$(cat "$OUT")" "$(RECOV_DB=$A "$RECOV" export)" "B holds A's entries"

# A third device sees the file at every length it can have mid-copy.
DB="$WORK/c.db"
RECOV_DB=$DB ok sync --status "$SHARED"
mkdir -p "$WORK/empty"
RECOV_DB=$DB ok sync "$WORK/empty"
size=$(stat -c %s "$WORK/whole")
before=$(db_sum)
bad=0
for ((n = 0; n < size; n++)); do
    head -c "$n" "$WORK/whole" >"$file"
    RECOV_DB=$DB run sync "$SHARED"
    if [ "$STATUS" -ne 0 ] || ! grep -q "skipped .*0000000001.rcs" "$ERR" ||
        ! grep -q "applied 0" "$OUT" || [ "$(db_sum)" != "$before" ]; then
        bad=$((bad + 1))
        [ $bad -le 3 ] && fail "cut at $n bytes of $size: $STATUS $(cat "$OUT" "$ERR")"
    fi
done
[ $bad -eq 0 ] && pass

# Garbled in the middle: a bad checksum. From a newer recov: its format.
cp "$WORK/whole" "$file"
printf 'X' | dd of="$file" bs=1 seek=$((size - 10)) conv=notrunc 2>/dev/null
RECOV_DB=$DB run sync "$SHARED"
err_has "bad checksum"
same "$(db_sum)" "$before" "a garbled file changes nothing"
cp "$WORK/whole" "$file"
printf '\x07' | dd of="$file" bs=1 seek=8 conv=notrunc 2>/dev/null
RECOV_DB=$DB run sync "$SHARED"
err_has "format 7 is newer"
same "$(db_sum)" "$before" "a newer format changes nothing"
RECOV_DB=$DB ok sync --status --json "$SHARED"
json_true '[(p["applied"], p["pending"]) for p in d["devices"] if p["device"] == sys.argv[3]] == [(0, 1)]' "$adev"

# The schema a change is written in is that of what it holds (10), not the
# database's: a migration that only made the same rules faster to check
# (011) leaves the files readable by the recov from before it. A file
# stamped with a schema newer than this recov's database is skipped.
stamp() { python3 -c 'import sys; print(int.from_bytes(open(sys.argv[1], "rb").read()[56:60], "little"))' "$1"; }
same "$(stamp "$WORK/whole")" "10" "the schema stamped on a change of the log"
restamp() {
    python3 - "$WORK/whole" "$file" "$1" <<'PY'
import sys
b = bytearray(open(sys.argv[1], "rb").read())
b[56:60] = int(sys.argv[3]).to_bytes(4, "little")
h = 0xcbf29ce484222325
for i, c in enumerate(b):
    if 76 <= i < 84:
        continue
    h = ((h ^ c) * 0x100000001b3) & (2**64 - 1)
b[76:84] = h.to_bytes(8, "little")
open(sys.argv[2], "wb").write(b)
PY
}
newer=$(($(sql "PRAGMA user_version") + 1))
restamp "$newer"
before=$(db_sum)
RECOV_DB=$DB run sync "$SHARED"
err_has "written by a newer recov (schema $newer"
same "$(db_sum)" "$before" "a newer schema changes nothing"

# Whole at last: applied, once.
cp "$WORK/whole" "$file"
RECOV_DB=$DB ok sync "$SHARED"
has "applied 1"
RECOV_DB=$DB ok sync "$SHARED"
has "applied 0"
RECOV_DB=$DB ok export
same "$(cat "$OUT")" "$(RECOV_DB=$A "$RECOV" export)" "C holds A's entries once"
RECOV_DB=$DB ok sync --status --json "$SHARED"
json_true '[(p["applied"], p["pending"]) for p in d["devices"] if p["device"] == sys.argv[3]] == [(1, 0)]' "$adev"

# Bad usage: no folder, a folder that is not there.
refuses 2 sync
refuses 2 sync "$WORK/nowhere"
finish
