"""What a role may open and see. Pages are named by their URL path (app.py).

- viewer: alliance- and area-level pages, the meeting view and the briefing; no institution-level staff or assets, no
  table downloads;
- member: what a viewer has, plus its own institution's return (download its workbook, hand in the filled one);
- analyst: also institution-level detail (directory and profiles, think tank, capability search), every column, every
  table's downloads;
- admin: also the upload page, publishing and retiring snapshots, and the publish record.
"""
from __future__ import annotations

from .roles import ROLES

PAGE_ROLE = {
    "alliance-overview": "viewer", "changes": "viewer", "meeting": "viewer", "areas": "viewer",
    "lab-levels": "viewer", "working-groups": "viewer", "gaps": "viewer", "data-sources": "viewer",
    "directory": "analyst", "think-tank": "analyst", "search": "analyst", "sql": "analyst",
    "upload": "admin", "my-return": "member",
}


def _at_least(role: str | None, wanted: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(wanted)


def may_open(role: str | None, page: str) -> bool:
    wanted = PAGE_ROLE.get(page, "admin")  # a page not listed here is for admins until someone decides otherwise
    if wanted == "member":
        return role == "member"
    return _at_least(role, wanted)


def institution_detail(role: str | None) -> bool:
    """Institution-level staff and assets (tables, downloads, briefing)."""
    return _at_least(role, "analyst")


def table_downloads(role: str | None) -> bool:
    return _at_least(role, "analyst")


def publishes(role: str | None) -> bool:
    return role == "admin"
