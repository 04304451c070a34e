"""A slide's chart spec as a Plotly figure (for the meeting page and the HTML deck). No Streamlit here.

A line break inside a category label is "\\n" in the spec (the PPTX writes it as a real break); it becomes Plotly's
`<br>` only here, after the caller has escaped the data text, so a break is never shown as markup."""
from __future__ import annotations

import dataclasses
import textwrap

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .. import fmt
from ..charts import FONT, new_figure
from ..labels import em_width
from .deck import Chart

PALETTE = ("#8a94a6", "#1f5fa8", "#d95f02", "#1a9a8a", "#c51b7d")
INK = "#1b2633"


def _breaks(labels) -> list[str]:
    return [str(c).replace("\n", "<br>") for c in labels]


def _wrap_column(label: str) -> str:
    if "\n" in label:
        return label
    if label.isascii():
        return "\n".join(textwrap.wrap(label, 14)) or label
    half = (len(label) + 1) // 2
    return label if len(label) <= 6 else label[:half] + "\n" + label[half:]


def _wrap_bar(label: str) -> str:
    head, sep, tail = label.partition(" · ")
    return f"{head}\n{tail}" if sep else label


def on_screen(chart: Chart) -> Chart:
    """Long category labels wrap: under a column they would tilt or run into their neighbours ("Shenfu Reform and
    Innovation Demonstration Zone" takes a third of the plot at 1280 px); beside bars, "institution · lab" in
    English would leave the bars a sliver, so all of a chart's bar labels break at the dot once the longest passes
    30 em. The PPTX wraps its own labels."""
    if chart.kind == "column":
        wrapped = tuple(map(_wrap_column, chart.categories))
    elif chart.kind == "bar" and max(map(em_width, chart.categories), default=0) > 30:
        wrapped = tuple(map(_wrap_bar, chart.categories))
    else:
        return chart
    return dataclasses.replace(chart, categories=wrapped)


def chart_figure(chart: Chart, lang: str, height: int = 460, font_size: int = 18) -> go.Figure:
    chart = on_screen(chart)
    if chart.kind == "line" and chart.panels and len(chart.series) > 1:
        return _panels(chart, lang, height, font_size)
    fig = new_figure()
    cats = _breaks(chart.categories)
    two = len(chart.series) > 1 and chart.kind != "line"
    for i, s in enumerate(chart.series):
        colour = PALETTE[i] if two or chart.kind == "line" else PALETTE[1]
        text = [fmt.integer(v, lang) for v in s.values]
        if chart.kind == "line":
            fig.add_scatter(x=cats, y=list(s.values), name=s.name, mode="lines+markers",
                            line=dict(color=PALETTE[(i + 1) % len(PALETTE)], width=3),
                            hovertemplate="%{x}<br>%{y:,}<extra>" + s.name + "</extra>")
        elif chart.kind == "bar":
            fig.add_bar(y=cats, x=list(s.values), name=s.name, orientation="h", marker_color=colour,
                        text=text, textposition="outside", cliponaxis=False, textangle=0,
                        hovertemplate="%{y}<br>%{x:,}<extra>" + s.name + "</extra>")
        else:
            fig.add_bar(x=cats, y=list(s.values), name=s.name, marker_color=colour, text=text,
                        textposition="outside", cliponaxis=False, textangle=0,
                        hovertemplate="%{x}<br>%{y:,}<extra>" + s.name + "</extra>")
    value_axis = dict(title_text=chart.value_title, tickformat=",", rangemode="tozero")
    top = max((v for s in chart.series for v in s.values), default=0)
    if chart.kind == "bar":
        fig.update_xaxes(**value_axis)
        fig.update_yaxes(autorange="reversed", automargin=True)
        fig.update_xaxes(range=[0, top * 1.2 if top else 1])
    else:
        fig.update_yaxes(**value_axis)
        fig.update_xaxes(automargin=True, tickangle=0)
        if chart.kind == "column":  # room above the tallest bar for its label
            fig.update_yaxes(range=[0, top * 1.15 if top else 1])
    # Labels keep the slide's type size: a label that does not fit beside its bar is hidden, never shrunk.
    fig.update_layout(height=height, barmode="group", uniformtext=dict(minsize=font_size, mode="hide"),
                      font=dict(family=FONT, size=font_size, color=INK), hoverlabel=dict(font_family=FONT),
                      margin=dict(l=10, r=30, t=30, b=10), showlegend=len(chart.series) > 1,
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, traceorder="normal"))
    return fig


def _panels(chart: Chart, lang: str, height: int, font_size: int) -> go.Figure:
    """One line per panel, side by side, each with its own value axis and its name as the panel's title."""
    n = len(chart.series)
    fig = make_subplots(rows=1, cols=n, subplot_titles=[s.name for s in chart.series], horizontal_spacing=0.07)
    cats = _breaks(chart.categories)
    for i, s in enumerate(chart.series, start=1):
        colour = PALETTE[i % len(PALETTE)]
        fig.add_scatter(x=cats, y=list(s.values), name=s.name, mode="lines+markers", row=1, col=i,
                        line=dict(color=colour, width=3), marker=dict(size=9), showlegend=False,
                        hovertemplate="%{x}<br>%{y:,}<extra>" + s.name + "</extra>")
        top = max(s.values, default=0)
        fig.update_yaxes(row=1, col=i, tickformat=",", rangemode="tozero", range=[0, top * 1.15 if top else 1],
                         nticks=5, title_text=chart.value_title if i == 1 else None)
        fig.update_xaxes(row=1, col=i, tickangle=0, automargin=True)
    fig.update_annotations(font=dict(size=font_size + 2, family=FONT, color=INK))
    fig.update_layout(height=height, font=dict(family=FONT, size=font_size, color=INK),
                      hoverlabel=dict(font_family=FONT), margin=dict(l=10, r=20, t=50, b=10), showlegend=False)
    return fig
