"""A member institution's own return (routed for members only): its workbook, the hand-in, its returns' status."""
import streamlit as st

from alliance.ui import returns_view, shell, signin, upload

ctx = shell.context()
who = signin.current()
st.title(ctx.t("returns.title"))
if not who.institution_id:  # the route is for members; an identity without an institution has no return here
    st.warning(ctx.t("returns.not_member"), icon=":material/block:")
    st.stop()
names = returns_view.institution_names(ctx.catalog, ctx.lang)
st.caption(ctx.t("returns.intro", institution=names.get(who.institution_id, who.institution_id)))

st.header(ctx.t("returns.download_title"), anchor=False)
returns_view.show_own_workbook(ctx, who)

st.header(ctx.t("returns.hand_in_title"), anchor=False)
as_of = upload.default_as_of(ctx.catalog)  # the quarter after the latest snapshot: the one being collected
st.caption(ctx.t("returns.as_of", date=ctx.date(as_of.isoformat())))
file = st.file_uploader(ctx.t("returns.file"), type=["xlsx"], key="return_file")
if st.button(ctx.t("returns.hand_in"), key="return_hand_in", type="primary", disabled=file is None,
             icon=":material/send:"):
    with st.spinner(ctx.t("upload.checking")):
        returns_view.hand_in_now(who, file.name, file.getvalue(), as_of)
returns_view.show_hand_in(ctx, who, as_of)

st.header(ctx.t("returns.mine_title"), anchor=False)
returns_view.show_mine(ctx, who)
