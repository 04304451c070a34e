"""Faults while serving. An open session keeps working, with no stack trace, when snapshots are deleted, damaged,
replaced or published under it, when a file has an extra or missing column or a newer manifest, and when the data
folder is missing, empty or unwritable; a publish that runs out of disk leaves nothing behind."""
import datetime as dt
import errno
import json
import os
import shutil
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import streamlit as st
from conftest import DATA, DATES, LATEST, OLDEST, run_page
from test_pages import PAGES
from test_snapshots import tables_of

from alliance import config, i18n
from alliance import db as db_mod
from alliance import snapshots as snap_mod
from alliance.snapshots import scan, sha256_file, write_snapshot

PREVIOUS = DATES[-2]
SCAN_TTL = 2.1  # data.catalog() rescans every 2 s


def rows(date: str, table: str = "qualifications") -> int:
    return pq.read_metadata(DATA / "snapshots" / f"snapshot={date}" / f"{table}.parquet").num_rows


def items_shown(at) -> str:
    return next(m.value for m in at.metric if m.label == "Qualification items")


def sidebar_warnings(at) -> str:
    return "\n".join(w.value for w in at.sidebar.warning)


def new_queries() -> None:
    """The next rerun asks DuckDB again, as a user's next new filter would, instead of reading cached answers."""
    st.cache_data.clear()


@pytest.fixture
def session(data_copy):
    at = run_page(lang="en")
    assert not at.exception and items_shown(at) == f"{rows(LATEST):,}"
    return at


def test_snapshot_deleted_under_an_open_session(session, data_copy):
    shutil.rmtree(data_copy / "snapshots" / f"snapshot={LATEST}")
    new_queries()
    session.run()
    assert not session.exception
    assert session.session_state["snapshot"] == PREVIOUS and items_shown(session) == f"{rows(PREVIOUS):,}"
    assert [t.value for t in session.toast] == [i18n.t("data.changed", "en")]


def test_snapshot_truncated_under_an_open_session(session, data_copy):
    path = data_copy / "snapshots" / f"snapshot={LATEST}" / "qualifications.parquet"
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)
    new_queries()
    session.run()
    assert not session.exception
    assert session.session_state["snapshot"] == PREVIOUS and items_shown(session) == f"{rows(PREVIOUS):,}"
    assert i18n.t("problem.hash_mismatch", "en") in sidebar_warnings(session)


def test_snapshot_replaced_under_an_open_session(session, data_copy):
    write_snapshot(data_copy, LATEST, tables_of(OLDEST), source="ingest", replace=True)
    new_queries()
    session.run()
    assert not session.exception
    time.sleep(SCAN_TTL)
    session.run()
    assert not session.exception and items_shown(session) == f"{rows(OLDEST):,}"
    assert sidebar_warnings(session) == ""
    assert len(snap_mod.retired(data_copy)) == 1  # the replaced one, kept aside for a day


def test_snapshot_published_while_sessions_run(session, data_copy):
    base = data_copy / "snapshots"
    in_progress = base / ".tmp-snapshot=2022-09-30-0a1b2c3d"
    shutil.copytree(base / f"snapshot={LATEST}", in_progress)
    os.utime(in_progress)
    time.sleep(SCAN_TTL)
    session.run()
    assert not session.exception and sidebar_warnings(session) == ""  # no warning about a publish in progress
    shutil.rmtree(in_progress)
    write_snapshot(data_copy, "2022-09-30", tables_of(LATEST), source="ingest")
    time.sleep(SCAN_TTL)
    session.run()
    assert not session.exception and sidebar_warnings(session) == ""
    assert session.selectbox(key="snapshot").options[0] == "30 Sep 2022 (latest)"


def rewrite(folder, table: str, change) -> None:
    """Rewrite one table's file and keep the manifest consistent with it, as another tool publishing it would."""
    path = folder / f"{table}.parquet"
    new = change(pq.read_table(path))
    pq.write_table(new, path)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["tables"][table] = {"rows": new.num_rows, "sha256": sha256_file(path)}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_extra_column_is_served(session, data_copy):
    folder = data_copy / "snapshots" / f"snapshot={LATEST}"
    rewrite(folder, "institutions", lambda t: t.append_column("note", pa.array(["**x**"] * t.num_rows)))
    assert LATEST in scan(data_copy).dates
    time.sleep(SCAN_TTL)
    new_queries()
    session.run()
    assert not session.exception and items_shown(session) == f"{rows(LATEST):,}" and sidebar_warnings(session) == ""


def test_missing_column_is_not_served(session, data_copy):
    folder = data_copy / "snapshots" / f"snapshot={LATEST}"
    rewrite(folder, "institutions", lambda t: t.drop_columns(["assets_cny"]))
    cat = scan(data_copy)
    assert LATEST not in cat.dates
    assert [(p.reason, p.detail) for p in cat.problems] == [("missing_columns", "institutions.parquet: assets_cny")]
    time.sleep(SCAN_TTL)
    session.run()
    assert not session.exception and session.session_state["snapshot"] == PREVIOUS
    assert i18n.t("problem.missing_columns", "en") in sidebar_warnings(session)


def test_manifest_from_a_newer_schema_is_not_served(session, data_copy):
    path = data_copy / "snapshots" / f"snapshot={LATEST}" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**manifest, "schema_version": 99}), encoding="utf-8")
    time.sleep(SCAN_TTL)
    session.run()
    assert not session.exception and session.session_state["snapshot"] == PREVIOUS
    assert i18n.t("problem.schema_newer", "en") in sidebar_warnings(session)


@pytest.mark.parametrize("state", ["missing", "empty"])
@pytest.mark.parametrize("page", PAGES)
def test_no_data_folder_explains_how_to_make_one(tmp_path, monkeypatch, state, page):
    root = tmp_path / "data"
    if state == "empty":
        (root / "snapshots").mkdir(parents=True)
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(root))
    at = run_page(page, lang="en")
    assert not at.exception
    assert "python -m alliance demo" in " ".join(i.value for i in at.info), page


def test_unwritable_data_folder_still_serves_search(data_copy):
    # Root ignores permissions, so "cannot write" is made certain: `derived` is a file, where the search index
    # folder would go. The index then goes to the temporary folder.
    shutil.rmtree(data_copy / "derived", ignore_errors=True)
    (data_copy / "derived").write_text("not a folder")
    at = run_page("pages/capability_search.py", lang="en", q="GB/T 20769")
    assert not at.exception
    assert any(len(df.value) for df in at.dataframe)


def test_disk_full_during_publish_leaves_nothing(data_copy, monkeypatch):
    before = {p.relative_to(data_copy): p.read_bytes() for p in sorted(data_copy.rglob("*")) if p.is_file()}
    real = pq.write_table
    calls = []

    def filling_up(table, where, **kw):
        calls.append(where)
        if len(calls) == 3:  # the disk fills up partway through the third file
            with open(where, "wb") as f:
                f.write(b"PAR1" + b"\0" * 1000)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(where))
        return real(table, where, **kw)

    monkeypatch.setattr(snap_mod.pq, "write_table", filling_up)
    for date, replace in ((LATEST, True), ("2022-09-30", False)):
        calls.clear()
        with pytest.raises(OSError) as err:
            write_snapshot(data_copy, date, tables_of(OLDEST), source="ingest", replace=replace)
        assert err.value.errno == errno.ENOSPC
        after = {p.relative_to(data_copy): p.read_bytes() for p in sorted(data_copy.rglob("*")) if p.is_file()}
        assert after == before  # no half snapshot, no hidden folder, no byte of another snapshot changed
        assert scan(data_copy).dates == DATES


SLOW_SQL = "select count(*) as n from range(100000000000)"  # minutes of work: only an interrupt ends it in time


def slow(name: str, real=db_mod.load_sql):
    return SLOW_SQL if name == "kpis_by_snapshot" else real(name)


def test_runaway_query_is_stopped(monkeypatch):
    monkeypatch.setattr(db_mod, "load_sql", slow)
    db = db_mod.Database(scan(DATA), {"threads": "1", "memory_limit": "512MB"}, timeout_s=0.3)
    assert db.con.execute("select current_setting('threads')").fetchone() == (1,)
    started = time.perf_counter()
    with pytest.raises(db_mod.QueryTimeout):
        db.query("kpis_by_snapshot")
    assert time.perf_counter() - started < 10
    assert len(db.query("capacity_by_domain", snapshot=dt.date.fromisoformat(LATEST))) > 0  # the connection lives on


def test_runaway_query_on_a_page_says_so(data_copy, monkeypatch):
    monkeypatch.setattr(db_mod, "load_sql", slow)
    monkeypatch.setenv("ALLIANCE_QUERY_TIMEOUT_S", "0.3")
    at = run_page(lang="en")
    assert not at.exception
    assert [e.value for e in at.error] == [i18n.t("data.timeout", "en")]


def test_duckdb_settings_come_from_the_environment_or_the_data_folder(tmp_path, monkeypatch):
    for env in ("ALLIANCE_DUCKDB_MEMORY_LIMIT", "ALLIANCE_DUCKDB_THREADS", "ALLIANCE_QUERY_TIMEOUT_S"):
        monkeypatch.delenv(env, raising=False)
    assert config.duckdb_settings(tmp_path) == {} and config.query_timeout_seconds(tmp_path) == 30
    (tmp_path / "alliance.toml").write_text('[duckdb]\nmemory_limit = "1GB"\nthreads = 2\nquery_timeout_s = 5\n')
    assert config.duckdb_settings(tmp_path) == {"memory_limit": "1GB", "threads": "2"}
    assert config.query_timeout_seconds(tmp_path) == 5
    monkeypatch.setenv("ALLIANCE_DUCKDB_THREADS", "1")
    monkeypatch.setenv("ALLIANCE_QUERY_TIMEOUT_S", "not a number")
    assert config.duckdb_settings(tmp_path)["threads"] == "1" and config.query_timeout_seconds(tmp_path) == 30
