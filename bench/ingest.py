"""Ingest throughput: every demo member workbook (about 48,000 qualification rows) validated and published.

    python bench/ingest.py [--rounds 3]

Exports the latest demo snapshot's workbooks once (timed apart), then ingests all member workbooks into a fresh
copy of the demo data as of the next quarter end, `--rounds` times, and reports the phases (read, validate,
publish) and the whole, median of the rounds. Writes bench/results/ingest.md and ingest.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alliance import config  # noqa: E402
from alliance.ingest import export_workbooks, ingest  # noqa: E402
from alliance.snapshots import scan  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
TARGET_S = 10.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    source = config.data_dir()
    latest = scan(source).snapshots[-1]
    as_of = (dt.date.fromisoformat(latest.date) + dt.timedelta(days=92)).isoformat()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        files = export_workbooks(latest, tmp / "workbooks")
        export_s = time.perf_counter() - t0
        members = [f for f in files if "_member_" in f.name]
        size_mb = sum(f.stat().st_size for f in members) / (1 << 20)
        for rnd in range(args.rounds):
            root = tmp / f"data{rnd}"
            shutil.copytree(source, root)
            t0 = time.perf_counter()
            result = ingest(members, as_of, root)
            total = time.perf_counter() - t0
            assert result.ok and result.published, result.report.summary("en")
            rows.append({**result.seconds, "total": total, "items": len(result.tables["qualifications"])})
    med = {k: statistics.median(r[k] for r in rows) for k in ("read", "validate", "publish", "total")}
    out = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "arch": platform.machine(), "python": platform.python_version()},
        "workbooks": len(members), "megabytes": round(size_mb, 1), "qualification_rows": rows[0]["items"],
        "export_seconds": round(export_s, 2), "rounds": rows, "median_seconds": med, "target_seconds": TARGET_S,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(out, indent=2), encoding="utf-8")
    md = [f"# Ingest benchmark ({out['when']})", "",
          f"Machine: {out['machine']['cores']} cores, {out['machine']['arch']}, Python {out['machine']['python']}.",
          f"Input: {len(members)} member workbooks ({size_mb:.1f} MB) exported from snapshot {latest.date}, "
          f"ingested as of {as_of} into a copy of the demo data (the snapshot of {latest.date} is the base); "
          f"{rows[0]['items']:,} qualification rows in the result. Median of {args.rounds} rounds, in seconds.", "",
          "| read (openpyxl, read-only) | validate | publish | total | target |", "|---|---|---|---|---|",
          f"| {med['read']:.2f} | {med['validate']:.2f} | {med['publish']:.2f} | {med['total']:.2f} | "
          f"< {TARGET_S:.0f} |", "",
          f"Writing the workbooks (`export-workbooks`, secretariat + {len(members)} members): {export_s:.1f} s."]
    (RESULTS / "ingest.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))
    return 0 if med["total"] < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
