"""The load tool itself, briefly: two real websocket sessions for a few seconds against a fresh server."""
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_two_sessions_click_through_without_errors(tmp_path):
    # Results go to tmp_path: bench/results keeps the real run's tables.
    res = _load_tool().main(["--sessions", "2", "--seconds", "5", "--think", "0.2", "--reruns", "0",
                             "--out", str(tmp_path)])
    summary = res["timed"][0]["summary"]
    assert summary["interactions"] > 0
    assert summary["errors"] == 0, summary["first_errors"]
    assert {"open", "page"} <= {k for k, v in summary["by_kind"].items() if v["n"]}
    assert json.loads((tmp_path / "load.json").read_text(encoding="utf-8"))["timed"]
    assert "| interaction |" in (tmp_path / "load.md").read_text(encoding="utf-8")
