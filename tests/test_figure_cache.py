"""A figure is built once per input (issue 23): a rerun that changed nothing builds no figure, a slider builds only
the figures that show its value, and a frame from a query is cached on the query and its parameters, not by hashing
its rows, while a frame changed since it came from the query is not mistaken for it."""
from __future__ import annotations

import functools
from collections import Counter

import pytest
from conftest import run_page

from alliance import charts

GAP_BUILDERS = ("coverage_heatmap", "area_coverage", "coverage_trend", "flow_sankey", "flow_map",
                "batches_by_quarter")


@pytest.fixture
def built(monkeypatch):
    """Calls of the gaps page's chart builders; the figure cache emptied first, so counts start from nothing."""
    from alliance.ui import data

    calls = Counter()
    for name in GAP_BUILDERS:
        original = getattr(charts, name)

        @functools.wraps(original)  # the same name: the figure cache keys on it
        def counted(*args, _original=original, _name=name, **kwargs):
            calls[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(charts, name, counted)
    data._figure.clear()
    yield calls
    data._figure.clear()  # figures built by the counting wrappers are not left for other tests


def test_a_figure_is_built_once_per_input(built):
    """Only the open tab runs, and its figures are built once per input."""
    at = run_page("pages/capacity_gaps.py", lang="en", gap="80")
    assert not at.exception
    # The matrix tab: the matrix and its phone form (one is hidden by the screen width); no other tab's figures.
    assert built == Counter({"coverage_heatmap": 1, "area_coverage": 1})
    at.run()
    assert not at.exception and built == Counter({"coverage_heatmap": 1, "area_coverage": 1})  # nothing changed
    at.slider(key="gap").set_value(45).run()
    assert not at.exception and built == Counter({"coverage_heatmap": 2, "area_coverage": 2})
    at.session_state["gap_tab"] = "Service flows"  # what a click on the tab sends: its label
    at.run()
    assert not at.exception and at.query_params["gap_tab"] in ("flows", ["flows"])
    assert built == Counter({"coverage_heatmap": 2, "area_coverage": 2, "flow_sankey": 1, "flow_map": 1,
                             "batches_by_quarter": 1})
    at.session_state["gap_tab"] = "Coverage trend"
    at.run()
    at.slider(key="gap").set_value(55).run()  # on the trend tab: the trend follows, the matrix is not built
    assert not at.exception and built == Counter({"coverage_heatmap": 2, "area_coverage": 2, "flow_sankey": 1,
                                                  "flow_map": 1, "batches_by_quarter": 1, "coverage_trend": 4})
    at.session_state["gap_tab"] = "Who can fill a gap"
    at.run()
    at.selectbox(key="gap_area").set_value("fuxin").run()  # the fill-in tab's pick is not in any figure
    assert not at.exception and sum(built.values()) == 11


def test_query_frames_are_keyed_by_their_query(monkeypatch):
    """Inside a running page: a frame from data.query is keyed by (query, version, parameters, rows, columns); a
    frame derived from it, or changed in place, is hashed as data, never served a figure of the original."""
    from streamlit.testing.v1 import AppTest

    def script():
        import datetime as dt

        import streamlit as st

        from alliance.ui import data, shell

        day = dt.date.fromisoformat(data.catalog().dates[-1])
        df = data.query("capacity_by_area", snapshot=day, **shell.NO_FILTERS)
        st.session_state["kept"] = data._key(df)
        st.session_state["derived"] = data._key(df[df["institution_count"] > 5]) is not None and \
            isinstance(data._key(df[df["institution_count"] > 5]), tuple)
        df["extra"] = 1
        st.session_state["changed"] = data._key(df)

    at = AppTest.from_function(script, default_timeout=60).run()
    assert not at.exception
    kept, changed = at.session_state["kept"], at.session_state["changed"]
    assert kept[:2] == ("query", "capacity_by_area") and kept[-1][0] == "area_id" and kept[-2] == 8
    assert at.session_state["derived"] is False  # a filtered copy is not the query's frame
    assert changed != kept and "extra" in changed[-1]  # a column added in place: another key
