"""Where the bucket is: `s3://bucket/prefix` from `$ALLIANCE_DATA_DIR` (or `[storage] url` in the settings file named
by `$ALLIANCE_CONFIG`), endpoint, region and keys from the usual AWS variables or `[storage]`, and the local folder
that mirrors it."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..snapshots import MIRROR_MARKER

SCHEME = "s3://"
MIRROR_ENV = "ALLIANCE_MIRROR_DIR"
SYNC_ENV = "ALLIANCE_SYNC_SECONDS"
SYNC_SECONDS = 15.0
# Written into a mirror folder: a writer handed that folder (ingest, annex import, scale, the app's upload) then
# publishes to the bucket first. It names the bucket only; keys stay in the environment or the settings file.
MARKER = MIRROR_MARKER


@dataclass(frozen=True)
class Location:
    bucket: str
    prefix: str  # without leading or trailing slash; may be empty
    endpoint: str | None = None  # scheme://host:port, None for AWS itself
    region: str | None = None
    access_key: str | None = None
    secret_key: str | None = None

    @property
    def url(self) -> str:
        return f"{SCHEME}{self.bucket}/{self.prefix}".rstrip("/")

    def key(self, *parts: str) -> str:
        """`bucket/prefix/part/...`: the path pyarrow's S3FileSystem takes."""
        return "/".join(p.strip("/") for p in (self.bucket, self.prefix, *parts) if p.strip("/"))

    def __repr__(self) -> str:  # never print the secret
        return f"Location({self.url!r}, endpoint={self.endpoint!r}, region={self.region!r})"


def is_url(value: str | os.PathLike | None) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(SCHEME)


def _settings() -> dict:
    """`[storage]` of the file `$ALLIANCE_CONFIG` names (the data folder's own alliance.toml cannot say where the data
    folder is)."""
    import tomllib

    path = os.environ.get("ALLIANCE_CONFIG", "").strip()
    if not path:
        return {}
    try:
        section = tomllib.loads(Path(path).expanduser().read_text(encoding="utf-8")).get("storage", {})
    except (OSError, ValueError):
        return {}
    return section if isinstance(section, dict) else {}


def _first(*values) -> str | None:
    return next((str(v).strip() for v in values if v is not None and str(v).strip()), None)


def parse(url: str, settings: dict | None = None) -> Location:
    """The location of `s3://bucket[/prefix]`, completed from the AWS variables, else `[storage]` settings."""
    if not is_url(url):
        raise ValueError(f"not an s3:// URL: {url!r}")
    rest = url.strip()[len(SCHEME):]
    bucket, _, prefix = rest.partition("/")
    if not bucket:
        raise ValueError(f"no bucket in {url!r}")
    s = _settings() if settings is None else settings
    env = os.environ.get
    return Location(
        bucket=bucket,
        prefix=prefix.strip("/"),
        endpoint=_first(env("AWS_ENDPOINT_URL_S3"), env("AWS_ENDPOINT_URL"), s.get("endpoint_url")),
        region=_first(env("AWS_REGION"), env("AWS_DEFAULT_REGION"), s.get("region")),
        access_key=_first(env("AWS_ACCESS_KEY_ID"), s.get("access_key_id")),
        secret_key=_first(env("AWS_SECRET_ACCESS_KEY"), s.get("secret_access_key")),
    )


def configured() -> str | None:
    """The s3:// URL the app is pointed at, or None for a local data folder."""
    value = os.environ.get("ALLIANCE_DATA_DIR", "").strip()
    if value:
        return value if is_url(value) else None
    url = _settings().get("url")
    return url.strip() if is_url(url) else None


def mirror_dir(loc: Location) -> Path:
    """`$ALLIANCE_MIRROR_DIR`, `[storage] mirror_dir`, else a folder under ~/.cache keyed by endpoint, bucket and
    prefix (two buckets never share a mirror)."""
    chosen = _first(os.environ.get(MIRROR_ENV), _settings().get("mirror_dir"))
    if chosen:
        return Path(chosen).expanduser().resolve()
    key = hashlib.sha256(f"{loc.endpoint or 'aws'}|{loc.bucket}|{loc.prefix}".encode()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (cache / "alliance" / "mirror" / f"{loc.bucket}-{key}").resolve()


def sync_seconds() -> float:
    """How often a serving process asks the bucket for new snapshots (`$ALLIANCE_SYNC_SECONDS`, default 15)."""
    raw = _first(os.environ.get(SYNC_ENV), _settings().get("sync_seconds"))
    try:
        value = float(raw) if raw is not None else SYNC_SECONDS
    except ValueError:
        return SYNC_SECONDS
    return value if value > 0 else SYNC_SECONDS


def write_marker(root: Path, loc: Location) -> None:
    root.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"url": loc.url, "endpoint": loc.endpoint, "region": loc.region}, indent=2)
    target = root / MARKER
    if not target.is_file() or target.read_text(encoding="utf-8") != body:
        tmp = root / f".{MARKER}.tmp-{os.getpid()}"
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(target)


def mirrored(root: Path) -> Location | None:
    """The bucket `root` mirrors (its marker file), keys from the environment or settings; None for a plain folder."""
    try:
        marker = json.loads((Path(root) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    loc = parse(marker["url"])
    if loc.endpoint is None and marker.get("endpoint"):
        loc = Location(loc.bucket, loc.prefix, marker["endpoint"], loc.region or marker.get("region"),
                       loc.access_key, loc.secret_key)
    return loc
