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
    ("pages/overview.py", {}), ("pages/capacity_gaps.py", {"gap_tab": "trend"}),
    ("pages/members.py", {"institution": "sy_metrology", "dir_tab": "history"}),
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
    # The cells' colour is a heatmap; every cell's click target is a point carrying its "area|domain".
    assert {trace["type"] for trace in spec["data"]} == {"heatmap", "scatter"}
    assert all(trace.get("customdata") for trace in spec["data"] if trace["type"] == "scatter")


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


def table_spec(at, column: str) -> tuple:
    """(frame, column config, placeholder) of the shown table that has this column."""
    for el in at.dataframe:
        if column in el.value.columns:
            return el.value, json.loads(el.proto.columns or "{}"), el.proto.placeholder
    raise AssertionError(f"no table with {column!r}")


def test_a_ratio_with_nothing_under_it_shows_a_dash():
    """The Shenfu zone has no resident count: items per 10k residents is empty, shown as "—" with a tooltip."""
    areas = read("areas")
    no_residents = set(areas.loc[areas["population"].isna(), "name_en"])
    assert no_residents, "the demo has an area without a resident count"
    at = run_page("pages/capacity_by_area.py", lang="en")
    df, config, placeholder = table_spec(at, "Items per 10k residents")
    shown = df.set_index("Area")["Items per 10k residents"]
    assert set(shown[shown.isna()].index) == no_residents  # empty, never 0
    assert (shown.dropna() > 0).all()
    assert placeholder == "—" and "divide" in config["Items per 10k residents"]["help"]


def test_zero_over_zero_under_a_filter_shows_a_dash():
    """Under a domain filter, an area with no member testing that domain has no staff to divide its assets by."""
    q = read("qualifications", columns=["institution_id", "domain_id"])
    inst = read("institutions")[["institution_id", "area_id"]]
    held = q.merge(inst).groupby("domain_id")["area_id"].nunique()
    domain = held[held < len(read("areas"))].index[0]  # a domain some area has no member for
    missing = set(read("areas")["area_id"]) - set(q[q.domain_id == domain].merge(inst)["area_id"])
    names = read("areas").set_index("area_id")["name_en"]
    at = run_page("pages/capacity_by_area.py", lang="en", domains=domain)
    assert not at.exception
    df, config, placeholder = table_spec(at, "Assets per staff member (CNY)")
    shown = df.set_index("Area")["Assets per staff member (CNY)"]
    assert set(shown[shown.isna()].index) == {names[a] for a in missing}
    assert placeholder == "—" and config["Assets per staff member (CNY)"]["help"]


PAGES = ["pages/overview.py", "pages/capacity_by_area.py", "pages/capacity_by_level.py", "pages/capacity_by_group.py",
         "pages/capacity_gaps.py", "pages/members.py", "pages/experts.py", "pages/compare.py", "pages/data_sources.py"]


@pytest.mark.parametrize("lang,day", [("en", "D MMM YYYY"), ("zh-CN", "YYYY年M月D日")])
@pytest.mark.parametrize("page", PAGES)
def test_tables_show_dates_as_dates(page, lang, day):
    """A day as the language writes it in text (20 May 2022, 2022年5月20日), never `2014-11-20 00:00:00` or an ISO
    timestamp, in every table of every page."""
    at = run_page(page, lang=lang, institution="sy_metrology")
    assert not at.exception
    for el in at.dataframe:
        df, config = el.value, json.loads(el.proto.columns or "{}")
        for col in df.columns:
            if str(df[col].dtype).startswith("datetime"):
                assert config[col]["type_config"]["format"].startswith(day), (page, col)
            elif df[col].dtype == object:
                text = df[col].dropna().astype(str)
                assert not text.str.contains(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d").any(), (page, col)
