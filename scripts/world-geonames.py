#!/usr/bin/env python3
"""Writes a GeoNames dump the size of allCountries.txt, for the gazetteer import benchmark.

GeoNames' allCountries.txt (about 12-13 million rows, 4-5 million of them populated places) is not among the
project's data sources, so the benchmark makes one of that size from the ones it has (../shared/data/geonames:
cities500 and the nine country files, about 370,000 rows): every row copied as often as it takes, each copy with a
new geonameid and its name and alternates respelled (a suffix of letters per copy), so that the keys the importer
indexes are about as many and as distinct as the world's. A share of the copies are marked as other feature classes
(hydrographic, terrain, spots), as most of allCountries is, which the importer reads and skips.

usage: scripts/world-geonames.py OUT [ROWS] [POPULATED_SHARE]   (defaults 12000000 and 0.4)
"""
import gzip
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "geonames")


def sources():
    files = [os.path.join(DATA, "cities500.txt.gz")]
    countries = os.path.join(DATA, "countries")
    files += sorted(os.path.join(countries, f) for f in os.listdir(countries) if f.endswith(".txt.gz"))
    rows = []
    for f in files:
        with gzip.open(f, "rt", encoding="utf-8") as lines:
            for line in lines:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 19:
                    rows.append(cols)
    return rows


def suffix(n):
    """Copy n's respelling: '' for the original, then 'a', 'b', ... 'ba', ... (letters only, so keys stay words)."""
    if n == 0:
        return ""
    out = []
    while n:
        n, d = divmod(n, 26)
        out.append("abcdefghijklmnopqrstuvwxyz"[d])
    return "".join(reversed(out))


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 12_000_000
    populated = float(sys.argv[3]) if len(sys.argv) > 3 else 0.4
    rows = sources()
    other = ["H", "T", "S", "L", "V"]
    written = 0
    with open(out, "w", encoding="utf-8") as w:
        for copy in itertools.count():
            s = suffix(copy)
            for i, cols in enumerate(rows):
                if written >= total:
                    print(f"{written} rows ({len(rows)} source rows, {copy} copies) in {out}", file=sys.stderr)
                    return
                c = list(cols)
                c[0] = str(100_000_000 + written)  # above every real geonameid: no copy merges into the bundle
                if s:
                    c[1] = c[1] + s
                    c[2] = c[2] + s
                    c[3] = ",".join(a + s for a in c[3].split(",") if a)
                if (written * 7919) % 1000 >= populated * 1000:
                    c[6] = other[written % len(other)]
                w.write("\t".join(c) + "\n")
                written += 1


if __name__ == "__main__":
    main()
