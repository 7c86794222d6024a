#!/usr/bin/env python3
"""Tests of the bash completion generated from opgavesnit --help.

    python3 tests/completion/test_completion.py COMPLETION_FILE REPO_ROOT [BINARY]

Sources the completion in bash, fills COMP_WORDS and COMP_CWORD as bash
would for a command line, calls the completion function and compares
COMPREPLY with what is expected. Runs in REPO_ROOT, so that paths to the
examples and the bundled model complete; BINARY (opgavesnit) tells which
scenarios the bundled model has. Standard library only.
"""

import subprocess
import sys

# (the words on the line, the last one being completed; the expected replies)
CASES = [
    (["opgavesnit", ""], "validate plan explain compare levels risk schema fmt import"),
    (["opgavesnit", "pl"], "plan"),
    (["opgavesnit", "--v"], "--version"),
    (["opgavesnit", "plan", "--f"], "--format"),
    (["opgavesnit", "plan", "--format", ""], "text json md csv html dot"),
    (["opgavesnit", "plan", "-f", "j"], "json"),
    (["opgavesnit", "validate", "--format", ""], "text json sarif junit"),
    # bash splits "--format=" into "--format" "=" (COMP_WORDBREAKS)
    (["opgavesnit", "validate", "--format", "=", "s"], "sarif"),
    (["opgavesnit", "validate", "--werror", "--format", "json", "--w"], "--werror"),
    # {scenarios}: the scenario ids the program itself lists for the model
    (["opgavesnit", "plan", "models/midtjylland", "--scenario", ""], "{scenarios}"),
    (["opgavesnit", "plan", "models/midtjylland", "-s", "alle-"], "{scenarios:alle-}"),
    (["opgavesnit", "plan", "-f", "json", "examples/quick-start", "-s", ""], "standard"),
    (["opgavesnit", "explain", "examples/quick-start/model.yaml", "--scenario", ""], "standard"),
    (["opgavesnit", "plan", "--scenario", ""], ""),  # no model on the line yet
    (["opgavesnit", "import", ""], "csv"),
    (["opgavesnit", "import", "csv", "--m"], "--municipality --mapping"),
    (["opgavesnit", "import", "csv", "examples/import-csv/inv"], "examples/import-csv/inventar.csv"),
    (["opgavesnit", "import", "csv", "x.csv", "--mapping", "examples/import-csv/ma"],
     "examples/import-csv/mapping.yaml"),
    (["opgavesnit", "plan", "examples/quick"], "examples/quick-start"),
    (["opgavesnit", "plan", "-s", "x", "examples/quick"], "examples/quick-start"),
    (["opgavesnit", "validate", "-o", "examples/quick"], "examples/quick-start"),
]

SCRIPT = r'''
source "$1"
shift
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="${COMP_WORDS[*]}"
COMP_POINT=${#COMP_LINE}
_opgavesnit
printf '%s\n' "${COMPREPLY[@]}"
'''


def scenarios_of(binary, model, root):
    """The scenario ids `plan` lists when no --scenario is given."""
    p = subprocess.run([binary, "plan", model], cwd=root, capture_output=True, text=True, timeout=60)
    return [l.strip() for l in p.stderr.splitlines() if l.startswith("  ")]


def main():
    completion, root = sys.argv[1], sys.argv[2]
    binary = sys.argv[3] if len(sys.argv) > 3 else None
    failed = 0
    for words, expected in CASES:
        if expected.startswith("{scenarios"):
            if not binary:
                continue
            prefix = expected[len("{scenarios:"):-1] if ":" in expected else ""
            ids = [i for i in scenarios_of(binary, words[2], root) if i.startswith(prefix)]
            if not ids:
                print(f"FAIL could not list the scenarios of {words[2]}")
                failed += 1
                continue
            expected = " ".join(ids)
        p = subprocess.run(["bash", "--norc", "--noprofile", "-c", SCRIPT, "test", completion] + words,
                           cwd=root, capture_output=True, text=True, timeout=20)
        got = sorted(l for l in p.stdout.splitlines() if l)
        want = sorted(expected.split())
        if p.returncode != 0 or got != want or p.stderr:
            failed += 1
            print(f"FAIL {' '.join(words)!r}: expected {want}, got {got}")
            if p.stderr:
                print("  stderr: " + p.stderr.strip())
    print(f"{len(CASES) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
