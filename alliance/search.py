"""What people type into the capability search, made comparable: full-width forms, spacing, standard codes.

Input is read as a whole standard code (family + number, optional year: `GB/T 19001`, `gb t 19001-2016`), a code
family alone (`JJG`, `GB/T`, `HJ`), or words. Words are always searched too (item names and domain names, in either
language), so `PM2.5` or `Food` still finds items when no code or family by that name exists; the query also takes
words as the family of codes not shaped like a standard's (`中国药典` for 中国药典2020年版). The query
(queries/capability_search.sql) does the matching: code, part of a code, family, name, parameter class, domain.

English words are compared by their stems as well as by their letters: Snowball's English stemmer
(`snowballstemmer`, the one Sphinx uses), applied until the word no longer changes, so `environment` and
`environmental` both become `environ`, `drugs` `drug`, `residues` `residu`. The index (alliance/search_index.py) holds
the stems of every English item name, domain name and class name; `normalize` stems what was typed. Chinese is
matched as text, never stemmed.

Parameter classes (`<data>/reference/parameter_classes.csv`, UTF-8, edited by the secretariat and shipped in git)
name families of parameters an analyst asks for as one thing: 农药残留 / pesticide residues, 重金属 / heavy metals …
One row per (class, member parameter), columns:

- `class_id`, `class_zh`, `class_en`: the class (repeated on each of its rows);
- `class_aliases`: other names that find it, `|`-separated, either language (`农残|pesticides`);
- `parameter_zh`, `parameter_en`: a member parameter as items name it after " · " (`生姜 · 氟硅唑`): an item whose
  parameter is the member, or the member followed by a bracket (`铅(第二法)`, `Lead (method 2)`), belongs to the
  class, by its Chinese or its English name;
- `domain_ids`: `|`-separated domains where the member counts (copper is a heavy metal in water, not in an alloy's
  composition); empty for every domain;
- `source`: the standards the members come from (for the reader; not used).

Typing a class's name or an alias, whole (case ignored; English by stems, so `pesticide residue` finds it), finds its
members' items; a part of a name does not (`食品` is a domain, not 食品添加剂). Without the file, search works
without classes.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .i18n import count, t

MAX_QUERY_CHARS = 100
# GB/T 22589-2008, GBT22589, gb t 22589, JJG 1033 2007, GB 5009.12-2017, TSG T7001, TSG ZF001 …; the year is optional.
_CODE = re.compile(r"^([A-Z]{1,6})\s*(?:/\s*)?([A-Z]{0,2})\s*(\d+(?:\.\d+)*)(?:(?:\s*[-‐–—]\s*|\s+)((?:19|20)\d{2}))?$")
# A family alone: JJG, GB/T, GB T, gbt, HJ, YY.
_FAMILY = re.compile(r"^([A-Z]{1,6})(?:\s*/?\s*([A-Z]{1,2}))?$")
# How an item matched, best first; the query returns the 1-based rank, results() shows the word.
MATCH_KINDS = ("code", "part", "family", "name", "class", "domain")
CLASSES_FILE = Path("reference") / "parameter_classes.csv"  # under the data folder (config.data_dir())
CLASS_COLUMNS = ("class_id", "class_zh", "class_en", "class_aliases", "parameter_zh", "parameter_en", "domain_ids")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A lower-case English word's stem, the stemmer applied until nothing changes (environmental -> environment ->
    environ); digits and words with digits are kept as they are."""
    if not word.isalpha() or not word.isascii():
        return word
    while True:
        shorter = _stemmer().stemWord(word)
        if shorter == word:
            return word
        word = shorter


def stems(text: str | None) -> list[str]:
    """The stems of a text's English words (runs of a-z and 0-9), in order: 'Environmental monitoring' -> [environ,
    monitor]. Other characters separate words and are dropped."""
    return [stem(w) for w in _WORD.findall((text or "").lower())]


def read_classes(data_root: Path) -> pd.DataFrame:
    """The parameter classes file as rows (every column text, blanks as ""), or no rows if there is none."""
    path = data_root / CLASSES_FILE
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype="str") for c in CLASS_COLUMNS})
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df = df[[c for c in CLASS_COLUMNS if c in df.columns]].apply(lambda c: c.str.strip())
    for c in CLASS_COLUMNS:
        if c not in df.columns:
            df[c] = ""
    return df[(df["class_id"] != "") & ((df["parameter_zh"] != "") | (df["parameter_en"] != ""))]


@dataclass(frozen=True)
class Query:
    text: str = ""  # lower-cased words, each to be found in an item's name; the whole text in a domain's name
    word_stems: list = field(default_factory=list)  # per word its stem if it is an English word, else ""
    text_stems: list = field(default_factory=list)  # the whole text's stems if it is English only, else []
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
        return {"text": self.text, "code": self.code, "code_has_year": self.code_has_year,
                "word_stems": tuple(self.word_stems), "text_stems": tuple(self.text_stems)}


def normalize(raw: str | None) -> Query:
    text = unicodedata.normalize("NFKC", raw or "")  # full-width letters, digits, slashes and spaces
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return Query(problem="search.empty")
    if len(text) > MAX_QUERY_CHARS:
        return Query(problem="search.too_long")
    words = text.lower()
    english = dict(word_stems=[stem(w) if w.isascii() and w.isalpha() else "" for w in words.split(" ")],
                   text_stems=stems(words) if words.isascii() else [])
    m = _CODE.match(text.upper())
    if m:
        family, series, number, year = m.groups()
        return Query(text=words, code=f"{family}{series}{number}{year or ''}", code_has_year=bool(year), **english)
    m = _FAMILY.match(text.upper())
    if m:
        return Query(text=words, code="".join(g or "" for g in m.groups()), **english)
    return Query(text=words, **english)


def no_results_hint(query: Query) -> str:
    """The message key for a search that found nothing, fitting what was typed: a code with a year (drop the year),
    a code or family (check it, or try its family), or words (fewer or other words, the other language, a class)."""
    if query.kind == "code":
        return "search.none.code_year" if query.code_has_year else "search.none.code"
    if query.kind == "family":
        return "search.none.family"
    return "search.none.words"


def summary(found: pd.DataFrame, lang: str) -> str:
    """The count above the results: items and institutions in all pages (capability_search.sql's totals, on every
    row), and how many items matched by code, name, parameter class and domain."""
    from . import fmt

    first = found.iloc[0]
    counts = {key: fmt.integer(int(first[f"{key}_total"]), lang) for key in ("code", "name", "class", "domain")}
    return t("search.found", lang, items=count("matching_item", int(first["match_total"]), lang),
             institutions=count("institution", int(first["institution_total"]), lang), **counts)
