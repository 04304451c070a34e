"""Trust: time stops at the chosen snapshot, the gap matrix is clickable, downloads never rerun the page."""
import datetime as dt
import json

import pytest
from conftest import DATA, DATES, read, run_page, table_with

from alliance.db import Database
from alliance.snapshots import scan

MIDDLE = DATES[2]
day = dt.date.fromisoformat


@pytest.fixture(scope="module")
def db():
    database = Database(scan(DATA))
    yield database
    database.close()


@pytest.mark.parametrize("snapshot", [DATES[0], MIDDLE])
def test_trend_queries_end_at_the_chosen_snapshot(db, snapshot):
    trend = db.query("coverage_trend_by_area", snapshot=day(snapshot))
    assert str(trend.snapshot.max())[:10] == snapshot
    history = db.query("institution_history", snapshot=day(snapshot), institution_id="sy_metrology")
    assert str(history.snapshot.max())[:10] == snapshot
    # Each point equals the snapshot's own count, straight from its Parquet file.
    for row in history.to_dict("records"):
        s = str(row["snapshot"])[:10]
        q = read("qualifications", s, ["institution_id"])
        assert row["qualification_count"] == (q.institution_id == "sy_metrology").sum()


def chart_dates(at) -> list[str]:
    """Every date on any chart's x axis (dates of points and bars), as YYYY-MM-DD."""
    found = []
    for el in at.get("plotly_chart"):
        for trace in json.loads(el.proto.spec).get("data", []):
            for x in trace.get("x") or []:
                if isinstance(x, str) and len(x) >= 10 and x[4] == "-" and x[7] == "-":
                    found.append(x[:10])
    return found


@pytest.mark.parametrize("page,params", [
    ("pages/overview.py", {}), ("pages/capacity_gaps.py", {}),
    ("pages/members.py", {"institution": "sy_metrology"}),
])
def test_pages_show_nothing_after_the_chosen_snapshot(page, params):
    at = run_page(page, lang="en", snapshot=MIDDLE, **params)
    assert not at.exception
    dates = chart_dates(at)
    assert dates, "the page has a dated chart"
    # Milestone markers sit on their own dates, all on or before the snapshot too.
    assert max(dates) <= MIDDLE


def test_gap_matrix_cells_are_clickable_points():
    at = run_page("pages/capacity_gaps.py", lang="en")
    matrix = next(el for el in at.get("plotly_chart") if json.loads(el.proto.spec)["layout"].get("clickmode"))
    spec = json.loads(matrix.proto.spec)
    assert list(matrix.proto.selection_mode), "the page listens for point selections"
    cells = [c for trace in spec["data"] for c in trace.get("customdata") or []]
    coverage = read("demand", columns=["area_id", "domain_id"])
    assert len(cells) == len(read("areas")) * len(read("domains"))
    assert set(map(tuple, coverage.to_numpy())) <= {tuple(c.split("|")) for c in cells}
    assert all(trace["type"] == "scatter" for trace in spec["data"])


def test_a_picked_cell_shows_who_can_fill_it():
    at = run_page("pages/capacity_gaps.py", lang="en")
    at.session_state["_last_pick"] = "fuxin|special_equipment"
    at.run()
    assert not at.exception
    caption = " ".join(c.value for c in at.caption)
    assert "Fuxin" in caption and "Special equipment" in caption
    fillers = table_with(at, "Distance (km)")
    spare = read("capacity").query("domain_id == 'special_equipment'")
    assert 0 < len(fillers) <= spare.institution_id.nunique()


def test_download_buttons_do_not_rerun():
    at = run_page("pages/capacity_by_area.py", lang="en")
    buttons = at.get("download_button")
    assert buttons
    for b in buttons:
        assert b.proto.ignore_rerun, b.proto.label
