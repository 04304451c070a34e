"""Numbers and dates as each language writes them: 万/亿 and 2022年6月30日 in zh-CN, bn/m and 30 Jun 2022 in English."""
from __future__ import annotations

import datetime as dt
import math

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _trim(x: float, digits: int) -> str:
    text = f"{x:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def is_missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def integer(v, lang: str) -> str:
    return "—" if is_missing(v) else f"{int(round(v)):,}"


def money(v, lang: str) -> str:
    """Short form for cards and axes: 13.6亿元 / CNY 1.36 bn."""
    if is_missing(v):
        return "—"
    v = float(v)
    if lang == "zh-CN":
        if abs(v) >= 1e8:
            return f"{_trim(v / 1e8, 2)}亿元"
        if abs(v) >= 1e4:
            return f"{_trim(v / 1e4, 1)}万元"
        return f"{_trim(v, 0)}元"
    if abs(v) >= 1e9:
        return f"CNY {_trim(v / 1e9, 2)} bn"
    if abs(v) >= 1e6:
        return f"CNY {_trim(v / 1e6, 1)} m"
    return f"CNY {_trim(v, 0)}"


def money_exact(v, lang: str) -> str:
    if is_missing(v):
        return "—"
    return f"{int(v):,} 元" if lang == "zh-CN" else f"CNY {int(v):,}"


def count_short(v, lang: str) -> str:
    """Large counts for axes and maps: 4.8万 / 48.0k; exact below ten thousand."""
    if is_missing(v):
        return "—"
    if abs(v) < 10_000:
        return integer(v, lang)
    return f"{_trim(v / 1e4, 1)}万" if lang == "zh-CN" else f"{_trim(v / 1e3, 1)}k"


def signed(v, lang: str, kind: str = "int") -> str:
    if is_missing(v):
        return ""
    body = money(abs(v), lang) if kind == "money" else integer(abs(v), lang)
    return ("+" if v > 0 else "−" if v < 0 else "±") + body


def percent(v, lang: str, digits: int = 0) -> str:
    return "—" if is_missing(v) else f"{v:,.{digits}f}%"


def date(value, lang: str) -> str:
    if is_missing(value):
        return "—"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        value = value.date()
    if lang == "zh-CN":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def timestamp(value, lang: str) -> str:
    """A moment (an ISO timestamp such as a manifest's created_at) to the minute, in UTC: `2026-11-25 19:34 UTC`."""
    if is_missing(value) or value == "":
        return "—"
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC"
