#!/bin/bash
# sync_encrypt: with a passphrase the shared files hold no plaintext; a
# wrong or missing passphrase is refused with nothing applied and nothing
# recorded; the right one converges.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SHARED="$WORK/shared"
mkdir -p "$SHARED" "$XDG_CONFIG_HOME/recov"
A="$WORK/a.db" B="$WORK/b.db"
# A reads its passphrase from a file (a newline ends the line), B from the
# environment: the same passphrase.
printf 'correct horse battery staple\n' >"$WORK/pass"
chmod 600 "$WORK/pass"
printf '[sync]\npassphrase_file = %s\n' "$WORK/pass" >"$WORK/a.ini"
export RECOV_DB=$A
ok --config "$WORK/a.ini" log run 45m --rpe 6 --at "2026-11-19 10:00" --note "zebra-knee-secret"
ok --config "$WORK/a.ini" sore quads 5 --at "2026-11-19 20:00"
ok --config "$WORK/a.ini" sync "$SHARED"
has "wrote 1 change"
uid=$(RECOV_DB=$A "$RECOV" export | head -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["uid"])')
if grep -rqa "zebra" "$SHARED"; then fail "a note is in the folder in plaintext"; else pass; fi
if grep -rqa "$uid" "$SHARED"; then fail "an entry's uid is in the folder in plaintext"; else pass; fi
if grep -rqa "quads" "$SHARED"; then fail "a region is in the folder in plaintext"; else pass; fi
ok --config "$WORK/a.ini" sync --status --json "$SHARED"
json_true 'd["encrypted"] is True'

# An encrypted file cut short at every byte (a copy in progress) is skipped
# like a plain one, with nothing applied, and applied once whole.
C="$WORK/c.db"
DB=$C
file=$(ls "$SHARED"/*/0000000001.rcs)
cp "$file" "$WORK/whole"
mkdir -p "$WORK/empty"
RECOV_DB=$C RECOV_SYNC_PASSPHRASE="correct horse battery staple" ok sync "$WORK/empty"
before=$(db_sum)
size=$(stat -c %s "$WORK/whole")
bad=0
for ((n = 0; n < size; n++)); do
    head -c "$n" "$WORK/whole" >"$file"
    RECOV_DB=$C RECOV_SYNC_PASSPHRASE="correct horse battery staple" run sync "$SHARED"
    if [ "$STATUS" -ne 0 ] || ! grep -q "skipped .*0000000001.rcs" "$ERR" ||
        [ "$(db_sum)" != "$before" ]; then
        bad=$((bad + 1))
        [ $bad -le 3 ] && fail "cut at $n bytes of $size: $STATUS $(cat "$OUT" "$ERR")"
    fi
done
[ $bad -eq 0 ] && pass
cp "$WORK/whole" "$file"
RECOV_DB=$C RECOV_SYNC_PASSPHRASE="correct horse battery staple" ok sync "$SHARED"
has "applied 1"
same "$(RECOV_DB=$C "$RECOV" export)" "$(RECOV_DB=$A "$RECOV" export)" "C holds A's entries"

# A byte of the sealed part changed and the checksum made right again (on
# purpose, not in transit): it does not open, and nothing of it is applied.
D="$WORK/d.db"
python3 - "$file" "$WORK/forged" <<'PY'
import sys
b = bytearray(open(sys.argv[1], "rb").read())
b[-5] ^= 1
h = 0xcbf29ce484222325
for x in bytes(b[:76]) + bytes(b[84:]):
    h = ((h ^ x) * 0x100000001b3) & 0xffffffffffffffff
b[76:84] = h.to_bytes(8, "little")
open(sys.argv[2], "wb").write(b)
PY
cp "$WORK/forged" "$file"
RECOV_DB=$D RECOV_SYNC_PASSPHRASE="correct horse battery staple" refuses 2 sync "$SHARED"
err_has "cannot decrypt"
same "$(sqlite3 "$D" "SELECT count(*) FROM entry")" "0" "a forged file applies nothing"
cp "$WORK/whole" "$file"

# B has a log of its own; without a passphrase, and with a wrong one, the
# sync is refused in one line and B's database is left as it was.
export RECOV_DB=$B
DB=$B
ok log walk 20m --at "2026-11-18 08:00"
before=$(db_sum)
folders=$(ls "$SHARED" | wc -l)
refuses 2 sync "$SHARED"
err_has "is encrypted and this device has no passphrase"
err_has "passphrase_file"
same "$(db_sum)" "$before" "no passphrase: nothing written"
RECOV_SYNC_PASSPHRASE="correct horse" refuses 2 sync "$SHARED"
err_has "wrong passphrase"
err_has "nothing was applied"
same "$(db_sum)" "$before" "a wrong passphrase: nothing written"
same "$(sql "SELECT count(*) FROM sync_peer")" "0" "nothing recorded as applied"
same "$(sql "SELECT count(*) FROM entry")" "1" "nothing applied"
same "$(ls "$SHARED" | wc -l)" "$folders" "a wrong passphrase writes no folder of its own"

# The right one: applied, and B's own files are encrypted too.
export RECOV_SYNC_PASSPHRASE="correct horse battery staple"
ok sync "$SHARED"
has "applied 1"
ok edit 1 --note "giraffe-ankle-private"
ok sync "$SHARED"
unset RECOV_SYNC_PASSPHRASE
export RECOV_DB=$A
ok --config "$WORK/a.ini" sync "$SHARED"
has "applied"
if grep -rqa -e "giraffe" -e "zebra" "$SHARED"; then fail "a note is in the folder in plaintext"; else pass; fi
same "$(RECOV_DB=$A "$RECOV" export)" "$(RECOV_DB=$B "$RECOV" export)" "A and B hold the same log"
same "$(RECOV_DB=$A "$RECOV" export | grep -c giraffe)" "1" "B's edit reached A"

# A passphrase file that is not there, or empty: one line, exit 2.
printf '[sync]\npassphrase_file = %s/missing\n' "$WORK" >"$WORK/bad.ini"
refuses 2 --config "$WORK/bad.ini" sync "$SHARED"
err_has "passphrase_file"
: >"$WORK/empty.pass"
printf '[sync]\npassphrase_file = %s/empty.pass\n' "$WORK" >"$WORK/bad.ini"
refuses 2 --config "$WORK/bad.ini" sync "$SHARED"
err_has "first line is empty"

# A changed passphrase on A is refused before A writes with it: its own
# earlier files no longer open.
ok --config "$WORK/a.ini" log run 30m --at "2026-11-20 07:00"
files=$(find "$SHARED" -name '*.rcs' | wc -l)
RECOV_SYNC_PASSPHRASE="another one" refuses 2 sync "$SHARED"
err_has "wrong passphrase"
same "$(find "$SHARED" -name '*.rcs' | wc -l)" "$files" "nothing written with another passphrase"
finish
