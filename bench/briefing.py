"""Briefing export time: build the joint meeting's deck for the latest snapshot (against the one before) and write it
as PPTX and as HTML, in both languages; median of the rounds. Prints a table and writes bench/results/briefing.md.

    python bench/briefing.py [DATA_DIR] [--rounds N]     (default: the bundled demo data, 5 rounds)

"build" is everything from the data directory to the deck (scan and check the snapshots, open DuckDB, run the
queries); "pptx" and "html" are the exports of that deck; "build + pptx" is what `python -m alliance briefing`
does after start-up. Target: build + pptx < 3 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alliance import config  # noqa: E402
from alliance.briefing import export  # noqa: E402
from alliance.snapshots import scan  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGET_S = 3.0


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", nargs="?", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    root = args.data_dir or config.data_dir()
    dates = scan(root).dates
    snapshot, base = dates[-1], dates[-2]
    export.briefing_bytes(export.build_from_root(root, snapshot, base, "zh-CN"), "html")  # imports, plotly.js read

    rows = []
    for lang in ("zh-CN", "en"):
        runs = {"build": [], "pptx": [], "html": [], "build + pptx": []}
        sizes = {}
        for _ in range(args.rounds):
            deck, t_build = timed(lambda lang=lang: export.build_from_root(root, snapshot, base, lang))
            pptx, t_pptx = timed(lambda deck=deck: export.briefing_bytes(deck, "pptx"))
            html, t_html = timed(lambda deck=deck: export.briefing_bytes(deck, "html"))
            runs["build"].append(t_build)
            runs["pptx"].append(t_pptx)
            runs["html"].append(t_html)
            runs["build + pptx"].append(t_build + t_pptx)
            sizes = {"pptx": len(pptx), "html": len(html), "slides": len(deck.slides)}
        rows.append((lang, {k: statistics.median(v) for k, v in runs.items()}, sizes))

    cli = []  # the whole command, Python start-up and imports included
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(3):
            _, took = timed(lambda: subprocess.run(
                [sys.executable, "-m", "alliance", "briefing", "--snapshot", snapshot, "--data-dir", str(root),
                 "--out", str(Path(tmp) / "b.pptx")], cwd=ROOT, check=True, capture_output=True))
            cli.append(took)

    shown = root.relative_to(ROOT) if root.is_relative_to(ROOT) else root
    machine = f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
    lines = [f"# Briefing export benchmark ({dt.datetime.now(dt.UTC).isoformat(timespec='seconds')})", "",
             f"Machine: {machine}.",
             f"Data: {shown} — snapshot {snapshot} compared with {base}. "
             f"Median of {args.rounds} rounds, in seconds.",
             "", "| language | slides | build | pptx | html | build + pptx | target | PPTX size | HTML size |",
             "|---|---|---|---|---|---|---|---|---|"]
    for lang, med, size in rows:
        lines.append(f"| {lang} | {size['slides']} | {med['build']:.2f} | {med['pptx']:.2f} | {med['html']:.2f} | "
                     f"{med['build + pptx']:.2f} | < {TARGET_S:.0f} | {size['pptx'] / 1024:,.0f} KB | "
                     f"{size['html'] / 1024 / 1024:,.1f} MB |")
    lines += ["", f"`python -m alliance briefing --snapshot {snapshot} --out FILE.pptx`, wall time with Python "
              f"start-up and imports: {statistics.median(cli):.2f} s (median of 3).",
              "", "The HTML carries plotly.js (about 4.6 MB) inline, once, so it opens offline."]
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "briefing.md").write_text(text, encoding="utf-8")
    return 0 if all(med["build + pptx"] < TARGET_S for _, med, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
