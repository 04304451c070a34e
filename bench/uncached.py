"""The first click, not the repeated one: each interaction with parameters nobody used before in the process.

    python bench/uncached.py --data-dir DIR [--runs N]      (default: the bundled demo data, 12 runs)

How "uncached" is guaranteed, not assumed:
- parameters are drawn without replacement from what the snapshot offers (domain pairs, thresholds, standard codes
  and item names, institutions), and a drawn set is never used twice in the process;
- every DuckDB query the app runs goes through `Database.query`, which `st.cache_data` calls only on a miss: the
  benchmark counts those calls and an interaction that ran no query for its main result (a cache hit) fails the run;
- figures are cached per input too, so fresh inputs miss that cache as well.
DuckDB's own file cache is warm (the page was opened first), as on a server that has been up for a minute.

Beside each uncached p50/p95: the same interaction repeated (cached), the floor — the raw DuckDB time of exactly
the queries the interaction ran, replayed on a separate connection — and, for the by-area filter, a fair pandas
baseline that reads only the columns and the snapshot it needs (pyarrow column pruning and a partition filter).
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Recorder:
    """Counts and records the queries DuckDB actually runs (st.cache_data misses)."""

    def __init__(self):
        from alliance import db

        self.calls: list[tuple[str, dict]] = []
        original = db.Database.query

        def query(this, name, **params):
            self.calls.append((name, params))
            return original(this, name, **params)

        db.Database.query = query

    def take(self) -> list[tuple[str, dict]]:
        calls, self.calls = self.calls, []
        return calls


def pandas_by_area(snapshot_dir: Path, domains: tuple[str, ...]) -> None:
    """capacity_by_area's core for a domain filter, as an analyst would write it in pandas, reading only what it
    needs (only the columns, and only the chosen domains' rows via pyarrow's row-group filter): items, staff,
    assets, labs by level and capacity per area, institutions scoped to those domains, items per resident."""
    import pyarrow.parquet as pq

    def read(table, cols, only_domains=False):
        where = [("domain_id", "in", list(domains))] if only_domains else None
        return pq.read_table(snapshot_dir / f"{table}.parquet", columns=cols, filters=where).to_pandas()

    q = read("qualifications", ["institution_id", "domain_id"], True)
    inst = read("institutions", ["institution_id", "area_id", "technical_staff", "assets_cny"])
    scoped = inst[inst["institution_id"].isin(q["institution_id"].unique())]
    where = scoped[["institution_id", "area_id"]]
    items = q.merge(where).groupby("area_id").size()
    money = scoped.groupby("area_id")[["technical_staff", "assets_cny"]].sum()
    read("labs", ["institution_id", "domain_id", "level"], True).merge(where).groupby(["area_id", "level"]).size()
    cap = read("capacity", ["institution_id", "domain_id", "annual_capacity_batches"], True)
    cap.merge(where).groupby("area_id")["annual_capacity_batches"].sum()
    areas = read("areas", ["area_id", "population", "enterprises"]).set_index("area_id")
    out = areas.join(items.rename("items")).join(money)
    out["items"] * 10_000 / out["population"]


def measure(data_dir: Path, runs: int = 12, seed: int = 7) -> dict:
    import os

    os.environ["ALLIANCE_DATA_DIR"] = str(data_dir)
    from streamlit.testing.v1 import AppTest

    from alliance.db import Database
    from alliance.snapshots import scan

    rng = random.Random(seed)
    cat = scan(data_dir)
    latest = cat.dates[-1]
    day = dt.date.fromisoformat(latest)
    floor_db = Database(scan(data_dir))
    rec = Recorder()
    used: set = set()

    def fresh(pool):
        for candidate in pool:
            key = json.dumps(candidate, sort_keys=True, default=str)
            if key not in used:
                used.add(key)
                return candidate
        raise RuntimeError("ran out of unseen parameters")

    def app(page: str | None, **params) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        for k, v in params.items():
            at.query_params[k] = v
        at.run()
        if page:
            at.switch_page(page).run()
        return at

    def replay(calls) -> float:
        t0 = time.perf_counter()
        for name, params in calls:
            floor_db.query(name, **params)
        return time.perf_counter() - t0

    domains = [r[0] for r in floor_db.con.execute(
        "select domain_id from domains where snapshot = ? order by domain_id", [day]).fetchall()]
    codes = [r[0] for r in floor_db.con.execute(
        "select distinct standard_code from qualifications where snapshot = ? and standard_code is not null "
        "order by standard_code", [day]).fetchall()]
    names = [r[0] for r in floor_db.con.execute(
        "select distinct item_zh from qualifications where snapshot = ? order by item_zh", [day]).fetchall()]
    # The profile picker offers the directory's first page (100 members, most items first): a new profile is one of
    # those, as a user picks it (another page's member is opened by its link, which is another interaction).
    institutions = floor_db.query("member_directory", snapshot=day, ownership=(), search="", sort="items", areas=(),
                                  domains=(), levels=(), groups=(), page_rows=100, page_offset=0)[
        "institution_id"].tolist()
    pairs = list(itertools.combinations(domains, 2))
    rng.shuffle(pairs)
    rng.shuffle(codes)
    rng.shuffle(names)
    rng.shuffle(institutions)
    # Directory pages past the first (100 members a page, paging.PAGE_ROWS): a few at alliance size, 500 nationally.
    n_members = floor_db.con.execute("select count(*) from institutions where snapshot = ?", [day]).fetchone()[0]
    directory_pages = list(range(2, max(2, -(-n_members // 100)) + 1))
    rng.shuffle(directory_pages)
    thresholds = list(range(30, 151))
    rng.shuffle(thresholds)
    searches = [c.split("-")[0] if i % 2 else c for i, c in enumerate(codes)]  # with and without the year
    words = iter(x for pair in zip(searches, names) for x in pair)

    kinds = {
        "by area: new domain filter": ("pages/capacity_by_area.py", "capacity_by_area",
                                       lambda at: at.multiselect(key="domains").set_value(list(fresh(pairs)))),
        "gaps: new threshold": ("pages/capacity_gaps.py", None,
                                lambda at: at.slider(key="gap").set_value(fresh(thresholds))),
        "search: new words": ("pages/capability_search.py", "capability_search",
                              lambda at: at.text_input(key="q").set_value(fresh(words))),
        "directory: new profile": ("pages/members.py", "institution_profile",
                                   lambda at: at.selectbox(key="institution").set_value(fresh(institutions))),
        "directory: new page": ("pages/members.py", "member_directory",
                                lambda at: at.number_input(key="dir_page").set_value(fresh(directory_pages))),
    }
    rows = []
    for kind, (page, main_query, act) in kinds.items():
        if kind == "directory: new page" and len(directory_pages) < runs:  # too few members for that many pages
            continue
        at = app(page, lang="zh-CN")
        if kind.startswith("directory"):  # the profile open on arrival is cached already: never pick it as new
            used.add(json.dumps(at.selectbox(key="institution").value, sort_keys=True, default=str))
        rec.take()
        uncached, cached, floors, ran = [], [], [], []
        for _ in range(runs):
            act(at)
            t0 = time.perf_counter()
            at.run(timeout=600)
            uncached.append(time.perf_counter() - t0)
            assert not at.exception, at.exception
            calls = rec.take()
            if main_query and not any(name == main_query for name, _ in calls):
                raise AssertionError(f"{kind}: {main_query} came from a cache; the run would not be uncached")
            ran.append(len(calls))
            floors.append(replay(calls))
            t0 = time.perf_counter()
            at.run(timeout=600)  # the same parameters again: every query and figure from the caches
            cached.append(time.perf_counter() - t0)
            rec.take()
        rows.append({"interaction": kind, "runs": runs, "uncached_p50_s": statistics.median(uncached),
                     "uncached_p95_s": pct(uncached, 0.95), "cached_p50_s": statistics.median(cached),
                     "floor_p50_s": statistics.median(floors), "queries_per_run": statistics.median(ran)})

    # The by-area query alone against its fair pandas baseline, with fresh domain pairs.
    snap_dir = next(s.path for s in cat.snapshots if s.date == latest)
    duck, pandas_times = [], []
    for _ in range(max(5, runs // 2)):
        pair = tuple(fresh(pairs))
        t0 = time.perf_counter()
        floor_db.query("capacity_by_area", snapshot=day, areas=(), domains=pair, groups=(), levels=())
        duck.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        pandas_by_area(snap_dir, pair)
        pandas_times.append(time.perf_counter() - t0)
    items = floor_db.con.execute("select count(*) from qualifications where snapshot = ?", [day]).fetchone()[0]
    return {"data_dir": str(data_dir), "snapshot": latest, "items": int(items), "rows": rows,
            "by_area_duckdb_p50_s": statistics.median(duck), "by_area_pandas_p50_s": statistics.median(pandas_times)}


def ms(v: float) -> str:
    return f"{v * 1000:,.0f}"


def table(results: list[dict]) -> str:
    lines = ["| size | items (latest) | interaction | uncached p50 | uncached p95 | cached p50 | floor p50 "
             "| uncached ÷ floor | queries run |", "|" + "---|" * 9]
    for r in results:
        for i, row in enumerate(r["rows"]):
            no_query = row["queries_per_run"] == 0  # answered from cached query results: Python and Plotly only
            lines.append("| " + " | ".join([
                r.get("size", "") if i == 0 else "", f"{r['items']:,}" if i == 0 else "", row["interaction"],
                ms(row["uncached_p50_s"]), ms(row["uncached_p95_s"]), ms(row["cached_p50_s"]),
                "no query" if no_query else ms(row["floor_p50_s"]),
                "—" if no_query else f"{row['uncached_p50_s'] / row['floor_p50_s']:.1f}×",
                f"{row['queries_per_run']:g}"]) + " |")
    lines += ["", "| size | by-area query, DuckDB p50 | same in pandas (column-pruned) p50 | pandas ÷ DuckDB |",
              "|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.get('size', '')} | {ms(r['by_area_duckdb_p50_s'])} | {ms(r['by_area_pandas_p50_s'])} "
                     f"| {r['by_area_pandas_p50_s'] / r['by_area_duckdb_p50_s']:.1f}× |")
    return "\n".join(lines) + "\n"


def main() -> int:
    from alliance import config

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--size", default="alliance")
    args = parser.parse_args()
    result = measure(args.data_dir or config.data_dir(), args.runs) | {"size": args.size}
    print(table([result]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
