"""Every page on a phone (390×844) and a portrait tablet (768×1024), in both languages, in Chromium with mobile
emulation (touch, a device pixel ratio): the sidebar closed at first load, nothing scrolling sideways, no chart text
under 11 px or drawn over another, no KPI value cut, and the first answer within the first screens: the overview's
KPI figures on the first, the gap page's first bars by the second. The meeting view says politely, on a phone only,
that it is made for a projector."""
import pytest
import reading
from test_browser import ARTIFACTS, browser, server  # noqa: F401 (fixtures)
from test_browser_reading import PAGES as READ_PAGES
from test_browser_screens import LANGS, settle

from alliance import i18n

pytestmark = pytest.mark.browser

SIZES = [(390, 844), (768, 1024)]
# The meeting view's first slide: its charts keep the projector's 18 px type and say, on a phone, that they are
# made for a projector (test_meeting_view_says_it_is_for_a_projector).
PAGES = [*READ_PAGES, ("meeting", "/meeting?slide=1&")]
PHONE_PX = 11  # the smallest chart text a phone held at reading distance shows legibly

LAYOUT = """() => {
  const side = document.querySelector('[data-testid="stSidebar"]');
  const r = side ? side.getBoundingClientRect() : null;
  const cut = [...document.querySelectorAll('[data-testid="stMetricValue"], [data-testid="stMetricValue"] *')]
    .filter(el => el.offsetWidth && el.scrollWidth > el.clientWidth + 1).map(el => el.innerText);
  return {sidebarOpen: !!(r && r.width > 0 && r.right > 0), scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth, cut};
}"""

# The top of the first thing shown in the first tab (or on the page) of the kind asked for, in page pixels.
FIRST = """(selector) => {
  const shown = [...document.querySelectorAll(selector)].filter(el => el.getBoundingClientRect().width > 0);
  return shown.length ? shown[0].getBoundingClientRect().bottom : null;
}"""


# The phone in both languages; the portrait tablet, whose layout is the phone's with more room, in Chinese only
# (the suite's time goes where the layouts differ).
@pytest.fixture(scope="module", params=[f"{w}x{h}-{lang}" for w, h in SIZES for lang in LANGS
                                        if w < 768 or lang == "zh-CN"])
def device(request, browser, server):  # noqa: F811
    size, lang = request.param.split("-", 1)
    w, h = map(int, size.split("x"))
    ctx = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=3 if w < 500 else 2,
                              is_mobile=True, has_touch=True, locale=lang)
    yield ctx, lang, w, h, request.param, server
    ctx.close()


def fresh(device, path, ready: str | None = None):
    """A new tab, as a phone opens a link: no sidebar state remembered from an earlier page. `ready`: a JS condition
    the page meets once drawn (a fresh session's first run may report itself finished before it has begun)."""
    ctx, lang, *_, server = device  # noqa: F811
    pg = ctx.new_page()
    pg.goto(f"{server}{path}lang={lang}")
    if ready:
        pg.wait_for_function(ready, timeout=60_000)
    settle(pg)
    return pg


KPIS_DRAWN = "() => document.querySelectorAll('[data-testid=\"stMetricValue\"]').length >= 9"
BARS = ('[data-testid="stTabPanel"] .js-plotly-plot .bars path, '
        '[data-testid="stTabPanel"] .js-plotly-plot .heatmaplayer image')


@pytest.mark.parametrize("name,path", PAGES, ids=[p[0] for p in PAGES])
def test_page_reads_on_a_phone(device, name, path):
    _, lang, w, h, label, _ = device
    pg = fresh(device, path)
    try:
        layout = pg.evaluate(LAYOUT)
        found = []
        if layout["sidebarOpen"]:
            found.append("sidebar open at first load")
        if layout["scrollWidth"] > layout["innerWidth"]:
            found.append(f"page scrolls sideways: {layout['scrollWidth']}px in {layout['innerWidth']}px")
        found += [f"KPI value cut: {v}" for v in layout["cut"]]
        if w < 500 and name in ("overview", "gaps", "meeting"):
            (ARTIFACTS / "phone").mkdir(parents=True, exist_ok=True)
            pg.screenshot(path=str(ARTIFACTS / "phone" / f"{name}-{label}.png"))
        tabs = pg.get_by_role("tab")
        for k in range(max(tabs.count(), 1)):
            if tabs.count():
                # Clicked in the page: a grid's toolbar, shown on touch, may lie over a tab's hit box.
                tabs.nth(k).evaluate("tab => tab.click()")
                pg.wait_for_timeout(400)
                settle(pg)
            where = f"tab {k}: " if tabs.count() else ""
            found += [where + p for p in reading.problems(pg, chart_px=PHONE_PX)]
        assert found == [], f"{name} at {label}"
    finally:
        pg.close()


def test_first_figures_within_the_first_screens(device):
    _, lang, w, h, label, _ = device
    pg = fresh(device, "/?", KPIS_DRAWN)
    try:
        bottom = pg.evaluate(FIRST, '[data-testid="stMetricValue"]')
        assert bottom is not None and bottom <= h, f"first KPI figure ends at {bottom}px ({label})"
        # Two rows of cards at least fit the first screen: three or two to a row, not one.
        tops = pg.evaluate("""() => [...document.querySelectorAll('[data-testid="stMetric"]')]
            .map(el => el.getBoundingClientRect()).filter(r => r.width).map(r => Math.round(r.top))""")
        assert len(tops) == 9 and len(set(tops)) <= 5, f"KPI cards in {len(set(tops))} rows ({label})"
    finally:
        pg.close()
    pg = fresh(device, "/gaps?gap=80&", f"() => document.querySelector({BARS!r})")
    try:
        bar = pg.evaluate(FIRST, BARS)
        assert bar is not None and bar <= 2 * h, f"the gap page's first answer ends at {bar}px ({label})"
    finally:
        pg.close()


def test_meeting_view_says_it_is_for_a_projector(device):
    _, lang, w, h, label, _ = device
    pg = fresh(device, "/meeting?slide=1&")
    try:
        body = pg.inner_text('[data-testid="stMain"]')
        notice = i18n.t("meeting.phone_notice", lang)
        assert (notice in body) == (w <= 640), label
        assert i18n.t("meeting.next", lang) in body  # and it still works under the notice
        pg.get_by_role("button", name=i18n.t("meeting.next", lang)).evaluate("b => b.click()")
        pg.wait_for_function("() => location.search.includes('slide=2')", timeout=30_000)
    finally:
        pg.close()


def test_wide_screen_keeps_its_forms(browser, server):  # noqa: F811
    """At 1280 px the sidebar opens, the gap matrix and the desktop charts show and the phone forms stay hidden."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en")
    pg = ctx.new_page()
    try:
        pg.goto(f"{server}/gaps?gap=80&lang=en")
        pg.wait_for_selector(".st-key-wide_only_gaps .js-plotly-plot .main-svg", timeout=60_000)
        settle(pg)
        state = pg.evaluate("""() => ({
          side: document.querySelector('[data-testid="stSidebar"]').getBoundingClientRect().right,
          matrix: document.querySelector('.st-key-wide_only_gaps .js-plotly-plot').getBoundingClientRect().width,
          phone: document.querySelector('.st-key-phone_only_gaps').getBoundingClientRect().width})""")
        assert state["side"] > 0 and state["matrix"] > 0 and state["phone"] == 0
    finally:
        ctx.close()

