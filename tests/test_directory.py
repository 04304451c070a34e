"""Member directory, profiles, think tank and capability search against independent pandas filters."""
import datetime as dt
import re
import unicodedata

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import DATA, LATEST, read
from conftest import run_page as run

from alliance.db import Database
from alliance.schema import TABLES
from alliance.search import MAX_QUERY_CHARS, normalize
from alliance.snapshots import scan, write_snapshot

DAY = dt.date.fromisoformat(LATEST)


@pytest.fixture(scope="module")
def db():
    return Database(scan(DATA))


def search(db, raw, near="shenyang", areas=(), domains=()):
    q = normalize(raw)
    assert q.problem is None
    return db.query("capability_search", snapshot=DAY, near_area_id=near, areas=areas, domains=domains, **q.params())


def by_code(prefix: str, with_year: bool = False):
    q = read("qualifications")

    def norm(code):
        code = code if with_year else re.sub(r"-\d{4}$", "", code)
        return re.sub(r"[^A-Z0-9.]", "", code.upper())
    hits = q[q["standard_code"].map(norm).str.startswith(prefix)]
    return hits.groupby("institution_id").size().to_dict()


@pytest.mark.parametrize("raw", ["ＧＢ／Ｔ　２２５８９", "GB/T 22589", "GBT22589", "GB T 22589", "gb/t 22589",
                                 " gb/t  22589 "])
def test_code_search_tolerates_what_people_type(db, raw):
    got = search(db, raw)
    assert dict(zip(got["institution_id"], got["match_count"])) == by_code("GBT22589")
    assert len(got) > 0


def test_code_with_year(db):
    got = search(db, "GB/T 22589-2008")
    assert dict(zip(got["institution_id"], got["match_count"])) == by_code("GBT225892008", with_year=True)
    assert search(db, "GB/T 22589-1999").empty


@pytest.mark.parametrize("raw,column", [("镁碳砖", "item_zh"), ("Apparent Porosity", "item_en"), ("ＪＪＧ", None),
                                        ("显气孔率", "item_zh")])
def test_text_search(db, raw, column):
    q = read("qualifications")
    text = unicodedata.normalize("NFKC", raw).lower()
    mask = q["item_zh"].str.lower().str.contains(text, regex=False) | \
        q["item_en"].fillna("").str.lower().str.contains(text, regex=False)
    got = search(db, raw)
    assert dict(zip(got["institution_id"], got["match_count"])) == q[mask].groupby("institution_id").size().to_dict()


def test_filters_and_nearest_first(db):
    got = search(db, "镁碳砖", near="tieling", areas=("anshan", "shenyang"), domains=("building_materials",))
    q, inst = read("qualifications"), read("institutions")
    q = q[q["item_zh"].str.contains("镁碳砖") & (q["domain_id"] == "building_materials")].merge(inst)
    q = q[q["area_id"].isin(["anshan", "shenyang"])]
    assert dict(zip(got["institution_id"], got["match_count"])) == q.groupby("institution_id").size().to_dict()
    assert got["distance_km"].is_monotonic_increasing


@pytest.mark.parametrize("raw,problem", [("", "search.empty"), ("   ", "search.empty"), ("x" * 1000, "search.too_long"),
                                         ("x" * (MAX_QUERY_CHARS + 1), "search.too_long")])
def test_empty_and_long_queries(raw, problem):
    assert normalize(raw).problem == problem


@pytest.mark.parametrize("raw,message", [("", "Type a product"), ("x" * 1000, "too long")])
def test_search_page_says_why_nothing_is_listed(raw, message):
    at = run("pages/capability_search.py", lang="en", q=raw)
    assert not at.exception
    assert any(message in i.value for i in at.info)


def test_search_page_groups_by_institution():
    at = run("pages/capability_search.py", lang="en", q="ＧＢ／Ｔ　２２５８９", near="anshan")
    table = next(d.value for d in at.dataframe if "Matching items" in d.value.columns)
    assert sorted(table["Matching items"]) == sorted(by_code("GBT22589").values())
    assert table["Distance (km)"].is_monotonic_increasing


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
