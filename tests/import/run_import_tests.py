#!/usr/bin/env python3
"""Tests of `opgavesnit import csv`: broken inputs and the shipped example.

    python3 tests/import/run_import_tests.py BINARY REPO_ROOT [-k TEXT] [-v]

Each broken case writes a CSV (and maybe a mapping) into a temporary
folder, runs the import with `-o out.yaml`, and checks the exit status, the
exact diagnostic line(s) on standard error, and that no output file (not
even a temporary one) was left behind. The example case imports
examples/import-csv/inventar.csv, checks that the result is the committed
examples/import-csv/model/norddjurs.yaml, and validates it together with
the rest of that model. Standard library only; ends with "N passed, M failed".
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

BOM = b"\xef\xbb\xbf"

MAPPING = """opgavesnit-csv-mapping: 1
columns:
  id: ID
  name: Navn
  type: Type
  quantity: Antal
  annual_cost: Omkostning
  depends_on: Afhængigheder
"""

HEADER = "ID;Navn;Type;Antal;Omkostning;Afhængigheder\r\n"
GOOD = "sw-01;Switch;switch;2;1.234,50;\r\n"


def csv(*rows, header=HEADER, bom=True):
    return (BOM if bom else b"") + (header + "".join(rows)).encode("utf-8")


# name: (csv bytes, mapping text or None for MAPPING, exit, [stderr lines that must appear])
CASES = {
    "bad-number": (
        csv(GOOD, "sw-02;Switch;switch;2;12x;\r\n"), None, 1,
        ["inventar.csv:3:23: error: row 3, column 'Omkostning': '12x' is not a number (this file "
         "writes a decimal comma and '.' between thousands, as 1.234,50); if the export writes a "
         "decimal point, set 'decimal: point' in the mapping [invalid-number]"]),
    "decimal-point-in-danish-file": (
        csv("sw-02;Switch;switch;2;1234.50;\r\n"), None, 1,
        ["inventar.csv:2:23: error: row 2, column 'Omkostning': '1234.50' is not a number"]),
    "too-many-decimals": (
        csv("sw-02;Switch;switch;2;1,505;\r\n"), None, 1,
        ["inventar.csv:2:23: error: row 2, column 'Omkostning': '1,505' has more than 2 decimals "
         "[invalid-number]"]),
    "negative-cost": (
        csv("sw-02;Switch;switch;2;-5;\r\n"), None, 1,
        ["inventar.csv:2:23: error: row 2, column 'Omkostning': '-5' must not be negative "
         "[invalid-number]"]),
    "quantity-not-whole": (
        csv("sw-02;Switch;switch;2,5;;\r\n"), None, 1,
        ["inventar.csv:2:21: error: row 2, column 'Antal': '2,5' is not a whole number "
         "[invalid-number]"]),
    "quantity-zero": (
        csv("sw-02;Switch;switch;0;;\r\n"), None, 1,
        ["inventar.csv:2:21: error: row 2, column 'Antal': a quantity is at least 1, not '0' "
         "[invalid-number]"]),
    "unknown-column-in-mapping": (
        csv(GOOD), MAPPING.replace("quantity: Antal", "quantity: Antl"), 1,
        ["mapping.yaml:6:13: error: the CSV file has no column 'Antl'; did you mean 'Antal'? "
         "[unknown-column]",
         "inventar.csv:1:1: note: its header names 'ID', 'Navn', 'Type', 'Antal', 'Omkostning', "
         "'Afhængigheder'"]),
    "unknown-field-in-mapping": (
        csv(GOOD), MAPPING.replace("quantity: Antal", "quantiy: Antal"), 1,
        ["mapping.yaml:6:3: error: 'quantiy' is not a field that 'columns' can name (did you mean "
         "'quantity'?);"]),
    "mapping-without-version": (
        csv(GOOD), MAPPING.replace("opgavesnit-csv-mapping: 1\n", ""), 1,
        ["mapping.yaml:1:1: error: the mapping file does not start with 'opgavesnit-csv-mapping: 1' "
         "[missing-version]"]),
    "duplicate-id": (
        csv(GOOD, "sw-02;Switch;switch;1;;\r\n", "sw-01;Switch;switch;1;;\r\n"), None, 1,
        ["inventar.csv:4:1: error: row 4, column 'ID': component 'sw-01' is already in row 2 "
         "[duplicate-id]",
         "inventar.csv:2:1: note: row 2 has it first"]),
    "missing-id": (
        csv(GOOD, ";Switch;switch;1;;\r\n"), None, 1,
        ["inventar.csv:3:1: error: row 3, column 'ID': the row has no id; every component needs "
         "one [missing-cell]"]),
    "missing-type": (
        csv(GOOD, "sw-02;Switch;;1;;\r\n"), None, 1,
        ["inventar.csv:3:14: error: row 3, column 'Type': the row has no type; fill it in or give "
         "'defaults: type' in the mapping [missing-cell]"]),
    "invalid-id": (
        csv("SW 01;Switch;switch;1;;\r\n"), None, 1,
        ["inventar.csv:2:1: error: row 2, column 'ID': 'SW 01' is not an id (lower-case letters, "
         "digits, '.', '_' and '-', at most 64); 'normalize_ids: true' in the mapping makes ids of "
         "such keys [invalid-id]"]),
    "ragged-row": (
        csv(GOOD, "sw-02;Switch;switch;1;;;extra\r\n"), None, 1,
        ["inventar.csv:3:25: error: row 3 has 7 fields, but the header has 6; every row needs one "
         "field per column (quote a field that holds the separator) [csv-ragged-row]"]),
    "short-row": (
        csv(GOOD, "sw-02;Switch\r\n"), None, 1,
        ["inventar.csv:3:7: error: row 3 has 2 fields, but the header has 6;"]),
    "unclosed-quote": (
        csv(GOOD, 'sw-02;"Switch;switch;1;;\r\n', "sw-03;Switch;switch;1;;\r\n"), None, 1,
        ["inventar.csv:3:7: error: unclosed quote: this field runs to the end of the file; close "
         "it with '\"' (a quote inside a quoted field is written twice) [csv-syntax]"]),
    "text-after-closing-quote": (
        csv('sw-02;"Switch"x;switch;1;;\r\n'), None, 1,
        ["inventar.csv:2:15: error: unexpected text after the closing quote;"]),
    "bad-encoding-windows-1252": (
        ("ID;Navn;Type;Antal;Omkostning;Afhængigheder\r\nsw-01;Rådhus;switch;1;;\r\n").encode("cp1252"),
        None, 1,
        ["inventar.csv:1:34: error: the file is not UTF-8 text; if it is Excel's plain 'CSV' "
         "(Windows-1252), set 'encoding: windows-1252' in the mapping or save it as 'CSV UTF-8' "
         "[encoding]"]),
    "control-character": (
        csv("sw-01;Sw\x01itch;switch;1;;\r\n"), None, 1,
        ["inventar.csv:2:9: error: the file holds the control character U+0001 [encoding]"]),
    "empty-file": (
        b"", None, 1,
        ["inventar.csv:1:1: error: the file is empty; expected a header row naming the columns, "
         "then one row per component [csv-empty]"]),
    "bom-only": (
        BOM + b"\r\n", None, 1, ["inventar.csv:1:1: error: the file is empty;"]),
    "header-only": (
        csv(), None, 1,
        ["inventar.csv:1:1: error: the file has a header but no rows; expected one row per "
         "component under it [csv-empty]"]),
    "unknown-dependency": (
        csv(GOOD, "sw-02;Switch;switch;1;;sw-1\r\n"), None, 1,
        ["inventar.csv:3:24: error: row 3, column 'Afhængigheder': no component 'sw-1' in this "
         "file; did you mean 'sw-01'? [unknown-component]"]),
    "self-dependency": (
        csv(GOOD, "sw-02;Switch;switch;1;;sw-01 sw-02\r\n"), None, 1,
        ["inventar.csv:3:30: error: row 3, column 'Afhængigheder': component 'sw-02' depends on itself [self-dependency]"]),
    "duplicate-dependency": (
        csv(GOOD, 'sw-02;Switch;switch;1;;"sw-01,\nsw-01 (interface)"\r\n'), None, 1,
        ["inventar.csv:4:1: error: row 3, column 'Afhængigheder': component 'sw-02' depends on 'sw-01' twice "
         "[duplicate-dependency]",
         "inventar.csv:3:25: note: the first time"]),
    "bad-dependency-kind": (
        csv(GOOD, "sw-02;Switch;switch;1;;sw-01(soft)\r\n"), None, 1,
        ["inventar.csv:3:29: error: row 3, column 'Afhængigheder': 'soft' is not a kind of "
         "dependency ('hard' or 'interface') [invalid-value]"]),
    "many-bad-rows-all-reported": (
        csv(*[f"sw-{i:02};Switch;switch;x;;\r\n" for i in range(5)]), None, 1,
        [f"inventar.csv:{i + 2}:21: error: row {i + 2}, column 'Antal': 'x' is not a number"
         for i in range(5)] + ["5 errors generated."]),
    "bad-type-value-in-mapping": (
        csv(GOOD), MAPPING + "values:\n  type:\n    Switch: Switch\n", 1,
        ["mapping.yaml:11:13: error: 'Switch' is not a component type id ([a-z0-9][a-z0-9._-]*) "
         "[invalid-id]"]),
    "pin-without-reason": (
        csv("sw-02;Switch;switch;2;;\r\n"), MAPPING + "defaults:\n  pin: retain\n", 0,
        ["inventar.csv:2:1: warning: row 2: component 'sw-02' is pinned to 'retain' without a "
         "reason; name the column that says why under 'columns: reason' in the mapping "
         "[pin-without-reason]"]),
    "pin-ja-with-empty-reason-column": (
        csv("sw-02;Switch;switch;2;Ja;\r\n",
            header="ID;Navn;Type;Antal;Fastholdt;Begrundelse\r\n"),
        MAPPING.replace("  annual_cost: Omkostning\n  depends_on: Afhængigheder\n",
                        "  pin: Fastholdt\n  reason: Begrundelse\n")
        + "values:\n  pin:\n    Ja: retain\n", 0,
        ["inventar.csv:2:23: warning: row 2: component 'sw-02' is pinned to 'retain' without a "
         "reason; write why in column 'Begrundelse' [pin-without-reason]"]),
    "mapping-not-yaml": (
        csv(GOOD), "columns: [\n", 1, ["mapping.yaml:", "[yaml-syntax]"]),
}


def run_case(binary, name, case, verbose):
    data, mapping, want_exit, want_lines = case
    problems = []
    tmp = tempfile.mkdtemp(prefix="opgavesnit-import-")
    try:
        with open(os.path.join(tmp, "inventar.csv"), "wb") as f:
            f.write(data)
        with open(os.path.join(tmp, "mapping.yaml"), "w", encoding="utf-8") as f:
            f.write(MAPPING if mapping is None else mapping)
        args = [binary, "import", "csv", "inventar.csv", "--mapping", "mapping.yaml",
                "--municipality", "testby", "-o", "out.yaml"]
        p = subprocess.run(args, cwd=tmp, capture_output=True, timeout=20)
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode != want_exit:
            problems.append(f"exit {p.returncode}, expected {want_exit}")
        for line in want_lines:
            if line not in err:
                problems.append(f"stderr lacks: {line}")
        left = sorted(set(os.listdir(tmp)) - {"inventar.csv", "mapping.yaml"})
        if want_exit != 0 and left:
            problems.append(f"files left behind: {left}")
        if problems or verbose:
            problems.append("stderr was:\n    " + "\n    ".join(err.splitlines()[:20]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return problems


def run_example(binary, root, verbose):
    """The shipped example imports to the committed file, which validates."""
    problems = []
    example = os.path.join(root, "examples", "import-csv")
    tmp = tempfile.mkdtemp(prefix="opgavesnit-import-")
    try:
        model = os.path.join(tmp, "model")
        os.mkdir(model)
        shutil.copy(os.path.join(example, "model", "model.yaml"), model)
        out = os.path.join(model, "norddjurs.yaml")
        args = [binary, "import", "csv", os.path.join(example, "inventar.csv"),
                "--mapping", os.path.join(example, "mapping.yaml"), "--municipality", "norddjurs",
                "-o", out]
        p = subprocess.run(args, capture_output=True, timeout=20)
        if p.returncode != 0 or p.stderr:
            problems.append(f"import: exit {p.returncode}, stderr {p.stderr[:500]!r}")
            return problems
        with open(out, "rb") as f, open(os.path.join(example, "model", "norddjurs.yaml"), "rb") as g:
            if f.read() != g.read():
                problems.append("the import differs from examples/import-csv/model/norddjurs.yaml "
                                "(import it again and review the difference)")
        v = subprocess.run([binary, "validate", "--werror", model], capture_output=True, timeout=20)
        if v.returncode != 0:
            problems.append(f"validate: exit {v.returncode}\n    " + v.stderr.decode("utf-8", "replace"))
        plan = subprocess.run([binary, "plan", model], capture_output=True, timeout=20)
        if plan.returncode != 0:
            problems.append(f"plan: exit {plan.returncode}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("root")
    parser.add_argument("-k", dest="filter", default="")
    parser.add_argument("-v", dest="verbose", action="store_true")
    opts = parser.parse_args()
    binary = os.path.abspath(opts.binary)
    passed = failed = 0
    tests = [(f"import/{n}", lambda n=n: run_case(binary, n, CASES[n], opts.verbose)) for n in CASES]
    tests.append(("import/example", lambda: run_example(binary, os.path.abspath(opts.root), opts.verbose)))
    for name, test in tests:
        if opts.filter not in name:
            continue
        problems = test()
        real = [p for p in problems if not p.startswith("stderr was:")]
        if real:
            failed += 1
            print(f"FAIL {name}")
        else:
            passed += 1
            if opts.verbose:
                print(f"ok   {name}")
        if real or opts.verbose:
            for p in problems:
                print("  " + p)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
