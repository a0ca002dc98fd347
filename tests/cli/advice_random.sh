# advice_random: on random histories (the same ones every run), suggest never
# gives a line that does what another line for the region, or for a leg a
# warm soak would reach, says no to; nor says no and yes in one line.
. "$(dirname "$0")/lib.sh"

if python3 "$TESTS/cli/advice_random.py" "$RECOV" "$WORK" 100 >"$OUT" 2>"$ERR"; then pass
else fail "$(head -c 3000 "$OUT") $(cat "$ERR")"; fi
finish
