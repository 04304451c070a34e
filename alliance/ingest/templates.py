"""Submission workbooks written by the app: empty templates, or pre-filled with a snapshot's rows.

Members update last quarter's figures rather than start blank, so a pre-filled workbook holds exactly the rows
ingest would replace. Code columns get drop-downs from a visible code list (hidden sheets are refused on ingest),
dates are real dates, and text that Excel would run as a formula is written with a leading apostrophe.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from .. import i18n
from ..schema import ENUMS
from ..snapshots import Snapshot
from . import spec
from .normalize import FORMULA_START

HEADER_FILL = PatternFill("solid", fgColor="DCE6F2")
HEADER_FONT = Font(bold=True)
LAST_ROW = 1_048_576
# Enumerations, with the message prefix naming each value in both languages.
ENUM_LABELS = {("areas", "kind"): "wb.enum.kind", ("institutions", "ownership"): "ownership",
               ("labs", "level"): "level", ("qualifications", "scope_type"): "wb.enum.scope_type",
               ("working_group_members", "role"): "wb.enum.role", ("demand", "method"): "method",
               ("services", "channel"): "channel", ("events", "kind"): "event"}
RULES = 9
REF_LISTS = ("areas", "domains", "working_groups", "institutions", "labs")


def _both(msg: str, **kw) -> tuple[str, str]:
    return i18n.t(msg, "zh-CN", **kw), i18n.t(msg, "en", **kw)


def read_tables(snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    return {t: pq.read_table(snapshot.file(t)).to_pandas(date_as_object=True) for t in snapshot.manifest["tables"]}


def member_rows(tables: dict[str, pd.DataFrame], institution_id: str) -> dict[str, pd.DataFrame]:
    """The rows one member's workbook holds: its profile and everything it owns."""
    out = {}
    for sheet in spec.MEMBER.sheets:
        df = tables[sheet.table]
        out[sheet.table] = df.loc[df[sheet.own] == institution_id, sheet.column_names]
    return out


def _cell_value(value, kind: str):
    if value is None or (not isinstance(value, str | list) and pd.isna(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _lists_sheet(wb: Workbook, refs: dict[str, pd.DataFrame]) -> dict[tuple, str]:
    """One block of id | 中文 | English per code list; returns each list's range for data validation."""
    ws = wb.create_sheet(spec.LISTS_SHEET)
    ranges: dict[tuple, str] = {}
    col = 1
    blocks: list[tuple[tuple, str, list[tuple]]] = []
    for key, prefix in ENUM_LABELS.items():
        values = sorted(ENUMS[key])
        blocks.append((("enum", key), f"{key[0]}.{key[1]}", [(v, *_both(f"{prefix}.{v}")) for v in values]))
    for table in REF_LISTS:
        df = refs.get(table)
        rows = [] if df is None else [(r[spec.REF_KEYS[table]], r["name_zh"], r["name_en"])
                                      for r in df.to_dict("records")]
        blocks.append((("ref", table), spec.REF_KEYS[table], rows))
    for key, title, rows in blocks:
        letter = get_column_letter(col)
        for offset, label in enumerate((f"{title}", "中文", "English")):
            cell = ws.cell(1, col + offset, label)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            ws.column_dimensions[get_column_letter(col + offset)].width = 18 if offset == 0 else 28
        for i, row in enumerate(rows, start=2):
            for offset, value in enumerate(row):
                ws.cell(i, col + offset, _cell_value(value, "text"))
        end = max(len(rows) + 1, 2)
        ranges[key] = f"{quote_sheetname(spec.LISTS_SHEET)}!${letter}$2:${letter}${end}"
        col += 4
    ws.freeze_panes = "A2"
    return ranges


def _instructions(wb: Workbook, kind: spec.Kind, institution: str | None, snapshot: str | None,
                  prefilled: bool = True) -> None:
    ws = wb.active
    ws.title = spec.INSTRUCTIONS_SHEET
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["D"].width = 60
    rows: list[tuple] = [_both(f"wb.title.{kind.kind}"), _both(f"wb.purpose.{kind.kind}"), ()]
    if institution:
        rows.append((*_both("wb.for_institution"), institution))
    rows.append((*_both("wb.for_snapshot" if prefilled else "wb.lists_from"), snapshot or "—"))
    rows.append(())
    rows += [_both(f"wb.rule.{i}") for i in range(1, RULES + 1)]
    rows += [(), (_join("wb.col.sheet"), _join("wb.col.column"), *_both("wb.col.rule"))]
    for sheet in kind.sheets:
        for col in sheet.columns:
            rows.append((sheet.name, col.header, *_rule(col, auto_id=col.name == sheet.auto_id)))
    r = 1
    for row in rows:
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws["A1"].font = Font(bold=True, size=14)
    ws["B1"].font = Font(bold=True, size=14)


def _join(key: str) -> str:
    return " / ".join(_both(key))


def _rule(col: spec.Column, auto_id: bool = False) -> tuple[str, str]:
    zh, en = _both(f"wb.kind.{col.kind}")
    # An id ingest assigns is required in the snapshot but not of the member: a new row leaves it blank (wb.rule.6).
    req_zh, req_en = _both("wb.auto_id" if auto_id else "wb.required" if col.required else "wb.optional")
    zh, en = f"{zh}；{req_zh}", f"{en}; {req_en}"
    if col.enum:
        prefix = ENUM_LABELS[col.enum]
        values = spec.enum_values(col)
        zh += "；" + "、".join(f"{v}（{i18n.t(f'{prefix}.{v}', 'zh-CN')}）" for v in values)
        en += "; " + ", ".join(f"{v} ({i18n.t(f'{prefix}.{v}', 'en')})" for v in values)
    if col.ref:
        a, b = _both("wb.ref", sheet=spec.LISTS_SHEET, column=spec.REF_KEYS[col.ref])
        zh, en = f"{zh}；{a}", f"{en}; {b}"
    if col.non_negative:
        a, b = _both("wb.non_negative")
        zh, en = f"{zh}；{a}", f"{en}; {b}"
    if col.max_len and col.kind in ("text", "id", "code"):
        a, b = _both("wb.max_len", n=col.max_len)
        zh, en = f"{zh}；{a}", f"{en}; {b}"
    return zh, en


def _data_sheet(wb: Workbook, sheet: spec.Sheet, rows: pd.DataFrame | None, ranges: dict) -> None:
    ws = wb.create_sheet(sheet.name)
    err_zh, err_en = _both("wb.dropdown_error")
    for c, col in enumerate(sheet.columns, start=1):
        letter = get_column_letter(c)
        cell = ws.cell(1, c, col.header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[letter].width = max(14, min(48, len(col.header) * 1.6))
        source = ranges.get(("enum", col.enum)) if col.enum else ranges.get(("ref", col.ref)) if col.ref else None
        if col.kind == "bool":
            source = '"TRUE,FALSE"'
        if source:
            dv = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=True,
                                errorStyle="warning", error=f"{err_zh}\n{err_en}", errorTitle=col.header[:32])
            dv.add(f"{letter}2:{letter}{LAST_ROW}")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32
    formats = {c: {"date": "yyyy-mm-dd", "month": "yyyy-mm"}.get(col.kind, "@" if col.kind in
               ("text", "id", "code") else None) for c, col in enumerate(sheet.columns, start=1)}
    if rows is None or rows.empty:
        return
    for r, record in enumerate(rows[sheet.column_names].itertuples(index=False), start=2):
        for c, (value, col) in enumerate(zip(record, sheet.columns), start=1):
            value = _cell_value(value, col.kind)
            if isinstance(value, dt.datetime):
                value = value.date()
            cell = ws.cell(r, c, value)
            if formats[c] and value is not None:
                cell.number_format = formats[c]


def workbook_bytes(kind: str, tables: dict[str, pd.DataFrame] | None = None, *, institution_id: str | None = None,
                   snapshot: str | None = None, prefill: bool = True) -> bytes:
    """A workbook of `kind`; with `tables`, its code lists come from them and, if `prefill`, its rows too. A member
    workbook for an institution not in `tables` (a new member) gets its id in the profile row and the code list."""
    k = spec.KINDS[kind]
    wb = Workbook()
    _instructions(wb, k, institution_id, snapshot, prefilled=tables is not None and prefill)
    refs = {t: tables[t] for t in REF_LISTS} if tables else {}
    if kind == "member" and institution_id and "institutions" in refs and \
            institution_id not in set(refs["institutions"]["institution_id"]):
        # A member joining this quarter: its id is not in the snapshot yet, and its own drop-downs should offer it.
        new = pd.DataFrame([{"institution_id": institution_id, "name_zh": None, "name_en": None}])
        refs["institutions"] = pd.concat([refs["institutions"][new.columns], new], ignore_index=True)
    ranges = _lists_sheet(wb, refs)
    rows: dict[str, pd.DataFrame] = {}
    if tables is not None and prefill:
        if kind == "member":
            rows = member_rows(tables, institution_id)
        else:
            rows = {s.table: tables[s.table][s.column_names] for s in k.sheets}
    if kind == "member" and institution_id and (rows.get("institutions") is None or rows["institutions"].empty):
        # An empty template, or a new member's: the one profile row, with its id, for the member to complete.
        rows["institutions"] = pd.DataFrame([{"institution_id": institution_id}], columns=spec.PROFILE.column_names)
    for sheet in k.sheets:
        _data_sheet(wb, sheet, rows.get(sheet.table), ranges)
    wb.move_sheet(spec.LISTS_SHEET, offset=len(k.sheets))
    wb.properties.title = i18n.t(f"wb.title.{kind}", "zh-CN")
    wb.properties.subject = f"alliance:{kind}"
    wb.properties.keywords = institution_id or ""
    wb.properties.creator = "alliance dashboard"
    # Fixed timestamps: the same snapshot gives the same workbook bytes, so two exports can be compared.
    stamp = dt.datetime.fromisoformat(snapshot) if snapshot else dt.datetime(2020, 1, 1)
    wb.properties.created = wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def file_name(kind: str, snapshot: str | None, institution_id: str | None = None) -> str:
    parts = ["alliance", kind, *([institution_id] if institution_id else []), snapshot or "template"]
    return "_".join(parts) + ".xlsx"


def export_workbooks(snapshot: Snapshot, out: Path) -> list[Path]:
    """The secretariat workbook plus one member workbook per institution, pre-filled with `snapshot`."""
    out.mkdir(parents=True, exist_ok=True)
    tables = read_tables(snapshot)
    written = []
    path = out / file_name("secretariat", snapshot.date)
    path.write_bytes(workbook_bytes("secretariat", tables, snapshot=snapshot.date))
    written.append(path)
    for inst in tables["institutions"]["institution_id"]:
        path = out / file_name("member", snapshot.date, inst)
        path.write_bytes(workbook_bytes("member", tables, institution_id=inst, snapshot=snapshot.date))
        written.append(path)
    return written
