"""Where each query's time goes: DuckDB's profile (EXPLAIN ANALYZE as JSON) of every file in queries/.

    python bench/explain.py [--data-dir DIR] [--top 3]

Per query, with the parameters a page binds by default on the latest snapshot (a domain pair for filters): wall
time (p50 of 3 runs after one warm-up), binding/planning time, bytes read, and its most expensive operators with
their row counts. Writes bench/results/explain.md. Read it beside bench/uncached.py's floors: a query far above what
its rows justify shows here which step does it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def defaults(db, day: dt.date) -> dict:
    first = db.con.execute
    area = first("select area_id from areas where snapshot = ? order by area_id limit 1", [day]).fetchone()[0]
    inst = first("select institution_id from institutions where snapshot = ? order by assets_cny desc limit 1",
                 [day]).fetchone()[0]
    older = first("select max(snapshot) from institutions where snapshot < ?", [day]).fetchone()[0] or day
    return {"snapshot": day, "base": older, "areas": [], "domains": ["food", "metrology"], "groups": [], "levels": [],
            "area_id": area, "domain_id": "food", "institution_id": inst, "near_area_id": area, "text": "食品",
            "code": "", "code_has_year": False, "ownership": [], "search": "", "title": "", "threshold_pct": 80.0}


def operators(node: dict, out: list) -> None:
    if node.get("type") not in (None, "RESULT_COLLECTOR"):
        out.append((node.get("timing", 0.0), node.get("type"), node.get("operator_cardinality",
                                                                         node.get("intermediate_rows", 0))))
    for child in node.get("children", []):
        operators(child, out)


def profile(db, name: str, params: dict, top: int) -> dict:
    from alliance.db import load_sql, query_params

    sql = load_sql(name)
    bound = {k: v for k, v in params.items() if k in query_params(name)}
    times = []
    for _ in range(4):
        cur = db.con.cursor()
        t0 = time.perf_counter()
        cur.execute(sql, bound).fetchall()
        times.append(time.perf_counter() - t0)
        cur.close()
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    cur = db.con.cursor()
    cur.execute("set enable_profiling = 'json'")
    cur.execute(f"set profiling_output = '{out}'")
    cur.execute(sql, bound).fetchall()
    cur.execute("set enable_profiling = 'no_output'")
    cur.close()
    prof = json.loads(out.read_text())
    out.unlink()
    ops: list = []
    for node in prof.get("operator", []):
        operators(node, ops)
    ops.sort(key=lambda o: -o[0])
    return {"query": name, "wall_ms": statistics.median(times[1:]) * 1000,
            "planning_ms": prof.get("planner", {}).get("total_time", 0.0) * 1000,
            "bytes_read": prof.get("io", {}).get("total_bytes_read", 0),
            "top": [{"operator": o[1], "ms": o[0] * 1000, "rows": o[2]} for o in ops[:top]]}


def main() -> int:
    from alliance import config
    from alliance.db import Database, query_names
    from alliance.snapshots import scan

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--top", type=int, default=3)
    args = parser.parse_args()
    root = args.data_dir or config.data_dir()
    cat = scan(root)
    db = Database(cat)
    day = dt.date.fromisoformat(cat.dates[-1])
    params = defaults(db, day)
    rows = [profile(db, name, params, args.top) for name in query_names()]
    rows.sort(key=lambda r: -r["wall_ms"])
    items = db.con.execute("select count(*) from qualifications where snapshot = ?", [day]).fetchone()[0]
    lines = [f"# Query profiles on {root} ({items:,} items in {cat.dates[-1]}), "
             f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC", "",
             "| query | wall ms (p50) | planning ms | MB read | most expensive operators (ms, rows) |",
             "|---|---|---|---|---|"]
    for r in rows:
        ops = "; ".join(f"{o['operator']} {o['ms']:.1f} ({o['rows']:,})" for o in r["top"])
        lines.append(f"| {r['query']} | {r['wall_ms']:.1f} | {r['planning_ms']:.1f} | {r['bytes_read'] / 1e6:.1f} "
                     f"| {ops} |")
    md = "\n".join(lines) + "\n"
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "results" / "explain.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
