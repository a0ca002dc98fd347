# hardening_text: control characters are refused on the way in (command
# line, import, config) and escaped on the way out for data that has them.
. "$(dirname "$0")/lib.sh"

ok log run 30m --note "warm-up	then tempo"
BEFORE=$(db_sum)
# The audit's escape: set the window title, clear the screen.
rejects log run 45m --note $'\e]0;PWNED\a\e[2J'; err_has "U+001B"; err_has "control character"
if grep -q $'\e' "$ERR"; then fail "the message itself carries the escape"; else pass; fi
err_has '\x1b]0;PWNED\x07'
rejects sore quads 3 --note $'line\nbreak'; err_has "U+000A"
rejects did stretch 10m --note $'\x9b2J'; err_has "UTF-8"        # C1 CSI, as one byte
rejects did stretch 10m --note $'\xc2\x9b2J'; err_has "U+009B"   # C1 CSI, as UTF-8
rejects log run 45m --note $'bell\x7f'; err_has "U+007F"
rejects log $'run\e[2J' 45m
RECOV_NOW=$'2026-11-20\e[2J' rejects history; err_has "RECOV_NOW"
same "$(db_sum)" "$BEFORE" "refused text changed the database"

# Import: the same through a JSON escape, the line named, nothing added.
printf '%s\n' '{"kind":"workout","at":"2026-11-19T17:00:00Z","type":"run","minutes":30,"note":"ok"}' \
    '{"kind":"workout","at":"2026-11-19T18:00:00Z","type":"run","minutes":30,"note":"\u001b]0;PWNED\u0007"}' \
    >"$WORK/esc.ndjson"
rejects import "$WORK/esc.ndjson"; err_has "line 2"; err_has "U+001B"
same "$(db_sum)" "$BEFORE" "a refused import changed the database"

# A config value or name with a control character is refused, line named.
mkdir -p "$XDG_CONFIG_HOME/recov"
printf '[regions]\nshank = shins\x1b[2J\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
rejects config check; err_has "line 2"; err_has "U+001B"
rm "$XDG_CONFIG_HOME/recov/recov.ini"

# Old data that holds escapes (written before they were refused, or by
# another program) is shown escaped by every text view.
sql "INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, rpe_estimated, note)
     VALUES ('00000000-0000-4000-8000-000000000098', 98, 'workout', $(epoch '2026-11-20 11:00Z'), 'walk', 30, 2, 0,
             char(27) || ']0;PWNED' || char(7) || char(27) || '[2J')"
sql "INSERT INTO entry (uid, batch, kind, at, type, minutes, rpe, rpe_estimated)
     VALUES ('00000000-0000-4000-8000-000000000099', 99, 'workout', $(epoch '2026-11-20 12:00Z'), 'run' || char(27) || '[31m', 30, 9, 0)"
for view in "history" "summary" "suggest" "history --json" "export" "summary --json"; do
    # shellcheck disable=SC2086
    ok $view
    case "$view" in
        *json*|export) pass ;;  # JSON escapes control characters itself
        *) if grep -q $'\e' "$OUT"; then fail "recov $view printed a raw ESC"; else pass; fi ;;
    esac
done
ok history
has 'warm-up	then tempo'
has '\x1b]0;PWNED\x07\x1b[2J'
has 'run\x1b[31m'
ok export
has '"note":"\u001B]0;PWNED\u0007\u001B[2J"'

# Distances are decimal: no hex, exponents, infinities or blanks.
for d in 0x10 1e2 inf nan " 5" "5 " . -1 +5; do
    rejects log run 30m --distance "$d"; err_has "decimal"
done
ok log run 30m --distance 10.5
ok log run 30m --distance .5
ok log run 30m --distance 12
same "$(sql "SELECT group_concat(distance_km, ' ') FROM entry WHERE distance_km IS NOT NULL")" \
    "10.5 0.5 12.0" "decimal distances as written"

finish
