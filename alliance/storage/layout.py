"""Object names in the bucket. Data objects are content-addressed, so an unchanged table is shared by every snapshot
that holds it and an object, once written, never changes; a snapshot is its manifest, the same bytes as the local
manifest.json, and exists in the bucket exactly when that manifest does."""
from __future__ import annotations

import re

OBJECTS = "objects/"
SNAPSHOTS = "snapshots/"
REFERENCE = "reference/"
SETTINGS = "alliance.toml"
AUDIT = "audit/publish/"
MANIFEST_RE = re.compile(r"^snapshots/snapshot=(\d{4}-\d{2}-\d{2})/manifest\.json$")
OBJECT_RE = re.compile(r"^objects/([0-9a-f]{64})\.parquet$")


def object_key(sha256: str) -> str:
    return f"{OBJECTS}{sha256}.parquet"


def manifest_key(date: str) -> str:
    return f"{SNAPSHOTS}snapshot={date}/manifest.json"
