"""The CMA capability annex (issue 22): round trips of every demo institution, hand-made annexes built the way
certification bodies write them, located problems that publish nothing, hostile files, and a real publish."""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import DATA, LATEST, copy_demo, read
from docx.oxml import OxmlElement
from openpyxl import Workbook

from alliance.__main__ import main
from alliance.annex import categories, codes, writer
from alliance.annex.reader import read_annex
from alliance.ingest.report import Report

QUALIFICATIONS = read("qualifications")
DOMAINS = read("domains")
CATEGORIES = categories.load(DATA, DOMAINS)
HEADER = list(writer.HEADER)
SUB = ["", "", "序号", "名称", "", "", ""]


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def data_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("annex") / "data"
    copy_demo(root, "derived")
    return root


def items(path: Path) -> tuple[list, Report]:
    report = Report()
    annex = read_annex(path, report, CATEGORIES)
    return [(i.item_zh, i.standard_code, i.domain_id) for i in annex.items], report


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


# Round trip ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_every_institution_round_trips(tmp_path, kind):
    """Exported as annex and read again, each institution's scope is the snapshot's: same items, codes (with
    their years) and domains, nothing lost, nothing added."""
    for inst, part in QUALIFICATIONS.groupby("institution_id"):
        sections = writer.layout(part, DOMAINS)
        path = tmp_path / f"{inst}.{kind}"
        path.write_bytes(writer.xlsx_bytes(sections) if kind == "xlsx" else writer.docx_bytes(sections, inst))
        got, report = items(path)
        assert not report.problems, (inst, report.problems[:3])
        want = list(zip(part["item_zh"], part["standard_code"], part["domain_id"]))
        assert len(got) == len(want) and set(got) == set(want), inst


@pytest.mark.parametrize("inst", ["as_build", "sy_lead"])
def test_cli_export_then_dry_run_import_changes_nothing(tmp_path, capsys, inst):
    before = tree_hash(DATA / "snapshots")
    for kind in ("xlsx", "docx"):
        out = tmp_path / f"{inst}.{kind}"
        code, printed, _ = run(capsys, "export-annex", "--institution", inst, "--out", out, "--data-dir", DATA,
                               "--lang", "en")
        assert code == 0 and out.is_file(), printed
        code, printed, err = run(capsys, "import-annex", "--institution", inst, out, "--dry-run", "--json",
                                 "--data-dir", DATA)
        result = json.loads(printed)
        n = int((QUALIFICATIONS["institution_id"] == inst).sum())
        assert code == 0, err
        assert result["base"] == LATEST and result["ok"] and result["published"] is None
        assert (result["diff"]["added"], result["diff"]["withdrawn"], result["diff"]["unchanged"]) == (0, 0, n)
    assert tree_hash(DATA / "snapshots") == before


# Standards cells ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    ("GB 5009.12-2017 食品安全国家标准 食品中铅的测定 第一法", ["GB 5009.12-2017"]),
    ("食品中铅的测定 GB 5009.12-2017", ["GB 5009.12-2017"]),
    ("GB／T 5750．6－2006", ["GB/T 5750.6-2006"]),
    ("GBT 5750.6–2006", ["GB/T 5750.6-2006"]),
    ("GB / T 5750. 6 - 2006", ["GB/T 5750.6-2006"]),
    ("GB/T 5750.6-2006\nGB/T 5750.7-2006", ["GB/T 5750.6-2006", "GB/T 5750.7-2006"]),
    ("GB 5009.3-2016、GB 5009.4-2016", ["GB 5009.3-2016", "GB 5009.4-2016"]),
    ("GB 5009.3-2016；HJ 484-2009", ["GB 5009.3-2016", "HJ 484-2009"]),
    ("GB/T 14684-2011/GB/T 14685-2011", ["GB/T 14684-2011", "GB/T 14685-2011"]),
    ("食品中铅、镉的测定 GB 5009.15-2014", ["GB 5009.15-2014"]),
    ("DB21/T 1234-2020 (只用第二法)", ["DB21/T 1234-2020"]),
    ("作业指导书", []),
])
def test_standards_cell(cell, expected):
    assert [s.code for s in codes.split(cell)] == expected


def test_method_is_kept_with_its_standard():
    assert [s.method for s in codes.split("GB 5009.12-2017 第二法；GB 5009.15-2014 (只用石墨炉法)")] == \
        ["第二法", "(只用石墨炉法)"]


# Hand-made annexes --------------------------------------------------------------------------------------------

def handmade_xlsx(path: Path) -> None:
    """As a certification body's Excel annex: a title, a two-row header with merges, category rows merged across,
    product cells merged down over their parameters, blank under the first, a header repeated at a page break,
    several standards in one cell with each separator, full-width codes, codes before names, a formula cell."""
    wb = Workbook()
    ws = wb.active
    rows = [
        ["批准某某检验检测中心检验检测的能力范围"],
        HEADER, SUB,
        ["一、食品"],
        ["1", "小麦粉", "1", "铅", "GB 5009.12-2017 食品安全国家标准 食品中铅的测定 第一法\nGB 5009.268-2016", "", ""],
        ["1", "小麦粉", "2", "水分", "食品中水分的测定 GB 5009.3-2016、GB／T 5750．6－2006", "只测直接干燥法", ""],
        ["2", "白酒", "1", "酒精度", "GB 5009.225-2016；GBT 10345–2022", "", "=1+1"],
        ["", "", "2", "甲醇", "GB/T 14684-2011/GB/T 14685-2011", "", ""],
        HEADER, SUB,
        ["二、水和废水"],
        ["3", "生活饮用水", "", "", "GB/T 5750.1-2006", "", ""],
        ["3", "生活饮用水", "1", "浑浊度", "GB / T 5750. 4 - 2006 第二法", "仅限散射法", "现场"],
    ]
    for r in rows:
        ws.append(r)
    ws.merge_cells("A1:G1")
    for c in "ABEFG":
        ws.merge_cells(f"{c}2:{c}3")
    ws.merge_cells("C2:D2")
    ws.merge_cells("A4:G4")
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("A11:G11")
    wb.save(path)


XLSX_EXPECTED = [
    ("小麦粉 · 铅", "GB 5009.12-2017", "food"), ("小麦粉 · 铅", "GB 5009.268-2016", "food"),
    ("小麦粉 · 水分", "GB 5009.3-2016", "food"), ("小麦粉 · 水分", "GB/T 5750.6-2006", "food"),
    ("白酒 · 酒精度", "GB 5009.225-2016", "food"), ("白酒 · 酒精度", "GB/T 10345-2022", "food"),
    ("白酒 · 甲醇", "GB/T 14684-2011", "food"), ("白酒 · 甲醇", "GB/T 14685-2011", "food"),
    ("生活饮用水", "GB/T 5750.1-2006", "water"), ("生活饮用水 · 浑浊度", "GB/T 5750.4-2006", "water"),
]


def test_handmade_xlsx(tmp_path):
    path = tmp_path / "annex.xlsx"
    handmade_xlsx(path)
    report = Report()
    annex = read_annex(path, report, CATEGORIES)
    assert not report.problems, report.problems
    assert [(i.item_zh, i.standard_code, i.domain_id) for i in annex.items] == XLSX_EXPECTED
    by = {(i.item_zh, i.standard_code): i for i in annex.items}
    assert by[("小麦粉 · 水分", "GB 5009.3-2016")].restriction == "只测直接干燥法"
    assert by[("小麦粉 · 铅", "GB 5009.12-2017")].method == "第一法"
    turbidity = by[("生活饮用水 · 浑浊度", "GB/T 5750.4-2006")]
    assert (turbidity.method, turbidity.restriction, turbidity.remark) == ("第二法", "仅限散射法", "现场")
    assert by[("白酒 · 酒精度", "GB 5009.225-2016")].remark == "=1+1"  # a formula is text, never evaluated
    assert [n["code"] for n in report.notes] == ["annex_formula_as_text"]


def _docx_table(document, rows, header=True, merges=()):
    table = document.add_table(rows=len(rows) + (2 if header else 0), cols=7)
    all_rows = ([HEADER, SUB] if header else []) + rows
    for r, values in enumerate(all_rows):
        for c, v in enumerate(values):
            if v and not (header and r == 0 and c == 3):
                table.cell(r, c).text = v
    if header:
        table.cell(0, 2).merge(table.cell(0, 3))
        for i in (0, 1):
            el = OxmlElement("w:tblHeader")
            table.rows[i]._tr.get_or_add_trPr().append(el)
    off = 2 if header else 0
    for (r1, c1), (r2, c2) in merges:
        table.cell(r1 + off, c1).merge(table.cell(r2 + off, c2))
    return table


def handmade_docx(path: Path) -> None:
    """As a Word annex: the table cut into three tables at page breaks (the second without a header, the third
    repeating it), category rows merged across, products numbered 1, 2 and parameters 1.1, 1.2 in one name
    column, product cells merged down, code first or name first, a line break between two standards."""
    document = docx.Document()
    document.add_paragraph("检验检测机构资质认定证书附表")
    _docx_table(document, [
        ["一、建筑材料", "", "", "", "", "", ""],
        ["", "", "1", "建设用砂", "", "", ""],
        ["", "", "1.1", "颗粒级配", "GB/T 14684-2011 建设用砂", "", ""],
        ["", "", "1.2", "含泥量", "建设用砂 GB/T 14684-2011\nJGJ 52-2006 普通混凝土用砂、石质量及检验方法标准", "", ""],
    ], merges=[((0, 0), (0, 6))])
    document.add_paragraph("")
    _docx_table(document, [
        ["", "", "2", "水泥", "", "", ""],
        ["", "", "2.1", "安定性", "GB/T 1346-2011 第一法", "", ""],
    ], header=False)
    document.add_paragraph("")
    _docx_table(document, [
        ["二", "计量器具", "", "", "", "", ""],
        ["1", "压力表", "1", "示值误差", "JJG 52-2013", "", ""],
        ["", "", "2", "回程误差", "JJG 52-2013", "", ""],
    ], merges=[((1, 0), (2, 0)), ((1, 1), (2, 1))])
    document.save(path)


DOCX_EXPECTED = [
    ("建设用砂 · 颗粒级配", "GB/T 14684-2011", "building_materials"),
    ("建设用砂 · 含泥量", "GB/T 14684-2011", "building_materials"),
    ("建设用砂 · 含泥量", "JGJ 52-2006", "building_materials"),
    ("水泥 · 安定性", "GB/T 1346-2011", "building_materials"),
    ("压力表 · 示值误差", "JJG 52-2013", "metrology"), ("压力表 · 回程误差", "JJG 52-2013", "metrology"),
]


def test_handmade_docx(tmp_path):
    path = tmp_path / "annex.docx"
    handmade_docx(path)
    got, report = items(path)
    assert not report.problems, report.problems
    assert got == DOCX_EXPECTED


# Problems: exit 1, located, nothing published -------------------------------------------------------------------

def _xlsx(path: Path, rows) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(SUB)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


PROBLEMS = {
    "annex_unmapped_category": ([["一、航天器"], ["1", "卫星", "1", "质量", "GB/T 1-2020", "", ""]], 3, None),
    "annex_no_code": ([["一、食品"], ["1", "大米", "1", "水分", "按作业指导书", "", ""]], 4, "E"),
    "annex_parameter_without_product": ([["一、食品"], ["", "", "1.1", "水分", "GB 5009.3-2016", "", ""]], 4, "D"),
    "annex_duplicate": ([["一、食品"], ["1", "大米", "1", "水分", "GB 5009.3-2016", "", ""],
                         ["1", "大米", "2", "水分", "GB 5009.3-2016", "", ""]], 5, "E"),
}


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_problem_is_located_and_publishes_nothing(tmp_path, capsys, data_root, code):
    rows, row, column = PROBLEMS[code]
    path = _xlsx(tmp_path / "annex.xlsx", rows)
    before = tree_hash(data_root)
    exit_code, printed, err = run(capsys, "import-annex", "--institution", "as_build", path, "--json",
                                  "--as-of", "2022-09-30", "--data-dir", data_root)
    assert exit_code == 1, err
    result = json.loads(printed)
    found = [p for p in result["problems"] if p["code"] == code]
    assert found and result["published"] is None
    p = found[0]
    assert (p["file"], p["sheet"], p["row"], p["column_letter"]) == ("annex.xlsx", "Sheet", row, column)
    assert p["message_zh"] and p["message_en"] and "(s)" not in p["message_en"]
    assert tree_hash(data_root) == before


def test_unknown_institution_is_a_located_problem(tmp_path, capsys, data_root):
    path = _xlsx(tmp_path / "a.xlsx", [["一、食品"], ["1", "大米", "1", "水分", "GB 5009.3-2016", "", ""]])
    code, printed, _ = run(capsys, "import-annex", "--institution", "nobody", path, "--json", "--dry-run",
                           "--data-dir", data_root)
    assert code == 1 and json.loads(printed)["problems"][0]["code"] == "annex_not_a_member"


# Hostile files ------------------------------------------------------------------------------------------------

def _bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 << 20))


@pytest.mark.parametrize("case, expected", [
    ("docx_renamed", "annex_wrong_kind"), ("xlsm", "annex_macro"), ("vba_inside", "annex_macro"),
    ("bomb", "zip_bomb"), ("text", "annex_not_annex"), ("pdf", "annex_not_annex"), ("empty", "empty_file"),
    ("no_table", "annex_no_table"),
])
def test_hostile_files_are_refused(tmp_path, capsys, data_root, case, expected):
    if case == "docx_renamed":
        handmade_docx(tmp_path / "x.docx")
        path = (tmp_path / "x.docx").rename(tmp_path / "annex.xlsx")
    elif case == "xlsm":
        path = _xlsx(tmp_path / "annex.xlsm", [])
    elif case == "vba_inside":
        path = _xlsx(tmp_path / "annex.xlsx", [])
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("xl/vbaProject.bin", b"\0" * 64)
    elif case == "bomb":
        path = tmp_path / "annex.xlsx"
        _bomb(path)
    elif case == "text":
        path = tmp_path / "annex.xlsx"
        path.write_text("序号,名称\n1,水分\n", encoding="utf-8")
    elif case == "no_table":  # a workbook, but no annex table in it
        wb = Workbook()
        wb.active.append(["名称", "数量"])
        wb.active.append(["水分", 1])
        path = tmp_path / "annex.xlsx"
        wb.save(path)
    elif case == "pdf":
        path = tmp_path / "annex.pdf"
        path.write_bytes(b"%PDF-1.7\n")
    else:
        path = tmp_path / "annex.docx"
        path.write_bytes(b"")
    before = tree_hash(data_root)
    code, printed, err = run(capsys, "import-annex", "--institution", "as_build", path, "--json",
                             "--as-of", "2022-09-30", "--data-dir", data_root)
    assert code == 1, err
    problems = json.loads(printed)["problems"]
    assert [p["code"] for p in problems] == [expected]
    assert problems[0]["message_en"] and problems[0]["message_zh"]
    assert tree_hash(data_root) == before


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_too_many_rows_are_refused(tmp_path, monkeypatch, kind):
    """The row limit (500,000, what 50 MB of rows holds) stops reading; lowered here so the test stays small."""
    from alliance.ingest import spec

    monkeypatch.setattr(spec, "MAX_ROWS", 5)
    if kind == "xlsx":
        path = _xlsx(tmp_path / "a.xlsx", [["一、食品"]] + [["1", "大米", str(i), f"参数{i}", "GB 5009.3-2016", "", ""]
                                                       for i in range(10)])
    else:
        path = tmp_path / "a.docx"
        handmade_docx(path)
    _, report = items(path)
    assert [p["code"] for p in report.problems] == ["too_many_rows"]


def test_usage_errors_exit_2(tmp_path, capsys, data_root):
    path = _xlsx(tmp_path / "a.xlsx", [["一、食品"], ["1", "大米", "1", "水分", "GB 5009.3-2016", "", ""]])
    code, _, err = run(capsys, "import-annex", "--institution", "as_build", path, "--as-of", LATEST,
                       "--data-dir", data_root)
    assert code == 2 and err
    code, _, _ = run(capsys, "import-annex", path)
    assert code == 2
    code, _, _ = run(capsys, "export-annex", "--institution", "as_build", "--out", tmp_path / "x.pdf",
                     "--data-dir", data_root)
    assert code == 2


# Publish ------------------------------------------------------------------------------------------------------

def test_publish_creates_next_snapshot_with_the_new_scope(tmp_path, capsys):
    root = tmp_path / "data"
    copy_demo(root, "derived")
    inst = "as_build"
    mine = QUALIFICATIONS[QUALIFICATIONS["institution_id"] == inst]
    kept = mine.iloc[10:]  # the first ten items withdrawn, one added
    sections = writer.layout(kept, DOMAINS)
    sections.append(("三、食品", [writer.Block(1, "小麦粉", [("1.1", "铅", "GB 5009.12-2017", "", "")])]))
    path = tmp_path / "annex.xlsx"
    path.write_bytes(writer.xlsx_bytes(sections))
    code, printed, err = run(capsys, "import-annex", "--institution", inst, path, "--as-of", "2022-09-30",
                             "--data-dir", root, "--actor", "tester", "--lang", "en")
    assert code == 0, err
    assert f"Added: 1 · withdrawn: 10 · conditions changed: 0 · unchanged: {len(kept)}" in printed
    new = pd.read_parquet(root / "snapshots" / "snapshot=2022-09-30" / "qualifications.parquet")
    ours = new[new["institution_id"] == inst]
    assert set(ours["qualification_id"]) >= set(kept["qualification_id"])
    assert set(zip(ours["item_zh"], ours["standard_code"])) == \
        set(zip(kept["item_zh"], kept["standard_code"])) | {("小麦粉 · 铅", "GB 5009.12-2017")}
    added = ours[ours["item_zh"] == "小麦粉 · 铅"].iloc[0]
    assert added["qualification_id"].startswith(f"{inst}-q") and added["domain_id"] == "food"
    others = new[new["institution_id"] != inst].sort_values("qualification_id").reset_index(drop=True)
    before = QUALIFICATIONS[QUALIFICATIONS["institution_id"] != inst].sort_values("qualification_id")
    pd.testing.assert_frame_equal(others, before.reset_index(drop=True), check_dtype=False)
    manifest = json.loads((root / "snapshots" / "snapshot=2022-09-30" / "manifest.json").read_text())
    prov = manifest["provenance"]
    assert prov["annex"]["institution_id"] == inst and prov["publisher"] == "tester"
    assert prov["annex"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert inst in prov["members"]["submitted"]
    for table in ("institutions", "domains", "labs", "services"):
        assert manifest["tables"][table]["sha256"] == \
            json.loads((DATA / "snapshots" / f"snapshot={LATEST}" / "manifest.json").read_text())["tables"][
                table]["sha256"]


def _conditions(root: Path, date: str) -> dict:
    """qualification_id -> (method, 限制范围, 说明), straight from the snapshot's file."""
    path = root / "snapshots" / f"snapshot={date}" / "qualification_conditions.parquet"
    if not path.is_file():
        return {}
    rows = pq.read_table(path).to_pylist()
    return {r["qualification_id"]: (r["method_zh"], r["restriction_zh"], r["remark_zh"]) for r in rows}


def test_conditions_are_kept_exported_and_carried(tmp_path, capsys):
    """限制范围, 说明 and the method by the code are kept beside the items (qualification_conditions, listed and
    verified in the manifest like every table), written back by the export so a round trip changes nothing, reported
    as changed when only they change, and carried by a workbook ingest for items still held as they were."""
    from alliance.snapshots import scan

    root = tmp_path / "data"
    copy_demo(root, "derived")
    inst = "as_build"
    annex = tmp_path / "annex.xlsx"
    handmade_xlsx(annex)
    code, _, err = run(capsys, "import-annex", "--institution", inst, annex, "--as-of", "2022-09-30",
                       "--data-dir", root, "--actor", "tester")
    assert code == 0, err
    snap = scan(root).get("2022-09-30")
    assert snap is not None and snap.has("qualification_conditions")
    ours = pd.read_parquet(snap.file("qualifications")).query("institution_id == @inst")
    ids = {(z, c): q for q, z, c in zip(ours["qualification_id"], ours["item_zh"], ours["standard_code"])}
    held = _conditions(root, "2022-09-30")
    assert held == {  # read by hand from handmade_xlsx
        ids[("小麦粉 · 铅", "GB 5009.12-2017")]: ("第一法", None, None),
        ids[("小麦粉 · 水分", "GB 5009.3-2016")]: (None, "只测直接干燥法", None),
        ids[("小麦粉 · 水分", "GB/T 5750.6-2006")]: (None, "只测直接干燥法", None),
        ids[("白酒 · 酒精度", "GB 5009.225-2016")]: (None, None, "=1+1"),
        ids[("白酒 · 酒精度", "GB/T 10345-2022")]: (None, None, "=1+1"),
        ids[("生活饮用水 · 浑浊度", "GB/T 5750.4-2006")]: ("第二法", "仅限散射法", "现场"),
    }
    manifest = json.loads((snap.path / "manifest.json").read_text())
    assert manifest["tables"]["qualification_conditions"]["rows"] == 6
    # Analysts read them on the SQL page: the new snapshot's six, none in the demo's
    from alliance.sql import sandbox
    count = "SELECT count(*) AS n FROM qualification_conditions"
    assert [sandbox.run(scan(root), count, date).df["n"].iloc[0] for date in ("2022-09-30", LATEST)] == [6, 0]

    for kind in ("xlsx", "docx"):  # exported and read again: nothing added, withdrawn or changed
        out = tmp_path / f"back.{kind}"
        assert run(capsys, "export-annex", "--institution", inst, "--out", out, "--data-dir", root)[0] == 0
        code, printed, err = run(capsys, "import-annex", "--institution", inst, out, "--as-of", "2022-12-31",
                                 "--dry-run", "--json", "--data-dir", root)
        diff = json.loads(printed)["diff"]
        assert code == 0 and (diff["added"], diff["withdrawn"], diff["changed"], diff["unchanged"]) == \
            (0, 0, 0, len(XLSX_EXPECTED)), err

    changed = tmp_path / "changed.xlsx"
    sections = writer.layout(ours, DOMAINS, pd.read_parquet(snap.file("qualification_conditions"))
                             .set_index("qualification_id"))
    sections = [(t, [writer.Block(b.number, b.product, [(n, p, s, "不测粗粮" if p == "铅" else r, m)
                                                         for n, p, s, r, m in b.rows]) for b in blocks])
                for t, blocks in sections]
    changed.write_bytes(writer.xlsx_bytes(sections))
    code, printed, _ = run(capsys, "import-annex", "--institution", inst, changed, "--as-of", "2022-12-31",
                           "--dry-run", "--json", "--data-dir", root)
    diff = json.loads(printed)["diff"]
    assert (diff["added"], diff["withdrawn"], diff["changed"]) == (0, 0, 2)
    assert {(i["item_zh"], i["restriction"], i["was"]["restriction_zh"]) for i in diff["changed_items"]} == \
        {("小麦粉 · 铅", "不测粗粮", None)}

    # A workbook ingest on top keeps the conditions of the items it still holds as they were.
    exported = tmp_path / "workbooks"
    assert main(["export-workbooks", "--snapshot", "2022-09-30", "--out", str(exported), "--data-dir", str(root)]) == 0
    assert main(["ingest", "--as-of", "2022-12-31", "--data-dir", str(root), "--actor", "tester",
                 *map(str, sorted(exported.glob("*.xlsx")))]) == 0
    assert _conditions(root, "2022-12-31") == held

    # The file is verified like the contract's: a changed byte and the snapshot is not served.
    path = snap.file("qualification_conditions")
    path.write_bytes(path.read_bytes()[:-8] + b"\0" * 8)
    assert scan(root).get("2022-09-30") is None


def test_writer_layout_merges_products(tmp_path):
    """The export is the annex layout: the product's cells merged over its parameters, one cell per item."""
    from openpyxl import load_workbook

    part = QUALIFICATIONS[QUALIFICATIONS["institution_id"] == "as_build"]
    blob = writer.xlsx_bytes(writer.layout(part, DOMAINS))
    ws = load_workbook(io.BytesIO(blob)).active
    merged = [str(r) for r in ws.merged_cells.ranges]
    assert "C1:D1" in merged and any(r.startswith("B") and r.split(":")[1].startswith("B") and r != "B1:B2"
                                     for r in merged)
    assert ws["A3"].value.startswith("一、")


def test_upload_page_shows_the_diff_and_publishes(tmp_path, monkeypatch):
    """The same import on the upload page: pick the member, hand in the annex, read the diff (counts and the added
    and withdrawn items), publish; a problem file shows where its problem is and offers no publish."""
    from conftest import run_page

    root = tmp_path / "data"
    copy_demo(root, "derived")
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(root))
    monkeypatch.setenv("ALLIANCE_ENABLE_UPLOAD", "1")
    inst = "as_build"
    mine = QUALIFICATIONS[QUALIFICATIONS["institution_id"] == inst]
    kept = mine.iloc[3:]  # three withdrawn, one added
    sections = writer.layout(kept, DOMAINS)
    sections.append(("三、食品", [writer.Block(1, "小麦粉", [("1.1", "铅", "GB 5009.12-2017", "", "")])]))
    content = writer.xlsx_bytes(sections)
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    at = run_page("pages/submissions.py", lang="en")
    at.selectbox(key="annex_institution").set_value(inst).run()
    at.file_uploader(key="annex_file").set_value(("bad.xlsx", _xlsx(tmp_path / "bad.xlsx", PROBLEMS[
        "annex_no_code"][0]).read_bytes(), mime)).run()
    at.button(key="annex_check").click().run()
    assert not at.exception
    assert "cannot be used yet: 1 error" in at.error[0].value
    problems = next(d.value for d in at.dataframe if "Sheet" in d.value.columns)
    assert (problems.iloc[0]["Sheet"], problems.iloc[0]["Row"], problems.iloc[0]["Column"]) == ("Sheet", 4, "E")
    assert not [b for b in at.button if b.key == "annex_publish"]

    at.file_uploader(key="annex_file").set_value(("as_build 附表.xlsx", content, mime)).run()
    at.button(key="annex_check").click().run()
    said = " ".join(s.value for s in at.success)
    assert f"1 added, 3 withdrawn, 0 with changed conditions, {len(kept)} unchanged" in said
    added = next(d.value for d in at.dataframe if "Standard" in d.value.columns)
    assert list(added["Item (product · parameter)"]) == ["小麦粉 · 铅"]
    at.button(key="annex_publish").click().run()
    assert not at.exception
    new = sorted(p.name for p in (root / "snapshots").glob("snapshot=*"))[-1]
    ours = pd.read_parquet(root / "snapshots" / new / "qualifications.parquet").query("institution_id == @inst")
    assert len(ours) == len(kept) + 1


def test_every_annex_code_has_a_case():
    """A new annex error code in the catalogs needs a malformed annex in this file that produces it."""
    from alliance import i18n

    codes = {k.removeprefix("ingest.error.") for k in i18n.catalog("en") if k.startswith("ingest.error.annex_")}
    source = Path(__file__).read_text(encoding="utf-8")
    cases = set(PROBLEMS) | {"annex_not_a_member"} | set(re.findall(r'"(annex_[a-z_]+)"\)', source))
    assert codes <= cases, codes - cases
