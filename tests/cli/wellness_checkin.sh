# wellness_checkin: `recov checkin` on a pseudo-terminal: the regions worked
# since the last check-in and those still sore are asked, Enter skips, ?
# explains, a flag follows a score, any other region may follow them, the
# wellness items come last; one operation saves it all and settles the
# check-in reminder; Ctrl-C and end of input save nothing; without a
# terminal, the one-line equivalent.
. "$(dirname "$0")/lib.sh"

# drive EXPECT<TAB>SEND lines on stdin: runs `recov checkin` on a pty.
drive() {
    python3 "$TESTS/cli/pty_drive.py" "$OUT" -- "$RECOV" checkin "$@"
    STATUS=$?
}
row() { printf '%s\t%s\n' "$1" "$2"; }
# skip_wellness: Enter at each wellness item.
skip_wellness() {
    for q in "sleep, hours" "sleep quality" "fatigue" "stress" "mood" "resting heart" "HRV"; do
        row "$q" ""
    done
}

# The run works quads and calves here; questions come in region order.
mkdir -p "$XDG_CONFIG_HOME/recov"
printf '[workout.run]\nregions = quads calves\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
# Wed: the left knee was sore; Thu 19:00 a hard run; Fri 07:00 the check-in.
RECOV_NOW="2026-11-18 08:00" ok sore knees 4 --note "left one"
sql "UPDATE entry SET side = 'left' WHERE kind = 'soreness'"
RECOV_NOW="2026-11-19 19:00" ok log run 45m --rpe 7
chk=$(sql "SELECT max(id) FROM reminder WHERE kind = 'checkin'")
[ -n "$chk" ] && pass || fail "the hard run scheduled no check-in"
export RECOV_NOW="2026-11-20 07:00"

# No terminal: exit 2, one line naming the command that does the same.
before=$(db_sum)
run checkin </dev/null
same "$STATUS" 2 "checkin without a terminal"
same "$(wc -l <"$ERR")" 1 "one line on stderr"
err_has "recov sore"
err_has "recov sore quads N calves N knees N"
err_has "&& recov well --sleep 7h30"
same "$(db_sum)" "$before" "nothing written without a terminal"

# Ctrl-C halfway: nothing saved.
{
    row "quads, soreness 0-10:" "3"
    row "calves, soreness 0-10:" "^C"
} >"$WORK/answers"
drive <"$WORK/answers"
same "$STATUS" 130 "Ctrl-C exits 130"
has "nothing saved"
same "$(db_sum)" "$before" "Ctrl-C saves nothing"

# End of input halfway: nothing saved.
{
    row "soreness 0-10:" "^D"
} >"$WORK/answers"
drive <"$WORK/answers"
same "$STATUS" 1 "end of input exits 1"
same "$(db_sum)" "$before" "end of input saves nothing"

# The whole check-in: ? explains, a bad answer is asked again (and leaves
# no flag behind), Enter skips, a flag follows a score, and the place said
# again before the score ("left knee 6") is the place asked about.
{
    row "quads, soreness 0-10:" "5 sharp bogus"
    row "flag 'bogus': unknown" "5"
    row "calves, soreness 0-10:" ""
    row "left knee (still sore), soreness 0-10:" "?"
    row "7-10 severe" "11"
    row "must be a whole number" "left knee 6 swelling"
    row "Sore anywhere else? a region and its score, or Enter:" "?"
    row "Asked again until Enter (or no)." "upper back"
    row "upper-back: missing its score (0-10), e.g. 'upper-back 4'" "quads 2"
    row "quads: answered already in this check-in" "upper back 3 sharpp"
    row "flag 'sharpp': unknown; flags are sharp, swelling" "upper back 3"
    row "Sore anywhere else?" "3"
    row "Sore anywhere else?" "no"
    row "sleep, hours (e.g. 7.5 or 7h30):" "5h30"
    row "sleep quality, 1 insomnia ... 5 very restful:" "?"
    row "5 very restful" "2"
    row "fatigue, 1 always tired ... 5 very fresh:" "0"
    row "from 1 (always tired)" "2"
    row "stress" ""
    row "mood" "4"
    row "resting heart rate, bpm:" "58"
    row "HRV (rMSSD), ms:" ""
    row "Save? [Y/n]" ""
} >"$WORK/answers"
drive <"$WORK/answers"
same "$STATUS" 0 "check-in saved: $(cat "$OUT")"
has "left knee sore 6/10 [swelling]"
# A score with no region says which goes first, as sore does.
has "'3': a region goes first, then its score, e.g. 'left calf 3'"
has "wellness: sleep 5h30, sleep quality 2/5, fatigue 2/5, mood 4/5, RHR 58"
has "advice:"
same "$(sql "SELECT region, coalesce(side, '-'), score, flags FROM entry
             WHERE kind = 'soreness' AND at = strftime('%s', '2026-11-20 07:00') ORDER BY region")" \
     "$(printf '%s\n' "knees|left|6|2" "quads|-|5|0" "upper-back|-|3|0")" \
     "soreness stored: one per answer, skips left out, another region asked for"
same "$(sql "SELECT sleep_secs, sleep_quality, fatigue, coalesce(stress, '-'), mood, resting_hr, coalesce(hrv, '-')
             FROM entry WHERE kind = 'wellness'")" "19800|2|2|-|4|58|-" "wellness stored"
same "$(sql "SELECT count(DISTINCT batch) FROM entry WHERE at = strftime('%s', '2026-11-20 07:00')")" 1 \
     "one operation"
same "$(sql "SELECT state FROM reminder WHERE id = $chk")" acknowledged "the check-in reminder is settled"
# The advice for what was logged, as `sore` prints it: the knee, sore
# before the run and swollen after it, is an injury getting worse (the run
# loaded it); massage for the quads after the run, and no warm soak beside
# the injured knee's PRICE.
has "warning  left knee: urgent GP appointment or 111: it is getting worse; PRICE"
# Once: the terminal has just shown it, so no "recov: warning:" copy on
# stderr, which shares the terminal (a script reading stdout gets one).
lacks "recov: warning:"
has "quads: massage, foam rolling"
lacks "quads: a warm soak"
# The morning's own line: 5 h 30 of sleep after the hard run.
has "a lighter day today"
has "sleep 5h30 this morning after a hard run session"
ok undo
has "removed"
same "$(sql "SELECT count(*) FROM entry WHERE at = strftime('%s', '2026-11-20 07:00')")" 0 \
     "undo takes the whole check-in back"

# Answering n at the end saves nothing; skipping everything saves nothing.
before=$(db_sum)
{
    row "quads, soreness 0-10:" ""
    row "calves, soreness 0-10:" ""
    row "left knee (still sore), soreness 0-10:" "2"
    row "Sore anywhere else?" ""
    skip_wellness
    row "Save? [Y/n]" "n"
} >"$WORK/answers"
drive <"$WORK/answers"
same "$STATUS" 0 "declined"
has "nothing saved"
same "$(db_sum)" "$before" "declining saves nothing"

# Only the regions worked since the last answered check-in: a soreness log
# after the run means the run's regions are not asked again.
RECOV_NOW="2026-11-20 06:00" ok sore left-knee 0
{
    row "Sore anywhere? a region and its score (left calf 4), or Enter:" ""
    skip_wellness
} >"$WORK/answers"
drive <"$WORK/answers"
same "$STATUS" 0 "nothing to ask but wellness"
lacks "soreness 0-10"
has "nothing to save"

# With nothing to ask, a new pain still has its place; an alias gives each
# of its regions.
{
    row "Sore anywhere?" "legs 2"
    row "Sore anywhere else?" ""
    skip_wellness
    row "Save? [Y/n]" ""
} >"$WORK/answers"
drive <"$WORK/answers"
same "$STATUS" 0 "legs saved: $(cat "$OUT")"
same "$(sql "SELECT group_concat(region || ':' || score, ' ') FROM (SELECT region, score FROM entry
             WHERE kind = 'soreness' AND at = strftime('%s', '2026-11-20 07:00') ORDER BY region)")" \
     "calves:2 hamstrings:2 quads:2" "legs: quads, hamstrings and calves"

# A 0 logged with a flag is still open: asked again, as what it is.
RECOV_NOW="2026-11-20 07:30" ok sore right-ankle 0 --flag swelling
{
    row "quads (still sore), soreness 0-10:" ""
    row "hamstrings (still sore), soreness 0-10:" ""
    row "calves (still sore), soreness 0-10:" ""
    row "right ankle (swelling logged), soreness 0-10:" ""
    row "Sore anywhere else?" ""
    skip_wellness
} >"$WORK/answers"
RECOV_NOW="2026-11-20 08:00" drive <"$WORK/answers"
same "$STATUS" 0 "the swollen ankle asked: $(cat "$OUT")"

# A flag is named with the score it came with, and dark urine logged
# yesterday is named the next morning, though the score after it had none:
# a score alone does not say whether it has cleared.
RECOV_NOW="2026-11-20 09:00" ok sore calves 5 --flag swelling quads 6 --flag dark-urine
RECOV_NOW="2026-11-20 20:00" ok sore quads 5
{
    row "quads (still sore; dark-urine logged), soreness 0-10:" "4 dark-urine"
    row "hamstrings (still sore), soreness 0-10:" ""
    row "calves (still sore; swelling logged), soreness 0-10:" ""
    row "right ankle (swelling logged), soreness 0-10:" ""
    row "Sore anywhere else?" ""
    skip_wellness
    row "Save? [Y/n]" ""
} >"$WORK/answers"
RECOV_NOW="2026-11-21 08:00" drive <"$WORK/answers"
same "$STATUS" 0 "dark urine named: $(cat "$OUT")"
has "quads sore 4/10 [dark-urine]"

finish
