"""A verified local mirror of the bucket, which the app serves as an ordinary data folder.

Why a mirror (bench/results/storage.md): snapshots are immutable, so each is pulled once, checked against its
manifest (sha256 and rows), and then served at local-disk speed by the unchanged DuckDB code; reading Parquet over
HTTP on every query cost more per query than the whole pull of a new snapshot. A new snapshot pulls only the tables
whose sha256 no mirrored snapshot already holds (content-addressed objects, hard-linked locally).

A snapshot is put in place with the same hidden-folder-then-rename (or exchange) as the local writer, so the
app's scan never sees a half snapshot; one whose object is missing or damaged is not mirrored and is reported as a
Problem naming the file and its object, which the pages show with the scan's own problems.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from ..snapshots import (
    FOLDER_RE,
    MANIFEST,
    MIRROR_PROBLEMS,
    STALE_TMP_SECONDS,
    Problem,
    _exchange,
    _fsync_dir,
    _retire,
    sha256_file,
    sweep_retired,
)
from . import layout
from .location import Location, mirror_dir, parse, sync_seconds, write_marker
from .s3 import Bucket

log = logging.getLogger(__name__)

PROBLEMS = MIRROR_PROBLEMS  # read by snapshots.scan beside its own
LOCK = ".alliance-mirror.lock"
_TABLE_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class Report:
    pulled: list[str] = field(default_factory=list)  # snapshot dates put in place
    retired: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # reference files and settings updated
    problems: list[Problem] = field(default_factory=list)
    bytes: int = 0  # downloaded
    linked: int = 0  # tables taken from a mirrored snapshot instead of downloaded


@contextlib.contextmanager
def _locked(root: Path):
    """One sync at a time per mirror folder, across processes (replicas on one host may share it)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _local_files(base: Path) -> dict[str, Path]:
    """sha256 -> a mirrored file that its snapshot's manifest says has it."""
    out = {}
    for folder in base.glob("snapshot=*"):
        try:
            tables = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["tables"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        for table, entry in tables.items():
            if isinstance(entry, dict) and isinstance(entry.get("sha256"), str):
                out.setdefault(entry["sha256"], folder / f"{table}.parquet")
    return out


def _fill(bucket: Bucket, tmp: Path, date: str, tables: dict, have: dict[str, Path], report: Report) -> Problem | None:
    """Each table of the manifest into tmp, linked from the mirror or downloaded, and checked; the first failure."""
    folder = f"snapshot={date}"
    for table, entry in tables.items():
        sha, rows = entry.get("sha256"), entry.get("rows")
        name = f"{table}.parquet"
        dest = tmp / name
        key = layout.object_key(str(sha))
        named = f"{name} ({bucket.loc.url}/{key})"
        local = have.get(sha)
        if local is not None and local.is_file() and sha256_file(local) == sha:
            try:
                os.link(local, dest)
            except OSError:
                shutil.copy2(local, dest)
            report.linked += 1
            continue
        try:
            report.bytes += bucket.download(key, dest)
        except FileNotFoundError:
            return Problem(folder, "missing_file", named)
        except OSError as exc:
            return Problem(folder, "unreadable", f"{named}: {exc}")
        if sha256_file(dest) != sha:
            return Problem(folder, "hash_mismatch", named)
        try:
            got = pq.read_metadata(dest).num_rows
        except Exception as exc:  # pyarrow raises several types for a damaged footer
            return Problem(folder, "corrupt_file", f"{named}: {exc}")
        if got != rows:
            return Problem(folder, "row_count", f"{named}: {got} != {rows}")
    return None


def _put_in_place(base: Path, tmp: Path, date: str) -> None:
    final = base / f"snapshot={date}"
    _fsync_dir(tmp)
    if final.exists():
        _exchange(tmp, final)  # never a moment with no snapshot at `final`
        _fsync_dir(base)
        _retire(base, tmp, date)
    else:
        tmp.rename(final)
        _fsync_dir(base)


def _sync_snapshots(bucket: Bucket, base: Path, report: Report) -> None:
    listed = {}
    for entry in bucket.list(layout.SNAPSHOTS):
        m = layout.MANIFEST_RE.match(entry.key)
        if m:
            listed[m.group(1)] = entry.key
    have = _local_files(base)
    for date, key in sorted(listed.items()):
        folder = f"snapshot={date}"
        try:
            body = bucket.get(key)
        except FileNotFoundError:  # retracted since the listing
            continue
        local = base / folder / MANIFEST
        if local.is_file() and local.read_bytes() == body:
            continue
        try:
            manifest = json.loads(body)
            tables = manifest["tables"]
            if manifest.get("snapshot") != date or not isinstance(tables, dict):
                raise ValueError(f"snapshot={manifest.get('snapshot')!r}")
            # Names become local paths: a table called "../x" must not write outside the snapshot's folder.
            bad = [t for t, e in tables.items() if not _TABLE_RE.match(str(t)) or not isinstance(e, dict)
                   or not _SHA_RE.match(str(e.get("sha256")))]
            if bad:
                raise ValueError(f"tables {bad!r}")
        except (ValueError, KeyError, TypeError) as exc:
            report.problems.append(Problem(folder, "bad_manifest", f"{bucket.loc.url}/{key}: {exc}"))
            continue
        tmp = base / f".tmp-{folder}-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            problem = _fill(bucket, tmp, date, tables, have, report)
            if problem is not None:
                report.problems.append(problem)
                shutil.rmtree(tmp, ignore_errors=True)
                continue
            (tmp / MANIFEST).write_bytes(body)  # last, as the writer does
            _put_in_place(base, tmp, date)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        report.pulled.append(date)
        have.update({t["sha256"]: base / folder / f"{n}.parquet" for n, t in tables.items()})
    for folder in sorted(base.glob("snapshot=*")):
        m = FOLDER_RE.match(folder.name)
        # Asked again before retiring: a writer on this host may have published it since the listing.
        if m and folder.is_dir() and m.group(1) not in listed and not bucket.exists(layout.manifest_key(m.group(1))):
            _retire(base, folder, m.group(1))
            report.retired.append(m.group(1))
    for tmp in base.glob(".tmp-*"):  # a sync or publish on this host killed long ago
        try:
            if time.time() - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            pass


def _sync_files(bucket: Bucket, root: Path, report: Report) -> None:
    """reference/* and alliance.toml, so a replica needs nothing but the bucket's URL. Each file is replaced whole
    (write beside, rename over); one removed from the bucket is removed here."""
    wanted = {e.key for e in bucket.list(layout.REFERENCE) if "/" not in e.key[len(layout.REFERENCE):]}
    if bucket.exists(layout.SETTINGS):
        wanted.add(layout.SETTINGS)
    for key in sorted(wanted):
        dest = root / key
        try:
            data = bucket.get(key)
        except FileNotFoundError:
            continue
        if dest.is_file() and dest.read_bytes() == data:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp-{uuid.uuid4().hex[:8]}")
        tmp.write_bytes(data)
        tmp.replace(dest)
        report.files.append(key)
    candidates = [p for p in (root / "reference").glob("*") if p.is_file() and not p.name.startswith(".")]
    if (root / layout.SETTINGS).is_file():
        candidates.append(root / layout.SETTINGS)
    for path in candidates:
        key = path.relative_to(root).as_posix()
        if key not in wanted:
            path.unlink(missing_ok=True)
            report.files.append(key)


_RETURN_RE = re.compile(r"^returns/([A-Za-z0-9_-]{1,64})/(\d{8}T\d{12}Z-[0-9a-f]{12})/meta\.json$")


def _sync_returns(bucket: Bucket, root: Path, report: Report) -> None:
    """Members' returns other replicas received or decided: a new one lands whole (hidden folder, then rename, as
    the queue writes it), a changed meta.json is replaced whole."""
    for entry in bucket.list("returns/"):
        m = _RETURN_RE.match(entry.key)
        if not m:
            continue
        meta = bucket.get(entry.key)
        parent = root / "returns" / m.group(1)
        local = parent / m.group(2)
        if (local / "meta.json").is_file() and (local / "meta.json").read_bytes() == meta:
            continue
        parent.mkdir(parents=True, exist_ok=True)
        if (local / "workbook.xlsx").is_file():
            tmp = local / f".meta.json.tmp-{uuid.uuid4().hex[:8]}"
            tmp.write_bytes(meta)
            tmp.replace(local / "meta.json")
        else:
            tmp = parent / f".incoming-{uuid.uuid4().hex[:8]}"
            tmp.mkdir()
            try:
                bucket.download(f"returns/{m.group(1)}/{m.group(2)}/workbook.xlsx", tmp / "workbook.xlsx")
                (tmp / "meta.json").write_bytes(meta)
                _fsync_dir(tmp)
                tmp.rename(local)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
        report.files.append(entry.key)


def write_problems(root: Path, problems: list[Problem]) -> None:
    body = json.dumps([p.__dict__ for p in problems], ensure_ascii=False, indent=2)
    target = root / PROBLEMS
    if target.is_file() and target.read_text(encoding="utf-8") == body:
        return
    tmp = root / f".{PROBLEMS}.tmp-{uuid.uuid4().hex[:8]}"
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(target)


def read_problems(root: Path) -> list[Problem]:
    try:
        raw = json.loads((root / PROBLEMS).read_text(encoding="utf-8"))
        return [Problem(str(p["folder"]), str(p["reason"]), str(p.get("detail", ""))) for p in raw]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def sync(loc: Location, root: Path, bucket: Bucket | None = None) -> Report:
    """Bring `root` to what the bucket holds: new and replaced snapshots pulled and verified, removed ones retired,
    reference files and settings copied; what could not be mirrored recorded for the pages."""
    report = Report()
    bucket = bucket or Bucket(loc)
    with _locked(root):
        write_marker(root, loc)
        base = root / "snapshots"
        base.mkdir(parents=True, exist_ok=True)
        try:
            _sync_snapshots(bucket, base, report)
            _sync_files(bucket, root, report)
            _sync_returns(bucket, root, report)
        except OSError as exc:  # unreachable or refused: keep serving what is mirrored, and say so
            report.problems.append(Problem(loc.url, "unreadable", str(exc)))
        write_problems(root, report.problems)
        sweep_retired(root)  # copies retired here are kept a day, as the local writer keeps them
    return report


# One mirror per bucket URL per process: synced before the first page is served, then every sync_seconds() by a
# daemon thread (a sync on each rerun would cost a bucket listing every couple of seconds per session).
_served: dict[str, tuple[Path, threading.Event, threading.Thread]] = {}
_served_lock = threading.Lock()


def served_dir(url: str) -> Path:
    """The local folder serving `url`; its first call syncs (so the app starts with data) and starts the loop."""
    held = _served.get(url)
    if held is not None:
        return held[0]
    with _served_lock:
        held = _served.get(url)
        if held is not None:
            return held[0]
        loc = parse(url)
        root = mirror_dir(loc)
        _safe_sync(loc, root)
        stop = threading.Event()
        thread = threading.Thread(target=_loop, args=(loc, root, stop), name="alliance-mirror", daemon=True)
        thread.start()
        _served[url] = (root, stop, thread)
        return root


def synced_root(url: str) -> Path:
    """The mirror of `url`, synced once now (no loop): for a command that writes a snapshot and exits."""
    loc = parse(url)
    root = mirror_dir(loc)
    report = sync(loc, root)
    for problem in report.problems:
        log.warning("not mirrored: %s: %s %s", problem.folder, problem.reason, problem.detail)
    return root


def _safe_sync(loc: Location, root: Path) -> Report | None:
    try:
        return sync(loc, root)
    except Exception:  # a failed sync must never take the app down; the next one tries again
        log.exception("mirror sync of %s failed", loc.url)
        return None


def _loop(loc: Location, root: Path, stop: threading.Event) -> None:
    while not stop.wait(sync_seconds()):
        _safe_sync(loc, root)


def stop_all(timeout: float = 30.0) -> None:
    """Stop every sync loop of this process and wait for a sync under way (tests, before their server goes away:
    pyarrow's S3 client must not be mid-request when the interpreter finalises it)."""
    with _served_lock:
        held = list(_served.values())
        _served.clear()
    for _, stop, _ in held:
        stop.set()
    for _, _, thread in held:
        thread.join(timeout)
