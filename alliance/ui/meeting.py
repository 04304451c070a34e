"""The meeting view's Streamlit side: which deck and slide to show (all held in the URL like the other pages' state),
the slide drawn in large type to fit one screen, previous/next, and the page's own CSS. The slides are
`briefing.deck`'s; nothing here computes a figure."""
from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from .. import gaps
from ..briefing import deck, figures
from ..i18n import tn
from . import data, shell

# Page-scoped and static: it lives in this page's element tree, so other pages keep their sidebar. Never data.
CSS = """
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1rem 2.5rem 1rem; max-width: none; height: 100vh;
  display: flex; flex-direction: column; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"],
[data-testid="stLayoutWrapper"]:has(> .st-key-meeting_slide),
[data-testid="stLayoutWrapper"]:has(> .st-key-meeting_fill) { flex: 1 1 0; min-height: 0; }
[data-testid="stLayoutWrapper"]:has(> .st-key-meeting_fill) { min-height: 240px; }
.st-key-meeting_fill [data-testid="stElementContainer"]:has(.stPlotlyChart),
.st-key-meeting_fill [data-testid="stElementContainer"]:only-child { flex: 1 1 0; min-height: 0; }
[data-testid="stLayoutWrapper"]:has(> .st-key-meeting_cover) { flex: 1 1 0; }
.st-key-meeting_fill { align-items: stretch; }
[data-testid="stLayoutWrapper"]:has(> .st-key-meeting_chart_side) { flex: 1 1 0; min-width: 0; }
.st-key-meeting_chart_side { height: 100%; }
.st-key-meeting_chart_side [data-testid="stElementContainer"]:has(.stPlotlyChart) { flex: 1 1 0; min-height: 0; }
.st-key-meeting_table_side { padding-top: 2.5rem; }
.st-key-meeting_cover { justify-content: center; padding-bottom: 12vh; }
.st-key-meeting_top h1 { font-size: 34px; line-height: 1.22; padding: 0; margin: 0; }
.st-key-meeting_top [data-testid="stMarkdownContainer"] p { font-size: 20px; white-space: nowrap; }
.st-key-meeting_kicker p { color: #5b6573; font-weight: 600; }
[data-testid="stMainBlockContainer"] button p, .st-key-meeting_top a span { font-size: 18px; }
.st-key-meeting_first, .st-key-meeting_last { display: none !important; }
.st-key-meeting_slide [data-testid="stTable"] th, .st-key-meeting_slide [data-testid="stTable"] td {
  font-size: 20px; line-height: 1.35; padding: 0.35rem 0.75rem; }
.st-key-meeting_slide [data-testid="stTable"] th { color: #1b2633; font-weight: 700; }
.st-key-meeting_slide [data-testid="stCaptionContainer"] p { font-size: 20px; }
.st-key-meeting_slide [data-testid="stHeading"] h2 { font-size: 32px; padding: 0.5rem 0 0; }
.st-key-meeting_text li, .st-key-meeting_text p { font-size: 26px; line-height: 1.45; }
.st-key-meeting_text li { margin-bottom: 0.35rem; }
.st-key-meeting_slide [data-testid="stMetricLabel"] p { font-size: 20px; }
.st-key-meeting_slide [data-testid="stMetricValue"] { font-size: 46px; line-height: 1.25; }
.st-key-meeting_slide [data-testid="stMetricDelta"] { font-size: 22px; }
@media (max-width: 640px) {  /* a phone: the slide scrolls in smaller type rather than squeezing into one screen */
  [data-testid="stMainBlockContainer"] { padding: 1rem 1rem 2rem; height: auto; }
  [data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"],
  [data-testid="stLayoutWrapper"]:has(> .st-key-meeting_slide),
  [data-testid="stLayoutWrapper"]:has(> .st-key-meeting_cover) { flex: none; }
  [data-testid="stLayoutWrapper"]:has(> .st-key-meeting_fill) { flex: none; height: 380px; }
  .st-key-meeting_fill { flex-wrap: wrap; }
  .st-key-meeting_table_side { padding-top: 0; }
  .st-key-meeting_top h1 { font-size: 24px; }
  .st-key-meeting_top [data-testid="stMarkdownContainer"] p { font-size: 16px; }
  [data-testid="stMainBlockContainer"] button p, .st-key-meeting_top a span { font-size: 16px; }
  .st-key-meeting_slide [data-testid="stHeading"] h2 { font-size: 24px; }
  .st-key-meeting_text li, .st-key-meeting_text p { font-size: 18px; }
  .st-key-meeting_slide [data-testid="stTable"] th, .st-key-meeting_slide [data-testid="stTable"] td,
  .st-key-meeting_slide [data-testid="stCaptionContainer"] p, .st-key-meeting_slide [data-testid="stMetricLabel"] p {
    font-size: 15px; }
  .st-key-meeting_slide [data-testid="stMetricValue"] { font-size: 28px; }
  .st-key-meeting_slide [data-testid="stMetricDelta"] { font-size: 15px; }
}
@media (min-width: 1800px) and (min-height: 1000px) {
  .st-key-meeting_top h1 { font-size: 48px; }
  .st-key-meeting_top [data-testid="stMarkdownContainer"] p { font-size: 26px; }
  [data-testid="stMainBlockContainer"] button p, .st-key-meeting_top a span { font-size: 22px; }
  .st-key-meeting_slide [data-testid="stTable"] th,
  .st-key-meeting_slide [data-testid="stTable"] td { font-size: 26px; }
  .st-key-meeting_slide [data-testid="stCaptionContainer"] p { font-size: 26px; }
  .st-key-meeting_slide [data-testid="stHeading"] h2 { font-size: 42px; }
  .st-key-meeting_text li, .st-key-meeting_text p { font-size: 34px; }
  .st-key-meeting_slide [data-testid="stMetricLabel"] p { font-size: 26px; }
  .st-key-meeting_slide [data-testid="stMetricValue"] { font-size: 64px; }
  .st-key-meeting_slide [data-testid="stMetricDelta"] { font-size: 28px; }
}
"""
# The chart stretches over the rest of the screen (CSS above); this is the figure's own height before it does, and
# what a table under a chart is measured against (at 1280 x 720, about 540 px are left under the title row).
CHART_HEIGHT = 540
FONT_SIZE = 18
MAX_TABLE_BULLETS = 6  # a short table (the milestones) reads better as lines of large type
MAX_TABLE_ROWS = 7  # what fits under a two-line title at 1280 x 720 in 20 px type; the rest is counted, not cut
CLICKER = (Path(__file__).parent.parent / "assets" / "clicker.js").read_text(encoding="utf-8")


def style() -> None:
    st.html(f"<style>{CSS}</style>")


def phone_notice(ctx: shell.Context) -> None:
    """On a phone (shown by APP_CSS at 640 px or less) a polite line that this view and the briefing are made for a
    projector or a computer; the slides still work under it."""
    with st.container(key="phone_only_meeting"):
        st.info(ctx.t("meeting.phone_notice"), icon=":material/smartphone:")


def _held(label: str, key: str, **_) -> object:
    """A value `shell.bound` keeps in the URL and session without drawing a widget (this page shows none)."""
    return st.session_state[key]


def _clamped(total: int):
    def held(label: str, key: str, **_) -> int:
        st.session_state[key] = min(max(int(st.session_state[key]), 1), total)
        return st.session_state[key]
    return held


def _slide_number(raw: str) -> int | None:
    return int(raw) if raw.strip().isdigit() else None


@st.cache_resource(max_entries=16, show_spinner=False)
def _deck(version: str, snapshot: str, base: str, lang: str, areas: tuple, domains: tuple, threshold: int,
          source: str, _fetch) -> deck.Deck:
    """Built once per input, so paging through the slides is instant; the version refreshes it on republishing."""
    return deck.build(_fetch, snapshot, base, lang, areas=areas, domains=domains, source=source,
                      threshold_pct=threshold)


def _title_only(ctx: shell.Context, names: dict, areas: tuple, domains: tuple, source: str) -> deck.Slide:
    """The title slide alone, for the oldest snapshot, which has nothing before it to compare with."""
    return deck.Slide("title", ctx.t("deck.title"), bullets=[
        ctx.t("app.title"), ctx.t("deck.as_of", date=ctx.date(ctx.snapshot)),
        deck.filters_text(names, areas, domains, ctx.lang), ctx.t(f"deck.source.{source}")])


def slides(ctx: shell.Context) -> tuple[list[deck.Slide], bool]:
    """This snapshot's slides for the base and filters the other pages keep, and whether there is a base at all."""
    options = data.query("filter_options", snapshot=ctx.day)
    names = shell.option_names(options, ctx.lang)
    chosen = {}
    for key in ("areas", "domains"):
        ids = list(names.get(key, {}))
        shell.bound(_held, key, [], shell.parse_choices(ids), key, options=ids)
        chosen[key] = tuple(v for v in st.session_state[key] if v in ids)
    threshold = shell.bound(_held, "gap", gaps.DEFAULT_THRESHOLD_PCT, shell.parse_int(0, 200), "gap")
    snap = ctx.catalog.get(ctx.snapshot)
    source = "demo" if snap is not None and snap.source == "demo" else "ingest"
    earlier = [d for d in reversed(ctx.catalog.dates) if d < ctx.snapshot]
    if not earlier:
        return [_title_only(ctx, names, chosen["areas"], chosen["domains"], source)], False
    base = shell.bound(_held, "base", ctx.previous, shell.parse_choice(earlier), "base", options=earlier)
    built = _deck(ctx.catalog.version, ctx.snapshot, base, ctx.lang, chosen["areas"], chosen["domains"],
                  int(threshold), source, data.query)
    return built.slides, True


def current(total: int) -> int:
    """The 1-based slide number in the URL (`?slide=N`): bad values give 1, too large the last."""
    return shell.bound(_clamped(total), "slide", 1, _slide_number, "slide")


def _go(number: int) -> None:
    st.session_state["slide"] = number


def top(ctx: shell.Context, slide: deck.Slide, number: int, total: int) -> None:
    """The topic and the controls on one row, the slide's message under them across the screen. A clicker's keys
    (clicker.js) press these buttons; first and last are pressed only by Home and End."""
    with st.container(key="meeting_top"):
        left, right = st.columns([3, 4], vertical_alignment="center")
        with left.container(key="meeting_kicker"):
            st.markdown(shell.md_escape(slide.kicker or ctx.t("app.title")))
        with right.container(horizontal=True, horizontal_alignment="right", vertical_alignment="center"):
            st.markdown(shell.md_escape(ctx.t("deck.slide_of", n=number, total=total)))
            st.button(ctx.t("meeting.prev"), key="meeting_prev", icon=":material/chevron_left:",
                      disabled=number <= 1, on_click=_go, args=(number - 1,), help=ctx.t("meeting.keys"))
            st.button(ctx.t("meeting.next"), key="meeting_next", icon=":material/chevron_right:",
                      disabled=number >= total, on_click=_go, args=(number + 1,), help=ctx.t("meeting.keys"),
                      type="primary")
            st.button(ctx.t("meeting.first"), key="meeting_first", on_click=_go, args=(1,))
            st.button(ctx.t("meeting.last"), key="meeting_last", on_click=_go, args=(total,))
            st.page_link("pages/compare.py", label=ctx.t("meeting.exit"), icon=":material/close:")
        st.title(shell.md_escape(slide.title), anchor=False)
    st.html(f'<div hidden data-meeting-blank="{html.escape(ctx.t("meeting.blank"))}"></div>'
            f"<script>{CLICKER}</script>", unsafe_allow_javascript=True)


def _bullets(lines: list[str]) -> None:
    with st.container(key="meeting_text"):
        st.markdown("\n".join(f"- {shell.md_escape(line)}" for line in lines))


def _metrics(metrics: list[deck.Metric], per_row: int = 4) -> None:
    for start in range(0, len(metrics), per_row):
        cols = st.columns(per_row)
        for col, m in zip(cols, metrics[start:start + per_row]):
            # The deck writes a fall as "−" (U+2212) and no change as "±0"; Streamlit only knows a leading "-".
            down, flat = m.delta.startswith(("−", "-")), m.delta.startswith("±")
            col.metric(m.label, m.value, m.delta, border=True,
                       delta_color="off" if flat else "red" if down else "green",
                       delta_arrow="off" if flat else "down" if down else "up")


def _chart(ctx: shell.Context, slide: deck.Slide, height: int) -> None:
    # theme=None: the figure's own 18 px type, not Streamlit's smaller chart theme; the height stretches to the screen.
    shell.plotly(st, ctx, data.figure(figures.chart_figure, slide.chart, ctx.lang, height, FONT_SIZE),
                    key=f"meeting_chart_{slide.key}", config={"displaylogo": False}, width="stretch",
                    height="stretch", theme=None)


def _table(ctx: shell.Context, df) -> None:
    """A slide's table in the slide's type (a static table, not the grid, whose 14 px cells a room cannot read);
    a long one shows its latest rows and says how many more there are."""
    more = len(df) - MAX_TABLE_ROWS
    shown = df.tail(MAX_TABLE_ROWS) if more > 0 else df
    st.table(shown.map(lambda v: f"{v:,}" if isinstance(v, int) else v), hide_index=True)
    if more > 0:
        st.caption(shell.md_escape(tn("meeting.more_rows", ctx.lang, more)))


def draw(ctx: shell.Context, slide: deck.Slide) -> None:
    """One slide under its title: caption, then bullets, figures, chart or table, sized to the screen."""
    table = slide.table if slide.table is not None and len(slide.table) else None
    with st.container(key="meeting_slide"):
        if slide.caption:
            st.caption(shell.md_escape(slide.caption))
        if slide.key == "title":
            with st.container(key="meeting_cover"):
                st.header(shell.md_escape(slide.bullets[0]), anchor=False)
                _bullets(slide.bullets[1:])
            return
        if slide.bullets:
            _bullets(slide.bullets)
        if slide.metrics:  # the headline table repeats the cards with the base; on screen the cards say it
            _metrics(slide.metrics)
        elif table is not None and slide.chart is None and len(table) <= MAX_TABLE_BULLETS:
            _bullets([" · ".join(map(str, row)) for row in table.itertuples(index=False)])
        elif slide.chart is not None and table is not None:  # the table beside the chart, as on the PPTX slide
            with st.container(key="meeting_fill", horizontal=True):
                with st.container(key="meeting_chart_side"):
                    _chart(ctx, slide, CHART_HEIGHT)
                with st.container(key="meeting_table_side", width=460):
                    _table(ctx, table)
        elif slide.chart is not None:
            with st.container(key="meeting_fill"):  # takes the rest of the screen; the chart stretches into it
                _chart(ctx, slide, CHART_HEIGHT)
        elif table is not None:
            _table(ctx, table)


def downloads(ctx: shell.Context) -> None:
    """On the title slide: the same slides to hand out, as PPTX (editable charts) or one HTML file."""
    state = st.session_state
    shell.briefing_downloads(ctx, state["base"], tuple(state.get("areas") or ()), tuple(state.get("domains") or ()),
                             state.get("gap"), key="meeting_briefing")
