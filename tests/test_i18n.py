"""Both catalogs hold the same keys with the same placeholders, and every key the code asks for exists."""
import re
import string
from pathlib import Path

import pytest

from alliance import i18n, kpis, published
from alliance.schema import ENUMS

ROOT = Path(__file__).resolve().parent.parent
ZH, EN = i18n.catalog("zh-CN"), i18n.catalog("en")


def placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_same_keys():
    assert sorted(set(ZH) ^ set(EN)) == []


@pytest.mark.parametrize("key", sorted(ZH))
def test_same_placeholders_and_not_empty(key):
    assert ZH[key].strip() and EN[key].strip()
    assert placeholders(ZH[key]) == placeholders(EN[key])


def test_zh_is_simplified():
    traditional = set("體關會聯盟專業資產檢驗實驗與東區開國為這個們來時說過還點")  # a sample of Traditional-only forms
    traditional -= set("联盟专业资产检验实验与东区开国为这个们来时说过还点")
    offenders = {k: v for k, v in ZH.items() if set(v) & traditional}
    assert offenders == {}


def literal_keys() -> set[str]:
    keys = set()
    for path in [*ROOT.glob("*.py"), *ROOT.glob("pages/*.py"), *ROOT.glob("alliance/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""\bt\(\s*["']([a-z_][\w.\-]*)["']""", text))
        for key in re.findall(r"""\btn\(\s*f?["']([a-z_][\w.\-]*)["']""", text):  # counted: both forms
            keys |= {f"{key}.one", f"{key}.other"}
    return keys


def computed_keys() -> set[str]:
    keys = {f"lang.{code}" for code in i18n.LANGS}
    for col, _, _ in kpis.KPIS:
        keys |= {f"kpi.{col}", f"kpi.{col}.help"}
    keys |= {f"measure.{m}" for m in [*kpis.AREA_MEASURES, "qualification_count"]}
    keys |= {f"event.{k}" for k in ENUMS[("events", "kind")]}
    keys |= {f"problem.{r}" for r in ["interrupted", "bad_name", "no_manifest", "bad_manifest",
                                      "schema_version", "schema_newer", "table_not_in_manifest", "missing_file",
                                      "hash_mismatch", "corrupt_file", "row_count", "missing_columns",
                                      "column_types", "unreadable"]}
    for fig in published.FIGURES:
        keys |= {f"figure.{fig.figure_id}", f"figure.{fig.figure_id}.published", fig.source}
    keys |= {"origin.demo", "origin.ingest"}
    return keys


def test_every_key_used_exists():
    used = literal_keys() | computed_keys()
    assert len(literal_keys()) > 20
    assert sorted(used - set(ZH)) == []


def test_problem_reasons_match_the_reader():
    src = (ROOT / "alliance" / "snapshots.py").read_text(encoding="utf-8")
    reasons = set(re.findall(r'Problem\(\w+(?:\.name)?, "(\w+)"', src))
    assert reasons and reasons <= {k.split(".", 1)[1] for k in ZH if k.startswith("problem.")}


@pytest.mark.parametrize("raw,lang", [("zh", "zh-CN"), ("zh-CN", "zh-CN"), ("zh_Hans_CN", "zh-CN"), ("en-US", "en"),
                                      ("EN", "en"), ("fr", None), ("", None), (None, None), ("' or 1=1", None)])
def test_normalize_lang(raw, lang):
    assert i18n.normalize_lang(raw) == lang


def test_english_falls_back_to_chinese():
    assert i18n.localized({"name_zh": "沈阳", "name_en": None}, "name", "en") == "沈阳"
    assert i18n.localized({"name_zh": "沈阳", "name_en": "  "}, "name", "en") == "沈阳"
    assert i18n.localized({"name_zh": "沈阳", "name_en": "Shenyang"}, "name", "en") == "Shenyang"


@pytest.mark.parametrize("lang,n,form", [("en", 1, "one"), ("en", 0, "other"), ("en", 2, "other"),
                                         ("zh-CN", 1, "other")])
def test_counted_messages_pick_the_form_for_the_number(lang, n, form):
    assert i18n.tn("compare.words.joined", lang, n, names="X") == i18n.t(f"compare.words.joined.{form}", lang, n=n,
                                                                         names="X")


def test_no_catalog_message_hedges_a_plural():
    """English says one lab, two labs: never "lab(s)" (counted messages choose their form, i18n.tn)."""
    assert [k for k, v in EN.items() if "(s)" in v] == []


@pytest.mark.parametrize("noun", sorted({k.split(".")[1] for k in EN if k.startswith("n.")}))
@pytest.mark.parametrize("n", [0, 1, 2, 1234])
def test_counted_nouns_agree_with_their_number(noun, n):
    text = i18n.count(noun, n, "en")
    assert text.startswith(f"{n:,} ") or f" {n:,} " in f" {text}"
    singular = i18n.t(f"n.{noun}.one", "en", shown="1", n=1).split(" ", 1)[1]
    assert (text.endswith(singular)) == (n == 1), text  # "1 error", "0 errors", "2 errors"
    assert f"{n:,}" in i18n.count(noun, n, "zh-CN")
