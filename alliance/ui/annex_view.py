"""The upload page's CMA annex import: pick the member, hand in its annex (.xlsx or .docx), read the diff against its
current scope (items added, withdrawn, unchanged) and the located problems, then publish. The reading and the publish
are `alliance.annex.importer`'s, as the CLI's; the file is read in a temporary folder, never in the data folder."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from .. import config
from ..annex.importer import Result, UsageError, import_annex
from . import data, shell, signin, upload

LAST = "_annex_last"  # {"key": (institution, as_of, sha of the file), "result": Result}
SHOWN_ITEMS = 200


def _run(name: str, content: bytes, institution: str, as_of: dt.date, *, dry_run: bool) -> Result:
    with tempfile.TemporaryDirectory(prefix="alliance-annex-") as tmp:
        path = Path(tmp) / ("annex" + Path(name).suffix.lower())  # a neutral name: the upload's own is only shown
        path.write_bytes(content)
        return import_annex(path, institution, config.data_dir(), as_of=as_of.isoformat(), dry_run=dry_run,
                            actor=signin.current().email or None, name=name)


def _conditions(values) -> str:
    return " · ".join(v for v in values if v)


def items_table(items: list[dict], ctx) -> pd.DataFrame:
    """Added, withdrawn or changed items as a person reads them: item, standard, domain, and the method, 限制范围
    and 说明 when any item has one (with what they were, for changed items); at most SHOWN_ITEMS rows."""
    shown = items[:SHOWN_ITEMS]
    out = pd.DataFrame({ctx.t("annex.col.item"): [i.get("item_zh") for i in shown],
                        ctx.t("annex.col.standard"): [i.get("standard_code") for i in shown],
                        ctx.t("annex.col.domain"): [i.get("domain_id") for i in shown]})
    now = [_conditions((i.get("method"), i.get("restriction"), i.get("remark"))) for i in shown]
    if any(now) or any("was" in i for i in shown):
        out[ctx.t("annex.col.conditions")] = now
    if any("was" in i for i in shown):
        out[ctx.t("annex.col.before")] = [_conditions(i.get("was", {}).values()) for i in shown]
    return out


def show(ctx) -> None:
    snap = ctx.catalog.get(ctx.catalog.dates[-1]) if ctx.catalog.dates else None
    if snap is None:
        return
    st.caption(ctx.t("annex.page.intro"))
    names = upload._institutions(str(snap.file("institutions")), ctx.catalog.version, ctx.lang)
    left, mid, right = st.columns([2, 1, 3])
    institution = left.selectbox(ctx.t("annex.page.institution"), list(names), format_func=names.get,
                                 key="annex_institution")
    as_of = mid.date_input(ctx.t("upload.as_of"), upload.default_as_of(ctx.catalog), key="annex_as_of",
                           format="YYYY-MM-DD")
    file = right.file_uploader(ctx.t("annex.page.file"), type=["xlsx", "docx"], key="annex_file")
    if file is None:
        return
    content = file.getvalue()
    key = (institution, as_of.isoformat(), upload.fingerprint([(file.name, content)], as_of, ctx.catalog.version))
    if st.button(ctx.t("annex.page.check"), key="annex_check", icon=":material/rule:"):
        with st.spinner(ctx.t("upload.checking")):
            try:
                st.session_state[LAST] = {"key": key, "result": _run(file.name, content, institution, as_of,
                                                                      dry_run=True)}
            except UsageError as exc:
                st.error(ctx.t(exc.key, **exc.params), icon=":material/error:")
                return
    last = st.session_state.get(LAST)
    if not last or last["key"] != key:
        return
    result: Result = last["result"]
    summary = {"errors": result.report.error_count(), "problems": result.report.to_dict()["problems"]}
    if not result.ok:
        st.error(ctx.t("annex.page.problems", errors=ctx.count("error", summary["errors"])), icon=":material/error:")
        shell.table(upload.problems_table(upload.problems(summary, ctx.lang), ctx.lang), key="annex_problems")
        return
    counts = result.diff.counts()
    st.success(ctx.t("annex.page.diff", base=ctx.date(result.base), **counts), icon=":material/difference:")
    added, withdrawn, changed = st.tabs([ctx.t("annex.page.added", n=counts["added"]),
                                         ctx.t("annex.page.withdrawn", n=counts["withdrawn"]),
                                         ctx.t("annex.page.changed", n=counts["changed"])])
    with added:
        shell.table(items_table(result.diff.added, ctx), key="annex_added")
    with withdrawn:
        shell.table(items_table(result.diff.withdrawn, ctx), key="annex_withdrawn")
    with changed:
        shell.table(items_table(result.diff.changed, ctx), key="annex_changed")
    exists = as_of.isoformat() in ctx.catalog.dates
    if exists:
        st.warning(ctx.t("upload.exists", date=ctx.date(as_of.isoformat())), icon=":material/warning:")
    if st.button(ctx.t("annex.page.publish", date=ctx.date(as_of.isoformat())), key="annex_publish",
                 type="primary", disabled=exists, icon=":material/publish:"):
        with st.spinner(ctx.t("upload.publishing")):
            published = _run(file.name, content, institution, as_of, dry_run=False)
        if published.ok:
            data._scan.clear()
            st.session_state.pop(LAST, None)
            st.session_state[upload.FLASH] = ("published", as_of.isoformat())
            st.rerun()
        st.session_state[LAST] = {"key": key, "result": published}
        st.rerun()
