"""The gaps page's matrix (on a phone, one area at a time as bars) and its "who can fill this gap" panel, shown
under it after a click or a tap and in its own tab; the ranked gaps."""
from __future__ import annotations

import streamlit as st

from .. import charts, gaps, i18n
from . import chrome, data, shell


def fillers_panel(ctx: shell.Context, coverage, area: str, domain: str, key: str) -> None:
    st.write(shell.md_escape(gaps.sentence(gaps.cell(coverage, area, domain), ctx.lang)))  # names are data
    fill = gaps.fillers(data.query("gap_fillers", snapshot=ctx.day, area_id=area, domain_id=domain), ctx.lang)
    if fill.empty:
        st.info(ctx.t("fill.none"), icon=":material/info:")
        return
    shell.downloads(fill, "gap-fillers", ctx.snapshot, key=key, area=area, domain=domain)
    shell.table(fill)


@st.fragment
def fill_tab(ctx: shell.Context, coverage, threshold: float, areas: dict, domains: dict) -> None:
    """Pick an area and a domain, read who can fill its gap. A fragment: a pick reruns this tab, not the page
    with its other four tabs' figures (the browser then receives this tab's table, not every chart again)."""
    top_area, top_domain = gaps.largest(coverage, threshold)
    pick_area, pick_domain = st.columns(2)
    with pick_area:
        area = shell.bound(st.selectbox, "gap_area", top_area, shell.parse_choice(areas), ctx.t("fill.area"),
                           options=list(areas), format_func=areas.get)
    with pick_domain:
        domain = shell.bound(st.selectbox, "gap_domain", top_domain, shell.parse_choice(domains),
                             ctx.t("fill.domain"), options=list(domains), format_func=domains.get)
    fillers_panel(ctx, coverage, area, domain, key="gap_fillers")


def matrix_panel(ctx: shell.Context, coverage, threshold: float, areas: dict, domains: dict) -> None:
    """The coverage matrix on a wide screen; on a phone, where its sixteen rows by eight columns cannot be read,
    one area's domains as bars, worst first, the area picked above them (opening on the largest gap's area). Both
    come from the same frame and both pick a cell: the panel under them names it and who can fill it."""
    shell.apply_pick("gap_matrix", "gap_area", "gap_domain")  # before drawing, so the picked cell is outlined
    shell.apply_pick("gap_phone", "gap_area", "gap_domain")
    picked = picked_cell()
    wide, phone = chrome.by_width("gaps")
    with wide:
        shell.plotly(st, ctx, data.figure(charts.coverage_heatmap, coverage, threshold, ctx.lang, picked),
                     key="gap_matrix", on_select="rerun", selection_mode="points", width="stretch")
        if not picked:
            st.caption(ctx.t("gaps.matrix_note"))
    with phone:
        if "gap_phone_area" not in st.session_state or (picked and st.session_state.get("_gap_phone_seen") != picked):
            # Opens on the area with the largest gap; a tap on the matrix (on a wider screen) moves it along.
            st.session_state["gap_phone_area"] = picked[0] if picked else gaps.largest(coverage, threshold)[0]
            st.session_state["_gap_phone_seen"] = picked
        area = st.selectbox(ctx.t("fill.area"), list(areas), key="gap_phone_area", format_func=areas.get)
        # Plotly turns a finger on the bars into a pan, not a pick, so the note sends a thumb to the fill-in tab.
        st.caption(ctx.t("gaps.phone_note", tab=ctx.t("gaps.tab_fill")))
        shell.plotly(st, ctx, data.figure(charts.area_coverage, coverage, threshold, ctx.lang, area, picked),
                     key="gap_phone", on_select="rerun", selection_mode="points", width="stretch")
    if picked and picked[0] in areas and picked[1] in domains:
        st.caption(ctx.t("gaps.picked", area=shell.md_escape(areas[picked[0]]),
                         domain=shell.md_escape(domains[picked[1]])))
        fillers_panel(ctx, coverage, *picked, key="gap_matrix_fillers")


def picked_cell() -> tuple[str, str] | None:
    """The area × domain a click on the matrix chose in this session, if any."""
    raw = st.session_state.get("_last_pick")
    return tuple(raw.split("|")) if isinstance(raw, str) and raw.count("|") == 1 else None


TOP_SENTENCES = 5
TABS = ("matrix", "list", "flows", "fill", "trend")


def flows_panel(ctx: shell.Context) -> None:
    """Where the service batches go: the Sankey and the map side by side, batches by quarter, the one-stop table."""
    flows = data.query("service_flows", snapshot=ctx.day)
    st.caption(ctx.t("flows.caption"))
    left, right = st.columns(2)
    shell.plotly(left, ctx, data.figure(charts.flow_sankey, flows, ctx.lang), key="flow_sankey", width="stretch")
    centres = data.query("capacity_by_area", snapshot=ctx.day, **shell.NO_FILTERS)
    shell.plotly(right, ctx, data.figure(charts.flow_map, flows, centres, ctx.lang), key="flow_map", width="stretch",
                 config=charts.MAP_CONFIG)
    quarters = data.query("service_batches_by_quarter", snapshot=ctx.day)
    shell.plotly(st, ctx, data.figure(charts.batches_by_quarter, quarters, ctx.lang), key="flow_quarters",
                 width="stretch")
    st.header(ctx.t("flows.one_stop_title"))
    shell.table(gaps.one_stop(data.query("one_stop_by_client_area", snapshot=ctx.day), ctx.lang))


def trend_panel(ctx: shell.Context, threshold: float) -> None:
    trend = data.query("coverage_trend_by_area", snapshot=ctx.day)
    wide, phone = chrome.by_width("trend")  # on a phone the areas' names move to a legend below
    shell.plotly(wide, ctx, data.figure(charts.coverage_trend, trend, threshold, ctx.lang), key="coverage_trend",
                 width="stretch")
    shell.plotly(phone, ctx, data.figure(charts.coverage_trend, trend, threshold, ctx.lang, phone=True),
                 key="coverage_trend_phone", width="stretch")
    st.caption(ctx.t("gaps.trend_note"))


def ranked_panel(ctx: shell.Context, coverage, threshold: float) -> None:
    """The ranked gaps: the largest said in sentences above the table (where they can be read, not in a column
    nobody sees), the table with its figures, and the download carrying every sentence for a report."""
    ranked = gaps.ranked(coverage, threshold, ctx.lang)
    summary = ctx.t("gaps.col.summary")
    st.write(i18n.tn("gaps.count", ctx.lang, len(ranked), pct=threshold))
    shell.bullets(ranked[summary].head(TOP_SENTENCES).tolist())
    shell.downloads(ranked, "capacity-gaps", ctx.snapshot, key="gap_list", gap=threshold)
    shell.table(ranked.drop(columns=[summary]))
