#!/usr/bin/env python3
"""Keeps docs/tutorial.md honest: its commands, their output and its files.

Usage:
    python3 tests/docs/check_tutorial.py OPGAVESNIT REPO [--update] [--doc FILE]

OPGAVESNIT is the built program, REPO the source tree. The tutorial is read
with these conventions (see the comment at the top of docs/tutorial.md):

- A command is a fenced block with the info string `sh` whose only
  non-blank line is `$ opgavesnit ARGS...`, optionally ending in a comment
  `# exit status N` (the status the command must exit with; 0 when there is
  no such comment). ARGS are split as a POSIX shell would (no pipes, no
  variables). The command runs in the tutorial's folder (docs/tutorial/),
  with the built program in place of `opgavesnit`.
- The next fenced block (only blank lines in between) must have the info
  string `text`: it is exactly what the command writes, standard output
  first, then standard error. A command whose output does not end in a
  line break is compared as if it did.
- A fenced block with the info string `yaml file=PATH` shows the file PATH
  (relative to docs/tutorial/) byte for byte.

The files under docs/tutorial/ must also be in the layout of
`opgavesnit fmt` (`fmt --check` passes), as the bundled examples are.

Without --update, every difference is printed as a unified diff and the
exit status is 1. With --update, the outputs and the files' blocks are
rewritten in the .md from what the program prints and what the files hold
(the files are the source; the .md follows); exit statuses that differ are
still errors, since they cannot be updated silently.

Python 3 standard library only.
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

FENCE = re.compile(r"^(`{3,})(.*)$")
EXIT = re.compile(r"#\s*exit status\s+(\d+)\s*$")


class Block:
    """A fenced block: its info string, its body lines, its place in the file."""

    def __init__(self, info, start, end, body):
        self.info = info  # text after the opening fence, stripped
        self.start = start  # index of the opening fence line
        self.end = end  # index of the closing fence line
        self.body = body  # the text between the fences (each line with its \n)


def parse_blocks(lines):
    blocks = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i].rstrip("\n"))
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).strip()
        j = i + 1
        while j < len(lines) and lines[j].rstrip("\n") != fence:
            j += 1
        if j == len(lines):
            raise SystemExit(f"line {i + 1}: fenced block is not closed")
        blocks.append(Block(info, i, j, "".join(lines[i + 1:j])))
        i = j + 1
    return blocks


def only_blank_between(lines, a, b):
    return all(not line.strip() for line in lines[a + 1:b])


def run(program, folder, args):
    env = dict(os.environ)
    env["OPGAVESNIT_PROGRESS"] = "0"
    env.pop("COLUMNS", None)
    proc = subprocess.run([program] + args, cwd=folder, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    if out and not out.endswith("\n"):
        out += "\n"
    return proc.returncode, out


def diff(expected, actual, name):
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        f"{name} (in the .md)", f"{name} (actual)"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("program")
    ap.add_argument("repo")
    ap.add_argument("--update", action="store_true",
                    help="rewrite the outputs and file blocks in the .md")
    ap.add_argument("--doc", default=None, help="the tutorial (default REPO/docs/tutorial.md)")
    a = ap.parse_args()

    program = os.path.abspath(a.program)
    doc = a.doc or os.path.join(a.repo, "docs", "tutorial.md")
    folder = os.path.join(os.path.dirname(os.path.abspath(doc)), "tutorial")
    with open(doc, encoding="utf-8") as f:
        lines = f.readlines()
    blocks = parse_blocks(lines)

    failures = []
    replacements = []  # (block, new body)
    commands = files = 0
    for k, b in enumerate(blocks):
        where = f"{os.path.basename(doc)}:{b.start + 1}"
        if b.info.startswith("yaml") and "file=" in b.info:
            path = b.info.split("file=", 1)[1].strip()
            files += 1
            try:
                with open(os.path.join(folder, path), encoding="utf-8", newline="") as f:
                    actual = f.read()
            except OSError as e:
                failures.append(f"{where}: cannot read {path}: {e}")
                continue
            if actual != b.body:
                if a.update:
                    replacements.append((b, actual))
                else:
                    failures.append(f"{where}: the block differs from {path}\n"
                                    + diff(b.body, actual, path))
            continue
        if b.info != "sh":
            continue
        cmd = [line for line in b.body.splitlines() if line.strip()]
        if len(cmd) != 1 or not cmd[0].startswith("$ opgavesnit"):
            continue  # a shell example that is not run
        line = cmd[0][len("$ opgavesnit"):]
        m = EXIT.search(line)
        want_status = int(m.group(1)) if m else 0
        args = shlex.split(line, comments=True)
        commands += 1
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is None or nxt.info != "text" or not only_blank_between(lines, b.end, nxt.start):
            failures.append(f"{where}: '{cmd[0]}' is not followed by a ```text block")
            continue
        status, out = run(program, folder, args)
        if status != want_status:
            failures.append(f"{where}: '{cmd[0]}' exited {status}, the tutorial says {want_status}")
        if out != nxt.body:
            if a.update:
                replacements.append((nxt, out))
            else:
                failures.append(f"{where}: the output of '{cmd[0]}' differs\n"
                                + diff(nxt.body, out, "output"))

    # The tutorial's files are in the canonical layout, as the examples are.
    status, out = run(program, folder, ["fmt", "--check", "."])
    if status != 0:
        failures.append(f"{folder}: not in the layout of 'opgavesnit fmt' (run it there):\n{out}")

    if a.update and replacements:
        for b, body in sorted(replacements, key=lambda r: r[0].start, reverse=True):
            lines[b.start + 1:b.end] = body.splitlines(True)
        with open(doc, "w", encoding="utf-8") as f:
            f.writelines(lines)
        print(f"updated {len(replacements)} block(s) in {doc}")

    for msg in failures:
        print(msg, file=sys.stderr)
    if commands == 0:
        print(f"{doc}: no commands found", file=sys.stderr)
        return 1
    print(f"{doc}: {commands} commands, {files} files, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
