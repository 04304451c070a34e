"""The SQL page's shipped saved queries, timed through the sandbox, beside the raw DuckDB floor of the same SQL.

    python bench/sql.py [--data-dir DIR] [--runs 5] [--size NAME]     (default: the bundled demo data)

Each query in queries/explore/ runs as the page runs it: `sandbox.run`, which opens a fresh in-memory connection,
registers the snapshots' Arrow datasets, creates the views, locks the configuration, runs on one thread under the
memory limit, streams at most ROW_CAP rows into pandas and closes the connection. Nothing survives a run, so every
run is uncached; queries that name a filter also get a different area each run (fresh parameters). A query naming
filters is timed twice: with none picked (all), and with one area picked.

The floor is the same SQL with the same parameters on a plain DuckDB connection, on the same single thread, whose
views read the same Parquet files with read_parquet, opened once and warmed up: what the query costs DuckDB alone.
sandbox ÷ floor is what the safety (fresh connection, registration, lock) and the pandas result cost. Also timed:
`sandbox.connect` alone, the fixed part of every run. p50 of --runs runs after one unmeasured run. The last line of
the output is the result as JSON (bench/run.py reads it).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AREAS = ("shenyang", "anshan", "fushun", "benxi", "fuxin", "liaoyang", "tieling", "shenfu")


def floor_connection(cat, snapshot: str, threads: int):
    """Views over the files themselves, as an analyst's own DuckDB would have them: the chosen snapshot's and every
    snapshot's `_history`, each with its `snapshot` date, the same names and columns as the sandbox's."""
    import duckdb

    from alliance.schema import EXTRA_SCHEMAS, EXTRA_TABLES, TABLES

    con = duckdb.connect(":memory:", config={"threads": str(threads)})
    for table in (*TABLES, *EXTRA_TABLES):
        parts = {}
        for snap in cat.snapshots:
            if snap.has(table):
                # Not hive: the folder's own `snapshot=` would become a second snapshot column.
                parts[snap.date] = (f"SELECT *, DATE '{snap.date}' AS snapshot FROM "
                                    f"read_parquet('{snap.file(table)}', hive_partitioning = false)")
            else:  # a table beyond the contract that this snapshot lacks: empty, as in the sandbox
                name = f"_empty_{table}"
                con.register(name, EXTRA_SCHEMAS[table].empty_table())
                parts[snap.date] = f"SELECT *, DATE '{snap.date}' AS snapshot FROM {name}"
        con.execute(f"CREATE VIEW {table} AS {parts[snapshot]}")
        con.execute(f"CREATE VIEW {table}_history AS {' UNION ALL BY NAME '.join(parts.values())}")
    return con


def p50(values: list[float]) -> float:
    return statistics.median(values)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(root: Path, runs: int) -> dict:
    from alliance.snapshots import scan
    from alliance.sql import catalog, sandbox

    cat = scan(root)
    snapshot = cat.dates[-1]
    floor_con = floor_connection(cat, snapshot, sandbox.THREADS)
    rows = []
    connect_s = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        sandbox.connect(cat, snapshot).close()
        if i:
            connect_s.append(time.perf_counter() - t0)
    for query in catalog.saved_queries():
        named = sandbox.referenced(query.sql) & set(sandbox.FILTERS)
        cases = [("all", lambda i: {})]
        if "areas" in named:
            cases.append(("one area", lambda i: {"areas": [AREAS[i % len(AREAS)]]}))
        for case, filters_of in cases:
            row = {"query": query.name, "filters": case}
            sand, floor, shown, cut = [], [], 0, False
            try:
                for i in range(runs + 1):
                    t0 = time.perf_counter()
                    res = sandbox.run(cat, query.sql, snapshot, filters=filters_of(i))
                    if i:
                        sand.append(time.perf_counter() - t0)
                    shown, cut = len(res.df), res.truncated
                    params = sandbox.bind(sandbox.referenced(query.sql), snapshot, filters_of(i))
                    t0 = time.perf_counter()
                    floor_con.sql(query.sql, params=params).to_arrow_table()
                    if i:
                        floor.append(time.perf_counter() - t0)
            except sandbox.SqlProblem as problem:
                row["problem"] = problem.message("en").splitlines()[0]
            row |= {"rows": shown, "truncated": cut, "sandbox_p50_s": p50(sand) if sand else None,
                    "floor_p50_s": p50(floor) if floor else None}
            rows.append(row)
            print(f"{query.name} ({case}): {fmt_ms(row['sandbox_p50_s'])} ms, floor {fmt_ms(row['floor_p50_s'])} ms"
                  + (f", {row['problem']}" if row.get("problem") else ""), file=sys.stderr)
    floor_con.close()
    items = pq.ParquetFile(cat.get(snapshot).file("qualifications")).metadata.num_rows
    return {"root": str(root), "snapshot": snapshot, "snapshots": len(cat.dates), "items": items, "runs": runs,
            "connect_p50_s": p50(connect_s), "rows": rows,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="minutes")}


def fmt_ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:,.0f}"


def table(results: list[dict]) -> str:
    lines = ["| size | items (latest) | query | filters | rows | sandbox p50 | floor p50 | sandbox ÷ floor |",
             "|" + "---|" * 8]
    for r in results:
        for i, row in enumerate(r["rows"]):
            ratio = (f"{row['sandbox_p50_s'] / row['floor_p50_s']:.1f}×"
                     if row["sandbox_p50_s"] and row["floor_p50_s"] else "—")
            lines.append("| " + " | ".join([
                r.get("size", "") if i == 0 else "", f"{r['items']:,}" if i == 0 else "", row["query"],
                row["filters"], row.get("problem") or f"{row['rows']:,}" + (" (cut)" if row["truncated"] else ""),
                fmt_ms(row["sandbox_p50_s"]), fmt_ms(row["floor_p50_s"]), ratio]) + " |")
    lines += ["", "Times in ms, p50. " + "; ".join(
        f"{r.get('size', '')}: a fresh locked connection alone (sandbox.connect) {fmt_ms(r['connect_p50_s'])} ms"
        for r in results) + "."]
    return "\n".join(lines) + "\n"


def main() -> int:
    from alliance import config

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="demo")
    args = parser.parse_args()
    result = measure(args.data_dir or config.data_dir(), args.runs) | {"size": args.size}
    print(table([result]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
