# completion: the bash, zsh and fish completions and `recov complete`
# behind them offer every command, option and value the program takes.
. "$(dirname "$0")/lib.sh"
SRC=${RECOV_SOURCE:?}/completions
BIN="$WORK/bin"
mkdir -p "$BIN"
ln -s "$(cd "$(dirname "$RECOV")" && pwd)/$(basename "$RECOV")" "$BIN/recov"
export PATH="$BIN:$PATH"

# A database with two entries (#1, #2) and their reminders, and a config
# with a type and an alias of the user's own.
ok log run 45m --rpe 8 --at "2026-11-20 08:00"
ok sore quads 4 --at "2026-11-20 12:00"
mkdir -p "$XDG_CONFIG_HOME/recov"
cat >"$XDG_CONFIG_HOME/recov/recov.ini" <<'INI'
[workout.climbing]
regions = forearms shoulders
rpe = 6
[regions]
grip = forearms
INI

# bash_complete WORDS...: the candidates bash offers for the last word, one
# a line in $OUT (an empty last word is a TAB after a space).
bash_complete() {
    bash -c '
        . /usr/share/bash-completion/bash_completion
        . "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _recov recov "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' bash "$SRC/recov.bash" "$@" >"$OUT" 2>"$ERR"
}
# offers WORD...: each WORD is one line of $OUT.
offers() { for w; do if grep -qxF -- "$w" "$OUT"; then pass; else fail "no '$w' in: $(tr '\n' ' ' <"$OUT")"; fi; done; }
offers_not() { for w; do if grep -qxF -- "$w" "$OUT"; then fail "'$w' offered"; else pass; fi; done; }

# The script registers itself.
bash -c '. /usr/share/bash-completion/bash_completion; . "$1"; complete -p recov' bash "$SRC/recov.bash" >"$OUT" 2>"$ERR"
has "complete -F _recov recov"

bash_complete recov s
offers sore suggest summary; offers_not log complete
same "$(wc -l <"$OUT")" 4 "recov s<TAB>"
bash_complete recov sore q
offers quads quad; offers_not hamstrings
bash_complete recov log ""
offers run walk strength climbing
bash_complete recov rm ""
offers 1 2; offers_not 3
bash_complete recov sore grip ""
offers 0 5 10
bash_complete recov sore ""
offers grip calves legs
# bash splits the line at ':', so the part after it is what gets replaced.
bash_complete recov summary :la
offers lastweek lastmonth lastyear
bash_complete recov history --kind ""
offers workout soreness recovery
bash_complete recov log run 45m --at ""
offers yesterday monday now
bash_complete recov did ""
offers stretch foam-roll
bash_complete recov did massage 15m ""
offers calves legs
bash_complete recov sore quads 3 --flag ""
offers sharp dark-urine
# "--color=": bash-completion splits the option off; the values remain.
bash_complete recov --color=""
offers auto always never
bash_complete recov export --format ""
offers ndjson csv
bash_complete recov help ""
offers log regions when
bash_complete recov remind ""
offers run daemon list snooze cancel ack
ids=$(sql "SELECT id FROM reminder WHERE state = 'pending'" | sort)
bash_complete recov remind snooze ""
for id in $ids; do offers "$id"; done
bash_complete recov import "$WORK/hom"
offers "$WORK/home"
bash_complete recov config ""
offers check show

# In a real interactive bash, as a person types: TAB completes the line or
# lists the candidates.
# tab LINE REGEX: TAB after LINE shows REGEX (a Python regular expression).
tab() {
    if python3 "$TESTS/cli/bash_tab.py" "$SRC/recov.bash" "$1" "$2" >"$OUT" 2>"$ERR"; then
        pass
    else
        fail "recov TAB after '$1': wanted /$2/, the terminal showed: $(cat "$OUT" "$ERR")"
    fi
}
tab "recov --color=al" 'recov --color=always $'
tab "recov summary :lastw" 'recov summary :lastweek $'
tab "recov so" 'recov sore $'
tab "recov rm " '^1 +2 *$'
mkdir -p "$WORK/home/dbdir"
tab "recov --db=$WORK/home/dbd" "recov --db=$WORK/home/dbdir/\$"

# Every command the overview lists is completed, and every option its usage
# line names; every option completed is one the command accepts.
ok --help
commands=$(sed -n '/^commands:/,/^$/p' "$OUT" | awk 'NF > 1 {print $1}')
[ "$(echo "$commands" | wc -w)" -ge 14 ] && pass || fail "commands: $commands"
bash_complete recov ""
for c in $commands; do offers "$c"; done
for c in $commands; do
    run help "$c"
    usage_options=$(head -1 "$OUT" | grep -o -- '--[a-z-]*' | sort -u)
    bash_complete recov "$c" --
    for o in $usage_options; do offers "$o"; done
    for o in $(grep -- '^--' "$OUT"); do
        case "$o" in --now|--db|--config|--color|--help) continue ;; esac
        # Known to the parser: --help after it succeeds, a value or not.
        run "$c" "$o" --help
        [ "$STATUS" -ne 2 ] || run "$c" "$o" x --help
        if [ "$STATUS" -eq 0 ]; then pass; else fail "recov $c $o: offered but refused: $(cat "$ERR")"; fi
        grep -qF -- "$o" <<<"$usage_options" && pass || fail "recov $c: $o missing from its usage line"
    done
done

# Completion never creates a database.
rm -rf "$XDG_DATA_HOME"
ok complete -- rm ""
same "$(cat "$OUT")" "" "no ids without a database"
[ ! -e "$DB" ] && pass || fail "complete created the database"

# zsh and fish read their files; fish answers from them too.
zsh -n "$SRC/_recov" && pass || fail "zsh -n _recov"
fish -n "$SRC/recov.fish" && pass || fail "fish -n recov.fish"
fish --no-config -c "source $SRC/recov.fish; complete -C 'recov s'" >"$OUT" 2>"$ERR"
offers sore suggest summary sync
fish --no-config -c "source $SRC/recov.fish; complete -C 'recov log '" >"$OUT" 2>"$ERR"
offers run climbing
fish --no-config -c "source $SRC/recov.fish; complete -C 'recov --color=al'; complete -C 'recov --db=$WORK/home/dbd'" >"$OUT" 2>"$ERR"
offers --color=always "--db=$WORK/home/dbdir/"
zsh -f -c "autoload -Uz compinit; fpath=($SRC \$fpath); compinit -u -d $WORK/zcomp; [[ \${_comps[recov]} == _recov ]]" \
    && pass || fail "zsh does not map recov to _recov: $(cat "$ERR")"

finish
