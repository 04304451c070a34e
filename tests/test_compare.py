"""What changed between two snapshots, checked against pandas straight from the Parquet files."""
import datetime as dt

import pandas as pd
import pytest
from conftest import DATA, DATES, LATEST, read, run_page, table_with

from alliance import compare
from alliance.db import Database
from alliance.snapshots import scan

PAIRS = [(LATEST, DATES[-2]), (LATEST, DATES[0]), (DATES[2], DATES[1])]
day = dt.date.fromisoformat


@pytest.fixture(scope="module")
def db():
    database = Database(scan(DATA))
    yield database
    database.close()


def items_by_area(snapshot: str) -> pd.DataFrame:
    q = read("qualifications", snapshot, ["qualification_id", "institution_id"])
    inst = read("institutions", snapshot, ["institution_id", "area_id"])
    return q.merge(inst, on="institution_id")


@pytest.mark.parametrize("snapshot,base", PAIRS)
def test_waterfall_per_area_and_total(db, snapshot, base):
    got = db.query("qualification_changes_by_area", snapshot=day(snapshot), base=day(base), areas=(), domains=())
    now, before = items_by_area(snapshot), items_by_area(base)
    added = now[~now.qualification_id.isin(before.qualification_id)].groupby("area_id").size()
    gone = before[~before.qualification_id.isin(now.qualification_id)].groupby("area_id").size()
    for row in got.to_dict("records"):
        a = row["area_id"]
        assert row["added_count"] == added.get(a, 0)
        assert row["withdrawn_count"] == gone.get(a, 0)
        assert row["qualification_count"] == (now.area_id == a).sum()
        assert row["qualification_count_base"] == (before.area_id == a).sum()
        # Items now minus items before equals added minus withdrawn (no institution moved area in the demo).
        assert row["qualification_count"] - row["qualification_count_base"] == \
            row["added_count"] - row["withdrawn_count"]
    assert got.qualification_count_base.sum() + got.added_count.sum() - got.withdrawn_count.sum() == len(now)


def test_flowmeter_centre_stands_out_in_its_quarter(db):
    got = db.query("qualifications_added_by_institution", snapshot=day(LATEST), base=day(DATES[-2]), areas=(),
                   domains=())
    top = got.iloc[0]
    flowmeter = ("sy_metrology", "辽宁省流量计产品质量检验中心", 1052)
    assert (top.institution_id, top.lab_name_zh, top.added_count) == flowmeter
    q_now, q_before = read("qualifications", LATEST), read("qualifications", DATES[-2])
    new = q_now[~q_now.qualification_id.isin(q_before.qualification_id)]
    assert (new.lab_id == "lab_flowmeter").sum() == 1052
    expect = new.groupby(["institution_id", "domain_id", new.lab_id.fillna("")]).size()
    assert got.added_count.sum() == len(new) and sorted(got.added_count, reverse=True) == \
        sorted(expect.tolist(), reverse=True)


@pytest.mark.parametrize("snapshot,base", PAIRS)
def test_headline_change(db, snapshot, base):
    got = db.query("change_headline", snapshot=day(snapshot), base=day(base), areas=(), domains=()).set_index("measure")

    def measures(s):
        inst, labs = read("institutions", s), read("labs", s)
        return {"assets_cny": inst.assets_cny.sum(), "technical_staff_count": inst.technical_staff.sum(),
                "institution_count": len(inst), "qualification_count": len(read("qualifications", s)),
                "national_provincial_lab_count": labs.level.isin(["national", "provincial"]).sum(),
                "expert_count": len(read("experts", s)), "service_batches": read("services", s).batches.sum()}

    now, before = measures(snapshot), measures(base)
    for m, v in now.items():
        assert got.loc[m, "value"] == v and got.loc[m, "value_base"] == before[m]
        assert got.loc[m, "change"] == v - before[m]


@pytest.mark.parametrize("areas,domains", [(("shenyang",), ()), ((), ("metrology", "food")), (("anshan", "benxi"),
                                                                                                ("metallurgy",))])
def test_change_by_area_under_filters(db, areas, domains):
    got = db.query("change_by_area", snapshot=day(LATEST), base=day(DATES[-2]), areas=areas, domains=domains)

    def per_area(s):
        q = read("qualifications", s).merge(read("institutions", s)[["institution_id", "area_id"]])
        q = q[q.domain_id.isin(domains)] if domains else q
        return q.groupby("area_id").size()

    now, before = per_area(LATEST), per_area(DATES[-2])
    assert set(got.area_id) == (set(areas) if areas else set(read("areas").area_id))
    for row in got.to_dict("records"):
        assert row["qualification_count"] == now.get(row["area_id"], 0)
        assert row["qualification_count_change"] == now.get(row["area_id"], 0) - before.get(row["area_id"], 0)


def test_lab_levels_and_members_changed(db):
    got = db.query("change_by_lab_level", snapshot=day(LATEST), base=day(DATES[-2]), areas=(), domains=())
    now, before = read("labs").level.value_counts(), read("labs", DATES[-2]).level.value_counts()
    for row in got.to_dict("records"):
        assert (row["lab_count"], row["lab_count_base"]) == (now.get(row["level"], 0), before.get(row["level"], 0))
    changed = db.query("members_changed", snapshot=day(LATEST), base=day(DATES[-2]), areas=(), domains=())
    new_inst = set(read("institutions").institution_id) - set(read("institutions", DATES[-2]).institution_id)
    new_labs = set(read("labs").lab_id) - set(read("labs", DATES[-2]).lab_id)
    added = changed[changed.change == "added"]
    assert set(added[added.kind == "institution"].entity_id) == new_inst
    assert set(added[added.kind == "lab"].entity_id) == new_labs == {"lab_flowmeter"}


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_change_in_words(db, lang):
    ch = compare.load(db.query, day(LATEST), day(DATES[-2]))
    words = compare.sentences(ch, lang, 80)
    assert 3 <= len(words) <= 6
    text = " ".join(words)
    total_now, total_before = len(read("qualifications")), len(read("qualifications", DATES[-2]))
    assert f"{total_now - total_before:,}" in text and f"{total_now:,}" in text
    assert "1,052" in text and ("辽宁省流量计产品质量检验中心" in text if lang == "zh-CN" else "Flowmeter" in text)


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_compare_page(lang):
    at = run_page("pages/compare.py", lang=lang, base=DATES[-3])
    assert not at.exception
    assert at.session_state["base"] == DATES[-3]
    head = table_with(at, "指标" if lang == "zh-CN" else "Measure")
    items = head.iloc[3]
    assert items.iloc[1] == f"{len(read('qualifications', DATES[-3])):,}"
    assert items.iloc[2] == f"{len(read('qualifications')):,}"


def test_compare_page_on_the_oldest_snapshot_says_so():
    at = run_page("pages/compare.py", lang="en", snapshot=DATES[0])
    assert not at.exception
    assert any("nothing earlier to compare" in i.value for i in at.info)


def test_compare_page_ignores_a_bad_base():
    at = run_page("pages/compare.py", lang="en", base="2099-01-01")
    assert not at.exception and at.session_state["base"] == DATES[-2]


@pytest.mark.parametrize("page,params", [("pages/compare.py", {}), ("pages/presentation.py", {"slide": "1"})])
def test_both_meeting_pages_offer_the_briefing(page, params):
    at = run_page(page, lang="en", **params)
    assert not at.exception
    names = {b.proto.label for b in at.get("download_button")}
    assert {"PowerPoint (editable charts)", "Web page (one file, printable)"} <= names
