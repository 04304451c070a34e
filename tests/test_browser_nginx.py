"""The deployment recipe: the app behind Debian's nginx on loopback (deploy/run-behind-nginx.sh, deploy/README.md).

One run of the one command (free ports on 127.0.0.1) serves every test here:
- a real headless Chromium (Debian's) drives the app through nginx only: the overview's KPIs, the sidebar link to
  the capacity gaps, Plotly charts, a PNG download from a chart's mode bar (blob: images), the by-area map
  (MapLibre's blob: worker); the websocket upgrades (101) through nginx; not one Content-Security-Policy violation
  (console messages and securitypolicyviolation events both: some violations reach only one of them); the security
  headers on the HTML; no request to any origin but nginx's;
- nginx refuses a websocket from a foreign Origin itself; gzips Streamlit's static JS (which Streamlit serves
  uncompressed); refuses a body over the upload limit with 413 and lets one at the limit through to the app;
- stopping the command (SIGTERM) stops nginx and Streamlit both;
- deploy/alliance.service parses (systemd-analyze verify) and runs the app with the command's flags.
Screenshots go to artifacts/nginx-*.png.
"""
from __future__ import annotations

import configparser
import gzip
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT
from servers import CHROMIUM, free_port, launch_chromium
from test_offline import wait_for_run

pytestmark = pytest.mark.browser
NGINX = shutil.which("nginx")
DEPLOY = ROOT / "deploy"
SCRIPT = DEPLOY / "run-behind-nginx.sh"
UNIT = DEPLOY / "alliance.service"
ARTIFACTS = ROOT / "artifacts"
# The flags the command and the unit both give Streamlit (besides address, port and upload size).
FLAGS = ("--server.headless true", "--browser.gatherUsageStats false", "--server.enableXsrfProtection true")

needs_nginx = pytest.mark.skipif(
    not NGINX and not os.environ.get("CI"), reason="nginx is not installed (apt-get install nginx); CI installs it")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM and not os.environ.get("CI"), reason="Debian's chromium is not installed (apt-get install chromium)")

# Each securitypolicyviolation event in the page, kept for the test (Chromium logs some, e.g. a blocked
# 'wasm-eval', to no console at all).
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
"""


@dataclass
class Proxy:
    url: str  # nginx
    app_url: str  # Streamlit itself, for comparisons only
    runtime: Path  # nginx's private folder: site.conf, access.log, error.log
    log: Path  # the command's output

    def tail(self) -> str:
        parts = [self.log.read_text(errors="replace")[-3000:]]
        error_log = self.runtime / "error.log"
        if error_log.exists():
            parts.append(error_log.read_text(errors="replace")[-2000:])
        return "\n--- nginx error.log ---\n".join(parts)


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def stop(proc: subprocess.Popen) -> list[str]:
    """SIGTERM to the command only (its trap must stop nginx and Streamlit); returns what did not stop by itself,
    after killing it: the command ran in a session of its own, so its process group holds only what it started."""
    problems = []
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        problems.append("the command did not exit within 30 s of SIGTERM")
    deadline = time.time() + 5
    while True:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        if time.time() > deadline:
            problems.append("processes of the command were still running 5 s after it exited")
            os.killpg(proc.pid, signal.SIGKILL)
            time.sleep(1)
            break
        time.sleep(0.1)
    proc.wait()
    return problems


@pytest.fixture(scope="module")
def proxy():
    port = free_port()
    app_port = free_port()
    while app_port == port:
        app_port = free_port()
    # Not under pytest's tmp folder: as root, nginx's workers (www-data) must reach the temp folders in here, and
    # /tmp/pytest-of-root is private. The command makes the folder itself traversable.
    runtime = Path(tempfile.mkdtemp(prefix="alliance-nginx-test."))
    log = runtime.with_suffix(".log")
    env = {**os.environ, "PORT": str(port), "APP_PORT": str(app_port), "RUNTIME_DIR": str(runtime),
           "PYTHON": sys.executable}
    if NGINX:
        env["NGINX_BIN"] = NGINX
    with open(log, "wb") as out:
        proc = subprocess.Popen(["bash", str(SCRIPT)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    px = Proxy(f"http://127.0.0.1:{port}", f"http://127.0.0.1:{app_port}", runtime, log)
    try:
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"run-behind-nginx.sh exited ({proc.returncode}):\n{px.tail()}")
            try:
                if urllib.request.urlopen(f"{px.url}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline:
                pytest.fail(f"no health through nginx within 60 s:\n{px.tail()}")
            time.sleep(0.2)
        yield px
    finally:
        problems = stop(proc)
        still = [p for p in (port, app_port) if listening(p)]
        output = px.tail()
        logs = "".join(f.read_text(errors="replace") for f in (log, runtime / "error.log") if f.exists())
        shutil.rmtree(runtime, ignore_errors=True)
        log.unlink(missing_ok=True)
    assert not problems and not still, f"{problems}; ports still listening: {still}\n{output}"
    assert not re.findall(r".*\[(?:emerg|alert|crit)\].*", logs), logs[-3000:]


@pytest.fixture(scope="module")
def browser(proxy):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "install Debian's chromium"
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def upload_limit_mb() -> int:
    """Streamlit's server.maxUploadSize as the project sets it (.streamlit/config.toml), else Streamlit's 200."""
    config = ROOT / ".streamlit" / "config.toml"
    settings = tomllib.loads(config.read_text(encoding="utf-8")) if config.exists() else {}
    return int(settings.get("server", {}).get("maxUploadSize", 200))


@needs_nginx
@needs_chromium
def test_the_app_works_through_nginx_under_its_csp(proxy, browser):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-US", accept_downloads=True)
    ctx.add_init_script(CSP_LISTENER)
    requests: list[str] = []
    ctx.on("request", lambda r: requests.append(r.url))
    pg = ctx.new_page()
    console_csp: list[str] = []
    pg.on("console", lambda m: console_csp.append(m.text) if "Content Security Policy" in m.text else None)
    frames = {"received": 0}

    def on_websocket(ws):
        requests.append(ws.url)
        ws.on("framereceived", lambda _: frames.__setitem__("received", frames["received"] + 1))

    pg.on("websocket", on_websocket)
    # The websocket handshake's HTTP status, as Chromium saw it (Playwright's websocket event has none).
    cdp = ctx.new_cdp_session(pg)
    cdp.send("Network.enable")
    handshakes: list[int] = []
    cdp.on("Network.webSocketHandshakeResponseReceived", lambda e: handshakes.append(e["response"]["status"]))
    violations: list[str] = []

    def page_violations():  # those since the last call (the page's window lives on across page switches)
        violations.extend(pg.evaluate("(window.__cspViolations || []).splice(0)"))

    try:
        response = pg.goto(f"{proxy.url}/?lang=en")
        headers = response.headers
        assert response.status == 200 and headers.get("server") == "nginx", headers
        assert headers.get("x-content-type-options") == "nosniff"
        assert headers.get("referrer-policy") == "same-origin"
        csp = headers.get("content-security-policy", "")
        for directive in ("default-src 'self'", "connect-src 'self'", "frame-ancestors 'self'", "object-src 'none'"):
            assert directive in csp, csp
        assert "'unsafe-eval'" not in csp and "script-src 'self' 'sha256-" in csp, csp

        wait_for_run(pg)
        pg.wait_for_function(
            """() => [...document.querySelectorAll('[data-testid="stMetric"]')].some(m =>
                   m.querySelector('[data-testid="stMetricLabel"]')?.innerText.trim() === 'Qualification items'
                   && m.querySelector('[data-testid="stMetricValue"]')?.innerText.trim() === '48,024')""",
            timeout=45_000)
        pg.wait_for_selector(".js-plotly-plot .main-svg g.trace", timeout=45_000)
        pg.wait_for_timeout(800)
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "nginx-overview.png"))
        page_violations()

        # The sidebar's link, a page switch over the websocket (no new page load).
        nav = pg.locator('[data-testid="stSidebarNav"]')
        nav.get_by_role("link", name="Capacity gaps").click()
        pg.wait_for_url("**/gaps?*", timeout=30_000)
        pg.locator("h1", has_text="Capacity gaps").wait_for(timeout=45_000)
        pg.wait_for_selector(".js-plotly-plot .main-svg g.trace", timeout=45_000)
        wait_for_run(pg)
        pg.wait_for_timeout(800)  # the charts' last layout pass
        pg.screenshot(path=str(ARTIFACTS / "nginx-gaps.png"))
        # Plotly's PNG download draws the chart through a blob: image (img-src blob:).
        chart = pg.locator(".js-plotly-plot").first
        chart.hover()
        try:
            with pg.expect_download(timeout=20_000) as download:
                chart.locator('.modebar-btn[data-title="Download plot as a PNG"]').click()
        except PlaywrightTimeout:
            page_violations()
            pytest.fail(f"no PNG from the chart's mode bar; CSP violations: {violations} {console_csp}")
        assert download.value.suggested_filename.endswith(".png")
        page_violations()

        # The map: MapLibre draws in a blob: worker (worker-src blob:).
        nav.get_by_role("link", name="By area").click()
        pg.wait_for_url("**/areas?*", timeout=30_000)
        pg.locator("h1", has_text="Capacity by area").wait_for(timeout=45_000)
        pg.wait_for_selector(".js-plotly-plot .maplibregl-canvas", timeout=45_000)
        wait_for_run(pg)
        pg.wait_for_timeout(1500)  # the worker's tiles of our GeoJSON
        pg.screenshot(path=str(ARTIFACTS / "nginx-areas.png"))
        page_violations()

        # The meeting view's clicker keys run as an inline script, allowed by its hash: PageDown turns the slide.
        nav.get_by_role("link", name="Meeting view").click()
        pg.wait_for_url("**/meeting?*", timeout=30_000)
        pg.wait_for_selector(".st-key-meeting_next button", timeout=45_000)
        wait_for_run(pg)
        pg.keyboard.press("PageDown")
        pg.wait_for_url("**slide=2*", timeout=20_000)
        page_violations()
        assert "Traceback" not in pg.inner_text("body")
    finally:
        ctx.close()

    assert violations == [] and console_csp == [], (violations, console_csp)
    assert handshakes and set(handshakes) == {101}, handshakes
    assert frames["received"] > 0
    ws_origin = proxy.url.replace("http://", "ws://", 1)
    assert [u for u in requests if u.startswith("ws")] and all(
        u == f"{ws_origin}/_stcore/stream" for u in requests if u.startswith("ws")), requests
    # Only nginx's origin: not even Streamlit's own port, nor any other host.
    assert sorted({u for u in requests if not u.startswith((proxy.url + "/", ws_origin + "/", "data:", "blob:"))}) == []
    # nginx logs a websocket when it closes: the upgrade went through nginx, not round it.
    deadline = time.time() + 10
    while '"GET /_stcore/stream HTTP/1.1" 101 ' not in (proxy.runtime / "access.log").read_text():
        assert time.time() < deadline, "no 101 for /_stcore/stream in nginx's access log"
        time.sleep(0.2)


@needs_nginx
def test_nginx_refuses_a_foreign_websocket_origin(proxy):
    """Refused by nginx, before Streamlit's own check (which looks up the machine's external IP over HTTP)."""
    def handshake(origin: str) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", int(proxy.url.rsplit(":", 1)[1]), timeout=10)
        try:
            conn.putrequest("GET", "/_stcore/stream")
            for name, value in {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
                                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": origin}.items():
                conn.putheader(name, value)
            conn.endheaders()
            r = conn.getresponse()
            return r.status, r.getheader("Server", "")
        finally:
            conn.close()

    for foreign in ("http://evil.example", proxy.url + ".evil.example", proxy.url + "0"):
        assert handshake(foreign) == (403, "nginx"), foreign
    assert handshake(proxy.url) == (101, "nginx")
    assert "Rejecting WebSocket" not in proxy.log.read_text(errors="replace")


@needs_nginx
def test_gzip_and_upload_limit(proxy):
    html = urllib.request.urlopen(f"{proxy.url}/", timeout=10)
    assert html.headers["X-Content-Type-Options"] == "nosniff" and html.headers["Content-Security-Policy"]
    script = re.search(r'src="\./(static/js/index\.[^"]+\.js)"', html.read().decode()).group(1)

    # Static JS: gzipped by nginx, the same bytes as Streamlit's (which sends them uncompressed).
    zipped = urllib.request.urlopen(urllib.request.Request(f"{proxy.url}/{script}",
                                                           headers={"Accept-Encoding": "gzip"}), timeout=10)
    assert zipped.headers["Content-Encoding"] == "gzip"
    plain = urllib.request.urlopen(f"{proxy.app_url}/{script}", timeout=10).read()
    body = zipped.read()
    assert gzip.decompress(body) == plain and len(body) < len(plain) / 2

    # nginx's limit is Streamlit's (maxUploadSize MB + its 1 MB multipart margin).
    limit_mb = upload_limit_mb()
    site = (proxy.runtime / "site.conf").read_text()
    assert re.search(r"client_max_body_size (\d+)m;", site).group(1) == str(limit_mb + 1)
    limit = (limit_mb + 1) * 1024 * 1024

    def put(length: int, send: bool) -> tuple[int, str, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", int(proxy.url.rsplit(":", 1)[1]), timeout=30)
        try:
            conn.putrequest("PUT", "/_stcore/upload_file/no-session/no-file")
            conn.putheader("Content-Type", "application/octet-stream")
            conn.putheader("Content-Length", str(length))
            conn.endheaders()
            if send:  # the whole body, so nginx passes it on
                chunk = bytes(1 << 20)
                for start in range(0, length, len(chunk)):
                    conn.send(chunk[:min(len(chunk), length - start)])
            r = conn.getresponse()
            return r.status, r.getheader("Server", ""), r.read()
        finally:
            conn.close()

    # One byte over: nginx answers from the header alone, nothing reaches the app.
    status, server, text = put(limit + 1, send=False)
    assert (status, server) == (413, "nginx") and b"413 Request Entity Too Large" in text
    # At the limit: nginx buffers it (its temp folder works) and hands it to Streamlit, which refuses the
    # request for its own reason (no XSRF token), not for its size.
    status, server, text = put(limit, send=True)
    assert status == 403 and b"XSRF" in text, (status, text[:200])


def unit_values() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_systemd_unit(tmp_path):
    unit = unit_values()
    service = unit["Service"]
    assert service["User"] == "alliance" and service["WorkingDirectory"] == "/opt/alliance"
    assert "ALLIANCE_DATA_DIR=/var/lib/alliance/data" in UNIT.read_text()
    assert service["Restart"] == "on-failure" and service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict" and "/var/lib/alliance/data" in service["ReadWritePaths"].split()
    assert service["PrivateTmp"] == "yes" and unit["Install"]["WantedBy"] == "multi-user.target"
    start = service["ExecStart"]
    assert start.startswith("/opt/alliance/.venv/bin/streamlit run app.py ")
    assert "--server.address 127.0.0.1" in start
    script = SCRIPT.read_text()
    for flag in FLAGS:
        assert flag in start and flag in script, flag
    assert f"--server.maxUploadSize {upload_limit_mb()}" in start  # in step with nginx's limit
    assert "--server.maxUploadSize" in script

    analyze = shutil.which("systemd-analyze")
    if not analyze:
        return  # the key checks above are all there is
    # verify as installed with the project here (it checks that ExecStart's program exists).
    venv_streamlit = Path(sys.executable).parent / "streamlit"
    if not venv_streamlit.exists():  # not run from the venv: any program will do for the check
        venv_streamlit = Path(shutil.which("true") or "/bin/true")
    copy = tmp_path / "alliance.service"
    copy.write_text(UNIT.read_text().replace("/opt/alliance/.venv/bin/streamlit", str(venv_streamlit))
                    .replace("/opt/alliance", str(ROOT)))
    done = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), done.stdout + done.stderr
