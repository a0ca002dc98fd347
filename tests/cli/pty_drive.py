# pty_drive: runs a command on a pseudo-terminal and answers its prompts.
# usage: pty_drive.py OUT -- CMD... ; the answers come on stdin, one per line:
#   "EXPECT\tSEND": waits until the output so far ends a line or prompt with
#   EXPECT (since the last answer), then types SEND and Enter; SEND "^C"
#   types Ctrl-C and "^D" ends the input. Writes everything the command
#   printed to OUT and exits with the command's status (128 + N for signal N).
import os, pty, select, sys, time

out_path, cmd = sys.argv[1], sys.argv[3:]
steps = [line.rstrip("\n").split("\t", 1) for line in sys.stdin if line.strip()]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)
seen, mark = b"", 0


def read_some(timeout):
    global seen
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        data = os.read(fd, 4096)
    except OSError:
        return False
    if not data:
        return False
    seen += data
    return True


alive = True
for expect, send in steps:
    deadline = time.time() + 20
    while expect.encode() not in seen[mark:]:
        if not alive or time.time() > deadline:
            sys.stderr.write("pty_drive: never saw %r; output:\n%s\n" % (expect, seen.decode(errors="replace")))
            os.kill(pid, 9)
            sys.exit(99)
        alive = read_some(0.2)
    mark = len(seen)
    if send == "^C":
        os.write(fd, b"\x03")
    elif send == "^D":
        os.write(fd, b"\x04")
    else:
        os.write(fd, send.encode() + b"\r")
while alive:
    alive = read_some(5)
_, status = os.waitpid(pid, 0)
open(out_path, "wb").write(seen.replace(b"\r\n", b"\n"))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
