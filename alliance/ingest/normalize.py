"""Cell values as hand-filled Chinese spreadsheets hold them, turned into the contract's types.

Each converter returns `(value, notes)`; `notes` names every normalisation applied (full-width characters, thousands
separators, numbers or dates typed as text, ...), which the report counts. Anything that cannot be read unambiguously
raises `CellError` with a code: no guessing, no silent fixes.
"""
from __future__ import annotations

import datetime as dt
import math
import re

FORMULA_START = ("=", "+", "-", "@")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}
_SPACES = re.compile(r"[ \t\u3000\u00a0]{2,}")
_EDGE = " \t\r\n\u3000\u00a0"
_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_DATE_TEXT = [
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
]
_MONTH_TEXT = [re.compile(r"(\d{4})年(\d{1,2})月"), re.compile(r"(\d{4})[-/.](\d{1,2})")]
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# A bare number in a date column is read as an Excel serial only from 1950 on: below that it is far likelier a year
# (2022 would be 1905-07-14) or a count typed in the wrong column than a date, and no date here is that old.
_SERIAL_MIN = (dt.date(1950, 1, 1) - _EXCEL_EPOCH).days
# The contract stores counts and money as int64; a larger number could only fail later, when publishing.
_INT64 = 2**63
_TRUE = {"true", "t", "yes", "y", "1", "是", "√", "✓", "真"}
_FALSE = {"false", "f", "no", "n", "0", "否", "×", "假"}


# What a cell holds when a formula failed; Excel shows these, and they are never data.
EXCEL_ERRORS = {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA", "#SPILL!",
                "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"}


class CellError(ValueError):
    def __init__(self, code: str, **details):
        super().__init__(code)
        self.code = code
        self.details = details


def halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


def _tidy(text: str, notes: list[str]) -> str:
    out = _SPACES.sub(" ", text.strip(_EDGE))
    if out != text:
        notes.append("whitespace")
    return out


def _unquote(text: str, notes: list[str]) -> str:
    """Our own exports write formula-like text with a leading apostrophe; reading it back removes it."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        notes.append("quote_prefix")
        return text[1:]
    return text


def _number_text(raw: str, notes: list[str]) -> str:
    text = halfwidth(raw)
    if text != raw:
        notes.append("fullwidth")
    text = text.strip(_EDGE).replace("，", ",")
    if "," in text:
        if not _GROUPED.fullmatch(text):
            raise CellError("bad_number")
        notes.append("thousands_separator")
        text = text.replace(",", "")
    notes.append("number_as_text")
    return text


def text(raw, *, structured: bool = False):
    """Free text keeps its full-width punctuation (correct Chinese); ids and codes are made half-width."""
    notes: list[str] = []
    if raw is None:
        return None, notes
    if isinstance(raw, bool):
        raw = "TRUE" if raw else "FALSE"
    elif isinstance(raw, float) and raw.is_integer():
        raw = str(int(raw))
    elif isinstance(raw, dt.datetime):
        raw = raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ")
    elif not isinstance(raw, str):
        raw = str(raw)
    value = raw
    if structured:
        value = halfwidth(value)
        if value != raw:
            notes.append("fullwidth")
    value = _unquote(_tidy(value, notes), notes)
    return (value or None), notes


def _int64(value: int) -> int:
    if not -_INT64 <= value < _INT64:
        raise CellError("number_too_large")
    return value


def integer(raw):
    notes: list[str] = []
    if raw is None or (isinstance(raw, str) and not raw.strip(_EDGE)):
        return None, notes
    if isinstance(raw, bool) or isinstance(raw, dt.date | dt.time | dt.timedelta):
        raise CellError("bad_number")
    if isinstance(raw, int):
        return _int64(raw), notes
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise CellError("bad_number")
        if raw.is_integer():
            return _int64(int(raw)), notes
        raise CellError("not_integer")
    text_ = _number_text(str(raw), notes)
    if _INT.fullmatch(text_):
        return _int64(int(text_)), notes
    if _FLOAT.fullmatch(text_):
        value = float(text_)
        if not math.isfinite(value):
            raise CellError("bad_number")
        if value.is_integer():
            return _int64(int(value)), notes
        raise CellError("not_integer")
    raise CellError("bad_number")


def number(raw):
    notes: list[str] = []
    if raw is None or (isinstance(raw, str) and not raw.strip(_EDGE)):
        return None, notes
    if isinstance(raw, bool) or isinstance(raw, dt.date | dt.time | dt.timedelta):
        raise CellError("bad_number")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text_ = _number_text(str(raw), notes)
        if not _FLOAT.fullmatch(text_):
            raise CellError("bad_number")
        value = float(text_)
    if not math.isfinite(value):  # "1e999" parses as infinity
        raise CellError("bad_number")
    return value, notes


def _ymd(y: str, m: str, d: str) -> dt.date:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError as exc:
        raise CellError("bad_date") from exc


def date(raw):
    notes: list[str] = []
    if raw is None or (isinstance(raw, str) and not raw.strip(_EDGE)):
        return None, notes
    if isinstance(raw, dt.datetime):
        return raw.date(), notes
    if isinstance(raw, dt.date):
        return raw, notes
    if isinstance(raw, bool):
        raise CellError("bad_date")
    if isinstance(raw, int | float):
        return _serial(raw, notes), notes
    text_ = halfwidth(str(raw))
    if text_ != raw:
        notes.append("fullwidth")
    text_ = text_.strip(_EDGE)
    for pattern in _DATE_TEXT:
        m = pattern.fullmatch(text_)
        if m:
            notes.append("date_as_text")
            return _ymd(*m.groups()), notes
    if re.fullmatch(r"\d{5}(\.0+)?", text_):
        return _serial(float(text_), notes), notes
    raise CellError("bad_date")


def _serial(value: float, notes: list[str]) -> dt.date:
    # Excel's 1900 date system (serials below 61 straddle its phantom 29 Feb 1900); see _SERIAL_MIN for the floor.
    if not float(value).is_integer() or not _SERIAL_MIN <= value <= 2958465:
        raise CellError("bad_date")
    notes.append("date_serial")
    return _EXCEL_EPOCH + dt.timedelta(days=int(value))


def month(raw):
    """The first day of a month; `2022-06`, `2022年6月` and a date on the 1st are all accepted."""
    if isinstance(raw, str):
        text_ = halfwidth(raw).strip(_EDGE)
        for pattern in _MONTH_TEXT:
            m = pattern.fullmatch(text_)
            if m:
                notes = ["date_as_text"] + (["fullwidth"] if text_ != raw.strip(_EDGE) else [])
                return _ymd(m.group(1), m.group(2), "1"), notes
    value, notes = date(raw)
    if value is not None and value.day != 1:
        raise CellError("month_not_first_day")
    return value, notes


def boolean(raw):
    notes: list[str] = []
    if raw is None or (isinstance(raw, str) and not raw.strip(_EDGE)):
        return None, notes
    if isinstance(raw, bool):
        return raw, notes
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw), notes
    key = halfwidth(str(raw)).strip(_EDGE).lower()
    if key in _TRUE or key in _FALSE:
        notes.append("bool_as_text")
        return key in _TRUE, notes
    raise CellError("bad_bool")


def lookup_key(text_: str) -> str:
    """How a name is compared with the names a workbook may use for an id: half-width, case and spacing ignored."""
    return re.sub(r"\s+", "", halfwidth(text_)).lower()
