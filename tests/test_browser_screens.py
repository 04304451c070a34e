"""Every page at 1280×720 (a laptop) and 1920×1080 (a projector), in both languages, in Chromium: screenshots to look
at, and the checks a person makes by eye written down — nothing cut, nothing spilling sideways, nothing broken."""
import pytest
from test_browser import ARTIFACTS, browser, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

SIZES = [(1280, 720), (1920, 1080)]
LANGS = ["zh-CN", "en"]
# Each page with the state a user most often brings to it; the search page with a query so results show.
PAGES = [("overview", "/?"), ("changes", "/changes?"), ("meeting", "/meeting?slide=1&"),
         ("areas", "/areas?"), ("lab-levels", "/lab-levels?"), ("working-groups", "/working-groups?"),
         ("gaps", "/gaps?gap=80&"), ("directory", "/directory?"), ("think-tank", "/think-tank?"),
         ("search", "/search?q=GB%2FT%2020769&"), ("data-sources", "/data-sources?"),
         ("sql", "/sql?sql=select%20area_id%2C%20count(*)%20as%20members%20from%20institutions%20group%20by%20all&")]

# Written as one JS function so a failure lists every problem on the page at once.
PROBLEMS = """() => {
  const out = [];
  const doc = document.documentElement;
  const at = (r) => `[${[r.left, r.top, r.right, r.bottom].map(Math.round)}]`;
  if (doc.scrollWidth > window.innerWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth}px`);
  for (const el of document.querySelectorAll('[data-testid="stException"], [data-testid="stAlertContentError"]'))
    out.push('error shown: ' + el.innerText.slice(0, 120));
  // A KPI value or label that the card cuts ("CNY …") or wraps mid-number.
  for (const el of document.querySelectorAll('[data-testid="stMetricValue"], [data-testid="stMetricValue"] *')) {
    if (el.scrollWidth > el.clientWidth + 1) out.push('KPI value cut: ' + el.innerText);
  }
  for (const el of document.querySelectorAll('[data-testid="stMetricValue"]')) {
    const line = parseFloat(getComputedStyle(el).lineHeight) || 40;
    if (el.getBoundingClientRect().height > line * 1.6) out.push('KPI value wraps: ' + el.innerText);
  }
  // Radio options and buttons that run out of their row.
  for (const el of document.querySelectorAll('[role="radiogroup"], [data-testid="stButton"] button, '
                                             + '[data-testid="stDownloadButton"] button')) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > window.innerWidth + 1) out.push('control off screen: ' + el.innerText.slice(0, 60));
  }
  // Button labels the button cuts short with an ellipsis.
  for (const el of document.querySelectorAll('[data-testid="stButton"] button div, [data-testid="stDownloadButton"] '
                                             + 'button div, [data-testid="stButtonGroup"] button div')) {
    if (el.offsetWidth && el.scrollWidth > el.clientWidth + 1)
      out.push('button label cut: ' + el.innerText.slice(0, 60));
  }
  // Options of a segmented control or pills that run past the column they sit in.
  for (const el of document.querySelectorAll('[data-testid="stButtonGroup"] button, [role="radiogroup"] label')) {
    const col = el.closest('[data-testid="stColumn"], [data-testid="stSidebar"], [data-testid="stMain"]');
    const r = el.getBoundingClientRect(), c = col.getBoundingClientRect();
    if (r.width && (r.right > c.right + 1 || r.right > window.innerWidth))
      out.push('option past its column: ' + el.innerText.slice(0, 60));
  }
  // Charts wider than their column, and chart text (titles, ticks, legends) outside the chart.
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const box = plot.getBoundingClientRect();
    if (!box.width) continue;
    const parent = plot.parentElement.getBoundingClientRect();
    if (box.right > parent.right + 2) out.push(`chart wider than its column by ${box.right - parent.right}px`);
    const texts = '.gtitle, .xtick text, .ytick text, .legendtext, .g-xtitle text, .g-ytitle text';
    for (const t of plot.querySelectorAll(texts)) {
      const r = t.getBoundingClientRect();
      if (!r.width) continue;
      if (r.left < box.left - 2 || r.right > box.right + 2 || r.top < box.top - 2 || r.bottom > box.bottom + 2)
        out.push(`chart text outside its chart: ${t.textContent.slice(0, 60)} ${at(r)} in ${at(box)}`);
    }
  }
  return out;
}"""

SCROLL = """() => { const m = document.querySelector('[data-testid="stMain"]'); const before = m.scrollTop;
  m.scrollBy(0, m.clientHeight - 80); return m.scrollTop - before; }"""


def settle(pg):
    pg.wait_for_function("() => document.querySelector('[data-test-script-state]')?.getAttribute("
                         "'data-test-script-state') === 'notRunning'", timeout=60_000)
    # Plots draw just after the script ends; grids paint their canvas just after they mount.
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
def test_page_fits_the_screen(server, screen, name, path):  # noqa: F811
    pg, lang, label = screen
    ARTIFACTS.mkdir(exist_ok=True)
    pg.goto(f"{server}{path}lang={lang}")
    settle(pg)
    body = pg.inner_text("body")
    assert "Traceback" not in body and "Page not found" not in body
    problems = pg.evaluate(PROBLEMS)
    # Streamlit scrolls its main pane, not the document: one screenshot per screenful, as a reader scrolls.
    (ARTIFACTS / "screens").mkdir(exist_ok=True)
    for n in range(1, 5):
        pg.screenshot(path=str(ARTIFACTS / "screens" / f"{name}-{label}-{n}.png"))
        moved = pg.evaluate(SCROLL)
        if moved < 40:
            break
        pg.wait_for_timeout(250)
    assert problems == [], f"{name} at {label}"
