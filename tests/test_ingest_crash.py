"""An ingest killed (SIGKILL) at random moments while publishing never leaves a snapshot the reader would serve
that is not complete and valid, and never changes another snapshot's bytes."""
import hashlib
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DATA, LATEST, ROOT, copy_demo

from alliance.ingest.templates import read_tables, workbook_bytes
from alliance.schema import TABLES
from alliance.snapshots import scan

NEW = "2022-09-30"
TRIALS = 12  # per scenario; two scenarios
MAX_TRIALS = 40  # a run slower than the timed one can miss one side of the window at first: aim there, then stop


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(root).parts)}


def served_tables(root: Path, date: str) -> dict[str, str] | None:
    snap = scan(root).get(date)
    if snap is None:
        return None
    return {t: hashlib.sha256(snap.file(t).read_bytes()).hexdigest() for t in TABLES}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The secretariat's and one member's workbooks, the member's assets changed so the result differs."""
    import openpyxl

    folder = tmp_path_factory.mktemp("inputs")
    snap = scan(DATA).get(LATEST)
    tables = read_tables(snap)
    sec = folder / "secretariat.xlsx"
    sec.write_bytes(workbook_bytes("secretariat", tables, snapshot=LATEST))
    member = folder / "sy_metrology.xlsx"
    member.write_bytes(workbook_bytes("member", tables, institution_id="sy_metrology", snapshot=LATEST))
    wb = openpyxl.load_workbook(member)
    wb["机构概况 (institutions)"]["B2"] = 61_000_000
    wb.save(member)
    # Joined in the replaced quarter, so the base (the quarter before) holds no profile of it.
    joined = folder / "ly_food.xlsx"
    joined.write_bytes(workbook_bytes("member", tables, institution_id="ly_food", snapshot=LATEST))
    return [sec, member, joined]


def ingest_cmd(root: Path, as_of: str, files, replace: bool) -> list[str]:
    return [sys.executable, "-m", "alliance", "ingest", "--as-of", as_of, "--data-dir", str(root),
            *(["--replace"] if replace else []), *map(str, files)]


def publishing_window(root: Path, cmd, as_of: str) -> float:
    """Seconds from the hidden folder's appearance to the finished snapshot's, in an undisturbed run."""
    base = root / "snapshots"
    final = base / f"snapshot={as_of}"
    before = final.stat().st_ino if final.exists() else None
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = end = None
    while proc.poll() is None and end is None:
        if start is None and any(p.name.startswith(".tmp-") for p in base.iterdir()):
            start = time.perf_counter()
        if start is not None and final.exists() and final.stat().st_ino != before:
            end = time.perf_counter()
        time.sleep(0.0005)
    assert proc.wait() == 0 and start is not None
    return (end or time.perf_counter()) - start


@pytest.mark.parametrize("scenario", ["new", "replace"])
def test_sigkill_while_publishing(scenario, inputs, tmp_path):
    pristine = tmp_path / "pristine"
    copy_demo(pristine)
    root = tmp_path / "data"
    as_of, replace = (NEW, False) if scenario == "new" else (LATEST, True)

    # The complete result, from an undisturbed run in its own folder.
    ref = tmp_path / "ref"
    shutil.copytree(pristine, ref)
    cmd_ref = ingest_cmd(ref, as_of, inputs, replace)
    if replace:
        shutil.rmtree(ref / "snapshots" / f"snapshot={as_of}")  # time a write of the same size
        shutil.copytree(pristine / "snapshots" / f"snapshot={as_of}", ref / "snapshots" / f"snapshot={as_of}")
    window = publishing_window(ref, cmd_ref, as_of)
    complete = served_tables(ref, as_of)
    before_target = served_tables(pristine, as_of)  # None for a new date
    assert complete and complete != before_target

    rng = random.Random(20221)
    outcomes = {"old": 0, "new": 0}
    for trial in range(MAX_TRIALS):
        if trial >= TRIALS and outcomes["old"] and outcomes["new"]:
            break
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(pristine, root)
        others = {k: v for k, v in tree(root).items() if not k.startswith((f"snapshots/snapshot={as_of}/", "audit/"))}
        proc = subprocess.Popen(ingest_cmd(root, as_of, inputs, replace), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if trial < TRIALS or (outcomes["old"] and outcomes["new"]):
            delay = rng.uniform(0, window * 1.2)
        elif not outcomes["new"]:  # every kill landed before the rename: aim later
            delay = rng.uniform(window * 0.8, window * 3)
        else:
            delay = rng.uniform(0, window * 0.5)
        while proc.poll() is None and not any(p.name.startswith(".tmp-") for p in (root / "snapshots").iterdir()):
            time.sleep(0.0005)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()

        cat = scan(root)
        got = served_tables(root, as_of)
        assert got in (before_target, complete), "a served snapshot is neither the old one nor the complete new one"
        outcomes["new" if got == complete else "old"] += 1
        assert set(cat.dates) >= {d for d in scan(pristine).dates if d != as_of} | ({as_of} if replace else set())
        after = {k: v for k, v in tree(root).items() if not k.startswith((f"snapshots/snapshot={as_of}/", "audit/"))}
        assert after == others, "a file of another snapshot changed"
    print(f"{scenario}: publishing took {window * 1000:.0f} ms; outcomes after SIGKILL {outcomes}")
    # Both outcomes occurred, so the kills really landed inside the publishing window.
    assert outcomes["old"] and outcomes["new"], outcomes
