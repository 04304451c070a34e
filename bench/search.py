"""Capability search latency: p50 and p95 of the search query over typical inputs, on one snapshot.

Inputs of every kind: whole codes (full-width, with and without year), a code's parts, families alone, product and
parameter names in Chinese and English, domain names in both languages, and a miss. The slowest input is named.

    python bench/search.py [DATA_DIR]      (default: the bundled demo data)
"""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alliance import config  # noqa: E402
from alliance.db import Database  # noqa: E402
from alliance.search import normalize  # noqa: E402
from alliance.snapshots import scan  # noqa: E402
from alliance.ui.paging import PAGE_ROWS  # noqa: E402

QUERIES = ["ＧＢ／Ｔ　２２５８９", "GB/T 22589-2008", "gbt 5009.12", "JJG 1033", "GB 5009", "JJG", "HJ",
           "镁碳砖", "显气孔率", "电磁流量计", "apparent porosity", "铅", "salmonella", "曳引驱动乘客电梯", "食品",
           "Water quality", "no such item"]


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else config.data_dir()
    cat = scan(root)
    db = Database(cat)
    day = dt.date.fromisoformat(cat.dates[-1])
    times, by_query = [], {raw: [] for raw in QUERIES}
    for rnd in range(6):
        for i, raw in enumerate(QUERIES):
            q = normalize(raw)
            near = ("shenyang", "tieling", "fuxin")[i % 3]
            t0 = time.perf_counter()
            db.query("capability_search", snapshot=day, near_area_id=near, areas=(), domains=(),
                     page_rows=PAGE_ROWS, page_offset=0, **q.params())  # the page's first page
            if rnd:  # the first round warms DuckDB's metadata caches
                times.append(time.perf_counter() - t0)
                by_query[raw].append(times[-1])
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    items = db.con.execute("select count(*) from qualifications where snapshot = ?", [day]).fetchone()[0]
    print(f"capability search on {root} ({items:,} items in {cat.dates[-1]}): {len(times)} searches, "
          f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
    slowest = max(QUERIES, key=lambda raw: statistics.median(by_query[raw]))
    print(f"slowest input: {slowest!r}, p50 {statistics.median(by_query[slowest]) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
