"""The SQL page's parts: the editor (held in the URL), the tables beside it, saved queries, the run, the result and
its quick chart. The sandbox itself (alliance.sql) knows nothing of Streamlit."""
from __future__ import annotations

import streamlit as st

from .. import config
from ..access.audit import os_user
from ..sql import catalog, chart, sandbox
from . import shell
from .signin import current

EDITOR = "sql"  # the editor's key and its URL parameter: a link carries the query
_RESULT = "_sql_result"


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


def editor(ctx: shell.Context) -> str:
    help_text = ctx.t("sql.editor_help", n=f"{sandbox.MAX_SQL_CHARS:,}", seconds=f"{sandbox.TIMEOUT_S:g}")
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


def run(ctx: shell.Context, sql: str, clicked: bool):
    """The result of `sql` over the chosen snapshot: run when Run is clicked or the text (say, from a link) has
    no result yet; kept for the session so a chart change does not run it again. None when there is nothing to show."""
    key = (sql, ctx.snapshot, ctx.catalog.version)
    held = st.session_state.get(_RESULT)
    if clicked or (sql.strip() and (held is None or held[0] != key)):
        try:
            outcome = sandbox.run(ctx.catalog, sql, ctx.snapshot, root=config.data_dir(), actor=_actor())
        except sandbox.SqlProblem as problem:
            outcome = problem
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
    shell.downloads(df, "sql", ctx.snapshot, key="sql_result")
    shell.table(df)


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
