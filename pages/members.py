"""Member directory and institution profiles (the platform module's featured projects and advantage resources)."""
import streamlit as st

from alliance import charts, directory, fmt, i18n
from alliance.ui import data, paging, shell, signin

ctx = shell.context()
shell.require_snapshot(ctx)
day = ctx.day

st.title(ctx.t("dir.title"))
chosen = shell.filters(ctx, data.query("filter_options", snapshot=day))
left, mid, right = st.columns([2, 3, 2])
with left:
    owners = {o: ctx.t(f"ownership.{o}") for o in directory.OWNERSHIPS}
    shell.bound(st.multiselect, "ownership", [], shell.parse_choices(owners), ctx.t("dir.ownership"),
                options=list(owners), format_func=owners.get, placeholder=ctx.t("filters.all"))
with mid:
    name = shell.bound(st.text_input, "name", "", lambda raw: raw[:60], ctx.t("dir.search"), max_chars=60)
with right:
    sorts = directory.sorts(signin.institution_detail())
    sort = shell.bound(st.selectbox, "sort", sorts[0], shell.parse_choice(sorts), ctx.t("dir.sort"), options=sorts,
                       format_func=lambda s: ctx.t(f"dir.sort.{s}"))
query = dict(snapshot=day, ownership=tuple(st.session_state["ownership"]), search=name.strip(),
             sort=directory.sort_param(sort, ctx.lang), **chosen)
found, page = paging.page_of("member_directory", "dir_page", **query)  # sorted and cut in SQL
st.caption(ctx.t("dir.count", members=ctx.count("member_institution", page.total)))
shell.downloads(lambda: directory.members(paging.every_row("member_directory", **query), ctx.lang), "members",
                ctx.snapshot, key="dir_table", name=name.strip(), **chosen)
shell.table(directory.members(found, ctx.lang))
paging.pager(ctx, page, "dir_page", len(found))
if found.empty:
    st.stop()

st.divider()
names = i18n.names_by_id(found, "institution_id", ctx.lang)
# A link to an institution this snapshot lacks says so (the picker starts empty) instead of showing another one.
missing = directory.missing_request(st.query_params.get("institution"), names, st.session_state.get("institution"))
asked = data.query("institution_profile", snapshot=day, institution_id=missing) if missing else None
if missing and asked.empty:
    st.warning(shell.md_escape(directory.missing_note(missing, ctx.snapshot, ctx.lang)),
               icon=":material/person_search:")
elif missing:  # a member on another page of the list, or left out by the filters: offered first, as asked
    names, missing = {**i18n.names_by_id(asked, "institution_id", ctx.lang), **names}, None
inst = shell.bound(st.selectbox, "institution", None if missing else found["institution_id"].iloc[0],
                   shell.parse_choice(names), ctx.t("dir.profile"), options=list(names), format_func=names.get,
                   placeholder=ctx.t("chrome.pick_institution"))
if inst is None:
    st.stop()
p = data.query("institution_profile", snapshot=day, institution_id=inst).iloc[0].to_dict()
st.header(shell.md_escape(p["name_en"] if ctx.lang == "en" and p["name_en"] else p["name_zh"]), anchor=False)
st.caption(shell.md_escape(directory.profile_line(p, ctx.lang)))
shell.metric_cards(directory.profile_figures(p, ctx.lang))
texts = st.columns(3)
for col, field in zip(texts, directory.PROFILE_TEXTS):
    with col:
        shell.text_block(ctx.t(f"dir.{field}"), p[f"{field}_en"] if ctx.lang == "en" and p[f"{field}_en"]
                         else p[f"{field}_zh"])
tabs = shell.lazy_tabs(ctx, "dir_tab", {name: ctx.t(f"dir.tab_{name}") for name in directory.PROFILE_TABS})
with tabs[0]:  # only the open tab runs: opening a profile reads its domains, not its experts and history too
    if tabs[0].open:
        shell.table(directory.domains(data.query("institution_domains", snapshot=day, institution_id=inst), ctx.lang))
with tabs[1]:
    if tabs[1].open:
        shell.table(directory.experts(data.query("experts_list", snapshot=day, areas=(), domains=(),
                                                 institution_id=inst, title="", search="", page_rows=None,
                                                 page_offset=0), ctx.lang).iloc[:, :4])
with tabs[2]:
    if tabs[2].open:
        history = data.query("institution_history", snapshot=day, institution_id=inst)
        shell.plotly(st, ctx, data.figure(charts.institution_history, history, ctx.lang), key="dir_history",
                     width="stretch")
        st.caption(ctx.t("dir.history_note", since=fmt.date(p["joined_on"], ctx.lang)))
