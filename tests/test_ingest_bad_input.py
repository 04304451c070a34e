"""Bad input: every malformed submission is refused with its code at its cell, exit status 1, and nothing written.

Each case mutates a fresh copy of a valid workbook the app itself wrote (pre-filled from the 2022-06-30 snapshot) and
runs the real command line in-process against a private copy of the data, as of 2022-09-30. Before and after, every
file under snapshots/ is hashed and every path under the data folder listed: a refused ingest leaves no trace.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from conftest import LATEST, ROOT, copy_demo, read
from openpyxl.utils import get_column_letter

from alliance import i18n
from alliance.__main__ import main
from alliance.export import csv_bytes, xlsx_bytes
from alliance.ingest import ingest, reader, spec
from alliance.ingest.report import Report
from alliance.ingest.templates import read_tables, workbook_bytes
from alliance.snapshots import scan

BASE, AS_OF = "2022-06-30", "2022-09-30"
MEMBER = "sf_bio"  # a small member with a lab, services and capacity
OTHER_MEMBER, OTHER_LAB, OTHER_QUALIFICATION = "sy_equip", "lab_n_machine_tool", "q012400"
PROBLEM_KEYS = {"file", "sheet", "row", "column", "value", "code", "message_zh", "message_en"}

P, LABS, Q, CAP, SVC = spec.PROFILE, spec.LABS, spec.QUALIFICATIONS, spec.CAPACITY, spec.SERVICES
AREAS, DOMAINS, MEMBERS, WG_MEMBERS = spec.AREAS, spec.DOMAINS, spec.MEMBERSHIP, spec.WG_MEMBERS


def letter(sheet: spec.Sheet, column: str) -> str:
    return get_column_letter(sheet.column_names.index(column) + 1)


def find_rows(ws, column: str, value) -> list[int]:
    col = 1 + next(i for i, c in enumerate(ws[1]) if f"({column})" in str(c.value))
    return [r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == value]


@dataclass
class Valid:
    """The valid workbooks every case starts from, written once per module."""

    member: bytes
    secretariat: bytes

    def edit(self, kind: str, *edits: Callable) -> bytes:
        wb = openpyxl.load_workbook(io.BytesIO(getattr(self, kind)))
        for fn in edits:
            fn(wb)
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    def m(self, *edits: Callable) -> bytes:
        return self.edit("member", *edits)

    def s(self, *edits: Callable) -> bytes:
        return self.edit("secretariat", *edits)


def put(sheet: spec.Sheet, column: str, row: int, value, data_type: str | None = None) -> Callable:
    def fn(wb):
        cell = wb[sheet.name][f"{letter(sheet, column)}{row}"]
        cell.value = value
        if data_type:
            cell.data_type = data_type
    return fn


def with_zip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The workbook's zip rewritten with some parts replaced (compressed as a real workbook's are)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def sheet_part(data: bytes, sheet: spec.Sheet) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        return wb[sheet.name]._worksheet_path
    finally:
        wb.close()


def _never(what: str) -> Callable:
    def fail(*args, **kw):
        pytest.fail(f"the file was {what}")  # Failed is a BaseException: the reader's `except Exception` can't eat it
    return fail


def _guard_reads(mp, part: str) -> None:
    """The bomb is refused from the zip directory alone: its part is never decompressed, the workbook never opened."""
    real_open = zipfile.ZipFile.open

    def guarded(self, name, *args, **kw):
        if getattr(name, "filename", name) == part:
            pytest.fail(f"{part} was decompressed")
        return real_open(self, name, *args, **kw)
    mp.setattr(zipfile.ZipFile, "open", guarded)
    mp.setattr(reader.openpyxl, "load_workbook", _never("opened"))


# --------------------------------------------------------------------------------------------------------------------
# The cases: each returns the submitted files (bytes, or {name: bytes} when it takes several) and declares where the
# expected problem is: (code, sheet, row, column name, or letter for a column outside the template). File-level
# problems have no sheet, row or column; sheet-level ones no row.

@dataclass(frozen=True)
class Expected:
    code: str
    sheet: str | None = None
    row: int | None = None
    column_letter: str | None = None
    file: str | None = None  # the file the problem is reported on, when a case submits several
    as_of: str = AS_OF
    value: str | None = None  # the value as the report shows it, where that matters


CASES: dict[str, tuple[Callable, Expected]] = {}
XFAIL: dict[str, str] = {}  # known bugs outside this suite's files, reported; remove once fixed


def case(code: str, sheet: spec.Sheet | str | None = None, row: int | None = None, column: str | None = None,
         file: str | None = None, as_of: str = AS_OF, value: str | None = None, xfail: str | None = None):
    def deco(fn):
        name = sheet.name if isinstance(sheet, spec.Sheet) else sheet
        in_spec = isinstance(sheet, spec.Sheet) and column in sheet.column_names
        col = letter(sheet, column) if in_spec else column
        CASES[fn.__name__] = (fn, Expected(code, name, row, col, file, as_of, value))
        if xfail:
            XFAIL[fn.__name__] = xfail
        return fn
    return deco


# Unreadable files (point 5 and 6), refused before any cell is read.

@case("empty_file")
def empty_file(v, tmp, mp):
    return b""


@case("not_xlsx")
def text_renamed_xlsx(v, tmp, mp):
    return "机构代码,资产总额\nsf_bio,8110000\n".encode()


@case("not_xlsx")
def zip_but_not_a_workbook(v, tmp, mp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@case("corrupt_file")
def corrupt_zip_truncated(v, tmp, mp):
    return v.member[: len(v.member) // 2]


@case("corrupt_file")
def corrupt_zip_damaged_part(v, tmp, mp):
    # The central directory is intact (it opens as a zip) but a sheet's compressed bytes are garbage.
    data = bytearray(v.member)
    with zipfile.ZipFile(io.BytesIO(v.member)) as zf:
        info = zf.getinfo(sheet_part(v.member, Q))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + min(info.compress_size, 400)):
        data[i] ^= 0x5A
    return bytes(data)


@case("unreadable")
def unreadable_file(v, tmp, mp):
    # Running as root, a chmod 000 file is still readable, so the reader's own open() is made to fail as the OS would.
    def denied(path, *args, **kw):
        raise PermissionError(13, "Permission denied", str(path))
    mp.setattr(reader, "open", denied, raising=False)
    return v.member


@case("file_too_large")
def over_size_limit(v, tmp, mp):
    mp.setattr(spec, "MAX_FILE_BYTES", len(v.member) - 1)
    mp.setattr(reader.openpyxl, "load_workbook", _never("opened"))
    mp.setattr(reader, "_zip_problem", _never("unzipped"))
    return v.member


@case("zip_bomb")
def zip_bomb_ratio(v, tmp, mp):
    # 16 MB of one repeated tag compresses ~1000×; real parts compress 5–30×. The real limits apply.
    part = sheet_part(v.member, Q)
    bomb = with_zip(v.member, {part: b"<row/>" * ((16 << 20) // 6)})
    _guard_reads(mp, part)
    return bomb


@case("zip_bomb")
def zip_bomb_total(v, tmp, mp):
    # A part that compresses normally but unzips past the total limit (lowered so the test stays small).
    mp.setattr(spec, "MAX_UNZIPPED_BYTES", 4 << 20)
    part = sheet_part(v.member, Q)
    big = with_zip(v.member, {part: os.urandom(5 << 20)})
    _guard_reads(mp, part)
    return big


@case("unknown_kind")
def not_our_template(v, tmp, mp):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "机构代码"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@case("corrupt_file", Q)
def xml_entity_declaration(v, tmp, mp):
    part = sheet_part(v.member, Q)
    with zipfile.ZipFile(io.BytesIO(v.member)) as zf:
        xml = zf.read(part)
    head, _, rest = xml.partition(b"?>")
    bomb = b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    return with_zip(v.member, {part: head + b"?>" + bomb + rest})


# The workbook's shape: sheets, header row, columns.

@case("missing_sheet", CAP)
def missing_sheet(v, tmp, mp):
    return v.m(lambda wb: wb.remove(wb[CAP.name]))


@case("hidden_sheet", SVC)
def hidden_sheet(v, tmp, mp):
    return v.m(lambda wb: setattr(wb[SVC.name], "sheet_state", "hidden"))


@case("unknown_sheet", "备注")
def extra_unknown_sheet(v, tmp, mp):
    return v.m(lambda wb: wb.create_sheet("备注").cell(1, 1, "内部备注"))


@case("duplicate_sheet", "资质项目（qualifications）")
def duplicate_sheet(v, tmp, mp):
    return v.m(lambda wb: setattr(wb.copy_worksheet(wb[Q.name]), "title", "资质项目（qualifications）"))


@case("mixed_kinds")
def member_sheet_in_secretariat_workbook(v, tmp, mp):
    return v.s(lambda wb: wb.create_sheet(Q.name))


@case("missing_header", Q, 1, "A")
def missing_header_row(v, tmp, mp):
    return v.m(lambda wb: wb[Q.name].delete_rows(1))


@case("missing_column", Q, 1, None)
def missing_column(v, tmp, mp):
    return v.m(lambda wb: wb[Q.name].delete_cols(Q.column_names.index("standard_code") + 1))


@case("unknown_column", Q, 1, "J")
def unknown_column(v, tmp, mp):
    return v.m(lambda wb: wb[Q.name].cell(1, 10, "备注 (remark)"))


@case("unknown_column", Q, 5, "J")
def data_right_of_the_header(v, tmp, mp):
    return v.m(lambda wb: wb[Q.name].cell(5, 10, "备注：待复核"))


@case("duplicate_column", Q, 1, "J")
def duplicate_column(v, tmp, mp):
    return v.m(lambda wb: wb[Q.name].cell(1, 10, Q.column("item_zh").header))


@case("column_order", Q, 1, "G")
def wrong_column_order(v, tmp, mp):
    def swap(wb):
        ws = wb[Q.name]
        g, h = letter(Q, "item_en"), letter(Q, "standard_code")
        for row in range(1, ws.max_row + 1):
            ws[f"{g}{row}"].value, ws[f"{h}{row}"].value = ws[f"{h}{row}"].value, ws[f"{g}{row}"].value
    return v.m(swap)


@case("merged_cells", Q, 5, "F")
def merged_cells(v, tmp, mp):
    return v.m(lambda wb: wb[Q.name].merge_cells(f"{letter(Q, 'item_zh')}5:{letter(Q, 'item_en')}5"))


@case("formula", CAP, 2, "annual_capacity_batches", value="=1+1")  # shown, never evaluated
def formula_cell(v, tmp, mp):
    return v.m(put(CAP, "annual_capacity_batches", 2, "=1+1"))


@case("formula", CAP, 2, "domain_id")
def formula_cell_without_reference(v, tmp, mp):
    # The cell reference `r` is optional in the file format; a formula must be found without it too.
    part = sheet_part(v.member, CAP)
    with zipfile.ZipFile(io.BytesIO(v.member)) as zf:
        xml = zf.read(part).decode()
    cell = re.search(r'<c r="B2"[^>]*>.*?</c>', xml).group(0)
    formula = '<c t="str"><f>"med"&amp;"ical"</f><v>medical</v></c>'
    return with_zip(v.member, {part: xml.replace(cell, formula).encode()})


@case("bad_date", Q, 5, "accredited_on")
def blank_row_keeps_row_numbers(v, tmp, mp):
    def gap(wb):
        wb[Q.name].insert_rows(3)
        put(Q, "accredited_on", 5, "2022-13-01")(wb)
    return v.m(gap)


@case("too_many_rows", Q, 12)
def too_many_rows(v, tmp, mp):
    mp.setattr(spec, "MAX_ROWS", 10)
    return v.m()


# Cells that cannot be read as their column's type.

@case("bad_number", CAP, 2, "annual_capacity_batches")
def words_for_a_number(v, tmp, mp):
    return v.m(put(CAP, "annual_capacity_batches", 2, "三千多"))


@case("bad_number", SVC, 2, "batches")
def misplaced_thousands_separator(v, tmp, mp):
    return v.m(put(SVC, "batches", 2, "12,34"))


@case("number_too_large", CAP, 2, "annual_capacity_batches")
def number_past_int64(v, tmp, mp):
    # It used to pass validation and crash the publish (pyarrow OverflowError) after the checks.
    return v.m(put(CAP, "annual_capacity_batches", 2, "99999999999999999999"))


@case("error_cell", Q, 3, "item_zh")
def excel_error_value(v, tmp, mp):
    # A formula that failed leaves #N/A in the cell (cached value of type "e"); it is not an item name.
    return v.m(put(Q, "item_zh", 3, "#N/A", data_type="e"))


@case("not_integer", P, 2, "technical_staff")
def fraction_for_a_count(v, tmp, mp):
    return v.m(put(P, "technical_staff", 2, 17.5))


@case("bad_date", Q, 2, "accredited_on")
def impossible_date(v, tmp, mp):
    return v.m(put(Q, "accredited_on", 2, "2022-02-30"))


@case("bad_date", Q, 2, "accredited_on")
def year_typed_in_date_column(v, tmp, mp):
    def year(wb):
        put(Q, "accredited_on", 2, 2022)(wb)
        wb[Q.name][f"{letter(Q, 'accredited_on')}2"].number_format = "General"  # a bare number, not 1905-07-14
    return v.m(year)


@case("month_not_first_day", SVC, 2, "month", value="2021-11-15")  # a date cell shows as the date typed
def month_mid_month(v, tmp, mp):
    return v.m(put(SVC, "month", 2, dt.datetime(2021, 11, 15)))


@case("bad_bool", MEMBERS, 3, "is_lead")
def bad_yes_no(v, tmp, mp):
    return v.s(put(MEMBERS, "is_lead", 3, "也许"))


@case("too_long", Q, 2, "item_zh")
def text_over_limit(v, tmp, mp):
    return v.m(put(Q, "item_zh", 2, "检" * (Q.column("item_zh").max_len + 1)))


@case("too_long", P, 2, "featured_projects_zh")
def long_text_over_limit(v, tmp, mp):
    return v.m(put(P, "featured_projects_zh", 2, "项" * (spec.LIMIT_TEXT + 1)))


@case("too_long", Q, 2, "qualification_id")
def id_over_limit(v, tmp, mp):
    return v.m(put(Q, "qualification_id", 2, "q" * (spec.LIMIT_ID + 1)))


# Contract rules on what was read (point 5).

@case("required", Q, 2, "item_zh")
def required_cell_empty(v, tmp, mp):
    return v.m(put(Q, "item_zh", 2, None))


@case("duplicate_key", Q, 3, "qualification_id")
def duplicate_key(v, tmp, mp):
    def dup(wb):
        ws = wb[Q.name]
        ws["A3"].value = ws["A2"].value
    return v.m(dup)


@case("duplicate_key", Q, 2, "qualification_id")
def key_taken_by_another_member(v, tmp, mp):
    return v.m(put(Q, "qualification_id", 2, OTHER_QUALIFICATION))


@case("duplicate_key", spec.EVENTS, 3, "event_id")
def duplicate_key_secretariat(v, tmp, mp):
    return v.s(put(spec.EVENTS, "event_id", 3, "ev001"))


@case("unknown_reference", SVC, 2, "client_area_id")
def unknown_area(v, tmp, mp):
    return v.m(put(SVC, "client_area_id", 2, "dalian"))


@case("unknown_reference", Q, 2, "domain_id")
def unknown_domain(v, tmp, mp):
    return v.m(put(Q, "domain_id", 2, "astrology"))


@case("unknown_reference", Q, 2, "lab_id")
def unknown_lab(v, tmp, mp):
    return v.m(put(Q, "lab_id", 2, "lab_nowhere"))


@case("unknown_reference", DOMAINS, 2, "working_group_id")
def unknown_working_group(v, tmp, mp):
    return v.s(put(DOMAINS, "working_group_id", 2, "no_such_group"))


@case("unknown_reference", WG_MEMBERS, 2, "institution_id")
def unknown_institution(v, tmp, mp):
    return v.s(put(WG_MEMBERS, "institution_id", 2, "no_such_institution"))


@case("negative", CAP, 2, "annual_capacity_batches")
def negative_count(v, tmp, mp):
    return v.m(put(CAP, "annual_capacity_batches", 2, -5))


@case("negative", P, 2, "assets_cny")
def negative_money(v, tmp, mp):
    return v.m(put(P, "assets_cny", 2, -8_110_000))


@case("senior_gt_technical", P, 2, "senior_staff")
def senior_over_technical(v, tmp, mp):
    return v.m(put(P, "technical_staff", 2, 18), put(P, "senior_staff", 2, 19))


@case("after_as_of", Q, 2, "accredited_on")
def date_after_as_of(v, tmp, mp):
    return v.m(put(Q, "accredited_on", 2, dt.datetime(2022, 10, 1)))


@case("after_as_of", SVC, 2, "month")
def month_after_as_of(v, tmp, mp):
    return v.m(put(SVC, "month", 2, "2022-12"))


@case("not_in_enum", LABS, 2, "level")
def lab_level_not_in_enum(v, tmp, mp):
    return v.m(put(LABS, "level", 2, "world_class"))


@case("not_in_enum", AREAS, 2, "kind")
def area_kind_not_in_enum(v, tmp, mp):
    return v.s(put(AREAS, "kind", 2, "metropolis"))


@case("bad_code", AREAS, 2, "admin_code")
def admin_code_wrong_form(v, tmp, mp):
    return v.s(put(AREAS, "admin_code", 2, "21010"))


@case("out_of_range", AREAS, 2, "lon")
def longitude_outside_china(v, tmp, mp):
    return v.s(put(AREAS, "lon", 2, 200.0))


@case("lead_count", MEMBERS, 3, "is_lead")
def two_lead_institutions(v, tmp, mp):
    return v.s(put(MEMBERS, "is_lead", 3, True))


@case("wrong_institution", Q, 2, "institution_id")
def row_of_another_institution(v, tmp, mp):
    return v.m(put(Q, "institution_id", 2, OTHER_MEMBER))


@case("lab_of_other_institution", Q, 2, "lab_id")
def lab_of_another_institution(v, tmp, mp):
    return v.m(put(Q, "lab_id", 2, OTHER_LAB))


@case("profile_rows", P, 3)
def two_profile_rows(v, tmp, mp):
    def copy_row(wb):
        ws = wb[P.name]
        for c in range(1, len(P.columns) + 1):
            ws.cell(3, c, ws.cell(2, c).value)
    return v.m(copy_row)


@case("profile_rows", P, 2)
def empty_profile(v, tmp, mp):
    return v.m(lambda wb: wb[P.name].delete_rows(2))


@case("required", P, 2, "institution_id")
def profile_without_institution_id(v, tmp, mp):
    return v.m(put(P, "institution_id", 2, None))


@case("missing_profile", MEMBERS, 60, "institution_id")  # after the 58 members of 2022-06-30
def new_member_without_profile(v, tmp, mp):
    def add(wb):
        ws = wb[MEMBERS.name]
        for c, value in enumerate(["sy_newcomer", "新成员", "Newcomer", "shenyang", "private_enterprise", False,
                                   dt.datetime(2022, 8, 1)], start=1):
            ws.cell(60, c, value)
    return v.s(add)


@case("not_a_member", P, 2, "institution_id", file="member.xlsx")
def member_not_in_membership(v, tmp, mp):
    def drop(wb):
        for sheet in (MEMBERS, WG_MEMBERS):
            ws = wb[sheet.name]
            for row in reversed(find_rows(ws, "institution_id", MEMBER)):
                ws.delete_rows(row)
    return {"secretariat.xlsx": v.s(drop), "member.xlsx": v.member}


@case("duplicate_submission", P, 2, "institution_id", file="second.xlsx")
def same_institution_twice(v, tmp, mp):
    return {"first.xlsx": v.member, "second.xlsx": v.member}


@case("duplicate_submission", file="secretariat-2.xlsx")
def secretariat_twice(v, tmp, mp):
    return {"secretariat-1.xlsx": v.secretariat, "secretariat-2.xlsx": v.secretariat}


@case("no_reference_data", file="—", as_of="2020-12-31")
def no_base_and_no_secretariat(v, tmp, mp):
    return v.member


# --------------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """A private copy of the demo data; the cases ingest as of 2022-09-30, so 2022-06-30 is their base."""
    root = tmp_path_factory.mktemp("bad-input") / "data"
    copy_demo(root)
    return root


@pytest.fixture(scope="module")
def valid(root) -> Valid:
    tables = read_tables(scan(root).get(BASE))
    return Valid(member=workbook_bytes("member", tables, institution_id=MEMBER, snapshot=BASE),
                 secretariat=workbook_bytes("secretariat", tables, snapshot=BASE))


def state(root: Path) -> tuple[dict[str, str], list[str]]:
    """sha256 of every file under snapshots/, and every path under the data folder (hidden ones too)."""
    hashes = {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in sorted((root / "snapshots").rglob("*")) if p.is_file()}
    return hashes, sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _remove_added(root: Path, before) -> None:
    """A case that wrongly publishes fails itself; its snapshot is removed so the cases after it still run."""
    for path in sorted((root / "snapshots").iterdir()):
        if str(path.relative_to(root)) not in before[1]:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()


def materialise(files, tmp: Path, name: str) -> list[Path]:
    files = files if isinstance(files, dict) else {f"{name}.xlsx": files}
    paths = []
    for file, data in files.items():
        path = tmp / file
        path.write_bytes(data)
        paths.append(path)
    return paths


def run_cli(root: Path, files: list[Path], report: Path, *extra: str, as_of: str = AS_OF) -> int:
    return main(["ingest", "--as-of", as_of, "--data-dir", str(root), "--report", str(report), "--lang", "en",
                 *extra, *map(str, files)])


def matches(problem: dict, exp: Expected) -> bool:
    return (problem["code"] == exp.code and problem["sheet"] == exp.sheet and problem["row"] == exp.row
            and problem["column_letter"] == exp.column_letter and (exp.file is None or problem["file"] == exp.file)
            and (exp.value is None or problem["value"] == exp.value))


def test_valid_workbooks_pass(root, valid, tmp_path):
    """The cases' starting point is clean: what each case changes is the only thing wrong."""
    files = materialise({"secretariat.xlsx": valid.secretariat, "member.xlsx": valid.member}, tmp_path, "")
    assert run_cli(root, files, tmp_path / "r.json", "--dry-run") == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["errors"] == 0 and report["problems"] == []


def test_at_least_25_distinct_cases():
    assert len(CASES) >= 25
    assert len({exp.code for _, exp in CASES.values()}) >= 25


def test_every_error_code_has_a_case():
    """A new error code in the catalogs needs a malformed submission here that produces it."""
    codes = {k.removeprefix("ingest.error.") for k in i18n.catalog("en") if k.startswith("ingest.error.")}
    # The annex import's codes have their malformed annexes in test_annex.py (test_every_annex_code_has_a_case).
    assert {c for c in codes if not c.startswith("annex_")} == {exp.code for _, exp in CASES.values()}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n for n in CASES])
def test_bad_input(name, root, valid, tmp_path, monkeypatch):
    fn, exp = CASES[name]
    files = materialise(fn(valid, tmp_path, monkeypatch), tmp_path, name)
    before = state(root)
    try:
        status = run_cli(root, files, tmp_path / "report.json", as_of=exp.as_of)
    finally:
        after = state(root)
        _remove_added(root, before)
    assert status == 1
    assert after[0] == before[0], "a file under snapshots/ changed"
    assert after[1] == before[1], "a file or folder was added or removed"
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["ok"] is False and report["published"] is None
    for p in report["problems"]:
        assert PROBLEM_KEYS <= p.keys(), p
        assert p["message_zh"] and p["message_en"] and p["message_zh"] != p["message_en"], p
    found = [(p["code"], p["sheet"], p["row"], p["column_letter"], p["file"]) for p in report["problems"]]
    assert any(matches(p, exp) for p in report["problems"]), f"expected {exp}, got {found[:20]}"


def test_file_over_the_real_size_limit_is_refused_before_it_is_opened(root, tmp_path, monkeypatch):
    """50 MB, checked by stat: a (sparse) file one byte over is never opened, hashed or unzipped."""
    assert spec.MAX_FILE_BYTES == 50 * 1024 * 1024
    big = tmp_path / "big.xlsx"
    with open(big, "wb") as f:
        f.truncate(spec.MAX_FILE_BYTES + 1)
    monkeypatch.setattr(reader, "open", _never("opened"), raising=False)
    monkeypatch.setattr(reader, "_sha256", _never("hashed"))
    monkeypatch.setattr(reader, "_zip_problem", _never("unzipped"))
    monkeypatch.setattr(reader.openpyxl, "load_workbook", _never("loaded"))
    before = state(root)
    assert run_cli(root, [big], tmp_path / "r.json") == 1
    assert state(root) == before
    (problem,) = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"]
    assert problem["code"] == "file_too_large" and problem["file"] == "big.xlsx"
    assert "50" in problem["message_en"] and "50" in problem["message_zh"]


def test_file_at_the_size_limit_is_not_refused_for_its_size(root, tmp_path):
    at_limit = tmp_path / "at-limit.xlsx"
    with open(at_limit, "wb") as f:
        f.truncate(spec.MAX_FILE_BYTES)
    assert run_cli(root, [at_limit], tmp_path / "r.json") == 1
    codes = [p["code"] for p in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"]]
    assert codes == ["not_xlsx"]


def test_many_errors_are_capped_per_file(root, valid, tmp_path, capsys):
    """500 bad rows: the report lists the first MAX_PROBLEMS_PER_FILE, counts the rest, and the summary says so."""
    def bad_rows(wb):
        ws = wb[Q.name]
        for i in range(500):
            ws.append([f"qbad{i:04d}", MEMBER, None, "medical", "parameter", "项目", "item", "GB 1-2000", "某日"])
    (path,) = materialise(valid.m(bad_rows), tmp_path, "many")
    before = state(root)
    assert run_cli(root, [path], tmp_path / "r.json") == 1
    assert state(root) == before
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    cap = spec.MAX_PROBLEMS_PER_FILE
    mine = [p for p in report["problems"] if p["file"] == path.name]
    assert report["errors"] == 500
    assert len(mine) == cap and {p["code"] for p in mine} == {"bad_date"}
    assert report["not_shown"] == {path.name: 500 - cap}
    first = (read("qualifications", LATEST, ["institution_id"]).institution_id == MEMBER).sum() + 2  # after its rows
    assert [p["row"] for p in mine] == list(range(first, first + cap))  # the first ones, in sheet order
    out = capsys.readouterr().out
    assert f"{path.name}: 500 errors" in out
    assert f"{500 - cap} more errors not listed" in out
    assert out.count("✗") == cap


def test_a_bad_profile_cell_is_one_error(root, valid, tmp_path):
    """One mistake, one error: the reader's not_integer must not come back from validation as `required`."""
    (path,) = materialise(valid.m(put(P, "technical_staff", 2, 17.5)), tmp_path, "profile")
    assert run_cli(root, [path], tmp_path / "r.json") == 1
    problems = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"]
    assert [(p["code"], p["file"]) for p in problems] == [("not_integer", path.name)], problems


def test_summary_gives_each_file_its_own_heading():
    """Problems on rows carried from the base snapshot, or on no file, are not listed under the file before them;
    whole-file and whole-sheet problems are not given an empty 'sheet — row — —' location."""
    report = Report()
    report.files = [{"file": "a.xlsx"}, {"file": "b.xlsx"}]
    report.error("a.xlsx", "empty_file")
    report.error("b.xlsx", "hidden_sheet", sheet=SVC.name)
    report.error("snapshot=2022-06-30", "negative", sheet="institutions", header="assets_cny", value=-1)
    report.error("b.xlsx", "negative", sheet=CAP.name, row=2, column="C", header="x", value=-5)
    report.error("—", "no_reference_data")
    lines = report.summary("en").splitlines()
    assert lines[0] == "a.xlsx: 1 error" and lines[1].startswith("  ✗ The file is empty")
    assert lines[2] == "b.xlsx: 2 errors" and lines[3].startswith("  ✗ Sheet “服务记录 (services)” is hidden")
    assert lines[4].startswith(f"  ✗ sheet “{CAP.name}” row 2 C x: The value -5 is negative")
    assert lines[5] == "snapshot=2022-06-30: 1 error"
    assert lines[6].startswith("  ✗ sheet “institutions” row — assets_cny: The value -1 is negative")
    assert lines[7].startswith("  ✗ There is no earlier snapshot")
    assert lines[8].startswith("5 errors in total")
    assert "—: " not in "\n".join(lines) and "row — —" not in "\n".join(lines)


FORMULA_TEXT = '=HYPERLINK("http://example.com/x","点击")'


def test_formula_like_text_is_stored_and_exported_as_text(valid, tmp_path):
    """A string cell that looks like a formula is data: published as that text, and written back out (CSV, XLSX,
    pre-filled workbook) with a leading apostrophe so no spreadsheet runs it. A formula cell is refused."""
    root = tmp_path / "data"
    copy_demo(root)
    qid_row = 2

    def formula_text(wb):
        put(Q, "item_zh", qid_row, FORMULA_TEXT, data_type="s")(wb)
    data = valid.m(formula_text)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read(sheet_part(data, Q)).decode()
    assert "<f>" not in xml and "HYPERLINK" in xml  # a string cell in the file, not a formula
    (path,) = materialise(data, tmp_path, "text")
    assert run_cli(root, [path], tmp_path / "r.json") == 0
    qid = openpyxl.load_workbook(path, read_only=True)[Q.name][f"A{qid_row}"].value

    published = scan(root).get(AS_OF)
    q = pq.read_table(published.file("qualifications")).to_pandas()
    stored = q.loc[q["qualification_id"] == qid, "item_zh"].tolist()
    assert stored == [FORMULA_TEXT]

    rows = q[q["qualification_id"] == qid]
    (written,) = csv.DictReader(io.StringIO(csv_bytes(rows).decode("utf-8-sig")))
    assert written["item_zh"] == "'" + FORMULA_TEXT
    cell = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(rows)))["data"]["F2"]
    assert (cell.value, cell.data_type) == ("'" + FORMULA_TEXT, "s")

    prefilled = workbook_bytes("member", read_tables(published), institution_id=MEMBER, snapshot=AS_OF)
    ws = openpyxl.load_workbook(io.BytesIO(prefilled))[Q.name]
    (row,) = find_rows(ws, "qualification_id", qid)
    cell = ws[f"{letter(Q, 'item_zh')}{row}"]
    assert (cell.value, cell.data_type) == ("'" + FORMULA_TEXT, "s")

    # Read back, the apostrophe our own writer added is removed again (a counted note), so the text round-trips.
    again = tmp_path / "again.xlsx"
    again.write_bytes(prefilled)
    result = ingest([again], "2022-12-31", root, dry_run=True)
    assert result.ok
    t = result.tables["qualifications"]
    assert t.loc[t["qualification_id"] == qid, "item_zh"].tolist() == [FORMULA_TEXT]
    assert any(n["code"] == "quote_prefix" and n["count"] == 1 for n in result.report.notes)

    # The same text as a formula cell is refused, and never evaluated: the report shows the formula itself.
    (cell_path,) = materialise(valid.m(put(Q, "item_zh", qid_row, FORMULA_TEXT)), tmp_path, "cell")
    assert run_cli(root, [cell_path], tmp_path / "r2.json", "--dry-run", as_of="2022-12-31") == 1
    (problem,) = json.loads((tmp_path / "r2.json").read_text(encoding="utf-8"))["problems"]
    assert (problem["code"], problem["row"], problem["column_letter"]) == ("formula", qid_row, letter(Q, "item_zh"))
    assert problem["value"] == FORMULA_TEXT


@pytest.mark.parametrize("name", ["text_renamed_xlsx", "negative_count"])
def test_real_process_exit_status(name, root, valid, tmp_path, monkeypatch):
    fn, exp = CASES[name]
    files = materialise(fn(valid, tmp_path, monkeypatch), tmp_path, name)
    before = state(root)
    proc = subprocess.run([sys.executable, "-m", "alliance", "ingest", "--as-of", AS_OF, "--data-dir", str(root),
                           "--report", str(tmp_path / "r.json"), *map(str, files)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert state(root) == before
    problems = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["problems"]
    assert any(matches(p, exp) for p in problems)
    assert "未发布" in proc.stderr  # the default summary language is Chinese


def test_usage_errors_exit_2(root, valid, tmp_path, capsys):
    before = state(root)
    proc = subprocess.run([sys.executable, "-m", "alliance", "ingest", "--as-of", AS_OF, "--data-dir", str(root),
                           str(tmp_path / "missing.xlsx")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "no such file" in proc.stderr
    (path,) = materialise(valid.member, tmp_path, "ok")
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "--as-of", "2022-13-01", "--data-dir", str(root), str(path)])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err
    # The snapshot exists and --replace was not given.
    assert main(["ingest", "--as-of", BASE, "--data-dir", str(root), "--lang", "en", str(path)]) == 2
    assert "--replace" in capsys.readouterr().err
    assert state(root) == before
