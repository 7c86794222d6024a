#!/usr/bin/env python3
"""Writes the bundled model models/midtjylland/ (opgavesnit model format 1).

The model is an estimate, not an inventory: each municipality's
infrastructure is scaled from its size (number of schools, care homes and
day-care sites, switches, access points, hosts and virtual servers), with
hand-written town names, shared components and pins. See
models/midtjylland/README.md for the assumptions.

Usage:
    python3 tools/gen-midtjylland.py [--out DIR] [--befolkning FILE.tsv]

--befolkning reads a tab-separated table with a header line (columns: code,
name, population_YYYY, such as Statistics Denmark's FOLK1A gives; lines
starting with '#' are comments) and writes those
figures and that year into the municipality files. The dimensioning of the
infrastructure does not change with it: it stays fixed on the 2013 figures
below, so that updating the population does not move a single switch.

Deterministic: no randomness; variation between municipalities and towns
comes from a CRC32 of fixed strings. Python 3 standard library only.
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from gen_midtjylland.data import BEFOLKNING_AAR, BEFOLKNING_KILDE, DIMENSIONERING, KAPACITET, KOMMUNER
from gen_midtjylland.kommune import write_kommune
from gen_midtjylland.scenarier import write_scenarier
from gen_midtjylland.tables import (write_niveauer, write_opgaver, write_organisation, write_region,
                                    write_typer)


def read_befolkning(path):
    aar, rows = None, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "code":
                m = re.match(r"population_(\d{4})", cols[2])
                aar = int(m.group(1)) if m else None
                continue
            rows[int(cols[0])] = int(cols[2])
    if aar is None:
        sys.exit(f"{path}: expected a header 'code<TAB>name<TAB>population_YYYY'")
    missing = [m for m, (c, _) in DIMENSIONERING.items() if c not in rows]
    if missing:
        sys.exit(f"{path}: no population for {', '.join(missing)}")
    return aar, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "models", "midtjylland"))
    ap.add_argument("--befolkning", help="TSV with code, name, population_YYYY")
    ap.add_argument("--capacity", type=int, default=None,
                    help="capacity_hours of boelger-2027 (default %d)" % KAPACITET)
    args = ap.parse_args()
    aar, kilde, befolkning = BEFOLKNING_AAR, BEFOLKNING_KILDE, {c: p for c, p in DIMENSIONERING.values()}
    if args.befolkning:
        aar, befolkning = read_befolkning(args.befolkning)
        kilde = "Danmarks Statistik (FOLK1A)"
    files = {
        "region.yaml": write_region(),
        "opgaver.yaml": write_opgaver(),
        "komponenttyper.yaml": write_typer(),
        "serviceniveauer.yaml": write_niveauer(),
        "organisation.yaml": write_organisation(),
    }
    for k in sorted(KOMMUNER, key=lambda x: x["id"]):
        text, _ = write_kommune(k, befolkning, aar, kilde)
        files[os.path.join("kommuner", k["id"] + ".yaml")] = text
    files["scenarier.yaml"] = write_scenarier(args.capacity or KAPACITET)
    os.makedirs(os.path.join(args.out, "kommuner"), exist_ok=True)
    for name in sorted(files):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(files[name])
    print(f"wrote {len(files)} files to {args.out}")


if __name__ == "__main__":
    main()
