"""Message catalogs: every visible string, in zh-CN and English. zh-CN is the working language."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LANGS = ("zh-CN", "en")
DEFAULT_LANG = "zh-CN"
_DIR = Path(__file__).parent / "locales"


@cache
def catalog(lang: str) -> dict[str, str]:
    return json.loads((_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def t(key: str, lang: str, **kwargs) -> str:
    text = catalog(lang).get(key)
    if text is None:
        raise KeyError(f"missing message {key!r} for {lang}")
    return text.format(**kwargs) if kwargs else text


def tn(key: str, lang: str, n: int, **kwargs) -> str:
    """A message that counts something: English says one lab, two labs (`<key>.one` for exactly one, `<key>.other`
    otherwise); Chinese has no plural, and its catalog carries both forms alike so the catalogs keep the same keys."""
    return t(f"{key}.{'one' if n == 1 and lang == 'en' else 'other'}", lang, n=n, **kwargs)


def count(noun: str, n, lang: str) -> str:
    """A number with its noun, agreeing in English ("1 error", "2 errors"; `n.<noun>.one` / `.other` in the
    catalogs), for messages that count more than one thing."""
    n = int(n)
    return tn(f"n.{noun}", lang, n, shown=f"{n:,}")


def normalize_lang(value: str | None) -> str | None:
    """'zh', 'zh-CN', 'zh_Hans_CN' -> 'zh-CN'; 'en', 'en-US' -> 'en'; anything else -> None."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip().lower().replace("_", "-")
    if v.startswith("zh"):
        return "zh-CN"
    if v.startswith("en"):
        return "en"
    return None


def localized_column(df, field: str, lang: str):
    """`localized` for a whole column at once (tables at national scale have tens of thousands of rows)."""
    zh = df[f"{field}_zh"].fillna("")
    if lang != "en" or f"{field}_en" not in df:
        return zh
    en = df[f"{field}_en"]
    return en.where(en.notna() & (en.astype("string").str.strip() != ""), zh)


def names_by_id(df, id_column: str, lang: str, field: str = "name") -> dict[str, str]:
    """Picker options: id -> name in the language (English falling back to Chinese)."""
    return dict(zip(df[id_column], localized_column(df, field, lang)))


def localized(row, field: str, lang: str) -> str:
    """A data row's `<field>_en` in English, falling back to `<field>_zh` where English is missing."""
    zh = row.get(f"{field}_zh")
    if lang == "en":
        en = row.get(f"{field}_en")
        if isinstance(en, str) and en.strip():
            return en
    return zh if isinstance(zh, str) else ""
