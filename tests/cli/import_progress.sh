# import_progress: on a terminal a long import draws a progress line on
# stderr, in place, erased when done; never when stderr is not a terminal.
. "$(dirname "$0")/import_lib.sh"
R="$WORK/many"
mkdir -p "$R"
for i in 1 2 3 4 5 6; do
    fit_write "$R/s$i.fit" "2026-11-0${i}T07:00:00Z" 20 140 --serial "$i"
done

# Through a pseudo-terminal (python3's pty), with the line shown at once.
python3 - "$RECOV" "$R" "$WORK/tty.out" <<'PY' && pass || fail "no progress line on the terminal: $(cat -v "$WORK/tty.out")"
import os, pty, sys
recov, folder, out = sys.argv[1:]
env = dict(os.environ, RECOV_PROGRESS_AFTER="0")
pid, fd = pty.fork()
if pid == 0:
    os.execve(recov, [recov, "import", folder], env)
data = b""
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
_, status = os.waitpid(pid, 0)
open(out, "wb").write(data)
text = data.decode()
assert os.WEXITSTATUS(status) == 0, status
# Redrawn in place: a carriage return before each state, the last one full.
assert "\rimporting: 1/6 files, 1 session\r" in text, text
assert "\rimporting: 6/6 files, 6 sessions" in text, text
# Erased before the report: the report line starts clean.
assert "\r\x1b[K6 added, 0 already present, 0 skipped" in text, text
PY
same "$(count)" "6" "imported through the terminal"

# Not a terminal: no progress line at all, whatever the delay.
RECOV_PROGRESS_AFTER=0 ok --db "$WORK/other.db" import "$R"
same "$(cat "$ERR")" "" "stderr stays empty when it is not a terminal"
has "6 added, 0 already present, 0 skipped"
finish
