#!/usr/bin/env python3
"""Checks that docs/architecture.md names only files that exist.

    python3 tests/docs/check_architecture.py .

Every `NAME.cc`, `NAME.h` or `NAME.def` in backticks must be a file of the
repository: a path (`engine/plan/closure.cc`) as written, a bare name
(`closure.cc`) anywhere under engine/, tools/ or tests/. And every source
file of engine/ must be named (as NAME.cc or as its header NAME.h), so that
a new file comes with a line in the map. A moved or renamed file then fails this test until the page follows.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
page = (root / "docs/architecture.md").read_text(encoding="utf-8")
# FORMAT, COMMAND, STAGE: placeholders, not files.
named = {n for n in re.findall(r"`([A-Za-z0-9_./-]+\.(?:cc|h|def))`", page)
         if not re.search(r"[A-Z]{4,}", n)}
files = [p for d in ("engine", "tools", "tests") for p in (root / d).rglob("*")
         if p.is_file() and p.suffix in (".cc", ".h", ".def")]
by_name = {p.name for p in files}
problems = []
for n in sorted(named):
    if "/" in n:
        if not (root / n).is_file():
            problems.append(f"docs/architecture.md names {n}, which does not exist")
    elif n not in by_name:
        problems.append(f"docs/architecture.md names {n}, which no file of engine/, tools/ or tests/ is")
stems = {n.rsplit("/", 1)[-1].rsplit(".", 1)[0] for n in named}
for p in sorted(root.glob("engine/*/*")):
    if p.suffix == ".cc" and p.stem not in stems:
        problems.append(f"{p.relative_to(root)} is not named in docs/architecture.md")
for line in problems:
    print(line, file=sys.stderr)
print(f"docs/architecture.md: {len(named)} files named, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
