"""Members' returns in the app: a member's own page (its workbook, hand-in, its returns) and the admin's review queue
on the upload page. The queue itself is `alliance.returns.queue`; `hand_in` and `publish` are plain functions the
tests call directly, the `show_*` helpers draw.

A member only ever passes its signed-in identity, never an institution id of its choosing: what it downloads, hands in
and sees is its own institution's by construction.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from .. import config, i18n
from ..access.roles import Identity
from ..export import XLSX_MIME
from ..ingest import UsageError, ingest, templates
from ..returns import queue
from ..snapshots import Catalog
from . import data, shell, upload

LAST = "_return_last"  # the member's last hand-in: {"outcome", "file", "summary", ...}
FLASH = "_returns_flash"  # the admin's last action, told once after the rerun that shows its effect
PUBLISH_LAST = "_returns_publish_last"  # a publish that found errors: its summary


def _root() -> Path:
    return config.data_dir()


def institution_names(catalog: Catalog, lang: str) -> dict[str, str]:
    snap = catalog.snapshots[-1] if catalog.snapshots else None
    return upload._institutions(str(snap.file("institutions")), catalog.version, lang) if snap else {}


# The member's page ----------------------------------------------------------------------------------------------------

def own_workbook(catalog: Catalog, who: Identity) -> tuple[str, bytes]:
    """The member's workbook pre-filled from the latest snapshot: its own rows only (file name, content)."""
    snap = catalog.snapshots[-1] if catalog.snapshots else None
    tables = templates.read_tables(snap) if snap else None
    content = templates.workbook_bytes("member", tables, institution_id=who.institution_id,
                                       snapshot=snap.date if snap else None, prefill=snap is not None)
    return templates.file_name("member", snap.date if snap else None, who.institution_id), content


def show_own_workbook(ctx: shell.Context, who: Identity) -> None:
    snap = ctx.catalog.snapshots[-1] if ctx.catalog.snapshots else None
    st.caption(ctx.t("returns.download_caption", date=ctx.date(snap.date)) if snap else
               ctx.t("returns.download_empty"))
    name = templates.file_name("member", snap.date if snap else None, who.institution_id)
    label = institution_names(ctx.catalog, ctx.lang).get(who.institution_id, who.institution_id)
    # Made when clicked (a workbook takes a moment), from the identity alone: no widget names an institution.
    st.download_button(ctx.t("returns.download", institution=label), lambda: own_workbook(ctx.catalog, who)[1],
                       name, mime=XLSX_MIME, key="return_download", on_click="ignore", icon=":material/download:")


def hand_in(root: Path, who: Identity, name: str, content: bytes, as_of: dt.date) -> dict:
    """Check the member's workbook alone and queue it if it is its own and has no errors. The outcome:
    "refused" (another institution's or the service centre's workbook), "problems" (not queued) or "queued"."""
    result, refusal = queue.check(root, who, name, content, as_of.isoformat())
    out = {"file": name, "summary": upload.summary_of(result)}
    if refusal:
        found = next((f["institution_id"] for f in result.report.files if f["institution_id"]), "—")
        return {**out, "outcome": "refused", "reason": refusal, "found": found}
    if not result.ok:
        return {**out, "outcome": "problems"}
    ret = queue.submit(root, who, name, content, as_of.isoformat(), errors=0)
    return {**out, "outcome": "queued", "return_id": ret.id}


def hand_in_now(who: Identity, name: str, content: bytes, as_of: dt.date) -> None:
    st.session_state[LAST] = hand_in(_root(), who, name, content, as_of)


def show_hand_in(ctx: shell.Context, who: Identity, as_of: dt.date) -> None:
    """What the last hand-in found: a refusal, the problems by cell, or that it waits for review."""
    last = st.session_state.get(LAST)
    if not last:
        return
    file = last["file"]
    if last["outcome"] == "refused":
        st.error(ctx.t(last["reason"], file=file, found=last["found"], own=who.institution_id), icon=":material/block:")
    elif last["outcome"] == "problems":
        st.error(ctx.t("returns.has_errors", file=file, errors=ctx.count("error", last["summary"]["errors"])),
                 icon=":material/error:")
        upload.show_problems(ctx, last["summary"], as_of)
    else:
        st.success(ctx.t("returns.queued", file=file), icon=":material/task_alt:")
    upload.show_notes(ctx, last["summary"])


def _status(ret: queue.Return, lang: str) -> str:
    return i18n.t(f"returns.status.{ret.status}", lang)


def returns_table(rets: list[queue.Return], lang: str, names: dict[str, str] | None = None) -> pd.DataFrame:
    """The returns as listed: the member's own (no institution column) or the whole queue (`names` given)."""
    rows = []
    for r in rets:
        row = {"institution": names.get(r.institution_id, r.institution_id)} if names is not None else {}
        rows.append({**row, "uploaded_at": r.uploaded_at.replace("T", " ").removesuffix("+00:00"),
                     "uploaded_by": r.uploaded_by, "file": r.file_name, "as_of": r.as_of, "errors": r.errors,
                     "status": _status(r, lang), "note": r.note, "snapshot": r.snapshot or ""})
    cols = [*(["institution"] if names is not None else []), "uploaded_at", "uploaded_by", "file", "as_of", "errors",
            "status", "note", "snapshot"]
    df = pd.DataFrame(rows, columns=cols)
    df["errors"] = pd.array(df["errors"], dtype="Int64")
    return df.rename(columns={c: i18n.t(f"returns.col.{c}", lang) for c in cols})


def show_mine(ctx: shell.Context, who: Identity) -> None:
    rets = queue.list_returns(_root(), who.institution_id)
    if not rets:
        st.caption(ctx.t("returns.mine_empty"))
        return
    upload._text_table(returns_table(rets, ctx.lang), "return_mine", wide=(ctx.t("returns.col.note"),),
                       height="content")


# The admin's queue ----------------------------------------------------------------------------------------------------

@st.cache_data(max_entries=32, show_spinner=False)
def _preview(path: str, sha256: str, as_of: str, version: str) -> dict:
    """A dry run of one return on the data now: the rows it would leave in each table (sha256 and the served data's
    version key the cache, so a new snapshot or another file is checked afresh)."""
    return upload.summary_of(ingest([Path(path)], as_of, _root(), dry_run=True))


def accepted(rets: list[queue.Return]) -> list[queue.Return]:
    """What the publish picks by default: each institution's newest waiting return without errors."""
    out: dict[str, queue.Return] = {}
    for r in rets:  # newest first
        if r.status == "waiting" and not r.errors and r.institution_id not in out:
            out[r.institution_id] = r
    return list(out.values())


def publish(root: Path, rets: list[queue.Return], secretariat: upload.Upload | None, as_of: dt.date, actor: str,
            *, replace: bool = False):
    """Ingest the returns' files as kept (plus the service centre's workbook, if any) as the snapshot of `as_of`;
    when it is published, the returns are marked so. The publish record is ingest's, naming each file's SHA-256."""
    with tempfile.TemporaryDirectory(prefix="alliance-returns-") as tmp:
        paths = [r.file(root) for r in rets]
        names = [r.file_name for r in rets]
        if secretariat is not None:
            path = Path(tmp) / "secretariat.xlsx"
            path.write_bytes(secretariat[1])
            paths.append(path)
            names.append(secretariat[0])
        result = ingest(paths, as_of.isoformat(), root, replace=replace, names=upload.unique_names(names),
                        actor=actor or None)
    if result.ok and result.published:
        queue.mark_published(root, [r.id for r in rets], as_of.isoformat(), actor)
    return result


def show_flash(ctx: shell.Context) -> None:
    flash = st.session_state.pop(FLASH, None)
    if not flash:
        return
    if flash[0] == "published":
        st.success(ctx.t("returns.published", date=ctx.date(flash[1]), returns=ctx.count("return", flash[2])),
                   icon=":material/check_circle:")
    elif flash[0] == "sent_back":
        st.success(ctx.t("returns.sent_back", file=flash[1], institution=flash[2]), icon=":material/undo:")


def _label(r: queue.Return, names: dict[str, str]) -> str:
    when = r.uploaded_at.replace("T", " ").removesuffix("+00:00")
    return f"{names.get(r.institution_id, r.institution_id)} · {when} · {r.file_name}"


def show_queue(ctx: shell.Context, who: Identity) -> None:
    """Every member's returns; one to review (what it would change, send it back); publishing the accepted ones."""
    root = _root()
    show_flash(ctx)
    rets = queue.list_returns(root)
    if not rets:
        st.caption(ctx.t("returns.queue_empty"))
        return
    names = institution_names(ctx.catalog, ctx.lang)
    st.caption(ctx.t("returns.queue_intro"))
    upload._text_table(returns_table(rets, ctx.lang, names), "returns_queue_table",
                       wide=(ctx.t("returns.col.note"),), height="content")
    as_of = st.date_input(ctx.t("returns.publish_as_of"), upload.default_as_of(ctx.catalog), key="returns_as_of",
                          help=ctx.t("upload.as_of_help"), format="YYYY-MM-DD")
    waiting = {r.id: r for r in rets if r.status == "waiting"}
    if waiting:
        _review(ctx, who, waiting, names, as_of)
    _publish(ctx, who, [r for r in rets if r.status == "waiting" and not r.errors], names, as_of)


def _review(ctx: shell.Context, who: Identity, waiting: dict[str, queue.Return], names: dict[str, str],
            as_of: dt.date) -> None:
    pick = st.selectbox(ctx.t("returns.review"), list(waiting), format_func=lambda i: _label(waiting[i], names),
                        key="returns_pick")
    r = waiting[pick]
    summary = _preview(str(r.file(_root())), r.sha256, as_of.isoformat(), ctx.catalog.version)
    if summary["errors"]:
        st.warning(ctx.t("returns.review_errors", file=r.file_name, errors=ctx.count("error", summary["errors"])),
                   icon=":material/warning:")
    elif summary["rows"]:
        date = ctx.date(as_of.isoformat())
        st.caption(ctx.t("returns.review_change", file=r.file_name, date=date, base=ctx.date(summary["base"]))
                   if summary["base"] else ctx.t("returns.review_change_no_base", file=r.file_name, date=date))
        upload._text_table(upload.rows_table(summary, ctx.catalog, ctx.lang), "returns_rows_table", height="content")
    note = st.text_area(ctx.t("returns.note"), key="returns_note", help=ctx.t("returns.note_help"), max_chars=2000)
    if st.button(ctx.t("returns.send_back"), key="returns_send_back", disabled=not note.strip(),
                 icon=":material/undo:"):
        queue.send_back(_root(), r.id, note, who.email)
        st.session_state[FLASH] = ("sent_back", r.file_name, names.get(r.institution_id, r.institution_id))
        st.rerun()


def _publish(ctx: shell.Context, who: Identity, ready: list[queue.Return], names: dict[str, str],
             as_of: dt.date) -> None:
    st.subheader(ctx.t("returns.publish_title"), anchor=False)
    by_id = {r.id: r for r in ready}
    picked = st.multiselect(ctx.t("returns.publish_pick"), list(by_id), [r.id for r in accepted(ready)],
                            format_func=lambda i: _label(by_id[i], names), key="returns_publish_ids",
                            help=ctx.t("returns.publish_pick_help"))
    sec = st.file_uploader(ctx.t("returns.secretariat"), type=["xlsx"], key="returns_secretariat")
    date = ctx.date(as_of.isoformat())
    exists = as_of.isoformat() in ctx.catalog.dates
    replace = False
    if exists:
        st.warning(ctx.t("upload.exists", date=date), icon=":material/warning:")
        replace = st.checkbox(ctx.t("upload.replace", date=date), key="returns_replace")
    if st.button(ctx.t("returns.publish", date=date), key="returns_publish", type="primary",
                 disabled=not picked or (exists and not replace), icon=":material/publish:"):
        with st.spinner(ctx.t("upload.publishing")):
            try:
                result = publish(_root(), [by_id[i] for i in picked], (sec.name, sec.getvalue()) if sec else None,
                                 as_of, who.email, replace=replace)
            except UsageError:
                st.error(ctx.t("upload.exists_error", date=date), icon=":material/error:")
                return
            except OSError as exc:  # e.g. the disk filled up: ingest undid the publish
                st.error(ctx.t("ingest.write_failed", reason=exc.strerror or str(exc)), icon=":material/error:")
                return
        if result.ok and result.published:
            data._scan.clear()  # the sidebar lists the new snapshot in the rerun below
            st.session_state.pop(PUBLISH_LAST, None)
            st.session_state[FLASH] = ("published", as_of.isoformat(), len(picked))
            st.rerun()
        st.session_state[PUBLISH_LAST] = upload.summary_of(result)
    failed = st.session_state.get(PUBLISH_LAST)
    if failed:
        st.error(ctx.t("returns.publish_failed", errors=ctx.count("error", failed["errors"])), icon=":material/error:")
        upload._text_table(upload.problems_table(upload.problems(failed, ctx.lang), ctx.lang),
                           "returns_publish_problems", wide=(ctx.t("upload.col.message"),))
