# hardening_db: paths that do not fit, permissions, a read-only directory
# and another program holding the lock.
. "$(dirname "$0")/lib.sh"

# A path longer than recov can hold is refused before anything is created.
LONG="$WORK/long/$(printf 'd%.0s' $(seq 1 250))/$(printf 'e%.0s' $(seq 1 250))"
for i in $(seq 1 15); do LONG="$LONG/$(printf 'f%.0s' $(seq 1 250))"; done
rejects --db "$LONG/recov.db" log run 30m; err_has "longer than"
if [ -e "$WORK/long" ]; then fail "a directory was created for a path that does not fit"; else pass; fi
rejects --config "$LONG/recov.ini" config check; err_has "longer than"
XDG_DATA_HOME="$LONG" refuses 1 log run 30m; err_has "longer than"
if [ -e "$WORK/long" ]; then fail "a directory was created for XDG_DATA_HOME"; else pass; fi

# A database readable by others is made private again, with one warning.
ok log run 30m
sql "PRAGMA user_version" >/dev/null
chmod 0644 "$DB"
touch "$DB-wal" "$DB-shm"; chmod 0644 "$DB-wal" "$DB-shm"
ok history
same "$(grep -c 'readable by others' "$ERR")" "1" "one warning line"
same "$(stat -c %a "$DB")" "600" "database fixed to 0600"
same "$(stat -c %a "$DB-wal" 2>/dev/null || echo 600)" "600" "-wal fixed to 0600"
ok history
same "$(wc -c <"$ERR")" "0" "no warning once private"

# Another program holds the write lock past busy_timeout: the message says
# so, names it and says nothing was saved.
mkdir -p "$XDG_CONFIG_HOME/recov"
printf '[general]\nbusy_timeout = 1\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
python3 -c '
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); print("locked", flush=True); time.sleep(4)' "$DB" >"$WORK/holder" &
HOLDER=$!
for _ in $(seq 50); do grep -q locked "$WORK/holder" && break; sleep 0.1; done
BEFORE=$(count)
refuses 1 log run 20m
err_has "the log is locked by another program (pid $HOLDER); nothing was saved; try again"
refuses 1 sore quads 3; err_has "nothing was saved"
wait "$HOLDER"
same "$(count)" "$BEFORE" "nothing saved while locked"
ok log run 20m
rm "$XDG_CONFIG_HOME/recov/recov.ini"

# A database in a directory this user cannot write: reading works, writing
# says why not. Run as an unprivileged user (root may write anywhere).
RO="$WORK/ro"
mkdir -p "$RO/dir"
# An empty config that user can read, in place of the test user's.
: >"$RO/none.ini"
cp "$DB" "$RO/dir/recov.db"
chmod 0755 "$WORK" "$RO"
chown -R nobody "$RO"
chmod 0555 "$RO/dir"
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$RO" "$RECOV" --db "$RO/dir/recov.db" --config "$RO/none.ini" "$@" >"$OUT" 2>"$ERR"; STATUS=$?; }
SUM=$(sha256sum <"$RO/dir/recov.db")
for view in history summary suggest export "remind list"; do
    # shellcheck disable=SC2086
    as_nobody $view
    same "$STATUS" "0" "recov $view on a read-only directory: $(cat "$ERR")"
done
as_nobody history
has "run 30 min"
as_nobody log run 30m
same "$STATUS" "1" "a write to a read-only directory fails"
err_has "is not writable"; err_has "nothing was saved"
same "$(wc -l <"$ERR")" "1" "one line"
same "$(sha256sum <"$RO/dir/recov.db")" "$SUM" "the read-only database is untouched"
chmod 0755 "$RO/dir"

# The same with commits still in the WAL (a writer that never checkpointed):
# reading sees them.
cp "$DB" "$RO/wal.db"
python3 -c '
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, rpe_estimated, note) "
          "SELECT \"00000000-0000-4000-8000-00000000000a\", max(batch) + 1, \"workout\", 1795197600, \"walk\", 25, 2, 0, \"only in the wal\" FROM entry")
os._exit(0)' "$RO/wal.db"
[ -s "$RO/wal.db-wal" ] && pass || fail "no WAL was left behind"
mkdir "$RO/waldir"; mv "$RO"/wal.db* "$RO/waldir/"; chown -R nobody "$RO/waldir"; chmod 0555 "$RO/waldir"
setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$RO" "$RECOV" --db "$RO/waldir/wal.db" \
    --config "$RO/none.ini" history >"$OUT" 2>"$ERR"
same "$?" "0" "history of a read-only database with a WAL: $(cat "$ERR")"
has "only in the wal"
chmod 0755 "$RO/waldir"

finish
