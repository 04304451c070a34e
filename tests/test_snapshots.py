"""Publishing is atomic; broken snapshots are skipped with a reason while the rest is served."""
import json
import os
import shutil
import time

import pyarrow.parquet as pq
import pytest
from conftest import DATA, LATEST, OLDEST

from alliance import snapshots as snap_mod
from alliance.db import Database
from alliance.schema import TABLES
from alliance.snapshots import SnapshotExists, scan, sha256_file, write_snapshot


def tables_of(snapshot: str) -> dict:
    return {t: pq.read_table(DATA / "snapshots" / f"snapshot={snapshot}" / f"{t}.parquet") for t in TABLES}


def tree_bytes(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_and_read_back(tmp_path):
    path = write_snapshot(tmp_path, "2022-09-30", tables_of(LATEST), source="ingest")
    cat = scan(tmp_path)
    assert cat.dates == ["2022-09-30"] and not cat.problems
    m = json.loads((path / "manifest.json").read_text())
    assert m["source"] == "ingest" and m["tables"]["qualifications"]["rows"] == 48_024


def test_existing_snapshot_is_never_overwritten_silently(data_copy):
    before = tree_bytes(data_copy)
    with pytest.raises(SnapshotExists):
        write_snapshot(data_copy, LATEST, tables_of(OLDEST), source="ingest")
    assert tree_bytes(data_copy) == before


def test_crash_mid_write_leaves_nothing(data_copy, monkeypatch):
    before = tree_bytes(data_copy)
    calls = {"n": 0}
    real = pq.write_table

    def failing(table, where, **kw):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError("disk full")
        return real(table, where, **kw)

    monkeypatch.setattr(snap_mod.pq, "write_table", failing)
    with pytest.raises(OSError):
        write_snapshot(data_copy, "2022-09-30", tables_of(LATEST), source="ingest")
    with pytest.raises(OSError):
        calls["n"] = 0
        write_snapshot(data_copy, LATEST, tables_of(OLDEST), source="ingest", replace=True)
    assert tree_bytes(data_copy) == before
    assert not [p for p in (data_copy / "snapshots").iterdir() if p.name.startswith(".")]


def test_replace_is_explicit_and_complete(data_copy):
    write_snapshot(data_copy, LATEST, tables_of(OLDEST), source="ingest", replace=True)
    cat = scan(data_copy)
    assert LATEST in cat.dates and not cat.problems
    assert cat.get(LATEST).manifest["tables"]["qualifications"]["rows"] < 48_024


def break_snapshot(root, date, how):
    folder = root / "snapshots" / f"snapshot={date}"
    if how == "missing_file":
        (folder / "experts.parquet").unlink()
    elif how == "hash_mismatch":
        with open(folder / "labs.parquet", "r+b") as f:
            f.seek(40)
            f.write(b"\x00\x01\x02")
    elif how == "corrupt_file":
        # A damaged file whose manifest was (wrongly) rewritten to match: the footer check catches it.
        path = folder / "events.parquet"
        path.write_bytes(path.read_bytes()[:-20])
        m = json.loads((folder / "manifest.json").read_text())
        m["tables"]["events"]["sha256"] = sha256_file(path)
        (folder / "manifest.json").write_text(json.dumps(m))
    elif how == "no_manifest":
        (folder / "manifest.json").unlink()
    return folder.name


@pytest.mark.parametrize("how", ["missing_file", "hash_mismatch", "corrupt_file", "no_manifest"])
def test_broken_snapshot_is_skipped(data_copy, how):
    name = break_snapshot(data_copy, "2021-09-30", how)
    cat = scan(data_copy)
    assert "2021-09-30" not in cat.dates and len(cat.dates) == 5
    assert [(p.folder, p.reason) for p in cat.problems] == [(name, how)]
    db = Database(cat)
    assert len(db.query("kpis_by_snapshot")) == 5


def test_publish_in_progress_is_silent_and_an_interrupted_one_is_reported(data_copy):
    hidden = data_copy / "snapshots" / ".tmp-snapshot=2022-09-30-abcd1234"
    shutil.copytree(data_copy / "snapshots" / f"snapshot={LATEST}", hidden)
    os.utime(hidden)  # being written now
    cat = scan(data_copy)
    assert "2022-09-30" not in cat.dates and len(cat.dates) == 6
    assert cat.problems == []  # every user would otherwise see a warning during each publish
    long_ago = time.time() - snap_mod.STALE_TMP_SECONDS - 60
    os.utime(hidden, (long_ago, long_ago))
    assert [(p.folder, p.reason) for p in scan(data_copy).problems] == [(hidden.name, "interrupted")]


def test_replaced_snapshot_is_kept_aside_then_swept(data_copy):
    old = tree_bytes(data_copy / "snapshots" / f"snapshot={LATEST}")
    write_snapshot(data_copy, LATEST, tables_of(OLDEST), source="ingest", replace=True)
    [kept] = snap_mod.retired(data_copy)
    assert tree_bytes(kept) == old  # byte for byte: it can be restored
    assert scan(data_copy).problems == [] and len(scan(data_copy).dates) == 6
    assert snap_mod.sweep_retired(data_copy) == []  # young: kept
    assert snap_mod.sweep_retired(data_copy, now=time.time() + snap_mod.RETIRED_KEEP_SECONDS + 1) == [kept]
    assert not kept.exists() and snap_mod.retired(data_copy) == []


def test_no_snapshots_at_all(tmp_path):
    cat = scan(tmp_path)
    assert cat.dates == [] and cat.problems == []
    assert Database(cat).query("kpis_by_snapshot").empty


def test_the_verified_memo_forgets_replaced_files(data_copy):
    scan(data_copy)
    mine = lambda: {k for k in snap_mod._verified if k[0].startswith(str(data_copy))}  # noqa: E731
    before = mine()
    assert len(before) == 6 * len(TABLES)
    for _ in range(3):
        write_snapshot(data_copy, LATEST, tables_of(OLDEST), source="ingest", replace=True)
        scan(data_copy)
    assert len(mine()) == len(before)  # not one more entry per replacement


def test_demo_manifests_record_no_members_and_read_as_all_demo():
    """The bundled demo's manifests stay as generated (no provenance of members); every member of them is demo."""
    cat = scan(DATA)
    assert cat.snapshots
    for s in cat.snapshots:
        assert s.source == "demo" and "members" not in s.manifest.get("provenance", {})
        origins = cat.origins(s.date)
        assert origins.has_demo and not origins.submitted and not origins.carried
        assert origins.secretariat == "demo" and origins.of("sy_lead") == "demo"
