"""The submission page's logic: templates to download, uploaded workbooks checked in a temporary folder (never in
the data directory), and a clean check of exactly the same files published as a snapshot.

The pure functions (dates, fingerprints, `run`, the tables) need no Streamlit session; the `show_*` helpers draw.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import streamlit as st

from .. import config, i18n
from ..export import XLSX_MIME
from ..ingest import Result, UsageError, ingest, templates
from ..ingest.spec import MAX_PROBLEMS_PER_FILE
from ..snapshots import Catalog
from . import data, shell, signin

LAST = "_upload_last"  # the last check: {"key": fingerprint, "summary": Result.to_dict()}
FLASH = "_upload_flash"  # the published date, shown once after the rerun that refreshes the sidebar
PROBLEM_COLUMNS = ["file", "sheet", "row", "column", "value", "code", "message"]

Upload = tuple[str, bytes]  # (file name as uploaded, content)


# Dates ---------------------------------------------------------------------------------------------------------------

def _quarter_end(year: int, quarter: int) -> dt.date:
    return dt.date(year + quarter // 4, quarter * 3 % 12 + 1, 1) - dt.timedelta(days=1)


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def is_quarter_end(day: dt.date) -> bool:
    return day == _quarter_end(day.year, _quarter(day))


def quarter_end_after(day: dt.date) -> dt.date:
    """The first quarter end strictly after `day`."""
    end = _quarter_end(day.year, _quarter(day))
    return end if end > day else _quarter_end(day.year + (_quarter(day) == 4), _quarter(day) % 4 + 1)


def default_as_of(catalog: Catalog, today: dt.date | None = None) -> dt.date:
    """The quarter after the latest snapshot; with none, the latest quarter end reached by today."""
    if catalog.dates:
        return quarter_end_after(dt.date.fromisoformat(catalog.dates[-1]))
    today = today or dt.date.today()
    end = _quarter_end(today.year, _quarter(today))
    return end if end <= today else dt.date(today.year, _quarter(today) * 3 - 2, 1) - dt.timedelta(days=1)


# Files and checks ----------------------------------------------------------------------------------------------------

def unique_names(names: list[str]) -> list[str]:
    """Two uploads of the same name stay two files in the report: `a.xlsx`, `a.xlsx (2)`."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def fingerprint(files: list[Upload], as_of: dt.date, version: str) -> str:
    """Names, contents, the date and the served data: a check holds only for exactly these."""
    h = hashlib.sha256(f"{as_of.isoformat()}|{version}|{len(files)}".encode())
    for name, content in files:
        h.update(b"\0" + name.encode("utf-8") + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()


def run(files: list[Upload], as_of: dt.date, root: Path, *, dry_run: bool, replace: bool = False,
        actor: str | None = None) -> Result:
    """ingest() on the uploads, saved under neutral names in a temporary folder that is removed afterwards; a publish
    names `actor` (the signed-in admin; None: the OS user) in the provenance and the publish record."""
    with tempfile.TemporaryDirectory(prefix="alliance-upload-") as tmp:
        paths = []
        for i, (_, content) in enumerate(files):
            path = Path(tmp) / f"{i:03d}.xlsx"
            path.write_bytes(content)
            paths.append(path)
        return ingest(paths, as_of.isoformat(), root, dry_run=dry_run, replace=replace,
                      names=unique_names([name for name, _ in files]),
                      **({"actor": actor} if actor else {}))  # without one, ingest names the OS user


def summary_of(result: Result) -> dict:
    """What the page keeps of a check: the report (problems, notes, files, row counts), not the tables."""
    out = result.to_dict()
    out["errors_by_file"] = {f["file"]: result.report.error_count(f["file"]) for f in out["files"]}
    return out


# Tables --------------------------------------------------------------------------------------------------------------

def _headers(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    return df.rename(columns={c: i18n.t(f"upload.col.{c}", lang) for c in df.columns})


def problems(summary: dict, lang: str) -> pd.DataFrame:
    """One row per error, under the contract's names (file, sheet, row, column, value, code, message)."""
    msg = "message_zh" if lang == "zh-CN" else "message_en"
    df = pd.DataFrame([{**{c: p.get(c) for c in PROBLEM_COLUMNS[:-1]}, "message": p[msg]}
                       for p in summary["problems"]], columns=PROBLEM_COLUMNS, dtype=object)
    df["row"] = pd.array(df["row"], dtype="Int64")
    return df


def filter_problems(df: pd.DataFrame, files=(), codes=()) -> pd.DataFrame:
    keep = pd.Series(True, index=df.index)
    if files:
        keep &= df["file"].isin(files)
    if codes:
        keep &= df["code"].isin(codes)
    return df[keep]


def problems_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The problems as shown and downloaded: headers in the language."""
    return _headers(df.reset_index(drop=True), lang)


def notes_table(summary: dict, lang: str) -> pd.DataFrame:
    msg = "message_zh" if lang == "zh-CN" else "message_en"
    rows = [{"file": n["file"], "message": n[msg], "example_row": n["example"]["row"],
             "example_column": n["example"]["column"], "example_value": n["example"]["value"]}
            for n in summary["notes"]]
    df = pd.DataFrame(rows, columns=["file", "message", "example_row", "example_column", "example_value"],
                      dtype=object)
    df["example_row"] = pd.array(df["example_row"], dtype="Int64")
    return _headers(df, lang)


def files_table(summary: dict, lang: str) -> pd.DataFrame:
    rows = [{"file": f["file"], "kind": i18n.t(f"upload.kind.{f['kind']}", lang) if f["kind"] else "—",
             "institution_id": f["institution_id"] or "", "errors": summary["errors_by_file"].get(f["file"], 0),
             "rows_read": sum(f["rows"].values())} for f in summary["files"]]
    return _headers(pd.DataFrame(rows, columns=["file", "kind", "institution_id", "errors", "rows_read"]), lang)


def rows_table(summary: dict, catalog: Catalog, lang: str) -> pd.DataFrame:
    """Rows per table after publishing, beside the base snapshot's."""
    base = catalog.get(summary["base"]) if summary.get("base") else None
    rows = []
    for table, n in summary["rows"].items():
        before = base.manifest["tables"].get(table, {}).get("rows") if base else None
        rows.append({"table": table, "base_rows": before, "rows": n,
                     "change": n - before if before is not None else None})
    df = pd.DataFrame(rows, columns=["table", "base_rows", "rows", "change"])
    for col in ("base_rows", "rows", "change"):
        df[col] = pd.array(df[col], dtype="Int64")
    return _headers(df, lang)


# Streamlit -----------------------------------------------------------------------------------------------------------

def uploads(uploaded) -> list[Upload]:
    return [(f.name, f.getvalue()) for f in uploaded or []]


def _text_table(df: pd.DataFrame, key: str, wide: tuple[str, ...] = (), narrow: tuple[str, ...] = (),
                height="auto") -> None:
    """Data text shown as text (never markdown); whole numbers without thousands separators."""
    config_ = {c: st.column_config.NumberColumn(format="%d", width="small" if c in narrow else None)
               for c in df.columns if pd.api.types.is_integer_dtype(df[c])}
    config_ |= {c: st.column_config.TextColumn(width="large") for c in wide}
    st.dataframe(df, hide_index=True, width="stretch", column_config=config_, key=key, height=height)


@st.cache_data(max_entries=8, show_spinner=False)
def _institutions(path: str, version: str, lang: str) -> dict[str, str]:
    df = pq.read_table(path, columns=["institution_id", "name_zh", "name_en"]).to_pandas()
    return i18n.names_by_id(df.sort_values("institution_id"), "institution_id", lang)


def show_templates(ctx: shell.Context) -> None:
    """Four downloads, each made when clicked: two empty templates and two workbooks pre-filled with the snapshot."""
    snap = ctx.catalog.get(ctx.snapshot) if ctx.snapshot else None
    st.caption(ctx.t("upload.templates_prefilled", date=ctx.date(snap.date)) if snap else
               ctx.t("upload.templates_empty"))

    def make(kind: str, prefill: bool, institution: str | None = None):
        def build() -> bytes:
            tables = templates.read_tables(snap) if snap else None
            return templates.workbook_bytes(kind, tables, institution_id=institution,
                                            snapshot=snap.date if snap and prefill else None, prefill=prefill)
        return build

    def button(col, label: str, kind: str, prefill: bool, key: str, institution: str | None = None) -> None:
        name = templates.file_name(kind, snap.date if snap and prefill else None, institution)
        col.download_button(ctx.t(label), make(kind, prefill, institution), name, mime=XLSX_MIME, key=key,
                            on_click="ignore", icon=":material/download:", width="stretch")

    empty, filled = st.columns(2)
    button(empty, "upload.empty_member", "member", False, "upload_tpl_member")
    button(empty, "upload.empty_secretariat", "secretariat", False, "upload_tpl_secretariat")
    if snap is None:
        return
    button(filled, "upload.filled_secretariat", "secretariat", True, "upload_wb_secretariat")
    names = _institutions(str(snap.file("institutions")), ctx.catalog.version, ctx.lang)
    inst = filled.selectbox(ctx.t("upload.institution"), list(names), format_func=names.get, key="upload_institution")
    button(filled, "upload.filled_member", "member", True, "upload_wb_member", inst)


def check(files: list[Upload], as_of: dt.date, key: str) -> None:
    result = run(files, as_of, config.data_dir(), dry_run=True)
    st.session_state[LAST] = {"key": key, "summary": summary_of(result)}


def last_check(key: str) -> dict | None:
    """The last check's summary if it was of exactly these files and this date; else None."""
    last = st.session_state.get(LAST)
    return last["summary"] if last and last["key"] == key else None


def is_stale(key: str) -> bool:
    last = st.session_state.get(LAST)
    return bool(last) and last["key"] != key


def show_flash(ctx: shell.Context) -> None:
    """What the last publish did, told once in the run after it (which the sidebar already reflects)."""
    flash = st.session_state.pop(FLASH, None)
    if flash and flash[0] == "published":
        st.success(ctx.t("upload.published", date=ctx.date(flash[1])), icon=":material/check_circle:")
    elif flash:
        st.error(ctx.t("upload.publish_failed", errors=ctx.count("error", flash[1])), icon=":material/error:")


def show_status(ctx: shell.Context, summary: dict) -> None:
    n_files = len(summary["files"])
    if summary["errors"]:
        st.error(ctx.t("upload.status_errors", errors=ctx.count("error", summary["errors"]),
                       files=ctx.count("file", n_files)), icon=":material/error:")
    else:
        st.success(ctx.t("upload.status_clean", files=ctx.count("file", n_files)), icon=":material/task_alt:")
    _text_table(files_table(summary, ctx.lang), "upload_files_table", height="content")


def show_problems(ctx: shell.Context, summary: dict, as_of: dt.date) -> None:
    df = problems(summary, ctx.lang)
    if df.empty:
        return
    st.header(ctx.t("upload.problems"), anchor=False)
    left, right = st.columns(2)
    files = left.multiselect(ctx.t("upload.filter_files"), sorted(df["file"].unique()), key="upload_filter_files",
                             placeholder=ctx.t("upload.filter_all"))
    codes = right.multiselect(ctx.t("upload.filter_codes"), sorted(df["code"].unique()), key="upload_filter_codes",
                              placeholder=ctx.t("upload.filter_all"))
    shown = problems_table(filter_problems(df, files, codes), ctx.lang)
    st.caption(ctx.t("upload.problems_shown", shown=len(shown), errors=ctx.count("error", len(df))))
    _text_table(shown, "upload_problems_table", wide=(ctx.t("upload.col.message"),),
                narrow=(ctx.t("upload.col.row"),))
    shell.downloads(shown, "upload-errors", as_of.isoformat(), key="upload_problems", file=files, code=codes)
    hidden = sum(summary["not_shown"].values())
    if hidden:
        st.caption(ctx.t("upload.not_shown", more=ctx.count("more_error", hidden), cap=MAX_PROBLEMS_PER_FILE))


def show_notes(ctx: shell.Context, summary: dict) -> None:
    if not summary["notes"]:
        return
    st.header(ctx.t("upload.notes"), anchor=False, help=ctx.t("upload.notes_help"))
    _text_table(notes_table(summary, ctx.lang), "upload_notes_table", wide=(ctx.t("upload.col.message"),))


def show_summary(ctx: shell.Context, summary: dict) -> None:
    if not summary["rows"]:
        return
    st.header(ctx.t("upload.summary"), anchor=False)
    date = ctx.date(summary["as_of"])
    st.caption(ctx.t("upload.summary_base", date=date, base=ctx.date(summary["base"])) if summary["base"]
               else ctx.t("upload.summary_no_base", date=date))
    _text_table(rows_table(summary, ctx.catalog, ctx.lang), "upload_rows_table", height="content")


def show_publish(ctx: shell.Context, summary: dict, files: list[Upload], as_of: dt.date) -> None:
    """The publish button, live only for a clean check of these files; an existing date needs `replace` ticked."""
    date = ctx.date(as_of.isoformat())
    exists = as_of.isoformat() in ctx.catalog.dates
    replace = False
    if exists:
        st.warning(ctx.t("upload.exists", date=date), icon=":material/warning:")
        replace = st.checkbox(ctx.t("upload.replace", date=date), key="upload_replace")
    ready = not summary["errors"] and bool(summary["rows"]) and (replace or not exists)
    if not st.button(ctx.t("upload.publish", date=date), key="upload_publish", type="primary", disabled=not ready,
                     help=ctx.t("upload.publish_help"), icon=":material/publish:"):
        return
    with st.spinner(ctx.t("upload.publishing")):
        try:
            result = run(files, as_of, config.data_dir(), dry_run=False, replace=replace,
                         actor=signin.current().email or None)
        except UsageError:
            st.error(ctx.t("upload.exists_error", date=date), icon=":material/error:")
            return
        except OSError as exc:  # e.g. the disk filled up: the publish was undone, nothing half-written is served
            st.error(ctx.t("ingest.write_failed", reason=exc.strerror or str(exc)), icon=":material/error:")
            return
    if result.ok:
        data._scan.clear()  # the sidebar lists the new snapshot in the rerun below, not in two seconds
        st.session_state.pop(LAST, None)
        st.session_state[FLASH] = ("published", as_of.isoformat())
    else:  # the data changed between check and publish: show what is wrong now
        st.session_state[LAST]["summary"] = summary_of(result)
        st.session_state[FLASH] = ("failed", result.report.error_count())
    st.rerun()
