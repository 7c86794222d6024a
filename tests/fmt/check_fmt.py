#!/usr/bin/env python3
"""Checks that `opgavesnit fmt` keeps meaning and is idempotent.

    python3 tests/fmt/check_fmt.py build/tools/opgavesnit .

For the bundled model and every example:
- the files are already in canonical form (`fmt --check` exits 0);
- a scrambled copy (keys in reverse order, every leaf mapping in flow
  style, lists of mappings in flow style, comments gone) plans every
  scenario exactly as the original does, before and after `fmt`;
- after `fmt` of the scrambled copy every mapping has its keys in the
  order of the format (that of the schema's properties), and `fmt` of
  that changes nothing.
And `fmt --check` exits 1 listing the changed files; a file with an error
is not touched; tools/gen-midtjylland.py writes the bundled model byte for
byte (so regenerating keeps the canonical form).

Needs python3-yaml (tools/setup.sh --tests).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schema"))
from check_schema import Core12Loader, model_files  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from bundled_models import bundled_models  # noqa: E402


def run(exe, *args):
    return subprocess.run([exe, *args], capture_output=True, text=True)


def scenarios(exe, model):
    r = run(exe, "plan", model, "--scenario", "-no-such-scenario-")
    return [line.strip() for line in r.stderr.splitlines() if line.startswith("  ")]


def plans(exe, model):
    out = {}
    for s in scenarios(exe, model):
        r = run(exe, "plan", model, "--scenario", s, "--format", "json")
        out[s] = (r.returncode, r.stdout)
    return out


class Reversed(dict):
    pass


def reverse_keys(x):
    if isinstance(x, dict):
        return Reversed((k, reverse_keys(v)) for k, v in reversed(list(x.items())))
    if isinstance(x, list):
        return [reverse_keys(v) for v in x]
    return x


class Dumper(yaml.SafeDumper):
    pass


def _represent(dumper, data):
    leaf = all(not isinstance(v, (dict, list)) for v in data.values())
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=leaf)


Dumper.add_representer(Reversed, _represent)


def scramble(path):
    with open(path, encoding="utf-8-sig") as f:
        doc = yaml.load(f, Loader=Core12Loader)
    text = yaml.dump(reverse_keys(doc), Dumper=Dumper, sort_keys=False, allow_unicode=True, width=200,
                     default_flow_style=None)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def schema_orders(exe):
    """The key order of every mapping of the format, from the schema."""
    schema = json.loads(run(exe, "schema").stdout)
    orders = [list(schema["properties"])]
    orders += [list(d["properties"]) for d in schema["definitions"].values()]
    return orders


def key_order_problems(path, orders):
    """Mappings of a file whose keys are not in the order of a mapping of
    the format that has them all (free-key mappings such as levels match
    none and are skipped)."""
    with open(path, encoding="utf-8") as f:
        root = yaml.compose(f, Loader=Core12Loader)
    problems = []
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value]
            fitting = [o for o in orders if set(keys) <= set(o)]
            if fitting and not any(keys == [k for k in o if k in keys] for o in fitting):
                problems.append(f"{path}:{node.start_mark.line + 1}: keys out of order: {keys}")
            stack += [v for _, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    return problems


def check_ok(cond, failures, message):
    if not cond:
        failures.append(message)
    return cond


def main():
    exe, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    failures = []
    orders = schema_orders(exe)
    models = bundled_models(root)

    r = run(exe, "fmt", "--check", *models)
    if r.returncode != 0:
        failures.append(f"the bundled files are not in canonical form:\n{r.stdout}{r.stderr}")

    with tempfile.TemporaryDirectory() as tmp:
        for model in models:
            name = os.path.relpath(model, root)
            copy = os.path.join(tmp, name)
            shutil.copytree(model, copy)
            before = plans(exe, model)
            if not before:
                failures.append(f"{name}: no scenarios found")
            for path in model_files(copy):
                scramble(path)
            if plans(exe, copy) != before:
                failures.append(f"{name}: the scrambled copy plans differently (the test is wrong)")
                continue
            r = run(exe, "fmt", "--check", copy)
            if r.returncode != 1 or not r.stdout.strip():
                failures.append(f"{name}: fmt --check on the scrambled copy: exit {r.returncode}, "
                                f"stdout {r.stdout!r}")
            r = run(exe, "fmt", copy)
            if r.returncode != 0:
                failures.append(f"{name}: fmt failed: {r.stderr}")
                continue
            after = plans(exe, copy)
            for s in before:
                if after.get(s) != before[s]:
                    failures.append(f"{name}: scenario {s} plans differently after fmt")
            r = run(exe, "fmt", "--check", copy)
            if r.returncode != 0 or r.stdout:
                failures.append(f"{name}: fmt is not idempotent: {r.stdout}")
            for path in model_files(copy):
                failures += key_order_problems(path, orders)

        # tools/gen-midtjylland.py writes the canonical form: regenerating
        # gives the bundled model byte for byte.
        gen = os.path.join(tmp, "generated")
        r = subprocess.run([sys.executable, os.path.join(root, "tools", "gen-midtjylland.py"), "--out", gen],
                           capture_output=True, text=True)
        if check_ok(r.returncode == 0, failures, f"gen-midtjylland.py failed: {r.stderr}"):
            bundled = os.path.join(root, "models", "midtjylland")
            for path in model_files(gen):
                rel = os.path.relpath(path, gen)
                with open(path, "rb") as a, open(os.path.join(bundled, rel), "rb") as b:
                    if a.read() != b.read():
                        failures.append(f"gen-midtjylland.py writes {rel} differently from the bundled file")
            r = run(exe, "fmt", "--check", gen)
            check_ok(r.returncode == 0, failures, f"gen-midtjylland.py output is not canonical: {r.stdout}")

        # A file with an error is reported and left as it is.
        broken = os.path.join(tmp, "broken.yaml")
        text = "opgavesnit: 1\ntasks:\n  - {name: Drift, id: drift, colour: red}\n"
        with open(broken, "w") as f:
            f.write(text)
        r = run(exe, "fmt", broken)
        with open(broken) as f:
            if r.returncode != 1 or "[unknown-key]" not in r.stderr or f.read() != text:
                failures.append(f"a file with an error: exit {r.returncode}, stderr {r.stderr!r}")

    for f in failures:
        print("FAIL", f)
    print(f"{len(models)} models checked, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
