"""DuckDB over the served snapshots: one connection, one view per table, one SQL file per query."""
from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from . import search_index
from .config import QUERIES_DIR
from .schema import SCHEMAS, TABLES
from .snapshots import Catalog
from .sql_text import sql_literal

MACROS = Path(__file__).parent / "macros.sql"
DERIVED = Path(__file__).parent / "derived.sql"
_PARAM_RE = re.compile(r"\$([a-z_][a-z0-9_]*)")
_NAME_RE = re.compile(r"^[a-z0-9_]+$")


def _empty_select(table: str) -> str:
    cols = ", ".join(f"NULL::{_duck_type(f.type)} AS {f.name}" for f in SCHEMAS[table])
    return f"SELECT {cols}, NULL::DATE AS snapshot WHERE false"


def _duck_type(t: pa.DataType) -> str:
    return {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.date32(): "DATE",
            pa.bool_(): "BOOLEAN", pa.float64(): "DOUBLE"}[t]


def view_ddl(catalog: Catalog) -> list[str]:
    """CREATE VIEW statements reading only the snapshots the catalog vouches for.

    Paths come from our own directory scan (validated folder names), not from users; views
    cannot take bound parameters, so they are quoted as literals here.
    """
    ddl = []
    for table in TABLES:
        files = [str(s.file(table)) for s in catalog.snapshots]
        if files:
            listing = ", ".join(sql_literal(f) for f in files)
            body = (f"SELECT * FROM read_parquet([{listing}], hive_partitioning = true, "
                    f"hive_types = {{'snapshot': DATE}}, union_by_name = true)")
        else:
            body = _empty_select(table)
        ddl.append(f"CREATE OR REPLACE VIEW {table} AS {body}")
    return ddl


@cache
def load_sql(name: str) -> str:
    if not _NAME_RE.match(name):
        raise ValueError(f"bad query name {name!r}")
    return (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERIES_DIR.glob("*.sql"))


def query_params(name: str) -> set[str]:
    sql = "\n".join(line.split("--", 1)[0] for line in load_sql(name).splitlines())
    return set(_PARAM_RE.findall(sql))


class QueryTimeout(RuntimeError):
    """A query ran past the configured timeout and was interrupted."""


class Database:
    """One DuckDB connection with views over a catalog; a fresh cursor per query so threads can share it."""

    def __init__(self, catalog: Catalog, settings: dict[str, str] | None = None, timeout_s: float | None = None):
        self.catalog = catalog
        self.timeout_s = timeout_s
        # Settings are checked by DuckDB itself: a bad memory limit fails here, at start, with DuckDB's message.
        self.con = duckdb.connect(":memory:", config=dict(settings or {}))
        for stmt in view_ddl(catalog) + search_index.view_ddl(catalog.snapshots):
            self.con.execute(stmt)
        self.con.execute(DERIVED.read_text(encoding="utf-8"))
        self.con.execute(MACROS.read_text(encoding="utf-8"))

    def query(self, name: str, **params) -> pd.DataFrame:
        wanted = query_params(name)
        missing = wanted - params.keys()
        if missing:
            raise TypeError(f"query {name} needs parameters {sorted(missing)}")
        # Filters arrive as tuples (hashable for the cache); DuckDB binds lists.
        bound = {k: list(v) if isinstance(v, tuple) else v for k, v in params.items() if k in wanted}
        cur = self.con.cursor()
        # A runaway query is interrupted rather than holding a thread and memory of a server that others share.
        timer = threading.Timer(self.timeout_s, cur.interrupt) if self.timeout_s else None
        if timer:
            timer.daemon = True
            timer.start()
        try:
            return cur.execute(load_sql(name), bound).df()
        except duckdb.InterruptException as exc:
            raise QueryTimeout(f"{name} stopped after {self.timeout_s:g} s") from exc
        finally:
            if timer:
                timer.cancel()
            cur.close()

    def close(self) -> None:
        self.con.close()

