"""The bare Streamlit page bench/browser.py measures the dashboard against: one Plotly bar chart of the size of a
typical dashboard chart (8 labelled horizontal bars), one selectbox and one slider that both change its data.
No caching, no custom components, nothing fetched from outside: what any Streamlit page costs.

    streamlit run bench/bare_app.py
"""

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
fig = go.Figure(go.Bar(x=[v for v, _ in rows], y=[n for _, n in rows], orientation="h",
                       text=[f"{v:,}" for v, _ in rows], textposition="auto", marker_color="#1f5aa6"))
fig.update_layout(height=34 * len(LABELS) + 80, margin=dict(l=10, r=10, t=10, b=10), xaxis_title="Value")
st.plotly_chart(fig, width="stretch", key="bars")
