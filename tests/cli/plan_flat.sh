#!/usr/bin/env bash
# plan_flat: every statement the "now" commands run reads through an index,
# never the whole entry or reminder table (EXPLAIN QUERY PLAN of each), and
# no row they write to either table makes SQLite build a temporary b-tree
# (EXPLAIN of each INSERT and UPDATE).
# usage: plan_flat.sh RECOV SQL_LOG_SHIM GEN_HISTORY
source "$(dirname "$0")/remind_lib.sh"
SHIM=${2:?usage: plan_flat.sh RECOV SQL_LOG_SHIM GEN_HISTORY}
GEN=${3:?usage: plan_flat.sh RECOV SQL_LOG_SHIM GEN_HISTORY}
LOG="$WORK/sql.log"

# traced ARGS...: recov with every statement it prepares (recov-remind's
# too) appended to $LOG; exit statuses 0 and 3 (nothing shown) are fine.
traced() {
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
        RECOV_SQL_LOG="$LOG" LD_PRELOAD="$SHIM" "$RECOV" "$@" >"$OUT" 2>"$ERR"
    STATUS=$?
    if [ "$STATUS" -eq 0 ] || [ "$STATUS" -eq 3 ]; then pass; else
        fail "recov $* exited $STATUS: $(cat "$ERR")"; fi
}

# A year of history and reminders in every state, written untraced (the
# migrations' own statements copy whole tables, as they must).
"$GEN" 1 1 >"$WORK/year.ndjson"
ok import "$WORK/year.ndjson"
server
RECOV_NOW="2026-11-19 18:00" ok log run 60m --rpe 9
RECOV_NOW="2026-11-19 18:30" ok sore lower-back 6 --flag numbness
RECOV_NOW="2026-11-20 09:00" ok remind run
RECOV_NOW="2026-11-20 09:05" ok log cycle 20m --rpe 3
has_reminders=$(sql "SELECT count(DISTINCT kind) >= 3 AND count(DISTINCT state) >= 2 FROM reminder")
same "$has_reminders" 1 "reminders of several kinds and states to plan against"

# The commands that look at now, traced.
traced log run 45m --rpe 7
traced sore quads 6 hamstrings 7
traced did walk 20m
traced suggest
traced summary :week
traced remind list
traced remind run
traced remind run --dry-run
traced history :30d
n=$(sort -u "$LOG" | wc -l)
[ "$n" -ge 15 ] && pass || fail "only $n statements recorded: is the shim preloaded?"
grep -q "resolved_at IS NULL GROUP BY series" "$LOG" && pass ||
    fail "the open-warnings query was not recorded"

partial=$(sql "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")

# full_scans SQL: prints each step of SQL's plan that reads all of entry or
# reminder: a SCAN of the table, or of an index that is not partial, or a
# SEARCH bounded only from above in time ("at<?": from the first day of the
# history up to now, which grows with the years). A
# partial index holds only the rows a query can want (live, open), and the
# newest row by id ("ORDER BY id DESC LIMIT 1") is one step, not a scan.
full_scans() {
    local plan line newest
    plan=$(sqlite3 -batch "$DB" "EXPLAIN QUERY PLAN $1" 2>&1) || { echo "error: $plan"; return; }
    newest=$(grep -o "FROM entry ORDER BY id DESC LIMIT 1" <<<"$1" | wc -l)
    while IFS= read -r line; do
        if [[ $line =~ SEARCH\ (entry|reminder)\ .*[a-z_]+\<\?\)$ && ! $line =~ \> ]]; then
            echo "$line"; continue; fi
        [[ $line =~ SCAN\ (entry|reminder)($|\ ) ]] || continue
        if [[ $line =~ USING\ (COVERING\ )?INDEX\ ([a-z_]+) ]] &&
            grep -qx "${BASH_REMATCH[2]}" <<<"$partial"; then continue; fi
        if [[ $line =~ SCAN\ entry$ ]] && [ "$newest" -gt 0 ]; then
            newest=$((newest - 1)); continue; fi
        echo "$line"
    done <<<"$plan"
}

# The check catches what it must: a filter on an unindexed column, an OR
# across columns, a whole-index scan, everything before a time.
for bad in "SELECT id FROM reminder WHERE body = ?1" \
    "SELECT id FROM entry WHERE ?1 = 0 OR at > ?1" \
    "SELECT series FROM reminder GROUP BY series" \
    "SELECT id FROM entry WHERE kind = ?1 AND at <= ?2"; do
    [ -n "$(full_scans "$bad")" ] && pass || fail "not caught as a full scan: $bad"
done
[ -z "$(full_scans "SELECT batch FROM entry ORDER BY id DESC LIMIT 1")" ] && pass ||
    fail "the newest row by id taken for a full scan"

# per_row_trees DB SQL: the temporary b-trees (OpenEphemeral) the program of
# SQL, a write, builds. A CHECK or a trigger condition with an IN list of
# more than two constants builds one of its constants for every row written.
per_row_trees() {
    sqlite3 -batch "$1" "EXPLAIN $2" 2>&1 | awk '$2 == "OpenEphemeral" || /^Error/'
}
sqlite3 "$WORK/lists.db" "CREATE TABLE t (k TEXT CHECK (k IN ('a', 'b', 'c')));
    CREATE TABLE u (k TEXT CHECK (k = 'a' OR k = 'b' OR k = 'c'))"
[ -n "$(per_row_trees "$WORK/lists.db" "INSERT INTO t VALUES (?1)")" ] && pass ||
    fail "an IN list of three in a CHECK not caught"
[ -z "$(per_row_trees "$WORK/lists.db" "INSERT INTO u VALUES (?1)")" ] && pass ||
    fail "a CHECK of comparisons taken for a temporary b-tree"
writes=0
while IFS= read -r stmt; do
    [[ $stmt =~ ^(INSERT\ (OR\ [A-Z]+\ )?INTO|UPDATE)\ (entry|reminder)\  ]] || continue
    writes=$((writes + 1))
    trees=$(per_row_trees "$DB" "$stmt")
    if [ -z "$trees" ]; then pass; else fail "a temporary b-tree per row: $stmt => $trees"; fi
done < <(sort -u "$LOG")
[ "$writes" -ge 4 ] && pass || fail "only $writes writes to entry and reminder recorded"

while IFS= read -r stmt; do
    case "$stmt" in PRAGMA* | BEGIN* | COMMIT* | ROLLBACK* | SAVEPOINT* | RELEASE* | *sqlite_master*) continue ;; esac
    scans=$(full_scans "$stmt")
    if [ -z "$scans" ]; then pass; else fail "full scan: $stmt => $scans"; fi
done < <(sort -u "$LOG")

finish
