"""Capacity by working group: each group's lead, members, domains and capability, compared side by side."""

import streamlit as st

from alliance import capacity, charts
from alliance.ui import data, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("group.title"))
st.caption(ctx.t("group.caption", date=ctx.date(ctx.snapshot)))
chosen = shell.filters(ctx, data.query("filter_options", snapshot=ctx.day))
compared = data.query("working_groups_compared", snapshot=ctx.day, **chosen)
if compared.empty:
    st.info(ctx.t("group.none"), icon=":material/info:")
    st.stop()

left, right = st.columns(2)
with left:  # "Compare by" sits over the chart it changes
    measure = shell.bound(st.selectbox, "group_measure", "qualification_count",
                          shell.parse_choice(capacity.GROUP_MEASURES), ctx.t("group.measure"),
                          options=capacity.GROUP_MEASURES, format_func=lambda m: ctx.t(f"measure.{m}"))
    shell.plotly(st, ctx, data.figure(charts.groups_compared, compared, measure, ctx.lang), key="group_compare",
                 width="stretch")
members = data.query("working_group_members_by_area", snapshot=ctx.day, **chosen)
shell.plotly(right, ctx, data.figure(charts.members_by_area, members, ctx.lang), key="group_members", width="stretch")

st.header(ctx.t("group.table"))
table = capacity.table(
    compared, ctx.lang, {"group.col.group": "name", "group.col.lead": "lead_name"}, capacity.GROUP_MEASURES
)
shell.downloads(table, "working-groups", ctx.snapshot, key="group_table", **chosen)
shell.table(table)

st.header(ctx.t("group.events"))
events = capacity.group_events(data.query("working_group_events", snapshot=ctx.day, groups=chosen["groups"]), ctx.lang)
shell.table(events)
