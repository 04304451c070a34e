"""Standard codes in an annex's standards cell: several standards per cell, each as name + code + year in either
order, written with full-width characters, "GBT", en-dashes and stray spaces. The cell is cut into segments and
each segment's codes are found by pattern, so a name's own "、" or a code family's "/" never splits a code.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..ingest import normalize as nz

# Dashes people and word processors put into years; NFKC leaves all of these alone.
_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63]")
# A segment ends at a line break, "、", "；"/";", "，"/"," or a "/" that is not inside a code family ("GB/T"):
# a family's slash follows a capital letter (or a local family's "DB21"), a separating slash follows a digit, a
# year, a CJK name or a space.
_SEPARATOR = re.compile(r"[\n\r、；;，,]+|(?<![A-Z])(?<![A-Z]\d\d)\s*/\s*(?=\D)")
# Families: GB, GB/T, NB/SH/T, T/CECS, DB21/T (local standards carry the province's number), JTG/T …
_FAMILY = r"(?P<family>[A-Z]{1,6}(?:\d{2})?(?:\s*/\s*[A-Z]{1,6}){0,2})"
_NUMBER = r"(?P<number>[A-Z]{0,2}\d+(?:\s*\.\s*\d+)*(?:/\d+)?)"
_YEAR = r"(?:\s*(?P<sep>[-:])\s*(?P<year>(?:19|20)\d{2}))?"
_CODE = re.compile(rf"(?<![A-Za-z]){_FAMILY}\s*{_NUMBER}{_YEAR}(?!\d)")
# Codes outside the family scheme that annexes cite: the pharmacopoeia and the agriculture ministry's notices.
_PHARMACOPOEIA = re.compile(r"中国药典\s*(?P<ed>\d{4})\s*年版\s*(?P<part>[一二三四]部)?\s*(?P<no>\d{4})?")
# Technical rules cited by name and edition, e.g. "消毒技术规范(2002年版)".
_EDITION = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,30}?(?:规范|规程|规则|方法|办法|导则|标准))"
                      r"\s*\(\s*(?P<ed>\d{4})\s*年版\s*\)")
_NOTICE = re.compile(r"(?P<who>农业(?:农村)?部)\s*(?P<no>\d+)\s*号公告\s*-\s*(?P<part>\d+)\s*-\s*(?P<year>\d{4})")
# "GBT 5750" is GB/T typed without its slash; only the families that have a /T form are read that way.
_T_FAMILIES = {"GB", "NY", "HJ", "JB", "NB", "SH", "JGJ", "YB", "HG", "FZ", "SN", "QB", "YY", "SB", "JC", "LS",
               "WS", "YS", "CJ", "JG", "SY", "GH", "JTG", "DL", "MT", "HB", "JT", "SL", "CB", "DZ", "GA", "WB"}
# The method a standard is used with, kept with the item: "第二法", "(只用…)", "(仅限…)", "(不含…)".
_METHOD = re.compile(r"第\s*[一二三四五六七八九十\d]+\s*法"
                     r"|[(（][^()（）]*?(?:只用|仅用|只测|仅限|不用|不测|不含)[^()（）]*[)）]")


def clean(text: str) -> str:
    """Half-width, one kind of dash, no doubled spaces: what every cell goes through before it is read."""
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text)
    text = re.sub(r"[ \t\u3000]+", " ", text).strip()
    # "GB / T" is one family: close the spaces around a slash between capitals before the cell is cut at slashes.
    return re.sub(r"(?<=[A-Z]) ?/ ?(?=[A-Z])", "/", text)


def tidy(text: str) -> str:
    """A name cell: full-width letters, digits and brackets made half-width as the ingest does, spaces collapsed;
    "Ⅱ类" and "mm²" stay as written (NFKC would make them "II类" and "mm2", another item)."""
    return re.sub(r"[ \t\u3000]+", " ", nz.halfwidth(text)).strip()


@dataclass(frozen=True)
class Standard:
    code: str  # normalised: "GB/T 5750.6-2006"
    method: str | None  # "第二法", "(只用…)" as written next to the code


def _family(raw: str) -> str:
    fam = re.sub(r"\s+", "", raw)
    if "/" not in fam and len(fam) >= 3 and fam.endswith("T") and fam[:-1] in _T_FAMILIES:
        fam = fam[:-1] + "/T"
    return fam


def _codes(segment: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for m in _PHARMACOPOEIA.finditer(segment):
        found.append((m.start(), f"中国药典{m['ed']}年版{m['part'] or ''}{m['no'] or ''}"))
    for m in _NOTICE.finditer(segment):
        found.append((m.start(), f"{m['who']}{m['no']}号公告-{m['part']}-{m['year']}"))
    for m in _EDITION.finditer(segment):
        found.append((m.start(), f"{m['name']}({m['ed']}年版)"))
    spans = [m.span() for p in (_PHARMACOPOEIA, _NOTICE, _EDITION) for m in p.finditer(segment)]
    for m in _CODE.finditer(segment):
        if any(a <= m.start() < b for a, b in spans):
            continue
        number = re.sub(r"\s+", "", m["number"])
        code = f"{_family(m['family'])} {number}"
        if m["year"]:
            code += f"{m['sep']}{m['year']}"
        found.append((m.start(), code))
    return [c for _, c in sorted(found)]


def split(cell: str) -> list[Standard]:
    """The standards of one cell, in the order written, each once; [] when the cell holds no code at all."""
    text = clean(cell)
    out: list[Standard] = []
    seen = set()
    for segment in _SEPARATOR.split(text):
        codes = _codes(segment)
        if not codes:
            continue  # a name's own "、" or "/" cut it: the code is in a neighbouring segment
        methods = [m.group(0) for m in _METHOD.finditer(segment)]
        method = " ".join(methods) if methods and len(codes) == 1 else None
        for code in codes:
            if code not in seen:
                seen.add(code)
                out.append(Standard(code, method))
    return out
