"""Annex categories ("一、食品", "水和废水") -> the alliance's testing domains, through a table the secretariat
edits: `<data>/reference/annex_categories.csv` (category_zh, category_en, domain_id), shipped in git. The domains
table's own ids and names in both languages are accepted too, so an exported annex always reads back.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

FILE = Path("reference") / "annex_categories.csv"  # under the data folder (config.data_dir())
# "一、", "（一）", "1.", "1、", "第一类" before a category name number the fields; they are not part of the name.
_NUMBERING = re.compile(r"^(?:第?[一二三四五六七八九十百]+[类部分]*|\(?[一二三四五六七八九十]+\)|\d+)\s*[、.．:：]?\s*")


def key(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip()
    text = _NUMBERING.sub("", text)
    return re.sub(r"\s+", "", text).lower()


def strip_numbering(text: str) -> str:
    return _NUMBERING.sub("", unicodedata.normalize("NFKC", str(text)).strip()).strip()


class Categories:
    def __init__(self, rows: list[dict], domains=None):
        self._map: dict[str, str] = {}
        for r in rows:
            if r.get("domain_id"):
                for name in (r.get("category_zh"), r.get("category_en")):
                    if name:
                        self._map[key(name)] = r["domain_id"]
        if domains is not None:
            for ident, zh, en in zip(domains["domain_id"], domains["name_zh"], domains["name_en"]):
                for name in (ident, zh, en):
                    if isinstance(name, str):
                        self._map.setdefault(key(name), ident)
        self.size = len(rows)

    def domain(self, text: str) -> str | None:
        return self._map.get(key(text))


def load(root: Path, domains=None) -> Categories:
    path = Path(root) / FILE
    rows = []
    if path.is_file():
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    return Categories(rows, domains)
