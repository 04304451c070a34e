"""Capacity by area: rank the eight areas on any measure, see them on the map, drill into one."""

import streamlit as st

from alliance import capacity, charts, i18n
from alliance.ui import data, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("area.title"))
st.caption(ctx.t("area.caption", date=ctx.date(ctx.snapshot)))
chosen = shell.filters(ctx, data.query("filter_options", snapshot=ctx.day))
by_area = data.query("capacity_by_area", snapshot=ctx.day, **chosen)
measures = capacity.AREA_MEASURES
measure = shell.bound(st.selectbox, "measure", measures[0], shell.parse_choice(measures), ctx.t("area.measure"),
                      options=measures, format_func=lambda m: ctx.t(f"measure.{m}"), help=ctx.t("area.measure_help"))
unit = capacity.unit_of(measure)

names = i18n.names_by_id(by_area, "area_id", ctx.lang)
shell.apply_pick("area_rank", "area")  # a click before the charts are drawn, so they mark the picked area
shell.apply_pick("area_map", "area")
picked = capacity.picked_area(shell.held("area", shell.parse_choice(names)), by_area)
left, right = st.columns(2)  # the map needs about 440 px for the seven cities
shell.plotly(left, ctx, data.figure(charts.ranking, by_area, measure, ctx.lang, unit=unit, ids="area_id",
                                    picked=picked), key="area_rank", on_select="rerun", selection_mode="points",
             width="stretch")
shell.plotly(right, ctx, data.figure(charts.area_map, by_area, measure, ctx.lang, unit, picked), key="area_map",
             on_select="rerun", selection_mode="points", width="stretch", config=charts.MAP_CONFIG)
right.caption(ctx.t("map.hint"))
shell.picked_area_note(left, ctx, by_area, picked)  # the answer to a click, beside the charts

st.header(ctx.t("area.table"))
table = capacity.table(by_area, ctx.lang, {"area.col.area": "name"}, capacity.AREA_MEASURES)
shell.downloads(table, "capacity-by-area", ctx.snapshot, key="area_table", **chosen)
shell.table(table)

st.header(ctx.t("area.drill"), anchor="area-detail")
area = shell.bound(st.selectbox, "area", picked, shell.parse_choice(names), ctx.t("area.pick"),
                   options=list(names), format_func=names.get, help=ctx.t("area.pick_help"))
filters = {k: v for k, v in chosen.items() if k != "areas"}
members = capacity.institutions(data.query("institutions_in_area", snapshot=ctx.day, area_id=area, **filters), ctx.lang)
domains = data.query("domains_in_area", snapshot=ctx.day, area_id=area, **filters)
labs = capacity.labs(data.query("labs_list", snapshot=ctx.day, **{**chosen, "areas": (area,)}), ctx.lang)
counts = {"members": len(members), "domains": len(domains), "labs": len(labs)}
tabs = shell.lazy_tabs(ctx, "area_tab", {name: ctx.t(f"area.tab_{name}", n=n) for name, n in counts.items()})
with tabs[0]:  # only the open tab draws: a drill-down click sends one table, not two tables and a chart
    if tabs[0].open:
        shell.downloads(members, "institutions", ctx.snapshot, key="area_members", area=area, **filters)
        shell.table(members)
with tabs[1]:
    if tabs[1].open:
        shell.plotly(st, ctx, data.figure(charts.ranking, domains, "qualification_count", ctx.lang),
                     key="area_domains", width="stretch")
with tabs[2]:
    if tabs[2].open:
        shell.table(labs)
