#!/usr/bin/env python3
"""Writes the man page and the bash completion of opgavesnit from its --help.

    python3 tools/help2docs.py BINARY [--man FILE] [--man-gz FILE]
                                      [--completion FILE --template FILE]

Runs `BINARY --help` and `BINARY COMMAND --help` for every command (and
subcommand, e.g. `import csv`) that the help lists, so that the man page
and the completion say exactly what the program does: a command or an
option added to the program appears in both at the next build. Standard
library only; the output depends only on the help text (no dates), so two
builds give the same bytes.
"""

import argparse
import gzip
import re
import subprocess
import sys

ENTRY = re.compile(r"^  (\S.*?)(?:\s{2,}(\S.*))?$")


class Entry:
    """One line of a Positionals/Options/Subcommands section."""

    def __init__(self, head, text):
        self.head, self.text = head, text

    def option_names(self):
        return self.head.split(" ", 1)[0].split(",")

    def spec(self):
        parts = self.head.split(" ", 1)
        return parts[1] if len(parts) > 1 else ""

    def takes_value(self):
        return self.spec().replace("REQUIRED", "").strip() != ""

    def choices(self):
        m = re.search(r"\{([^}]*)\}", self.spec())
        return m.group(1).split(",") if m else []


class Help:
    """A parsed --help text."""

    def __init__(self, text):
        self.description, self.usage, self.footer = [], "", []
        self.sections = {}  # name -> [Entry]
        lines = text.splitlines()
        i = 0
        while i < len(lines) and not lines[i].startswith("Usage:"):
            self.description.append(lines[i])
            i += 1
        if i < len(lines):
            self.usage = lines[i][len("Usage:"):].strip()
            i += 1
        while i < len(lines):
            line = lines[i]
            if re.match(r"^(Positionals|Options|Subcommands):$", line):
                name, entries = line[:-1], []
                i += 1
                while i < len(lines) and lines[i].strip():
                    l = lines[i]
                    if l.startswith("  ") and not l.startswith("   "):
                        m = ENTRY.match(l)
                        entries.append(Entry(m.group(1).strip(), m.group(2) or ""))
                    elif entries:
                        more = l.strip()
                        entries[-1].text = (entries[-1].text + " " + more).strip()
                    i += 1
                self.sections[name] = entries
            elif line.strip() or self.footer:
                self.footer.append(line)
                i += 1
            else:
                i += 1
        while self.footer and not self.footer[-1].strip():
            self.footer.pop()
        while self.description and not self.description[-1].strip():
            self.description.pop()

    def entries(self, section):
        return self.sections.get(section, [])


def run_help(binary, words):
    p = subprocess.run([binary] + words + ["--help"], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"help2docs: '{' '.join([binary] + words)} --help' exited {p.returncode}")
    return Help(p.stdout)


def collect(binary, words=()):
    """[(words, Help)] for the program and every (sub)command, depth first."""
    h = run_help(binary, list(words))
    out = [(list(words), h)]
    for e in h.entries("Subcommands"):
        out += collect(binary, list(words) + [e.head])
    return out


# ---------------------------------------------------------------------------
# Man page


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + l if l.startswith((".", "'")) else l) for l in text.split("\n"))


def man_page(version, commands):
    top = commands[0][1]
    name_line = " ".join(top.description).split(" - ", 1)
    summary = name_line[1] if len(name_line) > 1 else " ".join(top.description)
    out = [
        f'.TH OPGAVESNIT 1 "" "{roff(version)}" "User Commands"',
        ".SH NAME",
        "opgavesnit \\- " + roff(summary.strip()),
        ".SH SYNOPSIS",
    ]
    for words, h in commands[1:]:
        if h.entries("Subcommands"):
            continue
        usage = h.usage.replace("[OPTIONS]", "").split()
        out.append(".B opgavesnit " + roff(" ".join(words)))
        out.append("[\\fIOPTIONS\\fR]" + "".join(" \\fI" + roff(u) + "\\fR" for u in usage[1 + len(words):]))
        out.append(".br")
    # The description: what the program is for, then the top help's notes
    # (what a MODEL is), leaving the exit status to its own section.
    notes = []
    for line in top.footer:
        if line.startswith("Exit status"):
            break
        notes.append(line)
    out += [".SH DESCRIPTION", "\\fBopgavesnit\\fR " + roff(summary.strip()), ".PP",
            roff(" ".join(l.strip() for l in notes if l.strip()))]
    out += [".SH OPTIONS"] + options_roff(top)
    out.append(".SH COMMANDS")
    for words, h in commands[1:]:
        if h.entries("Subcommands"):
            continue
        out.append('.SS "opgavesnit ' + roff(" ".join(words)) + '"')
        out.append(roff(" ".join(l.strip() for l in h.description)))
        for section in ("Positionals", "Options"):
            if h.entries(section):
                out += [".PP", "\\fB" + section.replace("Positionals", "Arguments") + ":\\fR"]
                out += options_roff(h, section)
        if h.footer:
            out += [".PP", ".nf"] + [roff(l) for l in h.footer] + [".fi"]
    for line in top.footer:
        if line.startswith("Exit status"):
            idx = top.footer.index(line)
            out += [".SH \"EXIT STATUS\"", roff(" ".join(l.strip() for l in top.footer[idx:]))]
            break
    out += [".SH \"SEE ALSO\"", roff("The model format, the planning rules and every diagnostic: "
                                      "README.md and docs/ in the source, and the README of each example.")]
    return "\n".join(out) + "\n"


def options_roff(h, section="Options"):
    out = []
    for e in h.entries(section):
        names = e.head.split(" ", 1)
        out += [".TP", "\\fB" + roff(names[0]) + "\\fR" + (" \\fI" + roff(names[1]) + "\\fR" if len(names) > 1 else ""),
                roff(e.text)]
    return out


# ---------------------------------------------------------------------------
# Bash completion


def bash_word(s):
    return "'" + s.replace("'", "'\\''") + "'"


def completion_data(commands):
    """Bash assignments of the tables that the template's function reads."""
    subs, opts, values, positionals = {}, {}, {}, {}
    for words, h in commands:
        key = " ".join(["opgavesnit"] + words)  # bash keys cannot be empty
        subs[key] = " ".join(e.head for e in h.entries("Subcommands"))
        names = []
        for e in h.entries("Options"):
            for n in e.option_names():
                names.append(n)
                if e.takes_value():
                    if e.choices():
                        values[f"{key} {n}"] = "choice:" + " ".join(e.choices())
                    else:
                        kind = e.spec().split(":")[0].split(" ")[0]
                        values[f"{key} {n}"] = {"TEXT": "text"}.get(kind, kind.lower())
        opts[key] = " ".join(names)
        positionals[key] = " ".join(e.head.split(" ")[0] for e in h.entries("Positionals"))

    def table(name, d):
        rows = "".join(f"\n  [{bash_word(k)}]={bash_word(v)}" for k, v in sorted(d.items()))
        return f"_opgavesnit_{name}=({rows}\n)"

    return "\n".join([table("subcommands", subs), table("options", opts), table("values", values),
                      table("positionals", positionals)]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--man")
    parser.add_argument("--man-gz")
    parser.add_argument("--completion")
    parser.add_argument("--template")
    opts = parser.parse_args()
    commands = collect(opts.binary)
    version = subprocess.run([opts.binary, "--version"], capture_output=True, text=True).stdout.strip()
    if opts.man or opts.man_gz:
        page = man_page(version, commands).encode("utf-8")
        if opts.man:
            with open(opts.man, "wb") as f:
                f.write(page)
        if opts.man_gz:
            with open(opts.man_gz, "wb") as raw:
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
                    f.write(page)
    if opts.completion:
        if not opts.template:
            sys.exit("help2docs: --completion needs --template")
        with open(opts.template, encoding="utf-8") as f:
            template = f.read()
        marker = "# @GENERATED_TABLES@\n"
        if marker not in template:
            sys.exit(f"help2docs: {opts.template} has no line '{marker.strip()}'")
        with open(opts.completion, "w", encoding="utf-8") as f:
            f.write(template.replace(marker, completion_data(commands)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
