"""The sign-in harness (tests/signin.py) proved on a tiny Streamlit script, not the product app: every test account
signs in through a real oidc-provider in Chromium and the page shows its claims; and each way sign-in can go wrong
leaves the user signed out without crashing the app. No request leaves 127.0.0.1.

What Streamlit 1.67 does on each failure (asserted below; the product app's "fail closed" builds on it):
- wrong client secret: the login and consent pages work (the secret is checked only at the token endpoint); the
  callback's token exchange fails, Streamlit logs "OAuth token exchange failed for provider 'default'. Clearing auth
  cookies." with the invalid_client error, redirects to the app's root and the app runs signed out: the user just
  sees the sign-in button again, no message.
- provider down when the user clicks sign-in: /auth/login cannot fetch the provider's metadata and answers
  400 with the bare text "Authentication error" (the app's page is gone, the user must go back); the server lives on
  and the app is signed out.
- provider down after sign-in: nothing changes. The identity cookie is self-contained (signed with cookie_secret,
  30 days) and Streamlit never asks the provider again, so a signed-in user stays signed in.
- tampered or foreign-signed `_streamlit_user` cookie: ignored, the app runs signed out.
- forged or replayed callback (state unknown to this browser's session): redirected to the root, signed out.
"""
import json
import os
import re
import subprocess
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest
from servers import CHROMIUM, free_port, launch_chromium
from signin import (
    ACCOUNTS,
    NODE,
    PASSWORD,
    PROVIDER_JS,
    USER_COOKIE,
    SignInRefused,
    missing,
    oidc_provider,
    sign_in,
    sign_out,
    start_app,
    start_provider,
    wait_for_script,
    write_secrets,
)

pytestmark = pytest.mark.browser

if not CHROMIUM and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
if missing() and not os.environ.get("CI"):  # under CI, the oidc_provider fixture fails with the same reason
    pytest.skip(missing(), allow_module_level=True)

SCRIPT = '''
import json

import streamlit as st

st.title("Sign-in harness")
if not st.user.is_logged_in:
    st.text("status: signed out")
    if st.button("Sign in"):
        st.login()
else:
    st.text("status: signed in")
    st.text(f"email: {st.user.email}")
    st.text(f"groups: {json.dumps(st.user.get('groups'))}")
    st.text(f"name: {st.user.name}")
    st.text(f"claims: {','.join(sorted(st.user.to_dict()))}")
    if st.button("Sign out"):
        st.logout()
'''

__all__ = ["oidc_provider"]  # the fixture, imported from signin


@pytest.fixture(scope="module")
def script(tmp_path_factory):
    path = tmp_path_factory.mktemp("harness") / "harness_app.py"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def app(script, oidc_provider):
    port = free_port()
    server = start_app(script, port, write_secrets(script.parent, oidc_provider, port))
    yield server
    print("\nharness app log:\n" + server.stop())


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "install Debian's chromium"
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("http", "https", "ws", "wss") or parts.hostname == "127.0.0.1"


@pytest.fixture
def new_context(browser):
    """Fresh browser contexts (one per app: cookies are per host, not per port). Every request is recorded; one to
    anywhere but 127.0.0.1 is refused and fails the test."""
    contexts, offsite = [], []

    def make():
        ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
        ctx.on("request", lambda r: None if loopback(r.url) else offsite.append(r.url))
        ctx.route(lambda url: not loopback(url), lambda route: route.abort())
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        ctx.close()
    assert offsite == [], f"requests left 127.0.0.1: {offsite}"


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def shown(page) -> str:
    return page.inner_text('[data-testid="stMain"]')


def assert_signed_out(page, app_url):
    assert page.url.rstrip("/") == app_url, page.url
    text = shown(page)
    assert "status: signed out" in text, text
    assert "email:" not in text and "@" not in text and "Traceback" not in text
    assert page.get_by_role("button", name="Sign in").count() == 1


def test_accounts_agree_with_provider(oidc_provider):
    out = subprocess.run([NODE, str(PROVIDER_JS), "--accounts"], capture_output=True, check=True, timeout=30)
    provider_accounts = json.loads(out.stdout)
    assert {k: {"groups": v["groups"], "name": v["name"]} for k, v in ACCOUNTS.items()} == provider_accounts


def test_member_institutions_exist():
    from conftest import read

    ids = set(read("institutions", "2022-06-30", columns=["institution_id"])["institution_id"])
    wanted = {a["institution"] for a in ACCOUNTS.values() if "institution" in a}
    assert wanted == {"sy_metrology", "as_pq"} and wanted <= ids


# Two accounts prove the harness carries claims; every role's sign-in through the product app is
# tests/test_browser_signin.py (CI time is kept for that).
@pytest.mark.parametrize("account", ["viewer@alliance.test", "member.sy_metrology@alliance.test"])
def test_each_account_signs_in_with_its_claims(app, page, account):
    page.goto(app.url)
    wait_for_script(page)
    assert_signed_out(page, app.url)
    sign_in(page, app.url, account)
    text = shown(page)
    assert "status: signed in" in text
    assert f"email: {account}" in text
    assert f"groups: {json.dumps(ACCOUNTS[account]['groups'])}" in text
    assert f"name: {ACCOUNTS[account]['name']}" in text
    cookie = next(c for c in page.context.cookies() if c["name"] == USER_COOKIE)
    assert cookie["httpOnly"] and cookie["domain"] == "127.0.0.1" and cookie["sameSite"] == "Lax"
    # A reload starts a new session from the cookie alone: still signed in.
    page.reload()
    wait_for_script(page)
    assert f"email: {account}" in shown(page)


def test_claims_in_st_user(app, page):
    sign_in(page, app.url, "admin@alliance.test")
    claims = next(line for line in shown(page).splitlines() if line.startswith("claims: "))
    print("\nst.user keys:", claims)
    assert {"email", "groups", "name", "sub", "iss", "is_logged_in", "provider"} <= set(claims[8:].split(","))


def test_sign_out_then_in_again(app, page):
    sign_in(page, app.url, "viewer@alliance.test")
    sign_out(page)
    assert_signed_out(page, app.url)
    assert USER_COOKIE not in {c["name"] for c in page.context.cookies()}
    sign_in(page, app.url, "analyst@alliance.test")
    assert "email: analyst@alliance.test" in shown(page)


@pytest.mark.parametrize("account,password", [("viewer@alliance.test", "wrong"), ("nobody@alliance.test", PASSWORD)])
def test_provider_refuses_wrong_password_or_unknown_account(app, page, account, password):
    with pytest.raises(SignInRefused):
        sign_in(page, app.url, account, password)
    assert "Unknown account or wrong password" in page.inner_text("body")
    page.goto(app.url)
    wait_for_script(page)
    assert_signed_out(page, app.url)


def test_wrong_client_secret_stays_signed_out(script, oidc_provider, page):
    port = free_port()
    bad = start_app(script, port, write_secrets(script.parent, oidc_provider, port, client_secret="not-the-secret"))
    try:
        page.goto(bad.url)
        wait_for_script(page)
        sign_in(page, bad.url, "admin@alliance.test")  # login and consent pass; the token exchange fails
        assert_signed_out(page, bad.url)
        assert USER_COOKIE not in {c["name"] for c in page.context.cookies()}
        assert bad.running()
    finally:
        log = bad.stop()
    print("\nstreamlit log:\n" + log)
    assert "OAuth token exchange failed for provider 'default'" in log and "invalid_client" in log


def test_provider_down_before_sign_in(script, page):
    provider = start_provider()
    port = free_port()
    server = start_app(script, port, write_secrets(script.parent, provider, port))
    try:
        page.goto(server.url)
        wait_for_script(page)
        provider.stop()
        with page.expect_navigation() as nav:
            page.get_by_role("button", name="Sign in").click()
        response = nav.value
        print(f"\nprovider down: {response.status} at {page.url}: {page.inner_text('body')!r}")
        assert response.status == 400 and urlsplit(page.url).path == "/auth/login"
        assert page.inner_text("body").strip() == "Authentication error"
        assert server.running()
        with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=5) as r:
            assert r.status == 200
        page.goto(server.url)
        wait_for_script(page)
        assert_signed_out(page, server.url)
    finally:
        log = server.stop()
        provider.stop()
    print("streamlit log:\n" + log)
    assert "Error during OAuth authorization redirect" in log


def test_provider_down_after_sign_in_keeps_user_signed_in(script, page):
    provider = start_provider()
    port = free_port()
    server = start_app(script, port, write_secrets(script.parent, provider, port))
    try:
        sign_in(page, server.url, "member.sy_metrology@alliance.test")
        provider.stop()
        page.reload()
        wait_for_script(page)
        assert "email: member.sy_metrology@alliance.test" in shown(page)
    finally:
        server.stop()
        provider.stop()


def test_tampered_user_cookie_is_signed_out(app, page):
    sign_in(page, app.url, "viewer@alliance.test")
    ctx = page.context
    cookie = next(c for c in ctx.cookies() if c["name"] == USER_COOKIE)
    value = cookie["value"]
    # itsdangerous-style "payload.timestamp.signature"? Change one character of the signed value's payload.
    i = len(value) // 3
    tampered = value[:i] + ("A" if value[i] != "A" else "B") + value[i + 1:]
    ctx.add_cookies([{**cookie, "value": tampered}])
    page.reload()
    wait_for_script(page)
    assert_signed_out(page, app.url)


def test_cookie_signed_with_another_secret_is_signed_out(app, new_context):
    from streamlit.web.server.starlette.starlette_app_utils import create_signed_value

    payload = {"email": "admin@alliance.test", "groups": ["secretariat"], "name": "Admin Test",
               "origin": app.url, "is_logged_in": True, "provider": "default"}
    forged = create_signed_value("not-the-cookie-secret", USER_COOKIE, json.dumps(payload)).decode()
    ctx = new_context()
    ctx.add_cookies([{"name": USER_COOKIE, "value": forged, "url": app.url, "httpOnly": True, "sameSite": "Lax"}])
    page = ctx.new_page()
    page.goto(app.url)
    wait_for_script(page)
    assert_signed_out(page, app.url)


def test_forged_callback_state_is_signed_out(app, page):
    page.goto(f"{app.url}/oauth2callback?code=forged&state=forged")
    wait_for_script(page)
    assert_signed_out(page, app.url)


def test_callback_replayed_in_another_browser_is_signed_out(app, new_context):
    """A real, unused code and its state, from one browser's sign-in, opened in another (login CSRF / code
    injection): the state is not in that browser's session, so Streamlit drops the callback before any token
    exchange. The first browser's consent is posted by its request API, which stops at each redirect."""
    attacker_ctx, victim_ctx = new_context(), new_context()
    attacker = attacker_ctx.new_page()
    attacker.goto(app.url)
    wait_for_script(attacker)
    attacker.get_by_role("button", name="Sign in").click()
    attacker.wait_for_url(re.compile(r"/interaction/"))
    attacker.locator('input[name="login"]').fill("admin@alliance.test")
    attacker.locator('input[name="password"]').fill(PASSWORD)
    with attacker.expect_navigation():
        attacker.locator('button[type="submit"]').click()
    consent = attacker.locator("form", has=attacker.locator('input[name="prompt"][value="consent"]'))
    submit = urljoin(attacker.url, consent.get_attribute("action"))
    hop = attacker_ctx.request.post(submit, form={"prompt": "consent"}, max_redirects=0)
    while hop.status in (302, 303) and not hop.headers["location"].startswith(f"{app.url}/oauth2callback"):
        hop = attacker_ctx.request.get(urljoin(hop.url, hop.headers["location"]), max_redirects=0)
    callback = hop.headers["location"]
    assert "code=" in callback and "state=" in callback, callback
    victim = victim_ctx.new_page()
    victim.goto(app.url)
    wait_for_script(victim)
    victim.goto(callback)
    wait_for_script(victim)
    assert_signed_out(victim, app.url)
    # The code itself was good: the browser that asked for it, with its state in its session, signs in with it.
    attacker.goto(callback)
    wait_for_script(attacker)
    assert "email: admin@alliance.test" in shown(attacker)
