"""Tables as files analysts open in Excel: CSV with a BOM (so Chinese shows correctly) and XLSX."""
from __future__ import annotations

import io
import re

import pandas as pd

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_UNSAFE = re.compile(r"[^\w\-.=]+", re.UNICODE)
# Spreadsheet apps run cells that start with these as formulas; data text must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _defuse(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        stamps = out[col].dropna() if pd.api.types.is_datetime64_any_dtype(out[col]) else None
        if stamps is not None and (stamps == stamps.dt.normalize()).all():  # "2014-11-20", not "… 00:00:00"
            out[col] = out[col].dt.date
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    return _defuse(df).to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(df: pd.DataFrame, sheet: str = "data") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        _defuse(df).to_excel(writer, index=False, sheet_name=sheet[:31])
        ws = writer.sheets[sheet[:31]]
        for i, col in enumerate(df.columns, 1):
            width = max([len(str(col)), *(len(str(v)) for v in df[col].head(200))]) + 2
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(width * 1.4, 60)
        ws.freeze_panes = "A2"
    return buf.getvalue()


def filename(page: str, snapshot: str, ext: str, **filters) -> str:
    def text(v):
        return "_".join(map(str, v)) if isinstance(v, list | tuple) else str(v)

    parts = [page, snapshot, *(f"{k}={text(v)}" for k, v in sorted(filters.items()) if v not in (None, "") and
                              not (isinstance(v, list | tuple) and not v))]
    return _UNSAFE.sub("_", "_".join(str(p) for p in parts)) + f".{ext}"
