# foundation_durable: a writing command that exits 0 has synced its entry to
# disk, with one sync in the common case; reading commands sync nothing.
. "$(dirname "$0")/lib.sh"

ok log run 30m --rpe 5   # creates the database and its WAL
for args in "log run 45m --rpe 7" "sore quads 4 calves 2" "did stretch 10m" "rm 1" "undo"; do
    # shellcheck disable=SC2086
    n=$(syncs $args)
    same "$STATUS" "0" "recov $args"
    same "$n" "1" "syncs of recov $args"
done
for args in "summary" "history" "suggest" "export"; do
    # shellcheck disable=SC2086
    same "$(syncs $args)" "0" "syncs of recov $args"
done
# The WAL stays between commands (no checkpoint on close) ...
[ -e "$DB-wal" ] && pass || fail "the WAL was removed at close"

finish
