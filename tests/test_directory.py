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
