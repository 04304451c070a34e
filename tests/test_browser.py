"""End to end in a real headless Chromium (Debian's), driven by Playwright: pages render, charts draw, state sticks."""
import os
import time

import pytest
from conftest import ROOT
from servers import CHROMIUM, LOOPBACK, launch_chromium, start_server, stop_server

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts"

if not CHROMIUM and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def server():
    url, proc = start_server(ROOT / "app.py", *LOOPBACK)
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "install Debian's chromium"
    with sync_playwright() as p:
        b = launch_chromium(p)
        # One session at the root after server start (README: "Deep links after a restart"): Streamlit treats a
        # folder named pages/ as a legacy app until st.navigation first runs, and would show a one-off notice.
        warm = b.new_page()
        warm.goto(server)
        warm.wait_for_selector('[data-testid="stMetric"]', timeout=60_000)
        warm.close()
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    pg = ctx.new_page()
    yield pg
    ctx.close()


def wait_for_overview(pg, timeout=45_000):
    pg.wait_for_function(
        "() => document.querySelectorAll('[data-testid=\"stMetric\"]').length >= 9"
        " && document.querySelectorAll('.js-plotly-plot .main-svg').length >= 3"
        " && [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelectorAll('g.trace').length > 0)",
        timeout=timeout)


@pytest.mark.parametrize("lang,assets,title", [("zh-CN", "13.6亿元", "联盟概览"),
                                               ("en", "CNY 1.36 bn", "Alliance overview")])
def test_overview_renders_with_charts(server, page, lang, assets, title):
    ARTIFACTS.mkdir(exist_ok=True)
    start = time.perf_counter()
    page.goto(f"{server}/?lang={lang}")
    wait_for_overview(page)
    elapsed = time.perf_counter() - start
    print(f"\noverview {lang}: navigation to all charts visible {elapsed:.2f} s")
    body = page.inner_text("body")
    assert title in body and assets in body and "48,024" in body and "1,887" in body
    assert "Traceback" not in body and "Page not found" not in body
    bars = page.locator(".js-plotly-plot .bars path")
    assert bars.count() > 10  # bars actually drawn, not an empty axis
    page.screenshot(path=str(ARTIFACTS / f"overview-{lang}.png"), full_page=True)


def test_browser_locale_picks_language(server, browser):
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="en-US")
    pg = ctx.new_page()
    pg.goto(server)
    wait_for_overview(pg)
    assert "Alliance overview" in pg.inner_text("body")
    ctx.close()


def test_state_survives_page_switch_and_reload(server, page):
    page.goto(f"{server}/?lang=en&snapshot=2021-12-31&area=nowhere")
    wait_for_overview(page)
    assert "Data as of 31 Dec 2021" in page.inner_text("body")
    page.get_by_role("link", name="Data sources").first.click()
    page.wait_for_url("**/data-sources?*", timeout=20_000)
    page.wait_for_function(
        "() => location.search.includes('snapshot=2021-12-31') && location.search.includes('lang=en')", timeout=20_000)
    page.wait_for_selector("text=Published figures", timeout=20_000)
    page.reload()
    page.wait_for_selector("text=Published figures", timeout=30_000)
    page.wait_for_selector('[data-testid="stDataFrame"] canvas', timeout=30_000)
    page.wait_for_timeout(800)  # the grid paints its canvas just after it mounts
    body = page.inner_text("body")
    assert "Data as of 31 Dec 2021" in body and "Published figures" in body
    page.screenshot(path=str(ARTIFACTS / "data-sources-en.png"), full_page=True)


def test_gap_list_downloads_equal_independent_figures(server, page, tmp_path):
    import io

    import expected
    import openpyxl
    import pandas as pd
    from conftest import LATEST

    page.goto(f"{server}/gaps?lang=en&gap=80")
    page.get_by_role("tab", name="Ranked gaps").click()
    want = expected.coverage(LATEST)
    want = want[(want["annual_demand_batches"] > 0) & (want["coverage_pct"] < 80)]
    with page.expect_download(timeout=30_000) as dl:
        page.get_by_role("button", name="Download CSV").first.click()
    assert dl.value.suggested_filename == f"capacity-gaps_{LATEST}_gap=80.csv"
    csv = pd.read_csv(dl.value.path(), encoding="utf-8-sig")
    assert sorted(csv["Gap (batches/yr)"]) == sorted(want["gap_batches"].astype(int))
    with page.expect_download(timeout=30_000) as dl:
        page.get_by_role("button", name="Download Excel").first.click()
    assert dl.value.suggested_filename == f"capacity-gaps_{LATEST}_gap=80.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(dl.value.path().read_bytes())).active  # the temp file has no suffix
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == len(want)
    col = rows[0].index("Gap (batches/yr)")
    assert sorted(r[col] for r in rows[1:]) == sorted(want["gap_batches"].astype(int))
    page.screenshot(path=str(ARTIFACTS / "gaps-list-en.png"))


@pytest.mark.parametrize("lang,title", [("zh-CN", "能力缺口"), ("en", "Capacity gaps")])
def test_gaps_page_renders(server, page, lang, title):
    page.goto(f"{server}/gaps?lang={lang}")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot g.trace').length > 0", timeout=45_000)
    body = page.inner_text("body")
    assert title in body and "Traceback" not in body
    page.screenshot(path=str(ARTIFACTS / f"gaps-matrix-{lang}.png"))


def test_filters_survive_page_switch_and_reload_and_download(server, page):
    import expected
    import pandas as pd
    from conftest import LATEST, read

    page.goto(f"{server}/areas?lang=en&domains=food,metrology&measure=assets_cny")
    page.wait_for_selector("text=All measures by area", timeout=45_000)
    # The script's run to its end: until then the first "Download CSV" may not yet be the area table's.
    page.wait_for_function("() => document.querySelector('[data-test-script-state]')?.getAttribute("
                           "'data-test-script-state') === 'notRunning'", timeout=45_000)
    # The area table's own button, the first after its heading: the drill-down's tables below have buttons of the
    # same name, and a rerun in flight can leave the area table's row briefly out of the DOM.
    button = page.locator("xpath=//h2[contains(., 'All measures by area')]"
                          "/following::button[contains(., 'Download CSV')][1]")
    button.wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as dl:
        button.click()
    assert dl.value.suggested_filename == f"capacity-by-area_{LATEST}_domains=food_metrology.csv"
    csv = pd.read_csv(dl.value.path(), encoding="utf-8-sig").set_index("Area")
    names = read("areas").set_index("area_id")["name_en"]
    for area, m in expected.by_area_filtered(LATEST, (), ("food", "metrology")).items():
        assert csv.loc[names[area], "Qualification items"] == m["qualification_count"]
        assert csv.loc[names[area], "Assets (CNY)"] == m["assets_cny"]
    page.screenshot(path=str(ARTIFACTS / "capacity-by-area-en.png"))

    page.get_by_role("link", name="By working group").first.click()
    page.wait_for_url("**/working-groups?*", timeout=20_000)
    page.wait_for_function("() => location.search.includes('domains=food%2Cmetrology') "
                           "|| location.search.includes('domains=food,metrology')", timeout=20_000)
    page.wait_for_selector("text=Groups side by side", timeout=30_000)
    page.reload()
    page.wait_for_selector("text=Groups side by side", timeout=30_000)
    assert "measure=assets_cny" in page.url
    body = page.inner_text("body")
    assert "Food" in body and "Metrology and calibration" in body  # the chosen filters, shown as chips
    page.screenshot(path=str(ARTIFACTS / "capacity-by-group-en.png"))


@pytest.mark.parametrize("path,lang,title", [("/lab-levels", "zh-CN", "按实验室级别看检验检测能力"),
                                             ("/working-groups", "zh-CN", "按职能工作组看检验检测能力"),
                                             ("/areas", "zh-CN", "按地区看检验检测能力"),
                                             ("/lab-levels", "en", "Capacity by lab level")])
def test_capacity_pages_render(server, page, path, lang, title):
    page.goto(f"{server}{path}?lang={lang}")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot g.trace').length > 0", timeout=45_000)
    page.wait_for_timeout(1500)
    body = page.inner_text("body")
    assert title in body and "Traceback" not in body
    page.screenshot(path=str(ARTIFACTS / f"capacity{path.replace('/', '-')}-{lang}.png"))
