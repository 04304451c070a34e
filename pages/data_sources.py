"""Which figures come from the published reports, which snapshot reproduces them, whose rows each snapshot holds
(a member's submission or the demo data carried forward), and what is synthetic."""

import datetime as dt

import streamlit as st

from alliance import published
from alliance.ui import data, shell, signin

ctx = shell.context()
shell.require_snapshot(ctx)
members = data.query("members_by_snapshot")

st.title(ctx.t("sources.title"))
st.write(ctx.t("sources.intro"))

st.header(ctx.t("sources.published"))
reference, why = published.reference_snapshot(ctx.catalog, ctx.snapshot)
st.caption(ctx.t(f"sources.checked.{why}", date=ctx.date(reference), quarter=ctx.date(published.REPORT_QUARTER)))
if reference != ctx.snapshot:
    st.info(ctx.t("sources.viewing_other", shown=ctx.date(ctx.snapshot), date=ctx.date(reference)),
            icon=":material/history:")
checked = published.table(data.query("published_figures", snapshot=dt.date.fromisoformat(reference)), ctx.lang)
shell.table(checked, height="content", key="src_published")

st.header(ctx.t("sources.provenance"))
origins = published.member_origins(members, ctx.catalog, ctx.snapshot)
st.write(ctx.t("sources.provenance_for", date=ctx.date(ctx.snapshot),
               summary=published.origin_summary(origins, ctx.lang)))
st.caption(published.secretariat_line(ctx.catalog, ctx.snapshot, ctx.lang))
submitters = published.submitters_table(origins, ctx.lang)
if len(submitters):
    shell.table(submitters, key="src_submitters")

st.header(ctx.t("sources.synthetic"))
st.markdown(ctx.t("sources.synthetic_list"))

st.header(ctx.t("sources.snapshots"))
shell.table(published.snapshot_table(ctx.catalog, ctx.lang, members), key="src_snapshots")

record = signin.publish_record()
if record:
    st.header(ctx.t("sources.audit"))
    st.caption(ctx.t("sources.audit_caption"))
    shell.table(published.publish_record(record, ctx.lang), key="src_audit")
