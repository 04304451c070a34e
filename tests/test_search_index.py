"""The capability search's index (alliance/search_index.py): the same answers as searching every item, built once,
whole or not at all, beside the data or (read-only data) in the temporary folder, new when a snapshot is replaced."""
import datetime as dt
import functools
import re
import shutil
import time
import weakref

import duckdb
import pandas as pd
import pytest
import snowballstemmer
from conftest import DATES, ROOT, read

from alliance import search_index
from alliance.db import Database
from alliance.search import normalize
from alliance.snapshots import scan

REFERENCE = (ROOT / "tests" / "reference" / "capability_search_items.sql").read_text(encoding="utf-8")
INPUTS = ["ＧＢ／Ｔ　２２５８９", "GB/T 20769", "GB 23200.8-2016", "gbt 5009.12", "GB 5009", "JJG 1033", "JJG", "GB/T",
          "HJ", "中国药典", "镁碳砖", "显气孔率", "电磁流量计", "apparent porosity", "铅", "salmonella", "食品",
          "Water quality", "metrology", "冶金", "PM2.5", "no such item", "农药残留", "Pesticide residue", "pesticides",
          "重金属", "heavy metals", "VOCs", "真菌毒素", "Microbiological", "environment", "drug", "medical device",
          "水质", "residues", "消毒副产物"]
_STEMMER = snowballstemmer.stemmer("english")


@functools.cache
def _stem(w: str) -> str:
    while w.isalpha() and _STEMMER.stemWord(w) != w:
        w = _STEMMER.stemWord(w)
    return w


def stem_words(text: str) -> list[str]:
    """English stems, the Snowball stemmer applied until a word stops changing; digits kept (the app's rule)."""
    return [_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def reference_tables(db: Database) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The classes file as pandas reads it (none if the data has none), and stems of every English text in play."""
    path = db.catalog.snapshots[0].path.parent.parent / "reference" / "parameter_classes.csv"
    columns = ["class_id", "class_zh", "class_en", "class_aliases", "parameter_zh", "parameter_en", "domain_ids"]
    classes = (pd.read_csv(path, dtype=str, keep_default_na=False)[columns] if path.is_file()
               else pd.DataFrame({c: pd.Series(dtype=str) for c in columns}))
    texts = set(db.con.execute("select distinct item_en from qualifications where item_en is not null").df()["item_en"])
    for d in db.con.execute("select name_zh, name_en from domains").fetchall():
        for name in d:
            name = (name or "").lower()
            texts |= {name, *re.split(r"\s*(?:/|、|,|，|;|；|\(|\)|（|）|\band\b|与|及)\s*", name)}
    for c in classes.itertuples():
        texts |= {c.class_zh.lower(), c.class_en.lower(), *c.class_aliases.lower().split("|")}
    return classes, pd.DataFrame({"text": sorted(texts), "stems": [stem_words(t) for t in sorted(texts)]})


_REFERENCE_TABLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # per connection, while it lives


def both(db: Database, raw: str, day: dt.date, **extra) -> tuple[pd.DataFrame, pd.DataFrame]:
    params = {"snapshot": day, "near_area_id": "shenyang", "areas": (), "domains": (), "page_rows": None,
              "page_offset": 0, **normalize(raw).params(), **extra}
    got = db.query("capability_search", **params)
    cur = db.con.cursor()
    if db not in _REFERENCE_TABLES:
        _REFERENCE_TABLES[db] = reference_tables(db)
    classes, stems = _REFERENCE_TABLES[db]
    cur.register("ref_classes", classes)
    cur.register("ref_stems", stems)
    want = cur.execute(REFERENCE, {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()
                                   if not k.startswith("page_")}).df()
    return got, want


# Every page's row carries the totals of all pages (the count above the results): checked against the reference's
# rows, then set aside.
TOTALS = {"institution_total": lambda w: len(w), "match_total": lambda w: w["match_count"].sum(),
          "code_total": lambda w: w["code_matches"].sum(), "name_total": lambda w: w["name_matches"].sum(),
          "class_total": lambda w: w["class_matches"].sum(), "domain_total": lambda w: w["domain_matches"].sum()}


def same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    for column, total in TOTALS.items():
        assert (got[column] == total(want)).all(), column
    got = got.drop(columns=list(TOTALS))
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True), check_dtype=False)


@pytest.mark.parametrize("raw", INPUTS)
@pytest.mark.parametrize("snapshot", [DATES[0], DATES[-1]])
def test_index_answers_equal_searching_every_item(demo, raw, snapshot):
    same(*both(demo, raw, dt.date.fromisoformat(snapshot)))


def test_index_answers_equal_under_filters(demo):
    day = dt.date.fromisoformat(DATES[-1])
    for extra in ({"areas": ("shenyang", "tieling")}, {"domains": ("food", "metrology")}, {"near_area_id": "fuxin"}):
        same(*both(demo, "食品", day, **extra))
        same(*both(demo, "GB 5009", day, **extra))


def test_index_answers_equal_on_a_generated_snapshot(generated):
    day = dt.date.fromisoformat(generated.catalog.dates[-1])
    codes = [r[0] for r in generated.con.execute(
        "select distinct standard_code from qualifications where snapshot = ? order by 1 limit 12", [day]).fetchall()]
    names = [r[0] for r in generated.con.execute(
        "select distinct item_zh from qualifications where snapshot = ? order by 1 limit 6", [day]).fetchall()]
    for raw in codes + [c.split("-")[0] for c in codes[:6]] + names + ["GB", "JJG", "食品", "water", "农药残留"]:
        same(*both(generated, raw, day))


@pytest.mark.parametrize("snapshot", DATES)
def test_index_counts_every_item_once(demo, snapshot):
    s = demo.catalog.get(snapshot)
    where = search_index.folder(s)
    con = duckdb.connect()
    items = con.execute(f"select sum(item_count), count(*) from read_parquet('{where / 'items.parquet'}')").fetchone()
    keys = con.execute(f"select count(*), count(distinct item_key) from read_parquet('{where / 'keys.parquet'}')"
                       ).fetchone()
    q = read("qualifications", snapshot, ["item_zh", "item_en", "standard_code", "domain_id", "institution_id"])
    assert items[0] == len(q)
    assert keys[0] == keys[1] == len(q.drop(columns="institution_id").drop_duplicates())
    assert items[1] == len(q.drop_duplicates())


def test_index_is_built_once_whole_and_beside_the_data(data_copy):
    cat = scan(data_copy)
    s = cat.snapshots[-1]
    where = search_index.folder(s)
    assert where.parent.parent.parent == data_copy / "derived"
    assert sorted(p.name for p in where.iterdir()) == ["items.parquet", "keys.parquet", "terms.parquet"]
    assert not [p for p in where.parent.iterdir() if p.name.startswith(".tmp-")]  # no half-built index left
    stamp = (where / "items.parquet").stat().st_mtime_ns
    assert search_index.folder(s) == where and (where / "items.parquet").stat().st_mtime_ns == stamp
    # Published snapshots are untouched by it.
    assert not [p for p in (data_copy / "snapshots").rglob("*") if "derived" in p.name or p.name.startswith(".tmp")]


def test_a_replaced_snapshot_gets_a_new_index(data_copy):
    import pyarrow.parquet as pq

    from alliance.schema import TABLES
    from alliance.snapshots import write_snapshot

    s = scan(data_copy).snapshots[-1]
    before = search_index.folder(s)
    tables = {t: pq.read_table(s.file(t)) for t in TABLES}
    tables["qualifications"] = tables["qualifications"].slice(0, 100)
    write_snapshot(data_copy, s.date, tables, source="demo", replace=True)
    after = search_index.folder(scan(data_copy).get(s.date))
    assert after != before
    con = duckdb.connect()
    assert con.execute(f"select sum(item_count) from read_parquet('{after / 'items.parquet'}')").fetchone()[0] == 100

    # The old index stays while a server may still be on the old catalog, then goes; the served ones stay.
    served = scan(data_copy).snapshots
    old_index = before.parent
    assert search_index.sweep(data_copy, served) == [] and old_index.exists()
    later = time.time() + search_index.KEEP_UNSERVED_SECONDS + 1
    assert search_index.sweep(data_copy, served, now=later) == [old_index] and not old_index.exists()
    assert all((search_index.folder(s) / "items.parquet").is_file() for s in served) and after.exists()


def test_a_data_folder_it_cannot_write_puts_the_index_in_the_temporary_folder(data_copy):
    s = scan(data_copy).snapshots[-1]
    # A file where the derived folder would go fails like a read-only folder does, even for root (as CI runs).
    shutil.rmtree(data_copy / "derived", ignore_errors=True)
    (data_copy / "derived").write_text("not a folder")
    where = search_index.folder(s)
    assert not str(where).startswith(str(data_copy))
    assert (where / "items.parquet").is_file() and (where / "keys.parquet").is_file()
    assert search_index.folder(s) == where  # found there next time


def test_an_edited_classes_file_gets_a_new_index_and_none_means_no_classes(data_copy):
    """The parameter classes are data: editing the file changes the index (its fingerprint), and without the file
    the search still answers, only without class matches."""
    csv = data_copy / "reference" / "parameter_classes.csv"
    s = scan(data_copy).snapshots[-1]
    day = dt.date.fromisoformat(s.date)
    before = search_index.folder(s)
    with_classes = Database(scan(data_copy))
    try:
        got, want = both(with_classes, "农药残留", day)
        same(got, want)
        assert got["class_matches"].sum() > 1000
    finally:
        with_classes.close()
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    csv.write_text("".join(line for line in lines if not line.startswith("pesticide_residues,")), encoding="utf-8")
    assert search_index.folder(s) != before
    csv.unlink()
    without = Database(scan(data_copy))
    try:
        got, want = both(without, "农药残留", day)
        same(got, want)
        assert got["class_matches"].sum() == 0 and len(got) > 0  # still found by name (农药残留量)
        terms = without.con.execute("select count(*) from search_terms where kind = 'class'").fetchone()[0]
        assert terms == 0
    finally:
        without.close()
