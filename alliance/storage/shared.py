"""State that identical, stateless replicas must share, kept in the bucket: the publish record (one immutable
object per entry, so concurrent writers on several replicas never contend for one file) and members' returns
(`returns/<institution>/<folder>/workbook.xlsx`, then `meta.json`, replaced whole on a status change; written to the
bucket before the local folder, and brought to every other replica's folder by the mirror's sync)."""
from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path

from . import layout
from .location import Location, mirrored
from .s3 import Bucket

RETURNS = "returns/"

# Entries are immutable objects: each is fetched once per process.
_seen: dict[tuple[str, str], dict] = {}
_lock = threading.Lock()


def put_entry(loc: Location, entry: dict) -> str:
    """One publish-record entry as its own object; keys sort by time (`at` first), then a random tail."""
    stamp = str(entry.get("at", "")).replace(":", "").replace("+", "Z")
    key = f"{layout.AUDIT}{stamp}-{uuid.uuid4().hex[:12]}.json"
    body = json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    Bucket(loc).put(key, body)
    return key


def entries(loc: Location) -> list[dict]:
    """Every entry of the bucket's publish record, oldest first."""
    bucket = Bucket(loc)
    out = []
    for obj in bucket.list(layout.AUDIT):
        memo = (loc.url, obj.key)
        with _lock:
            entry = _seen.get(memo)
        if entry is None:
            try:
                entry = json.loads(bucket.get(obj.key))
            except (OSError, ValueError):
                continue
            with _lock:
                _seen[memo] = entry
        out.append(entry)
    return out


def bucket_of(root: Path) -> Location | None:
    """The bucket a data folder mirrors; None for a plain local folder (then nothing here is used)."""
    from ..snapshots import MIRROR_MARKER

    return mirrored(root) if (Path(root) / MIRROR_MARKER).is_file() else None


def put_return(loc: Location, return_id: str, meta: bytes, workbook: bytes | None = None) -> None:
    """A return's workbook (when new), then its meta.json: a return exists in the bucket once its meta does."""
    bucket = Bucket(loc)
    if workbook is not None:
        bucket.put(f"{RETURNS}{return_id}/workbook.xlsx", workbook)
    bucket.put(f"{RETURNS}{return_id}/meta.json", meta)
