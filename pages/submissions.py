"""Submit data (the service centre's page, routed only when enabled): templates, checking, publishing."""
import streamlit as st

from alliance.ui import annex_view, returns_view, shell, signin, upload

ctx = shell.context()
st.title(ctx.t("upload.title"))
st.caption(ctx.t("upload.intro"))
upload.show_flash(ctx)

st.header(ctx.t("upload.templates"), anchor=False)
upload.show_templates(ctx)

st.header(ctx.t("returns.queue_title"), anchor=False)
returns_view.show_queue(ctx, signin.current())

with st.expander(ctx.t("annex.page.title"), icon=":material/description:"):
    annex_view.show(ctx)

st.header(ctx.t("upload.check_title"), anchor=False)
left, right = st.columns([1, 3])
as_of = left.date_input(ctx.t("upload.as_of"), upload.default_as_of(ctx.catalog), key="upload_as_of",
                        help=ctx.t("upload.as_of_help"), format="YYYY-MM-DD")
if not upload.is_quarter_end(as_of):
    left.caption(ctx.t("upload.not_quarter_end", date=ctx.date(as_of)))
files = upload.uploads(right.file_uploader(ctx.t("upload.files"), type=["xlsx"], accept_multiple_files=True,
                                           key="upload_files"))
key = upload.fingerprint(files, as_of, ctx.catalog.version)
if st.button(ctx.t("upload.check"), key="upload_check", disabled=not files, icon=":material/rule:"):
    with st.spinner(ctx.t("upload.checking")):
        upload.check(files, as_of, key)
summary = upload.last_check(key)
if summary is None:
    if files and upload.is_stale(key):
        st.info(ctx.t("upload.stale"), icon=":material/info:")
    st.stop()

upload.show_status(ctx, summary)
upload.show_problems(ctx, summary, as_of)
upload.show_notes(ctx, summary)
upload.show_summary(ctx, summary)
upload.show_publish(ctx, summary, files, as_of)
