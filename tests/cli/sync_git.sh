#!/bin/bash
# sync_git: the shared folder carried by a real git repository, as a user
# would: a bare remote, two clones, work on both, sync, commit, pull
# --rebase, push, sync again: both devices hold the same log. Each device
# writes only its own folder, so a rebase never meets a conflict.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=recov GIT_AUTHOR_EMAIL=recov@example.org
export GIT_COMMITTER_NAME=recov GIT_COMMITTER_EMAIL=recov@example.org
A="$WORK/a.db" B="$WORK/b.db"
git init -q --bare "$WORK/remote.git"
git clone -q "$WORK/remote.git" "$WORK/devA" 2>/dev/null
git clone -q "$WORK/remote.git" "$WORK/devB" 2>/dev/null
on() { local db=$1; shift; RECOV_DB=$db ok "$@"; }
id_of() { sqlite3 -batch "$1" "SELECT id FROM entry WHERE note = '$2'"; }
# publish CLONE: what a device does after `recov sync`.
publish() {
    git -C "$1" add -A &&
        { git -C "$1" diff --cached --quiet || git -C "$1" commit -qm "recov sync"; } &&
        { [ -z "$(git -C "$1" ls-remote --heads origin)" ] || git -C "$1" pull -q --rebase; } &&
        git -C "$1" push -q origin HEAD 2>/dev/null &&
        pass || fail "git in $1 failed"
}
pull() { git -C "$1" pull -q --rebase origin "$(git -C "$1" branch --show-current)" && pass || fail "pull in $1"; }

# Both devices log before they ever sync.
on "$A" log run 40m --rpe 6 --at "2026-11-16 07:00" --note a-run
on "$A" sore quads 4 --at "2026-11-16 20:00" --note a-sore
on "$A" log swim 30m --rpe 5 --at "2026-11-17 07:00" --note a-swim
on "$B" log cycle 60m --rpe 5 --at "2026-11-16 18:00" --note b-cycle
on "$B" did stretch 15m --at "2026-11-16 19:00" --note b-stretch
on "$A" sync "$WORK/devA"
publish "$WORK/devA"
on "$B" sync "$WORK/devB"
publish "$WORK/devB"
pull "$WORK/devA"
on "$A" sync "$WORK/devA"
has "applied 1"
on "$B" sync "$WORK/devB"

# Then both change the log at once, touching each other's entries: the same
# entry edited on both (the later edit wins), one edited on B and removed on
# A (the removal wins), and new entries.
on "$A" edit "$(id_of "$A" b-cycle)" --rpe 7
on "$A" rm "$(id_of "$A" a-swim)"
on "$A" log walk 25m --at "2026-11-18 12:00" --note a-walk
on "$B" edit "$(id_of "$B" a-swim)" --minutes 45
on "$B" edit "$(id_of "$B" b-cycle)" --rpe 4
on "$B" sore calves 3 --at "2026-11-18 08:00" --note b-sore
on "$B" rm "$(id_of "$B" b-stretch)"
on "$A" sync "$WORK/devA"
publish "$WORK/devA"
on "$B" sync "$WORK/devB"
publish "$WORK/devB"
pull "$WORK/devA"
on "$A" sync "$WORK/devA"
on "$B" sync "$WORK/devB"

RECOV_DB=$A ok export
exported_a=$(cat "$OUT")
RECOV_DB=$B ok export
same "$(cat "$OUT")" "$exported_a" "A and B export the same log"
same "$(RECOV_DB=$A "$RECOV" export | grep -c -e a-swim -e b-stretch)" "0" "removals win on both"
same "$(RECOV_DB=$A "$RECOV" export | grep -c -e a-walk -e b-sore)" "2" "new entries reached both"
same "$(RECOV_DB=$B "$RECOV" export | grep b-cycle | grep -o '"rpe":[0-9]*')" '"rpe":4' \
    "B's edit, the later by logical clock, wins on both"

# The repository holds only whole change files, one folder per device.
same "$(git -C "$WORK/devA" ls-files | grep -vc '^[0-9a-f-]\{36\}/[0-9]\{10\}\.rcs$')" "0" \
    "only change files are committed"
same "$(git -C "$WORK/devA" ls-files | cut -d/ -f1 | sort -u | wc -l)" "2" "one folder per device"
# A third sync on each changes nothing more.
on "$A" sync "$WORK/devA"
has "wrote 0 changes, applied 0"
on "$B" sync "$WORK/devB"
has "wrote 0 changes, applied 0"
finish
