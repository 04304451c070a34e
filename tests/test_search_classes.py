"""Capability search finds what an analyst means: parameter classes (data/reference/parameter_classes.csv), English
word forms, ranking by how much an institution holds, hints that fit the input, and the README's examples.

Expected items are computed here from the Parquet file and the classes file with pandas (test_search.py's oracle)."""
import re

import pytest
from conftest import DATA, LATEST, ROOT, read
from conftest import run_page as run
from test_search import (
    CLASS,
    CLASSES,
    assert_same,
    domains_named,
    expected,
    in_class,
    in_ranked_order,
    search,
    words_of,
)

from alliance.db import Database
from alliance.search import no_results_hint, normalize
from alliance.snapshots import scan

CLASS_NAMES = list(CLASSES.drop_duplicates("class_id")[["class_id", "class_zh", "class_en"]].itertuples(index=False))
# Other ways of saying a class: an alias, a singular, a plural, another case.
VARIANTS = [("pesticide_residues", "pesticide residue"), ("pesticide_residues", "Pesticides"),
            ("pesticide_residues", "农药"), ("heavy_metals", "heavy metal"), ("microbiology", "Microbiological"),
            ("mycotoxins", "mycotoxin"), ("vocs", "VOCs"), ("veterinary_drug_residues", "veterinary drugs"),
            ("food_additives", "FOOD ADDITIVE"), ("disinfection_byproducts", "disinfection byproducts")]


@pytest.fixture(scope="module")
def db():
    database = Database(scan(DATA))
    yield database
    database.close()


def class_cases():
    for class_id, zh, en in CLASS_NAMES:
        yield class_id, zh
        yield class_id, en
    yield from VARIANTS


@pytest.mark.parametrize("class_id,raw", list(class_cases()))
def test_a_class_finds_exactly_its_members_items(db, class_id, raw):
    q = read("qualifications")
    words = words_of(raw)
    members = q[in_class(q, class_id)]
    assert len(members) > 0, f"{class_id} has no items in the demo"
    got = search(db, raw)
    assert_same(got, expected(q, words=words, domain_ids=domains_named(" ".join(words)), classes={class_id}))
    # Every member item is found, at every institution holding one, by the class or (better) by its name.
    assert set(members["institution_id"]) <= set(got["institution_id"])
    assert got["match_count"].sum() >= len(members)
    assert CLASS in set(got["best_rank"]) or got["class_matches"].sum() > 0


@pytest.mark.parametrize("class_id", [c.class_id for c in CLASS_NAMES])
def test_a_class_is_not_its_domains(class_id):
    """A class is a set of parameters, never a whole domain: in every domain holding its items, some are not its."""
    q = read("qualifications")
    members = in_class(q, class_id)
    for domain_id, n in q[members].groupby("domain_id").size().items():
        assert n < (q["domain_id"] == domain_id).sum(), (class_id, domain_id)


def test_pesticide_residues_finds_the_pesticides_named_by_the_pesticide(db):
    """The issue's case: 生姜 · 氟硅唑 is a pesticide residue test though its name says only the pesticide."""
    q = read("qualifications")
    for raw in ("农药残留", "pesticide residues"):
        got = search(db, raw)
        assert got["match_count"].sum() > 1000 and len(got) > 4
        ginger = q[q["item_zh"].str.startswith("生姜 · 氟硅唑")]
        assert set(ginger["institution_id"]) <= set(got["institution_id"])


@pytest.mark.parametrize("raw,domain_id", [("environment", "environment"), ("environmental", "environment"),
                                           ("Environmental monitoring", "environment"), ("drugs", "medical"),
                                           ("drug", "medical"), ("medical device", "medical"),
                                           ("medical devices", "medical")])
def test_english_word_forms_find_their_domain(db, raw, domain_id):
    q = read("qualifications")
    words = words_of(raw)
    assert domains_named(" ".join(words)) == {domain_id}
    got = search(db, raw)
    assert_same(got, expected(q, words=words, domain_ids={domain_id}))
    in_domain = q[q["domain_id"] == domain_id]
    assert set(in_domain["institution_id"]) <= set(got["institution_id"])
    assert got["match_count"].sum() >= len(in_domain)


@pytest.mark.parametrize("raw,word", [("residue", "residues"), ("drugs", "drug"), ("Moulds", "mould")])
def test_english_item_names_match_by_stem(db, raw, word):
    """A word finds items whose English name has another form of it."""
    q = read("qualifications")
    got = search(db, raw)
    assert_same(got, expected(q, words=words_of(raw), domain_ids=domains_named(raw.lower())))
    assert search(db, word)["match_count"].sum() > 0


def test_water_quality_ranks_the_labs_holding_many_water_items_first(db):
    """水质: the disease-control and environment labs with 100+ water-quality items come before the special-equipment
    institutes whose few boiler-water items carry 水质 in their name."""
    q = read("qualifications")
    got = search(db, "水质", near="fushun").reset_index(drop=True)
    assert_same(got, expected(q, words=["水质"], domain_ids={"water"}))
    in_ranked_order(got)
    water = q[q["domain_id"] == "water"].groupby("institution_id").size()
    boiler = q[q["item_zh"].str.contains("水质") & (q["domain_id"] != "water")].groupby("institution_id").size()
    boiler_only = [i for i in boiler.index if i not in water.index]
    assert water.max() >= 100 and boiler_only and boiler.max() <= 10
    place = dict(zip(got["institution_id"], got.index))
    for many in water[water >= 100].index:
        assert all(place[many] < place[few] for few in boiler_only), many
    assert got.loc[0, "institution_id"] in set(water[water >= 100].index)


def test_a_typed_code_puts_its_holders_first(db):
    """GB 5009.12-2017: every holder of that code, nearest first, before anyone matched another way."""
    q = read("qualifications")
    got = search(db, "GB 5009.12-2017", near="tieling")
    holders = set(q.loc[q["standard_code"] == "GB 5009.12-2017", "institution_id"])
    assert set(got["institution_id"][:len(holders)]) == holders
    assert got["distance_km"][:len(holders)].is_monotonic_increasing
    in_ranked_order(got)


# --- Hints and the README --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,key", [("GB/T 99999-2016", "search.none.code_year"), ("GB/T 99999", "search.none.code"),
                                     ("QQX", "search.none.family"), ("zzzz yyyy", "search.none.words")])
def test_hint_fits_what_was_typed(db, raw, key):
    assert search(db, raw).empty
    assert no_results_hint(normalize(raw)) == key


@pytest.mark.parametrize("raw,lang,says,never", [("GB/T 99999-2016", "en", "without its year", None),
                                                 ("GB/T 99999", "en", "Check the number", "year"),
                                                 ("zzzz yyyy", "en", "parameter class", "year"),
                                                 ("不存在的项目", "zh-CN", "参数类别", "年份")])
def test_search_page_hint_never_mentions_a_year_not_typed(raw, lang, says, never):
    at = run("pages/capability_search.py", lang=lang, q=raw, snapshot=LATEST)
    assert not at.exception
    shown = " ".join(w.value for w in at.warning)
    assert says in shown and (never is None or never not in shown)


def test_search_page_shows_class_matches():
    at = run("pages/capability_search.py", lang="en", q="pesticide residues", snapshot=LATEST)
    assert not at.exception
    table = next(d.value for d in at.dataframe if "Matching items" in d.value.columns)
    assert "Parameter class" in set(table["Best match"])
    want = expected(read("qualifications"), words=["pesticide", "residues"], classes={"pesticide_residues"})
    assert sorted(table["Matching items"]) == sorted(want["match_count"])
    assert any("by parameter class" in m.value for m in at.markdown)


def readme_examples() -> list[str]:
    """The search examples the README promises work on the demo data (its line 'On the demo data …')."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(p for p in text.split("\n\n") if "**Capability search**" in p)
    promise = re.search(r"On the demo data(.*?)(?:\.\s|$)", line, re.S)
    assert promise, "the README's search paragraph lists examples that work on the demo data"
    return re.findall(r"`([^`]+)`", promise.group(1))


def test_readme_names_examples():
    assert len(readme_examples()) >= 5


@pytest.mark.parametrize("raw", readme_examples())
def test_readme_search_examples_find_something(db, raw):
    assert len(search(db, raw)) > 0, raw
