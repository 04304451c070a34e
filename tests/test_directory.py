"""Member directory, profiles and think tank against independent pandas filters (capability search: test_search.py)."""
import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import DATA, LATEST, read
from conftest import run_page as run

from alliance.db import Database
from alliance.schema import TABLES
from alliance.snapshots import scan, write_snapshot

DAY = dt.date.fromisoformat(LATEST)


@pytest.fixture(scope="module")
def db():
    return Database(scan(DATA))


def test_directory_name_search_and_ownership(db):
    got = db.query("member_directory", snapshot=DAY, areas=(), domains=(), groups=(), levels=(),
                   ownership=("public_institution",), search="计量")
    inst = read("institutions")
    want = inst[inst["name_zh"].str.contains("计量") & (inst["ownership"] == "public_institution")]
    assert sorted(got["institution_id"]) == sorted(want["institution_id"])
    got_en = db.query("member_directory", snapshot=DAY, areas=(), domains=(), groups=(), levels=(), ownership=(),
                      search="METROLOGY")
    assert sorted(got_en["institution_id"]) == sorted(
        inst.loc[inst["name_en"].str.lower().str.contains("metrology"), "institution_id"])


def test_profile_by_url_shows_independent_figures():
    at = run("pages/members.py", lang="en", institution="sy_metrology")
    assert not at.exception
    assert at.header[0].value == "Shenyang Metrology Testing Institute"
    cards = {m.proto.label: m.proto.body for m in at.metric}
    items = int((read("qualifications")["institution_id"] == "sy_metrology").sum())
    assert cards["Qualification items"] == f"{items:,}"
    assert cards["Think-tank experts"] == str(int((read("experts")["institution_id"] == "sy_metrology").sum()))


def test_experts_filtered_and_linked(db):
    got = db.query("experts_list", snapshot=DAY, areas=(), domains=("metrology",), institution_id="", title="",
                   search="流量")
    e = read("experts")
    want = e[(e["domain_id"] == "metrology") & (e["name_zh"] + e["specialty_zh"].fillna("")).str.contains("流量")]
    assert sorted(got["expert_id"]) == sorted(want["expert_id"])
    at = run("pages/experts.py", lang="zh-CN")
    table = next(d.value for d in at.dataframe if "专业方向" in d.value.columns)
    assert len(table) == 155
    assert table["机构简介"].str.startswith("directory?institution=").all()


def test_data_text_is_shown_as_text(data_copy):
    folder = data_copy / "snapshots" / f"snapshot={LATEST}"
    tables = {t: pq.read_table(folder / f"{t}.parquet") for t in TABLES}
    inst = tables["institutions"].to_pandas()
    inst.loc[inst["institution_id"] == "sy_lead", "featured_projects_zh"] = "<script>alert(1)</script> **bold**"
    tables["institutions"] = pa.Table.from_pandas(inst, schema=tables["institutions"].schema, preserve_index=False)
    write_snapshot(data_copy, LATEST, tables, source="demo", replace=True)
    at = run("pages/members.py", lang="zh-CN", institution="sy_lead")
    assert not at.exception
    assert "<script>alert(1)</script> **bold**" in [t.value for t in at.text]
    assert not any("<script>" in m.value for m in at.markdown)


@pytest.mark.parametrize("domains, levels", [(("food",), ()), (("metrology", "environment"), ()),
                                             ((), ("national", "provincial")), (("food",), ("provincial",))])
def test_directory_counts_what_the_filter_keeps_as_by_area_does(db, domains, levels):
    """'Qualification items' and 'Labs' mean the same on every page: under a domain or level filter, the items and labs
    in it (By area's members tab counts so; the directory once counted all domains: 4,491 vs 2,012)."""
    got = db.query("member_directory", snapshot=DAY, areas=(), domains=domains, groups=(), levels=levels,
                   ownership=(), search="").set_index("institution_id")
    q, labs = read("qualifications"), read("labs")
    items = q[q["domain_id"].isin(domains or q["domain_id"])].groupby("institution_id").size()
    kept = labs[labs["domain_id"].isin(domains or labs["domain_id"]) & labs["level"].isin(levels or labs["level"])]
    want_labs = kept.groupby("institution_id").size()
    assert (got["qualification_count"] == items.reindex(got.index, fill_value=0)).all()
    assert (got["lab_count"] == want_labs.reindex(got.index, fill_value=0)).all()
    for area in got["area_id"].unique():
        in_area = db.query("institutions_in_area", snapshot=DAY, area_id=area, domains=domains, groups=(),
                           levels=levels).set_index("institution_id")
        shared = in_area.index.intersection(got.index)
        assert len(shared) == len(in_area)
        assert (in_area.loc[shared, "qualification_count"] == got.loc[shared, "qualification_count"]).all()
        assert (in_area.loc[shared, "lab_count"] == got.loc[shared, "lab_count"]).all()


def test_directory_says_its_counts_follow_the_filter():
    at = run("pages/members.py", lang="en", domains="food")
    assert not at.exception
    assert any("counts only what the filters keep" in c.value for c in at.caption)
    lead = at.dataframe[0].value.set_index("Institution")
    q = read("qualifications")
    inst = read("institutions").set_index("institution_id")
    name = inst.loc["sy_lead", "name_en"]
    want = ((q["institution_id"] == "sy_lead") & (q["domain_id"] == "food")).sum()
    assert lead.loc[name, "Qualification items"] == want
