#!/usr/bin/env python3
"""Holds the hand-written water points (tools/geonames/water-points.tsv) to Natural Earth's land.

A sea's or strait's point must lie outside every country (or inside one of its own: an inland sea) of src/Marsad.Web/Static/countries-110m.json (npm
world-atlas 2.0.2, Natural Earth 1:110m), a river's or lake's inside one of its KB entry's countries (country or
countries of data/kb/places.jsonl); 1:110m shapes are coarse, so a point within --slack degrees of the right
shape passes and is listed. Prints each failure and exits 1 if any. Python 3 standard library only.
Run from the repository root: python3 tools/geonames/check_water_points.py
"""

import argparse
import json
import sys
from pathlib import Path


def rings(topo):
    """Each country's polygons as lists of (lon, lat) rings, keyed by ISO numeric id."""
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indices):
        out = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    shapes = {}
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        shapes.setdefault(g.get("id"), []).extend([ring(r) for r in poly] for poly in polys)
    return shapes


def inside(lon, lat, polygon):
    """Even-odd rule over a polygon's rings (outer and holes)."""
    hit = False
    for r in polygon:
        for (x1, y1), (x2, y2) in zip(r, r[1:] + r[:1]):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                hit = not hit
    return hit


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slack", type=float, default=0.3)
    args = ap.parse_args()
    shapes = rings(json.loads(Path("src/Marsad.Web/Static/countries-110m.json").read_text(encoding="utf-8")))
    numeric = {}
    for line in Path("data/geo/countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            f = line.split("\t")
            if len(f) > 1 and f[1]:
                numeric[f[0]] = f[1]
    places = {e["id"]: e for e in map(json.loads, Path("data/kb/places.jsonl").read_text(encoding="utf-8").splitlines())}

    def countries_at(lon, lat):
        return {cid for cid, polys in shapes.items() for p in polys if inside(lon, lat, p)}

    def near(lon, lat, wanted):
        for d in (args.slack, -args.slack):
            for dlon, dlat in ((d, 0), (0, d), (d, d), (d, -d)):
                if wanted(countries_at(lon + dlon, lat + dlat)):
                    return True
        return False

    failures = 0
    for line in Path("tools/geonames/water-points.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        pid, lat, lon = line.split("\t")[:3]
        lat, lon = float(lat), float(lon)
        entry = places[pid]
        own = {numeric.get(c) for c in entry.get("countries", []) + [entry.get("country")] if c}
        if entry["kind"] == "sea":
            # An inland sea (the Dead Sea, the Aral) and a narrow strait lie inside their own countries' coarse shapes.
            found = countries_at(lon, lat)
            ok, loose = not found or bool(found & own), lambda found, own=own: not found or bool(found & own)
        else:
            ok, loose = bool(countries_at(lon, lat) & own), lambda found, own=own: bool(found & own)
        if ok:
            continue
        if near(lon, lat, loose):
            print(f"near   {pid} ({entry['kind']}): within {args.slack} degrees at 1:110m")
            continue
        failures += 1
        print(f"FAILS  {pid} ({entry['kind']}) at {lat},{lon}: in {sorted(countries_at(lon, lat)) or 'no country'}")
    print(f"{failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
