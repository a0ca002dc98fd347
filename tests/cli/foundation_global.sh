# foundation_global: --now/RECOV_NOW, --db/RECOV_DB, --config/RECOV_CONFIG,
# --help, --version and `recov help`.
. "$(dirname "$0")/lib.sh"

# The clock: --now wins over RECOV_NOW, which wins over the real clock.
ok --now "2026-11-01 10:00" log run 30m --rpe 5
same "$(sql "SELECT at FROM entry WHERE id = 1")" "$(epoch "2026-11-01 09:30Z")" "--now"
RECOV_NOW="2026-10-01 08:00" ok log run 30m --rpe 5
same "$(sql "SELECT at FROM entry WHERE id = 2")" "$(epoch "2026-10-01 07:30Z")" "RECOV_NOW"
RECOV_NOW="2026-10-01 08:00" ok --now=2026-09-01T12:00:00Z log run 30m --rpe 5
same "$(sql "SELECT at FROM entry WHERE id = 3")" "$(epoch "2026-09-01 11:30Z")" "--now over RECOV_NOW"
# The pinned clock is what "future" is measured against, for every command.
rejects --now "2026-09-01 12:00" sore quads 3 --at "2026-09-01 12:30"
ok --now "2026-09-01 12:00" history 2026-09-01 --json
json_true '[e["id"] for e in d] == [3]'
(unset RECOV_NOW; "$RECOV" log run 30m --rpe 5 >"$OUT" 2>"$ERR")
same "$(sql "SELECT abs(at + 1800 - strftime('%s', 'now')) < 60 FROM entry WHERE id = 4")" "1" "real clock"
rejects --now "next tuesday" log run 30m; err_has "time 'next tuesday'"
RECOV_NOW=garbage rejects log run 30m; err_has "time 'garbage'"
rejects --now

# The database: --db wins over RECOV_DB, which wins over $XDG_DATA_HOME.
ok --db "$WORK/a/one.db" log walk 20m
[ -f "$WORK/a/one.db" ] && pass || fail "--db did not create its file"
RECOV_DB="$WORK/b/two.db" ok log walk 20m
[ -f "$WORK/b/two.db" ] && pass || fail "RECOV_DB did not create its file"
RECOV_DB="$WORK/b/two.db" ok --db "$WORK/a/one.db" log walk 20m
same "$(sqlite3 "$WORK/a/one.db" "SELECT count(*) FROM entry")" "2" "--db over RECOV_DB"
same "$(sqlite3 "$WORK/b/two.db" "SELECT count(*) FROM entry")" "1" "RECOV_DB alone"
same "$(count)" "4" "the default database was left alone"
# Global options work after the command too.
ok log walk 20m --rpe 2 --db "$WORK/c/three.db" --now "2026-08-01 10:00"
same "$(sqlite3 "$WORK/c/three.db" "SELECT at FROM entry")" "$(epoch "2026-08-01 09:40Z")" "--db, --now after"
ok history --db="$WORK/c/three.db" --json --now=2026-08-01T12:00:00Z :7d
json_true 'len(d) == 1 and d[0]["type"] == "walk"'
rejects log walk 20m --db
# Without XDG_DATA_HOME the data lives under ~/.local/share.
(unset XDG_DATA_HOME; "$RECOV" log walk 20m >"$OUT" 2>"$ERR")
[ -f "$HOME/.local/share/recov/recov.db" ] && pass || fail "no database under ~/.local/share"

# The config: --config wins over RECOV_CONFIG, which wins over $XDG_CONFIG_HOME.
mkdir -p "$XDG_CONFIG_HOME/recov"
printf '[workout.fencing]\nregions = forearms arms\nrpe = 6\n' >"$XDG_CONFIG_HOME/recov/recov.ini"
printf '[workout.kayak]\nregions = arms upper-back\nrpe = 5\n' >"$WORK/kayak.ini"
printf '[workout.ski]\nregions = quads\nrpe = 4\n' >"$WORK/ski.ini"
ok log fencing 1h
has "RPE 6 (estimated"; has "session load 360"
rejects log kayak 1h
RECOV_CONFIG="$WORK/kayak.ini" ok log kayak 1h
has "session load 300"
RECOV_CONFIG="$WORK/kayak.ini" rejects log fencing 1h
RECOV_CONFIG="$WORK/kayak.ini" ok --config "$WORK/ski.ini" log ski 1h
RECOV_CONFIG="$WORK/kayak.ini" rejects --config "$WORK/ski.ini" log kayak 1h
ok log ski 1h --config "$WORK/ski.ini"
# A file named on purpose and missing is a typo: refused, not defaults. The
# default file missing means defaults, silently.
rejects --config "$WORK/none.ini" log run 10m --rpe 3; err_has "no such file"
ok log run 10m --rpe 3
same "$(wc -c <"$ERR")" "0" "no noise for a missing default config"

# Help and version.
ok --help
has "usage: recov"; has "log "; has "sore "; has "history "; has "--now WHEN"
ok --version
if grep -Eq '^recov [0-9]+\.[0-9]+\.[0-9]+$' "$OUT"; then pass; else fail "--version: $(cat "$OUT")"; fi
ok help log
has "usage: recov log TYPE DURATION"; has "--rpe N"; has "Foster"
ok log --help
has "usage: recov log TYPE DURATION"
ok help
has "commands:"
ok help regions
has "hamstrings"; has "thighs=quads"
rejects help nonsense
rejects
err_has "expected a command"
rejects lgo run 45m; err_has "did you mean 'log'"

finish
