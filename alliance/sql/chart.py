"""A quick chart of a SQL result: bar, line or scatter of one column against another. No Streamlit here."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..charts import BLUE
from ..plot_text import escaped

KINDS = ("bar", "line", "scatter")
MAX_POINTS = 2_000  # a bar per row stops being readable long before the row cap; the chart says it shows the first


def numeric_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]


def quick(df: pd.DataFrame, kind: str, x: str, y: str, height: int = 420) -> go.Figure:
    """`y` against `x` as `kind`. Result text is user data: escaped, so Plotly draws `<a>` as text, not a link."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    # Built column by column: x and y may be the same column.
    data = escaped(pd.DataFrame({"x": df[x].head(MAX_POINTS), "y": df[y].head(MAX_POINTS)}))
    if kind == "bar":
        trace = go.Bar(x=data["x"], y=data["y"], marker_color=BLUE)
    else:
        trace = go.Scatter(x=data["x"], y=data["y"], mode="lines+markers" if kind == "line" else "markers",
                           marker_color=BLUE)
    fig = go.Figure(trace)
    fig.update_layout(height=height, xaxis_title=escaped(str(x)), yaxis_title=escaped(str(y)), showlegend=False)
    if kind == "bar":
        fig.update_xaxes(type="category")  # ids and years are labels here, not positions on a number line
    return fig
