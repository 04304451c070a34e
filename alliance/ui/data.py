"""Streamlit's side of data access: the served catalog, one cached connection, cached query results."""
from __future__ import annotations

import weakref

import duckdb
import pandas as pd
import streamlit as st

from .. import config
from ..db import Database
from ..snapshots import Catalog, scan


@st.cache_resource(ttl=2, show_spinner=False)
def _scan(root: str) -> Catalog:
    return scan(config.data_dir())


def catalog() -> Catalog:
    """Rescanned every couple of seconds (a listing and small manifests), so a new snapshot shows without a restart."""
    return _scan(str(config.data_dir()))


@st.cache_resource(max_entries=2, show_spinner=False)
def _database(root: str, version: str, _catalog: Catalog) -> Database:
    return Database(_catalog, config.duckdb_settings(), config.query_timeout_seconds())


@st.cache_data(max_entries=1024, show_spinner=False)
def _query(root: str, version: str, name: str, params: tuple, _db: Database) -> pd.DataFrame:
    return _db.query(name, **dict(params))


class DataChanged(Exception):
    """The served snapshots changed under a running page; it should start again on the new catalog."""


class DataUnavailable(Exception):
    """Reading failed and the files are unchanged: a damaged or unreadable file the scan cannot see."""


# What DuckDB raises when a file it was told to read is gone, cut short or replaced mid-query.
_READ_ERRORS = (duckdb.IOException, duckdb.InvalidInputException)


# Which query (name, parameters) a frame handed out by `query` came from, while the frame lives: a figure of it is
# then cached on that, instead of hashing its rows on every rerun (a tenth of a rerun's time, measured with py-spy).
_ORIGIN: dict[int, tuple[weakref.ref, tuple]] = {}


def _remember(df: pd.DataFrame, key: tuple) -> pd.DataFrame:
    i = id(df)

    def forget(ref, i=i):
        if _ORIGIN.get(i, (None,))[0] is ref:
            _ORIGIN.pop(i, None)

    _ORIGIN[i] = (weakref.ref(df, forget), key)
    return df


def origin(df) -> tuple | None:
    """The (query, parameters, rows, columns) a frame came from, if it came from `query` as it is: a frame whose
    rows or columns were changed since, or one built by other code, has none and is hashed instead."""
    held = _ORIGIN.get(id(df))
    if held is None or held[0]() is not df:
        return None
    return (*held[1], len(df), tuple(df.columns))


def query(name: str, **params) -> pd.DataFrame:
    """Run queries/<name>.sql with bound parameters; cached per data version, so a republished snapshot refreshes."""
    cat = catalog()
    root = str(config.data_dir())
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list | tuple) else v) for k, v in params.items()))
    try:
        return _remember(_query(root, cat.version, name, frozen, _database(root, cat.version, cat)),
                         (name, cat.version, frozen))
    except _READ_ERRORS as exc:
        # Between two scans a snapshot can be deleted, truncated or replaced. Look again at once: if the catalog
        # moved, the page starts over on it; if not, a connection built afresh (derived files rebuilt) gets one try.
        _scan.clear()
        fresh = catalog()
        if fresh.version != cat.version:
            raise DataChanged(str(exc)) from exc
        _database.clear()
        try:
            return _remember(_query(root, cat.version, name, frozen, _database(root, cat.version, fresh)),
                             (name, cat.version, frozen))
        except _READ_ERRORS as again:
            raise DataUnavailable(str(again)) from again


# About 0.2 MB a figure (bench/load.py): 128 keep every page's figures for both languages and a few filters each,
# and bound the server's memory; 512 grew RSS by 84 MB over 1,000 reruns.
@st.cache_resource(max_entries=128, show_spinner=False)
def _figure(name: str, version: str, key_args: tuple, key_kwargs: tuple, _builder, _args: tuple, _kwargs: dict):
    from ..plot_text import escaped

    return _builder(*escaped(_args), **escaped(_kwargs))


def _key(value):
    """What a figure's input is cached on: a frame from `query` by its query and parameters, anything else as is."""
    if isinstance(value, pd.DataFrame):
        found = origin(value)
        return ("query", *found) if found is not None else value
    return value


def figure(builder, *args, **kwargs):
    """A chart builder's figure, built once per input. Building a validated Plotly figure costs 20–50 ms and a
    pickled copy as much to restore, so figures live in the resource cache: plotly_chart only reads them."""
    return _figure(f"{builder.__module__}.{builder.__name__}", catalog().version, tuple(_key(a) for a in args),
                   tuple(sorted((k, _key(v)) for k, v in kwargs.items())), builder, args, kwargs)
