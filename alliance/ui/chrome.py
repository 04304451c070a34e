"""What the browser shows around the figures: nothing fetched from another host, and Chinese all the way.

- `FAVICON`: the tab icon, a local SVG (Streamlit inlines it as a data: URL; a `:material/…:` icon would be fetched
  from Google's font CDN).
- `serving`: the lifespan app.py gives `st.App`. It runs once in the server process before the first visitor and
  switches off Streamlit's legacy `pages/` mode, so a deep link works as a fresh server's first request.
- `plotly_config(lang)`: the `config` for `st.plotly_chart`: Plotly's locale (mode bar, hover labels, month and day
  names, automatic date ticks), passed inline so nothing is loaded from a CDN.
- `localize_figure(fig, lang)`: value axes Plotly would label 200k or 1.5G read 20万 / 1.5亿 (zh-CN), 200k / 1.5 bn.
- `by_width(key)`: two containers, (wide, phone), for one thing in two forms; the stylesheet shows one of them by
  the screen's width (shell.APP_CSS), since the server never learns how wide the screen is.

No Streamlit at import time. Maps put no text on the map layer (labels are annotations; see charts._map_frame),
since text there makes MapLibre fetch glyphs from a font server.
"""
from __future__ import annotations

import contextlib
import math
import re
from pathlib import Path

from ..i18n import t

FAVICON = Path(__file__).parent.parent / "assets" / "favicon.svg"


@contextlib.asynccontextmanager
async def serving(_app):
    """st.App lifespan: before any session exists, tell Streamlit the app routes with st.navigation.

    Streamlit decides per process, when the first session starts, whether a `pages/` folder beside the entry script
    makes this a legacy multipage app; it only learns otherwise when st.navigation first runs. Until then the first
    session's first run goes through a legacy page list, which knows no `/gaps`, and the browser gets a "Page not
    found" notice before app.py has run at all. Nothing in a plain `streamlit run` runs earlier than that first
    session; the lifespan does.
    """
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    yield None


def by_width(key: str):
    """(wide, phone): containers keyed wide_only_<key> and phone_only_<key>. Both are drawn and sent; APP_CSS hides
    the phone one above 640 px (820 px for the gap matrix) and the wide one at or below it. CSS rather than a
    toggle: a phone shows its form at first load, a turned tablet switches by itself, and a desktop page's output
    is what it was."""
    import streamlit as st

    return st.container(key=f"wide_only_{key}"), st.container(key=f"phone_only_{key}")


def tab_title(page_title: str, lang: str) -> str:
    return t("chrome.tab_title", lang, page=page_title)


# Plotly's English source strings (plotly.js `_(gd, "…")` calls) -> our catalog keys (chrome.plotly.<key>).
PLOTLY_TEXT = {
    "Download plot as a PNG": "download_png", "Download plot": "download", "Download plot as JSON": "download_json",
    "Preparing image - this may take a few seconds": "preparing_image", "Image download succeeded": "image_done",
    "Sorry, there was a problem downloading your image!": "image_failed", "JSON download succeeded": "json_done",
    "Sorry, there was a problem downloading your JSON file!": "json_failed", "Zoom": "zoom", "Pan": "pan",
    "Box Select": "box_select", "Lasso Select": "lasso_select", "Zoom in": "zoom_in", "Zoom out": "zoom_out",
    "Autoscale": "autoscale", "Reset axes": "reset_axes", "Reset view": "reset_view", "Reset views": "reset_view",
    "Reset": "reset", "Show closest data on hover": "hover_closest", "Compare data on hover": "hover_compare",
    "Toggle show closest data on hover": "hover_toggle", "Toggle Spike Lines": "spikelines",
    "Draw line": "draw_line", "Draw open freeform": "draw_open", "Draw closed freeform": "draw_closed",
    "Draw circle": "draw_circle", "Draw rectangle": "draw_rect", "Erase active shape": "erase_shape",
    "Orbital rotation": "orbit", "Turntable rotation": "turntable", "Reset camera to default": "camera_default",
    "Reset camera to last save": "camera_saved", "Produced with Plotly.js": "produced_with",
    "Double-click to zoom back out": "double_click_zoom", "Double-click on legend to isolate one trace": "isolate",
    "trace": "trace", "lat:": "lat", "lon:": "lon", "source:": "source", "target:": "target",
    "incoming flow count:": "incoming", "outgoing flow count:": "outgoing", "max:": "max", "min:": "min",
    "mean:": "mean", "median:": "median", "q1:": "q1", "q3:": "q3", "lower fence:": "lower_fence",
    "upper fence:": "upper_fence", "mean ± σ:": "mean_sd", "open:": "open", "high:": "high", "low:": "low",
    "close:": "close", "kde:": "kde", "concentration:": "concentration", "new text": "new_text",
}

# d3 locale plus Plotly's automatic date-tick formats (year, month, dayMonth, dayMonthYear).
PLOTLY_FORMAT = {
    "zh-CN": {
        "days": ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
        "shortDays": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
        "months": ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
        "shortMonths": [f"{m}月" for m in range(1, 13)],
        "periods": ["上午", "下午"], "decimal": ".", "thousands": ",", "grouping": [3], "currency": ["¥", ""],
        "dateTime": "%Y年%-m月%-d日 %X", "date": "%Y-%m-%d", "time": "%H:%M:%S",
        "year": "%Y年", "month": "%Y年%-m月", "dayMonth": "%-m月%-d日", "dayMonthYear": "%Y年%-m月%-d日",
    },
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["CNY ", ""]},
}
PLOTLY_LOCALE = {"zh-CN": "zh-CN", "en": "en"}


def plotly_config(lang: str) -> dict:
    """`st.plotly_chart(fig, config=chrome.plotly_config(ctx.lang))`: the mode bar and Plotly's own labels in the
    language. The locale travels inside the config (Plotly reads `config.locales` before its registry), so no
    locale script is fetched. Streamlit's own "Fullscreen" mode-bar button keeps its English title."""
    name = PLOTLY_LOCALE.get(lang, "en")
    dictionary = {source: t(f"chrome.plotly.{key}", lang) for source, key in PLOTLY_TEXT.items()}
    return {"locale": name, "locales": {name: {"dictionary": dictionary, "format": PLOTLY_FORMAT[name]}},
            "displaylogo": False, "modeBarButtonsToRemove": list(MODE_BAR_REMOVED)}


# Zooming and panning a bar chart by buttons is for exploring, not for reading a ranking; each button was a Tab stop
# (eight per chart: By area's table downloads sat 59 presses away). The PNG download and full screen stay; a map keeps
# its zoom buttons, and dragging still pans.
MODE_BAR_REMOVED = ("zoom2d", "pan2d", "select2d", "lasso2d", "zoomIn2d", "zoomOut2d", "autoScale2d", "resetScale2d")


# Axis ticks -------------------------------------------------------------------------------------------------------

def _trim(x: float, digits: int) -> str:
    text = f"{x:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def short_number(v: float, lang: str, scale: float | None = None) -> str:
    """20万 / 1.5亿 in zh-CN, 200k / 1.5 m / 1.5 bn in English; `scale` fixes the unit for a whole axis."""
    units = [(1e8, "亿"), (1e4, "万")] if lang == "zh-CN" else [(1e9, " bn"), (1e6, " m"), (1e3, "k")]
    top = scale if scale is not None else abs(v)
    for size, unit in units:
        if top >= size:
            return "0" if v == 0 else f"{_trim(v / size, 2)}{unit}"
    return _trim(v, 2)


def _numbers(values) -> list[float]:
    out = []
    for v in values if values is not None else ():
        try:
            f = float(v)
        except (TypeError, ValueError):
            return []  # a category or date axis, not a value axis
        if not math.isnan(f):
            out.append(f)
    return out


def _span(fig, axis_name: str) -> tuple[float, float] | None:
    """The data range shown on one cartesian axis: its fixed range, or the traces on it (stacked bars summed)."""
    axis = fig.layout[axis_name]
    if axis.range is not None and len(_numbers(axis.range)) == 2:
        lo, hi = _numbers(axis.range)
        return min(lo, hi), max(lo, hi)
    letter, ref = axis_name[0], axis_name[0] + axis_name[5:]
    stacked = fig.layout.barmode in ("stack", "relative")
    points: list[float] = []
    stacks: dict = {}
    for trace in fig.data:
        if getattr(trace, f"{letter}axis", None) not in (None, ref) or trace.type not in (
                "bar", "scatter", "scattergl", "waterfall", "histogram", "box"):
            continue
        horizontal = getattr(trace, "orientation", None) == "h"
        values_letter = "x" if horizontal else "y"
        if letter != values_letter:
            continue
        values = _numbers(getattr(trace, values_letter))
        if trace.type == "waterfall":
            values = [sum(values[:i + 1]) for i in range(len(values))]
        if stacked and trace.type == "bar":
            cats = getattr(trace, "y" if horizontal else "x")
            for cat, v in zip(cats if cats is not None else range(len(values)), values):
                pos, neg = stacks.get(cat, (0.0, 0.0))
                stacks[cat] = (pos + max(v, 0), neg + min(v, 0))
        else:
            points += values
    points += [p for pair in stacks.values() for p in pair]
    if not points:
        return None
    return min(0.0, min(points)), max(0.0, max(points))


def _nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.ceil(lo / step) * step
    return [start + i * step for i in range(int((hi - start) / step + 1e-9) + 1)]


def localize_figure(fig, lang: str):
    """Value axes Plotly would label with SI prefixes get ticks in the language's units: 20万 / 1.5亿 in zh-CN,
    200k / 1.5 bn in English (Plotly writes 1.5G). That is an axis with an SI tickformat (`~s`), or in zh-CN any
    linear axis left to Plotly's default format that reaches ten thousand. Axes with a format such as "," keep
    every digit. Works in place (apply once where the figure is built; it is idempotent) and returns the figure."""
    names = {"xaxis", "yaxis"} | {k for k in fig.layout.to_plotly_json() if re.fullmatch(r"[xy]axis\d*", k)}
    for axis_name in sorted(names):
        axis = fig.layout[axis_name]
        if axis.type not in (None, "-", "linear") or axis.tickmode == "array":
            continue
        form = axis.tickformat or ""
        if not ("s" in form or (lang == "zh-CN" and not form)):
            continue
        span = _span(fig, axis_name)
        if span is None or max(abs(span[0]), abs(span[1])) < 1e4:
            continue
        ticks = _nice_ticks(*span)
        scale = max(abs(v) for v in ticks)
        fig.layout[axis_name].update(tickmode="array", tickvals=ticks,
                                     ticktext=[short_number(v, lang, scale) for v in ticks])
    return fig
