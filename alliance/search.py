"""What people type into the capability search, made comparable: full-width forms, spacing, standard codes.

Input is read as a whole standard code (family + number, optional year: `GB/T 19001`, `gb t 19001-2016`), a code
family alone (`JJG`, `GB/T`, `HJ`), or words. Words are always searched too (item names and domain names, in either
language), so `PM2.5` or `Food` still finds items when no code or family by that name exists; the query also takes
words as the family of codes not shaped like a standard's (`中国药典` for 中国药典2020年版). The query
(queries/capability_search.sql) does the matching and ranks matches: code, part of a code, family, name, domain.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from .i18n import count, t

MAX_QUERY_CHARS = 100
# GB/T 22589-2008, GBT22589, gb t 22589, JJG 1033 2007, GB 5009.12-2017, TSG T7001, TSG ZF001 …; the year is optional.
_CODE = re.compile(r"^([A-Z]{1,6})\s*(?:/\s*)?([A-Z]{0,2})\s*(\d+(?:\.\d+)*)(?:(?:\s*[-‐–—]\s*|\s+)((?:19|20)\d{2}))?$")
# A family alone: JJG, GB/T, GB T, gbt, HJ, YY.
_FAMILY = re.compile(r"^([A-Z]{1,6})(?:\s*/?\s*([A-Z]{1,2}))?$")
# How an item matched, best first; the query returns the 1-based rank, results() shows the word.
MATCH_KINDS = ("code", "part", "family", "name", "domain")


@dataclass(frozen=True)
class Query:
    text: str = ""  # lower-cased words, each to be found in an item's name; the whole text in a domain's name
    code: str = ""  # family letters + number [+ year], or family letters alone: upper-case, no spaces or punctuation
    code_has_year: bool = False
    problem: str | None = None  # a message key when there is nothing to search

    @property
    def kind(self) -> str:
        """What the input was read as: "code", "family" or "words" (words are searched in every case)."""
        if not self.code:
            return "words"
        return "family" if not any(c.isdigit() for c in self.code) else "code"

    def params(self) -> dict:
        return {"text": self.text, "code": self.code, "code_has_year": self.code_has_year}


def normalize(raw: str | None) -> Query:
    text = unicodedata.normalize("NFKC", raw or "")  # full-width letters, digits, slashes and spaces
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return Query(problem="search.empty")
    if len(text) > MAX_QUERY_CHARS:
        return Query(problem="search.too_long")
    words = text.lower()
    m = _CODE.match(text.upper())
    if m:
        family, series, number, year = m.groups()
        return Query(text=words, code=f"{family}{series}{number}{year or ''}", code_has_year=bool(year))
    m = _FAMILY.match(text.upper())
    if m:
        return Query(text=words, code="".join(g or "" for g in m.groups()))
    return Query(text=words)


def summary(found: pd.DataFrame, lang: str) -> str:
    """The count above the results: items and institutions, and how many items matched by code, name, domain."""
    from . import fmt

    counts = {key: fmt.integer(int(found[col].sum()), lang) for key, col in
              [("code", "code_matches"), ("name", "name_matches"), ("domain", "domain_matches")]}
    return t("search.found", lang, items=count("matching_item", int(found["match_count"].sum()), lang),
             institutions=count("institution", len(found), lang), **counts)
