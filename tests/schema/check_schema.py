#!/usr/bin/env python3
"""Checks the JSON Schema of `opgavesnit schema` against the loader.

    python3 tests/schema/check_schema.py build/tools/opgavesnit .

- the schema is a valid draft-07 schema;
- every model file under examples/ and models/, and every hostile case that
  the loader accepts, validates against it (the schema never rejects a model
  the loader takes);
- every hostile case that the loader rejects for its shape (wrong-type,
  unknown-key, missing-key, invalid-value, ...) is rejected by the schema
  too, but for the exceptions below, which a JSON Schema cannot see.

Files are read as YAML 1.2 (core schema), as the loader and
yaml-language-server read them: `yes` and `2027-01-01` are text.

Needs python3-yaml and python3-jsonschema (tools/setup.sh --tests).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from bundled_models import bundled_models  # noqa: E402

# Rules of the loader that concern the shape of one file.
SHAPE_RULES = {
    "wrong-type", "unknown-key", "missing-key", "invalid-value", "invalid-id", "invalid-number",
    "empty-list", "missing-version", "unsupported-version", "not-a-mapping", "reserved-id",
    "duplicate-entry", "invalid-weights", "merge-key",
}

# Hostile cases the loader rejects for shape that the schema cannot reject,
# and why.
EXCEPTIONS = {
    "171-model-is-a-fifo": "the model is a FIFO, not a file: there is no document for a schema "
                           "validator to read (the loader's point is that it does not wait on it)",
    "028-complex-key": "a list as a mapping key has no JSON form (JSON keys are text): a JSON Schema "
                       "validator never sees the document",
    "052-three-decimals": "decimals are judged by value ('1.500' is fine); JSON Schema's multipleOf is "
                          "unreliable with binary fractions (0.07 is no multiple of 0.01 in floating "
                          "point), so the schema states the limit only in the description",
    "054-nan": "NaN is no JSON number: validators compare it with nothing, so minimum and maximum "
               "cannot reject it",
    "072-weights-sum-to-0.9": "the weights of a key must sum to 1: a sum is beyond JSON Schema",
}


class Core12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema: only true/false are booleans, no dates."""


Core12Loader.yaml_implicit_resolvers = {}


def _resolver(tag, regexp, first):
    Core12Loader.add_implicit_resolver(tag, re.compile(regexp), list(first))


_resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_resolver("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789")
_resolver("tag:yaml.org,2002:float",
          r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
          r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789.")
_resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])


def _int(loader, node):
    v = loader.construct_scalar(node)
    return int(v, 0) if v[:2] in ("0o", "0x") else int(v, 10)


def _float(loader, node):
    v = loader.construct_scalar(node).lower()
    if v.endswith(".inf"):
        return float("-inf") if v.startswith("-") else float("inf")
    if v == ".nan":
        return float("nan")
    return float(v)


Core12Loader.add_constructor("tag:yaml.org,2002:int", _int)
Core12Loader.add_constructor("tag:yaml.org,2002:float", _float)


def model_files(folder):
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            path = os.path.join(dirpath, f)
            # Only regular files: a hostile case may make a FIFO, which open() would wait on.
            if not f.startswith(".") and f.endswith((".yaml", ".yml")) and os.path.isfile(path):
                yield path


def load(path):
    """The document of a file, or raises."""
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8-sig")
    return yaml.load(text, Loader=Core12Loader)


def errors_of(validator, path):
    """The schema's complaints about one file ([] when it validates); None
    when the file is not YAML that PyYAML reads."""
    try:
        doc = load(path)
    except (yaml.YAMLError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in validator.iter_errors(doc)]


def main():
    exe, root = sys.argv[1], os.path.abspath(sys.argv[2])
    schema = json.loads(subprocess.run([exe, "schema"], check=True, capture_output=True).stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = []
    checked = 0

    for folder in bundled_models(root):
        for path in model_files(folder):
            errs = errors_of(validator, path)
            checked += 1
            if errs:
                failures.append(f"{os.path.relpath(path, root)} does not validate:\n  " + "\n  ".join(errs[:5]))

    hostile = os.path.join(root, "tests", "hostile")
    for case in sorted(os.listdir(hostile)):
        expect_path = os.path.join(hostile, case, "expect.json")
        if not os.path.exists(expect_path):
            continue
        with open(expect_path) as f:
            expect = json.load(f)
        if expect.get("args", [None])[0] != "validate":
            continue
        said = " ".join(expect.get("stderr_contains", []) + expect.get("stderr_matches", []))
        rules = set(re.findall(r"\[([a-z-]+)\]", said))
        rules |= {r for m in re.findall(r"\\\[\(([a-z|-]+)\)\\\]", said) for r in m.split("|")}
        accepted = expect["exit"] == 0
        if not accepted and (not rules or not rules <= SHAPE_RULES):
            continue  # rejected for something other than shape (syntax, references, ...)
        with tempfile.TemporaryDirectory() as tmp:
            folder = os.path.join(hostile, case)
            if os.path.exists(os.path.join(folder, "make.py")):
                subprocess.run([sys.executable, os.path.join(folder, "make.py"), tmp], check=True)
                folder = tmp
            results = {p: errors_of(validator, p) for p in model_files(folder)}
        if accepted:
            checked += 1
            bad = {p: e for p, e in results.items() if e}
            if bad:
                failures.append(f"hostile/{case}: the loader accepts it, the schema does not:\n  "
                                + "\n  ".join(e for errs in bad.values() for e in errs[:3]))
            continue
        checked += 1
        rejected = any(e for e in results.values())
        if case in EXCEPTIONS:
            if rejected:
                failures.append(f"hostile/{case} is listed as an exception but the schema rejects it")
            continue
        if not rejected:
            failures.append(f"hostile/{case}: the loader rejects it ({', '.join(sorted(rules))}), "
                            "the schema does not")

    for f in failures:
        print("FAIL", f)
    print(f"{checked} checked, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
