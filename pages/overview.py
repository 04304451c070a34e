"""Leadership's first screen: how big the alliance is now, and what moved since the previous snapshot."""

import streamlit as st

from alliance import capacity, charts, kpis
from alliance.ui import chrome, data, shell

ctx = shell.context()
shell.require_snapshot(ctx)

st.title(ctx.t("overview.title"))
compared = ctx.t("overview.compared", date=ctx.date(ctx.previous)) if ctx.previous else ctx.t("overview.first")
st.caption(ctx.t("overview.caption", date=ctx.date(ctx.snapshot)) + " · " + compared)

history = data.query("kpis_by_snapshot")
shell.metric_cards(kpis.cards(history, ctx.snapshot, ctx.previous, ctx.lang))

st.header(ctx.t("overview.growth"))
events = data.query("events_to_date", snapshot=ctx.day)
grown = kpis.up_to(history, ctx.snapshot)
wide, phone = chrome.by_width("growth")  # on a phone, fewer date ticks: six dates would run into one another
shell.plotly(wide, ctx, data.figure(charts.growth_with_events, grown, events, ctx.lang), key="ov_growth",
             width="stretch")
shell.plotly(phone, ctx, data.figure(charts.growth_with_events, grown, events, ctx.lang, phone=True),
             key="ov_growth_phone", width="stretch")

left, right = st.columns(2)
with left:
    st.header(ctx.t("overview.by_area"))
    # A select, not a row of buttons: four measures overflow a half-width column at 1280 px.
    measure = st.selectbox(ctx.t("overview.measure"), kpis.AREA_MEASURES, key="ov_area_measure",
                           format_func=lambda m: ctx.t(f"measure.{m}"))
    by_area = data.query("capacity_by_area", snapshot=ctx.day, **shell.NO_FILTERS)
    shell.plotly(st, ctx,
        data.figure(charts.ranking, by_area, measure, ctx.lang, unit=capacity.unit_of(measure)),
        key="ov_by_area",
        width="stretch",
    )
with right:
    st.header(ctx.t("overview.by_domain"))
    by_domain = data.query("capacity_by_domain", snapshot=ctx.day)
    shell.plotly(st, ctx,
        data.figure(charts.ranking, by_domain, "qualification_count", ctx.lang), key="ov_by_domain", width="stretch"
    )
