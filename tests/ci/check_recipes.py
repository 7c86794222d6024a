#!/usr/bin/env python3
"""Checks the CI recipes of tools/ci/ and .pre-commit-hooks.yaml.

    python3 tests/ci/check_recipes.py build/tools/opgavesnit .

Parses the GitHub Actions workflow, the GitLab CI job and the pre-commit
hooks, takes the `opgavesnit ...` command lines they run, and runs them with
the built binary in a copy of a repository holding the bundled model (with
the recipe's own variables): they must succeed, and the SARIF / JUnit file
that the upload step names must appear and parse. Run again on a broken
model, validation must fail and still write the report (the upload steps run
`always`). actionlint is not used (not in Debian).

Needs python3-yaml (tools/setup.sh --tests).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schema"))
from check_schema import Core12Loader  # noqa: E402  (YAML 1.2: `on:` is a key, not True)

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)
    return cond


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Core12Loader)


def commands(script):
    """The opgavesnit command lines of a shell script (a string or a list)."""
    lines = script if isinstance(script, list) else script.splitlines()
    return [line.strip() for line in lines if line.strip().startswith("opgavesnit ")]


def run(line, cwd, env, bindir):
    env = dict(os.environ, **{k: str(v) for k, v in env.items()})
    env["PATH"] = bindir + os.pathsep + env["PATH"]
    return subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True)


def repository(tmp, root, broken):
    """A repository holding the bundled model (or a broken one in its place)."""
    repo = os.path.join(tmp, "broken" if broken else "good")
    shutil.copytree(os.path.join(root, "models", "midtjylland"), os.path.join(repo, "models", "midtjylland"))
    if broken:
        with open(os.path.join(repo, "models", "midtjylland", "opgaver.yaml"), "a", encoding="utf-8") as f:
            f.write("colour: red\n")
    return repo


def check_github(root, tmp, bindir):
    wf = load(os.path.join(root, "tools", "ci", "github-actions.yml"))
    check("on" in wf and "jobs" in wf, "github: no 'on' or 'jobs'")
    env = dict(wf.get("env", {}))
    steps = [s for job in wf["jobs"].values() for s in job.get("steps", [])]
    upload = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")]
    if not check(len(upload) == 1, "github: one upload-sarif step expected"):
        return
    check(upload[0].get("if") == "always()", "github: the upload step must run always()")
    sarif = upload[0]["with"]["sarif_file"]
    lines = [c for s in steps if "run" in s for c in commands(s["run"])]
    check(any("--format sarif" in c and sarif in c for c in lines), "github: no validate writing " + sarif)
    for broken in (False, True):
        repo = repository(tmp, root, broken)
        for line in lines:
            r = run(line, repo, env, bindir)
            want = 1 if broken else 0
            check(r.returncode == want, f"github ({'broken' if broken else 'good'} model): "
                  f"'{line}' exited {r.returncode}, expected {want}: {r.stderr[-500:]}")
            if "--format sarif" not in line:
                continue
            path = os.path.join(repo, sarif)
            if check(os.path.exists(path), f"github: '{line}' wrote no {sarif}"):
                with open(path) as f:
                    log = json.load(f)
                check(log.get("version") == "2.1.0", "github: the SARIF is not 2.1.0")
                # Notes (dependency cycles) are results too; a good model has no others.
                results = [r for r in log["runs"][0]["results"] if r.get("level") != "note"]
                check(bool(results) == broken, f"github: SARIF results {len(results)} on the "
                      f"{'broken' if broken else 'good'} model")
            os.remove(path) if os.path.exists(path) else None
            if broken:
                break  # the job stops at the failed step; the upload still runs


def check_gitlab(root, tmp, bindir):
    ci = load(os.path.join(root, "tools", "ci", "gitlab-ci.yml"))
    job = ci.get("opgavesnit")
    if not check(isinstance(job, dict), "gitlab: no job 'opgavesnit'"):
        return
    report = job["artifacts"]["reports"]["junit"]
    check(job["artifacts"].get("when") == "always", "gitlab: artifacts must be kept 'when: always'")
    lines = commands(job["script"])
    check(any("--format junit" in c and report in c for c in lines), "gitlab: no validate writing " + report)
    for broken in (False, True):
        repo = repository(tmp, root, broken)
        for line in lines:
            r = run(line, repo, job.get("variables", {}), bindir)
            want = 1 if broken else 0
            check(r.returncode == want, f"gitlab ({'broken' if broken else 'good'} model): "
                  f"'{line}' exited {r.returncode}, expected {want}: {r.stderr[-500:]}")
            if "--format junit" not in line:
                continue
            path = os.path.join(repo, report)
            if check(os.path.exists(path), f"gitlab: '{line}' wrote no {report}"):
                suites = ET.parse(path).getroot()
                cases = suites.findall(".//testcase")
                failed = suites.findall(".//failure")
                check(len(cases) > 20, f"gitlab: {len(cases)} test cases, expected one per model file")
                check(bool(failed) == broken, f"gitlab: {len(failed)} failures on the "
                      f"{'broken' if broken else 'good'} model")
                os.remove(path)
            if broken:
                break


def check_pre_commit(root, tmp, bindir):
    hooks = load(os.path.join(root, ".pre-commit-hooks.yaml"))
    ids = {h["id"]: h for h in hooks}
    check(set(ids) == {"opgavesnit-validate", "opgavesnit-fmt", "opgavesnit-fmt-check"},
          f"pre-commit: hooks {sorted(ids)}")
    repo = repository(tmp, root, False)
    model = os.path.join("models", "midtjylland")
    files = sorted(os.path.relpath(os.path.join(d, f), repo) for d, _, fs in os.walk(os.path.join(repo, model))
                   for f in fs if f.endswith(".yaml"))
    for h in hooks:
        check(h.get("language") == "system", f"pre-commit: {h['id']} must use the installed opgavesnit")
        args = [model] if h.get("pass_filenames", True) is False else files
        line = h["entry"] + " " + " ".join(args)
        r = run(line, repo, {}, bindir)
        check(r.returncode == 0, f"pre-commit: {h['id']}: '{line[:80]}...' exited {r.returncode}: {r.stderr[-500:]}")
    r = subprocess.run(["diff", "-r", os.path.join(root, model), os.path.join(repo, model)], capture_output=True)
    check(r.returncode == 0, "pre-commit: opgavesnit-fmt changed the bundled model")


def main():
    exe, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        bindir = os.path.join(tmp, "bin")
        os.mkdir(bindir)
        os.symlink(exe, os.path.join(bindir, "opgavesnit"))
        check_github(root, os.path.join(tmp, "github"), bindir)
        check_gitlab(root, os.path.join(tmp, "gitlab"), bindir)
        check_pre_commit(root, os.path.join(tmp, "pre-commit"), bindir)
    for f in failures:
        print("FAIL", f)
    print(f"3 recipes checked, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
