"""First visits and the browser's requests, in a real headless Chromium (Debian's):

- a fresh server whose very first request is a deep link (any page, either language) shows that page, with no
  "Page not found" notice; a stale `?institution=` says so;
- every page in both languages asks nothing of any host but the local server (favicon, fonts, map text included),
  has its title in the language, and the tab icon is the bundled SVG;
- `chrome.plotly_config` and `chrome.localize_figure` put Plotly's mode bar in Chinese and axes in 万/亿, offline.
Request logs go to artifacts/offline-requests-<lang>.txt, screenshots to artifacts/.
"""
from __future__ import annotations

import os
import textwrap

import pytest
from conftest import ROOT
from servers import CHROMIUM, launch_chromium, start_server, stop_server
from test_offline import routes, wait_for_run

from alliance import i18n
from alliance.ui import chrome

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts"

if not CHROMIUM and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def recorded(browser, lang: str, requests: list[str]):
    ctx = browser.new_context(viewport={"width": 1600, "height": 1000}, locale=lang)
    ctx.on("request", lambda r: requests.append(r.url))
    pg = ctx.new_page()
    pg.on("websocket", lambda ws: requests.append(ws.url))
    return ctx, pg


def outside(requests: list[str], url: str) -> list[str]:
    local = (url, url.replace("http://", "ws://", 1), "data:", "blob:")
    return sorted({u for u in requests if not u.startswith(local)})


def tab_title(key: str, lang: str) -> str:
    return chrome.tab_title(i18n.t(key, lang), lang)


def expect_title(pg, title: str) -> None:
    pg.wait_for_function("t => document.title === t", arg=title, timeout=30_000)


@pytest.mark.parametrize("link,key,lang,shows", [
    ("gaps?gap=80&lang=en", "page.capacity_gaps", "en", "80%"),
    ("think-tank?lang=zh-CN", "page.experts", "zh-CN", "专家"),
    ("directory?institution=gone_lab&lang=zh-CN", "page.members", "zh-CN", "链接中的机构“gone_lab”不在"),
])
def test_deep_link_is_a_fresh_servers_first_request(browser, link, key, lang, shows):
    url, proc = start_server(ROOT / "app.py", "--server.address", "127.0.0.1")
    requests: list[str] = []
    try:
        ctx, pg = recorded(browser, lang, requests)
        pg.goto(f"{url}/{link}")
        wait_for_run(pg)
        expect_title(pg, tab_title(key, lang))
        pg.wait_for_timeout(500)  # a "Page not found" dialog would have arrived before the page ran
        body = pg.inner_text("body")
        assert "Page not found" not in body and "Traceback" not in body
        assert shows in body
        path = link.split("?")[0]
        assert pg.url.startswith(f"{url}/{path}?") and all(part in pg.url for part in link.split("?")[1].split("&"))
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"deep-link-{path}-{lang}.png"))
        ctx.close()
    finally:
        stop_server(proc)
    assert outside(requests, url) == []


def test_every_page_asks_only_the_local_server(browser):
    url, proc = start_server(ROOT / "app.py", "--server.address", "127.0.0.1", env={"ALLIANCE_ENABLE_UPLOAD": "1"})
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        for lang in ("zh-CN", "en"):
            requests: list[str] = []
            ctx, pg = recorded(browser, lang, requests)
            for path, key in routes():
                pg.goto(f"{url}/{path}?lang={lang}")
                wait_for_run(pg)
                expect_title(pg, tab_title(key, lang))
                # Charts, maps (MapLibre draws its text) and grids settle after the script run.
                pg.wait_for_timeout(1200)
                assert "Page not found" not in pg.inner_text("body")
                icons = pg.eval_on_selector_all("link[rel~='icon']", "ls => ls.map(l => l.href)")
                assert icons and all(i.startswith("data:image/svg+xml") for i in icons), icons
                if path == "areas":
                    pg.screenshot(path=str(ARTIFACTS / f"offline-areas-{lang}.png"))
            ctx.close()
            (ARTIFACTS / f"offline-requests-{lang}.txt").write_text("\n".join(sorted(set(requests))) + "\n")
            assert len(requests) > 50
            assert outside(requests, url) == [], lang
    finally:
        stop_server(proc)


DEMO = """
import sys
sys.path.insert(0, {root!r})
import plotly.graph_objects as go
import streamlit as st
from alliance.ui import chrome

lang = st.query_params.get("lang", "zh-CN")
# Assets by area as the by-area ranking draws them: horizontal bars on an SI-formatted axis (Plotly: 200M, 600M).
fig = go.Figure(go.Bar(x=[666_480_000, 250_000_000, 120_500_000], y=["沈阳", "鞍山", "抚顺"], orientation="h"))
fig.update_xaxes(tickformat="~s")
st.plotly_chart(chrome.localize_figure(fig, lang), config=chrome.plotly_config(lang), key="ranking")
"""


def test_plotly_chrome_in_chinese(browser, tmp_path):
    script = tmp_path / "plotly_chrome.py"
    script.write_text(textwrap.dedent(DEMO.format(root=str(ROOT))), encoding="utf-8")
    url, proc = start_server(script, "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false", "--browser.serverAddress", "localhost",
                             "--client.toolbarMode", "minimal")
    requests: list[str] = []
    try:
        ctx, pg = recorded(browser, "zh-CN", requests)
        pg.set_viewport_size({"width": 1000, "height": 900})
        pg.goto(f"{url}/?lang=zh-CN")
        pg.wait_for_selector(".js-plotly-plot .modebar-btn", state="attached", timeout=60_000)
        pg.wait_for_timeout(1500)
        chart = pg.locator(".js-plotly-plot").first
        titles = chart.locator(".modebar-btn").evaluate_all("bs => bs.map(b => b.getAttribute('data-title'))")
        # A bar chart keeps the PNG download and full screen (zoom and pan buttons removed: chrome.MODE_BAR_REMOVED).
        assert "下载为 PNG 图片" in titles and "缩放" not in titles, titles
        chinese = set(chrome.plotly_config("zh-CN")["locales"]["zh-CN"]["dictionary"].values())
        # Every button in the catalog's Chinese but the Fullscreen button Streamlit adds (its title is fixed).
        assert [t for t in titles if t not in chinese] == ["Fullscreen"], titles
        ticks = chart.locator(".xtick text").evaluate_all("ts => ts.map(t => t.textContent)")
        assert ticks[:2] == ["0", "2亿"] and all("k" not in t and "M" not in t for t in ticks), ticks
        chart.hover()
        chart.locator('.modebar-btn[data-title="下载为 PNG 图片"]').hover()
        pg.wait_for_timeout(400)
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "plotly-modebar-zh-CN.png"))
        ctx.close()
    finally:
        stop_server(proc)
    assert outside(requests, url) == []
