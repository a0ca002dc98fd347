# import_stream: a large import is read as a stream: its peak memory stays
# bounded whatever the number of lines (NDJSON and CSV, file and standard
# input), a bad last line still leaves the database untouched, and the
# import is undone, redone and synced whole although it is journaled in parts.
. "$(dirname "$0")/lib.sh"

N=200000
# 64 MiB: the import that held every entry in memory peaked at 136 MiB for
# these 200,000 lines (Release build); streaming stays near 12 MiB (Release)
# and 35 MiB under AddressSanitizer, whose freed-memory quarantine is kept
# small here so that it does not count as the import's own memory.
BOUND_KIB=65536
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=1

# gen COUNT: COUNT entries of every kind, with uids, oldest first (a history
# exported from another copy of the log).
gen() {
    python3 - "$1" <<'PY'
import random, sys, time
rng = random.Random(7)
out = sys.stdout
for i in range(int(sys.argv[1])):
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(946771200 + i * 600))
    h = "%032x" % rng.getrandbits(128)
    uid = "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])
    k = i % 4
    if k == 0:
        out.write('{"kind":"workout","at":"%s","type":"run","minutes":%d,"rpe":%d,"distance_km":%.1f,"uid":"%s"}\n' % (at, 20 + i % 70, 2 + i % 8, 3 + i % 15, uid))
    elif k == 1:
        out.write('{"kind":"soreness","at":"%s","region":"quads","score":%d,"uid":"%s"}\n' % (at, i % 10, uid))
    elif k == 2:
        out.write('{"kind":"recovery","at":"%s","action":"stretch","minutes":10,"uid":"%s"}\n' % (at, uid))
    else:
        out.write('{"kind":"wellness","at":"%s","sleep_secs":%d,"mood":%d,"uid":"%s"}\n' % (at, 21600 + i % 7200, 1 + i % 5, uid))
PY
}

# peak ARGS...: runs recov like `run`; $PEAK is its peak resident set in KiB.
peak() {
    PEAK=$(python3 -c '
import resource, subprocess, sys
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as err, open(sys.argv[3]) as inp:
    status = subprocess.call(sys.argv[4:], stdin=inp, stdout=out, stderr=err)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, status)' \
        "$OUT" "$ERR" "${STDIN:-/dev/null}" "$RECOV" "$@")
    STATUS=${PEAK#* }
    PEAK=${PEAK% *}
}

# bounded WHAT: the last run succeeded within the memory bound.
bounded() {
    same "$STATUS" "0" "$1: $(cat "$ERR")"
    if [ "$PEAK" -lt "$BOUND_KIB" ]; then pass; else fail "$1: peak $PEAK KiB, bound $BOUND_KIB KiB"; fi
}

gen "$N" >"$WORK/all.ndjson"

peak import "$WORK/all.ndjson"
bounded "NDJSON import of $N entries"
has "$N added, 0 already present"
same "$(count)" "$N" "entries after the NDJSON import"

ok export --format csv
cp "$OUT" "$WORK/all.csv"
OTHER="$WORK/other.db"
RECOV_DB=$OTHER peak import "$WORK/all.csv"
bounded "CSV import of $N entries"
has "$N added, 0 already present"
RECOV_DB=$OTHER ok export
sort "$OUT" >"$WORK/other.sorted"
ok export
sort "$OUT" >"$WORK/mine.sorted"
if cmp -s "$WORK/mine.sorted" "$WORK/other.sorted"; then pass; else fail "the CSV import differs from its source"; fi

# Standard input is read once, like a file: the same bound.
THIRD="$WORK/third.db"
STDIN="$WORK/all.ndjson" RECOV_DB=$THIRD peak import -
bounded "import - of $N entries"
has "$N added, 0 already present"

# A bad last line: nothing added, the database byte for byte as it was, and
# a database that did not exist is not created.
cp "$WORK/all.ndjson" "$WORK/bad.ndjson"
echo '{"kind":"soreness","at":"2020-01-01T00:00:00Z","region":"nowhere","score":3}' >>"$WORK/bad.ndjson"
sql "DELETE FROM entry WHERE id > $((N / 2))"
BEFORE=$(count)
rejects import "$WORK/bad.ndjson"
err_has "line $((N + 1)): region 'nowhere'"
same "$(count)" "$BEFORE" "a bad last line added entries"
"$RECOV" import - <"$WORK/bad.ndjson" >"$OUT" 2>"$ERR"
same "$?" "2" "import - of a file with a bad last line"
same "$(count)" "$BEFORE" "a bad last line on standard input added entries"
RECOV_DB="$WORK/new.db" refuses 2 import "$WORK/bad.ndjson"
if [ -e "$WORK/new.db" ]; then fail "a refused import created the database"; else pass; fi

# A uid that clashes on the last line is found while adding: rolled back.
sed -n 1p "$WORK/all.ndjson" | sed 's/"minutes":[0-9]*/"minutes":99/' >"$WORK/clash.line"
head -n $((N / 2 + 10)) "$WORK/all.ndjson" | tail -n 10 >"$WORK/clash.ndjson"
cat "$WORK/clash.line" >>"$WORK/clash.ndjson"
BEFORE=$(count)
refuses 2 import "$WORK/clash.ndjson"
err_has "line 11: uid"
same "$(count)" "$BEFORE" "a clashing uid left entries behind"

# Undo takes back the whole import (journaled in parts), redo repeats it.
RECOV_DB=$OTHER ok undo
has "removed"
same "$(sqlite3 "$OTHER" "SELECT count(*) FROM entry")" "0" "undo of a $N-entry import"
RECOV_DB=$OTHER ok redo
same "$(sqlite3 "$OTHER" "SELECT count(*) FROM entry")" "$N" "redo of a $N-entry import"
RECOV_DB=$OTHER ok export
sort "$OUT" >"$WORK/other.sorted"
if cmp -s "$WORK/mine.sorted" "$WORK/other.sorted"; then pass; else fail "redo differs from the import"; fi

# Sync: every part of an import reaches the other device, and so does its undo.
SHARED="$WORK/shared"
mkdir -p "$SHARED"
A="$WORK/a.db" B="$WORK/b.db"
RECOV_DB=$A ok sync "$SHARED"
RECOV_DB=$B ok sync "$SHARED"
head -n 10000 "$WORK/all.ndjson" >"$WORK/some.ndjson"
RECOV_DB=$A ok import "$WORK/some.ndjson"
RECOV_DB=$A ok sync "$SHARED"
RECOV_DB=$B ok sync "$SHARED"
same "$(sqlite3 "$B" "SELECT count(*) FROM entry")" "10000" "the other device after a synced import"
RECOV_DB=$A ok export
sort "$OUT" >"$WORK/a.sorted"
RECOV_DB=$B ok export
sort "$OUT" >"$WORK/b.sorted"
if cmp -s "$WORK/a.sorted" "$WORK/b.sorted"; then pass; else fail "the devices differ after a synced import"; fi
RECOV_DB=$A ok undo
RECOV_DB=$A ok sync "$SHARED"
RECOV_DB=$B ok sync "$SHARED"
same "$(sqlite3 "$B" "SELECT count(*) FROM entry")" "0" "the other device after a synced undo"

# A database that does not sync keeps an import's parts as the ids they
# inserted, not as changesets: its journal is no larger than a few rows.
C="$WORK/c.db" D="$WORK/d.db" SHARED="$WORK/shared-cd"
mkdir -p "$SHARED"
RECOV_DB=$C ok import "$WORK/some.ndjson"
same "$(sqlite3 "$C" "SELECT count(*), sum(length(changes)), sum(rows) FROM journal_part")" \
    "3|0|10000" "the parts of an import on a database that does not sync"
# Another device's edit of an imported entry, synced back, makes undo
# refuse (sync marks the part it changed), as it does for an
# import journaled in full, instead of removing the edited entry.
RECOV_DB=$C ok sync "$SHARED"
# A device that imported the same file changes nothing here: undo still can.
E="$WORK/e.db"
RECOV_DB=$E ok import "$WORK/some.ndjson"
RECOV_DB=$E ok sync "$SHARED"
RECOV_DB=$C ok sync "$SHARED"
has "applied 1 from 1 other device"
RECOV_DB=$C ok undo --dry-run
has "removed #"
RECOV_DB=$D ok sync "$SHARED"
UID1=$(sed -n '1s/.*"uid":"\([^"]*\)".*/\1/p' "$WORK/some.ndjson")
RECOV_DB=$D ok edit "$(sqlite3 "$D" "SELECT id FROM entry WHERE uid = '$UID1'")" --minutes 99
RECOV_DB=$D ok sync "$SHARED"
RECOV_DB=$C ok sync "$SHARED"
same "$(sqlite3 "$C" "SELECT minutes FROM entry WHERE uid = '$UID1'")" "99" "D's edit on C"
RECOV_DB=$C refuses 1 undo
err_has "no longer matches"
same "$(sqlite3 "$C" "SELECT count(*) FROM entry")" "10000" "entries after a refused undo"

finish
