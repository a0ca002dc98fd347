#!/usr/bin/env bash
# foundation_wal: the WAL stays bounded however many commands run, each a
# process of its own, and past the checkpoint threshold a command still
# syncs once, not once per copy of the whole WAL.
. "$(dirname "$0")/lib.sh"

LOGS=300
ok log run 30m --rpe 5
largest=0
total=0
for _ in $(seq "$LOGS"); do
    n=$(syncs log run 45m --rpe 7)
    [ "$STATUS" -eq 0 ] || { fail "log exited $STATUS: $(cat "$ERR")"; break; }
    total=$((total + n))
    size=$(stat -c %s "$DB-wal")
    [ "$size" -gt "$largest" ] && largest=$size
done
entries=$(sql "SELECT count(*) FROM entry") # every log is in the database
same "$entries" "$((LOGS + 1))" "entries after $LOGS logs"

# The threshold is 1000 frames of a 4 KiB page; one commit may cross it.
limit=$((1100 * (4096 + 24)))
[ "$largest" -le "$limit" ] && pass || fail "the WAL grew to $largest bytes (limit $limit)"
# A few checkpoints cost a few syncs each; most logs sync once.
[ "$total" -le $((LOGS + LOGS / 10)) ] && pass ||
    fail "$total syncs for $LOGS logs: checkpoints on every command?"

# A command that writes much at once (an import) leaves nothing in the WAL
# for every later command to read again; a log leaves its few pages.
export RECOV_DB="$WORK/imported.db"
workouts run 40 6 2023-01-01T07:00 >"$WORK/one.ndjson"
python3 -c '
import datetime
day = datetime.date(2023, 1, 2)
for i in range(1000):
    at = (day + datetime.timedelta(days=i)).isoformat()
    print("{\"kind\":\"workout\",\"at\":\"%sT07:00:00Z\",\"type\":\"run\",\"minutes\":40,"
          "\"rpe\":6,\"note\":\"%s\"}" % (at, "easy " * 40))
' >"$WORK/big.ndjson"
ok import "$WORK/one.ndjson"
ok import "$WORK/big.ndjson"
same "$(stat -c %s "$RECOV_DB-wal")" 0 "WAL after an import of $(wc -l <"$WORK/big.ndjson") entries"
ok log run 45m --rpe 7
size=$(stat -c %s "$RECOV_DB-wal")
[ "$size" -gt 0 ] && [ "$size" -lt $((100 * 4120)) ] && pass ||
    fail "WAL of $size bytes after one log: checkpointed, or a bulk write?"
finish
