"""Analysts' page: where local capacity falls short of demand, by how much, who is filling it and who could."""

import streamlit as st

from alliance import gaps
from alliance.ui import data, gap_view, shell

ctx = shell.context()
shell.require_snapshot(ctx)


st.title(ctx.t("gaps.title"))
st.caption(ctx.t("gaps.caption", date=ctx.date(ctx.snapshot)))
with st.expander(ctx.t("gaps.method_title"), icon=":material/functions:"):
    st.markdown(ctx.t("gaps.method"))
threshold = shell.bound(st.slider, "gap", gaps.DEFAULT_THRESHOLD_PCT, shell.parse_int(0, 200), ctx.t("gaps.threshold"),
                        min_value=0, max_value=200, step=5, format="%d%%", help=ctx.t("gaps.threshold_help"))
coverage = data.query("coverage_by_area_domain", snapshot=ctx.day)
areas, domains = gaps.choices(coverage, ctx.lang)

# Only the open tab runs (?gap_tab=flows): a slider move builds that tab's figures, not five tabs' wide and phone forms
# (bench/README.md: 634 ms of server time when all five ran).
tabs = shell.lazy_tabs(ctx, "gap_tab", {name: ctx.t(f"gaps.tab_{name}") for name in gap_view.TABS})
with tabs[0]:
    if tabs[0].open:
        gap_view.matrix_panel(ctx, coverage, threshold, areas, domains)  # a matrix, or on a phone one area as bars
with tabs[1]:
    if tabs[1].open:
        gap_view.ranked_panel(ctx, coverage, threshold)
with tabs[2]:
    if tabs[2].open:
        gap_view.flows_panel(ctx)
with tabs[3]:
    if tabs[3].open:
        gap_view.fill_tab(ctx, coverage, threshold, areas, domains)  # a pick here reruns this tab alone
with tabs[4]:
    if tabs[4].open:
        gap_view.trend_panel(ctx, threshold)
