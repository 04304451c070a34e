"""Streamlit's side of data access: the served catalog, one cached connection, cached query results."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from . import config
from .db import Database
from .snapshots import Catalog, scan


@st.cache_resource(ttl=2, show_spinner=False)
def _scan(root: str) -> Catalog:
    return scan(config.data_dir())


def catalog() -> Catalog:
    """Rescanned every couple of seconds (a listing and small manifests), so a new snapshot shows without a restart."""
    return _scan(str(config.data_dir()))


@st.cache_resource(max_entries=2, show_spinner=False)
def _database(root: str, version: str, _catalog: Catalog) -> Database:
    return Database(_catalog)


@st.cache_data(max_entries=1024, show_spinner=False)
def _query(root: str, version: str, name: str, params: tuple, _db: Database) -> pd.DataFrame:
    return _db.query(name, **dict(params))


def query(name: str, **params) -> pd.DataFrame:
    """Run queries/<name>.sql with bound parameters; cached per data version, so a republished snapshot refreshes."""
    cat = catalog()
    root = str(config.data_dir())
    db = _database(root, cat.version, cat)
    frozen = {k: tuple(v) if isinstance(v, list | tuple) else v for k, v in params.items()}
    return _query(root, cat.version, name, tuple(sorted(frozen.items())), db)


@st.cache_resource(max_entries=512, show_spinner=False)
def _figure(name: str, version: str, args: tuple, kwargs: tuple, _builder):
    return _builder(*args, **dict(kwargs))


def figure(builder, *args, **kwargs):
    """A chart builder's figure, built once per input. Building a validated Plotly figure costs 20–50 ms and a
    pickled copy as much to restore, so figures live in the resource cache: plotly_chart only reads them."""
    return _figure(f"{builder.__module__}.{builder.__name__}", catalog().version, args,
                   tuple(sorted(kwargs.items())), builder)
