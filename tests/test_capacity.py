"""Capacity by area, lab level and working group: query results and page tables against pandas, under filters."""
import datetime as dt

import expected
import pytest
from conftest import DATA, DATES, LATEST, read, table_with
from conftest import run_page as run

from alliance.db import Database
from alliance.snapshots import scan

SNAPS = [DATES[2], LATEST]
FILTERS = [
    {},
    {"domains": ("food", "metrology"), "groups": ("food_drug", "metrology")},
    {"areas": ("shenyang", "tieling", "fuxin"), "levels": ("provincial",)},
]


def params(snapshot, f):
    return {"snapshot": dt.date.fromisoformat(snapshot), "areas": f.get("areas", ()), "domains": f.get("domains", ()),
            "groups": f.get("groups", ()), "levels": f.get("levels", ())}


@pytest.fixture(scope="module")
def db():
    return Database(scan(DATA))


@pytest.mark.parametrize("snapshot", SNAPS)
@pytest.mark.parametrize("f", FILTERS, ids=["none", "domains+groups", "areas+levels"])
def test_capacity_by_area_under_filters(db, snapshot, f):
    got = db.query("capacity_by_area", **params(snapshot, f)).set_index("area_id")
    want = expected.by_area_filtered(snapshot, f.get("areas", ()), f.get("domains", ()), f.get("groups", ()),
                                     f.get("levels", ()))
    assert sorted(got.index) == sorted(want)
    for area, measures in want.items():
        for col, value in measures.items():
            assert int(got.loc[area, col]) == value, (area, col)


@pytest.mark.parametrize("snapshot", SNAPS)
@pytest.mark.parametrize("f", FILTERS[:2], ids=["none", "domains+groups"])
def test_working_groups_compared(db, snapshot, f):
    p = {k: v for k, v in params(snapshot, f).items() if k != "levels"}
    got = db.query("working_groups_compared", **p).set_index("working_group_id")
    want = expected.groups_compared(snapshot, f.get("areas", ()), f.get("domains", ()), f.get("groups", ()))
    assert sorted(got.index) == sorted(want)
    for gid, measures in want.items():
        for col, value in measures.items():
            assert int(got.loc[gid, col]) == value, (gid, col)


@pytest.mark.parametrize("snapshot", SNAPS)
def test_lab_levels_and_list(db, snapshot):
    p = params(snapshot, {})
    by_level = db.query("capacity_by_lab_level", **p).set_index("level")
    labs = read("labs", snapshot)
    assert by_level["lab_count"].to_dict() == labs["level"].value_counts().to_dict()
    hosts = labs.groupby("level")["institution_id"].nunique().to_dict()
    assert by_level["host_institution_count"].to_dict() == hosts
    inst = read("institutions", snapshot).set_index("institution_id")
    staff = {lv: int(inst.loc[sorted(set(g["institution_id"])), "technical_staff"].sum())
             for lv, g in labs.groupby("level")}
    assert by_level["host_technical_staff_count"].astype(int).to_dict() == staff
    top = db.query("labs_list", **{**p, "levels": ("national", "provincial")})
    assert len(top) == int(labs["level"].isin(["national", "provincial"]).sum())
    if snapshot == LATEST:
        assert len(top) == 22 and "辽宁省流量计产品质量检验中心" in set(top["name_zh"])


@pytest.mark.parametrize("snapshot", SNAPS)
def test_area_page_table_equals_pandas(snapshot):
    at = run("pages/capacity_by_area.py", lang="en", snapshot=snapshot, domains="food,metrology",
             groups="food_drug,metrology")
    assert not at.exception
    table = table_with(at, "Qualification items").set_index("Area")
    names = read("areas", snapshot).set_index("area_id")["name_en"]
    want = expected.by_area_filtered(snapshot, (), ("food", "metrology"), ("food_drug", "metrology"))
    for area, m in want.items():
        assert table.loc[names[area], "Qualification items"] == m["qualification_count"]
        assert table.loc[names[area], "Assets (CNY)"] == m["assets_cny"]
        assert table.loc[names[area], "Annual capacity (batches)"] == m["annual_capacity_batches"]


def test_level_page_lists_the_22_labs():
    at = run("pages/capacity_by_level.py", lang="zh-CN")
    assert not at.exception
    listed = table_with(at, "认定日期")
    assert len(listed) == 22 and set(listed["级别"]) == {"国家级", "省级"}


def test_group_page_compares_groups():
    at = run("pages/capacity_by_group.py", lang="en")
    table = table_with(at, "Lead institution").set_index("Working group")
    want = expected.groups_compared(LATEST)
    names = read("working_groups").set_index("working_group_id")["name_en"]
    for gid, m in want.items():
        assert table.loc[names[gid], "Member institutions"] == m["member_count"]
        assert table.loc[names[gid], "Qualification items"] == m["qualification_count"]


def test_filters_round_trip_across_pages():
    at = run("pages/capacity_by_area.py", lang="en", areas="shenyang,tieling", domains="food", measure="assets_cny",
             area="tieling")
    assert at.session_state["areas"] == ["shenyang", "tieling"] and at.session_state["area"] == "tieling"
    at.switch_page("pages/capacity_by_group.py").run()
    assert at.query_params["areas"] in ("shenyang,tieling", ["shenyang,tieling"])
    assert at.query_params["domains"] in ("food", ["food"])
    at.switch_page("pages/capacity_by_level.py").run()
    assert at.session_state["domains"] == ["food"]
    at.multiselect(key="domains").set_value(["metrology"]).run()
    assert at.query_params["domains"] in ("metrology", ["metrology"])
    at.switch_page("pages/capacity_by_area.py").run()
    assert at.session_state["domains"] == ["metrology"] and at.session_state["measure"] == "assets_cny"


@pytest.mark.parametrize("query", [
    {"areas": "nowhere"}, {"areas": "shenyang,'; drop table areas; --"}, {"levels": "../../etc"},
    {"measure": "__import__('os')"}, {"area": "nowhere"}, {"domains": "food,food,food"}, {"groups": ""},
])
@pytest.mark.parametrize("page", ["pages/capacity_by_area.py", "pages/capacity_by_level.py",
                                  "pages/capacity_by_group.py"])
def test_bad_filter_parameters_are_ignored(page, query):
    at = run(page, **query)
    assert not at.exception
    for key in ("areas", "levels", "groups"):
        assert all(v in {"shenyang", "national", "provincial", "municipal", "other"} | set(read("working_groups")[
            "working_group_id"]) for v in at.session_state[key])


def test_drilled_area_outside_the_area_filter_falls_back():
    at = run("pages/capacity_by_area.py", lang="en", area="tieling")
    assert at.session_state["area"] == "tieling"
    at.multiselect(key="areas").set_value(["anshan"]).run()
    assert not at.exception
    assert at.session_state["area"] == "anshan"
