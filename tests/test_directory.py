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


ALL = {"sort": "items", "page_rows": None, "page_offset": 0}  # every match, the directory's own order


@pytest.fixture(scope="module")
def db():
    return Database(scan(DATA))


@pytest.mark.parametrize("sort, key, ascending", [
    ("items", ["qualification_count", "institution_id"], [False, True]),
    ("labs", ["lab_count", "qualification_count", "institution_id"], [False, False, True]),
    ("assets", ["assets_cny", "qualification_count", "institution_id"], [False, False, True]),
])
@pytest.mark.parametrize("rows, offset", [(10, 0), (10, 20), (25, 50), (None, 0)])
def test_directory_pages_are_cut_from_the_sorted_matches(db, sort, key, ascending, rows, offset):
    """Sorted and paged in SQL: each page is the slice of all matches in the chosen order, and every page says how
    many match in all; computed here from the Parquet files."""
    got = db.query("member_directory", snapshot=DAY, areas=(), domains=(), groups=(), levels=(), ownership=(),
                   search="", sort=sort, page_rows=rows, page_offset=offset)
    inst, q, labs = read("institutions"), read("qualifications"), read("labs")
    want = inst.assign(qualification_count=inst["institution_id"].map(q.groupby("institution_id").size()).fillna(0),
                       lab_count=inst["institution_id"].map(labs.groupby("institution_id").size()).fillna(0))
    want = want.sort_values(key, ascending=ascending)["institution_id"].tolist()
    assert got["institution_id"].tolist() == want[offset:offset + rows if rows else None]
    assert set(got["match_count"]) <= {len(inst)}


def test_directory_sorts_chinese_names_by_pinyin(db):
    """Names in the order a Chinese reader looks them up: 鞍山 (ān) before 沈阳 (shěn) before 铁岭 (tiě), where the
    characters' code points would put 鞍 last."""
    got = db.query("member_directory", snapshot=DAY, areas=(), domains=(), groups=(), levels=(), ownership=(),
                   search="", sort="name_zh", page_rows=None, page_offset=0)["name_zh"].tolist()
    first = [next(i for i, n in enumerate(got) if n.startswith(city)) for city in ("鞍山", "沈阳", "铁岭")]
    assert first == sorted(first) and len(got) == len(read("institutions"))


def test_directory_name_search_and_ownership(db):
    got = db.query("member_directory", snapshot=DAY, areas=(), domains=(), groups=(), levels=(),
                   ownership=("public_institution",), search="计量", **ALL)
    inst = read("institutions")
    want = inst[inst["name_zh"].str.contains("计量") & (inst["ownership"] == "public_institution")]
    assert sorted(got["institution_id"]) == sorted(want["institution_id"])
    got_en = db.query("member_directory", snapshot=DAY, areas=(), domains=(), groups=(), levels=(), ownership=(),
                      search="METROLOGY", **ALL)
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
                   search="流量", page_rows=None, page_offset=0)
    e = read("experts")
    want = e[(e["domain_id"] == "metrology") & (e["name_zh"] + e["specialty_zh"].fillna("")).str.contains("流量")]
    assert sorted(got["expert_id"]) == sorted(want["expert_id"])
    at = run("pages/experts.py", lang="zh-CN")
    table = next(d.value for d in at.dataframe if "专业方向" in d.value.columns)
    assert len(table) == 100  # the first page of 155 (test_think_tank_sends_one_page_of_its_155_experts)
    assert "共 155 名专家" in [c.value for c in at.caption]  # the count is of every match, not of the page
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
                   ownership=(), search="", **ALL).set_index("institution_id")
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


def _by_items() -> list[str]:
    inst, q = read("institutions"), read("qualifications")
    counts = inst["institution_id"].map(q.groupby("institution_id").size()).fillna(0)
    ordered = inst.assign(n=counts).sort_values(["n", "institution_id"], ascending=[False, True])
    return ordered["institution_id"].tolist()


def test_directory_sends_one_page_and_links_to_the_others(monkeypatch):
    """The browser gets one page of members (20 here, 100 in production): which rows these are of how many, a page
    picker held in the URL, every match in the downloads, and a profile link to a member on another page still
    opening that member."""
    from alliance.ui import paging

    monkeypatch.setattr(paging, "PAGE_ROWS", 20)
    inst = read("institutions")
    order = _by_items()
    at = run("pages/members.py", lang="en", dir_page="2")
    assert not at.exception
    shown = at.dataframe[0].value
    names = dict(zip(inst["institution_id"], inst["name_en"]))
    assert shown["Institution"].tolist() == [names[i] for i in order[20:40]]
    assert f"Rows 21–40 of {len(inst)}" in [c.value for c in at.caption]
    assert at.number_input(key="dir_page").value == 2 and at.query_params["dir_page"] in ("2", ["2"])
    at.number_input(key="dir_page").set_value(3).run()
    assert at.dataframe[0].value["Institution"].tolist() == [names[i] for i in order[40:60]]
    assert f"Rows 41–{len(inst)} of {len(inst)}" in [c.value for c in at.caption]
    # A link to a member that is on the first page opens it from page 3.
    at = run("pages/members.py", lang="en", dir_page="3", institution=order[0])
    assert not at.exception and at.selectbox(key="institution").value == order[0]
    # A page past the end, after a filter narrowed the list, opens the first page.
    at = run("pages/members.py", lang="en", dir_page="3", areas="tieling")
    tieling = set(inst.loc[inst["area_id"] == "tieling", "institution_id"])
    assert not at.exception and at.dataframe[0].value["Institution"].tolist()[0] == names[
        next(i for i in order if i in tieling)]


def test_directory_orders_in_sql_and_viewers_cannot_order_by_what_they_cannot_see(monkeypatch):
    at = run("pages/members.py", lang="en", sort="assets")
    inst = read("institutions").sort_values(["assets_cny", "institution_id"], ascending=[False, True])
    assert at.dataframe[0].value["Institution"].tolist()[:10] == inst["name_en"].tolist()[:10]
    from alliance import directory

    assert "assets" not in directory.sorts(detail=False) and "assets" in directory.sorts(detail=True)


def test_think_tank_sends_one_page_of_its_155_experts():
    e = read("experts").sort_values(["domain_id", "expert_id"])
    at = run("pages/experts.py", lang="en")
    assert not at.exception
    assert at.dataframe[0].value["Name"].tolist() == e["name_en"].tolist()[:100]
    assert f"Rows 1–100 of {len(e)}" in [c.value for c in at.caption]
    at.number_input(key="expert_page").set_value(2).run()
    assert not at.exception and at.dataframe[0].value["Name"].tolist() == e["name_en"].tolist()[100:]
    assert at.query_params["expert_page"] in ("2", ["2"])
