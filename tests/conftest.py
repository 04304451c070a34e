"""Shared fixtures. Expected figures are computed here straight from the Parquet files, never via the app."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SNAPSHOT_DIRS = sorted(p for p in (DATA / "snapshots").glob("snapshot=*") if p.is_dir())
DATES = [p.name.split("=", 1)[1] for p in SNAPSHOT_DIRS]
OLDEST, LATEST = DATES[0], DATES[-1]


def read(table: str, snapshot: str = LATEST, columns: list[str] | None = None) -> pd.DataFrame:
    return pq.read_table(DATA / "snapshots" / f"snapshot={snapshot}" / f"{table}.parquet", columns=columns).to_pandas()


def manifest(snapshot: str) -> dict:
    return json.loads((DATA / "snapshots" / f"snapshot={snapshot}" / "manifest.json").read_text(encoding="utf-8"))


# What a running app adds to its data folder (logs, returns in review, set-aside snapshots): not part of the demo,
# and left behind in data/ by a local run of the app, so a copy for a test starts without it.
RUNTIME_STATE = ("audit", "returns", ".retired")


def copy_demo(dest: Path, *also_ignore: str) -> Path:
    """The bundled demo data copied to `dest`, without the state a running app leaves beside it."""
    shutil.copytree(DATA, dest, ignore=shutil.ignore_patterns(*RUNTIME_STATE, *also_ignore))
    return dest


@pytest.fixture
def data_copy(tmp_path, monkeypatch) -> Path:
    """A private copy of the demo data, served by the app through ALLIANCE_DATA_DIR."""
    root = copy_demo(tmp_path / "data")
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(root))
    return root


def run_page(page: str | None = None, /, **query):
    """The app under AppTest with URL parameters, switched to `page` (a path under pages/) after the first run.
    `page` is positional only, so a URL parameter named `page` is just another parameter."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page and page != "pages/overview.py":
        at.switch_page(page).run()
    return at


def table_with(at, column: str) -> pd.DataFrame:
    """The shown table that has this column (display tables carry no key in AppTest)."""
    return next(df.value for df in at.dataframe if column in df.value.columns)


@pytest.fixture(scope="session")
def demo():
    """One connection over the demo snapshots, for tests that only read."""
    from alliance.db import Database
    from alliance.snapshots import scan

    db = Database(scan(DATA))
    yield db
    db.close()


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """The benchmark generator's alliance size: other institutions, domains and counts than the demo's."""
    from alliance.db import Database
    from alliance.demo.scale import write
    from alliance.snapshots import scan

    root = tmp_path_factory.mktemp("scale")
    write("alliance", root)
    db = Database(scan(root))
    yield db
    db.close()
