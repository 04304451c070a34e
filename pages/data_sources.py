"""Which figures come from the published reports, whether this snapshot reproduces them, and what is synthetic."""

import streamlit as st

from alliance import published
from alliance.ui import data, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("sources.title"))
st.write(ctx.t("sources.intro"))

st.header(ctx.t("sources.published"))
st.caption(ctx.t("sources.published_caption", date=ctx.date(ctx.snapshot)))
if ctx.snapshot != published.REPORT_QUARTER:
    st.info(ctx.t("sources.older_snapshot", date=ctx.date(published.REPORT_QUARTER)), icon=":material/history:")
checked = published.table(data.query("published_figures", snapshot=ctx.day), ctx.lang)
st.dataframe(checked, hide_index=True, width="stretch", height="content", key="src_published")

st.header(ctx.t("sources.synthetic"))
st.markdown(ctx.t("sources.synthetic_list"))

st.header(ctx.t("sources.snapshots"))
st.dataframe(published.snapshot_table(ctx.catalog, ctx.lang), hide_index=True, width="stretch", key="src_snapshots")
