#!/usr/bin/env python3
"""Determinism: the same model gives the same bytes whatever its files look like.

    python3 tests/cli/determinism_test.py BINARY REPO_ROOT [--variants N] [--seed S] [-v]

For the bundled model and every example, writes N variants of the same
model into a temporary folder and checks that they give the same output as
the original:

- the sections are split over a random number of files (1 to 6) with random
  names, some in sub-folders, at random places, and written to disk in a
  random order (so the order a folder lists them in differs from the sorted
  order the tool reads them in); the order of the entries of each section
  is kept, as list order is part of the model;
- every mapping has its keys in a random order (scalars keep their exact
  text and quoting; comments go);

and then `plan --scenario S --format F` must give the same bytes for every
scenario S and every format F that `plan --help` lists, and `validate
--format json` the same diagnostics (rule, severity and message; their
places move with the text, so file, line and column are left out).

Needs PyYAML (Debian: python3-yaml). Ends with one line "N passed, M
failed"; exit status 1 when anything failed.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import yaml
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from bundled_models import bundled_models  # noqa: E402

SECTIONS = ("tasks", "component_types", "service_levels", "municipalities", "scenarios")


def model_files(directory):
    found = []
    for base, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(base, f) for f in files
                  if not f.startswith(".") and f.endswith((".yaml", ".yml"))]
    return sorted(found)


def key_text(node):
    return node.value if isinstance(node, yaml.ScalarNode) else None


def permute_keys(node, rng, seen):
    """Shuffles the keys of every mapping below `node` (each node once: aliases share nodes)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        rng.shuffle(node.value)
        for k, v in node.value:
            permute_keys(k, rng, seen)
            permute_keys(v, rng, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            permute_keys(item, rng, seen)


def split_model(paths):
    """The model's content: the one-per-model sections (region, organisation) by name, and each
    list section's items, in reading order."""
    region, items = {}, {s: [] for s in SECTIONS}
    for path in paths:
        with open(path, "rb") as f:
            root = yaml.compose(f, Loader=yaml.SafeLoader)
        for k, v in root.value:
            name = key_text(k)
            if name == "opgavesnit":
                continue
            if name in ("region", "organisation"):
                region[name] = v
            elif name in SECTIONS and isinstance(v, yaml.SequenceNode):
                items[name] += v.value
            else:
                raise ValueError(f"{path}: section {name!r} cannot be split")
    return region, items


def write_variant(region, items, out_dir, rng):
    """Writes the content over random files in `out_dir`; returns their paths."""
    n = rng.randint(1, 6)
    names = set()
    while len(names) < n:
        stem = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(rng.randint(1, 8)))
        folder = rng.choice(["", "", "", "sub/", "sub/deeper/", "z-"])
        names.add(folder + stem + rng.choice([".yaml", ".yml"]))
    # The tool reads files in the byte order of their paths.
    names = sorted(names, key=lambda p: os.path.join(out_dir, p).encode())
    contents = [[] for _ in names]  # per file: (key, node) pairs
    version = (yaml.ScalarNode("tag:yaml.org,2002:str", "opgavesnit"),
               yaml.ScalarNode("tag:yaml.org,2002:int", "1"))
    for name, node in region.items():
        contents[rng.randrange(n)].append((yaml.ScalarNode("tag:yaml.org,2002:str", name), node))
    for section in SECTIONS:
        entries = items[section]
        if not entries:
            continue
        # Contiguous pieces in file order keep the entries' order.
        cuts = sorted(rng.randint(0, len(entries)) for _ in range(n - 1))
        bounds = [0] + cuts + [len(entries)]
        for i in range(n):
            piece = entries[bounds[i]:bounds[i + 1]]
            if piece:
                key = yaml.ScalarNode("tag:yaml.org,2002:str", section)
                contents[i].append((key, yaml.SequenceNode("tag:yaml.org,2002:seq", piece)))
    seen = set()
    documents = []
    for pairs in contents:
        root = yaml.MappingNode("tag:yaml.org,2002:map", [version] + pairs)
        permute_keys(root, rng, seen)
        seen.discard(id(root))
        documents.append(yaml.serialize(root, Dumper=yaml.SafeDumper, allow_unicode=True,
                                        width=1 << 16, explicit_start=False))
    order = list(range(n))
    rng.shuffle(order)  # the order they are created in, and so (often) listed in
    paths = [os.path.join(out_dir, p) for p in names]
    for i in order:
        os.makedirs(os.path.dirname(paths[i]), exist_ok=True)
        with open(paths[i], "w", encoding="utf-8") as f:
            f.write(documents[i])
    return paths


def run(binary, args):
    p = subprocess.run([binary] + args, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def plan_formats(binary):
    _, out, _ = run(binary, ["plan", "--help"])
    m = re.search(r"--format[^\n]*?\{([a-z0-9,-]+)\}", out.decode())
    if not m:
        raise RuntimeError("cannot find the formats in 'plan --help'")
    return m.group(1).split(",")


def scenarios_of(items):
    return [key_text(v) for s in items["scenarios"] for k, v in s.value if key_text(k) == "id"]


def outputs(binary, model, scenarios, formats):
    """Every output that must not change, by name."""
    result = {}
    code, out, err = run(binary, ["validate", model, "--format", "json"])
    diags = sorted((d["severity"], d["rule"], d["message"]) for d in json.loads(out))
    result["validate --format json"] = (code, json.dumps(diags, ensure_ascii=False).encode())
    for s in scenarios:
        for f in formats:
            code, out, err = run(binary, ["plan", model, "--scenario", s, "--format", f])
            result[f"plan -s {s} --format {f}"] = (code, out)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("root")
    parser.add_argument("--variants", type=int, default=3, help="variants per model (default 3)")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("-v", dest="verbose", action="store_true")
    opts = parser.parse_args()
    binary, root = os.path.abspath(opts.binary), os.path.abspath(opts.root)
    rng = random.Random(opts.seed)
    formats = plan_formats(binary)
    models = bundled_models(root)
    passed = failed = 0
    tmp = tempfile.mkdtemp(prefix="opgavesnit-determinism-")
    try:
        for model in models:
            name = os.path.relpath(model, root)
            region, items = split_model(model_files(model))
            scenarios = scenarios_of(items)
            want = outputs(binary, model, scenarios, formats)
            if opts.verbose:
                print(f"{name}: {len(want)} outputs, formats {','.join(formats)}")
            for v in range(opts.variants):
                out_dir = os.path.join(tmp, f"{os.path.basename(model)}-{v}")
                paths = write_variant(region, items, out_dir, rng)
                got = outputs(binary, out_dir, scenarios, formats)
                bad = [k for k in want if got[k] != want[k]]
                label = f"{name} variant {v} ({len(paths)} files: " \
                        f"{', '.join(os.path.relpath(p, out_dir) for p in paths)})"
                if bad:
                    failed += 1
                    print(f"FAIL {label}")
                    for k in bad:
                        print(f"  - {k}: exit {got[k][0]} vs {want[k][0]}, "
                              f"{len(got[k][1])} vs {len(want[k][1])} bytes")
                    keep = os.path.join(tempfile.gettempdir(), f"opgavesnit-determinism-failed-{v}")
                    shutil.rmtree(keep, ignore_errors=True)
                    shutil.copytree(out_dir, keep)
                    print(f"  the variant is kept in {keep}")
                else:
                    passed += 1
                    if opts.verbose:
                        print(f"ok {label}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
