"""The meeting view in a real headless Chromium (Debian's): every slide in both languages at 1920×1080 and 1280×720
fits the screen with nothing to scroll and no sidebar, shows its message as its title, no raw markup, no text under
16 px and no chart text over other chart text; charts are drawn; a presenter's clicker keys (PageDown, Space, arrows,
PageUp, Home, End, B to black the screen) move through the slides from a fresh load with the number in the URL, and
nothing is fetched from anywhere but the local server. Screenshots of every slide go to artifacts/meeting/."""
import os

import pytest
import reading
from conftest import DATA, LATEST, ROOT
from servers import CHROMIUM, LOOPBACK, launch_chromium, start_server, stop_server

from alliance import i18n
from alliance.briefing import export
from alliance.briefing.deck import SLIDE_KEYS

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts" / "meeting"
CHARTS = {"areas", "added", "levels", "groups", "gaps", "flows"}
SIZES = [(1920, 1080), (1280, 720)]

if not CHROMIUM and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def server():
    url, proc = start_server(ROOT / "app.py", *LOOPBACK)
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def requests_seen():
    return []


@pytest.fixture(scope="module")
def browser(server, requests_seen):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "install Debian's chromium"
    with sync_playwright() as p:
        b = launch_chromium(p)
        warm = b.new_page()  # the root once after server start (README: "Deep links after a restart")
        warm.on("request", lambda r: requests_seen.append(r.url))
        warm.goto(server)
        warm.wait_for_selector('[data-testid="stMetric"]', timeout=60_000)
        warm.close()
        yield b
        b.close()


def open_meeting(browser, server, requests_seen, lang: str, size: tuple[int, int], query: str = "slide=1"):
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale=lang)
    ctx.on("request", lambda r: requests_seen.append(r.url))
    pg = ctx.new_page()
    pg.goto(f"{server}/meeting?lang={lang}&{query}")
    return ctx, pg


def titles(lang: str, snapshot: str = LATEST, base: str | None = None) -> list[str]:
    return [s.title for s in export.build_from_root(DATA, snapshot, base, lang).slides]


def check_reads(pg, what: str, min_px: float) -> None:
    """A slide read from the back of the room: no text under `min_px`, no raw markup, no chart text on another."""
    assert reading.problems(pg, chart_px=min_px, html_px=min_px) == [], what


def settled(pg, number: int, title: str, chart: bool) -> None:
    """The run for slide `number` has finished: its title is up, its number in the URL, its chart drawn."""
    pg.wait_for_function(
        "([n, title]) => new URLSearchParams(location.search).get('slide') === String(n)"
        " && [...document.querySelectorAll('.st-key-meeting_top h1')].some(h => h.innerText.trim() === title)",
        arg=[number, title], timeout=30_000)
    pg.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=30_000)
    if chart:
        pg.wait_for_function("() => document.querySelectorAll('.js-plotly-plot g.trace').length > 0"
                             " && document.querySelectorAll('.js-plotly-plot .bars path, .js-plotly-plot .scatterlayer"
                             " path.js-line').length > 0", timeout=30_000)
    pg.wait_for_timeout(250)  # the chart's resize to the screen and the grid's canvas paint just after mounting


LAYOUT = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const side = document.querySelector('[data-testid="stSidebar"]');
  const opener = document.querySelector(
    '[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapsedControl"]');
  const shown = el => !!el && el.getBoundingClientRect().width > 0 && getComputedStyle(el).display !== 'none';
  const boxes = [...document.querySelectorAll(
    '[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"]')]
    .map(e => e.getBoundingClientRect()).filter(r => r.height > 0);
  const doc = document.scrollingElement;
  return {page: [doc.scrollHeight, innerHeight, doc.scrollWidth, innerWidth],
          main: [main.scrollHeight, main.clientHeight, main.scrollWidth, main.clientWidth],
          sidebar: shown(side) || shown(opener), bottom: Math.max(...boxes.map(r => r.bottom)),
          right: Math.max(...boxes.map(r => r.right)), body: document.body.innerText};
}"""


def check_fits(pg, what: str) -> None:
    # Under load the page-scoped CSS can land a frame after the run ends: give the sidebar a moment to go.
    try:
        pg.wait_for_function(f"() => !({LAYOUT})().sidebar", timeout=10_000)
    except Exception:  # measured and reported just below
        pass
    got = pg.evaluate(LAYOUT)
    page_h, inner_h, page_w, inner_w = got["page"]
    main_h, main_ch, main_w, main_cw = got["main"]
    assert page_h <= inner_h + 2 and page_w <= inner_w + 2, (what, got["page"])
    assert main_h <= main_ch + 2 and main_w <= main_cw + 2, (what, got["main"])  # stMain is what would scroll
    assert got["bottom"] <= inner_h and got["right"] <= inner_w, (what, got["bottom"], got["right"])
    assert not got["sidebar"], what
    assert "Traceback" not in got["body"] and "Page not found" not in got["body"], what


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_every_slide_fits_and_next_advances(browser, server, requests_seen, lang, size):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx, pg = open_meeting(browser, server, requests_seen, lang, size)
    total = len(SLIDE_KEYS)
    messages = titles(lang)
    for number, key in enumerate(SLIDE_KEYS, start=1):
        settled(pg, number, messages[number - 1], key in CHARTS)
        check_fits(pg, f"{lang} {size} slide {number} {key}")
        check_reads(pg, f"{lang} {size} slide {number} {key}", 16)
        if key != "title":
            assert i18n.t(f"deck.{key}", lang) in pg.inner_text(".st-key-meeting_kicker")
        assert i18n.t("deck.slide_of", lang, n=number, total=total) in pg.inner_text(".st-key-meeting_top")
        pg.screenshot(path=str(ARTIFACTS / f"{lang}-{size[0]}x{size[1]}-{number:02d}-{key}.png"))
        if number < total:
            pg.locator(".st-key-meeting_next button").first.click()
            pg.mouse.move(size[0] // 2, size[1] - 5)  # no tooltip over the next screenshot
    assert pg.locator(".st-key-meeting_next button").first.is_disabled()
    ctx.close()


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_clicker_keys_from_a_fresh_load(browser, server, requests_seen, lang):
    """What a presenter's clicker sends, pressed with nothing clicked first: each key lands on the right slide."""
    ctx, pg = open_meeting(browser, server, requests_seen, lang, (1280, 720), "slide=2")
    messages = titles(lang)
    settled(pg, 2, messages[1], False)
    total = len(SLIDE_KEYS)
    for key, number in [("PageDown", 3), ("Space", 4), ("ArrowDown", 5), ("ArrowRight", 6), ("PageUp", 5),
                        ("ArrowUp", 4), ("ArrowLeft", 3), ("End", total), ("Home", 1)]:
        pg.keyboard.press(key)
        settled(pg, number, messages[number - 1], False)
    for key in ("b", "."):  # blacks the screen; any key brings the same slide back
        pg.keyboard.press(key)
        cover = pg.locator("#meeting-blank")
        cover.wait_for(state="visible", timeout=5_000)
        box = cover.bounding_box()
        assert box["width"] >= 1280 and box["height"] >= 720
        assert cover.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(0, 0, 0)"
        pg.keyboard.press("ArrowRight")  # the key that wakes the screen does not also turn the slide
        cover.wait_for(state="detached", timeout=5_000)
        pg.wait_for_timeout(300)
        assert "slide=1" in pg.url
    assert i18n.t("deck.slide_of", lang, n=1, total=total) in pg.inner_text(".st-key-meeting_top")
    ctx.close()


def test_arrow_keys_and_exit(browser, server, requests_seen):
    ctx, pg = open_meeting(browser, server, requests_seen, "en", (1280, 720), "slide=3&base=2021-03-31")
    messages = titles("en", base="2021-03-31")
    settled(pg, 3, messages[2], False)
    pg.keyboard.press("ArrowRight")
    settled(pg, 4, messages[3], True)
    assert "base=2021-03-31" in pg.url
    pg.keyboard.press("ArrowLeft")
    settled(pg, 3, messages[2], False)
    pg.keyboard.press("ArrowLeft")
    settled(pg, 2, messages[1], False)
    pg.locator(".st-key-meeting_prev button").first.click()
    settled(pg, 1, messages[0], False)
    assert pg.locator(".st-key-meeting_prev button").first.is_disabled()
    pg.get_by_role("link", name="Exit").click()  # back on an ordinary page, the sidebar is there again
    pg.wait_for_url("**/changes?*", timeout=20_000)
    pg.wait_for_selector('[data-testid="stSidebar"] [data-testid="stSidebarNav"]', timeout=30_000)
    assert pg.locator('[data-testid="stSidebar"]').bounding_box()["width"] > 100
    assert "base=2021-03-31" in pg.url
    ctx.close()


def test_oldest_snapshot_and_many_milestones_fit(browser, server, requests_seen):
    ctx, pg = open_meeting(browser, server, requests_seen, "zh-CN", (1280, 720), "snapshot=2021-03-31&slide=4")
    settled(pg, 1, "联盟联席会议简报", False)
    assert i18n.t("meeting.no_base", "zh-CN") in pg.inner_text("body")
    check_fits(pg, "oldest")
    pg.screenshot(path=str(ARTIFACTS / "zh-CN-1280x720-oldest.png"))
    pg.goto(f"{server}/meeting?lang=zh-CN&snapshot=2022-06-30&base=2021-03-31&slide={len(SLIDE_KEYS)}")
    settled(pg, len(SLIDE_KEYS), titles("zh-CN", base="2021-03-31")[-1], False)
    pg.wait_for_selector('[data-testid="stTable"] td', timeout=30_000)  # 18 milestones: the latest in a table
    check_fits(pg, "milestones since the first snapshot")
    check_reads(pg, "milestones since the first snapshot", 16)
    assert "更早的" in pg.inner_text('[data-testid="stMain"]')  # the rest counted, not silently cut
    pg.screenshot(path=str(ARTIFACTS / "zh-CN-1280x720-milestones-all.png"))
    ctx.close()


def test_nothing_leaves_localhost(requests_seen, server):
    """Runs last in this module: every request the pages above made went to the local server."""
    leaks = [u for u in requests_seen if not u.startswith((server, "data:", "blob:"))]
    assert requests_seen and leaks == [], leaks
