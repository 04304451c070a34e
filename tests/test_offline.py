"""Nothing leaves the machine, server side: `streamlit run app.py` as shipped (config.toml, no address flags) starts,
serves every page in both languages to a real Chromium, and opens no connection to, sends nothing to and looks up no
name of any host but this one. A Python audit hook in the server process (tests/audit_server.py) logs every socket
connect, send, bind and name lookup. Also here, without a browser: the chrome helpers (Plotly locale, 万/亿 axes, the
glyph-free map style) and a stale `?institution=` link."""
from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT
from servers import AUDIT, CHROMIUM, launch_chromium, start_server, stop_server

from alliance.ui import chrome

ARTIFACTS = ROOT / "artifacts"
needs_chromium = pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"),
                                    reason="Debian's chromium is not installed (apt-get install chromium)")


def routes() -> list[tuple[str, str]]:
    """(URL path, catalog key of its title) of every route in app.py, the upload page included."""
    src = (ROOT / "app.py").read_text(encoding="utf-8")
    default = re.search(r'url_path="([^"]+)",\s*default=True', src).group(1)  # served at the root
    pairs = re.findall(r'title=ctx\.t\("(page\.\w+)"\).*?url_path="([^"]+)"', src, re.S)
    return [("" if path == default else path, key) for key, path in pairs]


def wait_for_run(pg, timeout: int = 60_000) -> None:
    """The app has connected, run the page's script to the end and drawn it."""
    pg.wait_for_selector('[data-testid="stSidebarNav"]', state="attached", timeout=timeout)
    pg.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)


LOOPBACK_NAMES = {"localhost", "", None}


def is_local(entry: dict) -> bool:
    """A log entry about this machine only: loopback, a wildcard bind, a Unix socket, or no address at all."""
    address = entry["address"]
    host = address[0] if isinstance(address, list) and address else address
    if entry["event"] in ("socket.connect", "socket.sendto", "socket.sendmsg") and isinstance(address, str):
        return True  # AF_UNIX path
    if host in LOOPBACK_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(str(host).split("%")[0])
    except ValueError:
        return False  # a host name other than localhost: a DNS lookup
    return ip.is_loopback or (entry["event"] == "socket.bind" and ip.is_unspecified)


def test_audit_hook_sees_lookups_and_connections(tmp_path):
    """The hook itself: a lookup and a connection made under it are logged, and the check flags outside hosts."""
    log = tmp_path / "audit.jsonl"
    code = (f"import sys; sys.path.insert(0, {str(AUDIT.parent)!r}); import audit_server, socket; "
            f"audit_server.install({str(log)!r}); socket.getaddrinfo('localhost', 80); "
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.connect(('192.0.2.1', 9)); s.close()")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert {"event": "socket.getaddrinfo", "address": "localhost"} in entries
    assert {"event": "socket.connect", "address": ["192.0.2.1", 9]} in entries
    assert [e for e in entries if not is_local(e)] == [{"event": "socket.connect", "address": ["192.0.2.1", 9]}]
    assert not is_local({"event": "socket.getaddrinfo", "address": "checkip.amazonaws.com"})
    assert not is_local({"event": "socket.connect", "address": ["8.8.8.8", 1]})


@pytest.mark.browser
@needs_chromium
def test_server_contacts_no_other_host(tmp_path):
    from playwright.sync_api import sync_playwright

    log = tmp_path / "audit.jsonl"
    url, proc = start_server(audit_log=log, env={"ALLIANCE_ENABLE_UPLOAD": "1"})
    seen = []
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            for lang in ("zh-CN", "en"):
                ctx = browser.new_context(viewport={"width": 1600, "height": 1000}, locale=lang)
                pg = ctx.new_page()
                for path, _ in routes():
                    pg.goto(f"{url}/{path}?lang={lang}")
                    wait_for_run(pg)
                    seen.append(path)
                ctx.close()
            browser.close()
    finally:
        output = stop_server(proc)
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    port = int(url.rsplit(":", 1)[1])
    assert any(e["event"] == "socket.bind" and e["address"][1] == port for e in entries), entries  # the hook ran
    assert len(seen) == 2 * len(routes()) >= 24
    outside = [e for e in entries if not is_local(e)]
    assert outside == [], outside
    assert "External URL" not in output and "Network URL" not in output, output
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "offline-audit.jsonl").write_text(log.read_text())


def test_plotly_locale_complete_in_both_languages():
    for lang in ("zh-CN", "en"):
        config = chrome.plotly_config(lang)
        locale = config["locales"][config["locale"]]
        assert set(locale["dictionary"]) == set(chrome.PLOTLY_TEXT) and all(locale["dictionary"].values())
    zh = chrome.plotly_config("zh-CN")["locales"]["zh-CN"]
    assert zh["dictionary"]["Zoom"] == "缩放" and zh["format"]["month"] == "%Y年%-m月"
    assert chrome.plotly_config("en")["locales"]["en"]["dictionary"]["Zoom"] == "Zoom"


def test_axes_read_wan_and_yi_in_chinese():
    import plotly.graph_objects as go

    def bars(values, **axis):
        fig = go.Figure(go.Bar(x=values, y=["a", "b", "c"], orientation="h"))
        return fig.update_xaxes(**axis)

    def ticks(fig):
        return list(fig.layout.xaxis.ticktext or [])

    money = [666_480_000, 250_000_000, 120_500_000]
    assert ticks(chrome.localize_figure(bars(money, tickformat="~s"), "zh-CN")) == ["0", "2亿", "4亿", "6亿"]
    assert ticks(chrome.localize_figure(bars(money, tickformat="~s"), "en")) == ["0", "200 m", "400 m", "600 m"]
    assert ticks(chrome.localize_figure(bars([48_024, 9_000, 1_000]), "zh-CN"))[-1] == "4万"  # Plotly: 40k
    assert ticks(chrome.localize_figure(bars([48_024, 9_000, 1_000], tickformat=","), "zh-CN")) == []  # every digit
    assert ticks(chrome.localize_figure(bars([480, 90, 10]), "zh-CN")) == []  # small numbers: Plotly's own ticks
    stacked = go.Figure([go.Bar(x=["q1", "q2"], y=[120_000, 150_000]), go.Bar(x=["q1", "q2"], y=[5_000, 60_000])])
    stacked.update_layout(barmode="stack")
    assert chrome.localize_figure(stacked, "zh-CN").layout.yaxis.ticktext[-1] == "20万"  # the stack's top, 21万
    assert chrome.short_number(136_000_000, "zh-CN") == "1.36亿" and chrome.short_number(1.5e9, "en") == "1.5 bn"


def test_stale_institution_link_says_so():
    from conftest import LATEST, run_page

    from alliance import fmt

    at = run_page("pages/members.py", lang="en", institution="gone_lab")
    assert not at.exception
    shown = [w.value.replace("\\", "") for w in at.warning]  # markdown-escaped: gone\_lab
    assert any("“gone_lab”" in w and f"not in the snapshot of {fmt.date(LATEST, 'en')}" in w for w in shown), shown
    assert at.selectbox(key="institution").value is None and not at.metric  # no other institution's profile
    at.selectbox(key="institution").set_value("sy_lead").run()
    assert not at.warning and at.query_params["institution"] in ("sy_lead", ["sy_lead"]) and at.metric
    zh = run_page("pages/members.py", lang="zh-CN", institution="gone_lab")
    assert any("链接中的机构“gone" in w.value for w in zh.warning)
    filtered = run_page("pages/members.py", lang="en", institution="sy_lead", name="Anshan")  # there, but searched out
    assert not filtered.warning and filtered.selectbox(key="institution").value is not None
