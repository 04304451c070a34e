"""Adding a member, exactly as README.md's "Adding a member" says: its commands, parsed from the README, run on a copy
of the demo snapshots; the workbooks filled in with openpyxl as the service centre and the member would; then every page
that lists institutions shows the new one, and the provenance says one member's rows came from a submission.
Expectations come from the Parquet files and the manifest, never from the app."""
import datetime as dt
import json
import re
import shlex
import shutil

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import DATA, ROOT, run_page, table_with

from alliance.__main__ import main
from alliance.ingest import spec

NEW = "sy_newlab"
NAME_ZH, NAME_EN = "沈阳新材料检测研究院", "Shenyang New Materials Testing Institute"
ITEM_EN = "Zirconium alloy tube"  # no demo item has the word zirconium
README_FOLDER = "/tmp/q3"


def readme_commands() -> list[list[str]]:
    """The `python -m alliance …` lines of the first bash block under "## Adding a member"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Adding a member\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    lines = [line for line in block.splitlines() if line.strip()]
    assert all(line.startswith("python -m alliance ") for line in lines), lines
    return [shlex.split(line)[3:] for line in lines]


def _fill(ws, sheet: spec.Sheet, values: dict, row: int | None = None) -> None:
    """Write `values` (column name -> value) on a new row, or on `row`, by the headers the spec gives."""
    headers = [c.value for c in ws[1]]
    assert headers == [c.header for c in sheet.columns]
    row = row or ws.max_row + 1
    for name, value in values.items():
        ws.cell(row, sheet.column_names.index(name) + 1, value)


def fill_secretariat(path, joined: dt.date) -> None:
    wb = openpyxl.load_workbook(path)
    _fill(wb[spec.MEMBERSHIP.name], spec.MEMBERSHIP, {
        "institution_id": NEW, "name_zh": NAME_ZH, "name_en": NAME_EN, "area_id": "shenyang",
        "ownership": "private_enterprise", "is_lead": False, "joined_on": joined})
    wb.save(path)


ITEMS = [("锆合金管材", ITEM_EN, "GB/T 26283-2010"),
         ("钛合金板材 · 拉伸性能", "Titanium alloy plate · tensile properties", "GB/T 228.1-2010"),
         ("高温合金棒材 · 硬度", "Superalloy bar · hardness", "GB/T 231.1-2018")]


def fill_member(path, accredited: dt.date) -> None:
    wb = openpyxl.load_workbook(path)
    assert spec.LABS.name in wb.sheetnames
    profile = wb[spec.PROFILE.name]
    assert profile.max_row == 2 and profile.cell(2, 1).value == NEW  # the template's one profile row, with the id
    _fill(profile, spec.PROFILE, {
        "assets_cny": 23_500_000, "technical_staff": 41, "senior_staff": 9, "cma_certificate_no": "220612340567",
        "featured_projects_zh": "钛合金、高温合金材料力学性能检测", "advantage_resources_zh": "材料力学实验室",
        "service_directions_zh": "面向沈阳及都市圈装备制造企业提供材料检测服务"}, row=2)
    lab = f"{NEW}-lab1"
    _fill(wb[spec.LABS.name], spec.LABS, {
        "lab_id": lab, "institution_id": NEW, "name_zh": "沈阳新材料力学性能实验室",
        "name_en": "Shenyang New Materials Mechanical Testing Lab", "level": "municipal", "domain_id": "metallurgy",
        "recognized_on": accredited})
    for zh, en, code in ITEMS:
        _fill(wb[spec.QUALIFICATIONS.name], spec.QUALIFICATIONS, {
            "institution_id": NEW, "lab_id": lab, "domain_id": "metallurgy", "scope_type": "product",
            "item_zh": zh, "item_en": en, "standard_code": code, "accredited_on": accredited})
    _fill(wb[spec.CAPACITY.name], spec.CAPACITY, {"institution_id": NEW, "domain_id": "metallurgy",
                                                 "annual_capacity_batches": 900})
    wb.save(path)


@pytest.fixture(scope="module")
def onboarded(tmp_path_factory):
    """The README's steps on a copy of data/snapshots; returns (data folder, new snapshot date, its base)."""
    tmp = tmp_path_factory.mktemp("onboarding")
    root, work = tmp / "data", tmp / "q3"
    shutil.copytree(DATA / "snapshots", root / "snapshots", ignore=shutil.ignore_patterns(".*"))
    commands = [[part.replace(README_FOLDER, str(work)) for part in argv] + ["--data-dir", str(root)]
                for argv in readme_commands()]
    assert [c[0] for c in commands] == ["template", "template", "ingest", "ingest"]
    as_of = commands[-1][commands[-1].index("--as-of") + 1]
    base = commands[0][commands[0].index("--snapshot") + 1]
    for argv in commands[:2]:
        assert main(argv) == 0, argv
    fill_secretariat(work / "secretariat.xlsx", dt.date.fromisoformat(as_of) - dt.timedelta(days=30))
    fill_member(work / f"{NEW}.xlsx", dt.date.fromisoformat(as_of) - dt.timedelta(days=20))
    assert main(commands[2]) == 0, json.loads((work / "report.json").read_text())["problems"][:5]
    assert not (root / "snapshots" / f"snapshot={as_of}").exists()  # the dry run wrote nothing
    assert main(commands[3]) == 0
    return root, as_of, base


def parquet(root, date: str, table: str) -> pd.DataFrame:
    return pq.read_table(root / "snapshots" / f"snapshot={date}" / f"{table}.parquet").to_pandas()


def test_member_template_for_a_new_id_has_code_lists_and_rules(tmp_path):
    out = tmp_path / "new.xlsx"
    assert main(["template", "--kind", "member", "--institution", NEW, "--out", str(out), "--data-dir", str(DATA)]) == 0
    wb = openpyxl.load_workbook(out)
    lists = wb[spec.LISTS_SHEET]
    cells = {c.value for row in lists.iter_rows(min_row=2) for c in row if c.value is not None}
    latest = sorted(p.name.split("=")[1] for p in (DATA / "snapshots").glob("snapshot=*"))[-1]
    inst = pq.read_table(DATA / "snapshots" / f"snapshot={latest}" / "institutions.parquet").to_pandas()
    domains = pq.read_table(DATA / "snapshots" / f"snapshot={latest}" / "domains.parquet").to_pandas()
    assert set(domains.domain_id) <= cells and set(inst.institution_id) | {NEW} <= cells
    assert all(wb[s.name].max_row == 1 for s in spec.MEMBER.sheets if s.table != "institutions")
    rules = {(r[0].value, r[1].value): r[3].value for r in wb[spec.INSTRUCTIONS_SHEET].iter_rows() if r[1].value}
    q_id = rules[(spec.QUALIFICATIONS.name, spec.QUALIFICATIONS.column("qualification_id").header)]
    assert "may be blank in a new row" in q_id and "required" not in q_id
    assert "required" in rules[(spec.QUALIFICATIONS.name, spec.QUALIFICATIONS.column("item_zh").header)]


def test_new_member_is_published_with_its_rows(onboarded):
    root, as_of, base = onboarded
    before, after = parquet(root, base, "institutions"), parquet(root, as_of, "institutions")
    assert set(after.institution_id) == set(before.institution_id) | {NEW}
    row = after.set_index("institution_id").loc[NEW]
    assert row.name_en == NAME_EN and row.technical_staff == 41 and row.area_id == "shenyang"
    items = parquet(root, as_of, "qualifications")
    mine = items[items.institution_id == NEW]
    assert sorted(mine.item_zh) == sorted(zh for zh, _, _ in ITEMS)
    assert mine.qualification_id.str.startswith(f"{NEW}-q").all()
    assert len(items) == len(parquet(root, base, "qualifications")) + len(ITEMS)


def test_manifest_records_whose_rows_came_from_where(onboarded):
    root, as_of, base = onboarded
    manifest = json.loads((root / "snapshots" / f"snapshot={as_of}" / "manifest.json").read_text(encoding="utf-8"))
    members = manifest["provenance"]["members"]
    others = set(parquet(root, base, "institutions").institution_id)
    assert members == {"submitted": [NEW], "carried": [], "demo": sorted(others)}
    assert manifest["provenance"]["secretariat"] == "submitted"


def provenance_text(root, as_of) -> str:
    """The count sentence, worded here from the Parquet files: members of the snapshot other than the new one had
    their rows carried from the demo snapshot it was built on."""
    carried = len(parquet(root, as_of, "institutions")) - 1
    return f"1 member's rows from submissions, {carried} carried from the demo data"


@pytest.fixture
def served(onboarded, monkeypatch):
    root, as_of, base = onboarded
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(root))
    return root, as_of, base


def test_data_sources_and_sidebar_say_one_member_submitted(served):
    root, as_of, _ = served
    want = provenance_text(root, as_of)
    at = run_page("pages/data_sources.py", lang="en", snapshot=as_of)
    assert not at.exception
    assert any(want in i.value for i in at.sidebar.info)
    assert any(f"Snapshot of 30 Sep 2022: {want}." == m.value for m in at.markdown)
    assert list(table_with(at, "Rows from")["Member institution"]) == [NAME_EN]
    snapshots = table_with(at, "Member rows")
    assert snapshots["Member rows"].iloc[0] == want[0].upper() + want[1:]
    assert "reproduced exactly in the latest snapshot" not in " ".join(m.value for m in at.markdown)
    zh = run_page("pages/data_sources.py", lang="zh-CN", snapshot=as_of)
    carried = len(parquet(root, as_of, "institutions")) - 1
    assert any(f"1 家成员机构的数据来自报送，{carried} 家沿用演示数据" in i.value for i in zh.sidebar.info)


def test_overview_counts_one_more_member(served):
    root, as_of, base = served
    at = run_page(lang="en", snapshot=as_of)
    assert not at.exception
    card = {m.proto.label: m.proto for m in at.metric}["Member institutions"]
    assert card.body == f"{len(parquet(root, as_of, 'institutions')):,}"
    assert len(parquet(root, as_of, "institutions")) == len(parquet(root, base, "institutions")) + 1
    assert card.delta == "+1"


def test_directory_lists_and_profiles_the_new_member(served):
    _, as_of, _ = served
    at = run_page("pages/members.py", lang="en", snapshot=as_of, institution=NEW)
    assert not at.exception
    assert NAME_EN in set(table_with(at, "Institution")["Institution"])
    assert any(h.value == NAME_EN for h in at.header)


def test_search_finds_the_new_members_items(served):
    root, as_of, _ = served
    at = run_page("pages/capability_search.py", lang="en", snapshot=as_of, q=ITEM_EN)
    assert not at.exception
    table = table_with(at, "Matching items")
    items = parquet(root, as_of, "qualifications")
    want = items[items.item_en.fillna("").str.contains(ITEM_EN, case=False)]
    assert want.institution_id.unique().tolist() == [NEW]
    assert len(table) == 1 and f"institution={NEW}&" in table["Profile"].iloc[0]
    assert table["Matching items"].iloc[0] == len(want)


def test_by_area_counts_the_new_member(served):
    root, as_of, _ = served
    at = run_page("pages/capacity_by_area.py", lang="en", snapshot=as_of, area="shenyang")
    assert not at.exception
    inst = parquet(root, as_of, "institutions")
    areas = parquet(root, as_of, "areas").set_index("area_id")["name_en"]
    table = table_with(at, "Member institutions").set_index("Area")
    assert table.loc[areas["shenyang"], "Member institutions"] == (inst.area_id == "shenyang").sum()
    assert NAME_EN in set(table_with(at, "Ownership")["Institution"])
