"""In Chromium: a click on a gap-matrix cell outlines it and shows who can fill it; a click on a bar of the by-area
ranking marks it and says so beside the chart, with a link down to its detail; download buttons work on every
click."""
import io
import re

import openpyxl
import pandas as pd
import pytest
from conftest import LATEST
from pptx import Presentation
from test_browser import ARTIFACTS, browser, page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def settle(pg):
    pg.wait_for_function("() => document.querySelector('[data-test-script-state]')?.getAttribute("
                         "'data-test-script-state') === 'notRunning'", timeout=45_000)


def test_click_on_a_matrix_cell_shows_who_can_fill_it(server, page):  # noqa: F811
    page.goto(f"{server}/gaps?lang=en&gap=80")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .scatterlayer path.point').length > 100",
                           timeout=45_000)
    settle(page)
    assert "Selected:" not in page.inner_text("body")
    # A real click on one square of the matrix, through the mouse, as a user makes it.
    point = page.locator(".js-plotly-plot .scatterlayer path.point").nth(40)
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("text=Selected:", timeout=30_000)
    settle(page)
    caption = page.locator("text=Selected:").first.inner_text()
    assert " · " in caption
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "gaps-matrix-click-en.png"))
    # Its fillers download, twice, and the file names the clicked cell.
    for _ in range(2):
        with page.expect_download(timeout=30_000) as dl:
            page.get_by_role("button", name="Download CSV").first.click()
        assert dl.value.suggested_filename.startswith(f"gap-fillers_{LATEST}_area=")
        assert len(pd.read_csv(dl.value.path(), encoding="utf-8-sig")) > 0


def test_click_on_a_bar_answers_beside_the_chart(server, page):  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{server}/areas?lang=en")
    page.wait_for_selector(".js-plotly-plot .bars path", timeout=45_000)
    settle(page)
    note = page.locator("p", has_text="Marked on both charts:").first
    assert "Shenyang" in note.inner_text()
    # A real click on Tieling's bar in the ranking (rows drawn bottom-up: find it by its tick label).
    ticks = page.locator(".js-plotly-plot").first.locator(".ytick text").all_text_contents()
    bar = page.locator(".js-plotly-plot").first.locator(".bars path").nth(ticks.index("Tieling"))
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => location.search.includes('area=tieling')", timeout=30_000)
    settle(page)
    page.wait_for_timeout(500)
    note = page.locator("p", has_text="Marked on both charts:").first
    assert "Tieling" in note.inner_text() and note.is_visible()
    fill = page.locator(".js-plotly-plot").first.locator(".bars path").nth(ticks.index("Tieling")).evaluate(
        "el => getComputedStyle(el).fill")
    assert fill == "rgb(11, 58, 112)"  # the picked bar, darker than the rest
    page.get_by_role("link", name="Its members, domains and labs ↓").click()
    detail = page.get_by_role("heading", name="Area detail")
    page.wait_for_timeout(800)
    top = detail.bounding_box()["y"]
    assert 0 <= top < 720, top  # scrolled to the detail, which shows the picked area
    shown = page.evaluate("() => [...document.querySelectorAll('[data-testid=\"stSelectbox\"]')].map("
                          "s => s.innerText + ' ' + [...s.querySelectorAll('input')].map(i => i.value).join(' '))")
    assert any("Tieling" in s for s in shown), shown
    page.screenshot(path=str(ARTIFACTS / "areas-click-answers-en.png"))


# Every page that offers a file, in the state a user brings to it (the search with a query, a profile open).
DOWNLOAD_PAGES = [("/areas?lang=en", "All measures by area"), ("/changes?lang=en", "The change in words"),
                  ("/lab-levels?lang=zh-CN", "按实验室级别看检验检测能力"),
                  ("/working-groups?lang=en", "Groups side by side"),
                  ("/gaps?lang=en&gap=80&gap_tab=list", "Capacity gaps"),
                  ("/directory?lang=en&institution=sy_metrology", "Profile"),
                  ("/think-tank?lang=zh-CN", "联盟专家智库"),
                  ("/search?lang=en&q=GB%2FT%2020769", "Who can test this?"),
                  ("/meeting?lang=en&slide=1", "PowerPoint (editable charts)")]


@pytest.mark.parametrize("path,label", DOWNLOAD_PAGES, ids=[p.split("?")[0] for p, _ in DOWNLOAD_PAGES])
def test_every_download_button_works_twice(server, page, path, label):  # noqa: F811
    page.goto(f"{server}{path}")
    page.wait_for_selector(f"text={label}", timeout=45_000)
    settle(page)
    page.wait_for_selector('[data-testid="stDownloadButton"] button', state="attached", timeout=45_000)
    page.wait_for_timeout(500)
    buttons = page.locator('[data-testid="stDownloadButton"] button')
    tabs = page.get_by_role("tab")
    clicked: set[str] = set()
    # Buttons in a hidden tab cannot be clicked, and a tab that runs only when open has none until it is: open each
    # tab (if any) and click what it shows, each button (by its widget key) once.
    for t in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(t).click()
            page.wait_for_timeout(300)
            settle(page)
        for i in range(buttons.count()):
            key = buttons.nth(i).evaluate("b => b.closest('[class*=\"st-key-\"]')?.className.match(/st-key-\\S+/)[0]")
            if key in clicked or not buttons.nth(i).is_visible():
                continue
            clicked.add(key)
            for attempt in range(2):
                with page.expect_download(timeout=30_000) as dl:
                    buttons.nth(i).click()
                data = dl.value.path().read_bytes()
                name = dl.value.suggested_filename
                if name.endswith(".csv"):
                    assert len(pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")) > 0, (name, attempt)
                elif name.endswith(".pptx"):  # the meeting briefing: every slide, native charts
                    deck = Presentation(io.BytesIO(data))
                    assert len(deck.slides) == 10 and sum(sh.has_chart for sl in deck.slides for sh in sl.shapes) >= 6
                elif name.endswith(".html"):
                    assert data.count(b"<section") == 10, (name, attempt)
                    assert not re.search(rb"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", data), name
                else:
                    assert openpyxl.load_workbook(io.BytesIO(data)).active.max_row > 1, (name, attempt)
            settle(page)
    assert len(clicked) >= 2 and None not in clicked, clicked


def test_a_pick_in_the_fill_in_tab_reruns_that_tab_alone(server, page):  # noqa: F811
    """The fill-in tab is a fragment: picking another area reruns that tab, and the server sends its elements only,
    not the page's caption, slider and five tabs again. The slider above (a whole-page input) does send them, so
    the check tells the two apart. The pick still reaches the URL, and the tab shows the picked area."""
    received: list[bytes] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.append(
        payload if isinstance(payload, bytes) else payload.encode())))
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{server}/gaps?lang=en&gap=80&gap_area=anshan&gap_domain=food")
    page.wait_for_selector(".js-plotly-plot", timeout=45_000)
    settle(page)
    page.get_by_role("tab", name="Who can fill a gap").click()
    panel = page.locator('[role="tabpanel"]:visible')
    panel.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)
    # Written by the page above the tabs on every whole-page run (the caption), and in the matrix's tab.
    outside = (b"coverage = local annual capacity", b'"type":"scatter"')

    def sent_outside(action) -> list[bool]:
        received.clear()
        action()
        page.wait_for_timeout(300)
        settle(page)
        page.wait_for_timeout(300)
        blob = b"".join(received)
        return [marker in blob for marker in outside]

    def pick_tieling():
        page.locator(".st-key-gap_area").click()
        page.get_by_role("option", name="Tieling", exact=True).click()

    assert sent_outside(pick_tieling) == [False, False]  # the fragment's own elements only
    page.wait_for_function("() => location.search.includes('gap_area=tieling')", timeout=30_000)
    assert "Tieling" in panel.inner_text()

    def slide():
        page.get_by_role("tab", name="Gap matrix").click()
        page.locator(".st-key-gap input[type=range]").focus()
        page.keyboard.press("ArrowRight")

    assert sent_outside(slide) == [True, True]  # a whole-page input: the page and its figures again
    page.wait_for_function("() => location.search.includes('gap=85')", timeout=30_000)
