"""Text spliced into SQL where DuckDB takes no bound parameter (DDL: views over files, COPY targets)."""


def sql_literal(text) -> str:
    """A string (or path) as a quoted SQL literal."""
    return "'" + str(text).replace("'", "''") + "'"
