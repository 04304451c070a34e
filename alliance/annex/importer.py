"""An annex becomes one institution's qualification items in a new snapshot: the base snapshot's rows of every
other institution, this institution's items as read (unchanged items keep their id, lab, English name and date),
every other table carried; then the ingest's validation and atomic publish. The diff against the institution's
current scope is worked out first, so a dry run shows it and writes nothing.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import search_index
from ..ingest import validate
from ..ingest.pipeline import _origins
from ..ingest.report import Report
from ..schema import CONDITIONS, EXTRA_SCHEMAS, SCHEMAS, TABLES
from ..snapshots import SnapshotExists, scan, write_snapshot
from . import categories
from .reader import Annex, Item, read_annex


class UsageError(ValueError):
    """The call itself is wrong (the snapshot exists, no snapshot to start from): exit status 2."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key, self.params = key, params


@dataclass
class Diff:
    added: list[dict] = field(default_factory=list)
    withdrawn: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)  # the same item, its method, 限制范围 or 说明 changed
    unchanged: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "withdrawn": len(self.withdrawn), "changed": len(self.changed),
                "unchanged": len(self.unchanged)}


@dataclass
class Result:
    institution: str
    as_of: str
    report: Report
    base: str | None = None
    annex: Annex | None = None
    diff: Diff = field(default_factory=Diff)
    qualifications: pd.DataFrame | None = None  # the institution's rows as they would be published
    published: Path | None = None
    dry_run: bool = False
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.report.has_errors

    def to_dict(self) -> dict:
        return self.report.to_dict(institution=self.institution, as_of=self.as_of, base=self.base,
                                   dry_run=self.dry_run, ok=self.ok,
                                   published=str(self.published) if self.published else None,
                                   diff={**self.diff.counts(), "added_items": self.diff.added,
                                         "withdrawn_items": self.diff.withdrawn,
                                         "changed_items": self.diff.changed})


def _key(item_zh: str, code: str, domain: str) -> tuple[str, str, str]:
    return (item_zh, code, domain)


CONDITION_COLUMNS = ("method_zh", "restriction_zh", "remark_zh")


def _conditions(item: Item) -> tuple[str | None, str | None, str | None]:
    return (item.method, item.restriction, item.remark)


def conditions_of(snapshot) -> pd.DataFrame:
    """The snapshot's conditions by qualification_id (empty when it has none, as the demo)."""
    if not snapshot.has(CONDITIONS):
        return pd.DataFrame(columns=EXTRA_SCHEMAS[CONDITIONS].names).set_index("qualification_id")
    return pq.read_table(snapshot.file(CONDITIONS)).to_pandas().set_index("qualification_id")


def _described(item: Item) -> dict:
    return {"item_zh": item.item_zh, "standard_code": item.standard_code, "domain_id": item.domain_id,
            "method": item.method, "restriction": item.restriction, "remark": item.remark,
            "where": f"{item.table} · {item.row}"}


def import_annex(path: Path, institution: str, root: Path, *, as_of: str | None = None, dry_run: bool = False,
                 actor: str | None = None, name: str | None = None) -> Result:
    """Read the annex at `path` as the scope of `institution` and publish it as the snapshot of `as_of` (default
    today) on top of the latest earlier snapshot, unless something cannot be read or `dry_run`."""
    from ..access import audit

    as_of = as_of or dt.date.today().isoformat()
    day = dt.date.fromisoformat(as_of)
    report = Report()
    result = Result(institution, as_of, report, dry_run=dry_run)
    catalog = scan(root)
    if catalog.get(as_of) and not dry_run:
        raise UsageError("ingest.usage.exists", date=as_of)
    earlier = [s for s in catalog.snapshots if s.date < as_of]
    if not earlier:
        raise UsageError("annex.cli.no_snapshot", path=root / "snapshots")
    base = earlier[-1]
    result.base = base.date
    clock = time.perf_counter()
    tables = {t: pq.read_table(base.file(t)).to_pandas(date_as_object=True) for t in TABLES}
    file = name or path.name
    if institution not in set(tables["institutions"]["institution_id"]):
        report.error(file, "annex_not_a_member", value=institution, base=base.date)
        return result
    annex = read_annex(path, report, categories.load(root, tables["domains"]), file)
    result.annex = annex
    report.files.append({"file": file, "sha256": annex.sha256, "bytes": annex.size, "kind": "annex",
                         "institution_id": institution, "rows": {"qualifications": len(annex.items)}})
    result.seconds["read"] = time.perf_counter() - clock
    if report.has_errors:
        return result

    clock = time.perf_counter()
    q = tables["qualifications"]
    mine = q[q["institution_id"] == institution]
    current = {_key(z, c, d): i for i, z, c, d in zip(mine.index, mine["item_zh"], mine["standard_code"],
                                                       mine["domain_id"])}
    held = conditions_of(base)
    before = {qid: tuple(None if pd.isna(v) else v for v in row)
              for qid, row in zip(held.index, held[list(CONDITION_COLUMNS)].itertuples(index=False))}
    # A new item takes its English name from any institution that already holds the same item.
    english = dict(zip(q["item_zh"], q["item_en"]))
    rows, where, kept = [], [], set()
    for item in annex.items:
        key = _key(item.item_zh, item.standard_code, item.domain_id)
        if key in current:
            row = mine.loc[current[key]].to_dict()
            rows.append(row)
            kept.add(key)
            was = before.get(row["qualification_id"], (None, None, None))
            if was == _conditions(item):
                result.diff.unchanged.append(_described(item))
            else:
                result.diff.changed.append({**_described(item), "was": dict(zip(CONDITION_COLUMNS, was))})
        else:
            en = english.get(item.item_zh)
            rows.append({"qualification_id": None, "institution_id": institution, "lab_id": None,
                         "domain_id": item.domain_id, "scope_type": "parameter" if item.parameter else "product",
                         "item_zh": item.item_zh, "item_en": en if isinstance(en, str) else None,
                         "standard_code": item.standard_code, "accredited_on": day})
            result.diff.added.append(_described(item))
        where.append((item.table, item.row))
    for key, idx in current.items():
        if key not in kept:
            result.diff.withdrawn.append({"item_zh": key[0], "standard_code": key[1], "domain_id": key[2],
                                          "qualification_id": mine.at[idx, "qualification_id"]})
    new = pd.DataFrame(rows, columns=SCHEMAS["qualifications"].names)
    _assign_ids(new, set(q["qualification_id"]), institution)
    others = q[q["institution_id"] != institution]
    tables["qualifications"] = pd.concat([others, new], ignore_index=True).astype(object)
    tables["qualifications"] = tables["qualifications"].where(tables["qualifications"].notna(), None)
    result.qualifications = new
    n_others = len(others)
    # Conditions: the annex's for this institution's items, the base snapshot's for every other row.
    mine_conditions = [(qid, *_conditions(item)) for qid, item in zip(new["qualification_id"], annex.items)
                       if any(_conditions(item))]
    theirs = held[held.index.isin(set(others["qualification_id"]))].reset_index()
    conditions = pd.concat([theirs[["qualification_id", *CONDITION_COLUMNS]],
                            pd.DataFrame(mine_conditions, columns=["qualification_id", *CONDITION_COLUMNS])],
                           ignore_index=True).astype(object)
    conditions = conditions.where(conditions.notna(), None)

    def emit(table, idx, column, code, value, **params):
        if "first" in params:
            params["first"] = str(params["first"])
        if table == "qualifications" and idx >= n_others:
            label, row = where[idx - n_others]
            report.error(file, code, sheet=label, row=row, header=column, value=value, **params)
        else:  # a carried row: the base snapshot's own problem, named as such
            report.error(f"snapshot={base.date}", code, sheet=table, row=int(idx), header=column, value=value,
                         **params)

    validate.check(tables, day, emit, set())
    result.seconds["validate"] = time.perf_counter() - clock
    if report.has_errors or dry_run:
        return result

    clock = time.perf_counter()
    members = set(tables["institutions"]["institution_id"].dropna())
    origin, secretariat = _origins(catalog, base, {"members": members, "submitted": {institution}}, False)
    publisher = actor or audit.os_user()
    provenance = {"base": base.date, "inputs": [{k: f[k] for k in ("file", "sha256", "bytes", "kind",
                                                                     "institution_id")} for f in report.files],
                  "annex": {"file": file, "sha256": annex.sha256, "institution_id": institution,
                            **result.diff.counts()},
                  "members": origin, "secretariat": secretariat, "publisher": publisher}
    arrow = {t: pa.Table.from_pandas(tables[t][SCHEMAS[t].names], schema=SCHEMAS[t], preserve_index=False)
             for t in TABLES}
    arrow[CONDITIONS] = pa.Table.from_pandas(conditions, schema=EXTRA_SCHEMAS[CONDITIONS],
                                                   preserve_index=False)
    try:
        result.published = write_snapshot(root, as_of, arrow, source="ingest", provenance=provenance)
    except SnapshotExists as exc:
        raise UsageError("ingest.usage.exists", date=as_of) from exc
    result.seconds["publish"] = time.perf_counter() - clock
    served = scan(root)
    written = served.get(as_of)
    audit.record(root, "publish", publisher, snapshot=as_of, replaced=False, base=base.date,
                 files=[{"file": file, "sha256": annex.sha256, "institution_id": institution}],
                 row_changes=audit.row_changes(base.manifest, written.manifest if written else {}))
    if written is not None:
        try:  # the search index now, so the first search of the new snapshot does not wait for it
            search_index.folder(written)
        except OSError:
            pass
    return result


def _assign_ids(df: pd.DataFrame, taken: set, institution: str) -> None:
    """New items get an id no other row has, in the ingest's form (`<institution>-q000001`)."""
    n = 0
    for idx in df.index[df["qualification_id"].isna()]:
        while True:
            n += 1
            new = f"{institution}-q{n:06d}"
            if new not in taken:
                break
        taken.add(new)
        df.at[idx, "qualification_id"] = new
