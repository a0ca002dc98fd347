# foundation_bad_input: every bad input is one line on stderr, exit 2, and
# leaves the database as it was (or absent, when there was none yet).
. "$(dirname "$0")/lib.sh"

BAD_KIND="$WORK/bad_kind.ndjson"
MISSING="$WORK/missing_field.ndjson"
printf '%s\n' '{"kind":"workout","at":"2026-11-19T17:00:00Z","type":"run","minutes":30,"rpe":5}' \
              '{"kind":"meal","at":"2026-11-19T18:00:00Z"}' >"$BAD_KIND"
printf '%s\n' '{"kind":"soreness","at":"2026-11-19T17:00:00Z","region":"quads"}' >"$MISSING"

# Each refused command, with what its message must say.
check_all() {
    for score in 11 -1 4.5 abc; do
        rejects sore quads "$score"; err_has "score '$score'"
    done
    rejects sore quadz 4;          err_has "did you mean 'quads'"
    rejects sore quads 3 shin;     err_has "missing its score"
    rejects sore quads;            err_has "missing its score"
    rejects sore
    rejects sore quads 3 --flag itchy; err_has "flag 'itchy'"
    rejects sore quads 3 numbnes;  err_has "did you mean the flag 'numbness'?"
    rejects log runn 45m;          err_has "did you mean 'run'"
    rejects log crochet 45m;       err_has "workout type 'crochet'"
    rejects did nap;               err_has "action 'nap'"
    rejects did strech 10m;        err_has "did you mean 'stretch'"
    rejects did bth;               err_has "action 'bth': unknown (did you mean 'bath'?); actions are"
    rejects log rnu 30m;           err_has "did you mean 'run'"
    for d in 0 -5 25h 24h1m abc 1.5 1.5m; do
        rejects log run "$d" --rpe 5; err_has "duration '$d'"
    done
    rejects did bath 0
    rejects did bath 5x;           err_has "duration '5x': not a duration"
    rejects did bath 10m calfs;    err_has "region 'calfs'"
    rejects did bath 10m 20m;      err_has "two durations"
    rejects log run 45m --rpe 11;  err_has "rpe '11'"
    rejects log run 45m --rpe x;   err_has "rpe 'x'"
    rejects log run 45m --rpe;     err_has "needs a value"
    rejects log run 45m --at tomorrow;          err_has "time 'tomorrow'"
    rejects log run 45m --at "2026-11-21 08:00"; err_has "future"
    rejects sore quads 3 --at 19:30;           err_has "future"
    rejects did bath 20m --at "half past";     err_has "time 'half past'"
    rejects log run 45m --rpee 7;  err_has "did you mean '--rpe'"
    rejects sore quads 3 --colour red
    rejects history --bogus
    rejects --bogus log run 45m
    rejects log run
    # A note export could not carry unchanged (Latin-1 bytes).
    rejects log run 45m --note $'caf\xe9'; err_has "UTF-8"
    rejects sore quads 3 --note $'\xff';   err_has "UTF-8"
    rejects did bath --note $'\xc3';      err_has "UTF-8"
    rejects rm 999;                err_has "no such entry"
    rejects rm abc;                err_has "id 'abc'"
    rejects import "$BAD_KIND";    err_has "line 2: kind 'meal'"
    rejects import "$MISSING";     err_has "line 1: missing field 'score'"
    rejects frobnicate
}

# First with no database at all: none may be created.
check_all
if [ -e "$XDG_DATA_HOME/recov" ]; then fail "a refused command created $XDG_DATA_HOME/recov"; fi

# Then against a database with entries in it.
ok log run 45m --rpe 7
ok sore quads 4
ok did stretch 10m
same "$(count)" "3" "entries before the bad input"
check_all
same "$(count)" "3" "entries after the bad input"

# The message has the documented shape: recov: <what> '<value>': <why>.
rejects sore quads 11
same "$(cat "$ERR")" "recov: score '11': must be a whole number from 0 (none) to 10 (worst)" "message"

finish
