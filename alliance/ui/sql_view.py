"""The SQL page's parts: the filters a query may bind, the editor (held in the URL), the tables beside it, saved
queries, the run, the result a page at a time and its quick chart. The sandbox itself (alliance.sql) knows nothing of
Streamlit."""
from __future__ import annotations

import streamlit as st

from .. import config
from ..access.audit import os_user
from ..sql import catalog, chart, sandbox
from . import data, paging, shell
from .signin import current

EDITOR = "sql"  # the editor's key and its URL parameter: a link carries the query
_RESULT = "_sql_result"
PAGE_KEY = "sql_page"  # the result's page picker, held in the URL like the directory's
# Rows sent to the browser at a time: the result itself (up to the row cap) stays on the server for the session.
PAGE_ROWS = 500


def _load_saved(name: str) -> None:
    """A saved query into the editor: run as a callback, before the editor is drawn with its held value."""
    found = {q.name: q.sql for q in catalog.saved_queries()}
    if name in found:
        st.session_state[EDITOR] = found[name]
        st.session_state.setdefault("_url_values", {})[EDITOR] = found[name]


def description(query: catalog.SavedQuery, lang: str) -> str:
    """A saved query's first line reads `-- English | 中文`."""
    en, _, zh = query.description.partition(" | ")
    return (en if lang == "en" else zh or en).strip()


def saved(ctx: shell.Context) -> None:
    queries = {q.name: q for q in catalog.saved_queries()}
    if not queries:
        return
    name = st.selectbox(ctx.t("sql.saved_pick"), list(queries), key="sql_saved",
                        format_func=lambda n: description(queries[n], ctx.lang))
    st.button(ctx.t("sql.saved_open"), key="sql_saved_open", on_click=_load_saved, args=(name,),
              icon=":material/file_open:")


def filters(ctx: shell.Context) -> dict[str, tuple]:
    """The other pages' filters, the same widgets, keys and URL parameters (so a choice made on /by-area holds here
    too), for a query to bind as $areas, $domains, $levels and $groups; and how a query uses them."""
    chosen = shell.filters(ctx, data.query("filter_options", snapshot=ctx.day), counts_note=False)
    st.caption(ctx.t("sql.filters_help"))
    return chosen


def bound_filters(ctx: shell.Context, sql: str) -> None:
    """Which filters reach this query: only those it names, so a pick elsewhere does not silently change nothing."""
    if not sql.strip():
        return
    names = [name for name in sandbox.FILTERS if name in sandbox.referenced(sql)]
    if names:
        st.caption(ctx.t("sql.filters_bound", names=", ".join(f"`${n}`" for n in names)))
    else:
        st.caption(ctx.t("sql.filters_unbound"))


def editor(ctx: shell.Context) -> str:
    help_text = ctx.t("sql.editor_help", n=f"{sandbox.MAX_SQL_CHARS:,}", seconds=f"{sandbox.TIMEOUT_S:g}") + \
        "\n\n" + ctx.t("sql.filters_help")
    return shell.bound(st.text_area, EDITOR, "", lambda raw: raw[:sandbox.MAX_SQL_CHARS], ctx.t("sql.editor"),
                       height=260, help=help_text, placeholder="SELECT area_id, count(*) FROM institutions GROUP BY 1")


def tables(ctx: shell.Context) -> None:
    """The views a query can read, and the picked one's columns with the data contract's descriptions."""
    names = catalog.tables(ctx.lang)
    picked = st.selectbox(ctx.t("sql.table_pick"), list(names), key="sql_table_pick",
                          format_func=lambda n: f"{n} · {names[n]}")
    cols = catalog.columns(picked, ctx.lang).rename(columns={
        "column": ctx.t("sql.col.column"), "type": ctx.t("sql.col.type"), "description": ctx.t("sql.col.description")})
    st.dataframe(cols, hide_index=True, width="stretch", height=320)


def _actor() -> str:
    who = current()
    return who.email or f"{os_user()} (sign-in off)"


def run(ctx: shell.Context, sql: str, clicked: bool, chosen: dict | None = None):
    """The result of `sql` over the chosen snapshot and the filters it names (`chosen`): run when Run is clicked or
    the text (say, from a link) or a filter it names has no result yet; kept for the session so a chart or page
    change does not run it again. None when there is nothing to show."""
    chosen = chosen or {}
    used = sandbox.referenced(sql)
    key = (sql, ctx.snapshot, ctx.catalog.version, tuple((f, tuple(chosen.get(f, ()))) for f in sandbox.FILTERS
                                                          if f in used))
    held = st.session_state.get(_RESULT)
    if clicked or (sql.strip() and (held is None or held[0] != key)):
        try:
            outcome = sandbox.run(ctx.catalog, sql, ctx.snapshot, filters={f: list(v) for f, v in chosen.items()
                                                                           if f in sandbox.FILTERS},
                                  root=config.data_dir(), actor=_actor())
        except sandbox.SqlProblem as problem:
            outcome = problem
        if held is not None:  # a new result opens on its first page; a link's first result keeps the link's page
            st.session_state[PAGE_KEY] = st.session_state.setdefault("_url_values", {})[PAGE_KEY] = 1
        held = st.session_state[_RESULT] = (key, outcome)
    if held is None or held[0] != key:
        return None
    outcome = held[1]
    if isinstance(outcome, sandbox.SqlProblem):
        st.error(i18n_line(outcome, ctx), icon=":material/error:")
        if outcome.detail:
            st.code(outcome.detail, language=None)  # DuckDB's own text with its caret, in monospace
        return None
    return outcome


def i18n_line(problem: sandbox.SqlProblem, ctx: shell.Context) -> str:
    return shell.md_escape(ctx.t(problem.key, **problem.params))


def result(ctx: shell.Context, res: sandbox.Result) -> None:
    df = res.df
    st.caption(ctx.t("sql.result", rows=ctx.count("result_row", len(df)), ms=f"{res.ms:,}"))
    if res.truncated:
        st.warning(ctx.t("sql.capped", n=f"{res.cap:,}"), icon=":material/content_cut:")
    if df.empty:
        st.info(ctx.t("sql.empty"), icon=":material/info:")
        return
    shell.downloads(df, "sql", ctx.snapshot, key="sql_result")  # the whole result, not the page shown
    page = _page(len(df))
    shown = df.iloc[(page.number - 1) * page.rows:page.number * page.rows]
    shell.table(shown)
    paging.pager(ctx, page, PAGE_KEY, len(shown))


def _page(total: int) -> paging.Page:
    """The page of the held result to show, from the picker or the URL; one past the end (a shorter result since)
    is the first."""
    pages = max(1, -(-total // PAGE_ROWS))
    number = shell.held(PAGE_KEY, shell.parse_int(1, 10**7)) or 1
    return paging.Page(number if number <= pages else 1, PAGE_ROWS, total)


def quick_chart(ctx: shell.Context, res: sandbox.Result) -> None:
    """Bar, line or scatter of two of the result's columns, the choice held in the URL with the query."""
    df = res.df
    numbers = chart.numeric_columns(df)
    if df.empty:
        return
    kinds = ["none", *chart.KINDS]
    kind = shell.bound(st.radio, "sql_chart", "none", shell.parse_choice(kinds), ctx.t("sql.chart_kind"),
                       options=kinds, format_func=lambda k: ctx.t(f"sql.chart_kind.{k}"), horizontal=True)
    if not kind or kind == "none":
        return
    if not numbers:
        st.info(ctx.t("sql.chart_needs_number"), icon=":material/info:")
        return
    columns = [str(c) for c in df.columns]
    left, right = st.columns(2)
    with left:
        x = shell.bound(st.selectbox, "sql_x", columns[0], shell.parse_choice(columns), ctx.t("sql.chart_x"),
                        options=columns)
    with right:
        y = shell.bound(st.selectbox, "sql_y", numbers[-1], shell.parse_choice(numbers), ctx.t("sql.chart_y"),
                        options=numbers)
    if len(df) > chart.MAX_POINTS:
        st.caption(ctx.t("sql.chart_first", n=f"{chart.MAX_POINTS:,}"))
    shell.plotly(st, ctx, chart.quick(df, kind, x, y), key="sql_chart_figure")
