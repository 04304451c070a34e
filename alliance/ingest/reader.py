"""Reading a submitted workbook safely: size and zip checks before opening, openpyxl in read-only mode, the raw
sheet XML scanned for what read-only mode hides (formulas, merged cells), every cell converted to its column's type.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from . import normalize as nz
from . import spec
from .report import Report

_PAREN = re.compile(r"\(\s*([a-z_][a-z0-9_]*)\s*\)\s*$")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::[A-Z]+\d+)?"')
_FORMULA = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]+)(\d+)"[^>]*>\s*<(?:\w+:)?f[\s>/]')
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData[\s>].*</(?:\w+:)?sheetData>", re.S)
_CONVERT = {"text": lambda v: nz.text(v), "id": lambda v: nz.text(v, structured=True),
            "code": lambda v: nz.text(v, structured=True), "int": nz.integer, "float": nz.number,
            "date": nz.date, "month": nz.month, "bool": nz.boolean}


@dataclass
class ParsedSheet:
    spec: spec.Sheet
    title: str
    letters: dict[str, str]  # column name -> letter
    rows: list[int] = field(default_factory=list)  # Excel row numbers
    values: dict[str, list] = field(default_factory=dict)  # column name -> converted values
    raw: dict[str, list] = field(default_factory=dict)  # column name -> cell values as read
    bad: set[tuple[int, str]] = field(default_factory=set)  # (row, column) already reported

    def header(self, column: str) -> str:
        return self.spec.column(column).header


@dataclass
class ParsedWorkbook:
    path: Path
    name: str
    sha256: str
    size: int
    kind: str | None = None
    sheets: dict[str, ParsedSheet] = field(default_factory=dict)
    ok: bool = False  # opened and recognised

    @property
    def institution_id(self) -> str | None:
        profile = self.sheets.get("institutions") if self.kind == "member" else None
        if profile and profile.rows:
            return profile.values["institution_id"][0]
        return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _zip_problem(path: Path) -> tuple[str, dict] | None:
    """Refuse what is not a workbook, or would unzip past the limits, before anything is decompressed."""
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"PK\x03\x04":
        return ("not_xlsx", {})
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                return ("not_xlsx", {})
            total = sum(i.file_size for i in infos)
            worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1 << 20), default=0)
            if total > spec.MAX_UNZIPPED_BYTES or worst > spec.MAX_ZIP_RATIO:
                return ("zip_bomb", {"mb": total // (1 << 20), "limit": spec.MAX_UNZIPPED_BYTES // (1 << 20)})
    except (zipfile.BadZipFile, OSError, ValueError):
        return ("corrupt_file", {})
    return None


def _sheet_for(title: str, kind_hint: str | None) -> list[tuple[str, spec.Sheet]]:
    """The specs a sheet title can name: `中文名 (table)`, full-width brackets and spacing tolerated."""
    norm = unicodedata.normalize("NFKC", title).strip().lower()
    m = _PAREN.search(norm)
    table = m.group(1) if m else None
    zh = _PAREN.sub("", norm).strip()
    found = []
    for kind in spec.KINDS.values():
        for sheet in kind.sheets:
            if (table == sheet.table and (not zh or zh == sheet.zh or sheet.table != "institutions")) or \
                    (not table and norm in (sheet.zh, sheet.table) and
                     (sheet.table != "institutions" or norm == sheet.zh)):
                found.append((kind.kind, sheet))
    if len(found) > 1 and kind_hint:
        found = [f for f in found if f[0] == kind_hint] or found
    return found


def _header_name(value, sheet: spec.Sheet) -> str | None:
    if value is None:
        return None
    norm = unicodedata.normalize("NFKC", str(value)).strip()
    m = _PAREN.search(norm.lower())
    names = sheet.column_names
    if m and m.group(1) in names:
        return m.group(1)
    for col in sheet.columns:
        if norm in (col.zh, col.name, col.header):
            return col.name
    return None


def read_workbook(path: Path, report: Report, display_name: str | None = None) -> ParsedWorkbook:
    name = display_name or path.name
    try:
        size = path.stat().st_size
    except OSError:
        report.error(name, "unreadable")
        return ParsedWorkbook(path, name, "", 0)
    if size > spec.MAX_FILE_BYTES:
        report.error(name, "file_too_large", mb=round(size / (1 << 20), 1), limit=spec.MAX_FILE_BYTES // (1 << 20))
        return ParsedWorkbook(path, name, "", size)
    if size == 0:
        report.error(name, "empty_file")
        return ParsedWorkbook(path, name, "", 0)
    try:
        wb_ = ParsedWorkbook(path, name, _sha256(path), size)
    except OSError:
        report.error(name, "unreadable")
        return ParsedWorkbook(path, name, "", size)
    problem = _zip_problem(path)
    if problem:
        report.error(name, problem[0], **problem[1])
        return wb_
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for damaged parts
        report.error(name, "corrupt_file", value=type(exc).__name__)
        return wb_
    try:
        _read_sheets(wb, wb_, report)
    finally:
        wb.close()
    return wb_


def _detect_kind(titles: list[str]) -> set[str]:
    kinds = set()
    for title in titles:
        matches = {k for k, s in _sheet_for(title, None) if s.table != "institutions"}
        kinds |= matches
    return kinds


def _read_sheets(wb, parsed: ParsedWorkbook, report: Report) -> None:
    name = parsed.name
    kinds = _detect_kind(wb.sheetnames)
    if len(kinds) != 1:
        report.error(name, "mixed_kinds" if kinds else "unknown_kind")
        return
    kind = spec.KINDS[kinds.pop()]
    parsed.kind = kind.kind
    seen: dict[str, str] = {}
    archive = wb._archive
    for ws in wb.worksheets:
        title = ws.title
        if title in (spec.INSTRUCTIONS_SHEET, spec.LISTS_SHEET):
            continue
        found = [s for k, s in _sheet_for(title, kind.kind) if k == kind.kind]
        if not found:
            report.error(name, "unknown_sheet", sheet=title)
            continue
        sheet = found[0]
        if sheet.table in seen:
            report.error(name, "duplicate_sheet", sheet=title, other=seen[sheet.table])
            continue
        seen[sheet.table] = title
        if ws.sheet_state != "visible":
            report.error(name, "hidden_sheet", sheet=title)
            continue
        xml = archive.read(ws._worksheet_path)
        if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
            report.error(name, "corrupt_file", sheet=title)
            continue
        got = _read_sheet(ws, sheet, xml, parsed, report)
        if got is not None:
            parsed.sheets[sheet.table] = got
    for sheet in kind.sheets:
        if sheet.table not in seen:
            report.error(name, "missing_sheet", sheet=sheet.name)
    parsed.ok = set(parsed.sheets) == {s.table for s in kind.sheets}


def _formula_cells(ws, xml: bytes) -> set[tuple[int, str]]:
    """(row, letter) of every formula cell, found without evaluating anything.

    The XML scan is fast but needs each cell's `r` attribute, which the format makes optional (some generators leave
    it out); a formula it cannot place would pass as text starting with "=". So when the cells' formula tags outnumber
    what the scan placed, the sheet is read once more cell by cell, where openpyxl marks formulas as type "f".
    """
    found = {(int(m.group(2)), m.group(1).decode()) for m in _FORMULA.finditer(xml)}
    body = _SHEET_DATA.search(xml)  # formulas elsewhere (data validations' <xm:f>) are not cells
    if len(_FORMULA_TAG.findall(body.group(0) if body else xml)) <= len(found):
        return found
    return {(cell.row, cell.column_letter) for row in ws.iter_rows() for cell in row if cell.data_type == "f"}


def _read_sheet(ws, sheet: spec.Sheet, xml: bytes, parsed: ParsedWorkbook, report: Report) -> ParsedSheet | None:
    file, title = parsed.name, ws.title
    problems_before = report.error_count(file)
    for m in _MERGE.finditer(xml):
        col, row = m.group(1).decode(), int(m.group(2))
        report.error(file, "merged_cells", sheet=title, row=row, column=col)
    ws.reset_dimensions()  # a stale <dimension> from another tool would cut rows off
    formulas = _formula_cells(ws, xml)
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None or all(v is None for v in header):
        report.error(file, "missing_header", sheet=title, row=1)
        return None
    names = [_header_name(v, sheet) for v in header]
    if not any(names):
        report.error(file, "missing_header", sheet=title, row=1, column="A", value=header[0])
        return None
    letters: dict[str, str] = {}
    extra: list[int] = []
    for i, (value, col) in enumerate(zip(header, names)):
        letter = get_column_letter(i + 1)
        if col is None:
            if value is not None and str(value).strip():
                report.error(file, "unknown_column", sheet=title, row=1, column=letter, value=value)
            else:
                extra.append(i)
        elif col in letters:
            report.error(file, "duplicate_column", sheet=title, row=1, column=letter, value=value)
        else:
            letters[col] = letter
    for col in sheet.columns:
        if col.name not in letters:
            report.error(file, "missing_column", sheet=title, row=1, header=col.header)
    present = [c for c in sheet.column_names if c in letters]
    ordered = sorted(present, key=lambda c: (len(letters[c]), letters[c]))
    for expected, got in zip(present, ordered):
        if expected != got:
            report.error(file, "column_order", sheet=title, row=1, column=letters[got],
                         header=sheet.column(got).header, value=header[names.index(got)], expected=expected)
            break
    if report.error_count(file) > problems_before:
        return None
    index = {c: names.index(c) for c in sheet.column_names}
    out = ParsedSheet(sheet, title, letters, values={c: [] for c in index}, raw={c: [] for c in index})
    for excel_row, values in enumerate(rows, start=2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if len(out.rows) >= spec.MAX_ROWS:
            report.error(file, "too_many_rows", sheet=title, row=excel_row, limit=spec.MAX_ROWS)
            return None
        # A blank-headed column holding data, or data right of the header's last cell (rows are as long as their
        # last cell): either would otherwise be dropped without a word.
        for i in [*extra, *range(len(header), len(values))]:
            if i < len(values) and values[i] is not None and str(values[i]).strip():
                report.error(file, "unknown_column", sheet=title, row=excel_row, column=get_column_letter(i + 1),
                             value=values[i])
        out.rows.append(excel_row)
        for col in sheet.columns:
            i = index[col.name]
            raw = values[i] if i < len(values) else None
            out.raw[col.name].append(raw)
            letter = letters[col.name]
            if (excel_row, letter) in formulas:
                report.error(file, "formula", sheet=title, row=excel_row, column=letter, header=col.header, value=raw)
                out.bad.add((excel_row, col.name))
                out.values[col.name].append(None)
                continue
            try:
                if isinstance(raw, str) and raw.strip() in nz.EXCEL_ERRORS:
                    raise nz.CellError("error_cell")
                value, notes = _CONVERT[col.kind](raw)
            except nz.CellError as exc:
                report.error(file, exc.code, sheet=title, row=excel_row, column=letter, header=col.header, value=raw,
                             **exc.details)
                out.bad.add((excel_row, col.name))
                out.values[col.name].append(None)
                continue
            for note in notes:
                report.note(file, note, sheet=title, row=excel_row, column=letter, value=raw)
            if value is None and col.name.endswith("_en"):
                report.note(file, "empty_en", sheet=title, row=excel_row, column=letter)
            if isinstance(value, str) and col.max_len and len(value) > col.max_len:
                report.error(file, "too_long", sheet=title, row=excel_row, column=letter, header=col.header,
                             value=raw, limit=col.max_len, n=len(value))
                out.bad.add((excel_row, col.name))
            out.values[col.name].append(value)
    return out
