"""The app's frame on every page: language and snapshot carried in the URL, the sidebar, notices."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from .. import fmt, i18n
from ..db import QueryTimeout
from ..labels import em_width
from ..snapshots import Catalog
from .data import DataChanged, DataUnavailable, catalog

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
    catalog: Catalog

    @property
    def previous(self) -> str | None:
        """The snapshot before this one, which changes are measured against."""
        dates = self.catalog.dates
        idx = dates.index(self.snapshot) if self.snapshot in dates else -1
        return dates[idx - 1] if idx > 0 else None

    def t(self, key: str, **kwargs) -> str:
        return i18n.t(key, self.lang, **kwargs)

    def count(self, noun: str, n) -> str:
        """"1 expert", "2 experts" (i18n.count)."""
        return i18n.count(noun, n, self.lang)

    def date(self, value) -> str:
        return fmt.date(value, self.lang)

    @property
    def day(self) -> dt.date | None:
        """The snapshot as a date, the type its queries bind."""
        return dt.date.fromisoformat(self.snapshot) if self.snapshot else None

    @property
    def is_demo(self) -> bool:
        """Whether the snapshot still holds demo rows: a demo snapshot, or an ingest that carried some members' (or
        the service centre's) demo rows forward, as its manifest records."""
        snap = self.catalog.get(self.snapshot) if self.snapshot else None
        return bool(snap and self.catalog.origins(snap.date).has_demo)


def _browser_lang() -> str:
    try:
        locale = st.context.locale
    except AttributeError:
        locale = None
    return i18n.normalize_lang(locale) or i18n.DEFAULT_LANG


def _adopt(key: str, allowed: list[str], default: str | None, parse=lambda v: v) -> None:
    """Session state wins once set (it survives page switches); a fresh session takes the URL, if valid."""
    if st.session_state.get(key) in allowed:
        # Re-seeded, as bound() does: after a run stopped by st.rerun() the widget would otherwise fall back to
        # its default (seen with shell.run's restart on changed data: the language switched to Chinese).
        st.session_state[key] = st.session_state[key]
        return
    raw = st.query_params.get(key)
    value = parse(raw) if isinstance(raw, str) else None
    st.session_state[key] = value if value in allowed else default


def bound(widget, key: str, default, parse, label: str, **kwargs):
    """A widget whose value lives in the URL (`?key=…`): read from it on a fresh session, kept across page
    switches (a shadow copy outlives the widget), written back after every change. Bad values fall back to default."""
    shadow = st.session_state.setdefault("_url_values", {})
    value = held(key, parse)
    options = kwargs.get("options")
    if options is not None and value is not None:  # a remembered value the current options no longer offer
        value = [v for v in value if v in options] if isinstance(value, list) else value if value in options else None
    # Re-seeded on every run: the same key on another page is another widget, which would start from its default.
    st.session_state[key] = default if value is None else value
    result = widget(label, key=key, **kwargs)
    shadow[key] = st.session_state[key]
    _write_url(key, st.session_state[key])
    return result


def lazy_tabs(ctx: Context, key: str, labels: dict[str, str]):
    """Tabs whose content runs only while open (`tab.open`): a rerun builds one tab's figures, not every tab's.
    The open tab is held like a bound widget, by its name (`?key=flows`), so a link, a reload, a page switch and a
    change of language keep it, although the tab widget itself knows only its label in the current language."""
    by_label = {label: name for name, label in labels.items()}
    name = by_label.get(st.session_state.get(key))  # the label just clicked, if it is still this run's label
    if name is None:  # else the tab open last run (its label may have changed: a language, a count), else the URL's
        name = st.session_state.get("_url_values", {}).get(key)
        if name not in labels and isinstance(st.query_params.get(key), str):
            name = parse_choice(labels)(st.query_params[key])
    name = name if name in labels else next(iter(labels))
    st.session_state[key] = labels[name]
    tabs = st.tabs(list(labels.values()), key=key, on_change="rerun")
    st.session_state.setdefault("_url_values", {})[key] = name
    _write_url(key, name)
    return tabs


def held(key: str, parse):
    """The value `bound` will give the widget `key` on this run, read before it is drawn (a chart above it marks
    the choice): this session's, else the URL's; None for neither."""
    value = st.session_state.get(key, st.session_state.get("_url_values", {}).get(key))
    if value is None and isinstance(st.query_params.get(key), str):
        value = parse(st.query_params.get(key))
    return value


def _write_url(key: str, value) -> None:
    if isinstance(value, list | tuple) and not value:
        if key in st.query_params:
            del st.query_params[key]
        return
    text = ",".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    if value is not None and st.query_params.get(key) != text:
        st.query_params[key] = text


def parse_int(lo: int, hi: int):
    def parse(raw: str) -> int | None:
        return int(raw) if raw.strip().isdigit() and lo <= int(raw) <= hi else None
    return parse


def parse_choices(allowed):
    """A comma-separated list kept to the known values, in the order of `allowed`."""
    allowed = list(allowed)

    def parse(raw: str) -> list[str] | None:
        picked = set(raw.split(","))
        return [a for a in allowed if a in picked] or None
    return parse


def parse_choice(allowed):
    allowed = set(allowed)
    return lambda raw: raw if raw in allowed else None


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

    for key in CARRIED:
        _write_url(key, st.session_state.get(key))
    # Page-level parameters set elsewhere travel along, so a pasted link or a page switch keeps them.
    for key, value in st.session_state.get("_url_values", {}).items():
        _write_url(key, value)
    return Context(lang, st.session_state.get("snapshot"), cat)


def context() -> Context:
    """The context for a page, from the state start() settled in this run."""
    cat = catalog()
    snapshot = st.session_state.get("snapshot")
    return Context(st.session_state.get("lang", i18n.DEFAULT_LANG), snapshot if snapshot in cat.dates else None, cat)


def sidebar_notices(ctx: Context, sources_page) -> None:
    with st.sidebar:
        if ctx.snapshot:
            st.badge(ctx.t("shell.as_of", date=ctx.date(ctx.snapshot)), icon=":material/event:", color="blue")
        if ctx.is_demo:
            from .. import published  # here, not at the top: this function is all of shell.py this notice needs
            from .data import query

            try:
                notice = published.demo_notice(query("members_by_snapshot"), ctx.catalog, ctx.snapshot, ctx.lang)
            except DataChanged:  # as run() does: start over on the catalog as it now is, with its toast
                st.session_state["_data_changed"] = True
                st.rerun()
            except (DataUnavailable, QueryTimeout):
                # The sidebar runs before the page's guard (run); the page meets the same fault and says so there.
                notice = ctx.t("shell.demo_notice_uncounted")
            st.info(notice, icon=":material/science:")
            st.page_link(sources_page, label=ctx.t("shell.demo_link"), icon=":material/fact_check:")
        if ctx.catalog.problems:
            lines = [ctx.t("shell.skipped", folders=ctx.count("snapshot_folder", len(ctx.catalog.problems)))]
            for p in ctx.catalog.problems:
                reason = ctx.t(f"problem.{p.reason}")
                lines.append(f"- {md_escape(p.folder)}: {reason}" + (f" ({md_escape(p.detail)})" if p.detail else ""))
            st.warning("\n".join(lines), icon=":material/warning:")


# For every page, read by everyone: captions in a grey that reaches 4.5:1 on white (Streamlit fades the text colour
# to 4.15:1), and section headings, now h2 under the page's h1 (heading levels in order for screen readers), at
# the size the h3 they were had. Static text, never data.
APP_CSS = """
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #5b6573 !important; opacity: 1; }
[data-testid="stMainBlockContainer"] [data-testid="stHeading"] h2 { font-size: 1.75rem; padding: 1rem 0 0.5rem; }
/* Streamlit's wide layout keeps 5rem either side: at 1280 with the sidebar open that is 112 px a table's key columns
   need (TABLE_PX). */
[data-testid="stMainBlockContainer"] { padding-left: 1.5rem; padding-right: 1.5rem; }
/* Phones. A server cannot know the screen's width, so a page that needs another form on a phone draws both, in
   containers keyed phone_only… and wide_only…, and the width decides here which one shows. 640 px is where
   Streamlit stacks columns. */
[data-testid="stLayoutWrapper"]:has(> [class*="st-key-phone_only"]) { display: none; }
@media (max-width: 640px) {
  [data-testid="stLayoutWrapper"]:has(> [class*="st-key-phone_only"]) { display: flex; }
  [data-testid="stLayoutWrapper"]:has(> [class*="st-key-wide_only"]) { display: none; }
  [data-testid="stMainBlockContainer"] { padding: 3.5rem 0.75rem 3rem; }
  [data-testid="stMainBlockContainer"] h1 { font-size: 1.75rem; }
  [data-testid="stMainBlockContainer"] [data-testid="stHeading"] h2 { font-size: 1.3rem; padding: 0.75rem 0 0.25rem; }
  /* The KPI cards three to a row in a compact size, two on a phone held upright ("CNY 1.36 bn" needs the room),
     where Streamlit would stack them one per row: their rows of columns dissolve into one grid. */
  .st-key-kpi_cards { display: grid !important; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.4rem; }
  .st-key-kpi_cards [data-testid="stLayoutWrapper"], .st-key-kpi_cards [data-testid="stHorizontalBlock"] {
    display: contents; }
  .st-key-kpi_cards [data-testid="stColumn"] { width: auto !important; min-width: 0 !important; flex: none; }
  .st-key-kpi_cards [data-testid="stMetric"] { padding: 0; }
  .st-key-kpi_cards [data-testid="stMetric"] > div { padding: 0.45rem 0.6rem; }
  .st-key-kpi_cards [data-testid="stMetricLabel"] p { font-size: 12px; line-height: 1.3; white-space: normal; }
  .st-key-kpi_cards [data-testid="stMetricValue"] { font-size: 19px; line-height: 1.3; }
  .st-key-kpi_cards [data-testid="stMetricDelta"] { font-size: 12px; }
  /* A profile's history (directory page) writes six snapshot dates under 330 px: every third one stands, the
     latest included, instead of all six run together. */
  .st-key-dir_history .xaxislayer-above .xtick:not(:nth-last-child(3n+1)) { display: none; }
}
@media (max-width: 480px) {
  .st-key-kpi_cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .st-key-kpi_cards [data-testid="stMetricValue"] { font-size: 21px; }
}
/* The gap matrix needs about 820 px for its eight area columns' names to stand apart: a portrait tablet gets the
   phone's one-area-at-a-time bars too. */
@media (max-width: 820px) {
  [data-testid="stLayoutWrapper"]:has(> .st-key-phone_only_gaps) { display: flex; }
  [data-testid="stLayoutWrapper"]:has(> .st-key-wide_only_gaps) { display: none; }
}
/* Plotly's mode bar would sit over a chart's title where a finger cannot move away from it; zoom and pan are
   for a mouse anyway. */
@media (max-width: 640px), (hover: none) {
  .stPlotlyChart .modebar-container { display: none !important; }
}
"""


def run(page, ctx: Context) -> None:
    """Run the routed page. If the snapshots change under it, it starts over on the new catalog (with a toast
    saying why) instead of showing a stack trace; an unreadable file gets a sentence, and the rest of the app stays."""
    st.html(f"<style>{APP_CSS}</style>")
    if st.session_state.pop("_data_changed", False):
        st.toast(ctx.t("data.changed"), icon=":material/sync:")
    try:
        page.run()
    except DataChanged:
        st.session_state["_data_changed"] = True
        st.rerun()
    except DataUnavailable:
        st.error(ctx.t("data.unavailable"), icon=":material/error:")
    except QueryTimeout:
        st.error(ctx.t("data.timeout"), icon=":material/timer_off:")


def require_snapshot(ctx: Context) -> None:
    """Stop the page with a sentence, not a blank, when no snapshot can be served."""
    if ctx.snapshot is None:
        st.info(ctx.t("shell.no_data"), icon=":material/info:")
        st.stop()


def metric_cards(cards, per_row: int = 3) -> None:
    # Three a row: at 1280×720 with the sidebar open, five a row cut values to "CNY …" and labels mid-word. On a
    # phone APP_CSS lays the cards of the keyed container out as one compact grid instead of one card per row.
    with st.container(key="kpi_cards"):
        for start in range(0, len(cards), per_row):
            cols = st.columns(per_row)
            for col, card in zip(cols, cards[start:start + per_row]):
                col.metric(card.label, card.value, card.delta, delta_color=card.delta_color, help=card.help,
                           border=True, delta_arrow=card.delta_arrow)


def for_role(df, detail: bool | None = None):
    """The table as the signed-in role may see it: institution-level staff and assets (the columns a builder lists in
    `df.attrs["restricted"]`) only for analysts and admins (`detail`, default: the signed-in role's)."""
    from ..access import policy
    from .signin import current

    if detail is None:
        detail = policy.institution_detail(current().role)
    hidden = [c for c in df.attrs.get("restricted", ()) if c in df.columns]
    if not hidden or detail:
        return df
    keys = list(df.columns[:df.attrs.get("key_columns", 0)])
    out = df.drop(columns=hidden)
    out.attrs["key_columns"] = len([c for c in keys if c not in hidden])
    return out


def downloads(df, page: str, snapshot: str, key: str, **filters) -> None:
    """CSV (UTF-8 with BOM) and XLSX of exactly the table shown, named after page, snapshot and filters; for the
    roles that download tables (all, with sign-in off). `df` may be a function giving the table: a paged table's
    files hold every match, read only when a button is clicked."""
    from .. import export
    from ..access import policy
    from .signin import current

    role = current().role
    if not policy.table_downloads(role):
        return
    detail = policy.institution_detail(role)  # now, in the session: the file is made later, outside it

    def table():
        return for_role(df() if callable(df) else df, detail)

    lang = st.session_state.get("lang", i18n.DEFAULT_LANG)
    # A row sized to its buttons: fixed column fractions cut the labels ("Download …") at 1280 px.
    left = right = st.container(horizontal=True, gap="small")
    # Files are made when clicked, not on every rerun: an XLSX of a large table takes seconds. No rerun on click,
    # so a later rerun cannot drop the file a browser is still fetching (MediaFileStorageError).
    left.download_button(i18n.t("export.csv", lang), lambda: export.csv_bytes(table()),
                         export.filename(page, snapshot, "csv", **filters), mime="text/csv",
                         key=f"{key}_csv", icon=":material/download:", on_click="ignore")
    right.download_button(i18n.t("export.xlsx", lang), lambda: export.xlsx_bytes(table(), page),
                          export.filename(page, snapshot, "xlsx", **filters),
                          mime=export.XLSX_MIME, key=f"{key}_xlsx",
                          icon=":material/table_view:", on_click="ignore")


def apply_pick(chart_key: str, *keys: str) -> None:
    """A click on a point of the chart `chart_key` carrying customdata "a|b" sets the pickers `keys`. Called before
    the chart and the pickers are drawn, so the chart can mark the choice and the pickers show it. A chart keeps its
    selection across reruns: only a selection it did not have on the last run counts, so a picker changed by hand
    afterwards is not set back by an old click."""
    event = st.session_state.get(chart_key)
    points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else \
        getattr(getattr(event, "selection", None), "points", []) or []
    raw = points[0].get("customdata") if points else None
    seen = f"_pick_seen_{chart_key}"
    if st.session_state.get(seen) == raw:
        return
    st.session_state[seen] = raw
    values = raw.split("|") if isinstance(raw, str) else None
    if not values or len(values) != len(keys):
        return
    st.session_state["_last_pick"] = raw
    shadow = st.session_state.setdefault("_url_values", {})
    for key, value in zip(keys, values):
        st.session_state[key] = shadow[key] = value


FILTER_KEYS = ("areas", "domains", "levels", "groups")
NO_FILTERS = {key: () for key in FILTER_KEYS}
LEVELS = ("national", "provincial", "municipal", "other")


def option_names(options, lang: str) -> dict[str, dict[str, str]]:
    """filter_options.sql's rows as kind -> {id: name}."""
    return {kind: i18n.names_by_id(group, "id", lang) for kind, group in options.groupby("kind")}


def filters(ctx: Context, options, keys: tuple[str, ...] = FILTER_KEYS, counts_note: bool = True) -> dict[str, tuple]:
    """The capacity pages' shared filters, one multiselect each, held in the URL; empty means all. A page whose
    figures cannot honour a filter leaves it out of `keys` rather than show one that does nothing. `counts_note`:
    say that the page's counts keep to a domain or level filter (not on the SQL page, where the query decides)."""
    names = option_names(options, ctx.lang)
    names["levels"] = {lv: ctx.t(f"level.{lv}") for lv in LEVELS}
    chosen = {}
    active = any(st.session_state.get(k) or st.query_params.get(k) for k in keys)
    title = ctx.t("filters.title") if tuple(keys) == FILTER_KEYS else ctx.t("filters.title_some", which="、".join(
        ctx.t(f"filters.{k}") for k in keys) if ctx.lang == "zh-CN" else ", ".join(ctx.t(f"filters.{k}") for k in keys))
    with st.expander(title, expanded=active, icon=":material/filter_alt:"):
        cols = st.columns(len(keys))
        for col, key in zip(cols, keys):
            labels = names.get(key, {})
            with col:
                bound(st.multiselect, key, [], parse_choices(labels), ctx.t(f"filters.{key}"), options=list(labels),
                      format_func=lambda v, labels=labels: labels.get(v, v), placeholder=ctx.t("filters.all"))
            chosen[key] = tuple(v for v in st.session_state[key] if v in labels)
    shown = [names[k].get(v, v) for k in keys for v in chosen[k]]
    if shown:
        scoped = any(chosen.get(k) for k in ("domains", "levels"))  # areas and groups pick members, not their items
        st.caption(ctx.t("filters.active", values="、".join(shown) if ctx.lang == "zh-CN" else ", ".join(shown)))
        if scoped and counts_note:
            st.caption(ctx.t("filters.counts_within"))
    return chosen


NO_VALUE = "—"


# A day written as the text around it writes it (fmt.date): 20 May 2022 / 2022年5月20日, in tables too.
DATE_FORMATS = {"en": "D MMM YYYY", "zh-CN": "YYYY年M月D日"}


def _number_columns(df) -> dict:
    """Numbers with thousands separators; timestamps as dates in the language's style (never 00:00:00)."""
    import pandas as pd

    lang = st.session_state.get("lang", i18n.DEFAULT_LANG)
    day = DATE_FORMATS.get(lang, DATE_FORMATS["en"])
    config = {col: st.column_config.NumberColumn(format="localized") for col in df.columns
              if pd.api.types.is_numeric_dtype(df[col]) and not pd.api.types.is_bool_dtype(df[col])}
    for col in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[col]):
            stamps = df[col].dropna()
            config[col] = st.column_config.DateColumn(format=day) if (stamps == stamps.dt.normalize()).all() \
                else st.column_config.DatetimeColumn(format=f"{day} HH:mm")
    return config


def _explain_no_value(df, config: dict) -> None:
    """Empty numbers (a ratio with nothing under it: 0/0, or no residents in the Shenfu zone) show as "—" (the
    grid's placeholder), never 0 or "None"; their column's tooltip says why. The values stay numbers, so it sorts."""
    import pandas as pd

    lang = st.session_state.get("lang", i18n.DEFAULT_LANG)
    for col in [c for c in config if pd.api.types.is_numeric_dtype(df[c]) and df[c].isna().any()]:
        config[col] = st.column_config.NumberColumn(format="localized", help=i18n.t("table.no_value_help", lang))


ROW_PX, MAX_ROWS_SHOWN = 35, 20
# The main column's width at 1280×720 with the sidebar open (APP_CSS's padding): a table's key columns fit in it.
TABLE_PX = 930
# The grid wraps a cell's text only in rows taller than 4rem; three lines of 14 px type fit in this one.
WRAP_ROW_PX, WRAPPED_ROWS_SHOWN, MIN_WRAPPED_PX = 66, 10, 180
MIN_COL_PX, MAX_NAME_PX, MAX_COL_PX = 72, 420, 260


def text_px(text: str, size: float = 14) -> float:
    """A string's width in the grid's 14 px type."""
    return em_width(text) * size


def _sized_columns(df, config: dict) -> None:
    """Every column as wide as its header and its values need, within bounds: names in full up to MAX_NAME_PX (the
    Shenfu zone, an institution, a source), numbers and short columns no wider than they need, so the key columns
    fit a 1280 screen. (Not pinned: the grid draws a pinned column's text pale, below 4.5:1.)"""
    import pandas as pd

    for col in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[col]):  # "20 May 2022" / "2022年12月31日"
            config[col]["width"] = int(max(text_px(col) + 28, 130))
            continue
        values = df[col].head(500)
        texty = not pd.api.types.is_numeric_dtype(df[col])
        shown = values.dropna().astype(str) if texty else values.dropna().map(lambda v: f"{v:,}" if isinstance(
            v, int | float) else str(v))
        need = max([text_px(col) + 28] + [text_px(v) + 20 for v in shown]) if len(shown) else text_px(col) + 28
        width = int(min(max(need, MIN_COL_PX), MAX_NAME_PX if texty else MAX_COL_PX))
        if col in config:
            config[col]["width"] = width
            continue
        config[col] = st.column_config.TextColumn(width=width) if texty else st.column_config.Column(width=width)


def _fit_key_columns(df, config: dict, kwargs: dict) -> None:
    """A table's key columns (its builder puts them first and says how many in `df.attrs["key_columns"]`) in view at
    1280 without scrolling sideways: where they would not fit, the widest text among them (an English institution
    name reaches 505 px) gets narrower and wraps, so names stay whole and the figures beside them stay in view."""
    keys = list(df.columns[:df.attrs.get("key_columns", 0)])
    over = sum(config[c]["width"] for c in keys) - TABLE_PX
    texts = sorted((c for c in keys if not _numeric(df[c])), key=lambda c: -config[c]["width"])
    for col in texts:
        if over <= 0:
            break
        narrower = max(config[col]["width"] - over, MIN_WRAPPED_PX)
        over -= config[col]["width"] - narrower
        config[col]["width"] = int(narrower)
        kwargs.setdefault("row_height", WRAP_ROW_PX)


def _numeric(series) -> bool:
    import pandas as pd

    return pd.api.types.is_numeric_dtype(series)


def _height(df, kwargs: dict) -> None:
    """Up to MAX_ROWS_SHOWN rows in view (the grid's own default shows about ten; ten when rows wrap), the rest a
    scroll away."""
    row = kwargs.get("row_height", ROW_PX)
    shown = WRAPPED_ROWS_SHOWN if row > ROW_PX else MAX_ROWS_SHOWN
    if "height" not in kwargs and (len(df) > 10 or row > ROW_PX):
        kwargs["height"] = ROW_PX + min(len(df), shown) * row + 3


def table(df, **kwargs) -> None:
    """A read-only table: numbers with thousands separators (the data keeps every digit), dates as dates, text
    shown as text, every column as wide as it needs, up to twenty rows in view."""
    df = for_role(df)
    config = _number_columns(df)
    _explain_no_value(df, config)
    _sized_columns(df, config)
    _fit_key_columns(df, config, kwargs)
    _height(df, kwargs)
    st.dataframe(df, hide_index=True, width="stretch", column_config=config, placeholder=NO_VALUE, **kwargs)


def text_block(label: str, value: str | None) -> None:
    """Data text as plain text: a featured project written as <script> shows those characters, never runs."""
    st.caption(label)
    st.text(value or "—")


def link_table(df, link_column: str, link_text: str, **kwargs) -> None:
    df = for_role(df)
    config = _number_columns(df)
    _explain_no_value(df, config)
    _sized_columns(df.drop(columns=[link_column]), config)
    config[link_column] = st.column_config.LinkColumn(link_column, display_text=link_text,
                                                      width=int(max(text_px(link_text), text_px(link_column)) + 28))
    _fit_key_columns(df, config, kwargs)
    _height(df, kwargs)
    st.dataframe(df, hide_index=True, width="stretch", column_config=config, placeholder=NO_VALUE, **kwargs)


def bullets(lines: list[str]) -> None:
    """Generated sentences as a list; their data text (institution names, titles) stays literal."""
    st.markdown("\n".join(f"- {md_escape(line)}" for line in lines))


def briefing_downloads(ctx: Context, base: str, areas: tuple = (), domains: tuple = (),
                       threshold: float | None = None, key: str = "briefing") -> None:
    """The meeting briefing (PPTX with native charts, or one self-contained HTML file) for exactly what the page
    shows: snapshot, base, language and filters. Built when clicked; no rerun on click."""
    from .. import gaps
    from ..briefing import deck as decks
    from ..briefing import export
    from . import data

    snap = ctx.catalog.get(ctx.snapshot)

    def make(fmt: str):
        def build() -> bytes:
            d = decks.build(data.query, ctx.day, base, ctx.lang, areas=tuple(areas), domains=tuple(domains),
                            source=(snap.source if snap else "") or "demo",
                            threshold_pct=gaps.DEFAULT_THRESHOLD_PCT if threshold is None else threshold)
            return export.briefing_bytes(d, fmt)
        return build

    stem = f"briefing_{ctx.snapshot}_vs_{base}_{ctx.lang}"
    left = right = st.container(horizontal=True, gap="small")
    left.download_button(ctx.t("compare.briefing_pptx"), make("pptx"), f"{stem}.pptx",
                         mime=export.MEDIA_TYPES["pptx"], key=f"{key}_pptx", icon=":material/slideshow:",
                         on_click="ignore")
    right.download_button(ctx.t("compare.briefing_html"), make("html"), f"{stem}.html",
                          mime=export.MEDIA_TYPES["html"], key=f"{key}_html", icon=":material/html:",
                          on_click="ignore")


def plotly(where, ctx: Context, fig, **kwargs):
    """`where.plotly_chart` with Plotly's own chrome in the language: mode-bar tooltips, dates and number formats
    (万/亿, not 200k), passed inline so no locale is fetched; a page's own config (e.g. a map's) is kept on top."""
    from . import chrome

    config = {**chrome.plotly_config(ctx.lang), **kwargs.pop("config", {})}
    # Cached figures come back as the same object: localise each once, not on every rerun that changed nothing.
    if getattr(fig, "_alliance_lang", None) != ctx.lang:
        chrome.localize_figure(fig, ctx.lang)
        fig._alliance_lang = ctx.lang
    return where.plotly_chart(fig, config=config, **kwargs)


def picked_area_note(where, ctx: Context, by_area, picked: str | None) -> None:
    """Under the by-area charts: which area the charts mark and the detail further down shows, with its headline
    figures and a link down to that detail, so a click on a bar or a city visibly answers where the user looks."""
    if picked is None:
        return
    row = by_area.set_index("area_id").loc[picked].to_dict()
    where.markdown(i18n.tn("area.picked_note", ctx.lang, int(row["institution_count"]),
                           area=md_escape(i18n.localized(row, "name", ctx.lang)),
                           items=fmt.integer(row["qualification_count"], ctx.lang)))
