"""The deck as one self-contained HTML file: each slide a 16:9 <section>, printable one slide per page.

Plotly's JavaScript is inlined once in the head and every chart drawn from it (figures.chart_figure, the same figure
as the meeting page), so the file opens offline and loads nothing from any host: no CDN, no web fonts (a system
font stack with Noto Sans CJK SC), no links. Every data text is escaped with html.escape.
"""
from __future__ import annotations

import html
import json
import math
import re
from functools import cache

import pandas as pd
import plotly.io as pio
import plotly.offline

from .. import fmt
from ..i18n import t
from ..plot_text import escaped
from .deck import Deck, Slide
from .figures import chart_figure

FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"Noto Sans", Arial, sans-serif')
# Content box of a slide, in CSS pixels (96 per inch): 13.333 in × 7.5 in, title and caption above, footer below.
CHART_H, CHART_H_WITH_CARDS = 500, 250
CONFIG = {"displaylogo": False, "responsive": True}

# plotly.js ships no zh-CN locale in the Python package (package_data holds only plotly.min.js) and Streamlit's
# bundle carries only en/en-US, so the locale is registered here: the modebar's tooltips and the number and date
# formats (decimal point, thousands comma, Chinese months and dates).
ZH_CN_LOCALE = {
    "moduleType": "locale",
    "name": "zh-CN",
    "dictionary": {
        "Autoscale": "自动缩放", "Box Select": "框选", "Lasso Select": "套索选择", "Pan": "平移", "Zoom": "缩放",
        "Zoom in": "放大", "Zoom out": "缩小", "Reset axes": "重置坐标轴", "Reset view": "重置视图",
        "Reset views": "重置视图", "Download plot as a png": "下载为 PNG 图片", "Download plot": "下载图表",
        "Toggle Spike Lines": "显示或隐藏辅助线", "Show closest data on hover": "悬停时显示最近的数据",
        "Compare data on hover": "悬停时比较数据", "Toggle show closest data on hover": "切换悬停时显示最近的数据",
        "Double-click on legend to isolate one trace": "双击图例只显示该系列",
        "Double-click to zoom back out": "双击还原", "Snapshot succeeded": "图片已生成",
        "Taking snapshot - this may take a few seconds": "正在生成图片，请稍候",
        "Sorry, there was a problem downloading your snapshot!": "抱歉，图片下载失败。",
        "trace": "系列",
    },
    "format": {
        "days": ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
        "shortDays": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
        "months": ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
        "shortMonths": ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
        "date": "%Y-%m-%d", "decimal": ".", "thousands": ",", "grouping": [3], "currency": ["¥", ""],
        "year": "%Y年", "month": "%Y年%-m月", "dayMonth": "%-m月%-d日", "dayMonthYear": "%Y年%-m月%-d日",
    },
}

# plotly.min.js carries a few URL literals (its logo link, map-tile attributions) written as `href="https://…"`;
# none is used here (no logo, no maps), but written that way they read like links. `\/` is `/` in every JS string,
# template literal and regular expression, so escaping the slashes leaves the script's meaning unchanged.
_URL_ATTR = re.compile(r"""(\b(?:src|href)\s*=\s*\\?["'`]?\s*(?:https?:)?)//""", re.IGNORECASE)


@cache
def plotly_js() -> str:
    js = plotly.offline.get_plotlyjs()
    return _URL_ATTR.sub(lambda m: m.group(1) + r"\/\/", js)


CSS = """
@page { size: 13.333in 7.5in; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #e9edf2; color: #1b2633; font-family: %(font)s; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.slide { position: relative; width: 13.333in; height: 7.5in; margin: 0.3in auto; padding: 0 0.5in;
  overflow: hidden; background: #fff; border-top: 0.1in solid #1f5fa8; box-shadow: 0 1px 4px rgba(0,0,0,.18);
  break-after: page; page-break-after: always; break-inside: avoid; }
section.slide:last-of-type { break-after: auto; page-break-after: auto; }
@media print {
  html, body { background: #fff; }
  section.slide { margin: 0; box-shadow: none; }
}
p.kicker { margin: 0; padding-top: 0.12in; height: 0.42in; font-size: 16pt; line-height: 0.3in; font-weight: 700;
  color: #1f5fa8; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
h1 { margin: 0; height: 0.96in; font-size: 26pt; line-height: 1.2; font-weight: 700; display: flex;
  align-items: center; overflow: hidden; }
p.caption { margin: 0; height: 0.5in; font-size: 16pt; line-height: 1.25; color: #5b6573; overflow: hidden; }
.content { position: absolute; top: 1.98in; bottom: 0.58in; left: 0.5in; right: 0.5in; display: flex;
  flex-direction: column; gap: 0.18in; }
section.bare .content { top: 1.5in; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 5.4in); gap: 0.3in; align-items: start; }
.chart { min-width: 0; }
.row .chart { grid-column: 1; grid-row: 1; }
.row .side { grid-column: 2; grid-row: 1; padding-top: 0.4in; }
.row .side table { width: 100%; }
.row .side th { font-size: 14pt; }
footer { position: absolute; left: 0.5in; right: 0.5in; bottom: 0; height: 0.45in; border-top: 1px solid #d5dae1;
  display: flex; justify-content: space-between; align-items: center; font-size: 10pt; color: #5b6573; gap: 0.3in; }
footer span:first-child { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
footer span:last-child { white-space: nowrap; }
ul.bullets { margin: 0; padding-left: 0.32in; font-size: 22pt; line-height: 1.3; }
ul.bullets li { margin-bottom: 0.12in; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 0.18in; }
.card { background: #f3f5f8; padding: 0.05in 0.12in; height: 1.02in; overflow: hidden; }
.card .label { font-size: 14pt; color: #5b6573; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.card .value { font-size: 26pt; font-weight: 700; line-height: 1.15; white-space: nowrap; }
.card .delta { font-size: 14pt; font-weight: 700; color: #5b6573; }
.card .delta.up { color: #1a7f37; } .card .delta.down { color: #b42318; }
table { border-collapse: collapse; font-size: 13pt; margin: 0 auto; }
.side table, .cards + table { font-size: 14pt; }
th { background: #1f5fa8; color: #fff; text-align: left; font-weight: 700; }
th, td { padding: 0.04in 0.08in; border: 1px solid #fff; vertical-align: middle; }
tbody tr:nth-child(even) td { background: #f3f5f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
section.title .org { margin-top: 1.0in; padding-left: 0.35in; border-left: 0.12in solid #1f5fa8; }
section.title .org p { margin: 0; font-size: 22pt; color: #5b6573; line-height: 0.6in; }
section.title .org h1 { padding-top: 0.05in; height: 1.2in; font-size: 36pt; line-height: 1.1in; }
section.title ul.facts { list-style: none; margin: 0.4in 0 0 0; padding-left: 0.47in; font-size: 20pt;
  line-height: 1.5; }
section.title .provenance { position: absolute; left: 0.5in; right: 0.5in; top: 5.75in; background: #f3f5f8;
  padding: 0.2in; font-size: 16pt; color: #5b6573; }
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _cell(v) -> tuple[str, bool]:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—", False
    if isinstance(v, bool):
        return str(v), False
    if isinstance(v, int) or type(v).__name__.startswith("int"):
        return f"{int(v):,}", True
    if isinstance(v, float):
        return f"{v:,.1f}", True
    return str(v), bool(re.match(r"^[+\-−±]?(CNY )?[\d,.]+( ?\S{0,3})?$", str(v)))


def table_html(df: pd.DataFrame) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in df.columns)
    rows = []
    for r in df.itertuples(index=False):
        cells = []
        for j, v in enumerate(r):
            text, numeric = _cell(v)
            cells.append(f'<td class="num">{_e(text)}</td>' if numeric and j else f"<td>{_e(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _chart_html(s: Slide, lang: str, height: int) -> str:
    fig = chart_figure(escaped(s.chart), lang, height=height, font_size=16)
    config = dict(CONFIG, locale="zh-CN") if lang == "zh-CN" else dict(CONFIG)
    return pio.to_html(fig, include_plotlyjs=False, full_html=False, config=config, div_id=f"chart-{s.key}",
                       default_width="100%", default_height=f"{height}px", validate=False)


def _title_section(deck: Deck, s: Slide) -> str:
    org = s.bullets[0] if s.bullets else ""
    facts = s.bullets[1:-1] if len(s.bullets) > 2 else s.bullets[1:]
    source = s.bullets[-1] if len(s.bullets) > 2 else ""
    items = "".join(f"<li>{_e(b)}</li>" for b in facts)
    prov = f'<div class="provenance">{_e(source)}</div>' if source else ""
    return (f'<div class="org"><p>{_e(org)}</p><h1>{_e(s.title)}</h1></div>'
            f'<ul class="facts">{items}</ul>{prov}')


def _cards(s: Slide) -> str:
    out = []
    for m in s.metrics:
        cls = "up" if m.delta.startswith("+") else "down" if m.delta.startswith(("−", "-")) else ""
        out.append(f'<div class="card"><div class="label">{_e(m.label)}</div><div class="value">{_e(m.value)}</div>'
                   f'<div class="delta {cls}">{_e(m.delta)}</div></div>')
    return f'<div class="cards">{"".join(out)}</div>'


def _body_section(deck: Deck, s: Slide, n: int, total: int) -> str:
    parts = [f'<p class="kicker">{_e(s.kicker)}</p>', f"<h1>{_e(s.title)}</h1>"]
    if s.caption:
        parts.append(f'<p class="caption">{_e(s.caption)}</p>')
    content = []
    if s.metrics:
        content.append(_cards(s))
    if s.chart is not None and s.table is not None:
        # The table comes first in the document so it is laid out before Plotly measures the chart's width.
        content.append(f'<div class="row"><div class="side">{table_html(s.table)}</div>'
                       f'<div class="chart">{_chart_html(s, deck.lang, CHART_H)}</div></div>')
    elif s.chart is not None:
        height = CHART_H_WITH_CARDS if s.metrics else CHART_H
        content.append(f'<div class="chart">{_chart_html(s, deck.lang, height)}</div>')
    elif s.table is not None and len(s.table):
        content.append(table_html(s.table))
    if s.bullets:
        content.append('<ul class="bullets">' + "".join(f"<li>{_e(b)}</li>" for b in s.bullets) + "</ul>")
    parts.append(f'<div class="content">{"".join(content)}</div>')
    left = " · ".join((t("app.title", deck.lang), t("deck.as_of", deck.lang, date=fmt.date(deck.snapshot, deck.lang)),
                       t(f"briefing.source_short.{deck.source or 'demo'}", deck.lang)))
    parts.append(f"<footer><span>{_e(left)}</span><span>{_e(t('deck.slide_of', deck.lang, n=n, total=total))}"
                 "</span></footer>")
    return "".join(parts)


def html_text(deck: Deck) -> str:
    total = len(deck.slides)
    sections = []
    for n, s in enumerate(deck.slides, start=1):
        body = _title_section(deck, s) if s.key == "title" else _body_section(deck, s, n, total)
        cls = "slide title" if s.key == "title" else "slide" if s.caption else "slide bare"
        sections.append(f'<section class="{cls}" id="slide-{n}" data-key="{_e(s.key)}" '
                        f'aria-label="{_e(s.title)}">{body}</section>')
    locale = ""
    if deck.lang == "zh-CN":
        locale = f"<script>Plotly.register({json.dumps(ZH_CN_LOCALE, ensure_ascii=False)});</script>"
    title = f"{t('deck.title', deck.lang)} · {fmt.date(deck.snapshot, deck.lang)}"
    return ("<!DOCTYPE html>\n"
            f'<html lang="{_e(deck.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{_e(deck.file_stem)}">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS.replace('%(font)s', FONT_STACK)}</style>\n"
            f"<script>{plotly_js()}</script>\n{locale}\n</head>\n<body>\n"
            + "\n".join(sections) + "\n</body>\n</html>\n")


def html_bytes(deck: Deck) -> bytes:
    return html_text(deck).encode("utf-8")
