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
    fig = charts.coverage_heatmap(cov, 80, "en", picked=("shenyang", "food"))
    grey, colour = (tr for tr in fig.data if tr.type == "heatmap")
    points = [tr for tr in fig.data if tr.type == "scatter"]
    # Domains are rows, areas columns; colour only where there is demand, grey where there is none.
    assert list(fig.layout.xaxis.ticktext) == ["Tieling", "Shenyang"]
    assert list(fig.layout.yaxis.ticktext) == ["Food", "Water"]
    assert [list(r) for r in colour.z] == [[0.0, 150.0], [80.0, None]]
    assert [list(r) for r in grey.z] == [[None, None], [None, 1]]
    # Every cell a clickable point with its label and "area|domain"; the label dark or light to read on its cell.
    cells = {c: (x, y, text, tr.textfont.color) for tr in points
             for c, x, y, text in zip(tr.customdata, tr.x, tr.y, tr.text)}
    assert cells["tieling|food"][:3] == (0, 0, "✕") and cells["tieling|food"][3] == "#ffffff"  # on dark red
    assert cells["tieling|water"][:3] == (0, 1, "80%") and cells["shenyang|food"][:3] == (1, 0, "150%")
    assert cells["shenyang|water"][2] == "—"
    for tr in points:
        assert tr.marker.symbol == "square" and tr.textfont.size >= 12
    assert fig.layout.clickmode == "event+select"
    (outline,) = fig.layout.shapes  # the picked cell, outlined
    assert (outline.x0, outline.x1, outline.y0, outline.y1) == (0.5, 1.5, -0.5, 0.5)
    assert fig.layout.xaxis.tickangle == 0


@pytest.mark.parametrize("frac", [i / 40 for i in range(41)])
@pytest.mark.parametrize("threshold", [0, 50, 80, 100, 150])
def test_matrix_labels_reach_4_5_to_1_on_every_colour(frac, threshold):
    edge = max(min(threshold / 150, 0.999), 0.001)
    scale = [[0, charts.GAP_RED], [edge * 0.999, "#f4a582"], [edge, "#d1e5f0"], [1, charts.GAP_BLUE]]
    fill = charts.colour_at(scale, frac)
    assert charts.contrast(charts.text_on(fill), fill) >= 4.5, fill


def test_contrast_matches_wcag_examples():
    assert charts.contrast("#ffffff", "#000000") == pytest.approx(21, abs=0.01)
    assert charts.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_ranking_puts_a_missing_value_last_and_says_so():
    df = pd.DataFrame({"area_id": ["shenyang", "shenfu", "tieling"], "name_zh": ["沈阳", "沈抚示范区", "铁岭"],
                       "name_en": ["Shenyang", "Shenfu zone", "Tieling"],
                       "items_per_10k_residents": [21.9, None, 15.7]})
    fig = charts.ranking(df, "items_per_10k_residents", "en", unit="ratio", ids="area_id", picked="tieling")
    bar = fig.data[0]
    # Drawn bottom-up: the first row is the bottom bar. No value sits at the bottom, its label saying why.
    assert list(bar.y) == ["Shenfu zone", "Tieling", "Shenyang"]
    assert bar.text[0] == "— no value on record" and bar.x[0] == 0 and bar.textposition[0] == "outside"
    assert list(bar.marker.color) == [charts.BLUE, charts.PICKED, charts.BLUE]  # the picked area marked


def test_bar_value_labels_never_turn():
    """The house template (the app's default, set after Streamlit's own) stands every bar's value label level."""
    import plotly.io as pio

    assert pio.templates["alliance"].data.bar[0].textangle == 0
    df = pd.DataFrame({"name_zh": ["纺织服装"], "name_en": ["Textiles"], "qualification_count": [5]})
    assert charts.ranking(df, "qualification_count", "en").data[0].textangle is None  # no builder turns it back


def test_quarterly_services_one_panel_per_channel():
    df = pd.DataFrame({"quarter": pd.to_datetime(["2022-01-01", "2022-01-01", "2022-04-01", "2022-04-01"]),
                       "channel": ["routine", "emergency", "routine", "emergency"], "batches": [12000, 19, 11688, 31]})
    fig = charts.batches_by_quarter(df, "zh-CN")
    routine, emergency = fig.data
    assert list(routine.y) == [12000, 11688] and list(emergency.y) == [19, 31]
    assert routine.yaxis != emergency.yaxis  # each on its own axis, so 19 and 31 are not drawn flat under 12,000
    assert list(routine.x) == ["2022<br>Q1", "2022<br>Q2"]


def test_coverage_trend_tells_areas_apart_without_colour():
    rows = [(a, n, s, v) for a, n, base in [("anshan", "Anshan", 50), ("benxi", "Benxi", 51), ("fuxin", "Fuxin", 20)]
            for s, v in [("2022-03-31", base), ("2022-06-30", base + 1)]]
    df = pd.DataFrame(rows, columns=["area_id", "name_en", "snapshot", "coverage_pct"]).assign(
        name_zh=lambda d: d["name_en"])
    fig = charts.coverage_trend(df, 80, "en")
    lines = [tr for tr in fig.data if tr.type == "scatter"]
    assert len({tr.marker.symbol for tr in lines}) == len({tr.line.dash for tr in lines}) == 3
    ends = {a.text: a.y for a in fig.layout.annotations if a.text in {"Anshan", "Benxi", "Fuxin"}}
    assert set(ends) == {"Anshan", "Benxi", "Fuxin"}
    assert ends["Benxi"] - ends["Anshan"] >= 0.05 * fig.layout.yaxis.range[1] - 1e-9  # names moved apart


def _coverage():
    return pd.DataFrame({"area_id": ["tieling"] * 3 + ["shenyang"] * 3,
                         "area_name_zh": ["铁岭"] * 3 + ["沈阳"] * 3,
                         "area_name_en": ["Tieling"] * 3 + ["Shenyang"] * 3,
                         "domain_id": ["food", "water", "metrology"] * 2,
                         "domain_name_zh": ["食品", "水质", "计量校准（含量值溯源与仪器检定）"] * 2,
                         "domain_name_en": ["Food", "Water", "Metrology and calibration of instruments"] * 2,
                         "annual_demand_batches": [100, 50, 0, 200, 10, 10],
                         "local_capacity_batches": [0, 45, 5, 300, 10, 10], "gap_batches": [100, 5, 0, 0, 0, 0],
                         "coverage_pct": [0.0, 90.0, None, 150.0, 100.0, 100.0],
                         "local_institution_count": [0, 1, 1, 3, 1, 1]})


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_area_coverage_is_one_column_of_the_matrix_worst_first(lang):
    fig = charts.area_coverage(_coverage(), 80, lang, "tieling", picked=("tieling", "water"))
    (bar,) = fig.data
    assert bar.orientation == "h" and fig.layout.yaxis.autorange == "reversed"  # the first row stands on top
    # Lowest coverage first, no demand last; the same labels as the matrix's cells, ✕ for no local member.
    assert list(bar.customdata) == ["tieling|food", "tieling|water", "tieling|metrology"]
    assert list(bar.text) == ["✕ 0%", "90%", "—"]
    assert list(bar.marker.color) == [charts.GAP_RED, charts.GAP_BLUE, charts.NO_DEMAND]
    assert list(bar.marker.line.width) == [0.5, 2.5, 0.5]  # the picked domain outlined
    names = list(fig.layout.yaxis.ticktext)
    assert names[0] == ("食品" if lang == "zh-CN" else "Food")
    assert "<br>" in names[2] and names[2].replace("<br>", "" if lang == "zh-CN" else " ") == (
        "计量校准（含量值溯源与仪器检定）" if lang == "zh-CN" else "Metrology and calibration of instruments")
    assert fig.layout.clickmode == "event+select" and fig.layout.yaxis.tickfont.size >= 12


def test_phone_variants_thin_the_date_ticks_and_keep_the_desktop_form(history, events):
    dates = pd.to_datetime(["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31", "2022-03-31", "2022-06-30"])
    long = pd.DataFrame({"snapshot": dates, "qualification_count": range(6), "technical_staff_count": range(6)})
    desk, phone = (charts.growth_with_events(long, events, "en", phone=p) for p in (False, True))
    assert len(desk.layout.xaxis.tickvals) == 6 and desk.layout.height == 620
    ticks = list(phone.layout.xaxis.tickvals)
    assert len(ticks) == charts.PHONE_TICKS == 2 and ticks[0] == dates[0] and ticks[-1] == dates[-1]
    assert [bool(v) for v in phone.data[0].text] == [True, False, False, False, False, True]
    assert list(phone.data[0].y) == list(desk.data[0].y) and all(desk.data[0].text)
    rows = [("anshan", "Anshan", d, 50.0) for d in dates] + [("benxi", "Benxi", d, 60.0) for d in dates]
    df = pd.DataFrame(rows, columns=["area_id", "name_en", "snapshot", "coverage_pct"]).assign(
        name_zh=lambda d: d["name_en"])
    trend = charts.coverage_trend(df, 80, "en", phone=True)
    assert trend.layout.showlegend and trend.layout.legend.y < 0  # names in a legend below, not at the lines' ends
    assert not [a for a in trend.layout.annotations if a.text in {"Anshan", "Benxi"}]
    assert len(trend.layout.xaxis.tickvals) == charts.PHONE_TICKS
    assert {a.text for a in charts.coverage_trend(df, 80, "en").layout.annotations} >= {"Anshan", "Benxi"}
