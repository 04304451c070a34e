"""The joint meeting's first question: what changed since the last meeting (or any earlier snapshot)."""
import streamlit as st

from alliance import charts, compare, gaps
from alliance.briefing import deck, figures
from alliance.ui import data, shell

ctx = shell.context()
shell.require_snapshot(ctx)
earlier = [d for d in reversed(ctx.catalog.dates) if d < ctx.snapshot]
if not earlier:
    st.title(ctx.t("compare.title"))
    st.info(ctx.t("compare.no_base"), icon=":material/history:")
    st.stop()

st.title(ctx.t("compare.title"))
left, right = st.columns([1, 2])
with left:
    base = shell.bound(st.selectbox, "base", ctx.previous, shell.parse_choice(earlier), ctx.t("compare.base"),
                       options=earlier, format_func=ctx.date, help=ctx.t("compare.base_help"))
with right:
    threshold = shell.bound(st.slider, "gap", gaps.DEFAULT_THRESHOLD_PCT, shell.parse_int(0, 200),
                            ctx.t("compare.threshold"), min_value=0, max_value=200, step=5, format="%d%%")
chosen = shell.filters(ctx, data.query("filter_options", snapshot=ctx.day), keys=("areas", "domains"))
ch = compare.load(data.query, ctx.day, compare.day(base), chosen["areas"], chosen["domains"])
st.caption(ctx.t("compare.caption", date=ctx.date(ctx.snapshot), base=ctx.date(base)))

with st.container(border=True):
    st.header(ctx.t("compare.words_title"), anchor=False)
    shell.bullets(compare.sentences(ch, ctx.lang, threshold))
    shell.briefing_downloads(ctx, base, chosen["areas"], chosen["domains"], threshold)

st.header(ctx.t("compare.headline"), anchor=False)
shell.table(compare.headline_table(ch, ctx.lang))

st.header(ctx.t("compare.waterfall"), anchor=False)
shell.plotly(st, ctx, data.figure(charts.items_waterfall, ch.waterfall, ctx.lang), key="cmp_waterfall",
             width="stretch")

st.header(ctx.t("compare.by"), anchor=False)
tabs = shell.lazy_tabs(ctx, "cmp_tab", {k: ctx.t(f"compare.tab_{k}") for k in ("area", "domain", "level", "group")})
specs = [(ch.by_area, "area", compare.AREA_MEASURES, "name"), (ch.by_domain, "domain", compare.DOMAIN_MEASURES, "name"),
         (ch.by_level, "level", ["lab_count"], "level"), (ch.by_group, "group", compare.GROUP_MEASURES, "name")]
for tab, (df, label, measures, field) in zip(tabs, specs):
    with tab:
        if not tab.open:  # only the open tab's table is built and sent
            continue
        shown = compare.change_table(df, ctx.lang, label, measures, field)
        shell.downloads(shown, f"compare-{label}", ctx.snapshot, key=f"cmp_{label}", base=base, **chosen)
        shell.table(shown)

st.header(ctx.t("compare.added_title"), anchor=False)
shell.plotly(st, ctx, data.figure(figures.chart_figure, deck.added_chart(ch, ctx.lang), ctx.lang, 380, 14),
             key="cmp_added", width="stretch")
added = compare.added_table(ch.added, ctx.lang)
shell.downloads(added, "compare-added", ctx.snapshot, key="cmp_added_table", base=base, **chosen)
shell.table(added)

st.header(ctx.t("compare.members_title"), anchor=False)
members = compare.members_table(ch.members, ctx.lang)
if len(members):
    shell.table(members)
else:
    st.write(ctx.t("compare.members_none"))

st.header(ctx.t("compare.events_title"), anchor=False)
events = compare.events_table(ch.events, ctx.lang)
if len(events):
    shell.table(events)
else:
    st.write(ctx.t("compare.events_none"))
