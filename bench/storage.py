"""Reading the data from S3-compatible object storage: what each way costs per query and per new snapshot.

    python bench/storage.py --data-dir /tmp/alliance-national [--runs 5] [--out bench/results/storage.md]

An S3 server on loopback (moto's server mode, tests/s3_server.py; no internet) gets the snapshots of --data-dir
published the way the app publishes them (objects/<sha256>.parquet, then the manifest). Then, for a few shipped
queries on the latest snapshot, each way of reading is timed, first run (cold) and p50 of --runs after it (warm):

- mirror: the verified local mirror (alliance/storage/mirror.py) served by the app's own Database;
- s3fs: DuckDB reading s3:// through an fsspec filesystem registered on the connection (`register_filesystem`);
- pyarrow-s3: pyarrow's built-in S3FileSystem datasets registered on the connection (`con.register`).

(DuckDB's httpfs extension is not an option: its offline wheel, duckdb-ext-httpfs, loads only beside duckdb 1.4.4,
and the project pins 2.0.0, which would download it at run time.)

All three run the same SQL on connections built the same way: the Database over the mirror, whose table views are
then replaced by views over the bucket for s3fs and pyarrow-s3 (the per-connection derived tables stay local, for
all three alike). Per new snapshot: the publish (objects then manifest) and the mirror's pull, time and bytes, for a
whole snapshot pulled into an empty mirror and for a next quarter where one table changed. The loopback server has
no network latency; a real endpoint adds a round trip per request, which only the HTTP readers pay per query.
The last line of the output is the result as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

QUERIES = ("capacity_by_area", "member_directory", "kpis_by_snapshot", "capacity_by_domain")


def _params(db, latest: str) -> dict:
    import datetime as dt

    inst = db.con.execute("SELECT min(institution_id) FROM institutions").fetchall()[0][0]
    return {"snapshot": dt.date.fromisoformat(latest), "areas": [], "domains": [], "groups": [], "levels": [],
            "ownership": [], "search": "", "sort": "items", "page_rows": 100, "page_offset": 0,
            "institution_id": inst}


def _bucket_views(db, catalog, loc, how: str, endpoint: str) -> None:
    """Replace the Database's table views by views over the bucket's objects (each snapshot's date as a column)."""
    from alliance.schema import TABLES
    from alliance.storage import layout

    con = db.con
    if how == "s3fs":
        import s3fs

        fs = s3fs.S3FileSystem(endpoint_url=endpoint, key=os.environ["AWS_ACCESS_KEY_ID"],
                               secret=os.environ["AWS_SECRET_ACCESS_KEY"])
        con.register_filesystem(fs)
    else:
        import pyarrow.dataset as ds

        from alliance.storage.s3 import filesystem

        pafs = filesystem(loc)
    for table in TABLES:
        parts = []
        for i, snap in enumerate(catalog.snapshots):
            key = layout.object_key(snap.manifest["tables"][table]["sha256"])
            if how == "s3fs":
                source = f"read_parquet('s3://{loc.key(key)}')"
            else:
                name = f"__{table}_{i}"
                con.register(name, ds.dataset(loc.key(key), filesystem=pafs, format="parquet"))
                source = name
            parts.append(f"SELECT *, DATE '{snap.date}' AS snapshot FROM {source}")
        con.execute(f"CREATE OR REPLACE VIEW {table} AS " + " UNION ALL BY NAME ".join(parts)).fetchall()


def _run(db, name: str, params: dict):
    """As Database.query binds and runs it, but on the connection itself: Arrow datasets registered on a connection
    are not seen by its cursors."""
    from alliance.db import load_sql, query_params

    wanted = query_params(name)
    return db.con.execute(load_sql(name), {k: v for k, v in params.items() if k in wanted}).df()


def _time_queries(db, params, runs: int) -> dict:
    out = {}
    for name in QUERIES:
        t = time.perf_counter()
        _run(db, name, params)
        cold = time.perf_counter() - t
        warm = []
        for _ in range(runs if cold < 60 else 1):  # a minute a run: one repeat says enough
            t = time.perf_counter()
            _run(db, name, params)
            warm.append(time.perf_counter() - t)
        out[name] = {"cold_ms": round(cold * 1000, 1), "p50_ms": round(statistics.median(warm) * 1000, 1),
                     "min_ms": round(min(warm) * 1000, 1)}
    return out


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=ROOT / "data")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    import s3_server

    from alliance.db import Database
    from alliance.snapshots import scan, write_snapshot
    from alliance.storage import location, mirror, publish

    work = Path(tempfile.mkdtemp(prefix="bench-storage-"))
    endpoint, stop = s3_server.start(work)
    os.environ.update(s3_server.s3_env(endpoint))
    result = {"data_dir": str(args.data_dir), "runs": args.runs}
    try:
        loc = location.parse(f"s3://{s3_server.make_bucket(endpoint)}/alliance")
        local = scan(args.data_dir)
        result["snapshots"] = len(local.snapshots)
        result["bytes_local"] = sum(_du(s.path) for s in local.snapshots)
        t = time.perf_counter()
        publish.publish_root(loc, args.data_dir)
        result["publish_all_s"] = round(time.perf_counter() - t, 2)

        # A replica starting empty pulls every snapshot (shared tables once, linked after).
        replica = work / "replica"
        t = time.perf_counter()
        report = mirror.sync(loc, replica)
        result["pull_all"] = {"s": round(time.perf_counter() - t, 2), "bytes": report.bytes, "linked": report.linked}
        # One whole snapshot into an empty mirror: the latest alone (the others retracted from a second bucket).
        latest = local.snapshots[-1]
        one = location.parse(f"s3://{s3_server.make_bucket(endpoint)}/alliance")
        publish.publish_folder(publish.Bucket(one), latest.path)
        t = time.perf_counter()
        report = mirror.sync(one, work / "one")
        result["pull_one_whole"] = {"s": round(time.perf_counter() - t, 2), "bytes": report.bytes}

        # Next quarter, one table changed (services): written by a writer whose folder mirrors the bucket (the
        # publish), then pulled by the replica (only the changed table travels).
        writer = work / "writer"
        mirror.sync(loc, writer)
        tables = {p.stem: pq.read_table(p) for p in latest.path.glob("*.parquet")}
        s = tables["services"]
        tables["services"] = s.set_column(s.schema.get_field_index("batches"), "batches", pc.add(s["batches"], 1))
        t = time.perf_counter()
        write_snapshot(writer, "2022-09-30", tables, source="demo")
        result["write_and_publish_next_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        report = mirror.sync(loc, replica)
        result["pull_next"] = {"s": round(time.perf_counter() - t, 2), "bytes": report.bytes, "linked": report.linked}
        t = time.perf_counter()
        mirror.sync(loc, replica)
        result["sync_nothing_new_s"] = round(time.perf_counter() - t, 3)
        publish.retract(loc, "2022-09-30")
        mirror.sync(loc, replica)

        cat = scan(replica)
        t = time.perf_counter()
        cat = scan(replica)
        result["scan_mirror_s"] = round(time.perf_counter() - t, 3)
        result["queries"] = {}
        for how in ("mirror", "s3fs", "pyarrow-s3"):
            db = Database(cat)
            try:
                params = _params(db, cat.snapshots[-1].date)
                if how != "mirror":
                    _bucket_views(db, cat, loc, how, endpoint)
                result["queries"][how] = _time_queries(db, params, args.runs)
            finally:
                db.close()
            print(how, json.dumps(result["queries"][how]), file=sys.stderr)
    finally:
        stop()
    if args.out:
        args.out.write_text(report_md(result), encoding="utf-8")
    print(json.dumps(result))


def report_md(r: dict) -> str:
    mb = 1 << 20
    lines = [
        "# Data on S3: reading choices measured (`bench/storage.py`)",
        "",
        f"Data: `{r['data_dir']}`, {r['snapshots']} snapshots, {r['bytes_local'] / mb:,.0f} MB of Parquet. "
        "S3: moto_server on 127.0.0.1 (no network latency). Times in ms; cold = first run on a new connection, "
        f"warm = p50 of {r['runs']} runs after it (its fastest in brackets: on a busy machine the floor says more).",
        "",
        "## Per query (latest snapshot)",
        "",
        "| query | mirror cold | mirror warm | s3fs cold | s3fs warm | pyarrow-s3 cold | pyarrow-s3 warm |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    q = r["queries"]
    for name in QUERIES:
        cells = [f"{q[h][name]['cold_ms']:,.0f} | {q[h][name]['p50_ms']:,.0f} ({q[h][name]['min_ms']:,.0f})"
                 for h in ("mirror", "s3fs", "pyarrow-s3")]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Per new snapshot",
        "",
        "| step | seconds | bytes downloaded |",
        "| --- | ---: | ---: |",
        f"| publish every snapshot (objects, then manifests) | {r['publish_all_s']} | — |",
        f"| empty mirror pulls all {r['snapshots']} snapshots ({r['pull_all']['linked']} tables linked, "
        f"not downloaded) | {r['pull_all']['s']} | {r['pull_all']['bytes'] / mb:,.1f} MB |",
        f"| empty mirror pulls the latest snapshot alone | {r['pull_one_whole']['s']} | "
        f"{r['pull_one_whole']['bytes'] / mb:,.1f} MB |",
        f"| next quarter, one table changed: write + publish | {r['write_and_publish_next_s']} | — |",
        f"| next quarter: the replica's pull ({r['pull_next']['linked']} tables linked) | {r['pull_next']['s']} | "
        f"{r['pull_next']['bytes'] / mb:,.1f} MB |",
        f"| a sync with nothing new (list + manifests) | {r['sync_nothing_new_s']} | — |",
        f"| the app's scan of the mirror (hashes memoised) | {r['scan_mirror_s']} | — |",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
