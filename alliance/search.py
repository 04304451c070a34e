"""What people type into the capability search, made comparable: full-width forms, spacing, standard codes."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARS = 100
# GB/T 22589-2008, GBT22589, gb t 22589, JJG 1033, GB 5009.12-2017, YY 0469 …; the year is optional.
_CODE = re.compile(r"^([A-Z]{1,5})\s*/?\s*([A-Z])?\s*(\d+(?:\.\d+)*)(?:\s*[-—–]\s*((?:19|20)\d{2}))?$")


@dataclass(frozen=True)
class Query:
    text: str = ""  # lower-cased words to find in item names
    code: str = ""  # a standard code, upper-case letters and digits only
    code_has_year: bool = False
    problem: str | None = None  # a message key when there is nothing to search

    def params(self) -> dict:
        return {"text": self.text, "code": self.code, "code_has_year": self.code_has_year}


def normalize(raw: str | None) -> Query:
    text = unicodedata.normalize("NFKC", raw or "")  # full-width letters, digits, slashes and spaces
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return Query(problem="search.empty")
    if len(text) > MAX_QUERY_CHARS:
        return Query(problem="search.too_long")
    m = _CODE.match(text.upper())
    if m:
        prefix, series, number, year = m.groups()
        return Query(code=f"{prefix}{series or ''}{number}{year or ''}", code_has_year=bool(year))
    return Query(text=text.lower())
