"""A slide's chart spec as a Plotly figure (for the meeting page and the HTML deck). No Streamlit here."""
from __future__ import annotations

import plotly.graph_objects as go

from .. import fmt
from ..charts import FONT
from .deck import Chart

PALETTE = ("#8a94a6", "#1f5fa8", "#d95f02", "#1a9a8a", "#c51b7d")


def chart_figure(chart: Chart, lang: str, height: int = 460, font_size: int = 18) -> go.Figure:
    fig = go.Figure()
    two = len(chart.series) > 1 and chart.kind != "line"
    for i, s in enumerate(chart.series):
        colour = PALETTE[i] if two or chart.kind == "line" else PALETTE[1]
        text = [fmt.integer(v, lang) for v in s.values]
        if chart.kind == "line":
            fig.add_scatter(x=list(chart.categories), y=list(s.values), name=s.name, mode="lines+markers",
                            line=dict(color=PALETTE[(i + 1) % len(PALETTE)], width=3),
                            hovertemplate="%{x}<br>%{y:,}<extra>" + s.name + "</extra>")
        elif chart.kind == "bar":
            fig.add_bar(y=list(chart.categories), x=list(s.values), name=s.name, orientation="h", marker_color=colour,
                        text=text, textposition="outside", cliponaxis=False,
                        hovertemplate="%{y}<br>%{x:,}<extra>" + s.name + "</extra>")
        else:
            fig.add_bar(x=list(chart.categories), y=list(s.values), name=s.name, marker_color=colour, text=text,
                        textposition="outside", cliponaxis=False,
                        hovertemplate="%{x}<br>%{y:,}<extra>" + s.name + "</extra>")
    value_axis = dict(title_text=chart.value_title, tickformat=",", rangemode="tozero")
    if chart.kind == "bar":
        fig.update_xaxes(**value_axis)
        fig.update_yaxes(autorange="reversed", automargin=True)
        top = max((v for s in chart.series for v in s.values), default=0)
        fig.update_xaxes(range=[0, top * 1.18 if top else 1])
    else:
        fig.update_yaxes(**value_axis)
        fig.update_xaxes(automargin=True)
    fig.update_layout(height=height, barmode="group",
                      font=dict(family=FONT, size=font_size), hoverlabel=dict(font_family=FONT),
                      margin=dict(l=10, r=30, t=30, b=10), showlegend=len(chart.series) > 1,
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    return fig
