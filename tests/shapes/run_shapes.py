#!/usr/bin/env python3
"""Shapes that a quadratic algorithm or an unbounded expansion would turn into
minutes or gigabytes: each must finish in seconds under a memory cap.

    python3 tests/shapes/run_shapes.py BINARY [--timeout S] [--memory-limit MB] [-k NAME]

Each shape is written into a temporary folder, then the binary runs on it
under an address-space limit (setrlimit RLIMIT_AS) with a generous timeout.
The time of each run is printed; a run that dies by a signal, exceeds the
timeout, exits with a status other than the shape's, or takes more than
its budget fails. Not a timed unit test: the budgets are ten times what a
linear run needs on a slow machine, and far below what a quadratic one
takes. Standard library only. Ends with one line "N passed, M failed".
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HEAD = """opgavesnit: 1
region: {id: r, hourly_cost: 700}
"""

LEVELS = """service_levels:
  - id: basis
    price: {hourly_rate: 850}
    includes:
      - categories: [server]
"""


def periods(out, n=100_000):
    """waves.periods with 100,000 entries (a duplicate check by linear search is n^2)."""
    with open(os.path.join(out, "model.yaml"), "w") as f:
        f.write(HEAD + "tasks: [{id: op}]\ncomponent_types:\n  - {id: t, category: server, tasks: [{task: op, hours: 1}]}\n")
        f.write(LEVELS + "municipalities:\n  - {id: m, population: 1, components: [{id: c, type: t}]}\n")
        f.write("scenarios:\n  - id: s\n    default_level: basis\n    waves:\n      capacity_hours: 1000\n      periods:\n")
        for i in range(n):
            f.write(f"        - p{i}\n")
    return ["plan", out, "--format", "json"], 0


def extends_chain(out, n=100_000):
    """An extends chain of 100,000 service levels (walking each level's chain is n^2)."""
    with open(os.path.join(out, "model.yaml"), "w") as f:
        f.write(HEAD + "tasks: [{id: op}]\ncomponent_types:\n  - {id: t, category: server, tasks: [{task: op, hours: 1}]}\n")
        f.write("service_levels:\n  - {id: l0, price: {hourly_rate: 850}, includes: [{categories: [server]}]}\n")
        for i in range(1, n):
            f.write(f"  - {{id: l{i}, extends: l{i - 1}, price: {{hourly_rate: 850}}}}\n")
        f.write("municipalities:\n  - {id: m, population: 1, components: [{id: c, type: t}]}\n")
        f.write(f"scenarios:\n  - {{id: s, default_level: l{n - 1}}}\n")
    return ["plan", out, "--format", "json"], 0


def tasks_by_chain(out, tasks=20_000, chain=100):
    """20,000 tasks in one type, 100 chained components (dependencies x tasks^2)."""
    with open(os.path.join(out, "model.yaml"), "w") as f:
        f.write(HEAD + "tasks:\n")
        for i in range(tasks):
            f.write(f"  - id: t{i}\n")
        f.write("component_types:\n  - id: ty\n    category: server\n    tasks:\n")
        for i in range(tasks):
            f.write(f"      - {{task: t{i}, hours: 1}}\n")
        f.write(LEVELS + "municipalities:\n  - id: m\n    population: 1\n    components:\n")
        f.write("      - {id: c0, type: ty}\n")
        for i in range(1, chain):
            f.write(f"      - {{id: c{i}, type: ty, depends_on: [c{i - 1}]}}\n")
        f.write("scenarios:\n  - {id: s, default_level: basis}\n")
    return ["plan", out, "--format", "json"], 0


def witness_chain(out, n=30_000):
    """A chain top -> mid0 -> mid1 -> ... where each mid_i also needs a retained r_i: a
    conflict per link, each path as long as its place (n^2 / 2 = 450 million pairs written
    out). The paths are kept as one tree; past --limit witness-steps the plan stops (exit 1)."""
    with open(os.path.join(out, "model.yaml"), "w") as f:
        f.write(HEAD + "tasks: [{id: op}]\ncomponent_types:\n")
        f.write("  - {id: t, category: server, tasks: [{task: op, hours: 1}]}\n")
        f.write("  - {id: u, category: other, tasks: [{task: op, hours: 1}]}\n")
        f.write(LEVELS + "municipalities:\n  - id: m\n    population: 1\n    components:\n")
        f.write("      - {id: top, type: t, depends_on: [mid0]}\n")
        for i in range(n):
            after = f"mid{i + 1}, " if i + 1 < n else ""
            f.write(f"      - {{id: mid{i}, type: u, depends_on: [{after}r{i}]}}\n")
            f.write(f"      - {{id: r{i}, type: u, pin: retain}}\n")
        f.write("scenarios:\n  - {id: s, default_level: basis}\n")
    return ["plan", out, "--format", "json"], 1


def witness_chain_validate(out):
    """The same chain under validate: one warning per conflict would print the paths."""
    args, _ = witness_chain(out)
    return ["validate", out], 1


def total_bytes(out, files=2_000):
    """2,000 sparse files of 1 MiB (2 GiB together, each under file-bytes): reading stops at
    total-bytes (lowered to 256 MiB here), so memory stays near the limit."""
    with open(os.path.join(out, "model.yaml"), "w") as f:
        f.write(HEAD)
    for i in range(files):
        with open(os.path.join(out, f"f{i:04}.yaml"), "w") as f:
            f.truncate(1 << 20)
    return ["--limit", "total-bytes=268435456", "validate", out], 1


def alias_bytes(out):
    """One 1 MB scalar under &big and 10,000 *big: 10 GB of text if expanded."""
    with open(os.path.join(out, "model.yaml"), "w") as f:
        f.write("opgavesnit: 1\nbig: &big \"" + "x" * 1_000_000 + "\"\nmany:\n")
        for _ in range(10_000):
            f.write("  - *big\n")
    return ["validate", out], 1


def csv_mapping_values(out, n=200_000):
    """A CSV mapping whose values table has 200,000 entries."""
    with open(os.path.join(out, "mapping.yaml"), "w") as f:
        f.write("opgavesnit-csv-mapping: 1\nseparator: \";\"\ncolumns:\n  id: Id\n  type: Type\nvalues:\n  type:\n")
        for i in range(n):
            f.write(f"    T{i}: t{i}\n")
    with open(os.path.join(out, "inventar.csv"), "w") as f:
        f.write("Id;Type\n")
        for i in range(1000):
            f.write(f"c{i};T{i}\n")
    return ["import", "csv", os.path.join(out, "inventar.csv"), "--mapping",
            os.path.join(out, "mapping.yaml"), "--municipality", "m"], 0


SHAPES = [periods, extends_chain, tasks_by_chain, witness_chain, witness_chain_validate, total_bytes,
          alias_bytes, csv_mapping_values]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--memory-limit", type=int, default=None,
                        help="MB of address space (default 2048; 0: none; off for sanitizer builds)")
    parser.add_argument("-k", dest="only", default="")
    opts = parser.parse_args()
    binary = os.path.abspath(opts.binary)
    if opts.memory_limit is None:
        with open(binary, "rb") as f:
            sanitized = b"__asan_init" in f.read()
        opts.memory_limit = 0 if sanitized else 2048

    def cap():
        if opts.memory_limit:
            limit = opts.memory_limit << 20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    passed = failed = 0
    for shape in SHAPES:
        name = shape.__name__.replace("_", "-")
        if opts.only not in name:
            continue
        with tempfile.TemporaryDirectory(prefix="opgavesnit-shape-") as out:
            args, want = shape(out)
            start = time.monotonic()
            problem = None
            try:
                p = subprocess.run([binary] + args, capture_output=True, timeout=opts.timeout,
                                   preexec_fn=cap)
                took = time.monotonic() - start
                if p.returncode < 0:
                    problem = f"killed by signal {-p.returncode}"
                elif p.returncode != want:
                    problem = f"exit {p.returncode}, expected {want}: {p.stderr.decode('utf-8', 'replace')[:400]}"
            except subprocess.TimeoutExpired:
                took = time.monotonic() - start
                problem = f"more than {opts.timeout:.0f} s"
            print(f"{'FAIL' if problem else 'ok'} {name}: {took:.2f} s" + (f" ({problem})" if problem else ""))
            if problem:
                failed += 1
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
