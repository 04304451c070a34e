"""Identical replicas behind nginx (deploy/run-behind-nginx.sh --replicas 2, deploy/README.md "Replicas").

One run of the command (two Streamlit processes, one nginx, all on 127.0.0.1; the data in a bucket of an
S3-compatible server on loopback, tests/s3_server.py, each replica serving its own verified mirror of it, synced every
ALLIANCE_SYNC_SECONDS, default 15) serves every test here, in order:
- new visitors spread over both replicas, and every later request of one visitor (its route cookie) stays on the
  replica that first answered; both replicas run with the same cookie secret;
- a snapshot published to the bucket by another writer is served by both replicas within PUBLISH_WITHIN_S,
  with no restart;
- in Chromium: two browsers, one on each replica; the first one's replica is killed (SIGKILL); that page reconnects
  to the other replica (its route cookie follows), keeps its URL, and its next interaction (the language) runs
  there with the URL's state applied (the domain filter, the measure); a page switch keeps the filter and a download
  is served there; the other browser is untouched; not one request leaves nginx's origin;
- the command reports the lost replica and starts it again; a hung replica (SIGSTOP) fails the command's health
  check and is killed, its users' held requests then answered by the other; SIGTERM stops everything.
"""
from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import s3_server
from conftest import DATA, LATEST, ROOT
from servers import CHROMIUM, free_port, launch_chromium
from test_offline import wait_for_run

pytestmark = pytest.mark.browser
NGINX = shutil.which("nginx")
SCRIPT = ROOT / "deploy" / "run-behind-nginx.sh"
ARTIFACTS = ROOT / "artifacts"
NEW_SNAPSHOT = "2022-09-30"
NEW_SNAPSHOT_SHOWN = "30 Sep 2022"  # as the English sidebar's picker names it
# What deploy/README.md states: a snapshot published by any writer is served by every replica within this.
PUBLISH_WITHIN_S = 60
# The command starts a lost replica again after this long: long enough for the browser test to see its users
# served by the other replica first.
RESTART_DELAY_S = 12

needs_tools = pytest.mark.skipif((not NGINX or not CHROMIUM) and not os.environ.get("CI"),
                                 reason="needs Debian's nginx and chromium (CI installs both)")


@dataclass
class Cluster:
    url: str
    runtime: Path
    log: Path
    data_url: str  # s3://bucket/prefix
    mirrors: Path  # replica i mirrors into mirrors/replica-i
    proc: subprocess.Popen

    def replicas(self) -> dict[str, tuple[int, int]]:
        """name -> (port, pid), as the command lists them."""
        out = {}
        for line in (self.runtime / "replicas").read_text().splitlines():
            name, address, pid = line.split()
            out[name] = (int(address.rsplit(":", 1)[1]), int(pid))
        return out

    def tail(self) -> str:
        parts = [self.log.read_text(errors="replace")[-4000:]]
        for name in ("error.log", "access.log"):
            if (self.runtime / name).exists():
                parts.append(f"--- {name} ---\n" + (self.runtime / name).read_text(errors="replace")[-2000:])
        return "\n".join(parts)


def get(url: str, cookie: str | None = None, timeout: float = 10) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=timeout) as r:
        r.read()
        return r.status, {k.lower(): v for k, v in r.headers.items()}


def healthy(port: int) -> bool:
    try:
        return urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).status == 200
    except OSError:
        return False


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def bucket(tmp_path_factory):
    """The demo published to a fresh bucket on a loopback S3 server: its s3:// URL; the AWS variables set here too
    (for the writer in a test), as they were afterwards."""
    from alliance.storage import location, mirror, publish

    with s3_server.server(tmp_path_factory.mktemp("moto")) as endpoint:
        try:
            loc = location.parse(f"s3://{s3_server.make_bucket(endpoint)}/alliance")
            assert publish.publish_root(loc, DATA)["skipped"] == []
            yield loc
        finally:
            mirror.stop_all()


@pytest.fixture(scope="module")
def cluster(bucket, tmp_path_factory):
    mirrors = tmp_path_factory.mktemp("mirrors")
    port = free_port()
    # Not under pytest's tmp folder: as root, nginx's workers (www-data) must reach their temp folders in here.
    runtime = Path(tempfile.mkdtemp(prefix="alliance-replicas-test."))
    log = runtime.with_suffix(".log")
    env = {**os.environ, "PORT": str(port), "RUNTIME_DIR": str(runtime), "PYTHON": sys.executable,
           "ALLIANCE_DATA_DIR": bucket.url, "ALLIANCE_MIRROR_DIR": str(mirrors), "HEALTH_INTERVAL": "1",
           "HEALTH_TIMEOUT": "3",
           "RESTART_DELAY": str(RESTART_DELAY_S)}
    env.pop("APP_PORT", None)
    env.pop("ALLIANCE_SYNC_SECONDS", None)  # the default, as deployed
    env.pop("STREAMLIT_SERVER_COOKIE_SECRET", None)
    if NGINX:
        env["NGINX_BIN"] = NGINX
    with open(log, "wb") as out:
        proc = subprocess.Popen(["bash", str(SCRIPT), "--replicas", "2", "--replica-header"], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    c = Cluster(f"http://127.0.0.1:{port}", runtime, log, bucket.url, mirrors, proc)
    try:
        deadline = time.time() + 90
        while not ((runtime / "replicas").exists() and all(healthy(p) for p, _ in c.replicas().values())
                   and healthy(port)):
            if proc.poll() is not None:
                pytest.fail(f"run-behind-nginx.sh --replicas 2 exited ({proc.returncode}):\n{c.tail()}")
            if time.time() > deadline:
                pytest.fail(f"the replicas were not healthy within 90 s:\n{c.tail()}")
            time.sleep(0.3)
        yield c
    finally:
        ports = [port, *(p for p, _ in c.replicas().values())] if (runtime / "replicas").exists() else [port]
        output = c.tail()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
            exited = True
        except subprocess.TimeoutExpired:
            exited = False
        deadline = time.time() + 5
        leftover = False
        while True:
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            if time.time() > deadline:
                leftover = True
                os.killpg(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.1)
        proc.wait()
        still = [p for p in ports if listening(p)]
        shutil.rmtree(runtime, ignore_errors=True)
        log.unlink(missing_ok=True)
    assert exited and not leftover and not still, (exited, leftover, still, output)


@needs_tools
def test_visitors_spread_over_replicas_and_each_keeps_to_one(cluster):
    site = (cluster.runtime / "site.conf").read_text()
    assert "add_header Content-Security-Policy" in site and "X-Content-Type-Options" in site
    seen: dict[str, int] = {}
    for _ in range(20):  # new visitors: no cookie
        status, headers = get(f"{cluster.url}/")
        replica = headers["x-alliance-replica"]
        assert status == 200 and headers["set-cookie"].startswith(f"alliance_route={replica};"), headers
        assert "HttpOnly" in headers["set-cookie"] and headers["content-security-policy"]
        seen[replica] = seen.get(replica, 0) + 1
    assert set(seen) == {"r1", "r2"} and min(seen.values()) >= 5, seen
    for replica in ("r1", "r2"):  # a visitor's later requests: on its replica, the cookie not sent again
        for path in ("/", "/_stcore/health", "/_stcore/host-config", "/areas?lang=en"):
            status, headers = get(f"{cluster.url}{path}", cookie=f"alliance_route={replica}")
            assert status == 200 and headers["x-alliance-replica"] == replica, (path, headers)
            assert "alliance_route" not in headers.get("set-cookie", ""), headers
    # An unknown route (a forged or stale cookie) is a new visitor, given a real one.
    _, headers = get(f"{cluster.url}/", cookie="alliance_route=r9")
    assert headers["set-cookie"].startswith(f"alliance_route={headers['x-alliance-replica']};")

    # Identical replicas: one cookie secret, the same bucket, a mirror each.
    environs = []
    for _, pid in cluster.replicas().values():
        raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        environs.append(dict(v.decode(errors="replace").split("=", 1) for v in raw if b"=" in v))
    secrets = {e.get("STREAMLIT_SERVER_COOKIE_SECRET") for e in environs}
    assert len(secrets) == 1 and len(secrets.pop() or "") >= 32
    assert {e.get("ALLIANCE_DATA_DIR") for e in environs} == {cluster.data_url}
    assert sorted(e.get("ALLIANCE_MIRROR_DIR") for e in environs) == [str(cluster.mirrors / "replica-1"),
                                                                      str(cluster.mirrors / "replica-2")]


def _load_client():
    spec = importlib.util.spec_from_file_location("bench_load_replicas", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module.StreamlitClient


async def snapshot_choices(port: int, client_class) -> list[str]:
    """The sidebar's snapshot picker as one replica shows it to a new session (Streamlit's own protocol): the
    snapshots' dates as shown, without "(latest)"."""
    client = client_class(f"ws://127.0.0.1:{port}/_stcore/stream", 30)
    await client.connect()
    try:
        client.query = "lang=en"
        out = await client.rerun(page_name="", locale="en-US")
        assert out.ok, out.error
        kind, element = client.widgets["snapshot"]
        return [option.split(" (")[0] for option in element.options]
    finally:
        await client.close()


@needs_tools
def test_a_published_snapshot_is_served_by_every_replica(cluster, bucket, tmp_path):
    from alliance.snapshots import write_snapshot
    from alliance.storage import mirror

    client_class = _load_client()
    ports = {name: port for name, (port, _) in cluster.replicas().items()}
    for name, port in ports.items():
        assert NEW_SNAPSHOT_SHOWN not in asyncio.run(snapshot_choices(port, client_class)), name
    # Another writer (an ingest on another machine): its own mirror of the bucket; the snapshot writer publishes to
    # the bucket before its own rename.
    writer = tmp_path / "writer"
    assert mirror.sync(bucket, writer).problems == []
    latest = writer / "snapshots" / f"snapshot={LATEST}"
    tables = {f.stem: pq.read_table(f) for f in latest.glob("*.parquet")}
    pids = {name: pid for name, (_, pid) in cluster.replicas().items()}
    write_snapshot(writer, NEW_SNAPSHOT, tables, source="ingest")
    published = time.monotonic()
    waited: dict[str, float] = {}
    while len(waited) < len(ports):
        for name, port in ports.items():
            if name not in waited and NEW_SNAPSHOT_SHOWN in asyncio.run(snapshot_choices(port, client_class)):
                waited[name] = time.monotonic() - published
        assert time.monotonic() - published < PUBLISH_WITHIN_S, f"served by {sorted(waited)} only"
        time.sleep(0.5)
    print(f"new snapshot served by every replica after {waited}")
    for i in (1, 2):
        assert (cluster.mirrors / f"replica-{i}" / "snapshots" / f"snapshot={NEW_SNAPSHOT}" / "manifest.json").exists()
    assert {name: pid for name, (_, pid) in cluster.replicas().items()} == pids  # no restart


@needs_tools
def test_a_killed_replicas_users_reconnect_to_another_with_their_url_state(cluster):
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    url = f"{cluster.url}/areas?lang=en&domains=food,metrology&measure=assets_cny"
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            pages = {}  # replica name -> (context, page, websockets)
            for _ in range(8):  # new visitors take turns (round-robin), so two are enough unless others came between
                ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-US",
                                          accept_downloads=True)
                ctx.on("request", lambda r: requests.append(r.url))
                pg = ctx.new_page()
                sockets: list = []

                def on_websocket(ws, sockets=sockets):
                    requests.append(ws.url)
                    sockets.append(ws)

                pg.on("websocket", on_websocket)
                pg.goto(url)
                replica = next(c["value"] for c in ctx.cookies() if c["name"] == "alliance_route")
                if replica in pages:
                    ctx.close()
                    continue
                pages[replica] = (ctx, pg, sockets)
                if len(pages) == 2:
                    break
            assert set(pages) == {"r1", "r2"}, pages
            for _ctx, pg, _ in pages.values():
                wait_for_run(pg)
                pg.wait_for_selector("text=All measures by area", timeout=45_000)
                body = pg.inner_text("body")
                assert "Food" in body and "Metrology and calibration" in body

            lost, kept = "r1", "r2"
            ctx, pg, sockets = pages[lost]
            assert len(sockets) == 1 and len(pages[kept][2]) == 1
            os.kill(cluster.replicas()[lost][1], signal.SIGKILL)
            killed = time.monotonic()

            # The page notices (its websocket closes), reconnects through nginx to the other replica, and keeps
            # showing what it showed. Streamlit's front end does not run the page again on reconnecting: the new
            # session runs at the user's next interaction, with the URL's query string and the widgets' states.
            deadline = time.monotonic() + 60
            while len(sockets) < 2 or sockets[-1].is_closed():
                assert time.monotonic() < deadline, f"no new websocket within 60 s:\n{cluster.tail()}"
                pg.wait_for_timeout(200)
            reconnected = time.monotonic() - killed
            route = next(c["value"] for c in ctx.cookies() if c["name"] == "alliance_route")
            assert route == kept  # the cookie follows the replica that took the session
            assert get(f"{cluster.url}/_stcore/health", cookie=f"alliance_route={route}")[1]["x-alliance-replica"] \
                == kept
            assert "domains=food" in pg.url and "measure=assets_cny" in pg.url

            # The next interaction starts the new session there as a reload would: from the URL, whose state (the
            # filter, the measure, the language) is applied; that first click's own change is not (the session's
            # state was lost with the replica). The language radio shows it: the first click runs the page in
            # English still, the second switches.
            received = {"n": 0}
            sockets[1].on("framereceived", lambda _: received.__setitem__("n", received["n"] + 1))
            chinese = pg.locator('[data-testid="stSidebar"] label', has_text="中文").first
            chinese.click()
            pg.wait_for_function("() => true")  # let the page take the click before waiting for the run
            deadline = time.monotonic() + 45
            while received["n"] < 5:
                assert time.monotonic() < deadline, f"no run on {kept} after the first interaction:\n{cluster.tail()}"
                pg.wait_for_timeout(200)
            wait_for_run(pg)
            pg.wait_for_selector("text=All measures by area", timeout=45_000)
            assert "domains=food" in pg.url and "measure=assets_cny" in pg.url and "lang=en" in pg.url
            body = pg.inner_text("body")
            assert "Food" in body and "Metrology and calibration" in body and "Traceback" not in body
            chinese.click()
            pg.wait_for_function("() => location.search.includes('lang=zh-CN')", timeout=30_000)
            wait_for_run(pg)
            pg.wait_for_function("() => document.body.innerText.includes('计量校准')", timeout=45_000)
            assert "domains=food" in pg.url and "measure=assets_cny" in pg.url
            ARTIFACTS.mkdir(exist_ok=True)
            pg.screenshot(path=str(ARTIFACTS / "replicas-after-failover.png"))

            # The session works on its new replica: a page switch keeps the filter, a download is served by it.
            pg.locator('[data-testid="stSidebarNav"] a[href*="working-groups"]').first.click()
            pg.wait_for_url("**/working-groups?*", timeout=30_000)
            wait_for_run(pg)
            pg.wait_for_function("() => location.search.includes('domains=food')", timeout=30_000)
            assert "计量校准" in pg.inner_text("body")
            button = pg.locator('[data-testid="stDownloadButton"] button').first
            button.wait_for(timeout=30_000)
            with pg.expect_download(timeout=30_000) as download:
                button.click()
            assert download.value.suggested_filename.endswith(".csv") and download.value.failure() is None
            assert sockets[-1] is sockets[1] and not sockets[1].is_closed()  # one reconnect, still open

            # The other replica's user never noticed.
            other_ctx, other_pg, other_sockets = pages[kept]
            assert len(other_sockets) == 1 and not other_sockets[0].is_closed()
            assert "Metrology and calibration" in other_pg.inner_text("body")
            print(f"page reconnected to {kept} {reconnected:.1f} s after {lost} was killed")
        finally:
            browser.close()

    ws_origin = cluster.url.replace("http://", "ws://", 1)
    assert sorted({u for u in requests if not u.startswith((cluster.url + "/", ws_origin + "/", "data:", "blob:"))}) \
        == []


@needs_tools
def test_the_lost_replica_is_reported_and_started_again(cluster):
    port, pid = cluster.replicas()["r1"]
    if "replica r1 (127.0.0.1" not in cluster.log.read_text(errors="replace"):  # run alone: not killed yet
        os.kill(pid, signal.SIGKILL)
    deadline = time.time() + RESTART_DELAY_S + 60
    while not healthy(port):
        assert time.time() < deadline, cluster.tail()
        time.sleep(0.5)
    log = cluster.log.read_text(errors="replace")
    assert "replica r1" in log and "exited (status 137)" in log and "starting replica r1 again" in log, log[-3000:]
    # Back in service for new visitors.
    seen = {get(f"{cluster.url}/_stcore/health")[1]["x-alliance-replica"] for _ in range(6)}
    assert seen == {"r1", "r2"}



@needs_tools
def test_a_hung_replica_is_killed_by_the_health_check(cluster):
    """A replica that stops answering (SIGSTOP: its port still accepts connections, so nginx's passive check does not
    see it) fails the command's health check HEALTH_FAILS times and is killed; its users' requests, held meanwhile,
    are then answered by the other replica."""
    port, pid = cluster.replicas()["r2"]
    os.kill(pid, signal.SIGSTOP)
    stopped = time.monotonic()
    try:
        status, headers = get(f"{cluster.url}/_stcore/health", cookie="alliance_route=r2", timeout=60)
        waited = time.monotonic() - stopped
    finally:
        try:
            os.kill(pid, signal.SIGCONT)  # if the health check has not killed it, let the fixture stop it
        except ProcessLookupError:
            pass
    assert status == 200 and headers["x-alliance-replica"] == "r1"
    assert headers["set-cookie"].startswith("alliance_route=r1;")
    deadline = time.monotonic() + 10  # the command reports the exit on its next round
    while f"pid {pid}) exited" not in (log := cluster.log.read_text(errors="replace")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "replica r2 unhealthy; killing it" in log and f"pid {pid}) exited (status 137)" in log, log[-3000:]
    print(f"a request to the hung replica was answered by r1 after {waited:.1f} s")

def test_the_rendered_sites(tmp_path):
    """--print-site: one replica renders no replica machinery at all; three render three groups, each with the other
    two as backups, that nginx accepts (inside a minimal main config, as Debian's would include it)."""
    def site(*args: str) -> str:
        env = {**os.environ, "APP_PORT": "8501", "PYTHON": sys.executable}
        done = subprocess.run(["bash", str(SCRIPT), "--print-site", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    one = site()
    directives = "\n".join(line for line in one.splitlines() if not line.lstrip().startswith("#"))
    assert "alliance_route" not in directives and "X-Alliance-Replica" not in directives
    assert not any(line.startswith("#@") for line in one.splitlines())
    assert "server 127.0.0.1:8501;" in one and one.count("proxy_pass http://alliance_app;") == 2
    three = site("--replicas", "3")
    assert "X-Alliance-Replica" not in three  # only with --replica-header
    for i, port in enumerate((8501, 8502, 8503), start=1):
        group = three.split(f"upstream alliance_r{i} {{", 1)[1].split("}", 1)[0]
        assert f"server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" in group
        assert group.count(" backup;") == 2
        assert f"r{i} alliance_r{i};" in three and f'"~:{port}$" r{i};' in three
    assert three.count("proxy_pass http://$alliance_upstream;") == 2
    assert "add_header Set-Cookie $alliance_route_cookie always;" in three
    if not NGINX:
        return
    (tmp_path / "site.conf").write_text(three)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{ access_log off; include {tmp_path}/site.conf; }}\n")
    done = subprocess.run([NGINX, "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c",
                           str(tmp_path / "nginx.conf"), "-t", "-q"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr


def test_the_replica_unit(tmp_path):
    """deploy/alliance@.service: alliance.service with the port as its instance, one shared cookie secret from an
    environment file, a mirror per replica; systemd-analyze verify finds nothing to say about an instance."""
    single = (ROOT / "deploy" / "alliance.service").read_text(encoding="utf-8")
    template = (ROOT / "deploy" / "alliance@.service").read_text(encoding="utf-8")

    def settings(text: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for line in text.splitlines():
            if "=" in line and not line.startswith(("#", "[")):
                key, value = line.split("=", 1)
                out.setdefault(key, []).append(value)
        return out

    one, many = settings(single), settings(template)
    assert many["ExecStart"] == [one["ExecStart"][0].replace("--server.port 8501", "--server.port %i")]
    assert many["EnvironmentFile"] == ["/etc/alliance/replicas.env"]  # the shared secret; required
    assert "ALLIANCE_MIRROR_DIR=/var/lib/alliance/mirror-%i" in many["Environment"]
    assert many["ReadWritePaths"] == ["/var/lib/alliance"]
    for key in set(one) - {"ExecStart", "ReadWritePaths", "Description"}:
        assert set(one[key]) <= set(many[key]), key  # every other setting, hardening included, as in the single unit
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        return
    venv_streamlit = Path(sys.executable).parent / "streamlit"
    if not venv_streamlit.exists():
        venv_streamlit = Path(shutil.which("true") or "/bin/true")
    env_file = tmp_path / "replicas.env"
    env_file.write_text("STREAMLIT_SERVER_COOKIE_SECRET=" + "0" * 64 + "\n")
    (tmp_path / "alliance@.service").write_text(
        template.replace("/opt/alliance/.venv/bin/streamlit", str(venv_streamlit)).replace("/opt/alliance", str(ROOT))
        .replace("/etc/alliance/replicas.env", str(env_file)))
    done = subprocess.run([analyze, "verify", str(tmp_path / "alliance@8501.service")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), done.stdout + done.stderr
