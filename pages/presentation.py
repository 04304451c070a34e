"""The joint meeting on screen (`/meeting?slide=N`): one message per slide in large type, no sidebar, nothing to
scroll; the same language, snapshot, comparison base and filters as the rest of the app."""
import streamlit as st

from alliance.ui import meeting, shell

ctx = shell.context()
shell.require_snapshot(ctx)  # with no data the sidebar stays, to say why
meeting.style()
meeting.phone_notice(ctx)  # shown on a phone only: this view is made for a projector
slides, compared = meeting.slides(ctx)
number = meeting.current(len(slides))
slide = slides[number - 1]
meeting.top(ctx, slide, number, len(slides))
if not compared:
    st.info(ctx.t("meeting.no_base"), icon=":material/history:")
meeting.draw(ctx, slide)
if number == 1 and compared:
    meeting.downloads(ctx)
