"""Roles from an identity's claims, through the `[access]` section of alliance.toml.

    [access]
    enabled = true
    admin = ["group:secretariat"]
    analyst = ["group:analysts", "email:chen@example.org"]
    viewer = ["domain:alliance.example"]          # anyone whose email is at that domain

    [access.members]                              # a member institution's people, by institution id
    sy_metrology = ["email:member.sy_metrology@alliance.example"]

A selector is `email:<address>`, `group:<name>` (a value of the ID token's `groups` claim) or `domain:<domain>` (the
email's domain); emails and domains compare without case. Someone matching several roles gets the widest; a member
selector ties the person to that institution. Signed in but matched by nothing: no role, no data.

A mapping that cannot be read or names an unknown role is a problem (`Access.problem`): the app then fails closed, a
sign-in page with the reason and no data, never open.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

# Widest last: each role sees at least what the ones before it see, except that a member also has its own return.
ROLES = ("viewer", "member", "analyst", "admin")
_SELECTOR = re.compile(r"^(email|group|domain):(.+)$")


@dataclass(frozen=True)
class Access:
    enabled: bool = False
    rules: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # role -> selectors
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # institution id -> selectors
    problem: str | None = None  # a message key (access.problem.*) when the mapping cannot be trusted
    detail: str = ""


@dataclass(frozen=True)
class Identity:
    role: str | None  # None: signed in, but the mapping gives no role
    email: str = ""
    name: str = ""
    institution_id: str | None = None  # for a member


OPEN = Identity(role="admin", name="")  # sign-in switched off: the demo on a laptop, everything as before


def load(path: Path) -> Access:
    """The `[access]` section of the settings file; a missing file or section means sign-in is off."""
    import tomllib

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Access()
    except OSError as err:
        return Access(enabled=True, problem="access.problem.unreadable", detail=str(err))
    try:
        section = tomllib.loads(text).get("access", {})
    except ValueError as err:
        return Access(enabled=True, problem="access.problem.unreadable", detail=str(err))
    return parse(section)


def parse(section: Mapping) -> Access:
    enabled = section.get("enabled", False)
    if enabled is not True:
        return Access()
    rules, members = {}, {}
    for key, value in section.items():
        if key == "enabled":
            continue
        if key == "members":
            if not isinstance(value, Mapping):
                return Access(enabled=True, problem="access.problem.bad_rule", detail="members")
            for inst, selectors in value.items():
                checked = _selectors(selectors)
                if checked is None:
                    return Access(enabled=True, problem="access.problem.bad_rule", detail=f"members.{inst}")
                members[str(inst)] = checked
            continue
        if key not in ROLES or key == "member":
            return Access(enabled=True, problem="access.problem.unknown_role", detail=str(key))
        checked = _selectors(value)
        if checked is None:
            return Access(enabled=True, problem="access.problem.bad_rule", detail=str(key))
        rules[key] = checked
    return Access(enabled=True, rules=rules, members=members)


def _selectors(value) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and _SELECTOR.match(v.strip()) for v in value):
        return None
    return tuple(v.strip() for v in value)


def _matches(selector: str, email: str, groups: set[str]) -> bool:
    kind, wanted = _SELECTOR.match(selector).groups()
    if kind == "email":
        return bool(email) and email == wanted.lower()
    if kind == "domain":
        return bool(email) and email.rsplit("@", 1)[-1] == wanted.lower().lstrip("@")
    return wanted in groups


def identity(access: Access, claims: Mapping) -> Identity:
    """The role the signed-in identity's claims give (email verified or not: the provider vouches for its accounts)."""
    email = str(claims.get("email") or "").strip().lower()
    raw = claims.get("groups") or []
    groups = {str(g) for g in (raw if isinstance(raw, list | tuple) else [raw])}
    name = str(claims.get("name") or email)
    best = None
    for role in ROLES:
        if any(_matches(s, email, groups) for s in access.rules.get(role, ())):
            best = role
    institution = next((inst for inst, sel in sorted(access.members.items())
                        if any(_matches(s, email, groups) for s in sel)), None)
    if institution and (best is None or ROLES.index(best) < ROLES.index("member")):
        best = "member"
    return Identity(role=best, email=email, name=name,
                    institution_id=institution if best == "member" else None)
