"""Every page runs in-process under AppTest, in both languages, for the oldest and the latest snapshot."""
import expected
import pytest
from conftest import DATES, LATEST, OLDEST, run_page

PAGES = ["pages/overview.py", "pages/data_sources.py", "pages/capacity_gaps.py", "pages/capacity_by_area.py",
         "pages/capacity_by_level.py", "pages/capacity_by_group.py", "pages/members.py", "pages/experts.py",
         "pages/capability_search.py", "pages/compare.py", "pages/sql_explorer.py"]
KPI_LABELS = {
    "zh-CN": {"assets_cny": "总资产", "national_provincial_lab_count": "国家级、省级实验室",
              "technical_staff_count": "专业技术人员", "qualification_count": "检验检测资质",
              "institution_count": "成员机构", "area_count": "成员地区", "working_group_count": "职能工作组",
              "expert_count": "智库专家", "service_batches": "服务批次（累计）"},
    "en": {"assets_cny": "Total assets", "national_provincial_lab_count": "National and provincial labs",
           "technical_staff_count": "Technical staff", "qualification_count": "Qualification items",
           "institution_count": "Member institutions", "area_count": "Member areas",
           "working_group_count": "Working groups", "expert_count": "Think-tank experts",
           "service_batches": "Service batches (to date)"},
}


def run_app(page: str | None = None, **params):
    return run_page(page, **params)


@pytest.mark.parametrize("snapshot", [OLDEST, LATEST])
@pytest.mark.parametrize("lang", ["zh-CN", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_page_runs(page, lang, snapshot):
    at = run_app(page, lang=lang, snapshot=snapshot)
    assert not at.exception
    assert at.query_params["lang"] == [lang] or at.query_params["lang"] == lang
    assert at.session_state["snapshot"] == snapshot
    assert at.title[0].value


@pytest.mark.parametrize("snapshot", [OLDEST, DATES[2], LATEST])
@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_overview_kpis_equal_independent_figures(lang, snapshot):
    at = run_app(lang=lang, snapshot=snapshot)
    cards = {m.proto.label: m.proto for m in at.metric}
    want = expected.kpis(snapshot)
    before = expected.kpis(DATES[DATES.index(snapshot) - 1]) if snapshot != OLDEST else None
    for col, label in KPI_LABELS[lang].items():
        card = cards[label]
        exact = f"{want[col]:,}"
        if col == "assets_cny":
            assert exact in card.help  # the card shows 13.6亿元 / CNY 1.36 bn; its tooltip every digit
        else:
            assert card.body == exact
            if before is not None:
                diff = want[col] - before[col]
                assert card.delta == ("+" if diff > 0 else "−" if diff < 0 else "±") + f"{abs(diff):,}"
        if before is None:
            assert not card.delta


def test_latest_overview_shows_published_figures():
    cards = {m.proto.label: m.proto for m in run_app(lang="zh-CN").metric}
    assert cards["总资产"].body == "13.6亿元"
    assert cards["国家级、省级实验室"].body == "22"
    assert cards["专业技术人员"].body == "1,887"
    assert cards["检验检测资质"].body == "48,024"
    assert cards["智库专家"].body == "155"


def test_data_sources_all_published_figures_match():
    at = run_app(PAGES[1], lang="en")
    table = at.dataframe[0].value
    assert len(table) == 11
    assert set(table["Check"]) == {"✓ matches"}


@pytest.mark.parametrize("params", [
    {"snapshot": "../../etc/passwd"}, {"snapshot": "2022-06-30' OR '1'='1"}, {"lang": "xx"},
    {"area": "nowhere", "foo": "<script>alert(1)</script>"}, {"snapshot": "2023-01-01"}, {"lang": ""},
])
def test_bad_url_parameters_are_ignored(params):
    at = run_app(**params)
    assert not at.exception
    assert at.session_state["snapshot"] == LATEST
    assert at.session_state["lang"] in ("zh-CN", "en")


def test_state_survives_page_switch_and_widget_changes():
    at = run_app(lang="en", snapshot=OLDEST)
    at.switch_page(PAGES[1]).run()
    assert at.session_state["lang"] == "en" and at.session_state["snapshot"] == OLDEST
    assert at.query_params["snapshot"] in (OLDEST, [OLDEST])
    at.sidebar.radio(key="lang").set_value("zh-CN").run()
    at.sidebar.selectbox(key="snapshot").set_value(DATES[3]).run()
    assert not at.exception
    assert at.query_params["lang"] in ("zh-CN", ["zh-CN"])
    assert at.query_params["snapshot"] in (DATES[3], [DATES[3]])
    assert at.title[0].value == "数据来源"


def test_area_measure_picker_changes_chart():
    at = run_app(lang="en")
    at.selectbox(key="ov_area_measure").set_value("assets_cny").run()
    assert not at.exception


def test_broken_snapshot_named_on_screen(data_copy):
    (data_copy / "snapshots" / "snapshot=2021-06-30" / "labs.parquet").write_bytes(b"not parquet")
    (data_copy / "snapshots" / ".tmp-snapshot=2022-09-30-0000").mkdir()
    at = run_app(lang="en")
    assert not at.exception
    warning = " ".join(w.value for w in at.sidebar.warning).replace("\\", "")  # names are Markdown-escaped
    assert "snapshot=2021-06-30" in warning and "sha256" in warning
    assert ".tmp-" not in warning  # a publish in progress is no problem to report
    options = at.sidebar.selectbox(key="snapshot").options
    assert len(options) == 5 and not any("30 Jun 2021" in o for o in options)
    assert len(at.metric) == 9


def test_no_data_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(tmp_path))
    for page in PAGES:
        at = run_app(page, lang="en")
        assert not at.exception
        assert any("No snapshot" in i.value for i in at.info)


def test_widget_change_on_default_page_keeps_the_frame():
    at = run_app()
    at.sidebar.selectbox(key="snapshot").set_value(OLDEST).run()
    assert not at.exception
    assert at.query_params["snapshot"] in (OLDEST, [OLDEST])
    at.sidebar.radio(key="lang").set_value("en").run()
    assert [type(e).__name__ for e in at.sidebar][1:3] == ["Radio", "Selectbox"]
    assert at.title[0].value == "Alliance overview"
    items = {m.proto.label: m.proto.body for m in at.metric}["Qualification items"]
    assert items == f"{expected.kpis(OLDEST)['qualification_count']:,}"
