"""Read-only SQL for analysts: a locked DuckDB sandbox over one snapshot (sandbox), the tables' descriptions and the
saved queries (catalog), a quick chart of a result (chart).
No Streamlit here: the page, the CLI and the tests share it."""
