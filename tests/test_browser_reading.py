"""Every page and every tab on it, read in Chromium as a person would at 1280×720 (a projector) and 1920×1080, in both
languages: no chart text under 12 px (ticks, labels, legends, cell labels of the gap matrix), no chart text drawn
over another, no raw markup (`<br>`, `&lt;`, `&amp;`) anywhere on the page or in a chart; every chart titled, on the
chart or by the heading just above it."""
import pytest
import reading
from test_browser import browser, server  # noqa: F401 (fixtures)
from test_browser_screens import LANGS, SIZES, screen, settle  # noqa: F401 (the same screens, the same wait)

pytestmark = pytest.mark.browser

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
