"""Capacity by lab level: national, provincial, municipal and other labs, where they are and what their hosts hold."""

import streamlit as st

from alliance import capacity, charts
from alliance.ui import data, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("level.title"))
st.caption(ctx.t("level.caption", date=ctx.date(ctx.snapshot)))
chosen = shell.filters(ctx, data.query("filter_options", snapshot=ctx.day))

by_level = data.query("capacity_by_lab_level", snapshot=ctx.day, **chosen)
cols = st.columns(max(len(by_level), 1))
for col, row in zip(cols, by_level.to_dict("records")):
    col.metric(
        ctx.t(f"level.{row['level']}"),
        f"{int(row['lab_count']):,}",
        border=True,
        help=ctx.t("level.metric_help", hosts=ctx.count("host_institution", row["host_institution_count"])),
    )

counts = data.query("labs_by_level_and_area", snapshot=ctx.day, **chosen)
left, right = st.columns(2)
with left:
    st.header(ctx.t("level.by_area"))
    shell.plotly(st, ctx, data.figure(charts.labs_by_level, counts, "area", ctx.lang), key="level_by_area",
                 width="stretch")
with right:
    st.header(ctx.t("level.by_domain"))
    shell.plotly(st, ctx,
        data.figure(charts.labs_by_level, counts, "domain", ctx.lang), key="level_by_domain", width="stretch"
    )

st.header(ctx.t("level.hosts"))
hosts = capacity.levels(by_level, ctx.lang)
shell.downloads(hosts, "lab-level-hosts", ctx.snapshot, key="level_hosts", **chosen)
shell.table(hosts)

st.header(ctx.t("level.list"))
top_levels = capacity.national_provincial(chosen["levels"])
listed = data.query("labs_list", snapshot=ctx.day, **{**chosen, "levels": top_levels})
st.caption(ctx.t("level.list_count", n=len(listed)))
labs = capacity.labs(listed, ctx.lang)
shell.downloads(labs, "national-provincial-labs", ctx.snapshot, key="level_list", **chosen)
shell.table(labs, height="content")
