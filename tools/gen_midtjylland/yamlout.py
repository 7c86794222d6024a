"""Writing the model's YAML by hand: fixed variation from CRC32 (no
randomness), rounding and splitting numbers, scalars quoted only where
needed, and the lines of a file with its header."""
import re
import zlib


# ---------------------------------------------------------------------------
# Helpers.

def crc(*parts):
    return zlib.crc32("/".join(parts).encode("utf-8"))


def vary(key, lo, hi):
    """A fixed value in [lo, hi] derived from `key` (no randomness)."""
    return lo + (crc(key) % 1001) / 1000.0 * (hi - lo)


def translit(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "ue"), ("ö", "oe")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def largest_remainder(total, weights):
    """Splits the whole number `total` in proportion to `weights`."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def flertal(n, ental, flere):
    return f"{n} {ental if n == 1 else flere}"


def rund(x, step):
    return int(round(x / step)) * step


PLAIN_OK = re.compile(r"^[A-Za-z0-9ÆØÅæøåÉéÜü(][^\n]*$")
SPECIAL_WORDS = {"true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"}


def ys(s):
    """A YAML scalar for a text, plain where that is safe, else double-quoted."""
    s = str(s)
    looks_number = re.match(r"^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$", s) and any(c.isdigit() for c in s)
    if (PLAIN_OK.match(s) and ": " not in s and " #" not in s and not s.endswith(":")
            and not s.endswith(" ") and s.lower() not in SPECIAL_WORDS and not looks_number
            and not re.match(r"^0[xo]", s)):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def num(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, float):
        return ("%.2f" % x).rstrip("0").rstrip(".")
    return str(x)


def rng(low, likely, high):
    """A three-point estimate in flow style."""
    return f"{{ low: {num(low)}, likely: {num(likely)}, high: {num(high)} }}"


def flow(items):
    return "[" + ", ".join(items) + "]"


def kr(x):
    """Money with thousands separators for comments."""
    return f"{x:,.0f}".replace(",", ".")


class Out:
    def __init__(self):
        self.lines = []

    def __call__(self, line=""):
        self.lines.append(line.rstrip())

    def kv(self, indent, key, value, comment=None):
        line = " " * indent + f"{key}: {value}"
        if comment:
            line = line.ljust(indent + 36) + "  # " + comment if len(line) < indent + 36 else line + "  # " + comment
        self.lines.append(line)

    def text(self):
        return "\n".join(self.lines) + "\n"


def header(o, title, lines=()):
    o("opgavesnit: 1")
    o()
    o(f"# {title}")
    for l in lines:
        o(f"# {l}" if l else "#")
    o("#")
    o("# Skrevet af tools/gen-midtjylland.py. Ret i generatoren og kør den igen")
    o("# (se README.md); rettelser direkte i denne fil overskrives.")
    o()
