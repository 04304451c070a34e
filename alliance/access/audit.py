"""The record of every publish, kept append-only beside the data: `<data>/audit/publish.jsonl`, one JSON object a line
(when the data is in a bucket: one object per entry under `audit/publish/` there, alliance/storage/shared.py).

Each line: when (UTC), who (the signed-in identity's email, or the CLI's `--actor`, else the OS user), what
(`publish`, `retire`, `return_received`, `return_sent_back`), the snapshot, the files with their SHA-256, and the change
in each table's row count against the snapshot before. Lines are only ever appended (opened with O_APPEND and synced),
so a line once written stays as written; a reader skips a line cut short by a crash mid-write.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

FILE = Path("audit") / "publish.jsonl"


def path(root: Path) -> Path:
    return root / FILE


def _bucket(root: Path):
    """The bucket a data folder mirrors (alliance/storage), whose record every replica shares; None for a local one."""
    from ..snapshots import MIRROR_MARKER

    if not (root / MIRROR_MARKER).is_file():
        return None
    from ..storage.shared import bucket_of

    return bucket_of(root)


def record(root: Path, action: str, actor: str, **fields) -> dict:
    entry = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "action": action, "actor": actor, **fields}
    loc = _bucket(root)
    if loc is not None:  # one object per entry in the bucket, so every replica reads the same record
        from ..storage.shared import put_entry

        put_entry(loc, entry)
    else:
        append(path(root), entry)
    return entry


def append(target: Path, entry: dict) -> None:
    """One JSON line appended and synced (the publish record, the SQL log): a line once written stays as written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str) + "\n").encode("utf-8")
    fd = os.open(target, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":  # a line torn by a crash: this one starts afresh
            line = b"\n" + line
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def entries(root: Path) -> list[dict]:
    """Every whole line of the publish record, oldest first (from the bucket when root mirrors one)."""
    loc = _bucket(root)
    if loc is not None:
        from ..storage.shared import entries as shared_entries

        return shared_entries(loc)
    return read(path(root))


def read(target: Path) -> list[dict]:
    """Every whole line of a JSON-lines log, oldest first; a line cut short by a crash is skipped."""
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    out = []
    for line in text.splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def row_changes(before: dict | None, after: dict) -> dict[str, int]:
    """Per table, rows in the new snapshot's manifest minus rows in the one before (all of them for the first)."""
    old = (before or {}).get("tables", {})
    return {t: int(v.get("rows", 0)) - int(old.get(t, {}).get("rows", 0)) for t, v in after.get("tables", {}).items()}


def os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
