"""Analysts' page: where local capacity falls short of demand, by how much, who is filling it and who could."""

import streamlit as st

from alliance import charts, gaps
from alliance.ui import chrome, data, gap_view, shell

ctx = shell.context()
shell.require_snapshot(ctx)
day = ctx.day

st.title(ctx.t("gaps.title"))
st.caption(ctx.t("gaps.caption", date=ctx.date(ctx.snapshot)))
with st.expander(ctx.t("gaps.method_title"), icon=":material/functions:"):
    st.markdown(ctx.t("gaps.method"))
threshold = shell.bound(st.slider, "gap", gaps.DEFAULT_THRESHOLD_PCT, shell.parse_int(0, 200), ctx.t("gaps.threshold"),
                        min_value=0, max_value=200, step=5, format="%d%%", help=ctx.t("gaps.threshold_help"))
coverage = data.query("coverage_by_area_domain", snapshot=day)
areas, domains = gaps.choices(coverage, ctx.lang)

tabs = st.tabs([ctx.t(f"gaps.tab_{name}") for name in ("matrix", "list", "flows", "fill", "trend")])
with tabs[0]:
    gap_view.matrix_panel(ctx, coverage, threshold, areas, domains)  # a matrix, or on a phone one area as bars
with tabs[1]:
    gap_view.ranked_panel(ctx, coverage, threshold)
with tabs[2]:
    flows = data.query("service_flows", snapshot=day)
    st.caption(ctx.t("flows.caption"))
    left, right = st.columns(2)
    shell.plotly(left, ctx, data.figure(charts.flow_sankey, flows, ctx.lang), key="flow_sankey", width="stretch")
    centres = data.query("capacity_by_area", snapshot=day, **shell.NO_FILTERS)
    shell.plotly(right, ctx, data.figure(charts.flow_map, flows, centres, ctx.lang), key="flow_map", width="stretch",
                       config=charts.MAP_CONFIG)
    quarters = data.query("service_batches_by_quarter", snapshot=day)
    shell.plotly(st, ctx, data.figure(charts.batches_by_quarter, quarters, ctx.lang), key="flow_quarters",
                 width="stretch")
    st.header(ctx.t("flows.one_stop_title"))
    shell.table(gaps.one_stop(data.query("one_stop_by_client_area", snapshot=day), ctx.lang))
with tabs[3]:
    gap_view.fill_tab(ctx, coverage, threshold, areas, domains)  # a pick here reruns this tab alone
with tabs[4]:
    trend = data.query("coverage_trend_by_area", snapshot=day)
    wide, phone = chrome.by_width("trend")  # on a phone the areas' names move to a legend below
    shell.plotly(wide, ctx, data.figure(charts.coverage_trend, trend, threshold, ctx.lang), key="coverage_trend",
                 width="stretch")
    shell.plotly(phone, ctx, data.figure(charts.coverage_trend, trend, threshold, ctx.lang, phone=True),
                 key="coverage_trend_phone", width="stretch")
    st.caption(ctx.t("gaps.trend_note"))
