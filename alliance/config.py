"""Where the data lives. One environment variable overrides the default."""
from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "ALLIANCE_DATA_DIR"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = PROJECT_ROOT / "queries"


def data_dir() -> Path:
    """`$ALLIANCE_DATA_DIR` if set, else `data/` beside app.py."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override).expanduser().resolve() if override else PROJECT_ROOT / "data"


def snapshots_dir(root: Path | None = None) -> Path:
    return (root or data_dir()) / "snapshots"


UPLOAD_ENV = "ALLIANCE_ENABLE_UPLOAD"
SETTINGS_FILE = "alliance.toml"


def upload_enabled(root: Path | None = None) -> bool:
    """The upload page is off unless `$ALLIANCE_ENABLE_UPLOAD` is 1/true/yes, or the data directory's
    alliance.toml says `[upload] enabled = true` (for deployments that set no environment)."""
    import tomllib

    env = os.environ.get(UPLOAD_ENV, "").strip().lower()
    if env:
        return env in ("1", "true", "yes", "on")
    path = (root or data_dir()) / SETTINGS_FILE
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return settings.get("upload", {}).get("enabled") is True
