# output: what every reporting command owes its reader: a failed write is
# exit 1 with one line, colour as asked, COLUMNS without a terminal, help,
# config check --json, and CSV that is RFC 4180 and safe in a spreadsheet.
. "$(dirname "$0")/lib.sh"

ok log run 45m --rpe 8 --at "2026-11-20 08:00" --note "=HYPERLINK(\"http://x\",\"y\")"
ok sore quads 6 calves 4 --at "2026-11-20 12:00" --note "-2 from yesterday, still stiff"
ok did stretch 10m --at "2026-11-20 13:00" --note "'quoted' and +plus, @home"

# Standard output on a full disk: exit 1 and one line that says so.
for c in "history" "history --json" "summary" "summary --json" "summary --format csv" \
         "suggest" "suggest --json" "remind list" "remind list --json" "config show" \
         "config show --json" "config check" "config check --json" "export" \
         "export --format csv" "--help" "--version" "help" "help log" "help when" \
         "help regions" "log --help" "complete -- s" "--now 2026-11-21T19:00Z remind run --dry-run"; do
    # shellcheck disable=SC2086
    "$RECOV" $c >/dev/full 2>"$ERR"
    STATUS=$?
    same "$STATUS" 1 "recov $c >/dev/full: exit status"
    same "$(wc -l <"$ERR")" 1 "recov $c >/dev/full: lines on stderr"
    err_has "standard output"
done

# Colour: --color wins; else NO_COLOR beats CLICOLOR_FORCE, which beats the
# absence of a terminal.
esc=$(printf '\033[')
coloured() { if grep -qF "$esc" "$OUT"; then pass; else fail "no colour: $*"; fi; }
plain() { if grep -qF "$esc" "$OUT"; then fail "colour: $*"; else pass; fi; }
ok --color=always history; coloured "--color=always"
ok history --color=always; coloured "--color=always after the command"
ok --color history; coloured "--color"
(unset NO_COLOR; CLICOLOR_FORCE=1 "$RECOV" history >"$OUT" 2>"$ERR"); coloured "CLICOLOR_FORCE=1"
(unset NO_COLOR; CLICOLOR_FORCE=0 "$RECOV" history >"$OUT" 2>"$ERR"); plain "CLICOLOR_FORCE=0"
(NO_COLOR=1 CLICOLOR_FORCE=1 "$RECOV" history >"$OUT" 2>"$ERR"); plain "NO_COLOR and CLICOLOR_FORCE"
(unset NO_COLOR; CLICOLOR_FORCE=1 "$RECOV" --color=never history >"$OUT" 2>"$ERR"); plain "--color=never"
(unset NO_COLOR; "$RECOV" --color=auto history >"$OUT" 2>"$ERR"); plain "auto into a pipe"
script -qec "env -u NO_COLOR '$RECOV' --color=never history" /dev/null >"$OUT" 2>&1
plain "--color=never on a terminal"
rejects --color=sometimes history
err_has "expected auto, always or never"

# COLUMNS: the width when there is no terminal to ask.
# (The one-line disclaimer at the end is not advice and is never wrapped.)
widest() { awk '!/^general information/ { if (length > w) w = length } END { print w + 0 }' "$OUT"; }
ok suggest
[ "$(widest)" -gt 60 ] && pass || fail "suggest into a pipe should not wrap: $(widest)"
COLUMNS=60 "$RECOV" suggest >"$OUT" 2>"$ERR"
[ "$(widest)" -le 60 ] && pass || fail "COLUMNS=60: a line of $(widest): $(cat "$OUT")"
has "because"

# `recov help` is the overview; `recov help --help` is help's own help.
ok --help
cp "$OUT" "$WORK/overview"
ok help
same "$(cat "$OUT")" "$(cat "$WORK/overview")" "recov help = recov --help"
has "--color=WHEN"
lacks "complete "
ok help --help
has "usage: recov help"
has "regions"
ok help when
has "last monday"; has "2026-W47"; has ":quarter"; has "from monday to yesterday"
has "recov-dates(7)"
same "$(awk 'length > 79' "$OUT")" "" "help when fits 80 columns"
rejects help when extra

# config check --json.
ok config check --json
json_true 'd["ok"] is True and d["loaded"] is False and d["warnings"] == [] and d["file"].endswith("recov.ini")'
mkdir -p "$XDG_CONFIG_HOME/recov"
printf '[advice]\npersist_dayz = 9\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
run config check --json
same "$STATUS" 0 "config check --json with a warning"
json_true 'd["loaded"] is True and len(d["warnings"]) == 1 and "persist_days" in d["warnings"][0]'

# CSV: CRLF after every row; a text that a spreadsheet would run gets one
# more leading ' (and only in CSV).
ok export --format csv
same "$(grep -c $'\r$' "$OUT")" 5 "CRLF rows"
same "$(wc -l <"$OUT")" 5 "rows"
python3 - "$OUT" <<'PY' && pass || fail "CSV guard: $(cat "$OUT")"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
notes = [r["note"] for r in rows]
assert notes == ["'=HYPERLINK(\"http://x\",\"y\")", "'-2 from yesterday, still stiff",
                 "'-2 from yesterday, still stiff", "''quoted' and +plus, @home"], notes
assert all(r["kind"] in ("workout", "soreness", "recovery") for r in rows)
PY
ok export
has '"note":"=HYPERLINK'
has '"note":"-2 from yesterday'

finish
