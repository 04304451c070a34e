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
