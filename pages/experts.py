"""The expert think tank: who, in which domain and institution, searchable by specialty."""
import streamlit as st

from alliance import directory
from alliance.ui import data, paging, shell

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
query = dict(snapshot=ctx.day, areas=chosen["areas"], domains=chosen["domains"], institution_id="", title=title,
             search=search.strip())
found, page = paging.page_of("experts_list", "expert_page", **query)  # cut in SQL: the browser gets one page
st.caption(ctx.t("expert.count", experts=ctx.count("expert", page.total)))
if found.empty:
    st.info(ctx.t("expert.none"), icon=":material/info:")
else:
    shell.downloads(lambda: directory.experts(paging.every_row("experts_list", **query), ctx.lang), "experts",
                    ctx.snapshot, key="expert_table", **chosen)
    shell.link_table(directory.experts(found, ctx.lang), ctx.t("expert.col.profile"), ctx.t("expert.open"))
    paging.pager(ctx, page, "expert_page", len(found))
