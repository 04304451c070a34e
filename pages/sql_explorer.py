"""SQL for analysts: one read-only query over the chosen snapshot, run in the locked sandbox of alliance.sql, with
the other pages' filters bindable in it, the tables and their columns beside the editor, saved queries, the result a
page at a time, its downloads and a quick chart."""
import streamlit as st

from alliance.ui import shell, sql_view

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("sql.title"))
st.caption(ctx.t("sql.intro", snapshot=ctx.date(ctx.snapshot)))
chosen = sql_view.filters(ctx)
left, right = st.columns([3, 2])
with right:
    st.header(ctx.t("sql.tables"))
    sql_view.tables(ctx)
    st.header(ctx.t("sql.saved"))
    sql_view.saved(ctx)
with left:
    query = sql_view.editor(ctx)
    sql_view.bound_filters(ctx, query)
    clicked = st.button(ctx.t("sql.run"), key="sql_run", type="primary", icon=":material/play_arrow:")
result = sql_view.run(ctx, query, clicked, chosen)
if result is not None:
    sql_view.result(ctx, result)
    st.header(ctx.t("sql.chart"))
    sql_view.quick_chart(ctx, result)
