"""Every queries/*.sql runs against the demo data, and what they return equals pandas' own computation."""
import datetime as dt

import duckdb
import expected
import pytest
from conftest import DATA, DATES, LATEST, OLDEST

from alliance.db import Database, query_names, query_params
from alliance.snapshots import scan

PARAMS = {"snapshot": dt.date.fromisoformat(LATEST), "area_id": "tieling", "domain_id": "food", "areas": (),
          "domains": (), "groups": (), "levels": (), "institution_id": "sy_metrology", "ownership": (), "search": "",
          "title": "", "text": "", "code": "GBT22589", "code_has_year": False, "near_area_id": "tieling",
          "word_stems": (), "text_stems": (), "base": dt.date.fromisoformat(DATES[-2]), "sort": "items",
          "page_rows": None, "page_offset": 0}


@pytest.fixture(scope="module")
def db():
    database = Database(scan(DATA))
    yield database
    database.close()


@pytest.mark.parametrize("name", query_names())
def test_query_runs(db, name):
    assert query_params(name) <= PARAMS.keys(), f"add a test value for {query_params(name) - PARAMS.keys()}"
    df = db.query(name, **PARAMS)
    assert len(df) > 0


@pytest.mark.parametrize("name", query_names())
def test_query_file_style(name):
    from alliance.db import load_sql

    sql = load_sql(name)
    assert sql.startswith("-- "), "open with a one-line comment saying what it returns"
    assert "{" not in sql.split("\n", 1)[1], "no Python formatting placeholders in SQL"


@pytest.mark.parametrize("snapshot", [OLDEST, LATEST])
def test_kpis_by_snapshot(db, snapshot):
    df = db.query("kpis_by_snapshot")
    assert [str(d)[:10] for d in df["snapshot"]] == DATES
    row = df[df["snapshot"].astype(str).str[:10] == snapshot].iloc[0]
    for col, value in expected.kpis(snapshot).items():
        assert int(row[col]) == value, col


@pytest.mark.parametrize("snapshot", [OLDEST, DATES[3], LATEST])
def test_capacity_by_area(db, snapshot):
    got = db.query("capacity_by_area", snapshot=dt.date.fromisoformat(snapshot), areas=(), domains=(), groups=(),
                   levels=()).set_index("area_id")
    want = expected.by_area(snapshot)
    assert sorted(got.index) == sorted(want.index)
    for col in ["institution_count", "technical_staff_count", "assets_cny", "qualification_count",
                "annual_capacity_batches"]:
        assert got[col].astype(int).to_dict() == want[col].astype(int).to_dict(), col
    per_10k = want["qualification_count"] * 10000 / want["population"]
    for area, value in per_10k.dropna().items():
        assert got.loc[area, "items_per_10k_residents"] == pytest.approx(value)


@pytest.mark.parametrize("snapshot", [OLDEST, LATEST])
def test_capacity_by_domain(db, snapshot):
    got = db.query("capacity_by_domain", snapshot=dt.date.fromisoformat(snapshot)).set_index("domain_id")
    want = expected.by_domain(snapshot)
    assert got.loc[got["qualification_count"] > 0, "qualification_count"].to_dict() == want.to_dict()


def test_parameters_are_bound_not_formatted(db):
    hostile = "2022-06-30'; drop view areas; --"
    with pytest.raises(duckdb.ConversionException):
        db.query("events_to_date", snapshot=hostile)
    assert len(db.query("kpis_by_snapshot")) == len(DATES)


def test_missing_parameter_is_an_error(db):
    with pytest.raises(TypeError):
        db.query("events_to_date")


def test_bad_query_name(db):
    with pytest.raises(ValueError):
        db.query("../etc/passwd")
