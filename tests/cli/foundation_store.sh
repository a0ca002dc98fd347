# foundation_store: the database file: private, migrated, WAL, refused when
# newer, and safe with several recov processes writing at once.
. "$(dirname "$0")/lib.sh"

umask 022
ok log run 45m --rpe 7
same "$(stat -c %a "$XDG_DATA_HOME/recov")" "700" "data directory mode"
same "$(stat -c %a "$DB")" "600" "database mode"
same "$(sql "PRAGMA journal_mode")" "wal" "journal mode"
VERSION=$(sql "PRAGMA user_version")
[ "$VERSION" -ge 1 ] && pass || fail "user_version is $VERSION"
same "$(sql "SELECT count(*) FROM sqlite_schema WHERE name = 'entry' AND sql LIKE '%STRICT%'")" "1" "STRICT"

# The schema's CHECKs hold even against writers other than recov.
if sqlite3 "$DB" "INSERT INTO entry (uid, batch, kind, at, region, score, flags) VALUES ('00000000-0000-4000-8000-000000000000', 9, 'soreness', 5, 'quads', 11, 0)" 2>/dev/null; then
    fail "CHECK let a score of 11 in"
else
    pass
fi

# A database from a newer recov is refused and left byte-for-byte alone.
NEWER="$WORK/newer.db"
sqlite3 "$NEWER" "PRAGMA journal_mode = WAL; CREATE TABLE entry (id INTEGER PRIMARY KEY, x);
                  INSERT INTO entry (x) VALUES ('future');
                  PRAGMA user_version = $((VERSION + 1));" >/dev/null
BEFORE=$(cat "$NEWER" "$NEWER-wal" 2>/dev/null | sha256sum)
for args in "log run 45m --rpe 7" "history" "export" "rm 1" "undo"; do
    # shellcheck disable=SC2086
    refuses 1 --db "$NEWER" $args
    err_has "newer"
    same "$(cat "$NEWER" "$NEWER-wal" 2>/dev/null | sha256sum)" "$BEFORE" "recov $args changed a newer database"
done
[ -e "$NEWER-wal" ] && fail "a WAL file appeared next to the newer database" || pass

# Concurrent writers wait for each other instead of failing: 2 x 10 at once,
# first on a database that does not exist yet, then on one that does. (Each
# waits up to 5 s for the lock: under AddressSanitizer on a loaded 2-core
# machine, 40 at once queued for longer than that.)
parallel_logs() {
    local pids=() failed=0
    for i in $(seq 1 20); do
        "$RECOV" --db "$1" log run $((i % 10 + 1))m --rpe 5 >"$WORK/par.$i" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
    same "$failed" "0" "parallel recov log failures: $(cat "$WORK"/par.* | grep -v '^logged' | head -3)"
}
# Creating the file races on switching it to WAL: try that a few times.
for round in 1 2 3; do
    parallel_logs "$WORK/par$round.db"
    same "$(sqlite3 "$WORK/par$round.db" "SELECT count(*), count(DISTINCT batch) FROM entry")" \
         "20|20" "parallel writes landed on a new database"
done
mv "$WORK/par1.db" "$WORK/par.db"
parallel_logs "$WORK/par.db"
same "$(sqlite3 "$WORK/par.db" "SELECT count(*), count(DISTINCT batch) FROM entry")" "40|40" "second round"
same "$(sqlite3 "$WORK/par.db" "PRAGMA integrity_check")" "ok" "integrity"

finish
