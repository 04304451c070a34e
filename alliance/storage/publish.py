"""Publishing to the bucket: the data objects first, the manifest last. A single PUT is atomic in S3, so a reader
sees either no manifest (nothing) or a manifest whose objects are all there; a publish cut short leaves objects no
manifest names, which `sweep` deletes once they are older than a grace period."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..snapshots import MANIFEST, SnapshotExists, scan, sha256_file
from . import layout
from .location import Location, mirrored
from .s3 import Bucket

# An object older than this and named by no manifest is swept. A publish re-puts an object it finds older than half
# of it (instead of trusting it is there), so a publish lasting under 12 hours never loses an object to a sweep.
GRACE_SECONDS = 24 * 3600


def _now() -> float:
    return dt.datetime.now(dt.UTC).timestamp()


def put_object(bucket: Bucket, path: Path, sha256: str, *, grace: float = GRACE_SECONDS) -> int:
    """Upload one data file as objects/<sha256>.parquet unless a fresh, same-sized copy is there; bytes sent."""
    key = layout.object_key(sha256)
    size = path.stat().st_size
    info = bucket.fs.get_file_info(bucket._path(key))
    if info.size == size and info.mtime is not None and _now() - info.mtime.timestamp() < grace / 2:
        return 0
    bucket.put_file(key, path)
    return size


def publish_folder(bucket: Bucket, folder: Path, *, replace: bool = True, verify: bool = True) -> dict:
    """One snapshot folder (manifest.json and its Parquet files) into the bucket. With replace=False an existing,
    different manifest for the date is refused (SnapshotExists), as the local writer refuses."""
    body = (folder / MANIFEST).read_bytes()
    manifest = json.loads(body)
    date = manifest["snapshot"]
    key = layout.manifest_key(date)
    if not replace and bucket.exists(key) and bucket.get(key) != body:
        raise SnapshotExists(f"{bucket.loc.url}/{key} already exists; pass replace=True to replace it")
    sent = 0
    for table, entry in manifest["tables"].items():
        path = folder / f"{table}.parquet"
        if verify and sha256_file(path) != entry["sha256"]:  # never upload a damaged file under a good name
            raise ValueError(f"{path}: sha256 differs from the manifest")
        sent += put_object(bucket, path, entry["sha256"])
    bucket.put(key, body)  # last: from here on the snapshot exists
    return {"snapshot": date, "bytes": sent}


def publish_files(bucket: Bucket, root: Path) -> list[str]:
    """What else the app reads from the data folder: reference/*.csv and alliance.toml; returns the keys sent."""
    sent = []
    files = [(f"{layout.REFERENCE}{p.name}", p) for p in sorted((root / "reference").glob("*")) if p.is_file()]
    if (root / layout.SETTINGS).is_file():
        files.append((layout.SETTINGS, root / layout.SETTINGS))
    for key, path in files:
        data = path.read_bytes()
        try:
            same = bucket.get(key) == data
        except (FileNotFoundError, OSError):
            same = False
        if not same:
            bucket.put(key, data)
            sent.append(key)
    return sent


def publish_root(loc: Location, root: Path) -> dict:
    """Every servable snapshot of a local data folder, then its reference files: a bucket a replica can serve."""
    bucket = Bucket(loc)
    catalog = scan(root)
    done = [publish_folder(bucket, s.path) for s in catalog.snapshots]
    return {"snapshots": done, "files": publish_files(bucket, root),
            "skipped": [(p.folder, p.reason, p.detail) for p in catalog.problems]}


def before_rename(root: Path, folder: Path, replace: bool) -> None:
    """Called by the snapshot writer when its hidden folder is complete: if `root` mirrors a bucket, the snapshot
    goes to the bucket first, so the bucket stays the truth and this replica's rename only follows it."""
    loc = mirrored(root)
    if loc is not None:
        publish_folder(Bucket(loc), folder, replace=replace, verify=False)  # the writer hashed these files


def sweep(loc: Location, grace: float = GRACE_SECONDS, now: float | None = None, dry_run: bool = False) -> list[str]:
    """Delete data objects named by no manifest and older than `grace`; returns their keys. Any unreadable manifest
    stops the sweep: deleting what it may name would break a served snapshot."""
    bucket = Bucket(loc)
    now = _now() if now is None else now
    named = set()
    for entry in bucket.list(layout.SNAPSHOTS):
        if layout.MANIFEST_RE.match(entry.key):
            manifest = json.loads(bucket.get(entry.key))  # raises on a damaged manifest, on purpose
            named.update(t["sha256"] for t in manifest["tables"].values())
    gone = []
    for entry in bucket.list(layout.OBJECTS):
        m = layout.OBJECT_RE.match(entry.key)
        if m and m.group(1) not in named and now - entry.mtime > grace:
            if not dry_run:
                bucket.delete(entry.key)
            gone.append(entry.key)
    return gone


def retract(loc: Location, date: str) -> bool:
    """Stop serving a snapshot everywhere: its manifest is deleted (replicas retire their copy at their next sync;
    its objects go at a later sweep)."""
    bucket = Bucket(loc)
    key = layout.manifest_key(date)
    if not bucket.exists(key):
        return False
    bucket.delete(key)
    return True
