"""Short forms of long names for chart axes, legends and node labels; hover and tables keep the full name.

At 1280 px a half-width chart has about 400 px: the Shenfu zone's full English name (46 characters) alone would take
the plot area, and rotated working-group names run off the chart. Official name patterns shorten to the form people
say aloud ("Shenfu zone", "Metrology"); anything else too long is cut at a word with an ellipsis."""
from __future__ import annotations

import re

_ZONE = {"en": (re.compile(r"^(.+?) (?:Reform and Innovation )?Demonstration Zone$"), r"\1 zone"),
         "zh-CN": (re.compile(r"^(.+?)(?:改革创新)?示范区$"), r"\1示范区")}
_GROUP = re.compile(r"\s*Working Group$|职能工作组$")


def em_width(text) -> float:
    """A label's rough width in em: a Chinese character is one, a Latin letter about half."""
    return sum(1 if ord(c) > 0x2E7F else 0.55 for c in str(text))


def short(name, lang: str, limit: int | None = None) -> str:
    """The short form of a data name for a chart axis; with `limit`, also cut to that many characters."""
    if not isinstance(name, str):
        return "" if name is None else str(name)
    text = name.strip()
    for pattern, form in _ZONE.values():  # a Chinese name can stand in for a missing English one
        if pattern.match(text):
            return pattern.sub(form, text)
    text = _GROUP.sub("", text) or text
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if lang == "en" and " " in cut:
        cut = cut.rsplit(" ", 1)[0].rstrip(",;:-")
    return cut + "…"


def shorts(names, lang: str, limit: int | None = None) -> list[str]:
    """Short forms for a category axis; a name whose short form another name shares keeps its full form, since
    a category axis would draw the two as one."""
    names = list(names)
    out = [short(n, lang, limit) for n in names]
    owners: dict[str, set] = {}
    for n, s in zip(names, out):
        owners.setdefault(s, set()).add(n)
    return [s if len(owners[s]) == 1 else ("" if n is None else str(n)) for n, s in zip(names, out)]


def wrapped(name: str, width: int = 12) -> str:
    """A short form broken onto lines at spaces (Plotly's <br>), so column labels stand upright, not slanted."""
    words, lines = name.split(" "), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return "<br>".join(lines)
