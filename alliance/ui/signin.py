"""Sign-in as the app shows it: Streamlit's `st.login` (OpenID Connect) when alliance.toml switches `[access]` on.

Fails closed: a mapping that cannot be read, sign-in switched on without its `[auth]` secrets, a provider that cannot
be reached, an identity the mapping gives no role: each is a page saying why, with no figure on it. Roles and what
they may see are `alliance.access`; this module only asks Streamlit who is signed in and draws the pages around it.
"""
from __future__ import annotations

import streamlit as st

from .. import config
from ..access import policy, roles
from ..access.roles import Identity

IDENTITY_KEY = "_identity"


def _auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all (Streamlit raises its own error type for that)
        return False


def gate(ctx) -> Identity:
    """Who is using the app, or a page saying why not and a stop. With sign-in off: everyone, as before."""
    access = roles.load(config.settings_path())
    if not access.enabled:
        return _keep(roles.OPEN)
    if access.problem:
        _closed(ctx, ctx.t(access.problem, detail=access.detail))
    if not _auth_configured():
        _closed(ctx, ctx.t("access.problem.no_secrets"))
    if not st.user.is_logged_in:
        st.title(ctx.t("access.title"))
        st.write(ctx.t("access.intro"))
        st.caption(ctx.t("access.not_completed"))
        if st.button(ctx.t("access.sign_in"), key="sign_in", type="primary", icon=":material/login:"):
            # Streamlit's login route answers a provider it cannot reach with a bare "Authentication error" page,
            # the app gone; asked first, the app says why and stays.
            problem = _provider_problem()
            if problem:
                _closed(ctx, ctx.t("access.problem.provider", detail=problem))
            st.login()
        st.stop()
    who = roles.identity(access, st.user.to_dict())
    if who.role is None:
        st.title(ctx.t("access.title"))
        st.warning(ctx.t("access.no_role", email=who.email or "—"), icon=":material/block:")
        st.button(ctx.t("access.sign_out"), key="sign_out_norole", on_click=st.logout, icon=":material/logout:")
        st.stop()
    return _keep(who)


def _provider_problem(timeout_s: float = 3.0) -> str | None:
    """Why the provider's discovery document cannot be read (the first thing Streamlit's login fetches), or None."""
    import json
    import urllib.request

    url = str(st.secrets["auth"].get("server_metadata_url", ""))
    if not url.startswith(("http://", "https://")):
        return "server_metadata_url"
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as answer:  # noqa: S310 (the deployment's own provider)
            json.loads(answer.read(1_000_000))
    except (OSError, ValueError) as err:
        return type(err).__name__
    return None


def _keep(who: Identity) -> Identity:
    st.session_state[IDENTITY_KEY] = who
    return who


def _closed(ctx, reason: str) -> None:
    st.title(ctx.t("access.title"))
    st.error(reason, icon=":material/lock:")
    st.stop()


def current() -> Identity:
    """The identity `gate` settled in this run (pages and tables ask it what to show)."""
    return st.session_state.get(IDENTITY_KEY, roles.OPEN)


# The grid's own toolbar offers a CSV of what it shows; a role without table downloads does not get it either.
_NO_GRID_DOWNLOAD = ('<style>[data-testid="stElementToolbar"] button[aria-label="Download as CSV"] '
                     '{display: none;}</style>')


def sidebar(ctx, who: Identity) -> None:
    if not who.email:  # sign-in off
        return
    if not policy.table_downloads(who.role):
        st.html(_NO_GRID_DOWNLOAD)
    with st.sidebar:
        label = ctx.t(f"access.role.{who.role}")
        st.caption(ctx.t("access.signed_in_as", name=who.name or who.email, role=label))
        st.button(ctx.t("access.sign_out"), key="sign_out", on_click=st.logout, icon=":material/logout:")


def no_access_page(ctx, title: str):
    """What a page's URL shows to a role that may not open it: the page's name and a sentence, never its data."""
    def page() -> None:
        st.title(title)
        st.warning(ctx.t("access.no_access"), icon=":material/block:")
    return page


def may_open(who: Identity, url_path: str) -> bool:
    # Streamlit gives the default page (the overview) an empty url_path.
    return policy.may_open(who.role, url_path or "alliance-overview")


def publish_record() -> list[dict]:
    """The publish record for a role that publishes (everyone, with sign-in off); nothing for the others."""
    from ..access import audit

    return audit.entries(config.data_dir()) if policy.publishes(current().role) else []


def institution_detail() -> bool:
    """Whether the signed-in role sees institution-level staff and assets (everyone, with sign-in off)."""
    from ..access import policy

    return policy.institution_detail(current().role)
