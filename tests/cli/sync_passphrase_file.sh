#!/bin/bash
# sync_passphrase_file: a passphrase file in the shared folder is refused
# (the key would travel with the files it locks), with nothing written; one
# that other users can read works, with a warning that says how to fix it.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SHARED="$WORK/shared"
mkdir -p "$SHARED/sub"
ok log run 45m --rpe 6 --at "2026-11-19 10:00"
before=$(db_sum)

# conf FILE: a config whose [sync] passphrase_file is FILE.
conf() { printf '[sync]\npassphrase_file = %s\n' "$1" >"$WORK/sync.ini"; }

printf 'correct horse battery staple\n' >"$SHARED/sub/pass"
chmod 600 "$SHARED/sub/pass"
conf "$SHARED/sub/pass"
refuses 2 --config "$WORK/sync.ini" sync "$SHARED"
err_has "is inside the shared folder"
same "$(find "$SHARED" -name '*.rcs' | wc -l)" "0" "nothing written to the folder"
same "$(db_sum)" "$before" "nothing written to the database"
# Reached through a link from outside, it is still inside.
ln -s "$SHARED/sub/pass" "$WORK/link"
conf "$WORK/link"
refuses 2 --config "$WORK/sync.ini" sync "$SHARED"
err_has "is inside the shared folder"

# Outside the folder, readable by others: a warning with the fix, and the
# sync goes on.
printf 'correct horse battery staple\n' >"$WORK/pass"
chmod 644 "$WORK/pass"
conf "$WORK/pass"
ok --config "$WORK/sync.ini" sync --status "$SHARED"
err_has "can be read by other users (mode 0644)"
err_has "chmod 600"
# Private: no warning. A folder whose name starts like the file's is not it.
chmod 600 "$WORK/pass"
mkdir -p "$WORK/pas"
ok --config "$WORK/sync.ini" sync --status "$WORK/pas"
same "$(cat "$ERR")" "" "no warning for a private file"
finish
