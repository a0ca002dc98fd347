# bad_inputs: the audit's table of bad inputs (tests/cli/data/bad_inputs.txt):
# each exits 2 with exactly one line on stderr and leaves the database
# byte for byte as it was.
. "$(dirname "$0")/lib.sh"
TABLE="$TESTS/cli/data/bad_inputs.txt"
INI="$XDG_CONFIG_HOME/recov/recov.ini"
mkdir -p "$(dirname "$INI")"

# A database with something in it: entries of every kind and reminders.
ok log run 45m --rpe 8 --at "yesterday 18:00" --note "tempo"
ok sore quads 5 calves 3
ok did stretch 10m --region quads
[ "$(sql "SELECT count(*) FROM reminder")" -gt 0 ] && pass || fail "no reminders in the seed"

FILE="$WORK/in.ndjson"
HUGE=$(head -c 100000 /dev/zero | tr '\0' 7)
LONG="$WORK/$(head -c 5000 /dev/zero | tr '\0' d)/recov.db"
DEEP=$(head -c 100000 /dev/zero | tr '\0' '[')
n=0
while IFS= read -r line; do
    case "$line" in '#'*|'') continue ;; esac
    n=$((n + 1))
    case "$line" in
        '@ndjson '*|'@bytes '*)
            case "$line" in
                '@ndjson $DEEP') printf '%s\n' "$DEEP" >"$FILE" ;;
                '@ndjson '*) printf '%s\n' "${line#@ndjson }" >"$FILE" ;;
                *) printf '%b\n' "${line#@bytes }" >"$FILE" ;;
            esac
            rejects import "$FILE"
            ;;
        '@config '*)
            printf '%b\n' "${line#@config }" >"$INI"
            rejects log run 30m
            rm -f "$INI"
            ;;
        *)
            eval "set -- $line"
            rejects "$@"
            ;;
    esac
    [ -n "${BAD_INPUTS_LOG:-}" ] && printf '%-60.60s -> %s\n' "$line" "$(cat "$ERR")" >>"$BAD_INPUTS_LOG"
done <"$TABLE"
[ "$n" -ge 120 ] && pass || fail "only $n bad inputs in the table"
echo "$n bad inputs"

finish
