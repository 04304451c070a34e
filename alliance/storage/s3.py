"""The few object operations the mirror and the publisher need, over pyarrow's built-in S3 client (no new runtime
dependency; it came with pyarrow)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pyarrow.fs as pafs

from .location import Location

# An unreachable endpoint must not hang a page: the mirror then keeps serving what it has.
CONNECT_TIMEOUT = 5.0
REQUEST_TIMEOUT = 60.0


@dataclass(frozen=True)
class Entry:
    key: str  # relative to the location's prefix
    size: int
    mtime: float  # seconds since the epoch (the object's Last-Modified)


def filesystem(loc: Location) -> pafs.S3FileSystem:
    kwargs = {"connect_timeout": CONNECT_TIMEOUT, "request_timeout": REQUEST_TIMEOUT}
    if loc.endpoint:
        parsed = urlparse(loc.endpoint if "://" in loc.endpoint else f"https://{loc.endpoint}")
        kwargs["endpoint_override"] = parsed.netloc
        kwargs["scheme"] = parsed.scheme or "https"
    if loc.region:
        kwargs["region"] = loc.region
    if loc.access_key and loc.secret_key:
        kwargs["access_key"], kwargs["secret_key"] = loc.access_key, loc.secret_key
    return pafs.S3FileSystem(**kwargs)


class Bucket:
    """Objects under one location's prefix; keys are given relative to it (`objects/<sha>.parquet`)."""

    def __init__(self, loc: Location, fs: pafs.FileSystem | None = None):
        self.loc = loc
        self.fs = fs or filesystem(loc)

    def _path(self, key: str) -> str:
        return self.loc.key(key)

    def list(self, under: str = "") -> list[Entry]:
        """Every object under `under` (recursively); empty when there is none."""
        base = self._path(under)
        root = self.loc.key("")
        try:
            infos = self.fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
        except FileNotFoundError:
            return []
        out = []
        for info in infos:
            if info.type != pafs.FileType.File:
                continue
            rel = info.path[len(root):].lstrip("/") if info.path.startswith(root) else info.path
            mtime = info.mtime.timestamp() if info.mtime is not None else 0.0
            out.append(Entry(rel, info.size or 0, mtime))
        return sorted(out, key=lambda e: e.key)

    def exists(self, key: str) -> bool:
        return self.fs.get_file_info(self._path(key)).type == pafs.FileType.File

    def get(self, key: str) -> bytes:
        with self.fs.open_input_stream(self._path(key)) as f:
            return f.read()

    def put(self, key: str, data: bytes) -> None:
        """One object, whole or not at all: S3 shows an object only once its upload completes."""
        with self.fs.open_output_stream(self._path(key)) as f:
            f.write(data)

    def put_file(self, key: str, path: Path) -> None:
        pafs.copy_files(str(path), self._path(key), source_filesystem=pafs.LocalFileSystem(),
                        destination_filesystem=self.fs)

    def download(self, key: str, dest: Path) -> int:
        """The object into `dest` (synced to disk); returns its size."""
        size = 0
        with self.fs.open_input_stream(self._path(key)) as src, open(dest, "wb") as out:
            while chunk := src.read(8 << 20):
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        return size

    def delete(self, key: str) -> None:
        self.fs.delete_file(self._path(key))
