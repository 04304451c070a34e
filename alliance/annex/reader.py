"""Reading a CMA capability annex (资质认定证书附表) from .xlsx or .docx into items, one per (product, parameter,
standard). Both formats become the same grid first (merged cells carried into every cell they cover), so one
parser copes with category rows, product cells merged down / repeated / blank under the first, repeated header
rows and a table cut into several tables. What cannot be read is a located problem in the ingest report.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..ingest import spec
from ..ingest.report import Report
from . import codes
from .categories import Categories, strip_numbering

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"')
_HEADER_WORDS = ("序号", "名称", "类别", "标准", "限制", "说明", "备注", "产品", "项目", "参数")
_PARAM_NO = re.compile(r"\d+\s*\.\s*\d+(?:\s*\.\s*\d+)*")
_NUMERAL = re.compile(r"[一二三四五六七八九十]+|\(?[一二三四五六七八九十]+\)|\d+")
_CN_NUMBERED = re.compile(r"^\(?[一二三四五六七八九十]+\)?\s*[、.]")
ROLES = ("seq", "category", "number", "name", "standard", "restriction", "remark")


@dataclass
class Item:
    product: str
    parameter: str | None
    standard_code: str
    method: str | None
    category: str
    domain_id: str
    restriction: str | None
    remark: str | None
    table: str
    row: int

    @property
    def item_zh(self) -> str:
        return f"{self.product} · {self.parameter}" if self.parameter else self.product

    @property
    def key(self) -> tuple[str, str]:
        return (self.item_zh, self.standard_code)


@dataclass
class Annex:
    path: Path
    name: str
    sha256: str = ""
    size: int = 0
    kind: str | None = None
    items: list[Item] = field(default_factory=list)
    ok: bool = False


def _problem(path: Path, name: str, report: Report) -> str | None:
    """The file's kind ("xlsx"/"docx"), or None after reporting why it is refused; nothing is decompressed here."""
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".docm", ".xltm", ".dotm"):
        report.error(name, "annex_macro")
        return None
    if suffix not in (".xlsx", ".docx"):
        report.error(name, "annex_not_annex")
        return None
    size = path.stat().st_size
    if size > spec.MAX_FILE_BYTES:
        report.error(name, "file_too_large", mb=round(size / (1 << 20), 1), limit=spec.MAX_FILE_BYTES // (1 << 20))
        return None
    if size == 0:
        report.error(name, "empty_file")
        return None
    with open(path, "rb") as f:
        if f.read(4) != b"PK\x03\x04":
            report.error(name, "annex_not_annex")
            return None
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        report.error(name, "corrupt_file")
        return None
    names = {i.filename for i in infos}
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        report.error(name, "annex_macro")  # macros inside a file named .xlsx/.docx
        return None
    kind = "xlsx" if "xl/workbook.xml" in names else "docx" if "word/document.xml" in names else None
    if kind is None or kind != suffix[1:]:
        # A Word file renamed .xlsx (or the reverse) is refused rather than guessed: the name is what people check.
        report.error(name, "annex_wrong_kind", value=suffix, kind=kind or "?")
        return None
    total = sum(i.file_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1 << 20), default=0)
    if total > spec.MAX_UNZIPPED_BYTES or worst > spec.MAX_ZIP_RATIO:
        report.error(name, "zip_bomb", mb=total // (1 << 20), limit=spec.MAX_UNZIPPED_BYTES // (1 << 20))
        return None
    return kind


# A grid: (table label, [(row number, [cell text, ...]), ...]); merged cells already carried.
Grid = tuple[str, list[tuple[int, list[str]]]]


def _xlsx_grids(path: Path, name: str, report: Report) -> list[Grid]:
    import openpyxl
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    grids = []
    try:
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                continue
            xml = wb._archive.read(ws._worksheet_path)
            if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
                report.error(name, "corrupt_file", sheet=ws.title)
                continue
            rows: dict[int, list[str]] = {}
            formulas = 0
            for cells in ws.iter_rows():
                if len(rows) >= spec.MAX_ROWS:  # 50 MB of rows: refused, not read to the end
                    report.error(name, "too_many_rows", sheet=ws.title, limit=spec.MAX_ROWS)
                    return []
                for cell in cells:
                    if cell.value is None or not hasattr(cell, "row"):
                        continue
                    # Formulas are read as the text written, never evaluated (read-only mode keeps "=…").
                    formulas += cell.data_type == "f"
                    line = rows.setdefault(cell.row, [])
                    line.extend([""] * (cell.column - len(line)))
                    line[cell.column - 1] = str(cell.value)
            if formulas:
                report.note(name, "annex_formula_as_text", sheet=ws.title)
            for m in _MERGE.finditer(xml):
                if not m.group(2):
                    continue
                (c1, r1), (c2, r2) = (coordinate_from_string(x.decode()) for x in m.groups())
                c1, c2 = column_index_from_string(c1), column_index_from_string(c2)
                first = rows.get(r1, [])
                value = first[c1 - 1] if len(first) >= c1 else ""
                for r in range(r1, min(r2, r1 + spec.MAX_ROWS) + 1):
                    line = rows.setdefault(r, [])
                    line.extend([""] * (c2 - len(line)))
                    for c in range(c1, c2 + 1):
                        line[c - 1] = value
            grids.append((ws.title, sorted(rows.items())))
    finally:
        wb.close()
    return grids


def _docx_grids(path: Path, name: str, report: Report) -> list[Grid]:
    import docx
    from docx.table import _Cell

    document = docx.Document(str(path))
    grids = []
    total = 0
    for t_no, table in enumerate(document.tables, 1):
        rows = []
        above: dict[int, str] = {}
        for r_no, tr in enumerate(table._tbl.tr_lst, 1):
            total += 1
            if total > spec.MAX_ROWS:
                report.error(name, "too_many_rows", sheet=f"#{t_no}", limit=spec.MAX_ROWS)
                return []
            line: list[str] = [""] * (tr.grid_before or 0)
            for tc in tr.tc_lst:
                col = len(line)
                # A vertically merged continuation cell shows the text of the cell it continues.
                text = above.get(col, "") if tc.vMerge == "continue" else _Cell(tc, table).text
                line.extend([text] * (tc.grid_span or 1))
            above = dict(enumerate(line))
            rows.append((r_no, line))
        grids.append((f"#{t_no}", rows))
    return grids


def _roles(header: list[list[str]]) -> dict[str, int]:
    """Column index per role, from the header block (one or two rows; a merged parent over 序号 | 名称)."""
    roles: dict[str, int] = {}
    width = max(len(r) for r in header)
    for c in range(width):
        text = "".join(dict.fromkeys(r[c] for r in header if c < len(r)))
        if "标准" in text or "依据" in text:
            roles.setdefault("standard", c)
        elif "限制" in text:
            roles.setdefault("restriction", c)
        elif "说明" in text or "备注" in text:
            roles.setdefault("remark", c)
        elif "类别" in text:
            roles.setdefault("category", c)
        elif "名称" in text or (("产品" in text or "项目" in text or "参数" in text) and "序号" not in text):
            roles["name"] = c
        elif "序号" in text:
            if "seq" not in roles and "category" not in roles:
                roles["seq"] = c
            else:
                roles.setdefault("number", c)
    return roles


def _is_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(any(w in c for w in _HEADER_WORDS) for c in filled) and \
        any("序号" in c or "名称" in c or "类别" in c for c in filled)


def read_annex(path: Path, report: Report, categories: Categories, display_name: str | None = None) -> Annex:
    name = display_name or path.name
    annex = Annex(path, name)
    try:
        annex.kind = _problem(path, name, report)
        if annex.kind is None:
            return annex
        annex.size = path.stat().st_size
        annex.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        grids = _xlsx_grids(path, name, report) if annex.kind == "xlsx" else _docx_grids(path, name, report)
    except OSError:
        report.error(name, "unreadable")
        return annex
    except Exception as exc:  # openpyxl / python-docx raise many types for damaged parts
        report.error(name, "corrupt_file", value=type(exc).__name__)
        return annex
    if report.error_count(name):
        return annex  # refused while reading: no second error about the table it did not read
    _Parser(annex, report, categories).run(grids)
    annex.ok = not report.error_count(name)
    return annex


class _Parser:
    def __init__(self, annex: Annex, report: Report, categories: Categories):
        self.annex, self.report, self.categories = annex, report, categories
        self.name = annex.name
        self.roles: dict[str, int] | None = None
        self.width = 0
        self.category: str | None = None
        self.domain: str | None = None
        self.product: str | None = None
        self.product_column = False  # products named in the 类别 column (merged down, repeated or blank under it)
        self.seen: dict[tuple[str, str], tuple[str, int]] = {}
        self.found_header = False

    def error(self, code: str, table: str, row: int, role: str | None, value=None, **params) -> None:
        col = self.roles.get(role) if role and self.roles else None
        self.report.error(self.name, code, sheet=table, row=row,
                          column=get_column_letter(col + 1) if col is not None else None, value=value, **params)

    def run(self, grids: list[Grid]) -> None:
        for label, rows in grids:
            rows = [(n, [codes.tidy(c) if c else "" for c in cells]) for n, cells in rows]
            start = 0
            for i, (_, cells) in enumerate(rows[:12]):  # a title block may sit above the header
                if _is_header(cells):
                    block = [cells]
                    for _, nxt in rows[i + 1:i + 3]:
                        if _is_header(nxt):
                            block.append(nxt)
                        else:
                            break
                    self.roles, self.width, self.found_header = _roles(block), len(cells), True
                    start = i + len(block)
                    break
            else:
                # A continuation table (the annex split at a page) has no header: it reuses the last one's columns.
                if self.roles is None or not rows or abs(len(rows[0][1]) - self.width) > 1:
                    continue
            for number, cells in rows[start:]:
                self.row(label, number, cells)
        if not self.found_header:
            self.report.error(self.name, "annex_no_table")

    def get(self, cells: list[str], role: str) -> str:
        c = self.roles.get(role)
        return cells[c] if c is not None and c < len(cells) else ""

    def set_category(self, label: str, number: int, text: str) -> None:
        self.category = strip_numbering(text)
        self.domain = self.categories.domain(text)
        self.product, self.product_column = None, False
        if self.domain is None:
            self.report.error(self.name, "annex_unmapped_category", sheet=label, row=number, value=text)

    def row(self, label: str, number: int, cells: list[str]) -> None:
        filled = [c for c in cells if c]
        if not filled or _is_header(cells):
            return
        distinct = list(dict.fromkeys(filled))
        words = [c for c in distinct if not _NUMERAL.fullmatch(c)]
        if len(words) == 1 and not codes.split(words[0]) and (
                len(distinct) == 1 and (len(filled) > 1 or cells.index(filled[0]) == 0 or
                                        _CN_NUMBERED.match(filled[0]) or self.categories.domain(filled[0]))
                or (len(distinct) == 2 and re.fullmatch(r"\(?[一二三四五六七八九十]+\)?", distinct[0]))):
            self.set_category(label, number, words[0])  # "一、食品", a row merged across, or 一 | 食品
            return
        seq, cat, no, name = (self.get(cells, r) for r in ("seq", "category", "number", "name"))
        std = self.get(cells, "standard")
        if cat and name and self.category is None and self.categories.domain(cat):
            # No category rows: the 类别 column names the field ("食品"), not a product. Once category rows are
            # seen it holds products, some named like a category ("生活饮用水").
            self.set_category(label, number, cat)
        if cat and self.category == strip_numbering(cat) and not self.product_column:
            cat = ""
        param_no = bool(_PARAM_NO.fullmatch(no or seq))
        if cat:
            self.product, self.product_column = cat, True
        if cat or (self.product_column and self.product):
            parameter = name if name and name != self.product else None
        elif param_no:
            parameter = name
            if self.product is None:
                self.error("annex_parameter_without_product", label, number, "name", name)
                return
        else:
            self.product, parameter = name or None, None
            if self.product is None:
                if std:
                    self.error("annex_parameter_without_product", label, number, "name", name)
                return
        if not std:
            if parameter is None:
                return  # a product heading over its parameters
            self.error("annex_no_code", label, number, "standard", std)
            return
        standards = codes.split(std)
        if not standards:
            self.error("annex_no_code", label, number, "standard", std)
            return
        if self.category is None:
            self.error("annex_unmapped_category", label, number, None, "—")
            self.category = ""
            return
        if self.domain is None:
            return  # reported once, on the category row
        restriction = self.get(cells, "restriction") or None
        remark = self.get(cells, "remark") or None
        for s in standards:
            item = Item(self.product, parameter, s.code, s.method, self.category, self.domain, restriction, remark,
                        label, number)
            first = self.seen.get(item.key)
            if first is not None:
                self.error("annex_duplicate", label, number, "standard", f"{item.item_zh} · {s.code}",
                           first=f"{first[0]} · {first[1]}")
                continue
            self.seen[item.key] = (label, number)
            self.annex.items.append(item)
