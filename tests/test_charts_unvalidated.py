"""The chart builders (alliance.charts, the slides' alliance.briefing.figures) skip Plotly's second check of every
value (alliance.charts.VALIDATE, for speed): every figure
the pages draw, in both languages, is built both ways and must give the same JSON. A property misspelt in a
builder, which only that check would catch, fails here as an exception."""
import json

import plotly.graph_objects as go
import pytest
import streamlit as st
from conftest import run_page

from alliance import charts

Figure = go.Figure

# Every page that draws a chart, with each tab that draws one open (tabs run only when open).
CASES = [("pages/overview.py", {}), ("pages/capacity_by_area.py", {"area_tab": "domains"}),
         ("pages/capacity_by_area.py", {"measure": "assets_cny", "area": "tieling"}),
         ("pages/capacity_by_level.py", {}), ("pages/capacity_by_group.py", {}),
         ("pages/capacity_gaps.py", {"gap_tab": "matrix", "gap_area": "fuxin", "gap_domain": "food"}),
         ("pages/capacity_gaps.py", {"gap_tab": "flows"}),
         ("pages/capacity_gaps.py", {"gap_tab": "trend", "gap": "65"}),
         ("pages/members.py", {"institution": "sy_metrology", "dir_tab": "history"}), ("pages/compare.py", {}),
         *[("pages/presentation.py", {"slide": str(n)}) for n in (4, 6, 9)]]


def specs(page: str, params: dict, lang: str) -> list[dict]:
    st.cache_resource.clear()  # figures are cached (alliance.ui.data.figure): each way must build its own
    at = run_page(page, lang=lang, **params)
    assert not at.exception
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


# Every case in English, the gap matrix and the overview in Chinese too (the same code, other text).
RUNS = [(*case, "en") for case in CASES] + [(*CASES[0], "zh-CN"), (*CASES[5], "zh-CN")]


@pytest.mark.parametrize("page,params,lang", RUNS, ids=[f"{p.split('/')[1][:-3]}-{'-'.join(q.values())}-{lang}"
                                                        for p, q, lang in RUNS])
def test_figures_are_the_same_with_plotly_checking_every_value(monkeypatch, page, params, lang):
    fast = specs(page, params, lang)
    assert fast, "the page draws a chart"
    monkeypatch.setattr(charts, "VALIDATE", True)
    built = []
    monkeypatch.setattr(go, "Figure", lambda *a, **k: built.append(k) or Figure(*a, **k))
    checked = specs(page, params, lang)
    assert built and all(k["_validate"] for k in built)  # built anew, not the cached figures of the first pass
    assert fast == checked
