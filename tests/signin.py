"""Sign-in for the end-to-end tests: a real OpenID provider on loopback (panva's oidc-provider under Debian's node,
tests/js/oidc_provider.mjs), Streamlit servers configured for it through a secrets file outside the repository, and
Chromium signing in through the provider's own login and consent pages. Nothing here mocks the sign-in.

    provider = start_provider()                                  # or the `oidc_provider` fixture
    port = free_port()
    app = start_app(script, port, write_secrets(tmp_path, provider, port))
    sign_in(page, app.url, "analyst@alliance.test")
    ...
    app.stop(); provider.stop()

Streamlit reads `[auth]` from the file given by `--secrets.files` (the `secrets.files` option; it replaces the
default ~/.streamlit/secrets.toml and ./.streamlit/secrets.toml), so a test server never reads or writes the
repository's .streamlit. One browser context per app server: cookies are per host, not per port, so two apps on
127.0.0.1 in one context would overwrite each other's `_streamlit_session` cookie.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
import secrets
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from servers import LOOPBACK

JS = Path(__file__).parent / "js"
PROVIDER_JS = JS / "oidc_provider.mjs"
OIDC_PROVIDER_MODULE = JS / "node_modules" / "oidc-provider"
NODE = shutil.which("node")

# The provider's test accounts (tests/js/oidc_provider.mjs holds the same; test_signin_harness.py checks they agree).
# "institution" is the member institution an account stands for, an institution_id of the demo data; the provider
# itself issues only email, groups and name.
PASSWORD = "alliance-test"
ACCOUNTS: dict[str, dict] = {
    "viewer@alliance.test": {"groups": ["viewers"], "name": "Viewer Test"},
    "analyst@alliance.test": {"groups": ["analysts"], "name": "Analyst Test"},
    "admin@alliance.test": {"groups": ["secretariat"], "name": "Admin Test"},
    "member.sy_metrology@alliance.test": {"groups": ["members"], "name": "Member Shenyang Metrology",
                                          "institution": "sy_metrology"},
    "member.as_pq@alliance.test": {"groups": ["members"], "name": "Member Anshan Product Quality",
                                   "institution": "as_pq"},
    "stranger@example.org": {"groups": [], "name": "Stranger"},
}
SIGN_IN_BUTTON = re.compile("Sign in|登录")
SIGN_OUT_BUTTON = re.compile("Sign out|Log out|退出")
# Streamlit's identity cookie (streamlit/web/server/starlette/starlette_server_config.py: USER_COOKIE_NAME), signed
# with [auth] cookie_secret; its tokens are in "_streamlit_user_tokens", the OAuth state in "_streamlit_session".
USER_COOKIE = "_streamlit_user"
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# "notRunning" also shows for a moment after the websocket connects, before the first run starts: wait until it has
# held for a while (performance.now() resets with every document, so a navigation starts the count again).
_SETTLED = """ms => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') {
    window.__signinIdleSince = null;
    return false;
  }
  window.__signinIdleSince ??= performance.now();
  return performance.now() - window.__signinIdleSince >= ms;
}"""


# oidc-provider 9 calls crypto.hash (Node 20.12+; Debian 12's own nodejs is 18.19) and asks for 22 LTS, warning
# "Unsupported runtime" on 20 but working.
NODE_MIN = (20, 12)


@functools.cache
def missing() -> str | None:
    """Why sign-in cannot be tested here, or None."""
    if not NODE:
        return "node is not installed (apt-get install nodejs npm)"
    version = subprocess.run([NODE, "-p", "process.versions.node"], capture_output=True, text=True).stdout.strip()
    if tuple(int(p) for p in version.split(".")[:2] if p.isdigit()) < NODE_MIN:
        return f"node {version} is too old for oidc-provider 9 (needs {'.'.join(map(str, NODE_MIN))} or later)"
    if not OIDC_PROVIDER_MODULE.exists():
        return "oidc-provider is not installed (npm ci --prefix tests/js)"
    if importlib.util.find_spec("authlib") is None or importlib.util.find_spec("httpx") is None:
        return "st.login needs Authlib and httpx (pip install -r requirements.txt)"
    return None


@dataclass
class Provider:
    """A running oidc-provider: its issuer URL and the one client registered with it."""

    url: str
    client_id: str
    client_secret: str
    proc: subprocess.Popen = field(repr=False)
    log: Path = field(repr=False)

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"

    def running(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> str:
        """Stop it (SIGTERM, then SIGKILL); returns what it wrote on stderr (the log file is removed)."""
        if self.proc.stdout:
            self.proc.stdout.close()
        return _stop(self.proc, self.log, 10)


_logs: dict[Path, str] = {}


def _read_log(log: Path) -> str:
    return log.read_text(errors="replace") if log.exists() else _logs.get(log, "")


def _stop(proc: subprocess.Popen, log: Path, timeout: float) -> str:
    """SIGTERM, then SIGKILL after `timeout`; the output is kept in memory once its file is removed."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if log.exists():
        _logs[log] = log.read_text(errors="replace")
        log.unlink()
    return _logs.get(log, "")


def start_provider(port: int | None = None, *, client_id: str = "alliance-dashboard", client_secret: str | None = None,
                   redirect_uris: list[str] | None = None, timeout: float = 30) -> Provider:
    """oidc-provider on 127.0.0.1:`port` (a free one by default), issuer http://127.0.0.1:PORT. Without
    `redirect_uris` the client accepts http://127.0.0.1:ANY/oauth2callback, so one provider serves any app port."""
    reason = missing()
    if reason:
        pytest.fail(reason)
    client_secret = client_secret or secrets.token_urlsafe(24)
    # "--name=value": a random secret may start with "-", which node's parseArgs takes for another option.
    args = [NODE, str(PROVIDER_JS), f"--port={port or 0}", f"--client-id={client_id}",
            f"--client-secret={client_secret}", f"--password={PASSWORD}"]
    if redirect_uris:
        args += [a for uri in redirect_uris for a in ("--redirect-uri", uri)]
    else:
        args += ["--any-loopback-port"]
    fd, log = tempfile.mkstemp(prefix="oidc-provider-", suffix=".log")
    with os.fdopen(fd, "wb") as err:
        proc = subprocess.Popen(args, cwd=JS, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL)
    provider = Provider("", client_id, client_secret, proc, Path(log))
    deadline = time.monotonic() + timeout
    line = b""
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline()
            break
    if not line.startswith(b"ready "):
        out = provider.stop()
        pytest.fail(f"oidc-provider did not start ({line!r}): {out[-2000:]}")
    provider.url = line.split()[1].decode()
    with urllib.request.urlopen(provider.metadata_url, timeout=5) as r:
        assert json.load(r)["issuer"] == provider.url
    return provider


@pytest.fixture(scope="session")
def oidc_provider():
    """One provider for the session. Skips where node or oidc-provider is missing, but fails under CI."""
    reason = missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    provider = start_provider()
    yield provider
    provider.stop()


def write_secrets(tmpdir, provider: Provider, app_port: int, *, client_secret: str | None = None,
                  cookie_secret: str | None = None, scope: str = "openid email profile groups",
                  extra: str = "") -> Path:
    """A secrets.toml in `tmpdir` whose [auth] section signs in with `provider` for the app on `app_port`.
    `client_secret` overrides the provider's (a wrong one, for the failure tests); `extra` is appended TOML."""
    cookie_secret = cookie_secret or secrets.token_hex(32)
    q = json.dumps  # a JSON string is a TOML basic string
    text = "\n".join([
        "[auth]",
        f"redirect_uri = {q(f'http://127.0.0.1:{app_port}/oauth2callback')}",
        f"cookie_secret = {q(cookie_secret)}",
        f"client_id = {q(provider.client_id)}",
        f"client_secret = {q(client_secret if client_secret is not None else provider.client_secret)}",
        f"server_metadata_url = {q(provider.metadata_url)}",
        # Streamlit's default prompt, select_account, is refused by oidc-provider; login asks every time.
        f"client_kwargs = {{ scope = {q(scope)}, prompt = \"login\" }}",
        "",
        extra,
    ])
    path = Path(tmpdir) / f"secrets-{app_port}.toml"
    path.write_text(text, encoding="utf-8")
    return path


@dataclass
class App:
    url: str
    port: int
    proc: subprocess.Popen = field(repr=False)
    log: Path = field(repr=False)

    def running(self) -> bool:
        return self.proc.poll() is None

    def output(self) -> str:
        """What the server has printed so far (Streamlit logs auth failures there)."""
        return _read_log(self.log)

    def stop(self) -> str:
        """Stop the server; returns its output (the log file is removed)."""
        return _stop(self.proc, self.log, 20)


def start_app(app_path, port: int, secrets_file, env: dict | None = None, cwd=None, *, args: tuple[str, ...] = (),
              timeout: float = 60) -> App:
    """`streamlit run app_path` on 127.0.0.1:`port`, headless, with `secrets_file` as its only secrets file and
    `env` added to the environment (ALLIANCE_CONFIG, ALLIANCE_DATA_DIR, ...); returns once /_stcore/health answers.
    `args` are further Streamlit flags."""
    app_path = Path(app_path)
    cmd = [sys.executable, "-m", "streamlit", "run", str(app_path), "--server.port", str(port), *LOOPBACK,
           "--secrets.files", str(secrets_file), *args]
    # Output to a file, not a pipe nobody reads while the tests run: tracebacks of failed sign-ins add up.
    fd, log = tempfile.mkstemp(prefix=f"streamlit-{port}-", suffix=".log")
    with os.fdopen(fd, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd or app_path.parent, env={**os.environ, **(env or {})},
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    app = App(f"http://127.0.0.1:{port}", port, proc, Path(log))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"{app.url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return app
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"streamlit did not start on port {port}: {app.stop()[-2000:]}")


class SignInRefused(AssertionError):
    """The provider's login form refused the account or password."""


def wait_for_script(page, timeout: float = 30_000, settle_ms: int = 400) -> None:
    """Wait until the app's script run has finished (and stayed finished for `settle_ms`)."""
    page.wait_for_function(_SETTLED, arg=settle_ms, timeout=timeout)


def _is_app(url: str, app_url: str) -> bool:
    return url.startswith(app_url) and "/oauth2callback" not in url and "/auth/" not in url


def sign_in(page, app_url: str, account: str, password: str = PASSWORD, *, button=SIGN_IN_BUTTON,
            timeout: float = 30_000) -> None:
    """Sign in through the provider's own pages: the app's sign-in button (by role and `button`, a name or pattern),
    the login form (`account`, `password`), the consent form when the provider asks, then back on the app with its
    script run finished. Opens `app_url` first unless the page is already there. Raises SignInRefused when the
    provider's login form refuses."""
    app_url = app_url.rstrip("/")
    if not _is_app(page.url, app_url):
        page.goto(app_url)
    wait_for_script(page, timeout)
    page.get_by_role("button", name=button).first.click(timeout=timeout)
    # st.login() sends the browser to /auth/login, which redirects to the provider's /auth and its login page.
    page.wait_for_url(re.compile(r"/interaction/[^/?#]+"), timeout=timeout)
    page.locator('input[name="login"]').fill(account)
    page.locator('input[name="password"]').fill(password)
    with page.expect_navigation(timeout=timeout):
        page.locator('button[type="submit"]').click()
    if page.locator('input[name="prompt"][value="consent"]').count():
        with page.expect_navigation(timeout=timeout):
            page.locator('button[type="submit"]').click()
    if not _is_app(page.url, app_url):
        body = page.inner_text("body")
        if "Sign-in failed" in body:
            raise SignInRefused(f"{account}: {body.strip()}")
        page.wait_for_url(lambda url: _is_app(url, app_url), timeout=timeout)
    wait_for_script(page, timeout)


def sign_out(page, *, button=SIGN_OUT_BUTTON, timeout: float = 30_000) -> None:
    """Sign out with the app's sign-out button (st.logout()): Streamlit clears its cookies and sends the browser to
    the provider's end-session page, which asks to confirm; then back to the app, its script run finished."""
    parts = urlsplit(page.url)
    app_url = f"{parts.scheme}://{parts.netloc}"
    page.get_by_role("button", name=button).first.click(timeout=timeout)
    page.wait_for_url(lambda url: not url.startswith(app_url), timeout=timeout)
    confirm = page.locator('button[name="logout"][value="yes"]')
    if confirm.count():
        with page.expect_navigation(timeout=timeout):
            confirm.click()
    page.wait_for_url(lambda url: _is_app(url, app_url), timeout=timeout)
    wait_for_script(page, timeout)
