"""Data text bound for Plotly, escaped. Plotly draws a subset of HTML in the text it shows (`<b>`, `<br>`,
`<a href>`), in hover labels, tick labels, legends and Sankey nodes, so a member named `<a href=javascript:…>` would
become a link there. Chart builders put their own markup (`<b>`, `<br>`) around names, so the escaping is done to
the data they are given, not to the finished figure. Plotly turns `&lt;` back into `<` when it draws."""
from __future__ import annotations

import html
from dataclasses import fields, is_dataclass, replace

import pandas as pd

_SPECIAL = "[<>&]"


def _text(value):
    return html.escape(value, quote=False) if isinstance(value, str) and ("<" in value or ">" in value
                                                                          or "&" in value) else value


def _frame(df: pd.DataFrame) -> pd.DataFrame:
    # Ids stay as they are: they key lookups and chart picks, and the data contract keeps them to [a-z0-9_].
    texts = [c for c in df.columns if not str(c).endswith("_id")
             and (df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype))]
    hit = [c for c in texts if df[c].astype("string").str.contains(_SPECIAL, regex=True, na=False).any()]
    if not hit:
        return df
    out = df.copy()
    for c in hit:
        out[c] = out[c].map(_text)
    return out


def escaped(value):
    """`value` with every piece of text in it escaped for Plotly: frames, series, dicts, lists, tuples, dataclasses."""
    if isinstance(value, pd.DataFrame):
        return _frame(value)
    if isinstance(value, pd.Series):
        return value.map(_text) if value.dtype == object or pd.api.types.is_string_dtype(value.dtype) else value
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        return {k: escaped(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(escaped(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: escaped(getattr(value, f.name)) for f in fields(value) if f.init})
    return value
