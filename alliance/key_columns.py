"""A table's key columns: the ones a reader opens it for (its name column and the figure it is about).

Table builders put them first and mark how many; the screen keeps them in view at 1280×720 without scrolling sideways
(`ui.shell.table`, checked in Chromium by tests/test_browser_tables.py). Secondary columns follow, a scroll away."""
from __future__ import annotations

import pandas as pd


def keyed(df: pd.DataFrame, n: int) -> pd.DataFrame:
    df.attrs["key_columns"] = n
    return df
