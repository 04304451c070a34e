"""Members' returns: a member hands in its own filled workbook, which waits here for the secretariat's review and is
published only by an admin. No Streamlit: the page (`alliance.ui.returns_view`), tests and scripts share it.

- `queue`: the returns as kept on disk (`<data>/returns/<institution_id>/<timestamp>-<sha256[:12]>/`), their status,
  and checking a member's workbook before it is queued.
"""
