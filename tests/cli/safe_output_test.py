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

    def run(self, args, file_size_limit=None, user=None, stdout=None):
        def limit():
            if user is not None:
                os.setgid(user)
                os.setuid(user)
            if file_size_limit is not None:
                # A full disk: writes past the limit fail with EFBIG instead of
                # killing the process (SIGXFSZ ignored).
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

        if stdout is not None:  # a pipe the test reads part of
            p = subprocess.Popen([self.binary] + args, cwd=self.work, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, preexec_fn=limit)
            p.stdout.read(stdout)
            p.stdout.close()
            p.stderr_bytes = p.stderr.read()
            p.wait(timeout=60)
            p.stderr = p.stderr_bytes
            self.last = p
            return p
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

    def full_device(c, model, plan):
        # /dev/full: every write fails with ENOSPC, which is exit 2 with the reason.
        c.run(["plan", "model", "-o", "/dev/full"])
        c.expect_exit(2)
        c.expect_stderr("cannot write '/dev/full': No space left on device")

    def device_written_in_place(c, model, plan):
        # A rename over /dev/null would replace the system's /dev/null (as root).
        c.run(["plan", "model", "-o", "/dev/null"])
        c.expect_exit(0)
        c.expect(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a device")

    def fifo_written_in_place(c, model, plan):
        import threading
        fifo = os.path.join(c.work, "pipe")
        os.mkfifo(fifo)
        got = []
        reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
        reader.start()
        c.run(["plan", "model", "-o", "pipe"])
        reader.join(timeout=60)
        c.expect_exit(0)
        c.expect(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced")
        c.expect(got == [plan], "the reader of the FIFO did not get the report")

    def symlink_kept(c, model, plan):
        target = os.path.join(c.work, "real.txt")
        with open(target, "wb") as f:
            f.write(OLD)
        os.symlink("real.txt", os.path.join(c.work, "link.txt"))
        c.run(["plan", "model", "-o", "link.txt"])
        c.expect_exit(0)
        c.expect(os.path.islink(os.path.join(c.work, "link.txt")), "the link was replaced")
        c.file_is(target, plan, "the file the link names")

    def mode_kept(c, model, plan):
        target = os.path.join(c.work, "plan.txt")
        with open(target, "wb") as f:
            f.write(OLD)
        os.chmod(target, 0o640)
        c.run(["plan", "model", "-o", "plan.txt"])
        c.expect_exit(0)
        c.expect(stat.S_IMODE(os.stat(target).st_mode) == 0o640,
                 f"mode {oct(stat.S_IMODE(os.stat(target).st_mode))}, not 0o640")
        c.file_is(target, plan, "the report")

    def owner_kept(c, model, plan):
        if os.geteuid() != 0:
            return  # only root can make a file of another user
        target = os.path.join(c.work, "plan.txt")
        with open(target, "wb") as f:
            f.write(OLD)
        os.chmod(target, 0o600)
        os.chown(target, 65534, 65534)
        c.run(["plan", "model", "-o", "plan.txt"])
        c.expect_exit(0)
        st = os.stat(target)
        c.expect((st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o600),
                 f"owner {st.st_uid}:{st.st_gid} mode {oct(stat.S_IMODE(st.st_mode))}")

    def hard_links_kept(c, model, plan):
        target = os.path.join(c.work, "plan.txt")
        with open(target, "wb") as f:
            f.write(OLD * 1000)
        os.link(target, os.path.join(c.work, "other-name.txt"))
        c.run(["plan", "model", "-o", "plan.txt"])
        c.expect_exit(0)
        c.file_is(target, plan, "the report")
        c.file_is(os.path.join(c.work, "other-name.txt"), plan, "the other hard link")

    def fmt_keeps_mode_links_and_symlinks(c, model, plan):
        messy = model.replace(b"\n", b"   \n", 3)  # trailing blanks: fmt changes the file
        with open(c.model_file, "wb") as f:
            f.write(messy)
        os.chmod(c.model_file, 0o640)
        os.link(c.model_file, os.path.join(c.work, "hard.yaml"))
        os.symlink("model/model.yaml", os.path.join(c.work, "link.yaml"))
        c.run(["fmt", "link.yaml"])
        c.expect_exit(0)
        c.expect(os.path.islink(os.path.join(c.work, "link.yaml")), "fmt replaced the link")
        after = open(c.model_file, "rb").read()
        c.expect(after != messy, "fmt left the file the link names as it was")
        c.file_is(os.path.join(c.work, "hard.yaml"), after, "the other hard link")
        c.expect(stat.S_IMODE(os.stat(c.model_file).st_mode) == 0o640, "fmt changed the mode")
        with open(c.model_file, "wb") as f:  # for the check that the model is intact
            f.write(model)

    def fmt_output_loads_again(c, model, plan):
        # C1 controls, bidi controls, LS and NEL/NBSP escapes (\N, \_): fmt must
        # write escapes, never raw bytes YAML does not allow, and the text must
        # be UTF-8 (\N is U+0085, not the lone byte 0x85).
        forged = os.path.join(root_dir(), "tests", "hostile", "160-forged-names-plan-text", "model.yaml")
        text = open(forged, "rb").read().replace(b'name: "Basis\\a"', b'name: "Basis\\N\\_x"')
        path = os.path.join(c.work, "forged.yaml")
        with open(path, "wb") as f:
            f.write(text)
        c.run(["fmt", "forged.yaml"])
        c.expect_exit(0)
        c.run(["validate", "forged.yaml"])
        c.expect_exit(0)
        out = open(path, "rb").read()
        c.expect(b"\xc2\x9b" not in out and b"\xe2\x80\xae" not in out, "fmt wrote raw controls")
        c.run(["plan", "forged.yaml", "--scenario", "alle-basis", "--format", "md"])
        c.expect(b"Basis\\<U+0085\\>\xc2\xa0x" in c.last.stdout,
                 f"\\N and \\_ did not load as U+0085 and U+00A0: {c.last.stdout[:100]!r}")

    def long_file_name(c, model, plan):
        name = "p" * 251 + ".txt"  # 255 bytes, the longest a name may be
        c.run(["plan", "model", "-o", name])
        c.expect_exit(0)
        c.file_is(os.path.join(c.work, name), plan, "the report")

    def folder_message_has_reason(c, model, plan):
        os.mkdir(os.path.join(c.work, "w"))
        os.mkdir(os.path.join(c.work, "w", "out"))
        c.run(["plan", "model", "-o", "w/out"])
        c.expect_exit(2)
        c.expect_stderr("cannot write 'w/out': it is a folder")
        c.expect("Success" not in c.last.stderr.decode(), "the reason is 'Success'")

    def import_output_is_its_input(c, model, plan):
        for name in ("inventar.csv", "mapping.yaml"):
            shutil.copy(os.path.join(root_dir(), "examples", "import-csv", name), c.work)
        for out in ("inventar.csv", "mapping.yaml"):
            before = open(os.path.join(c.work, out), "rb").read()
            c.run(["import", "csv", "inventar.csv", "--mapping", "mapping.yaml",
                   "--municipality", "norddjurs", "-o", out])
            c.expect_exit(2)
            c.expect_stderr(f"refusing to write to '{out}'")
            c.file_is(os.path.join(c.work, out), before, f"the input {out}")

    def closed_pipe_is_success(c, model, plan):
        # `plan | head -c 10`: the reader goes away; no SIGPIPE death, exit 0, no message.
        c.run(["plan", os.path.join(root_dir(), "models", "midtjylland"), "--scenario",
               "alle-standard", "--format", "json"], stdout=10)
        c.expect_exit(0)
        # Nothing but the line that counts the model's notes (its dependency cycles).
        c.expect(all(line.startswith(b"opgavesnit: the model has ")
                     for line in c.last.stderr.splitlines()), f"stderr: {c.last.stderr[:200]!r}")

    def unreadable_subfolder(c, model, plan):
        sub = os.path.join(c.model, "secret")
        os.mkdir(sub)
        with open(os.path.join(sub, "more.yaml"), "wb") as f:
            f.write(b"opgavesnit: 1\n")
        os.chmod(sub, 0)
        user = None
        if os.geteuid() == 0:  # root reads everything: run as nobody
            user = 65534
            os.chmod(c.work, 0o755)
            os.chmod(c.model, 0o755)
            os.chmod(c.model_file, 0o644)
        try:
            c.run(["validate", "model"], user=user)
        finally:
            os.chmod(sub, 0o755)
        c.expect_exit(2)
        c.expect_stderr("cannot read folder 'model/secret': Permission denied")

    return [(f.__name__.replace("_", "-"), f) for f in (
        missing_folder, target_is_a_folder, read_only_folder, disk_full, replaced_whole,
        model_errors_keep_target, output_is_the_input, output_is_the_input_by_another_path,
        validate_output_is_the_input, validate_second_model_is_the_output, full_device,
        device_written_in_place, fifo_written_in_place, symlink_kept, mode_kept, owner_kept,
        hard_links_kept, fmt_keeps_mode_links_and_symlinks, fmt_output_loads_again, long_file_name,
        folder_message_has_reason, import_output_is_its_input, closed_pipe_is_success,
        unreadable_subfolder)]


def root_dir():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


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
