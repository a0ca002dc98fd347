# dates: the time and range words on the command line: refused ones are
# exit 2 with one line naming a valid form, and the database untouched.
. "$(dirname "$0")/lib.sh"

ok log run 30m --rpe 5 --at "2026-11-19 07:00"

# Accepted forms; each lands where it says (TZ=UTC, now Friday 19:00).
at_of() { sql "SELECT datetime(at, 'unixepoch') FROM entry ORDER BY id DESC LIMIT 1"; }
for form in "6pm=2026-11-20 18:00:00" "6:30pm=2026-11-20 18:30:00" "noon=2026-11-20 12:00:00" \
            "midnight=2026-11-20 00:00:00" "last monday=2026-11-16 19:00:00" \
            "monday 18:00=2026-11-16 18:00:00" "yesterday 7am=2026-11-19 07:00:00" \
            "20.11.2026 08:15=2026-11-20 08:15:00" "11/20/2026=2026-11-20 00:00:00" \
            "3 days ago=2026-11-17 19:00:00"; do
    ok did stretch 5m --at "${form%%=*}"
    same "$(at_of)" "${form#*=}" "--at '${form%%=*}'"
done

# The distant past is refused by the parser, not by the database.
for bad in 1970-01-01 "99999d ago" "100000w ago" "99999999999d ago" 1999-12-31; do
    rejects log run 30m --at "$bad"
    err_has "2000-01-01"; lacks database
done
rejects log run 30m --at tomorrow; err_has "future"
# --at is when a session or an action started: one that would still be going
# on now (18:45 + 30 min at 19:00) is a slip, refused with the end it implies.
rejects log run 30m --at 18:45
err_has "end '2026-11-20 19:15': a 30 min run from 2026-11-20 18:45 would end in the future"
err_has "give an earlier --at or a shorter duration"
rejects did bath 20m --at 18:50; err_has "a 20 min bath from 2026-11-20 18:50"
rejects sore quads 3 --at "next monday"; err_has "'last monday'"
rejects did stretch --at "yesterdy"; err_has "'yesterday'"
rejects log run 30m --at "05/11/2026"; err_has "2026-05-11 or 2026-11-05"
# 05/11/2026 as the user's LC_TIME writes dates (locales built for the test).
LOC="$WORK/locales"
mkdir -p "$LOC"
localedef -i en_GB -f UTF-8 "$LOC/en_GB.UTF-8" && localedef -i en_US -f UTF-8 "$LOC/en_US.UTF-8" \
    && pass || fail "localedef"
# (glibc keeps a copy of LOCPATH it never frees: not recov's leak to find.)
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
LOCPATH="$LOC" LC_ALL=en_GB.UTF-8 ok did stretch 5m --at "05/11/2026 10:00"
same "$(at_of)" "2026-11-05 10:00:00" "05/11/2026 in en_GB"
LOCPATH="$LOC" LC_ALL= LC_TIME=en_US.UTF-8 ok did stretch 5m --at "05/11/2026 10:00"
same "$(at_of)" "2026-05-11 10:00:00" "05/11/2026 in en_US"
export ASAN_OPTIONS="${ASAN_OPTIONS%:detect_leaks=0}"
# A clock set in the past is fine; before 2000 it is not.
ok --now "2001-01-01 12:00" history :all
rejects --now 1999-01-01 history
err_has "2000-01-01"

# Daylight saving: a time the clocks skip is refused with the valid ones
# around it; the hour that happens twice takes the first.
TZ=Europe/Berlin rejects log run 30m --at "2026-03-29 02:30"
err_has "02:30 does not exist on 2026-03-29"; err_has "use 01:59 or 03:00"
TZ=America/New_York rejects --now "2026-03-08 12:00" sore quads 2 --at "02:15"
err_has "from 02:00 to 03:00"
TZ=Europe/Berlin ok log run 30m --at "2026-10-25 02:30"
same "$(at_of)" "2026-10-25 00:30:00" "the first 02:30 of 2026-10-25 in Berlin"

# Ranges.
ok history 2026-W47 --json
json_true 'len(d) == 11 and d[-1]["at"] == "2026-11-16T18:00:00Z"'
ok history "from monday to yesterday" --json
json_true 'len(d) == 5 and d[0]["at"] == "2026-11-19T07:00:00Z"'
ok history "2026-11-19 - 2026-11-19" --json
json_true 'len(d) == 2'
ok history "..2026-11-16" --json
json_true 'len(d) == 5 and d[-1]["at"] == "2026-05-11T10:00:00Z"'
ok summary :quarter --json
ok summary :lastyear
rejects history :lastweak; err_has "':lastweek'"
rejects history 2025-W53; err_has "2025-W52"
rejects summary "2026-11-20..2026-11-01"; err_has "starts after it ends"

# Import refuses what the command line refuses, naming the line.
printf '%s\n' '{"kind":"recovery","at":"2026-11-19T10:00:00Z","action":"rest"}' \
    '{"kind":"recovery","at":"9999-12-31T23:59:59Z","action":"rest"}' >"$WORK/future.ndjson"
rejects import "$WORK/future.ndjson"
err_has "line 2: time '9999-12-31T23:59:59Z': is in the future"
printf '%s\n' '{"kind":"recovery","at":"1970-01-01T00:00:00Z","action":"rest"}' >"$WORK/old.ndjson"
rejects import "$WORK/old.ndjson"
err_has "line 1: time '1970-01-01T00:00:00Z': is before 2000-01-01"

finish
