"""Benchmark: every page and key interaction at alliance, province and national size, in one run.

    python bench/run.py [--sizes alliance province national] [--root /tmp/alliance-scale]

Writes missing scale data under --root (outside the repository), then per size, in a fresh process (so peak RSS
is that size's alone): AppTest server-side time cold and warm, the floor (raw DuckDB time of the same queries),
a pandas baseline doing the same page computations from the Parquet files, and peak RSS. Prints a table and writes
bench/results/latest.md and latest.json. Ratios matter more than absolute times on a shared machine. Then, per size,
bench/uncached.py: each interaction with parameters nobody used before (the first click, not the repeated one), and
bench/sql.py: the SQL page's shipped saved queries through the sandbox beside their raw DuckDB floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
RESULTS = ROOT / "bench" / "results"
WARM_RUNS = 7
NO_FILTERS = {"areas": (), "domains": (), "groups": (), "levels": ()}

# The queries each page runs, with the parameters it binds (the floor).
PAGE_QUERIES = {
    "overview": [
        ("kpis_by_snapshot", {}),
        ("events_to_date", {"snapshot": None}),
        ("capacity_by_area", {"snapshot": None, **NO_FILTERS}),
        ("capacity_by_domain", {"snapshot": None}),
    ],
    "by_area": [
        ("filter_options", {"snapshot": None}),
        ("capacity_by_area", {"snapshot": None, **NO_FILTERS}),
        ("institutions_in_area", {"snapshot": None, "area_id": "shenyang", **NO_FILTERS}),
        ("domains_in_area", {"snapshot": None, "area_id": "shenyang", **NO_FILTERS}),
        ("labs_list", {"snapshot": None, **NO_FILTERS}),
    ],
    "gaps": [
        ("coverage_by_area_domain", {"snapshot": None}),
        ("service_flows", {"snapshot": None}),
        ("capacity_by_area", {"snapshot": None, **NO_FILTERS}),
        ("service_batches_by_quarter", {"snapshot": None}),
        ("one_stop_by_client_area", {"snapshot": None}),
        ("gap_fillers", {"snapshot": None, "area_id": "tieling", "domain_id": "food"}),
        ("coverage_trend_by_area", {"snapshot": None}),
    ],
}
PAGE_FILES = {"overview": "pages/overview.py", "by_area": "pages/capacity_by_area.py", "gaps": "pages/capacity_gaps.py"}


def p50(values):
    return statistics.median(values)


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def floor(db, page: str, day: dt.date) -> float:
    def run():
        for name, params in PAGE_QUERIES[page]:
            db.query(name, **{k: (day if k == "snapshot" else v) for k, v in params.items()})

    run()
    return p50([timed(run) for _ in range(WARM_RUNS)])


def pandas_overview(root: Path) -> None:
    """What an analyst would otherwise do: load the snapshots into pandas and compute the overview's figures."""
    import pandas as pd

    files = sorted((root / "snapshots").glob("snapshot=*"))
    frames = {
        t: pd.concat([pd.read_parquet(f / f"{t}.parquet").assign(snapshot=f.name[9:]) for f in files])
        for t in ("institutions", "labs", "qualifications", "experts", "services", "capacity", "areas", "domains")
    }
    inst, q = frames["institutions"], frames["qualifications"]
    inst.groupby("snapshot").agg(assets=("assets_cny", "sum"), staff=("technical_staff", "sum"))
    q.groupby("snapshot").size()
    frames["labs"].groupby(["snapshot", "level"]).size()
    frames["services"].groupby("snapshot")["batches"].sum()
    latest = files[-1].name[9:]
    ql = q[q["snapshot"] == latest].merge(inst[inst["snapshot"] == latest][["institution_id", "area_id"]])
    ql.groupby("area_id").size()
    ql.groupby("domain_id").size()


def measure(size: str, root: Path) -> dict:
    os.environ["ALLIANCE_DATA_DIR"] = str(root)
    import streamlit  # noqa: F401  (imports are not page time)
    from streamlit.testing.v1 import AppTest

    from alliance.db import Database
    from alliance.snapshots import scan

    cat = scan(root)
    latest, older = cat.dates[-1], cat.dates[0]
    rows = []

    def app(page: str) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        at.query_params["lang"] = "zh-CN"
        at.run()
        if page != "overview":
            at.switch_page(PAGE_FILES[page]).run()
        return at

    t0 = time.perf_counter()
    at = app("overview")
    cold_first = time.perf_counter() - t0
    db = Database(scan(root))
    for page in PAGE_FILES:
        cold = cold_first if page == "overview" else timed(lambda page=page: app(page))
        at = app(page)
        warm = p50([timed(at.run) for _ in range(WARM_RUNS)])
        rows.append(
            {
                "page": page,
                "interaction": "load",
                "cold_s": cold,
                "warm_p50_s": warm,
                "floor_s": floor(db, page, dt.date.fromisoformat(latest)),
            }
        )

    # Snapshot switch on the overview: first visit of the older snapshot, then back and forth.
    at = app("overview")
    first = timed(lambda: at.sidebar.selectbox(key="snapshot").set_value(older).run())
    switches = []
    for i in range(WARM_RUNS):
        target = latest if i % 2 == 0 else older
        switches.append(timed(lambda t=target: at.sidebar.selectbox(key="snapshot").set_value(t).run()))
    rows.append(
        {
            "page": "overview",
            "interaction": "snapshot switch",
            "cold_s": first,
            "warm_p50_s": p50(switches),
            "floor_s": floor(db, "overview", dt.date.fromisoformat(older)),
        }
    )

    # Filter change on the by-area page.
    at = app("by_area")
    picks = [["shenyang", "tieling"], ["anshan"], []]
    first = timed(lambda: at.multiselect(key="areas").set_value(picks[0]).run())
    changes = [timed(lambda p=picks[i % 3]: at.multiselect(key="areas").set_value(p).run()) for i in range(WARM_RUNS)]
    rows.append(
        {
            "page": "by_area",
            "interaction": "filter change",
            "cold_s": first,
            "warm_p50_s": p50(changes),
            "floor_s": floor(db, "by_area", dt.date.fromisoformat(latest)),
        }
    )

    # Threshold change on the gaps page.
    at = app("gaps")
    changes = [timed(lambda v=(60 + 10 * (i % 3)): at.slider(key="gap").set_value(v).run()) for i in range(WARM_RUNS)]
    rows.append(
        {
            "page": "gaps",
            "interaction": "threshold change",
            "cold_s": None,
            "warm_p50_s": p50(changes),
            "floor_s": floor(db, "gaps", dt.date.fromisoformat(latest)),
        }
    )

    app_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The baseline runs in its own process so its memory is not counted as the app's.
    out = subprocess.run([sys.executable, __file__, "--pandas", str(root)], capture_output=True, text=True, check=True)
    baseline = json.loads(out.stdout.strip().splitlines()[-1])
    rows[0]["pandas_s"] = baseline["seconds"]
    n_items = int(db.con.execute("select count(*) from qualifications where snapshot = ?", [latest]).fetchone()[0])
    return {
        "size": size,
        "rows": rows,
        "qualifications_latest": n_items,
        "snapshots": len(cat.dates),
        "institutions_latest": int(
            db.con.execute("select count(*) from institutions where snapshot = ?", [latest]).fetchone()[0]
        ),
        "peak_rss_mb": app_rss_mb,
        "pandas_peak_rss_mb": baseline["peak_rss_mb"],
    }


def ms(v):
    return "—" if v is None else f"{v * 1000:,.0f}"


def report(results: list[dict]) -> str:
    cpu = platform.processor() or platform.machine()
    lines = [
        f"# Benchmark ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Machine: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}. Times in ms; "
        "server-side = an AppTest run of the whole app (frame + page); floor = the page's DuckDB queries alone.",
        "",
        "| size | institutions | items (latest) | page | interaction | cold | warm p50 | floor | warm ÷ floor "
        "| pandas baseline | baseline ÷ warm | peak RSS MB: app (pandas) |",
        "|" + "---|" * 12,
    ]
    for r in results:
        for i, row in enumerate(r["rows"]):
            ratio = row["warm_p50_s"] / row["floor_s"] if row["floor_s"] else None
            base = row.get("pandas_s")
            first = i == 0
            cells = [
                r["size"] if first else "",
                str(r["institutions_latest"]) if first else "",
                f"{r['qualifications_latest']:,}" if first else "",
                row["page"],
                row["interaction"],
                ms(row["cold_s"]),
                ms(row["warm_p50_s"]),
                ms(row["floor_s"]),
                "" if ratio is None else f"{ratio:.1f}×",
                ms(base) if base else "",
                "" if base is None else f"{base / row['warm_p50_s']:.1f}×",
                f"{r['peak_rss_mb']:,.0f} ({r['pandas_peak_rss_mb']:,.0f})" if first else "",
            ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# Issue 23's targets: (what, size, how it is read from this run's results, limit, "max" or "min").
def _uncached(uncached: list[dict], size: str, kind: str) -> float | None:
    row = next((row for r in uncached if r.get("size") == size for row in r["rows"] if row["interaction"] == kind),
               None)
    return None if row is None else row["uncached_p50_s"] * 1000


def _browser_p50(side: dict, key: str, field: str = "ms") -> float | None:
    values = sorted(r[field] for r in side.get(key, []) if "error" not in r and r.get(field) is not None)
    return statistics.median(values) if values else None


def targets(results: list[dict], uncached: list[dict], browser: dict | None, load: dict | None) -> str:
    """Each target with what this run measured and whether it is met; a target whose size or tool was not run
    says so. The RSS target is read from the latest bench/load.py run (its own tool: minutes of reruns)."""
    rows = []

    def add(label, value, limit, unit, better="max", source=""):
        if value is None:
            rows.append(f"| {label} | not measured{source} | {limit:g} {unit} | — |")
            return
        met = value <= limit if better == "max" else value >= limit
        rows.append(f"| {label} | {value:,.{0 if unit == 'ms' else 2}f} {unit}{source} | "
                    f"{'≤' if better == 'max' else '≥'} {limit:g} {unit} | {'yes' if met else 'no'} |")

    add("uncached by-area filter p50, alliance (AppTest, whole app)",
        _uncached(uncached, "alliance", "by area: new domain filter"), 100, "ms")
    add("uncached by-area filter p50, national", _uncached(uncached, "national", "by area: new domain filter"), 250,
        "ms")
    add("uncached directory page p50, national", _uncached(uncached, "national", "directory: new page"), 150, "ms")
    national = next((r for r in results if r["size"] == "national"), None)
    add("peak RSS, national", national and national["peak_rss_mb"], 1536, "MB")
    by_area = next((r for r in uncached if r.get("size") == "national"), None)
    add("by-area query vs the column-pruned pandas baseline, national",
        by_area and by_area["by_area_pandas_p50_s"] / by_area["by_area_duckdb_p50_s"], 10, "×", "min")
    if browser:
        app, bare = browser["app"], browser["bare"]

        def ratio(key, field="ms"):
            a, b = _browser_p50(app, key, field), _browser_p50(bare, key, field)
            return a / b if a and b else None

        note = f" ({browser['machine']['date']})"
        add("browser: filter redraw, app ÷ bare p50", ratio("filter"), 1.5, "×", source=note)
        add("browser: slider, app ÷ bare p50", ratio("slider"), 1.5, "×", source=note)
        add("browser: tab switch p50", _browser_p50(app, "tab"), 150, "ms", source=note)
        add("browser: cold first chart, app ÷ bare p50", ratio("cold", "first_chart_ms"), 1.15, "×", source=note)
        add("browser: revisit p50", _browser_p50(app, "revisit", "first_chart_ms"), 1200, "ms", source=note)
    if load and load.get("reruns"):
        growth = load["reruns"]["growth"]
        add(f"RSS after {growth['n']:,} reruns vs after {growth['base']} (bench/load.py)", growth["growth_pct"], 10,
            "%", source=f" ({growth['rss_at_base_mb']:.0f} → {growth['rss_at_n_mb']:.0f} MB, "
                        f"{load['machine']['date']})")
    return "\n".join(["| target | measured | limit | met |", "|---|---|---|---|", *rows]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=["alliance", "province", "national"])
    parser.add_argument("--root", type=Path, default=Path("/tmp/alliance-scale"))
    parser.add_argument("--runs", type=int, default=12, help="uncached interactions per kind and size")
    parser.add_argument("--no-browser", action="store_true", help="skip bench/browser.py")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--pandas", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pandas:
        seconds = timed(lambda: pandas_overview(args.pandas))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "peak_rss_mb": rss}))
        return 0
    if args.one:
        print(json.dumps(measure(args.one, args.root / args.one)))
        return 0
    from alliance.demo.scale import write

    results, uncached, sql = [], [], []
    for size in args.sizes:
        if not (args.root / size / "snapshots").is_dir():
            print(f"generating {size} data under {args.root / size} …", file=sys.stderr)
            write(size, args.root / size)
        out = subprocess.run(
            [sys.executable, __file__, "--one", size, "--root", str(args.root)], capture_output=True, text=True
        )
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            out.check_returncode()
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        # The first click, not the repeated one (bench/uncached.py), in its own process too.
        out = subprocess.run([sys.executable, str(ROOT / "bench" / "uncached.py"), "--data-dir", str(args.root / size),
                              "--size", size, "--runs", str(args.runs)], capture_output=True, text=True)
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            out.check_returncode()
        uncached.append(json.loads(out.stdout.strip().splitlines()[-1]))
        # The SQL page's saved queries (bench/sql.py), in its own process too.
        out = subprocess.run([sys.executable, str(ROOT / "bench" / "sql.py"), "--data-dir", str(args.root / size),
                              "--size", size], capture_output=True, text=True)
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            out.check_returncode()
        sql.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"{size}: done", file=sys.stderr)
    # In the browser: bench/browser.py (cold visit, revisit, filter redraw, slider beside a bare Streamlit page).
    browser_md = ""
    if "alliance" in args.sizes and not args.no_browser:
        out = subprocess.run([sys.executable, str(ROOT / "bench" / "browser.py"), "--runs", str(min(args.runs, 10))],
                             capture_output=True, text=True)
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            out.check_returncode()
        browser_md = (RESULTS / "browser.md").read_text(encoding="utf-8").split("\n", 1)[1]
    from sql import table as sql_table
    from uncached import table as uncached_table

    browser = json.loads((RESULTS / "browser.json").read_text(encoding="utf-8")) if browser_md else None
    # The newest load test with a reruns phase: the full one (load.json) or a reruns-only run (load-reruns.json).
    loads = [json.loads(f.read_text(encoding="utf-8")) for f in (RESULTS / "load.json", RESULTS / "load-reruns.json")
             if f.exists()]
    load = max((x for x in loads if x.get("reruns")), key=lambda x: x["machine"]["date"], default=None)
    title, server = report(results).split("\n", 1)
    md = (title + "\n\n## Targets (issue 23)\n\n" + targets(results, uncached, browser, load)
          + "\n## Server side, cached (AppTest)\n" + server) + (
        "\n## The first click: uncached interactions\n\nEach interaction with parameters not used before in the "
        "process (bench/uncached.py says how that is checked), beside the same interaction repeated (cached) and the "
        "raw DuckDB time of exactly the queries it ran (floor). Times in ms.\n\n" + uncached_table(uncached)) + (
        f"\n## In the browser (bench/browser.py, alliance size)\n{browser_md}" if browser_md else "") + (
        "\n## The SQL page's saved queries (bench/sql.py)\n\nEach shipped query in queries/explore/ through the "
        "sandbox as the page runs it (a fresh locked connection per run, so uncached), beside the same SQL on a "
        "plain DuckDB connection over the same files (floor), both on one thread.\n\n" + sql_table(sql))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text(md, encoding="utf-8")
    (RESULTS / "latest.json").write_text(
        json.dumps({"results": results, "uncached": uncached, "sql": sql}, indent=2),
        encoding="utf-8"
    )
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
