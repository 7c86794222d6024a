#!/usr/bin/env python3
"""Safe output: `-o FILE` never leaves a half-written file and never overwrites input.

    python3 tests/cli/safe_output_test.py BINARY REPO_ROOT [-v]

Each case runs opgavesnit in a fresh temporary folder holding a copy of
examples/quick-start and checks the exit status, standard error, and what
is on disk afterwards: no temporary file left behind, an existing target
either replaced whole or left exactly as it was, and the model files
unchanged. Standard library only. Ends with one line "N passed, M failed";
exit status 1 when anything failed.
"""

import argparse
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile

OLD = b"the previous report, which a failed run must leave as it is\n"


class Case:
    def __init__(self, name, work, binary):
        self.name, self.work, self.binary = name, work, binary
        self.problems = []
        self.model = os.path.join(work, "model")
        self.model_file = os.path.join(self.model, "model.yaml")

    def run(self, args, file_size_limit=None):
        def limit():
            if file_size_limit is not None:
                # A full disk: writes past the limit fail with EFBIG instead of
                # killing the process (SIGXFSZ ignored).
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

        p = subprocess.run([self.binary] + args, cwd=self.work, capture_output=True, timeout=60,
                           preexec_fn=limit)
        self.last = p
        return p

    def expect(self, condition, what):
        if not condition:
            self.problems.append(what)

    def expect_exit(self, code):
        p = self.last
        self.expect(p.returncode == code, f"exit {p.returncode}, expected {code}; stderr: "
                    f"{p.stderr.decode('utf-8', 'replace').strip()[:300]}")

    def expect_stderr(self, text):
        self.expect(text in self.last.stderr.decode("utf-8", "replace"),
                    f"stderr does not contain {text!r}: {self.last.stderr.decode('utf-8', 'replace')[:300]}")

    def no_temp_files(self):
        for base, dirs, files in os.walk(self.work):
            for f in files + dirs:
                if ".tmp-" in f:
                    self.problems.append(f"temporary file left behind: {os.path.join(base, f)}")

    def model_intact(self, original):
        with open(self.model_file, "rb") as f:
            self.expect(f.read() == original, "the model file was changed")

    def file_is(self, path, content, what):
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            self.problems.append(f"{what}: cannot read {path}: {e}")
            return
        self.expect(data == content, f"{what}: {path} holds {len(data)} bytes, not the expected {len(content)}")


def cases():
    """(name, function(case, original_model_bytes, reference_plan_bytes))."""

    def missing_folder(c, model, plan):
        c.run(["plan", "model", "-o", "no/such/folder/plan.txt"])
        c.expect_exit(2)
        c.expect_stderr("cannot write 'no/such/folder/plan.txt'")
        c.expect(not os.path.exists(os.path.join(c.work, "no")), "the folder was created")

    def target_is_a_folder(c, model, plan):
        os.mkdir(os.path.join(c.work, "out"))
        with open(os.path.join(c.work, "out", "keep.txt"), "wb") as f:
            f.write(OLD)
        c.run(["plan", "model", "-o", "out"])
        c.expect_exit(2)
        c.expect_stderr("cannot write 'out'")
        c.file_is(os.path.join(c.work, "out", "keep.txt"), OLD, "the folder's content")

    def read_only_folder(c, model, plan):
        ro = os.path.join(c.work, "ro")
        os.mkdir(ro)
        with open(os.path.join(ro, "plan.txt"), "wb") as f:
            f.write(OLD)
        os.chmod(ro, stat.S_IRUSR | stat.S_IXUSR)
        try:
            if os.access(ro, os.W_OK):  # root may write anyway: then the write must succeed whole
                c.run(["plan", "model", "-o", "ro/plan.txt"])
                c.expect_exit(0)
                c.file_is(os.path.join(ro, "plan.txt"), plan, "the report")
            else:
                c.run(["plan", "model", "-o", "ro/plan.txt"])
                c.expect_exit(2)
                c.expect_stderr("cannot write 'ro/plan.txt'")
                c.file_is(os.path.join(ro, "plan.txt"), OLD, "the existing report")
        finally:
            os.chmod(ro, stat.S_IRWXU)

    def disk_full(c, model, plan):
        target = os.path.join(c.work, "plan.txt")
        with open(target, "wb") as f:
            f.write(OLD)
        c.run(["plan", "model", "-o", "plan.txt"], file_size_limit=len(plan) // 2)
        c.expect_exit(2)
        c.expect_stderr("cannot write 'plan.txt'")
        c.file_is(target, OLD, "the existing report")

    def replaced_whole(c, model, plan):
        target = os.path.join(c.work, "plan.txt")
        with open(target, "wb") as f:
            f.write(OLD * 1000)  # longer than the plan: a truncation would show
        c.run(["plan", "model", "-o", "plan.txt"])
        c.expect_exit(0)
        c.expect(c.last.stdout == b"", "the report went to standard output too")
        c.file_is(target, plan, "the report")

    def model_errors_keep_target(c, model, plan):
        with open(c.model_file, "ab") as f:
            f.write(b"unknown_section: 1\n")
        model = open(c.model_file, "rb").read()
        target = os.path.join(c.work, "plan.txt")
        with open(target, "wb") as f:
            f.write(OLD)
        c.run(["plan", "model", "-o", "plan.txt"])
        c.expect_exit(1)
        c.file_is(target, OLD, "the existing report")
        c.model_intact(model)

    def output_is_the_input(c, model, plan):
        c.run(["plan", "model", "-o", "model/model.yaml"])
        c.expect_exit(2)
        c.expect_stderr("refusing to write to 'model/model.yaml': it is a model file read as input")

    def output_is_the_input_by_another_path(c, model, plan):
        os.symlink("model/model.yaml", os.path.join(c.work, "link.yaml"))
        c.run(["plan", "model", "-o", "./model/../link.yaml"])
        c.expect_exit(2)
        c.expect_stderr("it is a model file read as input")
        c.expect(os.path.islink(os.path.join(c.work, "link.yaml")), "the link was replaced")

    def validate_output_is_the_input(c, model, plan):
        c.run(["validate", "model/model.yaml", "--format", "json", "-o", "model/model.yaml"])
        c.expect_exit(2)
        c.expect_stderr("it is a model file read as input")

    def validate_second_model_is_the_output(c, model, plan):
        shutil.copytree(c.model, os.path.join(c.work, "other"))
        c.run(["validate", "model", "other", "--format", "sarif", "-o", "other/model.yaml"])
        c.expect_exit(2)
        c.file_is(os.path.join(c.work, "other", "model.yaml"), model, "the second model")

    return [(f.__name__.replace("_", "-"), f) for f in (
        missing_folder, target_is_a_folder, read_only_folder, disk_full, replaced_whole,
        model_errors_keep_target, output_is_the_input, output_is_the_input_by_another_path,
        validate_output_is_the_input, validate_second_model_is_the_output)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("root")
    parser.add_argument("-v", dest="verbose", action="store_true")
    opts = parser.parse_args()
    binary = os.path.abspath(opts.binary)
    source = os.path.join(os.path.abspath(opts.root), "examples", "quick-start", "model.yaml")
    with open(source, "rb") as f:
        model = f.read()
    plan = subprocess.run([binary, "plan", source], capture_output=True, check=True).stdout
    passed = failed = 0
    for name, body in cases():
        work = tempfile.mkdtemp(prefix="opgavesnit-safe-output-")
        try:
            os.mkdir(os.path.join(work, "model"))
            with open(os.path.join(work, "model", "model.yaml"), "wb") as f:
                f.write(model)
            c = Case(name, work, binary)
            body(c, model, plan)
            c.no_temp_files()
            if name != "model-errors-keep-target":
                c.model_intact(model)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if c.problems:
            failed += 1
            print(f"FAIL {name}")
            for p in c.problems:
                print(f"  - {p}")
        else:
            passed += 1
            if opts.verbose:
                print(f"ok {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
