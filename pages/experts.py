"""The expert think tank: who, in which domain and institution, searchable by specialty."""
import streamlit as st

from alliance import directory
from alliance.ui import data, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("expert.title"))
options = data.query("filter_options", snapshot=ctx.day)
chosen = shell.filters(ctx, options)
left, right = st.columns([1, 2])
with left:
    titles = directory.title_options(ctx.lang)
    title = shell.bound(st.selectbox, "title", "", shell.parse_choice(titles), ctx.t("expert.title_filter"),
                        options=list(titles), format_func=titles.get)
with right:
    search = shell.bound(st.text_input, "expert_q", "", lambda raw: raw[:60], ctx.t("expert.search"), max_chars=60)
found = data.query("experts_list", snapshot=ctx.day, areas=chosen["areas"], domains=chosen["domains"],
                   institution_id="", title=title, search=search.strip())
st.caption(ctx.t("expert.count", experts=ctx.count("expert", len(found))))
if found.empty:
    st.info(ctx.t("expert.none"), icon=":material/info:")
else:
    table = directory.experts(found, ctx.lang)
    shell.downloads(table, "experts", ctx.snapshot, key="expert_table", **chosen)
    shell.link_table(table, ctx.t("expert.col.profile"), ctx.t("expert.open"))
