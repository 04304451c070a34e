"""The app's frame on every page: language and snapshot carried in the URL, the sidebar, notices."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from . import fmt, i18n
from .data import catalog
from .snapshots import Catalog

# Query parameters the app carries across page switches; anything else in the URL is ignored.
CARRIED = ("lang", "snapshot")
_MD_SPECIAL = "\\`*_{}[]()#+-.!|<>~$"


def md_escape(text: str) -> str:
    """Folder names and data text shown inside markdown-rendering elements stay literal."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in str(text))


@dataclass(frozen=True)
class Context:
    lang: str
    snapshot: str | None
    previous: str | None
    catalog: Catalog

    def t(self, key: str, **kwargs) -> str:
        return i18n.t(key, self.lang, **kwargs)

    def date(self, value) -> str:
        return fmt.date(value, self.lang)

    @property
    def day(self) -> dt.date | None:
        """The snapshot as a date, the type its queries bind."""
        return dt.date.fromisoformat(self.snapshot) if self.snapshot else None

    @property
    def is_demo(self) -> bool:
        snap = self.catalog.get(self.snapshot) if self.snapshot else None
        return bool(snap and snap.source == "demo")


def _browser_lang() -> str:
    try:
        locale = st.context.locale
    except AttributeError:
        locale = None
    return i18n.normalize_lang(locale) or i18n.DEFAULT_LANG


def _adopt(key: str, allowed: list[str], default: str | None, parse=lambda v: v) -> None:
    """Session state wins once set (it survives page switches); a fresh session takes the URL, if valid."""
    if st.session_state.get(key) in allowed:
        return
    raw = st.query_params.get(key)
    value = parse(raw) if isinstance(raw, str) else None
    st.session_state[key] = value if value in allowed else default


def start() -> Context:
    """Called by app.py before routing: reads state, draws the sidebar, writes the state back into the URL."""
    cat = catalog()
    dates = list(reversed(cat.dates))
    _adopt("lang", list(i18n.LANGS), _browser_lang(), i18n.normalize_lang)
    _adopt("snapshot", dates, dates[0] if dates else None)
    lang = st.session_state["lang"]

    with st.sidebar:
        st.radio(i18n.t("shell.language", lang), i18n.LANGS, key="lang", horizontal=True,
                 format_func=lambda code: i18n.t(f"lang.{code}", code))
        lang = st.session_state["lang"]
        if dates:
            latest = i18n.t("shell.latest", lang)
            st.selectbox(i18n.t("shell.snapshot", lang), dates, key="snapshot",
                         format_func=lambda d: fmt.date(d, lang) + (latest if d == dates[0] else ""),
                         help=i18n.t("shell.snapshot_help", lang))
    snapshot = st.session_state.get("snapshot")
    idx = cat.dates.index(snapshot) if snapshot in cat.dates else -1
    previous = cat.dates[idx - 1] if idx > 0 else None

    for key in CARRIED:
        value = st.session_state.get(key)
        if value is not None and st.query_params.get(key) != value:
            st.query_params[key] = value
    return Context(lang, snapshot, previous, cat)


def context() -> Context:
    """The context for a page, from the state start() settled in this run."""
    cat = catalog()
    snapshot = st.session_state.get("snapshot")
    idx = cat.dates.index(snapshot) if snapshot in cat.dates else -1
    return Context(st.session_state.get("lang", i18n.DEFAULT_LANG), snapshot if idx >= 0 else None,
                   cat.dates[idx - 1] if idx > 0 else None, cat)


def sidebar_notices(ctx: Context, sources_page) -> None:
    with st.sidebar:
        if ctx.snapshot:
            st.badge(ctx.t("shell.as_of", date=ctx.date(ctx.snapshot)), icon=":material/event:", color="blue")
        if ctx.is_demo:
            st.info(ctx.t("shell.demo_notice"), icon=":material/science:")
            st.page_link(sources_page, label=ctx.t("shell.demo_link"), icon=":material/fact_check:")
        if ctx.catalog.problems:
            lines = [ctx.t("shell.skipped", n=len(ctx.catalog.problems))]
            for p in ctx.catalog.problems:
                reason = ctx.t(f"problem.{p.reason}")
                lines.append(f"- `{p.folder}`: {reason}" + (f" ({md_escape(p.detail)})" if p.detail else ""))
            st.warning("\n".join(lines), icon=":material/warning:")


def require_snapshot(ctx: Context) -> None:
    """Stop the page with a sentence, not a blank, when no snapshot can be served."""
    if ctx.snapshot is None:
        st.info(ctx.t("shell.no_data"), icon=":material/info:")
        st.stop()


def metric_cards(cards, per_row: int = 5) -> None:
    for start in range(0, len(cards), per_row):
        cols = st.columns(per_row)
        for col, card in zip(cols, cards[start:start + per_row]):
            col.metric(card.label, card.value, card.delta, delta_color=card.delta_color, help=card.help,
                       border=True)
