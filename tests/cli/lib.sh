# lib.sh: helpers for CLI tests. Source it; each test runs in a fresh home.
set -u
RECOV=${1:?usage: test.sh RECOV_BINARY}
TESTS=${RECOV_TESTS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/recov-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
export TZ=${TZ:-UTC} LC_ALL=C.UTF-8 NO_COLOR=1
# No system-wide config from the machine running the tests.
export XDG_CONFIG_DIRS="$WORK/xdg"
unset RECOV_DB RECOV_CONFIG COLUMNS CLICOLOR_FORCE
export RECOV_NOW=${RECOV_NOW:-"2026-11-20 19:00"}
DB="$XDG_DATA_HOME/recov/recov.db"
mkdir -p "$HOME"
FAILS=0
PASSES=0
OUT="$WORK/out"
ERR="$WORK/err"

fail() { echo "FAIL: $*" >&2; FAILS=$((FAILS + 1)); }
pass() { PASSES=$((PASSES + 1)); }

# run ARGS...: runs recov, keeping stdout in $OUT, stderr in $ERR, status in $STATUS.
run() { "$RECOV" "$@" >"$OUT" 2>"$ERR"; STATUS=$?; }

# ok ARGS...: recov must exit 0.
ok() {
    run "$@"
    if [ "$STATUS" -eq 0 ]; then pass; else fail "recov $* exited $STATUS: $(cat "$ERR")"; fi
}

# refuses STATUS ARGS...: recov must exit STATUS with exactly one line on stderr.
refuses() {
    local want=$1; shift
    run "$@"
    local lines; lines=$(wc -l <"$ERR")
    if [ "$STATUS" -ne "$want" ]; then fail "recov $* exited $STATUS, wanted $want"; return; fi
    if [ "$lines" -ne 1 ]; then fail "recov $*: $lines lines on stderr, wanted 1: $(cat "$ERR")"; return; fi
    pass
}

# has TEXT: stdout of the last run contains TEXT.
has() { if grep -qF -- "$1" "$OUT"; then pass; else fail "stdout lacks '$1': $(head -c 2000 "$OUT")"; fi; }
lacks() { if grep -qF -- "$1" "$OUT"; then fail "stdout has '$1'"; else pass; fi; }
err_has() { if grep -qF -- "$1" "$ERR"; then pass; else fail "stderr lacks '$1': $(cat "$ERR")"; fi; }

# same A B: two strings must be equal.
same() { if [ "$1" = "$2" ]; then pass; else fail "${3:-values differ}: '$1' != '$2'"; fi; }

# sql QUERY: prints the result of a query on the test database.
sql() { sqlite3 -batch -noheader "$DB" "$1"; }

# syncs ARGS...: how many fsync/fdatasync calls `recov ARGS` makes (strace);
# stdout, stderr and status as for run.
syncs() {
    strace -f -qq -c -o "$WORK/strace" -e trace=fsync,fdatasync "$RECOV" "$@" >"$OUT" 2>"$ERR"
    STATUS=$?
    awk '$NF ~ /^f(data)?sync$/ { n += $4 } END { print n + 0 }' "$WORK/strace"
}

# db_sum: a checksum of the database file and its WAL (to prove "unchanged").
db_sum() { cat "$DB" "$DB-wal" 2>/dev/null | sha256sum | cut -d' ' -f1; }

# json_true EXPR [ARG...]: the last stdout parses as JSON (d) and EXPR is
# true (python3); ARGs are sys.argv[3:].
json_true() {
    if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$OUT" "$@"; then
        pass
    else
        fail "JSON check '$1' failed on: $(head -c 2000 "$OUT")"
    fi
}

# finish: prints the closing count and sets the exit status.
finish() {
    echo "$PASSES passed, $FAILS failed"
    [ "$FAILS" -eq 0 ]
}

# rejects ARGS...: bad input: exit 2, one line on stderr, and the database
# $DB exactly as it was (still absent when there was none).
rejects() {
    if [ -e "$DB" ]; then
        local before; before=$(db_sum)
        refuses 2 "$@"
        same "$(db_sum)" "$before" "recov $*: changed the database"
    else
        refuses 2 "$@"
        if [ -e "$DB" ]; then
            fail "recov $*: created the database"
            rm -f "$DB" "$DB-wal" "$DB-shm"
        else
            pass
        fi
    fi
}

# count [WHERE]: number of entries in the test database.
count() { sql "SELECT count(*) FROM entry ${1:+WHERE $1}"; }

# epoch 'YYYY-MM-DD HH:MM[:SS]Z': unix seconds of a UTC time.
epoch() { date -u -d "$1" +%s; }

# NDJSON entries for import, on stdout; AT is a UTC time YYYY-MM-DDTHH:MM.
# workouts TYPE MINUTES RPE AT...: one workout at each AT.
workouts() {
    local type=$1 minutes=$2 rpe=$3 at; shift 3
    for at; do
        printf '{"kind":"workout","at":"%s:00Z","type":"%s","minutes":%s,"rpe":%s}\n' \
            "$at" "$type" "$minutes" "$rpe"
    done
}

# _json_list A,B,...: ["A","B",...].
_json_list() { printf '["%s"]' "${1//,/\",\"}"; }

# soreness REGION AT=SCORE[,FLAG...]...: a soreness log of REGION for each AT.
soreness() {
    local region=$1 log score flags; shift
    for log; do
        score=${log#*=} flags=
        case "$score" in *,*) flags=",\"flags\":$(_json_list "${score#*,}")" score=${score%%,*} ;; esac
        printf '{"kind":"soreness","at":"%s:00Z","region":"%s","score":%s%s}\n' \
            "${log%%=*}" "$region" "$score" "$flags"
    done
}

# recovery ACTION MINUTES REGION,...|- AT...: a recovery action at each AT, for
# those regions or ("-") the whole body.
recovery() {
    local action=$1 minutes=$2 regions=$3 at; shift 3
    if [ "$regions" = - ]; then regions=; fi
    for at; do
        printf '{"kind":"recovery","at":"%s:00Z","action":"%s","minutes":%s%s}\n' \
            "$at" "$action" "$minutes" "${regions:+,\"regions\":$(_json_list "$regions")}"
    done
}
