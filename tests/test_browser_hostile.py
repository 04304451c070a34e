"""In Chromium, on a snapshot whose names carry HTML and Markdown: nothing of it runs or renders as markup, and it
shows as the characters themselves in tables, headings, chart ticks and hover labels."""
import os

import pytest
from conftest import DATA, LATEST, copy_demo
from servers import LOOPBACK, ROOT, start_server, stop_server
from test_browser import ARTIFACTS, browser, page  # noqa: F401 (fixtures)
from test_browser_trust import settle
from test_faults import rewrite
from test_hostile import TEXT_COLUMNS, with_hostile_names

pytestmark = pytest.mark.browser

# If any of it became markup, the image's error handler or the link would set a flag the test reads.
PAYLOAD = "**粗体** <img src=x onerror=window.__pwned=1> [a](javascript:window.__pwned=2) <b>b</b>"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "data"
    copy_demo(root)
    folder = root / "snapshots" / f"snapshot={LATEST}"
    for table, columns in TEXT_COLUMNS.items():
        rewrite(folder, table, lambda t, c=columns: with_hostile_names(t, c, PAYLOAD, rows=1))
    url, proc = start_server(ROOT / "app.py", *LOOPBACK, env={**os.environ, "ALLIANCE_DATA_DIR": str(root)})
    yield url
    stop_server(proc)


def assert_inert(pg):
    assert pg.evaluate("() => window.__pwned") is None
    assert pg.locator('img[src="x"]').count() == 0
    assert pg.locator('a[href^="javascript"]').count() == 0
    assert pg.locator("strong:has-text('粗体')").count() == 0


PAGES = ["/areas?lang=en", "/gaps?lang=en&gap=80", "/working-groups?lang=en", "/lab-levels?lang=en",
         "/think-tank?lang=en", "/changes?lang=en", "/?lang=zh-CN"]


@pytest.mark.parametrize("path", PAGES)
def test_hostile_names_stay_text(server, page, path):  # noqa: F811
    page.goto(f"{server}{path}")
    page.wait_for_selector("h1", timeout=45_000)
    settle(page)
    page.wait_for_timeout(1000)  # charts and tables draw after the script ends
    assert_inert(page)


def test_chart_ticks_and_hover_show_the_characters(server, page):  # noqa: F811
    page.goto(f"{server}/areas?lang=en")
    page.wait_for_selector(".js-plotly-plot .bars path", timeout=45_000)
    settle(page)
    ticks = " ".join(page.locator(".js-plotly-plot .xtick text, .js-plotly-plot .ytick text").all_text_contents())
    assert "<img src=x" in ticks or "<b>b</b>" in ticks, ticks[:300]  # shown as text, not drawn
    # Hover every bar of the ranking until the hostile area's label shows: its text must carry the tags as text.
    bars = page.locator(".js-plotly-plot").first.locator(".bars path")
    seen = []
    for i in range(bars.count()):
        box = bars.nth(i).bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(150)
        seen.append(" ".join(page.locator(".hoverlayer .hovertext").all_text_contents()))
        if "<b>b</b>" in seen[-1]:
            break
    assert any("<b>b</b>" in s and "<img src=x" in s for s in seen), seen
    page.screenshot(path=str(ARTIFACTS / "hostile-names-hover-en.png"))
    assert_inert(page)


def test_directory_profile_shows_the_name_literally(server, page):  # noqa: F811
    import pyarrow.parquet as pq

    first = pq.read_table(DATA / "snapshots" / f"snapshot={LATEST}" / "institutions.parquet",
                          columns=["institution_id"]).column(0)[0].as_py()
    page.goto(f"{server}/directory?lang=en&institution={first}")
    page.wait_for_selector("h2", timeout=45_000)
    settle(page)
    assert f"{PAYLOAD} 0" in page.inner_text("body")
    assert_inert(page)
