"""The Streamlit wing: everything here imports streamlit (or serves only the running app); nothing outside it does.

`shell` (context, filters, tables, downloads), `data` (cached queries and figures), `chrome` (what the browser shows
around the figures), `meeting` (the meeting view), `upload` (the upload page), `gap_view` (the gaps page's panels).
"""
