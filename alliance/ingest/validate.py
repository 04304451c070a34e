"""The data contract's constraints on an assembled snapshot, each failure traced to the cell it came from.

Column rules (required, enumerations, ranges, references, dates, text patterns) are one pandera schema per table,
built from the workbook spec and run lazily so every failure is found in one pass; keys and the few rules that
span rows or tables are pandas, because their messages name the other row involved.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pandera.pandas as pa

from ..schema import ENUMS
from . import spec

# The contract's columns as submitted, per table: the institutions table joins two sheets.
SOURCES = {s.table: s for k in spec.KINDS.values() for s in k.sheets if s.table != "institutions"}
INSTITUTION_COLUMNS = {c.name: c for c in (*spec.MEMBERSHIP.columns, *spec.PROFILE.columns)}
PATTERNS = {("areas", "admin_code"): r"\d{6}", ("domains", "cma_field_code"): r"\d{2}"}
RANGES = {("areas", "lon"): (73.0, 136.0), ("areas", "lat"): (3.0, 54.0)}


def columns_of(table: str) -> dict[str, spec.Column]:
    if table == "institutions":
        return INSTITUTION_COLUMNS
    return {c.name: c for c in SOURCES[table].columns}


def key_of(table: str) -> tuple[str, ...]:
    return ("institution_id",) if table == "institutions" else SOURCES[table].key


def _schema(table: str, keys: dict[str, set], as_of: dt.date) -> pa.DataFrameSchema:
    cols = {}
    for name, col in columns_of(table).items():
        checks = []
        if col.enum:
            allowed = ENUMS[col.enum]
            checks.append(pa.Check(lambda s, a=allowed: s.isin(a), name="not_in_enum"))
        if col.ref:
            parent = keys[col.ref]
            checks.append(pa.Check(lambda s, p=parent: s.isin(p), name="unknown_reference"))
        if col.non_negative:
            checks.append(pa.Check(lambda s: s >= 0, name="negative"))
        if col.kind in ("date", "month"):
            checks.append(pa.Check(lambda s: s <= as_of, name="after_as_of"))
        if (table, name) in PATTERNS:
            checks.append(pa.Check(lambda s, p=PATTERNS[(table, name)]: s.astype(str).str.fullmatch(p),
                                   name="bad_code"))
        if (table, name) in RANGES:
            lo, hi = RANGES[(table, name)]
            checks.append(pa.Check(lambda s, lo=lo, hi=hi: s.between(lo, hi), name="out_of_range"))
        cols[name] = pa.Column(None, nullable=not col.required, checks=checks, required=True)
    return pa.DataFrameSchema(cols, strict=False, coerce=False)


def check(tables: dict[str, pd.DataFrame], as_of: dt.date, emit, skip: set) -> None:
    """Calls `emit(table, index, column, code, value, **params)` for every broken rule.

    `skip` holds (table, index, column) cells already reported while reading, so one mistake is one error.
    """
    keys = {t: set(tables[t][k].dropna()) for t, k in spec.REF_KEYS.items()}
    for table, df in tables.items():
        data = df[[c for c in df.columns if not c.startswith("_")]]
        try:
            _schema(table, keys, as_of).validate(data, lazy=True)
        except pa.errors.SchemaErrors as exc:
            cases = exc.failure_cases
            cases = cases[cases["index"].notna()]
            for row in cases.itertuples(index=False):
                code = "required" if row.check == "not_nullable" else row.check
                idx = int(row.index)
                if (table, idx, row.column) in skip:
                    continue
                col = columns_of(table)[row.column]
                extra = {}
                if code == "not_in_enum":
                    extra["allowed"] = ", ".join(sorted(ENUMS[col.enum]))
                if code == "unknown_reference":
                    extra["table"] = col.ref
                if code == "after_as_of":
                    extra["as_of"] = as_of.isoformat()
                emit(table, idx, row.column, code, df.at[idx, row.column], **extra)
        _keys(table, df, emit)
    _cross(tables, emit, skip)


def _keys(table: str, df: pd.DataFrame, emit) -> None:
    key = list(key_of(table))
    present = df.dropna(subset=key)
    dup = present.duplicated(key, keep=False)
    if not dup.any():
        return
    first: dict[tuple, int] = {}
    for idx, values in zip(present.index[dup], present.loc[dup, key].itertuples(index=False, name=None)):
        if values in first:
            emit(table, idx, key[-1] if len(key) > 1 else key[0], "duplicate_key", " / ".join(map(str, values)),
                 first=first[values])
        else:
            first[values] = idx


def _cross(tables: dict[str, pd.DataFrame], emit, skip: set) -> None:
    inst = tables["institutions"]
    both = inst["senior_staff"].notna() & inst["technical_staff"].notna()
    for idx in inst.index[both & (inst["senior_staff"] > inst["technical_staff"])]:
        if ("institutions", idx, "senior_staff") not in skip:
            emit("institutions", idx, "senior_staff", "senior_gt_technical", inst.at[idx, "senior_staff"],
                 technical=int(inst.at[idx, "technical_staff"]))
    leads = inst.index[inst["is_lead"] == True]  # noqa: E712 (nullable booleans)
    if len(leads) > 1:
        for idx in leads[1:]:
            emit("institutions", idx, "is_lead", "lead_count", True, n=len(leads))
    elif len(leads) == 0 and len(inst):
        emit("institutions", inst.index[0], "is_lead", "lead_count", None, n=0)
    labs = tables["labs"].set_index("lab_id")["institution_id"]
    labs = labs[~labs.index.duplicated()]
    q = tables["qualifications"]
    with_lab = q[q["lab_id"].notna() & q["lab_id"].isin(labs.index)]
    wrong = with_lab["institution_id"].to_numpy() != labs.reindex(with_lab["lab_id"]).to_numpy()
    for idx in with_lab.index[wrong]:
        emit("qualifications", idx, "lab_id", "lab_of_other_institution", q.at[idx, "lab_id"],
             host=labs[q.at[idx, "lab_id"]])
