"""The review queue of members' returns, kept beside the data as uploaded:

    <data>/returns/<institution_id>/<UTC timestamp>-<sha256[:12]>/
        workbook.xlsx   the bytes exactly as uploaded (the name the member gave is in meta.json: it is theirs, not
                        a safe path)
        meta.json       institution, uploader's email, when (UTC), file name, sha256, size, as_of, error count,
                        status (waiting | sent_back | published), the secretariat's note, the snapshot it went into

A return is written into a hidden temporary folder and renamed into place, so a reader never sees half of one; its
meta.json is later only replaced whole (status changes). Every hand-in and send-back is also an audit line
(`alliance.access.audit`); a publish is recorded there by ingest itself, with the files' SHA-256.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from ..access import audit
from ..access.roles import Identity
from ..ingest import Result, ingest

DIR = "returns"
FILE = "workbook.xlsx"
META = "meta.json"
STATUSES = ("waiting", "sent_back", "published")
# An id is "<institution_id>/<folder>": both parts checked, so an id can never walk out of the queue's folder.
_INSTITUTION = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_FOLDER = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{12}$")


class Refused(ValueError):
    """Not this identity's to see or do (another institution's return, a return not waiting)."""


@dataclass(frozen=True)
class Return:
    id: str
    institution_id: str
    uploaded_by: str
    uploaded_at: str  # ISO 8601, UTC
    file_name: str
    sha256: str
    size: int
    as_of: str
    errors: int
    status: str
    note: str = ""
    snapshot: str | None = None  # the snapshot it was published in
    decided_by: str = ""  # who sent it back or published it
    decided_at: str = ""

    def folder(self, root: Path) -> Path:
        return root / DIR / self.id

    def file(self, root: Path) -> Path:
        return self.folder(root) / FILE


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _meta_bytes(ret: Return) -> bytes:
    return (json.dumps(asdict(ret), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _valid_id(return_id: str) -> tuple[str, str]:
    inst, _, folder = str(return_id).partition("/")
    if not (_INSTITUTION.match(inst) and _FOLDER.match(folder)):
        raise Refused(f"not a return id: {return_id!r}")
    return inst, folder


def check(root: Path, identity: Identity, name: str, content: bytes, as_of: str) -> tuple[Result, str | None]:
    """The member's workbook checked alone as the snapshot of `as_of` (a dry run: nothing is written), and the
    reason it may not be handed in at all (a message key), if any: only the member's own workbook is accepted."""
    if not identity.institution_id:
        raise Refused("only a member institution hands in a return")
    with tempfile.TemporaryDirectory(prefix="alliance-return-") as tmp:
        path = Path(tmp) / FILE
        path.write_bytes(content)
        result = ingest([path], as_of, root, dry_run=True, names=[name])
    read = result.report.files[0] if result.report.files else {}
    if read.get("kind") == "secretariat":
        return result, "returns.refused_kind"
    if read.get("kind") == "member" and read.get("institution_id") not in (None, identity.institution_id):
        return result, "returns.refused_other"
    return result, None


def submit(root: Path, identity: Identity, name: str, content: bytes, as_of: str, *, errors: int = 0) -> Return:
    """Keep the member's workbook, as uploaded, waiting for review (written whole or not at all)."""
    inst = identity.institution_id
    if not inst or not _INSTITUTION.match(inst):
        raise Refused("only a member institution hands in a return")
    digest = hashlib.sha256(content).hexdigest()
    at = _now()
    folder = f"{at:%Y%m%dT%H%M%S%f}Z-{digest[:12]}"
    ret = Return(id=f"{inst}/{folder}", institution_id=inst, uploaded_by=identity.email, uploaded_at=at.isoformat(
        timespec="seconds"), file_name=name, sha256=digest, size=len(content), as_of=as_of, errors=int(errors),
        status="waiting")
    parent = root / DIR / inst
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".incoming-", dir=parent))
    try:
        _write(tmp / FILE, content)
        _write(tmp / META, _meta_bytes(ret))
        _fsync_dir(tmp)
        _to_bucket(root, ret, content)
        os.rename(tmp, parent / folder)
        _fsync_dir(parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    audit.record(root, "return_received", identity.email or audit.os_user(), institution_id=inst, file=name,
                 sha256=digest, bytes=len(content), as_of=as_of, errors=int(errors), return_id=ret.id)
    return ret


def _read(folder: Path) -> Return | None:
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        return Return(**meta)
    except (OSError, ValueError, TypeError):  # not a return (a stray file, a hand-edited meta): not listed
        return None


def list_returns(root: Path, institution_id: str | None = None) -> list[Return]:
    """Returns newest first; with `institution_id`, only that institution's (a member's view of the queue)."""
    base = root / DIR
    if institution_id is not None:
        if not _INSTITUTION.match(institution_id):
            return []
        parents = [base / institution_id]
    else:
        parents = sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
    out = []
    for parent in parents:
        if not parent.is_dir() or not _INSTITUTION.match(parent.name):
            continue
        for folder in parent.iterdir():
            if not _FOLDER.match(folder.name):  # a hidden temporary folder of a hand-in under way
                continue
            ret = _read(folder)
            if ret is not None and ret.id == f"{parent.name}/{folder.name}" and ret.institution_id == parent.name:
                out.append(ret)
    return sorted(out, key=lambda r: (r.uploaded_at, r.id), reverse=True)


def get(root: Path, return_id: str, institution_id: str | None) -> Return:
    """One return; `institution_id` is whose view asks (None: the secretariat's). Another institution's return, or
    an id that names none, is refused the same way, so the refusal tells nothing about what exists."""
    inst, _ = _valid_id(return_id)
    if institution_id is not None and inst != institution_id:
        raise Refused(f"not a return of {institution_id}: {return_id}")
    ret = _read(root / DIR / return_id)
    if ret is None or ret.id != return_id or ret.institution_id != inst:
        raise Refused(f"no such return: {return_id}")
    return ret


def _to_bucket(root: Path, ret: Return, workbook: bytes | None = None) -> None:
    """When the data folder mirrors a bucket, the return goes there first, so every replica's queue shows it."""
    from ..snapshots import MIRROR_MARKER

    if (root / MIRROR_MARKER).is_file():
        from ..storage.shared import bucket_of, put_return

        put_return(bucket_of(root), ret.id, _meta_bytes(ret), workbook)


def _replace_meta(root: Path, ret: Return) -> None:
    _to_bucket(root, ret)
    folder = ret.folder(root)
    tmp = folder / f".{META}.tmp"
    _write(tmp, _meta_bytes(ret))
    os.replace(tmp, folder / META)
    _fsync_dir(folder)


def send_back(root: Path, return_id: str, note: str, actor: str) -> Return:
    """The secretariat returns a waiting workbook to its member with a note saying what to change."""
    ret = get(root, return_id, None)
    if ret.status != "waiting":
        raise Refused(f"return {return_id} is {ret.status}, not waiting")
    new = Return(**{**asdict(ret), "status": "sent_back", "note": note.strip(), "decided_by": actor,
                    "decided_at": _now().isoformat(timespec="seconds")})
    _replace_meta(root, new)
    audit.record(root, "return_sent_back", actor or audit.os_user(), institution_id=ret.institution_id,
                 file=ret.file_name, sha256=ret.sha256, note=new.note, return_id=ret.id)
    return new


def mark_published(root: Path, ids: list[str], snapshot: str, actor: str) -> list[Return]:
    """After ingest published `snapshot` from these returns' files (ingest's own audit line names them)."""
    out = []
    when = _now().isoformat(timespec="seconds")
    for return_id in ids:
        ret = get(root, return_id, None)
        new = Return(**{**asdict(ret), "status": "published", "snapshot": snapshot, "decided_by": actor,
                        "decided_at": when})
        _replace_meta(root, new)
        out.append(new)
    return out
