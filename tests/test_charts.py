"""Chart builders return figures whose data are the frames given, labelled in the chosen language."""
import pandas as pd
import plotly.graph_objects as go
import pytest

from alliance import charts


@pytest.fixture
def history():
    return pd.DataFrame({"snapshot": pd.to_datetime(["2022-03-31", "2022-06-30"]),
                         "qualification_count": [44982, 48024], "technical_staff_count": [1834, 1887]})


@pytest.fixture
def events():
    return pd.DataFrame({"date": pd.to_datetime(["2022-05-20", "2022-04-15"]), "kind": ["capability", "joint_meeting"],
                         "title_zh": ["流量计中心建成", "第六次联席会议"], "title_en": ["Flowmeter centre", None]})


@pytest.mark.parametrize("lang,bar_name", [("zh-CN", "资质项目（项）"), ("en", "Qualification items")])
def test_growth_with_events(history, events, lang, bar_name):
    fig = charts.growth_with_events(history, events, lang)
    assert isinstance(fig, go.Figure)
    bar = fig.data[0]
    assert bar.type == "bar" and list(bar.y) == [44982, 48024] and bar.name == bar_name
    assert list(fig.data[1].y) == [1834, 1887]
    markers = {tuple(tr.customdata) for tr in fig.data[2:]}
    # English falls back to the Chinese title where the English one is missing.
    assert markers == ({("流量计中心建成",), ("第六次联席会议",)} if lang == "zh-CN"
                       else {("Flowmeter centre",), ("第六次联席会议",)})


def test_ranking_sorted_with_exact_labels():
    df = pd.DataFrame({"name_zh": ["沈阳", "铁岭"], "name_en": ["Shenyang", "Tieling"], "assets_cny": [9e8, 1.2e8]})
    fig = charts.ranking(df, "assets_cny", "zh-CN", unit="money")
    assert list(fig.data[0].y) == ["铁岭", "沈阳"]
    assert list(fig.data[0].text) == ["1.2亿元", "9亿元"]


def test_no_chart_builder_imports_streamlit():
    import inspect

    assert "streamlit" not in inspect.getsource(charts)


def test_coverage_heatmap_cells():
    cov = pd.DataFrame({"area_id": ["tieling", "tieling", "shenyang", "shenyang"],
                        "area_name_zh": ["铁岭", "铁岭", "沈阳", "沈阳"],
                        "area_name_en": ["Tieling"] * 2 + ["Shenyang"] * 2,
                        "domain_id": ["food", "water"] * 2, "domain_name_zh": ["食品", "水质"] * 2,
                        "domain_name_en": ["Food", "Water"] * 2, "annual_demand_batches": [100, 50, 200, 0],
                        "local_capacity_batches": [0, 40, 300, 10], "gap_batches": [100, 10, 0, 0],
                        "coverage_pct": [0.0, 80.0, 150.0, None], "local_institution_count": [0, 1, 3, 1]})
    fig = charts.coverage_heatmap(cov, 80, "en")
    cells, empty = fig.data  # cells with demand on the colour scale; the cell with no demand in grey
    assert all(tr.type == "scatter" and tr.marker.symbol == "square" for tr in fig.data)  # points, so clickable
    assert list(cells.y) == ["Tieling", "Tieling", "Shenyang"] and list(cells.x) == ["Food", "Water", "Food"]
    assert list(cells.marker.color) == [0.0, 80.0, 150.0]
    assert list(cells.text) == ["✕", "80%", "150%"]
    assert list(cells.customdata) == ["tieling|food", "tieling|water", "shenyang|food"]
    assert list(empty.customdata) == ["shenyang|water"] and list(empty.text) == ["—"]
    assert list(fig.layout.yaxis.categoryarray) == ["Tieling", "Shenyang"]
    assert fig.layout.clickmode == "event+select"
