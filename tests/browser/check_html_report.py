#!/usr/bin/env python3
"""Loads HTML reports of opgavesnit in headless Chromium and checks the page.

    python3 tests/browser/check_html_report.py BUILD/tools/opgavesnit REPO_ROOT

For each case it writes the report with `plan --format html` or `risk
--format html`, then has Chromium (no network, a fresh profile, a time
limit) dump the DOM after loading and take a screenshot, and checks that:

- plan: the summary table, a municipality section and the dependency graph
  (an inline <svg> with nodes and a highlighted cut) are in the rendered page,
  and, on the organisation-budget example, the economy: the organisation,
  the budget tables with their two bar charts, and ownership;
- risk: the rendered page has one range bar per municipality (a bar from
  P10 to P90 with the P50 tick on it and a mark at likely) and one tornado
  chart per swung figure whose rows are the swings of `risk --format json`
  with the same arguments, in order, each with its low and high bar;
- the file names no external address and the page holds no <script>,
  <iframe> or <img> element: names from the model that try to be markup
  (tests/browser/hostile-names) stay text, and document.title is the one
  the report set;
- the screenshot is a PNG of the asked size that is not blank.

Uses only Python's standard library. Exit status 0 when every check passed.
"""
import html as html_module
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import zlib
from html.parser import HTMLParser

TIMEOUT = 90  # seconds one Chromium run may take
WIDTH, HEIGHT = 1280, 1400

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
]

CASES = [
    # name, arguments after the executable, title the page must keep, texts the DOM must show
    ("quick-start", ["plan", "examples/quick-start", "--format", "html"],
     "Opgavesnit: Samsø på Standard", ["Samsø Kommune", "samsoe"]),
    ("cross-municipal-da",
     ["plan", "examples/cross-municipal", "-s", "lemvig-standard", "--format", "html",
      "--lang", "da", "--municipality", "struer"],
     None, ["Lemvig Kommune", "struer/san", "Opgavesnitsmatrix", "kr."]),
    ("organisation-budget-da",
     ["plan", "examples/organisation-budget", "-s", "kvartaler-2027", "--format", "html", "--lang", "da"],
     None, ['<section id="organisation"', '<section id="budget"', '<section id="ownership"',
            'id="chart-net-change"', 'id="chart-organisation"', '<rect', "Djurs IT A/S",
            "Frigjort", "Kapitalindskud", "Apportindskud", "Ejerandel", "Resultat", "Gevinst",
            "Organisationens resultat"]),
    ("hostile-names", ["plan", "tests/browser/hostile-names", "--format", "html"],
     "Opgavesnit: <script>document.title='PWNED'</script>",
     ["&lt;script&gt;document.title='PWNED'&lt;/script&gt;"]),
    # risk: the arguments must not name the format; the check adds --format html
    # (and --format json for what the page must show).
    ("risk-uncertainty", ["risk", "examples/uncertainty", "--runs", "2000", "--seed", "7"],
     "Uncertainty of scenario standard", ["Odder Kommune", "Samsø Kommune"]),
    ("risk-uncertainty-da",
     ["risk", "examples/uncertainty", "--runs", "500", "--top", "2", "--lang", "da"],
     None, ["Odder Kommune", "Samsø Kommune"]),
    ("risk-hostile-names", ["risk", "tests/browser/hostile-risk", "--runs", "1000"],
     "Uncertainty of scenario basis",
     ["&lt;script&gt;document.title='PWNED'&lt;/script&gt;Samsø",
      "]]&gt;&lt;!-- --&gt;&lt;svg onload=\"document.title='PWNED'\"&gt;&lt;/svg&gt;Odder"]),
]

# Cases whose handover crosses no interface: their graph has no cut to highlight.
NO_CUT = {"organisation-budget-da"}

failures = []


def fail(case, message):
    failures.append(f"{case}: {message}")
    print(f"FAIL {case}: {message}", file=sys.stderr)


class Charts(HTMLParser):
    """The <svg class="chart"> elements of a page: for each, its rows (<g>),
    each with the classes of its shapes, their geometry and its label text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.charts, self.depth, self.chart_depth, self.row, self.in_label = [], 0, None, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.depth += 1
        if tag == "svg" and "chart" in (a.get("class") or "").split():
            self.charts.append([])
            self.chart_depth = self.depth
        elif self.chart_depth is not None and tag == "g" and self.depth == self.chart_depth + 1:
            self.row = dict(shapes=[], label="")
            self.charts[-1].append(self.row)
        elif self.row is not None and tag in ("rect", "line", "path"):
            self.row["shapes"].append((tag, a.get("class"), a))
        elif self.row is not None and tag == "text" and a.get("class") == "label":
            self.in_label = True

    def handle_endtag(self, tag):
        if tag == "text":
            self.in_label = False
        if self.chart_depth is not None and tag == "g" and self.depth == self.chart_depth + 1:
            self.row = None
        if tag == "svg" and self.depth == self.chart_depth:
            self.chart_depth = None
        self.depth -= 1

    def handle_data(self, data):
        if self.in_label and self.row is not None:
            self.row["label"] += data


def check_risk_page(case, page, expected):
    """The range bars and tornado rows of a risk report against its JSON."""
    parser = Charts()
    parser.feed(page)
    charts = parser.charts
    figures = [f for f in ("net_change", "result", "savings") if expected["swings"].get(f)]
    if len(charts) != 1 + len(figures):
        fail(case, f"{len(charts)} charts, expected 1 range chart and {len(figures)} tornado charts")
        return
    bars = charts[0]
    if len(bars) != len(expected["municipalities"]):
        fail(case, f"{len(bars)} range bars, expected one per municipality "
                   f"({len(expected['municipalities'])})")
    for i, row in enumerate(bars):
        kinds = {cls: attrs for _, cls, attrs in row["shapes"]}
        if not {"range", "p50", "likely"} <= set(kinds):
            fail(case, f"range bar {i + 1} lacks a bar, a P50 tick or a likely mark "
                       f"(has {sorted(k for k in kinds if k)})")
            continue
        x, w = float(kinds["range"]["x"]), float(kinds["range"]["width"])
        tick = float(kinds["p50"]["x1"])
        if w < 0 or not x - 0.05 <= tick <= x + w + 0.05:
            fail(case, f"range bar {i + 1}: the P50 tick at {tick} is off the bar [{x}, {x + w}]")
        if not row["label"].strip():
            fail(case, f"range bar {i + 1} has no label")
    for chart, figure in zip(charts[1:], figures):
        want = [s["variable"] for s in expected["swings"][figure]]
        got = [row["label"] for row in chart]
        if got != want:
            fail(case, f"tornado of {figure}: rows {got}, expected {want}")
        for row in chart:
            kinds = [cls for _, cls, _ in row["shapes"]]
            if "low" not in kinds or "high" not in kinds:
                fail(case, f"tornado of {figure}: row {row['label']!r} lacks its low or high bar")


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(chromium, extra, url):
    """Runs Chromium in a session of its own; on timeout the whole group
    (browser, renderer, GPU and utility processes) is killed and
    subprocess.TimeoutExpired raised."""
    profile = tempfile.mkdtemp(prefix="opgavesnit-chromium-")
    try:
        proc = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            start_new_session=True)
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.communicate()
            raise
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def png_pixels(data):
    """Decodes an 8-bit RGB or RGBA non-interlaced PNG: (width, height, rows)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    depth, colour, interlace = header[8], header[9], header[12]
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise ValueError(f"unexpected PNG form (depth {depth}, colour {colour})")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, at = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[at]
        line = bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def check_screenshot(case, path):
    try:
        with open(path, "rb") as f:
            width, height, bpp, rows = png_pixels(f.read())
    except (OSError, ValueError, zlib.error, IndexError, TypeError) as e:
        fail(case, f"screenshot is not a readable PNG: {e}")
        return
    if (width, height) != (WIDTH, HEIGHT):
        fail(case, f"screenshot is {width}x{height}, expected {WIDTH}x{HEIGHT}")
    colours, dark, total = set(), 0, 0
    for y in range(0, height, 4):
        row = rows[y]
        for x in range(0, width, 4):
            px = row[x * bpp:x * bpp + 3]
            colours.add(px)
            total += 1
            if sum(px) < 600:
                dark += 1
    if len(colours) < 8 or dark < total // 200:
        fail(case, f"screenshot looks blank ({len(colours)} colours, {dark} of {total} "
                   "sampled pixels not near white)")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    exe, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    chromium = find_chromium()
    if not chromium:
        print("check_html_report: Chromium is not installed (tools/setup.sh --tests installs it)",
              file=sys.stderr)
        return 1
    work = tempfile.mkdtemp(prefix="opgavesnit-browser-")
    try:
        for name, args, title, texts in CASES:
            report = os.path.join(work, name + ".html")
            risk = args[0] == "risk"
            run_args = [*args, "--format", "html"] if risk else args
            run = subprocess.run([exe, *run_args, "-o", report], cwd=root,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
            if run.returncode != 0:
                fail(name, f"{args[0]} exited {run.returncode}: "
                           f"{run.stderr.decode(errors='replace')}")
                continue
            expected = None
            if risk:
                js = subprocess.run([exe, *args, "--format", "json"], cwd=root,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
                if js.returncode != 0:
                    fail(name, f"risk --format json exited {js.returncode}")
                    continue
                expected = json.loads(js.stdout)
            with open(report, encoding="utf-8") as f:
                html = f.read()
            # No resource from elsewhere: no address in an attribute or a style. (The
            # hostile model's names hold addresses, which must show as text.)
            if re.search(r"""(src|href|action|data|poster|xlink:href)\s*=\s*["']?\s*"""
                         r"(https?:|//|javascript:)", html, re.I) or \
                    re.search(r"url\(\s*['\"]?\s*(https?:|//)|@import", html, re.I):
                fail(name, "the report refers to an external address")
            # The SVG namespace of the risk charts is a name, not a resource.
            named = html.replace('xmlns="http://www.w3.org/2000/svg"', "")
            if "hostile" not in name and re.search(r"https?:", named, re.I):
                fail(name, "the report names an address")
            url = "file://" + report
            try:
                dom = run_chromium(chromium, ["--dump-dom"], url)
            except subprocess.TimeoutExpired:
                fail(name, f"Chromium did not finish --dump-dom within {TIMEOUT} s")
                continue
            page = dom.stdout.decode("utf-8", errors="replace")
            if dom.returncode != 0 or "<html" not in page:
                fail(name, f"Chromium --dump-dom failed (exit {dom.returncode})")
                continue
            if risk:
                check_risk_page(name, page, expected)
            for needle, what in [] if risk else [
                    ('<table class="summary"', "the summary table"),
                    ('<section class="municipality"', "a municipality section"),
                    ("<svg", "the dependency graph"),
                    ('class="node"', "nodes in the graph"),
                    ('stroke="#d62728"', "the highlighted cut"),
                    ('<table class="matrix"', "a task-split matrix")]:
                if needle not in page and not (name in NO_CUT and "d62728" in needle):
                    fail(name, f"the rendered page has no {what} ({needle!r})")
            # Text is serialised with "<" escaped, so these can only be markup.
            for bad in ("<script", "<iframe", "<img", "<object", "<embed"):
                if bad in page.lower():
                    fail(name, f"the rendered page holds {bad!r} as markup")
            if re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", page):
                fail(name, "the rendered page holds an event-handler attribute")
            if "PWNED" in (m.group(1) for m in re.finditer(r"<title>([^<]*)</title>", page)):
                fail(name, "a script from the model ran (document.title is PWNED)")
            found_title = re.search(r"<head>.*?<title>(.*?)</title>", page, re.S)
            if title is not None:
                got = html_module.unescape(found_title.group(1)) if found_title else None
                if got != title:
                    fail(name, f"document title is {got!r}, expected {title!r}")
            for text in texts:
                if text not in page:
                    fail(name, f"the rendered page does not show {text!r}")
            shot = os.path.join(work, name + ".png")
            try:
                run_chromium(chromium, [f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}"],
                             url)
            except subprocess.TimeoutExpired:
                fail(name, f"Chromium did not finish --screenshot within {TIMEOUT} s")
                continue
            check_screenshot(name, shot)
            if not any(f.startswith(name + ":") for f in failures):
                print(f"ok   {name}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = {f.split(":")[0] for f in failures}
    print(f"{len(CASES) - len(failed)} passed, {len(failed)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
