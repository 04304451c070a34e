"""The gaps page's "who can fill this gap" panel, shown under the matrix after a click and in its own tab."""
from __future__ import annotations

import streamlit as st

from .. import gaps, i18n
from . import data, shell


def fillers_panel(ctx: shell.Context, coverage, area: str, domain: str, key: str) -> None:
    st.write(shell.md_escape(gaps.sentence(gaps.cell(coverage, area, domain), ctx.lang)))  # names are data
    fill = gaps.fillers(data.query("gap_fillers", snapshot=ctx.day, area_id=area, domain_id=domain), ctx.lang)
    if fill.empty:
        st.info(ctx.t("fill.none"), icon=":material/info:")
        return
    shell.table(fill)
    shell.downloads(fill, "gap-fillers", ctx.snapshot, key=key, area=area, domain=domain)


def picked_cell() -> tuple[str, str] | None:
    """The area × domain a click on the matrix chose in this session, if any."""
    raw = st.session_state.get("_last_pick")
    return tuple(raw.split("|")) if isinstance(raw, str) and raw.count("|") == 1 else None


TOP_SENTENCES = 5


def ranked_panel(ctx: shell.Context, coverage, threshold: float) -> None:
    """The ranked gaps: the largest said in sentences above the table (where they can be read, not in a column
    nobody sees), the table with its figures, and the download carrying every sentence for a report."""
    ranked = gaps.ranked(coverage, threshold, ctx.lang)
    summary = ctx.t("gaps.col.summary")
    st.write(i18n.tn("gaps.count", ctx.lang, len(ranked), pct=threshold))
    shell.bullets(ranked[summary].head(TOP_SENTENCES).tolist())
    shell.table(ranked.drop(columns=[summary]))
    shell.downloads(ranked, "capacity-gaps", ctx.snapshot, key="gap_list", gap=threshold)
