"""The bare Streamlit page bench/browser.py measures the dashboard against: one Plotly bar chart of the size of a
typical dashboard chart (8 labelled horizontal bars), one selectbox and one slider that both change its data, the
chart clickable (a click reruns, as the dashboard's drill-down does), two tabs that run only when open (the second
draws a line chart), and a text box filtering a small table. No caching, no custom components, nothing fetched from
outside: what any Streamlit page costs.

    streamlit run bench/bare_app.py
"""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

SERIES = [f"Series {c}" for c in "ABCDEFGH"]
LABELS = ["Shenyang", "Anshan", "Fushun", "Benxi", "Fuxin", "Liaoyang", "Tieling", "Shenfu"]

st.title("Bare page")
series = st.selectbox("Series", SERIES, key="series")
scale = st.slider("Scale", min_value=0, max_value=200, value=80, step=5, format="%d%%", key="scale")

seed = SERIES.index(series) + 1
values = [round((1 + (seed * (i + 3) * 7919) % 97) * (scale + 10) / 10) for i in range(len(LABELS))]
rows = sorted(zip(values, LABELS))
bars, lines = st.tabs(["Bars", "Lines"], key="view", on_change="rerun")
if bars.open:
    with bars:
        fig = go.Figure(go.Bar(x=[v for v, _ in rows], y=[n for _, n in rows], orientation="h",
                               text=[f"{v:,}" for v, _ in rows], textposition="auto", marker_color="#1f5aa6"))
        fig.update_layout(height=34 * len(LABELS) + 80, margin=dict(l=10, r=10, t=10, b=10), xaxis_title="Value")
        st.plotly_chart(fig, width="stretch", key="bars", on_select="rerun", selection_mode="points")
if lines.open:
    with lines:
        fig = go.Figure(go.Scatter(x=LABELS, y=values, mode="lines+markers", line_color="#1f5aa6"))
        fig.update_layout(height=34 * len(LABELS) + 80, margin=dict(l=10, r=10, t=10, b=10), yaxis_title="Value")
        st.plotly_chart(fig, width="stretch", key="lines")
find = st.text_input("Find", key="find")
table = pd.DataFrame({"Area": LABELS, "Value": values})
st.dataframe(table[table["Area"].str.contains(find, case=False, regex=False)], hide_index=True)
