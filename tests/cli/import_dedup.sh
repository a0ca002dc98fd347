# import_dedup: importing what is already there adds nothing; recov's CSV
# export imports too; export -> import round-trips in both formats.
. "$(dirname "$0")/lib.sh"

ok log run 45m --rpe 7 --distance 8.1 --note '=SUM(A1), "quoted"'
ok log strength 1h --at "yesterday 17:00"
ok sore legs 5 --flag swelling
ok sore back 2 --at "2h ago" --note "@home"
ok did bath 20m --region quads --region calves
ok did rest
ok export
cp "$OUT" "$WORK/all.ndjson"
ok export --format csv
cp "$OUT" "$WORK/all.csv"
N=$(count)

# Into the same database: nothing is doubled (0.1 imported everything again).
ok import "$WORK/all.ndjson"
has "0 added, $N already present"
same "$(count)" "$N" "NDJSON import into the same database doubled entries"
ok import "$WORK/all.csv"
has "0 added, $N already present"
same "$(count)" "$N" "CSV import into the same database doubled entries"
# Imports that added nothing left no operation: undo would revert the last did.
ok undo --dry-run
has "would undo 'did'"
# Nor did the entries they skipped use up ids: the next entry is the next number.
ok log walk 20m --at "3h ago"
same "$(sql "SELECT max(id) FROM entry")" "$((N + 1))" "the id after skipped imports"
ok undo

# Into an empty database: the same export, byte for byte, from either format.
for fmt in ndjson csv; do
    other="$WORK/$fmt/recov.db"
    RECOV_DB="$other" ok import "$WORK/all.$fmt"
    has "$N added, 0 already present"
    RECOV_DB="$other" ok export
    if cmp -s "$OUT" "$WORK/all.ndjson"; then pass; else fail "$fmt round trip: $(diff "$WORK/all.ndjson" "$OUT")"; fi
    RECOV_DB="$other" ok export --format csv
    if cmp -s "$OUT" "$WORK/all.csv"; then pass; else fail "$fmt round trip (CSV): $(diff "$WORK/all.csv" "$OUT")"; fi
    # The same file twice leaves the database as after the first time.
    RECOV_DB="$other" ok import "$WORK/all.$fmt"
    has "0 added, $N already present"
    same "$(sqlite3 "$other" "SELECT count(*) FROM entry")" "$N" "second $fmt import"
done

# CRLF line ends, a UTF-8 byte order mark (as a spreadsheet saves it), and
# the spreadsheet-formula guard the export wrote (a text field that starts
# with = + - @ or ' carries one more ').
grep -qF "'=SUM(A1)" "$WORK/all.csv" && pass || fail "the export did not guard a formula"

python3 - "$WORK/all.csv" "$WORK/excel.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
with open(sys.argv[2], "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
PY
RECOV_DB="$WORK/excel/recov.db" ok import "$WORK/excel.csv"
has "$N added, 0 already present"
RECOV_DB="$WORK/excel/recov.db" ok export
if cmp -s "$OUT" "$WORK/all.ndjson"; then pass; else fail "guarded CRLF CSV: $(diff "$WORK/all.ndjson" "$OUT")"; fi

# Exactly one guarding ' is taken off.
printf 'kind,at,action,note\r\nrecovery,2026-11-18T10:00:00Z,walk,"\x27\x27quoted, once"\r\n' >"$WORK/quote.csv"
RECOV_DB="$WORK/quote/recov.db" ok import "$WORK/quote.csv"
same "$(sqlite3 "$WORK/quote/recov.db" "SELECT note FROM entry")" "'quoted, once" "one leading quote taken off"

# Without uids (hand-written files, 0.1 exports): skipped when the same kind,
# time and values are there; anything else is added.
sed 's/,"uid":"[^"]*"//' "$WORK/all.ndjson" >"$WORK/nouid.ndjson"
ok import "$WORK/nouid.ndjson"
has "0 added, $N already present"
workouts run 30 5 2026-11-19T07:00 >"$WORK/new.ndjson"
sed -n 1p "$WORK/nouid.ndjson" >>"$WORK/new.ndjson"
ok import "$WORK/new.ndjson"
has "1 added, 1 already present"
same "$(count)" "$((N + 1))" "one new entry"

# A uid that is present with other values is refused: exit 2, the line is
# named, nothing is imported.
workouts walk 20 2 2026-11-19T08:00 >"$WORK/clash.ndjson"
grep -m1 '"score":5' "$WORK/all.ndjson" | sed 's/"score":5/"score":6/' >>"$WORK/clash.ndjson"
rejects import "$WORK/clash.ndjson"
err_has "line 2: uid '"
err_has "other values"
same "$(count)" "$((N + 1))" "a refused import added nothing"

# A path that names nothing, even through a file taken for a folder, is
# bad input: exit 2, and nothing added.
rejects import "$WORK/nope.csv"
err_has "cannot open '$WORK/nope.csv': No such file or directory"
rejects import "$DB/not-a-directory.ndjson"
err_has "Not a directory"
same "$(count)" "$((N + 1))" "a missing file added nothing"
finish
