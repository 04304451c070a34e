"""Every page and every tab on it, read in Chromium as a person would at 1280×720 (a projector) and 1920×1080, in both
languages: no chart text under 12 px (ticks, labels, legends, cell labels of the gap matrix), no chart text drawn
over another, no raw markup (`<br>`, `&lt;`, `&amp;`) anywhere on the page or in a chart; every chart titled, on the
chart or by the heading just above it."""
import pytest
import reading
from test_browser import browser, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

SIZES = [(1280, 720), (1920, 1080)]
LANGS = ["zh-CN", "en"]
# Each page in the states people bring to it: a ratio with a missing value, a profile open, a search with results.
PAGES = [("overview", "/?"), ("changes", "/changes?"), ("areas", "/areas?"),
         ("areas-per-10k", "/areas?measure=items_per_10k_residents&area=shenfu&"), ("lab-levels", "/lab-levels?"),
         ("working-groups", "/working-groups?"), ("gaps", "/gaps?gap=80&"), ("directory", "/directory?"),
         ("profile", "/directory?institution=sy_metrology&"), ("think-tank", "/think-tank?"),
         ("search", "/search?q=GB%2FT%2020769&"), ("data-sources", "/data-sources?")]

# A chart with no title of its own must sit under a heading, a caption or a tab that names it.
UNTITLED = r"""() => {
  const out = [];
  for (const plot of document.querySelectorAll('[data-testid="stMain"] .js-plotly-plot')) {
    const r = plot.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (plot.querySelector('.gtitle')?.textContent.trim()) continue;
    const above = [...document.querySelectorAll('[data-testid="stMain"] h1, [data-testid="stMain"] h2, '
      + '[data-testid="stMain"] h3, [data-testid="stMain"] [data-testid="stCaptionContainer"], '
      + '[data-testid="stMain"] [role="tab"][aria-selected="true"]')]
      .filter(h => { const b = h.getBoundingClientRect(); return b.height && b.bottom <= r.top + 2; });
    if (!above.length) out.push(plot.closest('[class*="st-key-"]')?.className || 'a chart');
  }
  return out;
}"""


def settle(pg):
    pg.wait_for_function("() => document.querySelector('[data-test-script-state]')?.getAttribute("
                         "'data-test-script-state') === 'notRunning'", timeout=60_000)
    pg.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].every("
                         "p => p.querySelector('.main-svg'))", timeout=30_000)
    pg.wait_for_timeout(700)


@pytest.fixture(scope="module", params=[f"{w}x{h}-{lang}" for w, h in SIZES for lang in LANGS])
def screen(request, browser):  # noqa: F811
    size, lang = request.param.split("-", 1)
    w, h = map(int, size.split("x"))
    ctx = browser.new_context(viewport={"width": w, "height": h}, locale=lang)
    pg = ctx.new_page()
    yield pg, lang, request.param
    ctx.close()


@pytest.mark.parametrize("name,path", PAGES, ids=[p[0] for p in PAGES])
def test_every_chart_reads(server, screen, name, path):  # noqa: F811
    pg, lang, label = screen
    pg.goto(f"{server}{path}lang={lang}")
    settle(pg)
    found = []
    tabs = pg.get_by_role("tab")
    for k in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(k).click()
            pg.wait_for_timeout(400)
            settle(pg)
        where = f"{name} tab {k}" if tabs.count() else name
        found += [f"{where}: {p}" for p in reading.problems(pg, chart_px=12)]
        found += [f"{where}: chart without a title: {c}" for c in pg.evaluate(UNTITLED)]
    assert found == [], f"{name} at {label}"
