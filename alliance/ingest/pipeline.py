"""Workbooks in, one snapshot out: start from the latest earlier snapshot, replace what each submitter owns,
validate the whole result against the contract, and publish atomically only when nothing is wrong.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import i18n, search_index
from ..schema import CONDITIONS, ENUMS, EXTRA_SCHEMAS, SCHEMAS, TABLES
from ..snapshots import ORIGINS, Snapshot, SnapshotExists, scan, write_snapshot
from . import normalize as nz
from . import spec, validate
from .reader import ParsedWorkbook, read_workbook
from .report import Report
from .templates import ENUM_LABELS

KEPT_AS = ["qualification_id", "item_zh", "standard_code"]  # what an item's conditions stay attached to

PROFILE_SET = set(spec.PROFILE_COLUMNS)
AUTO_PREFIX = {"qualifications": "q", "services": "s", "labs": "lab", "experts": "e", "events": "ev"}


@dataclass
class Result:
    as_of: str
    report: Report
    base: str | None = None
    published: Path | None = None
    dry_run: bool = False
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    workbooks: list[ParsedWorkbook] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per phase: read, validate, publish
    # Whose rows came from where (provenance["members"] in the manifest): submitted, carried, demo -> ids.
    members: dict[str, list[str]] = field(default_factory=dict)
    secretariat: str | None = None  # "submitted", "carried" or "demo": the reference tables' origin

    @property
    def ok(self) -> bool:
        return not self.report.has_errors

    def to_dict(self) -> dict:
        return self.report.to_dict(as_of=self.as_of, base=self.base, dry_run=self.dry_run, ok=self.ok,
                                   published=str(self.published) if self.published else None,
                                   rows={t: len(df) for t, df in self.tables.items()},
                                   members=self.members, secretariat=self.secretariat)


class UsageError(ValueError):
    """The call itself is wrong (e.g. the snapshot exists and --replace was not given): exit status 2."""


def _frame(sheet, file: str) -> pd.DataFrame:
    df = pd.DataFrame(sheet.values, columns=sheet.spec.column_names, dtype=object)
    df["_file"], df["_sheet"], df["_row"] = file, sheet.title, sheet.rows
    return df


def _base_frame(snapshot: Snapshot, table: str) -> pd.DataFrame:
    df = pq.read_table(snapshot.file(table)).to_pandas(date_as_object=True)
    df = df[[c for c in SCHEMAS[table].names]].astype(object)
    df = df.where(df.notna(), None)
    df["_file"], df["_sheet"], df["_row"] = f"snapshot={snapshot.date}", table, None
    return df


class _Locator:
    """Maps a row of an assembled table back to the file, sheet, row and column it came from."""

    def __init__(self, report: Report, workbooks: list[ParsedWorkbook]):
        self.report = report
        self.letters = {(w.name, s.title): s.letters for w in workbooks for s in w.sheets.values()}
        self.specs = {(w.name, s.title): s.spec for w in workbooks for s in w.sheets.values()}

    @staticmethod
    def where(row, column: str | None = None) -> tuple[str, str | None, int | None]:
        # The institutions table joins two sheets: a profile column comes from the member's own workbook.
        prefix = "_p" if column in PROFILE_SET and isinstance(row.get("_pfile"), str) else "_"
        r = row[f"{prefix}row"]
        return row[f"{prefix}file"], row[f"{prefix}sheet"], (int(r) if r is not None and not pd.isna(r) else None)

    def emit(self, df: pd.DataFrame, idx, column: str, code: str, value, **params) -> None:
        row = df.loc[idx]
        file, sheet, excel_row = self.where(row, column)
        letter = self.letters.get((file, sheet), {}).get(column)
        sheet_spec = self.specs.get((file, sheet))
        header = sheet_spec.column(column).header if sheet_spec and column in sheet_spec.column_names else column
        if "first" in params:
            f_file, f_sheet, f_row = self.where(df.loc[params["first"]], column)
            if f_row is None:  # a row carried over from the base snapshot
                params["first"] = f"{f_file}/{f_sheet}.parquet"
            else:
                params["first"] = f"{f_file} · {f_sheet} · {f_row}" if f_file != file else f"{f_sheet} · {f_row}"
        self.report.error(file, code, sheet=sheet, row=excel_row, column=letter, header=header, value=value, **params)


def _lookups(tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, str]]:
    """id or name (either language, case and width ignored) -> id, for every referenced table and enumeration."""
    out: dict[str, dict[str, str]] = {}
    for table, key in spec.REF_KEYS.items():
        df = tables.get(table)
        found: dict[str, str] = {}
        ambiguous = set()
        if df is not None:
            for ident, zh, en in zip(df[key], df.get("name_zh", df[key]), df.get("name_en", df[key])):
                if ident is None:
                    continue
                for name in {ident, zh, en} - {None}:
                    k = nz.lookup_key(str(name))
                    if k in found and found[k] != ident:
                        ambiguous.add(k)
                    found[k] = ident
        out[table] = {k: v for k, v in found.items() if k not in ambiguous}
    for enum, prefix in ENUM_LABELS.items():
        found = {}
        for value in ENUMS[enum]:
            for lang in i18n.LANGS:
                found[nz.lookup_key(i18n.t(f"{prefix}.{value}", lang))] = value
            found[nz.lookup_key(value)] = value
        out["enum:" + ".".join(enum)] = found
    return out


def _resolve(df: pd.DataFrame, columns: dict[str, spec.Column], lookups, report: Report, tables_for: set[str],
             letters: dict | None = None) -> None:
    """Names given instead of ids become ids (a note); anything unknown stays as written for validation to report."""
    for name, col in columns.items():
        if name not in df or not (col.enum or (col.ref and col.ref in tables_for)):
            continue
        table = "enum:" + ".".join(col.enum) if col.enum else col.ref
        known = set(lookups[table].values())
        values = df[name]
        todo = values.notna() & ~values.isin(known)
        for idx in df.index[todo]:
            got = lookups[table].get(nz.lookup_key(str(values[idx])))
            if got is not None:
                file, sheet = df.at[idx, "_file"], df.at[idx, "_sheet"]
                report.note(file, "name_as_id", sheet=sheet, row=df.at[idx, "_row"], value=values[idx],
                            column=(letters or {}).get((file, sheet), {}).get(name))
                df.at[idx, name] = got


def ingest(paths: list[Path], as_of: str, root: Path, *, dry_run: bool = False, replace: bool = False,
           names: list[str] | None = None, actor: str | None = None) -> Result:
    """Validate the workbooks as the snapshot of `as_of` and publish it if nothing is wrong (and not `dry_run`).
    A publish names its `actor` (the signed-in identity, the CLI's --actor, else the OS user) in the snapshot's
    provenance and in the publish record (access.audit)."""
    from ..access import audit

    day = dt.date.fromisoformat(as_of)
    report = Report()
    result = Result(as_of, report, dry_run=dry_run)
    catalog = scan(root)
    if catalog.get(as_of) and not replace and not dry_run:
        raise UsageError(i18n.t("ingest.usage.exists", "en", date=as_of))
    earlier = [s for s in catalog.snapshots if s.date < as_of]
    base = earlier[-1] if earlier else None
    result.base = base.date if base else None

    clock = time.perf_counter()
    workbooks = [read_workbook(Path(p), report, (names or [None] * len(paths))[i]) for i, p in enumerate(paths)]
    result.workbooks = workbooks
    for w in workbooks:
        report.files.append({"file": w.name, "sha256": w.sha256, "bytes": w.size, "kind": w.kind,
                             "institution_id": w.institution_id,
                             "rows": {t: len(s.rows) for t, s in w.sheets.items()}})
    result.seconds["read"] = time.perf_counter() - clock
    clock = time.perf_counter()
    secretariat, members = _pick(workbooks, report)
    seen: dict[str, set] = {}
    tables = _assemble(secretariat, members, base, day, report, workbooks, seen)
    result.tables = tables
    if tables:
        result.members, result.secretariat = _origins(catalog, base, seen, secretariat is not None)
    result.seconds["validate"] = time.perf_counter() - clock
    clock = time.perf_counter()
    if report.has_errors or not tables:
        return result
    if dry_run:
        return result
    provenance = {"base": result.base, "inputs": [
        {k: f[k] for k in ("file", "sha256", "bytes", "kind", "institution_id")} for f in report.files],
        "members": result.members, "secretariat": result.secretariat, "publisher": actor or audit.os_user()}
    arrow = {t: pa.Table.from_pandas(tables[t][SCHEMAS[t].names], schema=SCHEMAS[t], preserve_index=False)
             for t in TABLES}
    if base is not None and base.has(CONDITIONS):
        arrow[CONDITIONS] = _carried_conditions(base, tables["qualifications"])
    try:
        result.published = write_snapshot(root, as_of, arrow, source="ingest", provenance=provenance,
                                          replace=replace)
    except SnapshotExists as exc:
        raise UsageError(str(exc)) from exc
    result.seconds["publish"] = time.perf_counter() - clock
    written = scan(root).get(as_of)
    audit.record(root, "publish", provenance["publisher"], snapshot=as_of, replaced=bool(replace), base=result.base,
                 files=[{"file": f["file"], "sha256": f["sha256"], "institution_id": f["institution_id"]}
                        for f in provenance["inputs"]],
                 row_changes=audit.row_changes(base.manifest if base else None, written.manifest if written else {}))
    # The search index now, so the first search of the new snapshot does not wait for it.
    clock = time.perf_counter()
    served = scan(root)
    published = served.get(as_of)
    if published is not None:
        try:
            search_index.folder(published)
            search_index.sweep(root, served.snapshots)  # the replaced snapshot's index, once no server reads it
        except OSError:  # the snapshot is out; its index is then built when a server first reads it
            pass
    result.seconds["index"] = time.perf_counter() - clock
    return result


def _origins(catalog, base: Snapshot | None, seen: dict[str, set], sent_secretariat: bool):
    """Per member of the new snapshot, whether its rows came from a workbook read now, were kept from an earlier
    submission, or are still the demo rows the base carried: the manifest says so, and the app tells readers."""
    was = catalog.origins(base.date) if base is not None else None
    out: dict[str, list[str]] = {o: [] for o in ORIGINS}
    for inst in sorted(seen["members"]):
        if inst in seen["submitted"]:
            out["submitted"].append(inst)
        else:  # not submitted now, so its rows are the base's: a kept submission stays one, demo rows stay demo
            out["carried" if was is None or was.of(inst) in ("submitted", "carried") else "demo"].append(inst)
    if sent_secretariat:
        secretariat = "submitted"
    else:
        secretariat = "carried" if was is None or was.secretariat in ("submitted", "carried") else "demo"
    return out, secretariat


def _pick(workbooks: list[ParsedWorkbook], report: Report):
    """The one secretariat workbook and the member workbooks with exactly one profile row."""
    secretariat, members = None, []
    for w in workbooks:
        if not w.ok:
            continue
        if w.kind == "secretariat":
            if secretariat is not None:
                report.error(w.name, "duplicate_submission", value=secretariat.name, other=secretariat.name)
                continue
            secretariat = w
            continue
        profile = w.sheets["institutions"]
        if len(profile.rows) != 1:
            report.error(w.name, "profile_rows", sheet=profile.title, row=(profile.rows or [2])[-1],
                         n=len(profile.rows))
            continue
        if w.institution_id is not None:
            members.append(w)
        elif (profile.rows[0], "institution_id") not in profile.bad:  # a bad value was reported when read
            report.error(w.name, "required", sheet=profile.title, row=profile.rows[0],
                         column=profile.letters["institution_id"], header=profile.header("institution_id"))
    return secretariat, members


def _by_institution(members: list[ParsedWorkbook], lookups, report: Report) -> dict[str, ParsedWorkbook]:
    """Member workbooks keyed by the institution they report for (named by id or name); the same one twice is an
    error on the later file."""
    out: dict[str, ParsedWorkbook] = {}
    for w in members:
        raw = w.institution_id
        inst = raw if raw in lookups["institutions"].values() else \
            lookups["institutions"].get(nz.lookup_key(raw), raw)
        if inst in out:
            profile = w.sheets["institutions"]
            report.error(w.name, "duplicate_submission", sheet=profile.title, row=profile.rows[0],
                         column=profile.letters["institution_id"], header=profile.header("institution_id"),
                         value=raw, other=out[inst].name)
            continue
        out[inst] = w
    return out


def _carried_conditions(base: Snapshot, qualifications: pd.DataFrame) -> pa.Table:
    """The workbook has no column for an annex's method, 限制范围 or 说明: an item still held under the same id,
    name and standard keeps them; an item renamed or given another standard under its id does not."""
    held = pq.read_table(base.file(CONDITIONS)).to_pandas()
    was = pq.read_table(base.file("qualifications"), columns=KEPT_AS).to_pandas()
    same = was.merge(qualifications[KEPT_AS], on=KEPT_AS)["qualification_id"]
    kept = held[held["qualification_id"].isin(set(same))]
    return pa.Table.from_pandas(kept, schema=EXTRA_SCHEMAS[CONDITIONS], preserve_index=False)


def _assemble(secretariat, members, base, day, report, workbooks, seen: dict | None = None) \
        -> dict[str, pd.DataFrame]:
    """The snapshot's tables; `seen` gets the member ids ("members") and those whose workbook was used
    ("submitted")."""
    seen = {} if seen is None else seen
    if secretariat is None and base is None:
        report.error("—", "no_reference_data")
        return {}
    loc = _Locator(report, workbooks)
    skip: dict[str, set] = {}
    out: dict[str, pd.DataFrame] = {}
    # Reference tables: the secretariat's workbook, else the base snapshot's.
    for sheet in spec.SECRETARIAT.sheets:
        if secretariat is not None:
            out[sheet.table] = _frame(secretariat.sheets[sheet.table], secretariat.name)
        else:
            df = _base_frame(base, sheet.table)
            out[sheet.table] = df[[*sheet.column_names, "_file", "_sheet", "_row"]]
    lookups = _lookups(out)
    for sheet in spec.SECRETARIAT.sheets:
        _resolve(out[sheet.table], {c.name: c for c in sheet.columns}, lookups, report,
                 {"areas", "domains", "working_groups", "institutions"}, loc.letters)
    lookups = _lookups(out)
    members = _by_institution(members, lookups, report)
    membership = out["institutions"]
    member_ids = set(membership["institution_id"].dropna())

    # Member tables: each submitter's rows replace its rows in the base; members no longer listed are dropped.
    submitted: dict[str, list[pd.DataFrame]] = {s.table: [] for s in spec.MEMBER.sheets}
    for inst, w in list(members.items()):
        if inst not in member_ids:
            # One error for the workbook, not one unknown reference per row it holds.
            profile = _frame(w.sheets["institutions"], w.name)
            loc.emit(profile, profile.index[0], "institution_id", "not_a_member", w.institution_id)
            del members[inst]
            continue
        for sheet in spec.MEMBER.sheets:
            df = _frame(w.sheets[sheet.table], w.name)
            _resolve(df, {c.name: c for c in sheet.columns}, lookups, report,
                     {"areas", "domains", "working_groups", "institutions"}, loc.letters)
            own = df[sheet.own]
            if sheet.table != "institutions":
                for idx in df.index[own.notna() & (own != inst)]:
                    loc.emit(df, idx, sheet.own, "wrong_institution", own[idx], expected=inst)
            submitted[sheet.table].append(df)
    seen["members"], seen["submitted"] = set(member_ids), set(members)
    for sheet in spec.MEMBER.sheets:
        parts = []
        if base is not None:
            carried = _base_frame(base, sheet.table)
            carried = carried[[*sheet.column_names, "_file", "_sheet", "_row"]] if sheet.table == "institutions" \
                else carried
            keep = ~carried[sheet.own].isin(members)
            gone = keep & ~carried[sheet.own].isin(member_ids)
            for inst in sorted(set(carried.loc[gone, sheet.own])):
                report.note(f"snapshot={base.date}", "member_removed", sheet=sheet.table, value=inst)
            parts.append(carried[keep & ~gone])
        parts += submitted[sheet.table]
        frames = [p for p in parts if len(p)]
        out_name = "profiles" if sheet.table == "institutions" else sheet.table
        out[out_name] = pd.concat(frames, ignore_index=True) if frames else \
            pd.DataFrame(columns=[*sheet.column_names, "_file", "_sheet", "_row"], dtype=object)
    lookups = _lookups(out)  # labs are known now, so qualifications may name their lab
    _resolve(out["qualifications"], {"lab_id": spec.QUALIFICATIONS.column("lab_id")}, lookups, report, {"labs"},
             loc.letters)

    # The institutions table: membership from the secretariat, profile from each member.
    profiles = out.pop("profiles")
    profiles = profiles[profiles["institution_id"].isin(member_ids)].drop_duplicates("institution_id")
    profiles = profiles.rename(columns={"_file": "_pfile", "_sheet": "_psheet", "_row": "_prow"})
    inst = membership.merge(profiles[["institution_id", *spec.PROFILE_COLUMNS, "_pfile", "_psheet", "_prow"]],
                            on="institution_id", how="left")
    inst = inst.astype(object).where(inst.notna(), None)
    has_profile = membership["institution_id"].isin(set(profiles["institution_id"])).to_numpy()
    skip["institutions"] = set()
    for idx in inst.index[~has_profile]:
        if inst.at[idx, "institution_id"] is not None:
            loc.emit(inst, idx, "institution_id", "missing_profile", inst.at[idx, "institution_id"])
        skip["institutions"] |= {(idx, c) for c in spec.PROFILE_COLUMNS}
    out["institutions"] = inst
    _assign_ids(out, report, day)

    tables = {t: out[t].reset_index(drop=True) for t in TABLES}
    bad = _already_reported(tables, workbooks)
    for t, cells in skip.items():
        bad |= {(t, i, c) for i, c in cells}
    validate.check(tables, day, lambda t, i, c, code, v, **kw: loc.emit(tables[t], i, c, code, v, **kw), bad)
    return {t: df[[c for c in df.columns if not c.startswith("_")]] for t, df in tables.items()}


def _already_reported(tables, workbooks) -> set:
    """Cells the reader already reported (and left empty), so validation does not add 'required' on top."""
    bad: dict[tuple, set] = {}
    for w in workbooks:
        for s in w.sheets.values():
            for row, col in s.bad:
                bad.setdefault((w.name, s.title, row), set()).add(col)
    out = set()
    if not bad:
        return out
    for t, df in tables.items():
        sources = [("_file", "_sheet", "_row")] + ([("_pfile", "_psheet", "_prow")] if "_pfile" in df else [])
        for cols in sources:
            for idx, file, sheet, row in zip(df.index, df[cols[0]], df[cols[1]], df[cols[2]]):
                for col in bad.get((file, sheet, row), ()):
                    out.add((t, idx, col))
    return out


def _assign_ids(out: dict[str, pd.DataFrame], report: Report, day: dt.date) -> None:
    """New rows may leave their id blank; they get one that no other row of the table has (a note, not a guess)."""
    for sheet in [*spec.MEMBER.sheets, *spec.SECRETARIAT.sheets]:
        if not sheet.auto_id or sheet.table not in out:
            continue
        df = out[sheet.table]
        blank = df[sheet.auto_id].isna()
        if not blank.any():
            continue
        taken = set(df[sheet.auto_id].dropna())
        n = 0
        for idx in df.index[blank]:
            owner = df.at[idx, sheet.own] if sheet.own else day.isoformat()
            while True:
                n += 1
                new = f"{owner}-{AUTO_PREFIX[sheet.table]}{n:06d}"
                if new not in taken:
                    break
            taken.add(new)
            df.at[idx, sheet.auto_id] = new
            report.note(df.at[idx, "_file"], "id_assigned", sheet=df.at[idx, "_sheet"], row=df.at[idx, "_row"])
