"""Import of a 4,000-item CMA annex (issue 22 asks under 5 s): the largest demo institution's first 4,000 items
exported as .xlsx and .docx, then imported as a dry run (read, diff, the ingest's validation of the whole
snapshot) and as a publish into a temporary copy of data/. Prints seconds per phase, best of three.

    .venv/bin/python bench/annex.py
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliance.annex import writer  # noqa: E402
from alliance.annex.importer import import_annex  # noqa: E402
from alliance.snapshots import scan  # noqa: E402

N = 4000


def main() -> None:
    snap = scan(ROOT / "data").snapshots[-1]
    q = pq.read_table(snap.file("qualifications")).to_pandas()
    inst = q["institution_id"].value_counts().index[0]
    part = q[q["institution_id"] == inst].sort_values("qualification_id").head(N)
    sections = writer.layout(part, pq.read_table(snap.file("domains")).to_pandas())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "data"
        shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("derived", "geo"))
        for kind in ("xlsx", "docx"):
            path = tmp / f"annex.{kind}"
            path.write_bytes(writer.xlsx_bytes(sections) if kind == "xlsx" else writer.docx_bytes(sections, inst))
            runs = []
            for _ in range(3):
                clock = time.perf_counter()
                result = import_annex(path, inst, data, as_of="2099-12-31", dry_run=True)
                runs.append((time.perf_counter() - clock, result.seconds))
            assert result.ok and result.diff.counts()["unchanged"] == N, result.report.problems[:3]
            best, phases = min(runs, key=lambda r: r[0])
            print(f"{kind}: {N:,} items, dry run {best:.2f} s ("
                  + ", ".join(f"{k} {v:.2f}" for k, v in phases.items()) + ")")
            clock = time.perf_counter()
            result = import_annex(path, inst, data, as_of=f"2099-0{1 if kind == 'xlsx' else 2}-01")
            assert result.published is not None
            print(f"{kind}: publish {time.perf_counter() - clock:.2f} s")


if __name__ == "__main__":
    main()
