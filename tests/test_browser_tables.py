"""Every table's key columns in view on a projector: at 1280×720, sidebar open, both languages, each table on each page
and tab shows the columns a reader opens it for without scrolling sideways. The rest of a wide table may lie a scroll
away; its name column and the figure it is about may not.

Which columns are key is the reader's judgement, written here as catalog keys, not read from the app. The grid
(glide) paints on a canvas but keeps an accessible table of the columns in its visible region: a column is wholly in
view when the column after it is listed too, or, being the last, when the grid does not scroll sideways."""
import pytest
from test_browser import browser, server  # noqa: F401 (fixtures)
from test_browser_screens import settle

from alliance.i18n import t

pytestmark = pytest.mark.browser


def _compare(measure: str):
    return lambda lang: [f"{t(measure, lang)} · {t(k, lang)}" for k in
                         ("compare.col.base_short", "compare.col.now_short", "compare.col.change")]


# Per page, each table known by its first column, then its key columns. Strings are catalog keys; callables give
# headers composed from several.
CHANGES = [["compare.col.measure", "compare.col.change_title"],
           ["compare.col.area", _compare("measure.qualification_count")],
           ["compare.col.domain", _compare("measure.qualification_count")],
           ["compare.col.level", _compare("measure.lab_count")],
           ["compare.col.group", _compare("measure.member_count")],
           ["compare.col.institution", "compare.col.added"],
           ["compare.col.kind", "compare.col.what", "compare.col.name"],
           ["compare.col.date", "compare.col.kind", "compare.col.event"]]
LABS = ["labs.col.name", "labs.col.level"]
DIRECTORY = [["dir.col.institution", "measure.qualification_count", "measure.lab_count"]]
PROFILE_TABS = [["labs.col.domain", "measure.qualification_count"],
                ["expert.col.name", "expert.col.title", "expert.col.specialty"]]
KEY_COLUMNS = {
    "changes": CHANGES,
    "areas": [["area.col.area", "measure.qualification_count", "measure.technical_staff_count", "measure.assets_cny"],
              ["area.col.institution", "measure.qualification_count", "measure.technical_staff_count",
               "measure.lab_count"], LABS],
    "lab-levels": [["labs.col.level", "measure.lab_count", "measure.host_institution_count"], LABS],
    "working-groups": [["group.col.group", "measure.member_count", "measure.qualification_count"],
                       ["group.col.date", "group.col.group", "group.col.kind"]],
    "gaps": [["gaps.col.area", "gaps.col.domain", "gaps.col.coverage", "gaps.col.gap"],
             ["flows.col.client_area", "flows.col.batches"],
             ["fill.col.institution", "fill.col.distance", "fill.col.spare", "fill.col.served"]],
    "directory": DIRECTORY + PROFILE_TABS,
    "profile": DIRECTORY + PROFILE_TABS,
    "think-tank": [["expert.col.name", "expert.col.title", "expert.col.specialty", "dir.col.institution"]],
    "search": [["dir.col.institution", "search.col.matches", "search.col.profile"]],
    "data-sources": [["sources.col.figure", "sources.col.published", "sources.col.in_data", "sources.col.source"],
                     ["sources.col.institution", "sources.col.rows_from"],
                     ["sources.col.snapshot", "sources.col.origin", "sources.col.members"],
                     ["sources.col.when", "sources.col.actor", "sources.col.action", "sources.col.snapshot"]],
}

PAGES = [("changes", "/changes?"), ("areas", "/areas?"), ("lab-levels", "/lab-levels?"),
         ("working-groups", "/working-groups?"), ("gaps", "/gaps?gap=80&"), ("directory", "/directory?"),
         ("profile", "/directory?institution=sy_metrology&"), ("think-tank", "/think-tank?"),
         ("search", "/search?q=GB%2FT%2020769&"), ("data-sources", "/data-sources?")]

# A grid's accessible table appears just after its canvas.
READY = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stDataFrame"]')]
  .filter(d => d.getBoundingClientRect().width > 0).every(d => d.querySelector('table[role="grid"] th'))"""
GRIDS = r"""() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stDataFrame"]')]
  .filter(d => d.getBoundingClientRect().width > 0).map(d => {
    const s = d.querySelector('.dvn-scroller');
    const table = d.querySelector('table[role="grid"]');
    return {scrolls: s.scrollWidth > s.clientWidth + 1, count: +table.getAttribute('aria-colcount'),
            heads: [...table.querySelectorAll('th[role="columnheader"]')].map(h => [+h.getAttribute('aria-colindex'),
                                                                                    h.textContent])};
  })"""


def _headers(spec, lang: str) -> list[str]:
    out = []
    for entry in spec:
        out += entry(lang) if callable(entry) else [t(entry, lang)]
    return out


def hidden_keys(page: str, grid: dict, lang: str) -> tuple[str | None, list[str] | None]:
    """The table's first column and those of its key columns not wholly in view (None: a table not named here)."""
    heads = dict(grid["heads"])
    first = heads.get(1)
    spec = next((cols for cols in KEY_COLUMNS[page] if t(cols[0], lang) == first), None)
    if spec is None:
        return first, None
    where = {name: i for i, name in heads.items()}
    hidden = []
    for name in _headers(spec, lang):
        i = where.get(name)
        whole = i is not None and (i + 1 in heads or (i == grid["count"] and not grid["scrolls"]))
        if not whole:
            hidden.append(name)
    return first, hidden


@pytest.fixture(scope="module", params=["zh-CN", "en"])
def projector(request, browser):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale=request.param)
    yield ctx.new_page(), request.param
    ctx.close()


@pytest.mark.parametrize("name,path", PAGES, ids=[p[0] for p in PAGES])
def test_key_columns_in_view_at_1280(server, projector, name, path):  # noqa: F811
    pg, lang = projector
    pg.goto(f"{server}{path}lang={lang}")
    settle(pg)
    found, unknown = [], []
    tabs = pg.get_by_role("tab")
    for k in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(k).click()
            pg.wait_for_timeout(400)
            settle(pg)
        pg.wait_for_function(READY, timeout=30_000)
        for grid in pg.evaluate(GRIDS):
            first, hidden = hidden_keys(name, grid, lang)
            if hidden is None:
                unknown.append(first)
                continue
            found += [f"tab {k}: {first!r} hides {h!r}" for h in hidden]
    assert not unknown, f"{name}: tables with no key columns named here: {unknown}"
    assert found == [], f"{name} ({lang}): " + "; ".join(found)
