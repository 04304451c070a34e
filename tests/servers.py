"""Streamlit servers for the end-to-end tests: a fresh one on a free loopback port, stopped with its output; and
Debian's chromium as every browser test launches it."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AUDIT = Path(__file__).parent / "audit_server.py"
CHROMIUM = shutil.which("chromium")
# Debian's chromium through Playwright, never a downloaded browser; no background calls off the machine.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# How the browser tests serve the app: loopback only, headless, no usage statistics.
LOOPBACK = ("--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(script: Path = ROOT / "app.py", *args: str, env: dict | None = None, audit_log: Path | None = None):
    """A fresh server on a free port; returns (url, process). Only the port is given unless `args` add more."""
    port = free_port()
    head = [sys.executable, str(AUDIT), str(audit_log)] if audit_log else [sys.executable, "-m", "streamlit", "run"]
    proc = subprocess.Popen([*head, str(script), "--server.port", str(port), *args], cwd=script.parent,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                return url, proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("streamlit server did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])


def stop_server(proc) -> str:
    proc.terminate()
    try:
        out, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out.decode(errors="replace")


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
