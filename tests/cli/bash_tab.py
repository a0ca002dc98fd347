# bash_tab: types a command line and TAB into an interactive bash that has
# bash-completion and recov's completion loaded, and waits for the
# terminal to show what is expected. Usage: bash_tab.py SCRIPT LINE REGEX
# Exit status 0 when REGEX matched the screen within 30 s, else 1 (and
# what the screen showed on stdout).
import os
import pty
import re
import select
import signal
import sys
import time

script, line, expected = sys.argv[1], sys.argv[2], re.compile(sys.argv[3], re.M)
pid, fd = pty.fork()
if pid == 0:
    os.execvp("bash", ["bash", "--norc", "--noprofile", "-i"])


def read_until(pattern, seconds=30):
    """What the terminal shows until pattern matches it, or the time is up."""
    out, end = "", time.time() + seconds
    while time.time() < end and not pattern.search(out):
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                out += os.read(fd, 4096).decode(errors="replace").replace("\r", "")
            except OSError:
                break
    return out


# Every candidate listed at the first TAB, without paging.
setup = ("PS1='$ '; bind 'set show-all-if-ambiguous on'; "
         "bind 'set completion-query-items 1000'; bind 'set page-completions off'; "
         ". /usr/share/bash-completion/bash_completion; . '%s'; echo READ''Y\n" % script)
os.write(fd, setup.encode())
# (The typed line shows READ''Y; only the shell's answer is READY, and
# then the prompt.)
read_until(re.compile(r"READY\n.*\$ $", re.S))
os.write(fd, line.encode() + b"\t")
shown = read_until(expected)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
if not expected.search(shown):
    print(shown)
    sys.exit(1)
