"""Where the data lives. One environment variable overrides the default."""
from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "ALLIANCE_DATA_DIR"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = PROJECT_ROOT / "queries"


def data_dir() -> Path:
    """`$ALLIANCE_DATA_DIR` if set, else `data/` beside app.py. An `s3://bucket/prefix` there (or `[storage] url` in
    `$ALLIANCE_CONFIG`) gives the local folder that mirrors the bucket (alliance/storage/mirror.py), kept in sync."""
    override = os.environ.get(DATA_DIR_ENV)
    if (override and override.strip().lower().startswith("s3://")) or (not override and os.environ.get(SETTINGS_ENV)):
        from .storage import location, mirror

        url = location.configured()
        if url:
            return mirror.served_dir(url)
    return Path(override).expanduser().resolve() if override else PROJECT_ROOT / "data"


def snapshots_dir(root: Path | None = None) -> Path:
    return (root or data_dir()) / "snapshots"


UPLOAD_ENV = "ALLIANCE_ENABLE_UPLOAD"
SETTINGS_FILE = "alliance.toml"


SETTINGS_ENV = "ALLIANCE_CONFIG"


def settings_path(root: Path | None = None) -> Path:
    """`$ALLIANCE_CONFIG` if set (a deployment keeps its settings, sign-in's role mapping among them, outside the
    data), else alliance.toml in the data directory."""
    override = os.environ.get(SETTINGS_ENV, "").strip()
    return Path(override).expanduser().resolve() if override else (root or data_dir()) / SETTINGS_FILE


def _setting(env: str, section: str, name: str, root: Path | None = None):
    """`$env` if set (stripped), else `[section] name` in the settings file (settings_path), else None."""
    import tomllib

    if os.environ.get(env, "").strip():
        return os.environ[env].strip()
    try:
        settings = tomllib.loads(settings_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return settings.get(section, {}).get(name)


def upload_enabled(root: Path | None = None) -> bool:
    """The upload page is off unless `$ALLIANCE_ENABLE_UPLOAD` is 1/true/yes, or the data directory's
    alliance.toml says `[upload] enabled = true` (for deployments that set no environment)."""
    value = _setting(UPLOAD_ENV, "upload", "enabled", root)
    if os.environ.get(UPLOAD_ENV, "").strip():
        return value.lower() in ("1", "true", "yes", "on")
    return value is True  # the file's own boolean, not a string that looks like one


def duckdb_settings(root: Path | None = None) -> dict[str, str]:
    """DuckDB's memory limit and threads for the serving connection (`$ALLIANCE_DUCKDB_MEMORY_LIMIT`, e.g. "2GB",
    `$ALLIANCE_DUCKDB_THREADS`, or `[duckdb] memory_limit / threads`). Unset: DuckDB's defaults (80% of RAM, all
    cores), which suit a machine that serves only the dashboard."""
    out = {}
    memory = _setting("ALLIANCE_DUCKDB_MEMORY_LIMIT", "duckdb", "memory_limit", root)
    if memory is not None:
        out["memory_limit"] = str(memory)
    threads = _setting("ALLIANCE_DUCKDB_THREADS", "duckdb", "threads", root)
    if threads is not None and str(threads).isdigit() and int(threads) > 0:
        out["threads"] = str(int(threads))
    return out


QUERY_TIMEOUT_SECONDS = 30.0


def query_timeout_seconds(root: Path | None = None) -> float:
    """A query running longer is stopped (`$ALLIANCE_QUERY_TIMEOUT_S` or `[duckdb] query_timeout_s`; default 30):
    the slowest national-size query takes about half a second, so anything near this is a runaway."""
    raw = _setting("ALLIANCE_QUERY_TIMEOUT_S", "duckdb", "query_timeout_s", root)
    try:
        value = float(raw) if raw is not None else QUERY_TIMEOUT_SECONDS
    except ValueError:
        return QUERY_TIMEOUT_SECONDS
    return value if value > 0 else QUERY_TIMEOUT_SECONDS
