"""The product app with sign-in on, in Chromium, signing in through a real OpenID provider (oidc-provider under node,
tests/signin.py) with the roles of deploy/alliance.signin-demo.toml: per role, which pages the menu lists, what By
area's member table shows, whether tables download, a direct URL to a page the role may not open; and each way
sign-in can fail leaves the user signed out with a sentence and no figure. Every request stays on 127.0.0.1."""
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from servers import CHROMIUM, free_port, launch_chromium
from signin import (
    USER_COOKIE,
    oidc_provider,  # noqa: F401 (fixture)
    sign_in,
    start_app,
    start_provider,
    wait_for_script,
    write_secrets,
)

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed")]
ROOT = Path(__file__).resolve().parent.parent
MAPPING = ROOT / "deploy" / "alliance.signin-demo.toml"

VIEWER_PAGES = {"Overview", "What changed", "Meeting view", "By area", "By lab level", "By working group",
                "Capacity gaps", "Data sources"}
MENU = {
    "viewer@alliance.test": VIEWER_PAGES,
    "member.sy_metrology@alliance.test": VIEWER_PAGES | {"My return"},
    "analyst@alliance.test": VIEWER_PAGES | {"Member directory", "Expert think tank", "Who can test this?",
                                             "SQL for analysts"},
    "admin@alliance.test": VIEWER_PAGES | {"Member directory", "Expert think tank", "Who can test this?",
                                           "SQL for analysts", "Submit data"},
}
READY = """() => { const grids = [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stDataFrame"]')]
  .filter(d => d.getBoundingClientRect().width > 0);
  return grids.length > 0 && grids.every(d => d.querySelector('table[role="grid"] th')); }"""
GRID = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stDataFrame"]')]
  .filter(d => d.getBoundingClientRect().width > 0).map(d => {
    const t = d.querySelector('table[role="grid"]');
    return {count: +t.getAttribute('aria-colcount'),
            heads: [...t.querySelectorAll('th[role="columnheader"]')].map(h => h.textContent)}; })"""


@pytest.fixture(scope="module")
def app(oidc_provider, tmp_path_factory):  # noqa: F811
    port = free_port()
    secrets = write_secrets(tmp_path_factory.mktemp("signin"), oidc_provider, port)
    server = start_app(ROOT / "app.py", port, secrets, env={"ALLIANCE_CONFIG": str(MAPPING)})
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser context (its own cookies) recording every request's host."""
    ctx = chromium.new_context(viewport={"width": 1280, "height": 720}, locale="en")
    pg = ctx.new_page()
    pg.hosts = set()
    pg.on("request", lambda r: pg.hosts.add(urlsplit(r.url).hostname))
    yield pg
    assert pg.hosts <= {"127.0.0.1", None}, pg.hosts
    ctx.close()


def menu(pg) -> set[str]:
    # A link's text is its icon's ligature name, then the title.
    return {t.strip().split("\n")[-1].strip() for t in pg.locator('[data-testid="stSidebarNav"] a').all_inner_texts()}


def no_figures(pg) -> bool:
    return not pg.locator('[data-testid="stMain"] [data-testid="stDataFrame"], [data-testid="stMain"] '
                          '.js-plotly-plot, [data-testid="stMain"] [data-testid="stMetric"]').count()


@pytest.mark.parametrize("account", list(MENU))
def test_each_role_sees_its_pages_and_columns(app, page, account):
    sign_in(page, app.url, account)
    page.goto(f"{app.url}/?lang=en")
    wait_for_script(page)
    assert menu(page) == MENU[account]
    assert "Signed in as" in page.inner_text('[data-testid="stSidebar"]')
    page.goto(f"{app.url}/areas?lang=en")
    wait_for_script(page)
    page.wait_for_function(READY, timeout=30_000)
    members = next(g for g in page.evaluate(GRID) if g["heads"] and g["heads"][0] == "Institution")
    detail = account in ("analyst@alliance.test", "admin@alliance.test")
    assert members["count"] == (8 if detail else 6)  # staff and assets only for analysts and admins
    assert ("Technical staff" in members["heads"]) == detail
    downloads = page.get_by_role("button", name=re.compile("Download CSV")).count()
    assert (downloads > 0) == detail


@pytest.mark.parametrize("path", ["/directory?institution=sy_metrology&", "/think-tank?", "/search?q=GB&",
                                  "/sql?sql=select%20*%20from%20institutions&"])
def test_a_viewer_on_a_forbidden_url_reads_no_access_and_no_figure(app, page, path):
    sign_in(page, app.url, "viewer@alliance.test")
    page.goto(f"{app.url}{path}lang=en")
    wait_for_script(page)
    body = page.inner_text('[data-testid="stMain"]')
    assert "Your role does not open this page" in body
    assert no_figures(page)
    assert "Shenyang Metrology" not in body


def test_an_account_without_a_role_sees_why_and_no_figure(app, page):
    sign_in(page, app.url, "stranger@example.org")
    page.goto(f"{app.url}/?lang=en")
    wait_for_script(page)
    assert "no role" in page.inner_text('[data-testid="stMain"]')
    assert no_figures(page) and not menu(page) - {""}


def test_signed_out_and_tampered_cookie_show_only_the_sign_in_page(app, page):
    page.goto(f"{app.url}/areas?lang=en")
    wait_for_script(page)
    assert page.get_by_role("button", name="Sign in").count() == 1 and no_figures(page)
    sign_in(page, app.url, "analyst@alliance.test")
    cookie = next(c for c in page.context.cookies() if c["name"] == USER_COOKIE)
    page.context.add_cookies([{**cookie, "value": cookie["value"][:-6] + "AAAAAA"}])
    page.goto(f"{app.url}/areas?lang=en")
    wait_for_script(page)
    assert page.get_by_role("button", name="Sign in").count() == 1 and no_figures(page)


def test_provider_down_is_said_on_the_app_page(tmp_path, page):
    """The provider stopped before the click: the app says it cannot reach it, and stays signed out."""
    if not shutil.which("node"):
        pytest.skip("node")
    provider = start_provider()
    port = free_port()
    server = start_app(ROOT / "app.py", port, write_secrets(tmp_path, provider, port),
                       env={"ALLIANCE_CONFIG": str(MAPPING)})
    try:
        provider.stop()
        page.goto(f"{server.url}/?lang=en")
        wait_for_script(page)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("could not be reached").wait_for(timeout=30_000)  # the click's rerun asked the provider
        wait_for_script(page)
        assert no_figures(page)
        assert page.url.startswith(server.url)
    finally:
        server.stop()


def test_wrong_client_secret_leaves_the_user_signed_out(oidc_provider, tmp_path, page):  # noqa: F811
    port = free_port()
    server = start_app(ROOT / "app.py", port, write_secrets(tmp_path, oidc_provider, port, client_secret="wrong"),
                       env={"ALLIANCE_CONFIG": str(MAPPING)})
    try:
        sign_in(page, server.url, "analyst@alliance.test")
        page.goto(f"{server.url}/?lang=en")
        wait_for_script(page)
        body = page.inner_text('[data-testid="stMain"]')
        assert "did not complete" in body and no_figures(page)
        assert "OAuth token exchange failed" in server.output()
    finally:
        server.stop()


def test_misconfigured_mapping_fails_closed(oidc_provider, tmp_path, page):  # noqa: F811
    bad = tmp_path / "alliance.toml"
    bad.write_text("[access]\nenabled = true\nowner = ['group:secretariat']\n", encoding="utf-8")
    port = free_port()
    server = start_app(ROOT / "app.py", port, write_secrets(tmp_path, oidc_provider, port),
                       env={"ALLIANCE_CONFIG": str(bad)})
    try:
        page.goto(f"{server.url}/areas?lang=en")
        wait_for_script(page)
        assert "role that does not exist: owner" in page.inner_text('[data-testid="stMain"]')
        assert no_figures(page) and page.get_by_role("button", name="Sign in").count() == 0
    finally:
        server.stop()


def test_a_chinese_session_signs_in_and_reads_chinese(app, chromium):
    """Signed in from a zh-CN browser through the provider's pages, the app comes back in Chinese with the role's
    menu (the round trip drops the URL's ?lang=, the browser's language decides)."""
    ctx = chromium.new_context(viewport={"width": 1280, "height": 720}, locale="zh-CN")
    pg = ctx.new_page()
    try:
        sign_in(pg, app.url, "analyst@alliance.test")
        sidebar = pg.inner_text('[data-testid="stSidebar"]')
        assert "当前登录：Analyst Test（分析人员）" in sidebar and "成员名录" in sidebar
    finally:
        ctx.close()
