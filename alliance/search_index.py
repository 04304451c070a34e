"""The capability search's index: derived once per published snapshot, kept in a versioned folder beside the data.

At national size a snapshot holds 10M items but only ~28k distinct (item name, English name, standard code,
domain) combinations and ~1,400 distinct codes. Searching the items row by row read every string of every row on
each query (0.3–0.7 s). The index splits them once:

- `keys.parquet`: each distinct combination once, with an integer `item_key` and its standard code already
  normalised (family / code key / year) — the regular expressions run here, never per query;
  Each key also carries `item_stems`, the Snowball stems of its English name (alliance/search.py `stems`), and
  `class_ids`, the parameter classes its parameter belongs to (`<data>/reference/parameter_classes.csv`, described in
  alliance/search.py): Python stems and the class join run here, once, so a query compares lists it already has;
- `items.parquet`: (institution_id, item_key, item_count), sorted by item_key, so a query matches the small keys
  table first and then joins integers;
- `terms.parquet`: what a typed phrase can name as a whole: each domain's names and their parts (split at `/`, `,`,
  `and`, brackets …) and each class's names and aliases, lower-cased, with their stems (kind, id, term, stems).

Folder: `<data>/derived/search-v<N>/<fingerprint>/snapshot=<date>/`, the fingerprint taken from the snapshot's
qualifications and domains checksums (its manifest) and the classes file's checksum, so a replaced snapshot or an
edited classes file gets a new index and a served one is never rewritten.
Built when a snapshot is published, or when a connection first serves it (`Database` calls `folder`), written to a
hidden folder and renamed into place, so a reader sees a whole index or none. If the data folder is read-only, the
index goes to the system's temporary folder instead. Its answers equal those from the items themselves
(tests/test_search_index.py).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .search import CLASSES_FILE, read_classes, stems
from .snapshots import Snapshot
from .sql_text import sql_literal

VERSION = 2
# Where a domain's name splits into parts a person may type alone: 'Mining, metallurgy and materials'.
_DOMAIN_SEPARATORS = r"\s*(?:/|、|,|，|;|；|\(|\)|（|）|\band\b|与|及)\s*"
# An index whose snapshot was replaced or removed is kept this long after it was first seen unserved: a server still
# on the old catalog reads it until its next scan (seconds), and a day leaves room for any run in flight.
KEEP_UNSERVED_SECONDS = 24 * 3600
_UNSERVED = ".unserved-since"
_FILES = ("items.parquet", "keys.parquet", "terms.parquet")
_CODE_PARTS = r"^([A-Z]+(?: */ *[A-Z]+)?) *([A-Z]*[0-9][0-9.]*)(?: *[-‐–—] *([0-9][0-9][0-9][0-9]))?$"

_BUILD = """
create temp table k as
    select (row_number() over (order by standard_code, item_zh, item_en, domain_id))::integer as item_key, *
    from (select distinct item_zh, item_en, standard_code, domain_id from read_parquet({source}));
create temp table kc as
    -- A key's parameter is its name after the last ' · ' ('生姜 · 氟硅唑'); it belongs to a class when it is a member
    -- or a member with a bracket after it ('铅(第二法)', 'Lead (method 2)'), in the member's domains if any.
    select item_key, list(distinct class_id order by class_id) as class_ids
    from (select item_key, domain_id, regexp_extract(item_zh, '^.* · (.*)$', 1) as p_zh,
                 lower(regexp_extract(item_en, '^.* · (.*)$', 1)) as p_en from k) k
    join classes m
      on ((m.parameter_zh <> '' and (k.p_zh = m.parameter_zh or starts_with(k.p_zh, m.parameter_zh || '(')))
          or (m.parameter_en <> '' and (k.p_en = lower(m.parameter_en)
                                        or starts_with(k.p_en, lower(m.parameter_en) || ' ('))))
     and (m.domain_ids = '' or list_contains(string_split(m.domain_ids, '|'), k.domain_id))
    group by item_key;
copy (
    -- 'GB/T 228.1-2021' -> family GBT, key GBT228.1, year 2021. A code not shaped like a standard's
    -- (中国药典2020年版) has the text before its first digit as family and no key.
    select item_key, item_zh, item_en, standard_code, domain_id,
           coalesce(st.item_stems, []::varchar[]) as item_stems, coalesce(kc.class_ids, []::varchar[]) as class_ids,
           case when p.family <> '' then regexp_replace(p.family, '[^A-Z]', '', 'g')
                else regexp_replace(regexp_extract(upper(standard_code), '^[^0-9]*'), '\\s', '', 'g')
           end as code_family,
           regexp_replace(p.family, '[^A-Z]', '', 'g') || regexp_replace(p.number, '[^A-Z0-9.]', '', 'g')
               as code_key,
           p.year as code_year
    from (select *, regexp_extract(upper(trim(standard_code)), {parts}, ['family', 'number', 'year']) as p from k)
    left join kc using (item_key)
    left join english_stems st using (item_en)
    order by item_key
) to {keys} (format parquet);
copy (
    select q.institution_id, k.item_key, count(*)::integer as item_count
    from read_parquet({source}) q
    join k on k.domain_id = q.domain_id and k.item_zh is not distinct from q.item_zh
          and k.item_en is not distinct from q.item_en and k.standard_code is not distinct from q.standard_code
    group by all
    order by k.item_key, q.institution_id
) to {items} (format parquet);
"""


def _classes_checksum(data_root: Path) -> str:
    path = data_root / CLASSES_FILE
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "none"


def fingerprint(snapshot: Snapshot) -> str:
    tables = snapshot.manifest.get("tables", {})
    sums = ":".join(str(tables.get(t, {}).get("sha256") or tables.get(t, {}).get("rows"))
                    for t in ("qualifications", "domains"))
    seed = f"v{VERSION}:{snapshot.date}:{sums}:{_classes_checksum(snapshot.path.parent.parent)}"
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


def _roots(data_root: Path) -> list[Path]:
    fallback = Path(tempfile.gettempdir()) / "alliance-derived" / hashlib.sha256(
        str(data_root.resolve()).encode()).hexdigest()[:12]
    return [data_root / "derived" / f"search-v{VERSION}", fallback / f"search-v{VERSION}"]


def folder(snapshot: Snapshot) -> Path:
    """Where the snapshot's index is, building it first if no readable copy exists."""
    data_root = snapshot.path.parent.parent
    name = f"snapshot={snapshot.date}"
    fp = fingerprint(snapshot)
    for root in _roots(data_root):
        done = root / fp / name
        if all((done / f).is_file() for f in _FILES):
            return done
    problem = None
    for root in _roots(data_root):
        try:
            return _build(snapshot, root / fp, name)
        except OSError as err:  # a read-only data folder: the temporary folder instead
            problem = err
    raise problem  # type: ignore[misc]


def sweep(data_root: Path, served: list[Snapshot], keep_seconds: float = KEEP_UNSERVED_SECONDS,
          now: float | None = None) -> list[Path]:
    """Remove indexes of snapshots no longer served, a while after they stopped being served; returns them."""
    import time

    now = time.time() if now is None else now
    live = {fingerprint(s) for s in served}
    gone = []
    for root in _roots(data_root):
        if not root.is_dir():
            continue
        for index in root.iterdir():
            if index.name in live or index.name.startswith(".") or not index.is_dir():
                continue
            marker = index / _UNSERVED
            if not marker.exists():
                marker.touch()  # the clock starts now, not when the index was built
            elif now - marker.stat().st_mtime > keep_seconds:
                shutil.rmtree(index, ignore_errors=True)
                gone.append(index)
    return gone


def _build(snapshot: Snapshot, parent: Path, name: str) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    work = parent / f".tmp-{uuid.uuid4().hex}"
    work.mkdir()
    try:
        data_root = snapshot.path.parent.parent
        con = duckdb.connect(":memory:")
        try:
            names = con.execute(f"select distinct item_en from read_parquet("
                                f"{sql_literal(snapshot.file('qualifications'))}) where item_en is not null"
                                ).fetchall()
            english = pa.table({"item_en": [n for n, in names], "item_stems": [stems(n) for n, in names]},
                               schema=pa.schema([("item_en", pa.string()), ("item_stems", pa.list_(pa.string()))]))
            classes = pa.Table.from_pandas(read_classes(data_root), preserve_index=False)
            con.register("english_stems", english)
            con.register("classes", classes)
            pq.write_table(_terms(snapshot, classes.to_pandas()), work / "terms.parquet")
            con.execute(_BUILD.format(source=sql_literal(snapshot.file("qualifications")),
                                      parts=sql_literal(_CODE_PARTS), keys=sql_literal(work / "keys.parquet"),
                                      items=sql_literal(work / "items.parquet")))
        finally:
            con.close()
        done = parent / name
        try:
            os.rename(work, done)
        except OSError:
            if not (done / "items.parquet").is_file():  # not another process's finished copy: a real failure
                raise
        return done
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _terms(snapshot: Snapshot, classes) -> pa.Table:
    """Domain names and their parts, class names and aliases: (kind, id, term, stems), lower-cased, each once."""
    import re

    rows = []
    domains = pq.read_table(snapshot.file("domains"), columns=["domain_id", "name_zh", "name_en"]).to_pylist()
    for d in domains:
        names = [(d["name_zh"] or "").lower(), (d["name_en"] or "").lower()]
        rows += [("domain", d["domain_id"], term) for term in
                 names + [part for name in names for part in re.split(_DOMAIN_SEPARATORS, name)]]
    for c in classes.drop_duplicates("class_id").itertuples():
        rows += [("class", c.class_id, name.strip().lower()) for name in
                 [c.class_zh, c.class_en, *classes.loc[classes["class_id"] == c.class_id, "class_aliases"]
                  .str.split("|").explode()]]
    rows = sorted({r for r in rows if r[2]})
    return pa.table({"kind": [r[0] for r in rows], "id": [r[1] for r in rows], "term": [r[2] for r in rows],
                     "stems": [stems(r[2]) for r in rows]},
                    schema=pa.schema([("kind", pa.string()), ("id", pa.string()), ("term", pa.string()),
                                      ("stems", pa.list_(pa.string()))]))


def view_ddl(snapshots: list[Snapshot]) -> list[str]:
    """Views `search_keys`, `search_items` and `search_terms` over the served snapshots' indexes, with a
    `snapshot` column."""
    folders = [folder(s) for s in snapshots]
    ddl = []
    for view, file, columns in (
            ("search_keys", "keys.parquet", "NULL::INTEGER AS item_key, NULL::VARCHAR AS item_zh, NULL::VARCHAR AS "
             "item_en, NULL::VARCHAR AS standard_code, NULL::VARCHAR AS domain_id, NULL::VARCHAR[] AS item_stems, "
             "NULL::VARCHAR[] AS class_ids, NULL::VARCHAR AS code_family, NULL::VARCHAR AS code_key, "
             "NULL::VARCHAR AS code_year"),
            ("search_items", "items.parquet", "NULL::VARCHAR AS institution_id, NULL::INTEGER AS item_key, "
             "NULL::INTEGER AS item_count"),
            ("search_terms", "terms.parquet", "NULL::VARCHAR AS kind, NULL::VARCHAR AS id, NULL::VARCHAR AS term, "
             "NULL::VARCHAR[] AS stems")):
        if folders:
            # One branch per snapshot with its date as a constant, not one hive-partitioned read of all files: a
            # join against that read scanned every snapshot's file (0.5 s at national size); a branch whose constant
            # fails `snapshot = $snapshot` is skipped (3 ms).
            body = " UNION ALL ".join(f"SELECT *, DATE {sql_literal(s.date)} AS snapshot FROM read_parquet("
                                      f"{sql_literal(f / file)}, hive_partitioning = false)"
                                      for s, f in zip(snapshots, folders))
        else:
            body = f"SELECT {columns}, NULL::DATE AS snapshot WHERE false"
        ddl.append(f"CREATE OR REPLACE VIEW {view} AS {body}")
    return ddl
