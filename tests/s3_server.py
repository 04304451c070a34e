"""An S3-compatible server on loopback for tests (moto's server mode; no internet): `start(tmp_path)` returns
(endpoint_url, stop), `server(tmp_path)` the same as a context manager that also points this process's AWS
variables at it, `make_bucket(endpoint)` creates a
fresh bucket and `s3_env(endpoint, url)` the environment a process needs to read `s3://bucket/prefix`."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

# moto accepts any key pair; these make the AWS client libraries skip looking for real credentials.
ACCESS_KEY = "testing"
SECRET_KEY = "testing"
REGION = "us-east-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(tmp_path: Path, timeout: float = 30.0):
    """moto_server on 127.0.0.1 and a free port, its output in tmp_path/moto.log; returns (endpoint_url, stop)."""
    port = _free_port()
    moto = Path(sys.executable).with_name("moto_server")
    cmd = [str(moto)] if moto.exists() else [sys.executable, "-m", "moto.server"]
    Path(tmp_path).mkdir(parents=True, exist_ok=True)
    log = open(Path(tmp_path) / f"moto-{port}.log", "wb")
    env = {**os.environ, "AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
           "AWS_DEFAULT_REGION": REGION}
    proc = subprocess.Popen([*cmd, "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"

    def stop() -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()

    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            break
        try:
            urllib.request.urlopen(f"{url}/moto-api/", timeout=2)
            return url, stop
        except OSError:
            time.sleep(0.1)
    stop()
    raise RuntimeError("moto_server did not start: " + (Path(tmp_path) / f"moto-{port}.log").read_text()[-2000:])


@contextlib.contextmanager
def server(tmp_path: Path):
    """The server for a block, with this process's environment pointing at it (s3_env), both undone after it."""
    url, stop = start(tmp_path)
    env = s3_env(url)
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield url
    finally:
        stop()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def make_bucket(endpoint: str, name: str | None = None) -> str:
    """A new empty bucket (a random name unless given); returns its name."""
    import pyarrow.fs as pafs

    name = name or f"t-{uuid.uuid4().hex[:12]}"
    fs = pafs.S3FileSystem(endpoint_override=endpoint, access_key=ACCESS_KEY, secret_key=SECRET_KEY, region=REGION,
                           allow_bucket_creation=True)
    fs.create_dir(name)
    return name


def s3_env(endpoint: str, mirror_dir: Path | None = None) -> dict[str, str]:
    """The AWS variables (and the mirror folder, if given) for a process that reads from this server."""
    env = {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
           "AWS_REGION": REGION}
    if mirror_dir is not None:
        env["ALLIANCE_MIRROR_DIR"] = str(mirror_dir)
    return env
