"""Capability search against an independent reading of the Parquet files with pandas (never the app's own output).

What each input means is written out in the cases (family, number, year; words; a domain), and the expected items,
their counts per institution and how each institution matched at best are computed here from the snapshot.
"""
import datetime as dt
import functools
import math
import re
import unicodedata

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import snowballstemmer
from conftest import DATA, LATEST, read
from conftest import run_page as run

from alliance.db import Database
from alliance.schema import TABLES
from alliance.search import MAX_QUERY_CHARS, normalize
from alliance.snapshots import scan, write_snapshot

DAY = dt.date.fromisoformat(LATEST)
CODE, PART, FAMILY, NAME, CLASS, DOMAIN = 1, 2, 3, 4, 5, 6  # how an item matched, best first
_STANDARD = re.compile(r"^([A-Z]+(?:/[A-Z]+)?) ?([A-Z]*\d[\d.]*)(?:-(\d{4}))?$")  # GB/T 228.1-2021, TSG T7001-2009
_DOMAIN_SEPARATORS = r"\s*(?:/|、|,|，|;|；|\(|\)|（|）|\band\b|与|及)\s*"


@pytest.fixture(scope="module")
def db():
    database = Database(scan(DATA))
    yield database
    database.close()


def search(db, raw, near="shenyang", areas=(), domains=()):
    q = normalize(raw)
    assert q.problem is None
    return db.query("capability_search", snapshot=DAY, near_area_id=near, areas=areas, domains=domains,
                    page_rows=None, page_offset=0, **q.params())


def split_code(code: str) -> tuple[str, str | None, str | None]:
    """'GB/T 228.1-2021' -> ('GBT', '228.1', '2021'); a code of another shape -> (text before its first digit, -, -)."""
    m = _STANDARD.match(code)
    if m:
        family, number, year = m.groups()
        return family.replace("/", ""), number, year
    return re.match(r"^\D*", code).group(0).replace(" ", ""), None, None


_STEMMER = snowballstemmer.stemmer("english")


@functools.cache
def _stem(w: str) -> str:
    while w.isalpha() and _STEMMER.stemWord(w) != w:
        w = _STEMMER.stemWord(w)
    return w


def stem_words(text: str) -> list[str]:
    """English stems: Snowball applied until a word stops changing (environmental -> environment -> environ)."""
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def domains_named(text: str, snapshot: str = LATEST) -> set[str]:
    """Domains whose name or a part of it is or begins with the text (whole words; English also by stems, so
    'environment' names 'Environmental monitoring'); Chinese text of two characters or more anywhere in the name."""
    hits = set()
    typed = stem_words(text) if text.isascii() else []
    for d in read("domains", snapshot).itertuples():
        for name in (d.name_zh, d.name_en):
            name = (name or "").lower()
            for term in [name, *re.split(_DOMAIN_SEPARATORS, name)]:
                if term == text or term.startswith(text + " ") or \
                        (typed and stem_words(term)[:len(typed)] == typed) or \
                        (text in term and len(text) >= 2 and not text.isascii()):
                    hits.add(d.domain_id)
    return hits


CLASSES = pd.read_csv(DATA / "reference" / "parameter_classes.csv", dtype=str, keep_default_na=False)


def parameter(name) -> str | None:
    """An item's parameter: its name after the last ' · ', or None."""
    return name.rsplit(" · ", 1)[1] if isinstance(name, str) and " · " in name else None


def in_class(q: pd.DataFrame, class_id: str) -> pd.Series:
    """Items whose parameter is a member of the class (or a member and a bracket), in the member's domains."""
    members = CLASSES[CLASSES["class_id"] == class_id]
    p_zh, p_en = q["item_zh"].map(parameter), q["item_en"].map(parameter).str.lower()
    hit = pd.Series(False, index=q.index)
    for m in members.itertuples():
        ok = (p_zh == m.parameter_zh) | p_zh.str.startswith(m.parameter_zh + "(").fillna(False)
        ok |= (p_en == m.parameter_en.lower()) | p_en.str.startswith(m.parameter_en.lower() + " (").fillna(False)
        if m.domain_ids:
            ok &= q["domain_id"].isin(m.domain_ids.split("|"))
        hit |= ok.fillna(False)
    return hit


def expected(q: pd.DataFrame, *, family=None, number=None, year=None, words=None, domain_ids=(), text=None,
             classes=()):
    """Per institution: matching items and the best way any of them matched. Each item counts once, at its best."""
    parts = q["standard_code"].map(split_code)
    fam, num, yr = parts.str[0], parts.str[1], parts.str[2]
    rank = pd.Series(99, index=q.index)
    if number is not None:
        year_ok = yr == year if year else True
        rank[(fam == family) & (num == number) & year_ok] = CODE
        rank[(rank > PART) & (fam == family) & num.fillna("").str.startswith(number + ".") & year_ok] = PART
    elif family is not None:
        rank[fam == family] = FAMILY
    if words:
        zh, en = q["item_zh"].str.lower(), q["item_en"].fillna("").str.lower()
        in_zh = pd.concat([zh.str.contains(w, regex=False) for w in words], axis=1).all(axis=1)
        en_stems = en.map(lambda name: set(stem_words(name)))
        in_en = pd.concat([en.str.contains(w, regex=False)
                           | (en_stems.map(lambda st, w=w: stem_words(w)[0] in st) if w.isascii() and w.isalpha()
                              else False) for w in words], axis=1).all(axis=1)
        rank[(rank > NAME) & (in_zh | in_en)] = NAME
    for class_id in classes:
        rank[(rank > CLASS) & in_class(q, class_id)] = CLASS
    rank[(rank > DOMAIN) & q["domain_id"].isin(list(domain_ids))] = DOMAIN
    hits = q.assign(rank=rank)[rank < 99]
    return hits.groupby("institution_id").agg(match_count=("rank", "size"), best_rank=("rank", "min"))


def as_found(got: pd.DataFrame) -> pd.DataFrame:
    return got.set_index("institution_id")[["match_count", "best_rank"]].astype(int).sort_index()


def assert_same(got, want):
    assert len(want) > 0
    pd.testing.assert_frame_equal(as_found(got), want.astype(int).sort_index(), check_names=False)


def words_of(raw: str) -> list[str]:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw)).strip().lower().split(" ")


# --- Standard codes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["ＧＢ／Ｔ　２２５８９", "GB/T 22589", "GBT22589", "GB T 22589", "gb/t 22589",
                                 " gb/t  22589 ", "Gb／t２２５８９"])
def test_whole_code_whatever_the_width_spacing_or_case(db, raw):
    got = search(db, raw)
    assert_same(got, expected(read("qualifications"), family="GBT", number="22589", words=words_of(raw)))
    assert set(got["best_rank"]) == {CODE}
    assert set(got["example_standard"]) == {"GB/T 22589-2008"}


@pytest.mark.parametrize("raw,family,number,others", [
    ("GB 5009.3", "GB", "5009.3", ["GB 5009.33-2016", "GB 5009.34-2022", "GB 5009.35-2023"]),
    ("GB/T 213", "GBT", "213", ["GB/T 21391-2022"]),
    ("JJG 1033", "JJG", "1033", ["JJF 1033-2016"]),  # same number, another family
    ("JJF 1033", "JJF", "1033", ["JJG 1033-2007"]),
    ("HJ 646", "HJ", "646", ["JJG 646-2006"]),
    ("TSG T7001", "TSG", "T7001", []),
])
def test_code_matches_as_a_whole_code_not_a_prefix(db, raw, family, number, others):
    q = read("qualifications")
    got = search(db, raw)
    assert_same(got, expected(q, family=family, number=number, words=words_of(raw)))
    matched = set(got["example_standard"])
    assert not matched & set(others)
    shown = q[q["institution_id"].isin(got["institution_id"])]
    # Counts equal the code's own items only: the longer numbers and the other family are not counted.
    assert got["match_count"].sum() == (shown["standard_code"].map(split_code).map(lambda p: p[:2])
                                        == (family, number)).sum()


def test_code_with_and_without_year(db):
    q = read("qualifications")
    any_year = search(db, "GB/T 22589")
    with_year = search(db, "GB/T 22589-2008")
    assert_same(with_year, expected(q, family="GBT", number="22589", year="2008", words=words_of("GB/T 22589-2008")))
    for raw in ["ｇｂ／ｔ２２５８９—２００８", "gb/t 22589 2008"]:
        assert_same(search(db, raw), expected(q, family="GBT", number="22589", year="2008", words=words_of(raw)))
    assert search(db, "GB/T 22589-1999").empty  # the year, when given, must match
    assert with_year["match_count"].sum() <= any_year["match_count"].sum()


def test_code_without_year_finds_every_year_but_never_a_longer_number(data_copy):
    """The issue's own example, on a copy with GB/T 19001 in two years, GB/T 190011 and GB 19001 added, and an item
    at Tieling whose name mentions GB/T 19001 (a name match: listed after the code matches though it is nearest)."""
    folder = data_copy / "snapshots" / f"snapshot={LATEST}"
    tables = {t: pq.read_table(folder / f"{t}.parquet") for t in TABLES}
    q = tables["qualifications"].to_pandas()
    added = pd.DataFrame({
        "qualification_id": ["t1", "t2", "t3", "t4", "t5"],
        "institution_id": ["sy_metrology", "as_build", "sy_food", "fs_petro", "tl_pq"],
        "lab_id": [None] * 5, "domain_id": ["metrology", "construction", "food", "chemical", "machinery"],
        "scope_type": ["parameter"] * 5, "item_zh": ["质量管理体系 · 审核"] * 4 + ["GB/T 19001 内审 · 记录"],
        "item_en": ["Quality management system · Audit"] * 4 + ["GB/T 19001 internal audit · Records"],
        "standard_code": ["GB/T 19001-2016", "GB/T 19001-2008", "GB/T 190011-2020", "GB 19001-2016", "JJF 1069-2012"],
        "accredited_on": [dt.date(2020, 1, 1)] * 5,
    })
    q = pd.concat([q, added], ignore_index=True)
    tables["qualifications"] = pa.Table.from_pandas(q, schema=tables["qualifications"].schema, preserve_index=False)
    write_snapshot(data_copy, LATEST, tables, source="demo", replace=True)
    copy = Database(scan(data_copy))
    try:
        got = search(copy, "GB/T 19001", near="tieling")
        assert sorted(got["institution_id"][:2]) == ["as_build", "sy_metrology"] and got["institution_id"][2] == "tl_pq"
        assert list(got["best_rank"]) == [CODE, CODE, NAME]
        assert got["distance_km"].iloc[2] < got["distance_km"].iloc[:2].min()
        assert_same(got, expected(q, family="GBT", number="19001", words=words_of("GB/T 19001")))
        by_code = {raw: list(df.loc[df["best_rank"] == CODE, "institution_id"]) for raw in
                   ["GB/T 19001-2016", "GB/T 190011", "gb 19001"] for df in [search(copy, raw)]}
        assert by_code == {"GB/T 19001-2016": ["sy_metrology"], "GB/T 190011": ["sy_food"], "gb 19001": ["fs_petro"]}
    finally:
        copy.close()


def test_code_alone_finds_its_parts_after_the_whole_code(db):
    """GB 5009 (the food-safety series) finds GB 5009.3, GB 5009.12 …, never GB 50090; ranked after a whole code."""
    q = read("qualifications")
    got = search(db, "GB 5009")
    assert_same(got, expected(q, family="GB", number="5009", words=words_of("GB 5009")))
    assert set(got["best_rank"]) == {PART}
    assert all(code.startswith("GB 5009.") for code in got["example_standard"])


# --- Code families ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,family", [("JJG", "JJG"), ("ＪＪＧ", "JJG"), ("jjg", "JJG"), ("GB/T", "GBT"),
                                        ("gb t", "GBT"), ("GB", "GB"), ("HJ", "HJ"), ("HJ/T", "HJT"), ("YY", "YY"),
                                        ("TSG", "TSG"), ("中国药典", "中国药典")])
def test_family_alone_lists_its_items(db, raw, family):
    q = read("qualifications")
    got = search(db, raw)
    want = expected(q, family=family, words=words_of(raw), domain_ids=domains_named(" ".join(words_of(raw))))
    assert_same(got, want)
    assert got["match_count"].sum() == (q["standard_code"].map(split_code).str[0] == family).sum()
    assert set(got["best_rank"]) == {FAMILY}


def test_gb_is_not_gb_t():
    q = read("qualifications")
    fam = q["standard_code"].map(split_code).str[0]
    assert (fam == "GB").sum() > 0 and (fam == "GBT").sum() > 0
    assert not q.loc[fam == "GB", "standard_code"].str.startswith("GB/T").any()


# --- Names and domains --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["镁碳砖", "显气孔率", "Apparent Porosity", "ａｐｐａｒｅｎｔ　ｐｏｒｏｓｉｔｙ",
                                 "镁碳砖 显气孔率", "PM2.5", "salmonella", "电磁流量计"])
def test_product_or_parameter_name(db, raw):
    words = words_of(raw)
    got = search(db, raw)
    assert_same(got, expected(read("qualifications"), words=words, domain_ids=domains_named(" ".join(words))))
    assert set(got["best_rank"]) == {NAME}


@pytest.mark.parametrize("zh,en,domain_id", [("食品", "Food", "food"), ("水质", "water quality", "water"),
                                             ("计量校准", "Metrology and calibration", "metrology"),
                                             ("特种设备", "SPECIAL EQUIPMENT", "special_equipment"),
                                             ("纺织服装", "Textiles and apparel", "textile")])
def test_domain_name_in_either_language_gets_that_domains_items(db, zh, en, domain_id):
    q = read("qualifications")
    in_domain = q[q["domain_id"] == domain_id]
    for raw in (zh, en):
        words = words_of(raw)
        assert domains_named(" ".join(words)) == {domain_id}
        got = search(db, raw)
        assert_same(got, expected(q, words=words, domain_ids={domain_id}))
        # Every item of the domain is found (by its name or by the domain), at every institution that has one.
        assert set(in_domain["institution_id"]) <= set(got["institution_id"])
        assert got["match_count"].sum() >= len(in_domain)


@pytest.mark.parametrize("raw,domain_ids", [("metrology", {"metrology"}), ("Medical devices", {"medical"}),
                                            ("drugs", {"medical"}), ("drug", {"medical"}),
                                            ("medical device", {"medical"}), ("environment", {"environment"}),
                                            ("environmental", {"environment"}), ("Environments", {"environment"}),
                                            ("机械", {"machinery"}),
                                            ("汽车", {"machinery"}), ("冶金", {"metallurgy"}),
                                            ("材料", {"building_materials", "metallurgy"}),
                                            ("建筑", {"construction", "building_materials"}), ("and", set()),
                                            ("水", set()), ("quality", set()), ("vehicle", set())])
def test_domain_parts_match_as_whole_words(raw, domain_ids):
    """A part of a domain's name counts ('drugs', '机械'); a stray word or one Chinese character does not."""
    assert domains_named(" ".join(words_of(raw))) == domain_ids


def in_ranked_order(got: pd.DataFrame) -> None:
    """The order capability_search.sql documents, recomputed from the counts it returns: holders of a typed code
    first (nearest first), then by band = floor(log2(code + name + class items + half the domain items)), highest
    first, nearest first within a band."""
    score = got["code_matches"] + got["name_matches"] + got["class_matches"] + 0.5 * got["domain_matches"]
    band = score.map(lambda x: math.floor(math.log2(x)))
    holds = got["best_rank"] == CODE
    key = pd.DataFrame({"holds": ~holds, "band": (-band).where(~holds, 0), "km": got["distance_km"],
                        "n": -got["match_count"], "id": got["institution_id"]})
    assert list(key.sort_values(list(key.columns)).index) == list(range(len(got)))


@pytest.mark.parametrize("raw,domain_id", [("机动车", "motor_vehicle"), ("motor", "motor_vehicle"),
                                           ("Electronic", "electrical")])
def test_name_and_domain_matches_ranked_by_items_then_nearest(db, raw, domain_id):
    """Some items are named with these words and the rest of a domain is not: each item counts once at its best
    match, and institutions are ordered by how much they hold (a domain match weighing half), nearest within a band."""
    q = read("qualifications")
    got = search(db, raw, near="anshan")
    assert_same(got, expected(q, words=words_of(raw), domain_ids={domain_id}))
    assert set(got["best_rank"]) == {NAME, DOMAIN}
    in_ranked_order(got)
    assert (got["code_matches"] + got["name_matches"] + got["class_matches"] + got["domain_matches"]
            == got["match_count"]).all()


def test_filters_and_nearest_first(db):
    got = search(db, "镁碳砖", near="tieling", areas=("anshan", "shenyang"), domains=("building_materials",))
    q, inst = read("qualifications"), read("institutions")
    q = q[q["item_zh"].str.contains("镁碳砖") & (q["domain_id"] == "building_materials")].merge(inst)
    q = q[q["area_id"].isin(["anshan", "shenyang"])]
    assert dict(zip(got["institution_id"], got["match_count"])) == q.groupby("institution_id").size().to_dict()
    in_ranked_order(got)  # most items first (by band), nearest first within a band


# --- Input handling -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,kind,code", [("GB/T 19001", "code", "GBT19001"),
                                           ("gb t 19001-2016", "code", "GBT190012016"),
                                           ("ＪＪＧ　１０３３　２００７", "code", "JJG10332007"),
                                           ("GB 5009.12", "code", "GB5009.12"), ("TSG T7001", "code", "TSGT7001"),
                                           ("JJG", "family", "JJG"), ("GB/T", "family", "GBT"),
                                           ("食品", "words", ""), ("apparent porosity", "words", "")])
def test_what_the_input_is_read_as(raw, kind, code):
    q = normalize(raw)
    assert (q.kind, q.code, q.code_has_year) == (kind, code, code.endswith(("2007", "2016")))


@pytest.mark.parametrize("raw,problem", [("", "search.empty"), ("   ", "search.empty"), ("　", "search.empty"),
                                         ("x" * 1000, "search.too_long"),
                                         ("x" * (MAX_QUERY_CHARS + 1), "search.too_long")])
def test_empty_and_long_queries(raw, problem):
    assert normalize(raw).problem == problem


def test_input_is_bound_not_formatted(db):
    assert search(db, "'; drop view qualifications; --").empty
    assert search(db, "%").empty and search(db, "_").empty
    assert len(search(db, "GB/T 22589")) > 0


# --- The page -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,message", [("", "Type a product"), ("x" * 1000, "too long")])
def test_search_page_says_why_nothing_is_listed(raw, message):
    at = run("pages/capability_search.py", lang="en", q=raw)
    assert not at.exception
    assert any(message in i.value for i in at.info)


def test_search_page_groups_by_institution_counts_and_links():
    at = run("pages/capability_search.py", lang="en", q="ＧＢ／Ｔ　２２５８９", near="anshan", snapshot=LATEST)
    assert not at.exception
    table = next(d.value for d in at.dataframe if "Matching items" in d.value.columns)
    want = expected(read("qualifications"), family="GBT", number="22589")
    assert sorted(table["Matching items"]) == sorted(want["match_count"])
    assert table["Distance (km)"].is_monotonic_increasing
    assert set(table["Best match"]) == {"Standard code"}
    assert all(re.fullmatch(rf"directory\?institution=[a-z_0-9]+&lang=en&snapshot={LATEST}", link)
               for link in table["Profile"])
    n_items = int(want["match_count"].sum())
    count = (f"{n_items:,} matching item{'' if n_items == 1 else 's'} at "
             f"{len(want)} institution{'' if len(want) == 1 else 's'}")
    assert any(count in m.value for m in at.markdown)


def test_search_page_sends_one_page_and_counts_every_page(monkeypatch):
    """The browser gets one page of holders (5 here, 100 in production), in the order of all of them; the count
    above says every page's items and institutions, the pager the rest, held in the URL."""
    from alliance.ui import paging

    monkeypatch.setattr(paging, "PAGE_ROWS", 5)
    q = read("qualifications")
    want = expected(q, words=["食品"], domain_ids={"food"})
    assert len(want) > 10  # three pages at least, or this proves nothing
    every = search(Database(scan(DATA)), "食品")
    at = run("pages/capability_search.py", lang="zh-CN", q="食品", snapshot=LATEST, search_page="2")
    assert not at.exception
    table = next(d.value for d in at.dataframe if "匹配资质（项）" in d.value.columns)
    assert table["匹配资质（项）"].tolist() == every["match_count"].tolist()[5:10]
    n_items = int(want["match_count"].sum())
    assert any(f"{n_items:,}" in m.value and f"{len(want)}" in m.value for m in at.markdown)
    assert at.number_input(key="search_page").value == 2
    at.number_input(key="search_page").set_value(3).run()
    table = next(d.value for d in at.dataframe if "匹配资质（项）" in d.value.columns)
    assert table["匹配资质（项）"].tolist() == every["match_count"].tolist()[10:15]
    assert at.query_params["search_page"] in ("3", ["3"])


def test_search_page_domain_in_chinese():
    at = run("pages/capability_search.py", lang="zh-CN", q="食品", snapshot=LATEST)
    assert not at.exception
    table = next(d.value for d in at.dataframe if "匹配资质（项）" in d.value.columns)
    q = read("qualifications")
    want = expected(q, words=["食品"], domain_ids={"food"})
    assert sorted(table["匹配资质（项）"]) == sorted(want["match_count"])
    assert set(table["最佳匹配"]) <= {"产品或参数名称", "检测领域"}
    assert table["机构简介"].str.startswith("directory?institution=").all()
