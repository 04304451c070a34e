"""Roles from claims, what each role may open and see, fail-closed settings, and the publish record: the logic in
alliance/access and the app under AppTest with a signed-in user (Streamlit's `at.user`). Chromium signing in through a
real OpenID provider is tests/test_browser_signin.py."""
import json
from pathlib import Path

import pytest
from conftest import read, run_page

from alliance.access import audit, policy, roles

MAPPING = """
[access]
enabled = true
admin = ["group:secretariat"]
analyst = ["group:analysts", "email:Chen@Example.org"]
viewer = ["group:viewers", "domain:alliance.test"]

[access.members]
sy_metrology = ["email:member.sy_metrology@alliance.test"]
"""
AUTH = {"redirect_uri": "http://127.0.0.1:1/oauth2callback", "cookie_secret": "x" * 32, "client_id": "dashboard",
        "client_secret": "s", "server_metadata_url": "http://127.0.0.1:1/.well-known/openid-configuration"}


def who(claims, text=MAPPING):
    return roles.identity(roles.parse(__import__("tomllib").loads(text)["access"]), claims)


@pytest.mark.parametrize("claims, role, institution", [
    ({"email": "boss@x.org", "groups": ["secretariat"]}, "admin", None),
    ({"email": "chen@example.org", "groups": []}, "analyst", None),  # emails compare without case
    ({"email": "someone@alliance.test", "groups": []}, "viewer", None),  # by domain
    ({"email": "v@x.org", "groups": ["viewers", "analysts"]}, "analyst", None),  # the widest role wins
    ({"email": "member.sy_metrology@alliance.test", "groups": []}, "member", "sy_metrology"),
    ({"email": "stranger@example.org", "groups": ["other"]}, None, None),
    ({"email": "", "groups": "secretariat"}, "admin", None),  # a single group as a string
])
def test_roles_from_claims(claims, role, institution):
    got = who(claims)
    assert (got.role, got.institution_id) == (role, institution)


@pytest.mark.parametrize("text, problem", [
    ("[access]\nenabled = true\nowner = ['group:x']\n", "access.problem.unknown_role"),
    ("[access]\nenabled = true\nviewer = ['everyone']\n", "access.problem.bad_rule"),
    ("[access]\nenabled = true\nviewer = 3\n", "access.problem.bad_rule"),
    ("[access\nenabled = true\n", "access.problem.unreadable"),
])
def test_a_mapping_that_cannot_be_trusted_fails_closed(tmp_path, text, problem):
    (tmp_path / "alliance.toml").write_text(text, encoding="utf-8")
    got = roles.load(tmp_path / "alliance.toml")
    assert got.enabled and got.problem == problem


def test_sign_in_is_off_without_the_section(tmp_path):
    assert not roles.load(tmp_path / "missing.toml").enabled
    (tmp_path / "alliance.toml").write_text("[access]\nenabled = false\n", encoding="utf-8")
    assert not roles.load(tmp_path / "alliance.toml").enabled


@pytest.mark.parametrize("role, pages", [
    ("viewer", {"alliance-overview", "changes", "meeting", "areas", "lab-levels", "working-groups", "gaps",
                "data-sources"}),
    ("member", {"alliance-overview", "changes", "meeting", "areas", "lab-levels", "working-groups", "gaps",
                "data-sources", "my-return"}),
    ("analyst", {"alliance-overview", "changes", "meeting", "areas", "lab-levels", "working-groups", "gaps",
                 "data-sources", "directory", "think-tank", "search", "sql"}),
    ("admin", set(policy.PAGE_ROLE) - {"my-return"}),
    (None, set()),
])
def test_pages_per_role(role, pages):
    assert {p for p in policy.PAGE_ROLE if policy.may_open(role, p)} == pages


@pytest.fixture
def signed_in(tmp_path, monkeypatch):
    """The app with sign-in on (the mapping above), run as the identity given."""
    settings = tmp_path / "alliance.toml"
    settings.write_text(MAPPING, encoding="utf-8")
    monkeypatch.setenv("ALLIANCE_CONFIG", str(settings))

    def run(page, user: dict | None, **query):
        from streamlit.testing.v1 import AppTest

        at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60)
        at.secrets["auth"] = AUTH
        at.user = {"is_logged_in": True, **user} if user else {"is_logged_in": False}
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
        if page:
            at.switch_page(page).run()
        return at
    return run


def _shown(at) -> str:
    return "\n".join(str(e.value) for kind in ("title", "markdown", "caption", "info", "warning", "error")
                     for e in getattr(at, kind))


def test_signed_out_sees_the_sign_in_page_and_no_figure(signed_in):
    at = signed_in(None, None, lang="en")
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.metric and not at.dataframe and not at.get("plotly_chart")


def test_no_role_sees_why_and_no_figure(signed_in):
    at = signed_in(None, {"email": "stranger@example.org", "groups": []}, lang="en")
    assert "no role" in _shown(at) and "stranger@example.org" in _shown(at)
    assert not at.metric and not at.dataframe


def test_misconfigured_sign_in_fails_closed(signed_in, tmp_path, monkeypatch):
    (tmp_path / "alliance.toml").write_text("[access]\nenabled = true\nowner = ['group:x']\n", encoding="utf-8")
    at = signed_in(None, {"email": "boss@x.org", "groups": ["secretariat"]}, lang="en")
    assert "role that does not exist: owner" in _shown(at)
    assert not at.metric and not at.dataframe


def test_viewer_sees_area_figures_without_institution_staff_or_assets(signed_in):
    at = signed_in("pages/capacity_by_area.py", {"email": "v@alliance.test", "groups": ["viewers"]}, lang="en")
    assert not at.exception
    members = next(d.value for d in at.dataframe if "Institution" in d.value.columns)
    assert "Technical staff" not in members.columns and "Assets (CNY)" not in members.columns
    assert "Qualification items" in members.columns
    assert not [b for b in at.get("download_button")]  # no table downloads for a viewer
    area = next(d.value for d in at.dataframe if "Area" in d.value.columns)
    assert "Technical staff" in area.columns  # area-level sums are for everyone
    assert "Signed in as v@alliance.test (viewer)" in _shown(at)


def test_analyst_sees_institution_columns_and_downloads(signed_in):
    at = signed_in("pages/capacity_by_area.py", {"email": "chen@example.org", "groups": []}, lang="en")
    members = next(d.value for d in at.dataframe if "Institution" in d.value.columns)
    assert {"Technical staff", "Assets (CNY)"} <= set(members.columns)
    inst = read("institutions")
    shown = dict(zip(members["Institution"], members["Technical staff"]))
    want = dict(zip(inst["name_en"], inst["technical_staff"]))
    assert all(shown[name] == want[name] for name in shown)
    assert len(at.get("download_button")) >= 2


@pytest.mark.parametrize("page", ["pages/members.py", "pages/experts.py", "pages/capability_search.py",
                                  "pages/submissions.py"])
def test_a_viewer_has_no_route_to_institution_pages(signed_in, page):
    """The page's script is not registered for a viewer at all: its URL serves the "no access" page instead (what
    the browser then shows is checked in tests/test_browser_signin.py)."""
    at = signed_in(None, {"email": "v@alliance.test", "groups": ["viewers"]}, lang="en")
    with pytest.raises(ValueError, match="Could not find"):
        at.switch_page(page)


def test_sign_in_off_keeps_the_demo_as_it_was():
    at = run_page("pages/capacity_by_area.py", lang="en")
    members = next(d.value for d in at.dataframe if "Institution" in d.value.columns)
    assert {"Technical staff", "Assets (CNY)"} <= set(members.columns)
    assert not any(b.label == "Sign out" for b in at.button)


def test_publish_record_is_appended_and_survives_a_torn_line(tmp_path):
    audit.record(tmp_path, "publish", "admin@alliance.test", snapshot="2022-09-30",
                 files=[{"file": "a.xlsx", "sha256": "0" * 64}], row_changes={"institutions": 1})
    with audit.path(tmp_path).open("a", encoding="utf-8") as f:
        f.write('{"at": "2026-')  # a crash mid-write
    audit.record(tmp_path, "publish", "cli-user", snapshot="2022-12-31", files=[], row_changes={})
    got = audit.entries(tmp_path)
    assert [e["actor"] for e in got] == ["admin@alliance.test", "cli-user"]
    assert json.loads(audit.path(tmp_path).read_text().splitlines()[0])["row_changes"] == {"institutions": 1}


@pytest.mark.parametrize("user, shown", [({"email": "boss@x.org", "groups": ["secretariat"]}, True),
                                         ({"email": "chen@example.org", "groups": []}, False)])
def test_the_publish_record_is_for_admins(signed_in, data_copy, user, shown):
    audit.record(data_copy, "publish", "admin@alliance.test", snapshot="2022-06-30",
                 files=[{"file": "a.xlsx", "sha256": "ab" * 32}], row_changes={"qualifications": 12})
    at = signed_in("pages/data_sources.py", user, lang="en")
    assert not at.exception
    tables = [d.value for d in at.dataframe if "Files (SHA-256)" in d.value.columns]
    assert bool(tables) == shown
    if shown:
        row = tables[0].iloc[0]
        assert row["Who"] == "admin@alliance.test" and row["Files (SHA-256)"] == "a.xlsx (abababababab)"
        assert row["Rows changed"] == "qualifications +12"
