#!/bin/bash
# sync_config: `recov sync` without a folder uses [sync] dir; without either
# it says both ways; a bad [sync] value is one line, exit 2.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/recov" "$HOME/shared" "$WORK/other"
CONFIG="$XDG_CONFIG_HOME/recov/recov.ini"
ok log run 30m --rpe 5 --at "2026-11-19 10:00"

# Neither a folder nor the key: both ways named, nothing written.
before=$(db_sum)
refuses 2 sync
err_has "recov sync DIR"
err_has "[sync] dir"
same "$(db_sum)" "$before" "a refused sync changes nothing"

# The key, with ~/ for the home directory: the folder used.
printf '[sync]\ndir = ~/shared\n' >"$CONFIG"
ok config show --json
json_true '[k["value"] for k in d["keys"] if k["section"] == "sync" and k["key"] == "dir"] == [sys.argv[3]]' "$HOME/shared"
ok sync
has "wrote 1 change"
same "$(ls "$HOME"/shared/*/ | grep -c '\.rcs$')" "1" "the change went into [sync] dir"
ok sync --status --json
json_true 'd["folder"] == sys.argv[3] and d["unwritten"] == 0' "$HOME/shared"

# A folder on the command line wins over the key.
ok sync "$WORK/other"
same "$(ls "$WORK"/other/*/ | grep -c '\.rcs$')" "1" "the folder given is used"

# Bad values: one line naming the key and what is valid, exit 2.
printf '[sync]\ndir = shared\n' >"$CONFIG"
refuses 2 sync
err_has "[sync] dir = 'shared': expected an absolute path, ~/path or nothing"
printf '[sync]\nreminders = everywhere\n' >"$CONFIG"
refuses 2 sync "$WORK/other"
err_has "[sync] reminders = 'everywhere': expected device|shared"
printf '[sync]\nreminder = shared\n' >"$CONFIG"
run sync "$WORK/other"
err_has "unknown key 'reminder' ignored; did you mean 'reminders'?"

# An empty key is no folder.
printf '[sync]\ndir =\n' >"$CONFIG"
refuses 2 sync
err_has "[sync] dir"
finish
