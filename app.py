"""Entry point: frame and routes. Run with `streamlit run app.py`.

URL paths differ from the page file names on purpose: a url_path equal to a file stem under pages/ hashes like
the legacy pages/ page of that name, and AppTest then reruns the bare page file without this frame.

This file is read two ways. Streamlit runs it as __main__ for every visit: the frame and routes below.
`streamlit run app.py` (or `uvicorn app:app`) first imports it once, as the module `app`, to serve the `st.App` it
defines; that import is the only moment before the first visitor, and the app's lifespan (chrome.serving) then
switches off Streamlit's legacy pages/ mode, so a deep link works as a fresh server's first request (README:
"Deep links after a restart").
"""
from pathlib import Path

import streamlit as st

from alliance.ui import chrome

PAGES = Path(__file__).parent / "pages"

if __name__ != "__main__":  # imported by `streamlit run` to be served (see above), not run for a visit
    app = st.App(__file__, lifespan=chrome.serving)
else:
    from alliance import config
    from alliance.ui import shell, signin

    # "auto": Streamlit's frontend opens the sidebar on screens wider than its 768 px breakpoint and keeps it closed
    # on phones and portrait tablets, where it would cover the page; language and snapshot stay one tap away.
    st.set_page_config(page_icon=chrome.FAVICON, layout="wide", initial_sidebar_state="auto")
    ctx = shell.start()
    who = signin.gate(ctx)  # sign-in off: everyone, as before; on: a role, or a page saying why not and a stop
    overview = st.Page(PAGES / "overview.py", title=ctx.t("page.overview"), icon=":material/dashboard:",
                       url_path="alliance-overview", default=True)
    changes = st.Page(PAGES / "compare.py", title=ctx.t("page.compare"), icon=":material/compare_arrows:",
                      url_path="changes")
    meeting = st.Page(PAGES / "presentation.py", title=ctx.t("page.meeting"), icon=":material/co_present:",
                      url_path="meeting")
    by_area = st.Page(PAGES / "capacity_by_area.py", title=ctx.t("page.capacity_by_area"), icon=":material/map:",
                      url_path="areas")
    by_level = st.Page(PAGES / "capacity_by_level.py", title=ctx.t("page.capacity_by_level"), icon=":material/science:",
                       url_path="lab-levels")
    by_group = st.Page(PAGES / "capacity_by_group.py", title=ctx.t("page.capacity_by_group"), icon=":material/groups:",
                       url_path="working-groups")
    gaps = st.Page(PAGES / "capacity_gaps.py", title=ctx.t("page.capacity_gaps"), icon=":material/troubleshoot:",
                    url_path="gaps")
    members = st.Page(PAGES / "members.py", title=ctx.t("page.members"), icon=":material/apartment:",
                      url_path="directory")
    experts = st.Page(PAGES / "experts.py", title=ctx.t("page.experts"), icon=":material/school:",
                      url_path="think-tank")
    finder = st.Page(PAGES / "capability_search.py", title=ctx.t("page.capability_search"), icon=":material/search:",
                     url_path="search")
    sources = st.Page(PAGES / "data_sources.py", title=ctx.t("page.data_sources"), icon=":material/fact_check:",
                      url_path="data-sources")
    explorer = st.Page(PAGES / "sql_explorer.py", title=ctx.t("page.sql"), icon=":material/terminal:", url_path="sql")
    routes = [overview, changes, meeting, by_area, by_level, by_group, gaps, members, experts, finder, explorer,
              sources]
    if config.upload_enabled() or who.email:  # the service centre's page: turned on, or sign-in keeps it to admins
        routes.append(st.Page(PAGES / "submissions.py", title=ctx.t("page.upload"), icon=":material/upload_file:",
                              url_path="upload"))
    routes.append(st.Page(PAGES / "my_return.py", title=ctx.t("page.my_return"), icon=":material/assignment_return:",
                          url_path="my-return"))  # for members only: the policy below hides it from other roles
    # A page the role may not open is absent from the menu; its URL answers "no access", never its data.
    routes = [p if signin.may_open(who, p.url_path) else
              st.Page(signin.no_access_page(ctx, p.title), title=p.title, icon=p.icon, url_path=p.url_path,
                      visibility="hidden") for p in routes]
    page = st.navigation(routes, expanded=True)  # every page of the role listed, no "View more" to find one
    st.set_page_config(page_title=chrome.tab_title(page.title, ctx.lang))
    signin.sidebar(ctx, who)
    shell.sidebar_notices(ctx, sources)
    shell.run(page, ctx)
