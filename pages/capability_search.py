"""Who can test this? Every qualification item of the snapshot, by standard code, code family, item name, parameter
class or domain; holders of a typed code first, then by items matched and nearness, each linked to its profile."""
import streamlit as st

from alliance import directory, search
from alliance.ui import data, paging, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("search.title"))
st.caption(ctx.t("search.intro"))
options = data.query("filter_options", snapshot=ctx.day)
areas = shell.option_names(options, ctx.lang)["areas"]
box, near = st.columns([3, 1])
with box:
    raw = shell.bound(st.text_input, "q", "", lambda v: v[:1000], ctx.t("search.input"),
                      placeholder=ctx.t("search.input_placeholder"), help=ctx.t("search.input_help"))
with near:
    origin = shell.bound(st.selectbox, "near", "shenyang", shell.parse_choice(areas), ctx.t("search.near"),
                         options=list(areas), format_func=areas.get)
chosen = shell.filters(ctx, options)
query = search.normalize(raw)
if query.problem:
    st.info(ctx.t(query.problem, n=search.MAX_QUERY_CHARS), icon=":material/search:")
    st.stop()
params = dict(snapshot=ctx.day, near_area_id=origin, areas=chosen["areas"], domains=chosen["domains"], **query.params())
found, page = paging.page_of("capability_search", "search_page", total="institution_total", **params)  # cut in SQL
if found.empty:
    st.warning(ctx.t(search.no_results_hint(query)), icon=":material/search_off:")
    st.stop()
st.write(search.summary(found, ctx.lang))
shell.downloads(lambda: directory.results(paging.every_row("capability_search", **params), ctx.lang, ctx.snapshot),
                "capability-search", ctx.snapshot, key="search_table", q=raw[:40], near=origin)
shell.link_table(directory.results(found, ctx.lang, ctx.snapshot), ctx.t("search.col.profile"), ctx.t("search.open"))
paging.pager(ctx, page, "search_page", len(found))
