"""Big tables a page at a time: the query sorts and cuts the page (`$page_rows`, `$page_offset`), the browser gets
those rows only, and a pager under the table moves through the rest. The page number lives in the URL like every
other choice, so a link opens on the same page."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from .. import fmt
from . import data, shell

PAGE_ROWS = 100  # a projector shows about 20 rows; 100 keep the grid's own scrolling useful and the message small


@dataclass(frozen=True)
class Page:
    number: int
    rows: int
    total: int  # matches in all pages

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.rows))

    @property
    def first(self) -> int:
        return (self.number - 1) * self.rows + 1 if self.total else 0

    def last(self, shown: int) -> int:
        return self.first + shown - 1 if shown else 0


def page_of(name: str, key: str, rows: int | None = None, total: str = "match_count",
            **params) -> tuple[pd.DataFrame, Page]:
    """One page of the query `name`, whose column `total` holds the number of matches in all pages; the page number
    read from `?key=`. A number past the end (a filter narrowed the matches since) opens the first page."""
    rows = rows or PAGE_ROWS
    number = shell.held(key, shell.parse_int(1, 10**7)) or 1
    df = data.query(name, page_rows=rows, page_offset=(number - 1) * rows, **params)
    if df.empty and number > 1:
        number = 1
        df = data.query(name, page_rows=rows, page_offset=0, **params)
    return df, Page(number, rows, int(df[total].iloc[0]) if len(df) else 0)


def every_row(name: str, **params) -> pd.DataFrame:
    """All matches of a paged query, for the downloads (made only when clicked)."""
    return data.query(name, page_rows=None, page_offset=0, **params)


def pager(ctx: shell.Context, page: Page, key: str, shown: int) -> None:
    """Under the table, when there is more than one page: which rows these are of how many, and the page picker
    (one page needs neither: the count above the table says it all)."""
    if page.pages == 1:
        return
    st.caption(ctx.t("paging.rows", first=fmt.integer(page.first, ctx.lang), last=fmt.integer(page.last(shown),
                                                                                                ctx.lang),
                     total=fmt.integer(page.total, ctx.lang)))
    st.session_state[key] = page.number  # the page actually shown (a number past the end went back to 1)
    shell.bound(st.number_input, key, 1, shell.parse_int(1, page.pages),
                ctx.t("paging.page", pages=fmt.integer(page.pages, ctx.lang)), min_value=1, max_value=page.pages,
                step=1, width=220)
