#!/usr/bin/env python3
"""Command-line tests of opgavesnit: the hostile-input corpus and golden outputs.

    python3 tests/cli/run_cli_tests.py BINARY REPO_ROOT [--update] [-k TEXT | --case NAME] [-j N]
    python3 tests/cli/run_cli_tests.py BINARY REPO_ROOT --list

Runs every case under tests/hostile/ and every tests/golden/*.cmd (see
tests/README.md), prints the details of each failure and ends with exactly
one line "N passed, M failed". Exits 1 when anything failed. Standard
library only.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

DEFAULT_TIMEOUT = 10.0  # seconds; a safety net against hangs, not a benchmark
DEFAULT_MAX_STDERR = 1_000_000  # bytes; diagnostics must not echo a 50 MB line
DEFAULT_MEMORY_LIMIT_MB = 4096  # address space of one run (off for sanitizer builds)
POSITION = re.compile(r"^(.*?):(\d+):(\d+): (error|warning|note):")
FORMAT_VARIANTS = ("json", "sarif", "junit")


class Result:
    def __init__(self, name):
        self.name = name
        self.problems = []  # one line each
        self.details = []  # command, output heads

    @property
    def ok(self):
        return not self.problems


class Run:
    """One finished process."""

    def __init__(self, args, cwd, exit_code, stdout, stderr, seconds, timed_out):
        self.args, self.cwd = args, cwd
        self.exit, self.stdout, self.stderr = exit_code, stdout, stderr
        self.seconds, self.timed_out = seconds, timed_out

    def command(self):
        return " ".join(shlex.quote(a) for a in self.args)


def run_process(args, cwd, timeout, memory_mb):
    def limit():
        if memory_mb:
            import resource

            size = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    start = time.monotonic()
    try:
        p = subprocess.run(args, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout, preexec_fn=limit if memory_mb else None)
        return Run(args, cwd, p.returncode, p.stdout, p.stderr, time.monotonic() - start, False)
    except subprocess.TimeoutExpired as e:
        return Run(args, cwd, None, e.stdout or b"", e.stderr or b"", time.monotonic() - start, True)


def head(data, lines=20, width=200):
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    out = []
    for line in text.splitlines()[:lines]:
        line = "".join(c if c.isprintable() or c == "\t" else repr(c)[1:-1] for c in line)
        out.append("    " + (line[:width] + "..." if len(line) > width else line))
    rest = len(text.splitlines()) - lines
    if rest > 0:
        out.append(f"    ... ({rest} more lines)")
    return out or ["    (empty)"]


def describe_exit(run):
    if run.timed_out:
        return f"timed out after {run.seconds:.1f} s"
    if run.exit < 0:
        try:
            return f"killed by {signal.Signals(-run.exit).name}"
        except ValueError:
            return f"killed by signal {-run.exit}"
    return f"exit {run.exit}"


def check_process(run, result, label, timeout):
    """What every run must satisfy: finish in time, not die by a signal."""
    if run.timed_out:
        result.problems.append(f"{label}: did not finish within {timeout:g} s")
        return False
    if run.exit < 0:
        result.problems.append(f"{label}: {describe_exit(run)}")
        return False
    if run.exit not in (0, 1, 2):
        result.problems.append(f"{label}: exit {run.exit} (only 0, 1 and 2 are allowed)")
    return True


def check_stderr_is_clean(run, result, label, max_bytes):
    if len(run.stderr) > max_bytes:
        result.problems.append(f"{label}: {len(run.stderr)} bytes on stderr (limit {max_bytes})")
    try:
        text = run.stderr.decode("utf-8")
    except UnicodeDecodeError as e:
        result.problems.append(f"{label}: stderr is not UTF-8 ({e})")
        return
    bad = sorted({c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f})
    if bad:
        result.problems.append(f"{label}: raw control characters on stderr: {bad!r}")


# ---------------------------------------------------------------------------
# The hostile corpus


def model_files(directory):
    """*.yaml/*.yml below `directory`, skipping dot-names (as the loader does)."""
    found = []
    for base, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(base, f) for f in files
                  if not f.startswith(".") and f.endswith((".yaml", ".yml"))]
    return found


def expected_positions(expect):
    for s in expect.get("stderr_contains", []):
        m = POSITION.match(s)
        if m:
            yield m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)


def escape_controls(text):
    """Control characters as opgavesnit shows them in text diagnostics (<U+001B>)."""
    return "".join(f"<U+{ord(c):04X}>" if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f else c for c in text)


def same_file(path, suffix):
    path = escape_controls(path.replace("\\", "/"))
    suffix = escape_controls(suffix)
    return path == suffix or path.endswith("/" + suffix)


def documented_rules(root):
    """The rule ids of docs/diagnostics.md (None when there is no such page)."""
    try:
        with open(os.path.join(root, "docs", "diagnostics.md"), encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return None
    # The rules of `import csv` (its own section) and of `fmt` concern other
    # inputs than a model given to validate; tests/import and the fmt tests
    # (tests/unit/edit/model_format_test.cc, golden fmt-check) assert their places.
    # The model's table is the one between "<!-- rules: model -->" and its end.
    if "<!-- rules: model -->" in text:
        text = text.split("<!-- rules: model -->")[1].split("<!-- end of rules -->")[0]
    text = text.split("\n## `import csv`")[0]
    return {r for r in re.findall(r"^\| `([a-z0-9-]+)` \|", text, re.MULTILINE)
            if not r.startswith("fmt-")}


def check_format_variant(fmt, run, expect, werror, files, result, rules_doc):
    label = f"--format {fmt}"
    text = run.stdout.decode("utf-8", "replace")
    if run.exit == 2:
        return
    try:
        if fmt == "json":
            doc = json.loads(text)
            if not isinstance(doc, list):
                raise ValueError("not a JSON list")
            keys = ["severity", "rule", "message", "file", "line", "column"]
            for entry in doc:
                if list(entry) != keys:
                    raise ValueError(f"entry keys {list(entry)} are not {keys}")
                if entry["severity"] not in ("error", "warning", "note"):
                    raise ValueError(f"severity {entry['severity']!r}")
                if rules_doc is not None and entry["rule"] not in rules_doc:
                    raise ValueError(f"rule {entry['rule']!r} is not in docs/diagnostics.md")
            if run.exit == 1 and not any(e["severity"] == "error" for e in doc):
                raise ValueError("exit 1 but no entry with severity 'error'")
            for path, line, col, sev in expected_positions(expect):
                if werror and sev == "warning":
                    sev = "error"
                if not any(e["file"] and same_file(e["file"], path) and e["line"] == line
                           and e["column"] == col and e["severity"] == sev for e in doc):
                    raise ValueError(f"no {sev} at {path}:{line}:{col}")
        elif fmt == "sarif":
            doc = json.loads(text)
            if doc.get("version") != "2.1.0" or len(doc.get("runs", [])) != 1:
                raise ValueError("not SARIF 2.1.0 with one run")
            sarif_run = doc["runs"][0]
            rules = sarif_run["tool"]["driver"]["rules"]
            for rule in rules:
                if rule["shortDescription"]["text"] == rule["id"]:
                    raise ValueError(f"rule {rule['id']!r} has no description (rule_description)")
            for r in sarif_run["results"]:
                if rules[r["ruleIndex"]]["id"] != r["ruleId"]:
                    raise ValueError(f"ruleIndex of {r['ruleId']} is wrong")
                if r["level"] not in ("error", "warning", "note") or not r["message"]["text"]:
                    raise ValueError("bad level or message")
                loc = r["locations"][0]["physicalLocation"]
                if not loc["artifactLocation"]["uri"] or loc["region"]["startLine"] < 1:
                    raise ValueError("bad location")
            if run.exit == 1 and not any(r["level"] == "error" for r in sarif_run["results"]):
                raise ValueError("exit 1 but no result with level 'error'")
        elif fmt == "junit":
            root = ET.fromstring(run.stdout)
            if root.tag != "testsuites" or len(root) != 1 or root[0].tag != "testsuite":
                raise ValueError("not <testsuites><testsuite>")
            cases = root[0].findall("testcase")
            if files is not None and len(cases) < len(files):
                raise ValueError(f"{len(cases)} test cases for {len(files)} files")
            failures = root[0].findall("testcase/failure")
            if run.exit == 1 and not failures:
                raise ValueError("exit 1 but no <failure>")
            if int(root[0].get("tests", "-1")) != len(cases):
                raise ValueError("tests= does not count the test cases")
    except (ValueError, KeyError, IndexError, TypeError, ET.ParseError) as e:
        result.problems.append(f"{label}: {type(e).__name__}: {e}")
        result.details += [f"  {label} stdout:"] + head(run.stdout, 10)


def text_at(path, line, column):
    """The bytes of file `path` from 1-based `line`:`column` (column in bytes) to the line's end."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # the loader drops a byte-order mark; positions count from after it
    lines = data.split(b"\n")
    if line < 1 or line > len(lines):
        return None
    text = lines[line - 1]
    return text[column - 1:] if 1 <= column <= len(text) + 1 else None


def check_positions(expect, args, input_dir, text_run, result, opts):
    """`positions`: each diagnostic is reported at exactly that place in the JSON and text
    forms, and the file holds the given text there (diagnostics never lie about places)."""
    if "validate" not in expect["args"] or "--format" in expect["args"]:
        result.problems.append("positions: only for validate cases without --format")
        return
    run = run_process(args + ["--format", "json"], input_dir, float(expect.get("timeout", opts.timeout)),
                      opts.memory_limit)
    try:
        doc = json.loads(run.stdout)
    except ValueError:
        result.problems.append("positions: --format json gave no JSON")
        return
    stderr = text_run.stderr.decode("utf-8", "replace")
    for p in expect["positions"]:
        rule, sev, file = p["rule"], p.get("severity", "error"), p["file"]
        line, col = p["line"], p["column"]
        want = bytes.fromhex(p["hex"]) if "hex" in p else p["text"].encode("utf-8")
        where = escape_controls(f"{file}:{line}:{col}")
        if not any(e["rule"] == rule and e["severity"] == sev and e["file"] and same_file(e["file"], file)
                   and e["line"] == line and e["column"] == col for e in doc):
            got = [escape_controls(f"{e['file'] and os.path.basename(e['file'])}:{e['line']}:{e['column']}")
                   for e in doc if e["rule"] == rule]
            result.problems.append(f"positions: no {sev} [{rule}] at {where} in --format json "
                                   f"(it is at: {', '.join(got) or 'nowhere'})")
            continue
        pattern = re.compile(r"^(.*/)?" + re.escape(escape_controls(f"{file}:{line}:{col}: {sev}: ")) +
                             (r".*$" if sev == "note" else r".*\[" + re.escape(rule) + r"\]$"),
                             re.MULTILINE)  # a note's line has no rule id
        if not pattern.search(stderr):
            result.problems.append(f"positions: the text form has no {sev} [{rule}] at {where}")
        at = text_at(os.path.join(input_dir, file), line, col)
        if at is None:
            result.problems.append(f"positions: {where} is not a place in the file")
        elif not at.startswith(want):
            result.problems.append(f"positions: the file holds {at[:len(want) + 10]!r} at {where}, "
                                   f"not {want!r}")


COVERAGE_CASE = "hostile/positions-of-every-rule"


def positions_cover_rules(opts):
    """Every rule id of docs/diagnostics.md has a hostile case that asserts its place."""
    result = Result(COVERAGE_CASE)
    covered = set()
    hostile_root = os.path.join(opts.root, "tests", "hostile")
    for entry in sorted(os.listdir(hostile_root)):
        try:
            with open(os.path.join(hostile_root, entry, "expect.json"), encoding="utf-8") as f:
                covered |= {p["rule"] for p in json.load(f).get("positions", [])}
        except (OSError, ValueError):
            continue
    missing = sorted((opts.rules_doc or set()) - covered)
    if missing:
        result.problems.append("rule ids of docs/diagnostics.md with no case in tests/hostile/ "
                               f"whose 'positions' assert their place: {', '.join(missing)}")
    return result


def run_hostile_case(case_dir, opts):
    name = "hostile/" + os.path.basename(case_dir)
    result = Result(name)
    try:
        with open(os.path.join(case_dir, "expect.json"), encoding="utf-8") as f:
            expect = json.load(f)
    except (OSError, ValueError) as e:
        result.problems.append(f"cannot read expect.json: {e}")
        return result
    timeout = float(expect.get("timeout", opts.timeout))
    tmp = None
    try:
        input_dir = case_dir
        if os.path.exists(os.path.join(case_dir, "make.py")):
            tmp = tempfile.mkdtemp(prefix="opgavesnit-hostile-")
            gen = run_process([sys.executable, os.path.join(case_dir, "make.py"), tmp], tmp, 120, 0)
            if gen.timed_out or gen.exit != 0:
                result.problems.append(f"make.py failed: {describe_exit(gen)}")
                result.details += ["  make.py stderr:"] + head(gen.stderr)
                return result
            input_dir = tmp
        args = [opts.binary] + [a.replace("{dir}", input_dir) for a in expect["args"]]
        run = run_process(args, input_dir, timeout, opts.memory_limit)
        result.details.append(f"  command: {run.command()}")
        if check_process(run, result, "run", timeout):
            check_expectations(run, expect, result)
            check_stderr_is_clean(run, result, "run", int(expect.get("max_stderr_bytes", DEFAULT_MAX_STDERR)))
            if "positions" in expect:
                check_positions(expect, args, input_dir, run, result, opts)
            # The same input in every machine-readable form: same exit, well-formed output.
            if expect["args"][0] == "validate" and "--format" not in expect["args"] and not opts.quick:
                werror = "--werror" in expect["args"]
                files = model_files(input_dir) if expect["args"][1] == "{dir}" else None
                for fmt in FORMAT_VARIANTS:
                    v = run_process(args + ["--format", fmt], input_dir, timeout, opts.memory_limit)
                    label = f"--format {fmt}"
                    if not check_process(v, result, label, timeout):
                        continue
                    if v.exit != run.exit:
                        result.problems.append(f"{label}: exit {v.exit}, but {run.exit} in text form")
                    check_format_variant(fmt, v, expect, werror, files, result, opts.rules_doc)
        if not result.ok or opts.verbose:
            result.details.append(f"  expected exit {expect['exit']}, got: {describe_exit(run)} "
                                  f"({run.seconds:.2f} s)")
            result.details += ["  stderr (head):"] + head(run.stderr)
            if run.stdout:
                result.details += ["  stdout (head):"] + head(run.stdout, 10)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


def check_expectations(run, expect, result):
    if run.exit != expect["exit"]:
        result.problems.append(f"exit {run.exit}, expected {expect['exit']}")
    stderr = run.stderr.decode("utf-8", "replace")
    stdout = run.stdout.decode("utf-8", "replace")
    for s in expect.get("stderr_contains", []):
        if s not in stderr:
            result.problems.append(f"stderr does not contain {s!r}")
    for s in expect.get("stderr_not_contains", []):
        if s in stderr:
            result.problems.append(f"stderr contains {s!r}")
    for pattern in expect.get("stderr_matches", []):
        if not re.search(pattern, stderr, re.MULTILINE):
            result.problems.append(f"stderr does not match /{pattern}/")
    for s in expect.get("stdout_contains", []):
        if s not in stdout:
            result.problems.append(f"stdout does not contain {s!r}")
    for s in expect.get("stdout_not_contains", []):
        if s in stdout:
            result.problems.append(f"stdout contains {s!r}")
    if "stdout_json_contains" in expect:
        try:
            doc = json.loads(stdout)
        except ValueError as e:
            result.problems.append(f"stdout is not JSON: {e}")
        else:
            for key, value in expect["stdout_json_contains"].items():
                if not isinstance(doc, dict) or doc.get(key, object()) != value:
                    got = doc.get(key, "(absent)") if isinstance(doc, dict) else "(not an object)"
                    result.problems.append(f"stdout JSON {key!r} is {got!r}, expected {value!r}")


# ---------------------------------------------------------------------------
# Golden tests


def golden_args(cmd_path, root):
    with open(cmd_path, encoding="utf-8") as f:
        line = f.read().strip()
    args = [a.replace("{root}", root) for a in shlex.split(line)]
    if args and args[0] == "opgavesnit":
        args = args[1:]
    return args


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def run_golden_case(cmd_path, opts):
    base = cmd_path[: -len(".cmd")]
    name = "golden/" + os.path.basename(base)
    result = Result(name)
    args = [opts.binary] + golden_args(cmd_path, opts.root)
    run = run_process(args, opts.root, opts.timeout, opts.memory_limit)
    result.details.append(f"  command: {run.command()}  (cwd {opts.root})")
    if not check_process(run, result, "run", opts.timeout):
        return result
    if opts.update:
        with open(base + ".out", "wb") as f:
            f.write(run.stdout)
        with open(base + ".exit", "w") as f:
            f.write(f"{run.exit}\n")
        if os.path.exists(base + ".err"):
            with open(base + ".err", "wb") as f:
                f.write(run.stderr)
        return result
    expected_out = read_bytes(base + ".out")
    expected_exit = read_bytes(base + ".exit")
    if expected_out is None or expected_exit is None:
        result.problems.append(f"missing {os.path.basename(base)}.out or .exit (run with --update)")
        return result
    if run.exit != int(expected_exit.decode().strip()):
        result.problems.append(f"exit {run.exit}, expected {expected_exit.decode().strip()}")
    for suffix, got in ((".out", run.stdout), (".err", run.stderr)):
        want = expected_out if suffix == ".out" else read_bytes(base + ".err")
        if want is None or got == want:
            continue
        what = "stdout" if suffix == ".out" else "stderr"
        result.problems.append(f"{what} differs from {os.path.basename(base)}{suffix}")
        diff = list(difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                         got.decode("utf-8", "replace").splitlines(),
                                         "expected", "got", lineterm="", n=2))
        result.details += [f"  {what} diff (head):"] + head("\n".join(diff), 40)
    if not result.ok or opts.verbose:
        result.details += ["  stderr (head):"] + head(run.stderr)
    return result


# ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", help="the opgavesnit executable")
    parser.add_argument("root", help="the repository root")
    parser.add_argument("--update", action="store_true", help="rewrite the golden .out/.exit files")
    parser.add_argument("-k", dest="filter", default="", help="run only tests whose name contains TEXT")
    parser.add_argument("--case", default=None,
                        help="run only the case named exactly NAME (as --list prints it)")
    parser.add_argument("--list", action="store_true", help="print the name of every case and exit")
    parser.add_argument("-j", dest="jobs", type=int, default=min(4, os.cpu_count() or 1),
                        help="tests run in parallel (default: up to 4)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per run")
    parser.add_argument("--memory-limit", type=int, default=None,
                        help=f"MB of address space per run (default {DEFAULT_MEMORY_LIMIT_MB}; "
                             "0: none; off for sanitizer builds)")
    parser.add_argument("-v", dest="verbose", action="store_true",
                        help="also show the command and output of tests that pass")
    parser.add_argument("--quick", action="store_true",
                        help="skip re-running validate cases in the json/sarif/junit forms")
    opts = parser.parse_args()
    opts.binary = os.path.abspath(opts.binary)
    opts.root = os.path.abspath(opts.root)
    opts.rules_doc = documented_rules(opts.root)

    if not os.access(opts.binary, os.X_OK):
        print(f"run_cli_tests: no executable at {opts.binary}")
        print("0 passed, 1 failed")
        return 1
    if opts.memory_limit is None:
        with open(opts.binary, "rb") as f:
            data = f.read()
        sanitized = b"__asan_init" in data or b"__tsan_init" in data
        opts.memory_limit = 0 if sanitized else DEFAULT_MEMORY_LIMIT_MB

    hostile_root = os.path.join(opts.root, "tests", "hostile")
    golden_root = os.path.join(opts.root, "tests", "golden")
    cases = []  # (name, runner, path)
    if os.path.isdir(hostile_root):
        for entry in sorted(os.listdir(hostile_root)):
            path = os.path.join(hostile_root, entry)
            if os.path.isdir(path):
                cases.append(("hostile/" + entry, run_hostile_case, path))
        cases.append((COVERAGE_CASE, lambda path, opts: positions_cover_rules(opts), hostile_root))
    if os.path.isdir(golden_root):
        for entry in sorted(os.listdir(golden_root)):
            if entry.endswith(".cmd"):
                cases.append(("golden/" + entry[:-4], run_golden_case, os.path.join(golden_root, entry)))
    if opts.list:
        for name, _, _ in cases:
            print(name)
        return 0

    def wanted(name):
        if opts.update and name.startswith("hostile/"):
            return False
        if opts.case is not None:
            return name == opts.case
        if name == COVERAGE_CASE:
            return not opts.filter
        return opts.filter in name

    jobs = [(runner, path) for name, runner, path in cases if wanted(name)]
    if opts.case is not None and not jobs:
        print(f"run_cli_tests: no case named '{opts.case}' (--list prints them)")
        print("0 passed, 1 failed")
        return 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        results = list(pool.map(lambda job: job[0](job[1], opts), jobs))

    passed = sum(r.ok for r in results)
    failed = len(results) - passed
    for r in results:
        if r.ok and not opts.verbose:
            continue
        print(f"{'ok' if r.ok else 'FAIL'} {r.name}")
        for p in r.problems:
            print(f"  - {p}")
        for d in r.details:
            print(d)
        print()
    if opts.update:
        print(f"updated {len(results)} golden case(s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
