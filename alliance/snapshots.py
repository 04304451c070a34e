"""Publishing and finding snapshots: atomic writes, manifest checks, broken folders reported, never served."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import EXTRA_SCHEMAS, EXTRA_TABLES, SCHEMA_VERSION, SCHEMAS, SORT_KEYS, TABLES

FOLDER_RE = re.compile(r"^snapshot=(\d{4}-\d{2}-\d{2})$")
MANIFEST = "manifest.json"
# In a data folder that mirrors a bucket (alliance/storage): the writer publishes there first, and the mirror's
# record of what it could not pull is shown with the scan's problems.
MIRROR_MARKER = ".alliance-mirror.json"
MIRROR_PROBLEMS = ".alliance-mirror-problems.json"
ROW_GROUP_ROWS = 256 * 1024
# A publish takes seconds; a hidden `.tmp-` folder older than this was left by one that was interrupted.
STALE_TMP_SECONDS = 15 * 60
# Replaced snapshots are moved here, not deleted: a server may be mid-rerun on the old catalog, and the service
# centre can restore a replacement made by mistake. Swept after RETIRED_KEEP_SECONDS.
RETIRED_DIR = ".retired"
RETIRED_KEEP_SECONDS = 24 * 3600


class SnapshotExists(FileExistsError):
    """Publishing onto an existing snapshot without asking to replace it."""


@dataclass(frozen=True)
class Snapshot:
    date: str
    path: Path
    manifest: dict

    @property
    def source(self) -> str:
        return self.manifest.get("source", "")

    def file(self, table: str) -> Path:
        return self.path / f"{table}.parquet"

    def has(self, table: str) -> bool:
        """A contract table always; a table beyond the contract when the manifest lists it (verified by scan)."""
        return table in TABLES or table in self.manifest.get("tables", {})


@dataclass(frozen=True)
class Problem:
    folder: str
    reason: str  # a message key; see locales "problem.*"
    detail: str = ""


@dataclass
class Catalog:
    snapshots: list[Snapshot] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def dates(self) -> list[str]:
        return [s.date for s in self.snapshots]

    @property
    def version(self) -> str:
        """Changes whenever any served snapshot's files change, so caches keyed on it refresh."""
        h = hashlib.sha256()
        for s in self.snapshots:
            h.update(s.date.encode())
            for t in sorted(s.manifest["tables"]):
                h.update(s.manifest["tables"][t]["sha256"].encode())
        return h.hexdigest()[:16]

    def get(self, date: str) -> Snapshot | None:
        return next((s for s in self.snapshots if s.date == date), None)

    def origins(self, date: str) -> Origins:
        """Whose rows in the snapshot of `date` came from which source (see Origins)."""
        return origins(self, date)


# Where a member's rows in a snapshot came from: a workbook ingested for this snapshot, a workbook of an earlier
# ingest kept since, or the demo generator. An ingest records the three lists in the manifest's
# provenance["members"], and the secretariat's tables likewise in provenance["secretariat"].
ORIGINS = ("submitted", "carried", "demo")


@dataclass(frozen=True)
class Origins:
    submitted: frozenset = frozenset()
    carried: frozenset = frozenset()
    # What every member in neither list is. Demo snapshots record no lists (their manifests predate them and stay
    # byte-identical): all their members are demo. An ingest recorded before the lists existed gets them worked out
    # from its inputs and its base snapshot.
    rest: str = "demo"
    secretariat: str = "demo"
    # True when the manifest names every member (an ingest that records the lists): then a demo member is known to
    # exist only if `rest_known` lists one, and has_demo is exact.
    rest_known: frozenset | None = None

    def of(self, institution_id: str) -> str:
        if institution_id in self.submitted:
            return "submitted"
        if institution_id in self.carried:
            return "carried"
        return self.rest

    @property
    def has_demo(self) -> bool:
        """Whether any row of the snapshot may still be demo data (the sidebar's notice)."""
        if self.secretariat == "demo":
            return True
        if self.rest_known is not None:
            return bool(self.rest_known)
        return self.rest == "demo"


def _ids(value) -> frozenset:
    return frozenset(v for v in value if isinstance(v, str)) if isinstance(value, list) else frozenset()


def origins(catalog: Catalog, date: str, _depth: int = 0) -> Origins:
    """Whose rows in the snapshot of `date` came from a submission and whose were carried, reading what its manifest
    records; manifests without the record (demo snapshots, earlier ingests) are read as described in Origins."""
    snap = catalog.get(date)
    if snap is None or _depth > 64:  # not served: nothing known, and nothing claimed to be demo
        return Origins(rest="carried", secretariat="carried", rest_known=frozenset())
    prov = snap.manifest.get("provenance") if isinstance(snap.manifest.get("provenance"), dict) else {}
    if snap.source == "demo":
        return Origins()
    members = prov.get("members")
    secretariat = prov.get("secretariat") if prov.get("secretariat") in ORIGINS else None
    if isinstance(members, dict):
        demo = _ids(members.get("demo"))
        return Origins(_ids(members.get("submitted")), _ids(members.get("carried")), "demo",
                       secretariat or "carried", demo)
    # An ingest published before the manifest recorded members: its member workbooks were submitted, the rest
    # came from its base snapshot as they were there.
    inputs = [i for i in prov.get("inputs", []) if isinstance(i, dict)]
    submitted = frozenset(i["institution_id"] for i in inputs
                          if i.get("kind") == "member" and isinstance(i.get("institution_id"), str))
    sent_secretariat = any(i.get("kind") == "secretariat" for i in inputs)
    base_date = prov.get("base")
    if not isinstance(base_date, str) or base_date >= date:  # built from workbooks alone: everyone submitted
        return Origins(submitted, rest="carried", secretariat="submitted", rest_known=frozenset())
    base = origins(catalog, base_date, _depth + 1)
    carried = (base.submitted | base.carried) - submitted
    was = "carried" if base.secretariat in ("submitted", "carried") else base.secretariat
    return Origins(submitted, carried, base.rest, "submitted" if sent_secretariat else was,
                   None if base.rest_known is None else base.rest_known - submitted)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> None:
    """Swap two directories atomically (Linux renameat2 RENAME_EXCHANGE); elsewhere two renames, which leave
    a moment with no folder at `b` (the old one then sits hidden beside it, and is not lost)."""
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        at_fdcwd = -100
        if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
        err = ctypes.get_errno()
        if err not in (22, 38, 95):  # EINVAL/ENOSYS/EOPNOTSUPP: the filesystem cannot swap; fall back
            raise OSError(err, os.strerror(err), str(b))
    old = b.with_name(f".old-{b.name}-{uuid.uuid4().hex[:8]}")
    b.rename(old)
    a.rename(b)
    old.rename(a)


def _conform(name: str, table: pa.Table) -> pa.Table:
    schema = SCHEMAS.get(name) or EXTRA_SCHEMAS[name]
    missing = [f.name for f in schema if f.name not in table.column_names]
    if missing:
        raise ValueError(f"{name}: missing columns {missing}")
    extra = [c for c in table.column_names if c not in schema.names]
    table = table.select(schema.names + extra)
    table = table.cast(pa.schema(list(schema) + [table.schema.field(c) for c in extra]))
    if name in SORT_KEYS:
        table = table.sort_by([(k, "ascending") for k in SORT_KEYS[name]])
    return table


def write_snapshot(
    root: Path,
    date: str,
    tables: dict[str, pa.Table],
    *,
    source: str,
    provenance: dict | None = None,
    replace: bool = False,
    created_at: str | None = None,
    keep_replaced: bool = True,
) -> Path:
    """Publish one snapshot atomically under root/snapshots.

    Files go to a hidden folder first, the manifest last, then one rename puts it in place.
    A crash at any point leaves only a hidden folder, which readers ignore. Replacing swaps the
    folders in one step and moves the old one to `.retired/` (kept a day, then swept).
    """
    dt.date.fromisoformat(date)
    if not set(TABLES) <= set(tables) <= set(TABLES) | set(EXTRA_TABLES):
        raise ValueError(f"tables must be exactly {sorted(TABLES)}, and any of {sorted(EXTRA_TABLES)}; "
                         f"got {sorted(tables)}")
    # An empty table beyond the contract is not written, so a snapshot without conditions is the contract alone.
    names = [*TABLES, *(t for t in EXTRA_TABLES if t in tables and tables[t].num_rows)]
    base = root / "snapshots"
    base.mkdir(parents=True, exist_ok=True)
    final = base / f"snapshot={date}"
    if final.exists() and not replace:
        raise SnapshotExists(f"{final} already exists; pass replace=True to replace it")

    tmp = base / f".tmp-snapshot={date}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        entries = {}
        for name in names:
            table = _conform(name, tables[name])
            path = tmp / f"{name}.parquet"
            pq.write_table(table, path, compression="zstd", row_group_size=ROW_GROUP_ROWS)
            with open(path, "rb+") as f:
                os.fsync(f.fileno())
            entries[name] = {"rows": table.num_rows, "sha256": sha256_file(path)}
        manifest = {
            "snapshot": date,
            "schema_version": SCHEMA_VERSION,
            "created_at": created_at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "source": source,
            "tables": entries,
            **({"provenance": provenance} if provenance else {}),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        _fsync_dir(tmp)
        if (root / MIRROR_MARKER).is_file():  # root mirrors a bucket: the bucket first, then this replica
            from .storage.publish import before_rename

            before_rename(root, tmp, replace)
        if final.exists():
            # One atomic swap: at every instant either the old or the new snapshot is served, never neither.
            _exchange(tmp, final)
            _fsync_dir(base)
            if keep_replaced:
                _retire(base, tmp, date)  # tmp now holds the old snapshot
            else:  # generated benchmark data: gigabytes at national size, nothing to restore
                shutil.rmtree(tmp)
        else:
            tmp.rename(final)
            _fsync_dir(base)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    sweep_retired(root)
    return final


def _retire(base: Path, folder: Path, date: str) -> Path:
    shelf = base / RETIRED_DIR
    shelf.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = shelf / f"snapshot={date}-replaced-{stamp}-{uuid.uuid4().hex[:6]}"
    folder.rename(dest)
    os.utime(dest)  # its age counts from the replacement, not from when it was written
    _fsync_dir(base)
    return dest


def retired(root: Path) -> list[Path]:
    """Replaced snapshots still kept, oldest first."""
    shelf = root / "snapshots" / RETIRED_DIR
    if not shelf.is_dir():
        return []
    return sorted((p for p in shelf.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)


def sweep_retired(root: Path, keep_seconds: float = RETIRED_KEEP_SECONDS, now: float | None = None) -> list[Path]:
    """Delete replaced snapshots older than keep_seconds; returns what was deleted."""
    now = dt.datetime.now(dt.UTC).timestamp() if now is None else now
    gone = []
    for folder in retired(root):
        if now - folder.stat().st_mtime > keep_seconds:
            shutil.rmtree(folder, ignore_errors=True)
            gone.append(folder)
    return gone


# (path, size, mtime_ns) -> True once verified; hashing a big file on every rerun would be wasteful.
_verified: dict[tuple[str, int, int], bool] = {}


def _check(folder: Path, date: str, seen: set) -> tuple[Snapshot | None, Problem | None]:
    name = folder.name
    mpath = folder / MANIFEST
    if not mpath.is_file():
        return None, Problem(name, "no_manifest")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
        tables = manifest["tables"]
    except (ValueError, KeyError, TypeError) as exc:
        return None, Problem(name, "bad_manifest", str(exc))
    if manifest.get("snapshot") != date:
        return None, Problem(name, "bad_manifest", f"snapshot={manifest.get('snapshot')!r}")
    version = manifest.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        return None, Problem(name, "schema_newer", f"{version} > {SCHEMA_VERSION}")
    if version != SCHEMA_VERSION:
        return None, Problem(name, "schema_version", str(version))
    for table in (*TABLES, *(t for t in EXTRA_TABLES if t in tables)):
        entry = tables.get(table)
        path = folder / f"{table}.parquet"
        if entry is None:
            return None, Problem(name, "table_not_in_manifest", table)
        if not path.is_file():
            return None, Problem(name, "missing_file", path.name)
        st_ = path.stat()
        key = (str(path), st_.st_size, st_.st_mtime_ns)
        seen.add(key)
        if key in _verified:
            continue
        if sha256_file(path) != entry.get("sha256"):
            return None, Problem(name, "hash_mismatch", path.name)
        try:
            rows = pq.read_metadata(path).num_rows
        except Exception as exc:  # pyarrow raises several types for a damaged footer
            return None, Problem(name, "corrupt_file", f"{path.name}: {exc}")
        if rows != entry.get("rows"):
            return None, Problem(name, "row_count", f"{path.name}: {rows} != {entry.get('rows')}")
        # A file written by other tools can hash right and still lack a column every query reads. Extra columns
        # are harmless: queries name what they read.
        schema = pq.read_schema(path)
        expected = SCHEMAS.get(table) or EXTRA_SCHEMAS[table]
        missing = [f.name for f in expected if f.name not in schema.names]
        if missing:
            return None, Problem(name, "missing_columns", f"{path.name}: {', '.join(missing)}")
        wrong = [f.name for f in expected if not schema.field(f.name).type.equals(f.type)]
        if wrong:
            return None, Problem(name, "column_types", f"{path.name}: {', '.join(wrong)}")
        _verified[key] = True
    return Snapshot(date, folder, manifest), None


def _age_seconds(path: Path) -> float:
    try:
        return dt.datetime.now(dt.UTC).timestamp() - path.stat().st_mtime
    except OSError:  # removed meanwhile: its publish finished
        return 0.0


def scan(root: Path) -> Catalog:
    """Every servable snapshot under root/snapshots, oldest first, and why any other folder is not served."""
    cat = Catalog()
    base = root / "snapshots"
    if not base.is_dir():
        return cat
    try:
        folders = sorted(base.iterdir())
    except OSError as exc:  # e.g. no permission to list it
        cat.problems.append(Problem(base.name, "unreadable", exc.strerror or str(exc)))
        return cat
    seen: set = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        if folder.name.startswith("."):
            # A publish in progress or replaced snapshots: by design, not a problem. Only a publish that died
            # long ago is worth a word, so its folder can be removed.
            if folder.name.startswith(".tmp-") and _age_seconds(folder) > STALE_TMP_SECONDS:
                cat.problems.append(Problem(folder.name, "interrupted"))
            continue
        m = FOLDER_RE.match(folder.name)
        if not m:
            cat.problems.append(Problem(folder.name, "bad_name"))
            continue
        try:
            dt.date.fromisoformat(m.group(1))
        except ValueError:
            cat.problems.append(Problem(folder.name, "bad_name"))
            continue
        try:
            snap, problem = _check(folder, m.group(1), seen)
        except FileNotFoundError:  # replaced or removed while being read: the next scan sees what is there
            continue
        except OSError as exc:
            snap, problem = None, Problem(folder.name, "unreadable", exc.strerror or str(exc))
        if snap:
            cat.snapshots.append(snap)
        else:
            cat.problems.append(problem)
    cat.snapshots.sort(key=lambda s: s.date)
    if (root / MIRROR_PROBLEMS).is_file():
        from .storage.mirror import read_problems

        cat.problems.extend(read_problems(root))
    # Forget files no longer here (replaced snapshots), so a server running for months keeps a bounded memo.
    for key in [k for k in _verified if k not in seen and k[0].startswith(str(base) + os.sep)]:
        del _verified[key]
    return cat
