#!/usr/bin/env python3
"""Tests of the progress line: shown on a terminal, never in a pipe.

    python3 tests/progress/test_progress.py BINARY REPO_ROOT

Runs opgavesnit with standard error on a pseudo-terminal (Python's pty) and
checks the progress line ("loading N files... D/N", "planning..."): drawn
with '\\r', and erased before anything else is written and at the end, so
that what is left on the screen is exactly what the program would write
without it. Then runs the same commands with standard error on a pipe and
checks that no progress reached it. Standard library only.
"""

import os
import pty
import select
import subprocess
import sys


def run_on_terminal(args, cwd, env_extra=None):
    """(exit status, bytes written to the terminal on stderr)."""
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm")
    env.pop("OPGAVESNIT_PROGRESS", None)
    env.update(env_extra or {})
    p = subprocess.Popen(args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            p.kill()
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return p.wait(), out


def screen(data):
    """What a terminal shows after `data`: '\\r' returns to the line start and
    later characters overwrite earlier ones; trailing spaces dropped."""
    lines, line, col = [], [], 0
    for ch in data.replace("\r\n", "\n"):
        if ch == "\n":
            lines.append("".join(line).rstrip())
            line, col = [], 0
        elif ch == "\r":
            col = 0
        else:
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
    if line:
        lines.append("".join(line).rstrip())
    return "\n".join(lines).rstrip("\n")


def main():
    binary, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    problems = []

    def check(name, cond, detail=""):
        if not cond:
            problems.append(f"{name}{': ' + detail if detail else ''}")

    # 1. A model of many files on a terminal: the loading count, then the
    #    scenarios being planned, all erased at the end.
    status, raw = run_on_terminal([binary, "validate", "models/midtjylland"], root)
    text = raw.decode("utf-8", "replace")
    check("validate exits 0", status == 0, str(status))
    files = sum(1 for _, _, names in os.walk(os.path.join(root, "models", "midtjylland"))
                for n in names if n.endswith(".yaml"))
    check("validate shows the loading count",
          f"\rloading {files} files... {files}/{files}" in text, repr(text[:300]))
    check("validate shows the planning", "planning the scenarios..." in text, repr(text[-200:]))
    check("validate leaves nothing on the screen", screen(text) == "", repr(screen(text)))

    # 2. plan: "planning..." too.
    status, raw = run_on_terminal([binary, "plan", "examples/quick-start"], root)
    text = raw.decode("utf-8", "replace")
    check("plan exits 0", status == 0, str(status))
    check("plan shows 'loading 1 file...'", "loading 1 file..." in text, repr(text))
    check("plan shows 'planning...'", "\rplanning..." in text, repr(text))
    check("plan leaves nothing on the screen", screen(text) == "", repr(screen(text)))

    # 3. Diagnostics start on a clean line: the screen shows exactly what a
    #    pipe gets.
    bad = os.path.join(root, "tests", "golden", "diagnostics")
    status, raw = run_on_terminal([binary, "validate", bad], root)
    piped = subprocess.run([binary, "validate", bad], cwd=root, capture_output=True)
    check("diagnostics: same exit on a terminal and a pipe", status == piped.returncode,
          f"{status} vs {piped.returncode}")
    on_screen = screen(raw.decode("utf-8", "replace"))
    # On a terminal the diagnostics may be coloured; compare without colours.
    import re
    on_screen = re.sub(r"\x1b\[[0-9;]*m", "", on_screen)
    check("diagnostics: the screen holds exactly the diagnostics", on_screen ==
          piped.stderr.decode("utf-8").rstrip("\n"), repr(on_screen[:300]))

    # 4. OPGAVESNIT_PROGRESS=0 and TERM=dumb turn it off.
    for extra in ({"OPGAVESNIT_PROGRESS": "0"}, {"TERM": "dumb"}):
        status, raw = run_on_terminal([binary, "validate", "examples/quick-start"], root, extra)
        check(f"no progress with {extra}", raw == b"", repr(raw))

    # 5. Standard error on a pipe: nothing but what the program says.
    for args in (["validate", "models/midtjylland"], ["plan", "examples/quick-start"]):
        p = subprocess.run([binary] + args, cwd=root, capture_output=True)
        check(f"{' '.join(args)}: stderr on a pipe is empty", p.stderr == b"", repr(p.stderr[:200]))

    for p in problems:
        print("FAIL " + p)
    print(f"{'ok' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
