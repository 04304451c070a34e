"""Ingest end to end: workbooks the app writes come back as the same snapshot; a member's quarterly update replaces
exactly its own rows; the CLI's exit codes and reports. Expectations come from the Parquet files via pandas."""
import hashlib
import json
import shutil

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import DATA, LATEST, copy_demo, read

from alliance.__main__ import main
from alliance.ingest import spec
from alliance.ingest.templates import read_tables, workbook_bytes
from alliance.schema import SCHEMAS, TABLES
from alliance.snapshots import scan

NEW = "2022-09-30"


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(root) -> dict:
    return {str(p.relative_to(root)): sha(p) for p in sorted(root.rglob("*")) if p.is_file()}


def sorted_frame(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(list(df.columns)).reset_index(drop=True)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("workbooks")
    assert main(["export-workbooks", "--snapshot", LATEST, "--out", str(out), "--data-dir", str(DATA)]) == 0
    return out


@pytest.fixture
def copy(tmp_path):
    root = tmp_path / "data"
    copy_demo(root)
    return root


def published(root, date: str, table: str) -> pd.DataFrame:
    return pq.read_table(root / "snapshots" / f"snapshot={date}" / f"{table}.parquet").to_pandas()


def test_export_writes_one_workbook_per_member_and_the_secretariat(exported):
    names = sorted(p.name for p in exported.glob("*.xlsx"))
    members = read("institutions", LATEST, ["institution_id"])["institution_id"]
    assert len(names) == len(members) + 1
    assert f"alliance_secretariat_{LATEST}.xlsx" in names
    assert {f"alliance_member_{m}_{LATEST}.xlsx" for m in members} <= set(names)


def test_round_trip_reproduces_the_snapshot(exported, tmp_path, capsys):
    root = tmp_path / "empty"
    report = tmp_path / "report.json"
    files = sorted(exported.glob("*.xlsx"))
    status = main(["ingest", "--as-of", LATEST, "--data-dir", str(root), "--report", str(report), "--lang", "en",
                   *map(str, files)])
    assert status == 0, capsys.readouterr().out[-3000:]
    for table in TABLES:
        want, got = read(table, LATEST), published(root, LATEST, table)
        assert pq.read_schema(root / "snapshots" / f"snapshot={LATEST}" / f"{table}.parquet").equals(SCHEMAS[table])
        pd.testing.assert_frame_equal(sorted_frame(got), sorted_frame(want), check_dtype=True)
    manifest = json.loads((root / "snapshots" / f"snapshot={LATEST}" / "manifest.json").read_text())
    assert manifest["source"] == "ingest"
    inputs = {i["file"]: i["sha256"] for i in manifest["provenance"]["inputs"]}
    assert inputs == {f.name: sha(f) for f in files}
    data = json.loads(report.read_text())
    assert data["errors"] == 0 and data["ok"] and data["rows"]["qualifications"] == 48_024
    # Built from workbooks alone: every member submitted, nothing is demo any more.
    members = set(read("institutions", LATEST)["institution_id"])
    assert manifest["provenance"]["members"] == {"submitted": sorted(members), "carried": [], "demo": []}
    assert manifest["provenance"]["secretariat"] == "submitted"
    assert not scan(root).origins(LATEST).has_demo


def _edit_member(path, institution: str):
    """A member's quarterly update: more staff, a new item with no id, one item withdrawn."""
    wb = openpyxl.load_workbook(path)
    profile = wb["机构概况 (institutions)"]
    profile["C2"] = profile["C2"].value + 7  # technical_staff
    items = wb["资质项目 (qualifications)"]
    withdrawn = items.cell(2, 1).value
    items.delete_rows(2)
    items.append([None, institution, None, "计量校准", "parameter", "  超声波流量计 · 示值误差 ", None,
                  "ＪＪＧ １０３０-2007", "2022年8月15日"])
    wb.save(path)
    return withdrawn


def test_member_update_replaces_only_its_own_rows(exported, copy, tmp_path):
    member = tmp_path / "sy_metrology.xlsx"
    shutil.copy(exported / f"alliance_member_sy_metrology_{LATEST}.xlsx", member)
    withdrawn = _edit_member(member, "sy_metrology")
    before = tree(copy / "snapshots")
    report = tmp_path / "r.json"
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), "--report", str(report), str(member)]) == 0
    assert {k: v for k, v in tree(copy / "snapshots").items() if not k.startswith(f"snapshot={NEW}")} == before
    assert scan(copy).dates[-1] == NEW

    base_q, new_q = read("qualifications", LATEST), published(copy, NEW, "qualifications")
    others = sorted_frame(base_q[base_q.institution_id != "sy_metrology"])
    pd.testing.assert_frame_equal(sorted_frame(new_q[new_q.institution_id != "sy_metrology"]), others)
    mine_before = base_q[base_q.institution_id == "sy_metrology"]
    mine = new_q[new_q.institution_id == "sy_metrology"]
    assert len(mine) == len(mine_before)  # one withdrawn, one added
    assert withdrawn not in set(mine.qualification_id)
    added = mine[~mine.qualification_id.isin(mine_before.qualification_id)].iloc[0]
    assert added.qualification_id.startswith("sy_metrology-q")
    assert added.item_zh == "超声波流量计 · 示值误差" and added.standard_code == "JJG 1030-2007"
    assert added.domain_id == "metrology" and str(added.accredited_on) == "2022-08-15"

    staff_before = read("institutions", LATEST).set_index("institution_id").technical_staff
    staff = published(copy, NEW, "institutions").set_index("institution_id").technical_staff
    assert staff.sum() == staff_before.sum() + 7
    for table in ("areas", "domains", "working_groups", "working_group_members", "demand", "events", "services"):
        pd.testing.assert_frame_equal(sorted_frame(published(copy, NEW, table)), sorted_frame(read(table, LATEST)))

    notes = {n["code"]: n["count"] for n in json.loads(report.read_text())["notes"]}
    assert notes["id_assigned"] == 1 and notes["name_as_id"] == 1 and notes["fullwidth"] >= 1
    assert notes["date_as_text"] == 1 and notes["whitespace"] >= 1
    manifest = json.loads((copy / "snapshots" / f"snapshot={NEW}" / "manifest.json").read_text())
    assert manifest["provenance"]["base"] == LATEST
    others = sorted(set(read("institutions", LATEST)["institution_id"]) - {"sy_metrology"})
    assert manifest["provenance"]["members"] == {"submitted": ["sy_metrology"], "carried": [], "demo": others}
    assert manifest["provenance"]["secretariat"] == "demo"
    assert json.loads(report.read_text())["members"]["submitted"] == ["sy_metrology"]


def test_provenance_carries_across_ingests_and_reads_old_manifests(exported, copy, tmp_path, capsys):
    """A submission kept by the next ingest is "carried", not demo; demo rows stay demo; a manifest written before
    the record existed is worked out from its inputs and base, to the same answer."""
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    shutil.copy(exported / f"alliance_member_sy_metrology_{LATEST}.xlsx", first)
    shutil.copy(exported / f"alliance_member_as_food_{LATEST}.xlsx", second)
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), "--lang", "en", str(first)]) == 0
    members = read("institutions", LATEST)["institution_id"]
    assert f"Members: 1 member's rows from submissions, {len(members) - 1} carried from the demo data." in \
        capsys.readouterr().out
    later = "2022-12-31"
    assert main(["ingest", "--as-of", later, "--data-dir", str(copy), str(second)]) == 0
    path = copy / "snapshots" / f"snapshot={later}" / "manifest.json"
    manifest = json.loads(path.read_text())
    demo = sorted(set(members) - {"sy_metrology", "as_food"})
    assert manifest["provenance"]["members"] == {"submitted": ["as_food"], "carried": ["sy_metrology"], "demo": demo}
    origins = scan(copy).origins(later)
    assert origins.has_demo and origins.of("sy_metrology") == "carried" and origins.of("as_food") == "submitted"
    assert scan(copy).origins(LATEST).has_demo and scan(copy).origins(LATEST).of("as_food") == "demo"
    for date in (NEW, later):  # as an ingest before the record existed wrote them
        old = copy / "snapshots" / f"snapshot={date}" / "manifest.json"
        m = json.loads(old.read_text())
        del m["provenance"]["members"], m["provenance"]["secretariat"]
        old.write_text(json.dumps(m))
    cat = scan(copy)
    assert [s.date for s in cat.snapshots][-2:] == [NEW, later]
    old = cat.origins(later)
    assert old.submitted == {"as_food"} and old.carried == {"sy_metrology"} and old.rest == "demo"
    assert old.secretariat == "demo" and old.has_demo and old.of(demo[0]) == "demo"


def test_dry_run_writes_nothing(exported, copy, capsys):
    before = tree(copy)
    member = exported / f"alliance_member_sy_lead_{LATEST}.xlsx"
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), "--dry-run", "--lang", "en", str(member)]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert tree(copy) == before


def test_existing_snapshot_needs_replace(exported, copy, capsys):
    before = tree(copy)
    files = [str(p) for p in sorted(exported.glob("*.xlsx"))]
    assert main(["ingest", "--as-of", LATEST, "--data-dir", str(copy), *files]) == 2
    assert "--replace" in capsys.readouterr().err
    assert tree(copy) == before
    assert main(["ingest", "--as-of", LATEST, "--data-dir", str(copy), "--replace", *files]) == 0
    manifest = json.loads((copy / "snapshots" / f"snapshot={LATEST}" / "manifest.json").read_text())
    assert manifest["source"] == "ingest" and manifest["provenance"]["base"] == "2022-03-31"
    after = tree(copy)
    replaced = {k: v for k, v in before.items() if k.startswith(f"snapshots/snapshot={LATEST}/")}
    kept = {k.split("/", 3)[3]: v for k, v in after.items() if k.startswith("snapshots/.retired/")}
    assert kept == {k.split("/", 2)[2]: v for k, v in replaced.items()}  # the old one, byte for byte, set aside
    # Everything else as it was; derived/ holds search indexes, caches built per snapshot on demand (the new
    # snapshot gets one unless an earlier test already built an index for the same items); audit/ gains the
    # record of this publish (tested in test_a_publish_is_recorded_with_its_actor_files_and_changes).
    assert {k: v for k, v in after.items()
            if not k.startswith((f"snapshots/snapshot={LATEST}", "snapshots/.", "derived/", "audit/"))} == \
        {k: v for k, v in before.items() if not k.startswith((f"snapshots/snapshot={LATEST}", "derived/"))}


def test_removing_a_member_drops_its_rows(exported, copy, tmp_path):
    sec = tmp_path / "secretariat.xlsx"
    shutil.copy(exported / f"alliance_secretariat_{LATEST}.xlsx", sec)
    wb = openpyxl.load_workbook(sec)
    gone = "tl_valve"
    for title in ("成员机构 (institutions)", "工作组成员 (working_group_members)"):
        ws = wb[title]
        col = 1 if title.startswith("成员") else 2
        for r in range(ws.max_row, 1, -1):
            if ws.cell(r, col).value == gone:
                ws.delete_rows(r)
    wb.save(sec)
    refs = read("events", LATEST)
    assert gone not in set(refs.institution_id.dropna())  # else the events would need editing too
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), str(sec)]) == 0
    for table, col in [("institutions", "institution_id"), ("qualifications", "institution_id"),
                       ("services", "provider_institution_id"), ("capacity", "institution_id")]:
        assert gone not in set(published(copy, NEW, table)[col])
    q = read("qualifications", LATEST)
    assert len(published(copy, NEW, "qualifications")) == len(q) - (q.institution_id == gone).sum()


def test_template_sheets_headers_dropdowns_and_dates(tmp_path):
    out = tmp_path / "member.xlsx"
    assert main(["template", "--kind", "member", "--out", str(out), "--snapshot", LATEST, "--institution", "sy_lead",
                 "--data-dir", str(DATA)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [spec.INSTRUCTIONS_SHEET, *(s.name for s in spec.MEMBER.sheets), spec.LISTS_SHEET]
    assert "资质项目 (qualifications)" in wb.sheetnames
    for sheet in spec.MEMBER.sheets:
        ws = wb[sheet.name]
        assert [c.value for c in ws[1]] == [c.header for c in sheet.columns]
    profile = wb["机构概况 (institutions)"]
    assert profile["C1"].value == "专业技术人员 (technical_staff)"
    q = wb["资质项目 (qualifications)"]
    want = read("qualifications", LATEST)
    assert q.max_row - 1 == (want.institution_id == "sy_lead").sum()
    assert q["I2"].is_date and q["I2"].number_format == "yyyy-mm-dd"
    ranges = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in q.data_validations.dataValidation}
    assert "E2" in ranges and "代码表" in ranges["E2"]  # scope_type drop-down from the code list
    services = wb["服务记录 (services)"]
    assert services["E2"].is_date and services["E2"].number_format == "yyyy-mm"
    text = " ".join(str(c.value) for row in wb[spec.INSTRUCTIONS_SHEET].iter_rows() for c in row if c.value)
    assert "sy_lead" in text and "Do not rename sheets" in text and "请勿修改工作表名称" in text


def test_empty_templates(tmp_path):
    for kind in ("member", "secretariat"):
        out = tmp_path / f"{kind}.xlsx"
        assert main(["template", "--kind", kind, "--out", str(out), "--data-dir", str(tmp_path / "none")]) == 0
        wb = openpyxl.load_workbook(out)
        assert all(wb[s.name].max_row == 1 for s in spec.KINDS[kind].sheets)


@pytest.mark.parametrize("argv", [
    ["template", "--kind", "member", "--out", "x.xlsx", "--snapshot", LATEST, "--institution", "no body!"],
    ["template", "--kind", "secretariat", "--out", "x.xlsx", "--institution", "sy_lead"],
    ["template", "--kind", "member", "--out", "x.csv"],
    ["template", "--kind", "other", "--out", "x.xlsx"],
    ["export-workbooks", "--snapshot", "2019-01-01", "--out", "x"],
    ["ingest", "--as-of", "2022-13-01", "x.xlsx"],
    ["ingest", "--as-of", NEW, "does-not-exist.xlsx"],
])
def test_usage_errors_exit_2(argv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--data-dir", str(DATA)] if argv[0] != "ingest" else argv)
    assert exc.value.code == 2


def test_member_workbook_holds_exactly_what_ingest_replaces():
    tables = read_tables(scan(DATA).get(LATEST))
    import io
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes("member", tables, institution_id="sy_metrology",
                                                          snapshot=LATEST)), read_only=True)
    counts = {s.table: sum(1 for _ in wb[s.name].iter_rows(min_row=2)) for s in spec.MEMBER.sheets}
    for sheet in spec.MEMBER.sheets:
        df = read(sheet.table, LATEST)
        assert counts[sheet.table] == (df[sheet.own] == "sy_metrology").sum(), sheet.table
    assert counts["qualifications"] >= 1052  # the flowmeter centre's items are the metrology institute's


def test_member_named_by_its_chinese_name(exported, copy, tmp_path):
    """A member that writes its name instead of its id everywhere is still recognised as itself."""
    member = tmp_path / "named.xlsx"
    shutil.copy(exported / f"alliance_member_sy_metrology_{LATEST}.xlsx", member)
    wb = openpyxl.load_workbook(member)
    for sheet in spec.MEMBER.sheets:
        ws = wb[sheet.name]
        col = sheet.column_names.index(sheet.own) + 1
        for r in range(2, ws.max_row + 1):
            ws.cell(r, col).value = "沈阳计量测试院"
    wb.save(member)
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), "--dry-run", str(member)]) == 0
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), str(member)]) == 0
    got = published(copy, NEW, "qualifications")
    base = read("qualifications", LATEST)
    assert (got.institution_id == "sy_metrology").sum() == (base.institution_id == "sy_metrology").sum()


def test_a_publish_is_recorded_with_its_actor_files_and_changes(exported, copy, tmp_path):
    """The publish record (access.audit): who, which files with their SHA-256, the snapshot, the row changes; the
    snapshot's provenance names the publisher. A dry run and a failed run add nothing."""
    from alliance.access import audit

    member = tmp_path / "sy_metrology.xlsx"
    shutil.copy(exported / f"alliance_member_sy_metrology_{LATEST}.xlsx", member)
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), "--dry-run", str(member)]) == 0
    assert audit.entries(copy) == []
    assert main(["ingest", "--as-of", NEW, "--data-dir", str(copy), "--actor", "secretariat@alliance.test",
                 str(member)]) == 0
    (entry,) = audit.entries(copy)
    assert entry["action"] == "publish" and entry["actor"] == "secretariat@alliance.test"
    assert entry["snapshot"] == NEW and entry["base"] == LATEST
    assert entry["files"] == [{"file": "sy_metrology.xlsx", "sha256": sha(member), "institution_id": "sy_metrology"}]
    base_rows = {t: len(read(t, LATEST)) for t in ("qualifications", "institutions")}
    assert entry["row_changes"]["institutions"] == len(published(copy, NEW, "institutions")) - base_rows["institutions"]
    manifest = json.loads((copy / "snapshots" / f"snapshot={NEW}" / "manifest.json").read_text())
    assert manifest["provenance"]["publisher"] == "secretariat@alliance.test"
