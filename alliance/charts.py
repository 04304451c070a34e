"""Plotly figure builders. No Streamlit here: each takes frames and a language and returns a Figure."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from . import fmt
from .i18n import localized, t

FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
BLUE, TEAL, GREY = "#1f5fa8", "#1a9a8a", "#8a94a6"
EVENT_COLOURS = {"governance": "#6a3d9a", "joint_meeting": "#1f5fa8", "capability": "#d95f02",
                 "service": "#1a9a8a", "membership": "#8a94a6"}


def _base(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(template="plotly_white", height=height, font=dict(family=FONT, size=14),
                      margin=dict(l=10, r=10, t=40, b=10), hoverlabel=dict(font_family=FONT),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    return fig


def growth_with_events(kpis: pd.DataFrame, events: pd.DataFrame, lang: str) -> go.Figure:
    """Qualification items (bars) and technical staff (line) per snapshot, milestones on a strip beneath."""
    x = pd.to_datetime(kpis["snapshot"])
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.7, 0.3], vertical_spacing=0.04,
                        specs=[[{"secondary_y": True}], [{}]])
    fig.add_bar(x=x, y=kpis["qualification_count"], name=t("chart.qualification_count", lang), marker_color=BLUE,
                text=[fmt.integer(v, lang) for v in kpis["qualification_count"]], textposition="outside",
                hovertemplate="%{x|%Y-%m-%d}<br>%{y:,}<extra></extra>", row=1, col=1, secondary_y=False)
    fig.add_scatter(x=x, y=kpis["technical_staff_count"], name=t("chart.technical_staff_count", lang),
                    mode="lines+markers", line=dict(color=TEAL, width=3),
                    hovertemplate="%{x|%Y-%m-%d}<br>%{y:,}<extra></extra>", row=1, col=1, secondary_y=True)
    lanes = [k for k in EVENT_COLOURS if k in set(events["kind"])]
    for kind, group in events.groupby("kind", sort=False):
        titles = [localized(r, "title", lang) for r in group.to_dict("records")]
        fig.add_scatter(x=pd.to_datetime(group["date"]), y=[t(f"event.{kind}", lang)] * len(group), mode="markers",
                        marker=dict(size=11, color=EVENT_COLOURS.get(kind, GREY), symbol="diamond"),
                        name=t(f"event.{kind}", lang), showlegend=False, customdata=titles,
                        hovertemplate="%{x|%Y-%m-%d}<br>%{customdata}<extra></extra>", row=2, col=1)
    # Headroom keeps the bar labels clear of the staff line.
    fig.update_yaxes(title_text=t("chart.qualification_count", lang),
                     range=[0, kpis["qualification_count"].max() * 1.15], row=1, col=1, secondary_y=False,
                     tickformat=",")
    fig.update_yaxes(title_text=t("chart.technical_staff_count", lang),
                     range=[0, kpis["technical_staff_count"].max() * 1.45], row=1, col=1,
                     secondary_y=True, showgrid=False, tickformat=",.0f", tickmode="auto")
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=[t(f"event.{k}", lang) for k in lanes],
                     range=[-0.6, len(lanes) - 0.4], showgrid=True, tickfont=dict(size=12), row=2, col=1)
    # Quarterly ticks and a fixed bar width keep a single snapshot (the oldest) drawn as a visible bar.
    first = min([x.min(), *pd.to_datetime(events["date"])]) - pd.Timedelta(days=45)
    fig.update_traces(width=55 * 86_400_000, selector=dict(type="bar"))
    fig.update_xaxes(range=[first, x.max() + pd.Timedelta(days=45)], dtick="M3", ticklabelmode="instant")
    fig.update_xaxes(tickformat="%Y-%m" if lang == "en" else "%Y年%m月", row=2, col=1)
    return _base(fig, 540)


def ranking(df: pd.DataFrame, value_col: str, lang: str, *, unit: str = "count", height: int | None = None,
            label_field: str = "name") -> go.Figure:
    """Horizontal bars, largest on top, each labelled with its exact figure."""
    df = df.sort_values(value_col, ascending=True)
    labels = [localized(r, label_field, lang) for r in df.to_dict("records")]
    text = [fmt.money(v, lang) if unit == "money" else fmt.integer(v, lang) for v in df[value_col]]
    fig = go.Figure(go.Bar(x=df[value_col], y=labels, orientation="h", marker_color=BLUE, text=text,
                           textposition="auto", cliponaxis=False,
                           hovertemplate="%{y}<br>%{text}<extra></extra>"))
    fig.update_xaxes(title_text=t(f"measure.{value_col}", lang), tickformat="~s" if unit == "money" else ",")
    fig.update_yaxes(automargin=True)
    return _base(fig, height or max(260, 34 * len(df) + 80))
