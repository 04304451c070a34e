"""One locked DuckDB connection per run, over the contract's tables of the chosen snapshot.

Safety is DuckDB's, not ours: the tables are Arrow datasets registered on a fresh in-memory connection, wrapped in
views, and only then `enable_external_access = false` and `lock_configuration = true` are set. From that moment the
connection can open no file at all (read_csv('/etc/passwd'), read_parquet of a snapshot file, COPY TO, ATTACH,
INSTALL/LOAD are refused by DuckDB itself) and no setting can be changed back. Arrow datasets rather than
`allowed_paths`: with the files allowed, `read_parquet('<snapshot file>')` works outside the views and the views'
text shows the server's paths. What we check before running is only what DuckDB's own parser says: one statement, of
type SELECT, with no parameter other than $snapshot and the page's filters, and not longer than MAX_SQL_CHARS. The
filters' values reach DuckDB only as bound parameters, never as text of the query. Runaways are stopped by a
timer (interrupt), a memory limit and a row cap; the connection is thrown away after each run, so nothing a query
did survives it.
"""
from __future__ import annotations

import datetime as dt
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from .. import i18n
from ..access import audit
from ..schema import EXTRA_SCHEMAS, EXTRA_TABLES, TABLES
from ..snapshots import Catalog

MAX_SQL_CHARS = 20_000  # the longest shipped query is ~1,500 characters; a 1 MB text is refused unread
ROW_CAP = 10_000  # rows returned to a page or a file; the query may count more, it is only cut short
TIMEOUT_S = 20.0  # the slowest national-size page query takes ~0.5 s (config.py); this leaves room for joins
MEMORY_LIMIT = "1GB"  # per run: two cores and the dashboard's own connection share the machine
THREADS = 1  # one core per run, the other stays with the dashboard
# The page's filters (shell.FILTER_KEYS, the same names and values as every other page's), bound as VARCHAR lists;
# an empty list means "all", which a query says with `len($areas) = 0 OR list_contains($areas, area_id)`.
FILTERS = ("areas", "domains", "levels", "groups")
PARAMETERS = ("snapshot", *FILTERS)
LOG = Path("audit") / "sql.jsonl"
_LINE_RE = re.compile(r"^LINE (\d+): (.*)$", re.M)


class SqlProblem(Exception):
    """A query refused before running, or stopped while running: a message key, its values, DuckDB's own text."""

    def __init__(self, key: str, outcome: str, detail: str = "", **params):
        super().__init__(detail or key)
        self.key, self.outcome, self.detail, self.params = key, outcome, detail, params

    def message(self, lang: str) -> str:
        text = i18n.t(self.key, lang, **self.params)
        return f"{text}\n\n{self.detail}" if self.detail else text


@dataclass
class Result:
    df: pd.DataFrame
    truncated: bool  # more rows than the cap: df holds the first ROW_CAP
    ms: int
    snapshot: str
    cap: int = ROW_CAP
    params: dict = field(default_factory=dict)


def referenced(sql: str) -> set[str]:
    """The named parameters `sql` uses, by DuckDB's parser; none when it does not parse (running it will say why)."""
    try:
        return {name for stmt in duckdb.extract_statements(sql) for name in stmt.named_parameters}
    except duckdb.Error:
        return set()


def bind(names, snapshot: str, filters=None) -> dict:
    """The values of the parameters a statement names, and only those: DuckDB refuses a parameter a statement does
    not use. A filter left out of `filters` is empty, i.e. all."""
    filters = filters or {}
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise ValueError(f"not a filter: {sorted(unknown)}")
    params = {}
    for name in names:
        if name == "snapshot":
            params[name] = dt.date.fromisoformat(snapshot)
        elif name in FILTERS:
            params[name] = [str(v) for v in filters.get(name, ())]
    return params


def check(sql: str) -> duckdb.Statement:
    """The one SELECT statement in `sql`, by DuckDB's parser, or a SqlProblem saying why not."""
    if len(sql) > MAX_SQL_CHARS:
        raise SqlProblem("sql.refused.too_long", "refused", n=f"{MAX_SQL_CHARS:,}")
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:  # a syntax error, full-width semicolons included: DuckDB's text and position
        raise _error(exc, sql) from exc
    if not statements:
        raise SqlProblem("sql.refused.empty", "refused")
    if len(statements) > 1:
        raise SqlProblem("sql.refused.several", "refused", n=len(statements))
    stmt = statements[0]
    if stmt.type != duckdb.StatementType.SELECT:
        raise SqlProblem("sql.refused.not_select", "refused", kind=stmt.type.name)
    unknown = sorted(set(stmt.named_parameters) - set(PARAMETERS))
    if unknown:
        raise SqlProblem("sql.refused.parameter", "refused", names=", ".join(f"${p}" for p in unknown),
                         known=", ".join(f"${p}" for p in PARAMETERS))
    return stmt


def _error(exc: Exception, sql: str) -> SqlProblem:
    """DuckDB's message with the line (and column, when its caret points into the text as written) it names."""
    text = str(exc).strip()
    found = _LINE_RE.search(text)
    if not found:
        return SqlProblem("sql.error", "error", text)
    line, shown = int(found.group(1)), found.group(2)
    lines = sql.splitlines() or [""]
    rest = text[found.end() + 1:].splitlines()
    caret = rest[0] if rest else ""
    if 0 < line <= len(lines) and lines[line - 1] == shown and "^" in caret:
        column = _column(shown, caret.index("^") - len(f"LINE {line}: "))
        return SqlProblem("sql.error_at_column", "error", text, line=line, column=column)
    return SqlProblem("sql.error_at_line", "error", text, line=line)


def _column(line: str, width: int) -> int:
    """The 1-based character under a caret `width` display cells in: DuckDB aligns its caret by display width,
    where a full-width character (Chinese, a full-width semicolon) takes two cells."""
    cells = 0
    for index, char in enumerate(line):
        if cells >= width:
            return index + 1
        cells += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return len(line) + 1


# Datasets of a catalog, reused across runs (they hold only paths and Parquet footers); keyed by its version.
_DATASETS: dict[str, dict[tuple[str, str], ds.Dataset]] = {}
_DATASETS_LOCK = threading.Lock()


def _datasets(catalog: Catalog) -> dict[tuple[str, str], ds.Dataset]:
    with _DATASETS_LOCK:
        found = _DATASETS.get(catalog.version)
        if found is None:
            # A table beyond the contract that a snapshot lacks reads as empty there (its schema, no rows).
            found = {(t, s.date): ds.dataset(str(s.file(t)), format="parquet") if s.has(t)
                     else ds.dataset(EXTRA_SCHEMAS[t].empty_table())
                     for s in catalog.snapshots for t in (*TABLES, *EXTRA_TABLES)}
            _DATASETS.clear()  # one catalog at a time: a republished snapshot is read afresh
            _DATASETS[catalog.version] = found
        return found


def _source(table: str, date: str) -> str:
    return f"_src_{table}_{date.replace('-', '_')}"


def connect(catalog: Catalog, snapshot: str, memory_limit: str = MEMORY_LIMIT,
            threads: int = THREADS) -> duckdb.DuckDBPyConnection:
    """A fresh connection: one view per table over `snapshot`, a `<table>_history` view over every served snapshot
    (each with its `snapshot` date), then file access switched off and the configuration locked."""
    sets = _datasets(catalog)
    con = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "threads": str(threads)})
    try:
        for table in (*TABLES, *EXTRA_TABLES):
            parts = []
            for date in catalog.dates:
                con.register(_source(table, date), sets[(table, date)])
                parts.append(f"SELECT *, DATE '{date}' AS snapshot FROM {_source(table, date)}")
            con.execute(f"CREATE VIEW {table} AS SELECT *, DATE '{snapshot}' AS snapshot FROM "
                        f"{_source(table, snapshot)}")
            con.execute(f"CREATE VIEW {table}_history AS {' UNION ALL BY NAME '.join(parts)}")
        con.execute("SET enable_progress_bar = false")  # a long run would draw a bar on the server's terminal
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


def run(catalog: Catalog, sql: str, snapshot: str | None = None, *, filters=None, root: Path | None = None,
        actor: str = "", timeout_s: float = TIMEOUT_S, row_cap: int = ROW_CAP,
        memory_limit: str = MEMORY_LIMIT) -> Result:
    """Run one read-only SELECT over `snapshot` (default: the latest), with `filters` ({"areas": [...], ...}) bound
    where the query names them, and log it under `root` (if given).
    Raises SqlProblem for a refusal, an error, a timeout or a lack of memory, after logging it too."""
    started = time.perf_counter()
    snapshot = snapshot or (catalog.dates[-1] if catalog.dates else None)
    rows, truncated, params = 0, False, {}
    try:
        if not catalog.dates:
            raise SqlProblem("sql.refused.no_snapshots", "refused")
        if snapshot not in catalog.dates:
            raise SqlProblem("sql.refused.snapshot", "refused", snapshot=str(snapshot))
        stmt = check(sql)
        params = bind(stmt.named_parameters, snapshot, filters)
        df, truncated = _execute(catalog, sql, snapshot, params, timeout_s, row_cap, memory_limit)
        rows = len(df)
    except SqlProblem as problem:
        _log(root, actor, sql, snapshot, started, 0, problem.outcome, problem.detail or problem.key, params=params)
        raise
    _log(root, actor, sql, snapshot, started, rows, "ok", truncated=truncated, params=params)
    return Result(df, truncated, _ms(started), snapshot, row_cap, params)


def _execute(catalog, sql, snapshot, params, timeout_s, row_cap, memory_limit) -> tuple[pd.DataFrame, bool]:
    con = connect(catalog, snapshot, memory_limit)
    # Registered datasets belong to this connection (a cursor would not see them), so the timer interrupts it.
    timer = threading.Timer(timeout_s, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        try:
            # A relation streams (con.execute would compute the whole result before the first row is read).
            relation = con.sql(sql, params=params)
        except duckdb.Error as exc:
            raise _positioned(con, sql, params, exc) from exc
        reader = relation.to_arrow_reader(min(row_cap + 1, 100_000))
        batches, count = [], 0
        for batch in reader:  # streamed: a 5-million-row result is cut after row_cap + 1 rows, never held whole
            batches.append(batch)
            count += batch.num_rows
            if count > row_cap:
                break
        table = pa.Table.from_batches(batches, reader.schema).slice(0, row_cap)
        df = table.to_pandas()
        df.columns = _unique(list(df.columns))
        return df, count > row_cap
    except duckdb.InterruptException as exc:
        raise SqlProblem("sql.timeout", "timeout", seconds=f"{timeout_s:g}") from exc
    except duckdb.OutOfMemoryException as exc:
        raise SqlProblem("sql.memory", "error", str(exc).splitlines()[0], limit=memory_limit) from exc
    except duckdb.Error as exc:
        raise _error(exc, sql) from exc
    finally:
        timer.cancel()
        con.close()


def _unique(names: list[str]) -> list[str]:
    """`SELECT count(*), count(*)` names two columns alike; a table, a download and a chart need them apart."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        name = str(name)
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def _positioned(con, sql: str, params: dict, exc: duckdb.Error) -> Exception:
    """The same failure with DuckDB's LINE/caret context, which a relation's error leaves out and the DB-API keeps:
    binding fails again, before anything runs."""
    try:
        con.execute(sql, params)
    except duckdb.Error as again:
        return again
    return exc


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _log(root: Path | None, actor: str, sql: str, snapshot, started: float, rows: int, outcome: str,
         error: str = "", truncated: bool = False, params: dict | None = None) -> None:
    if root is None:
        return
    entry = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "actor": actor or "unknown",
             "snapshot": snapshot, "query": sql[:MAX_SQL_CHARS], "query_chars": len(sql), "rows": rows,
             "truncated": truncated, "ms": _ms(started), "outcome": outcome}
    bound = {k: v for k, v in (params or {}).items() if k in FILTERS}
    if bound:  # the same text gives another result under other filters: the log says which
        entry["filters"] = bound
    if error:
        entry["error"] = error[:2000]
    audit.append(root / LOG, entry)


def log_entries(root: Path) -> list[dict]:
    return audit.read(root / LOG)


