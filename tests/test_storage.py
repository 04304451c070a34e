"""The data on S3-compatible object storage (moto's server on loopback): the demo published to a bucket and served from
its mirror gives the same files, query results and pages as the local folder; a publish killed at any point never
exposes half a snapshot; a damaged object is named and not served."""
from __future__ import annotations

import filecmp
import json
import os
import random
import shutil
import subprocess
import sys
import time

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
import s3_server
from conftest import DATA, DATES, LATEST, OLDEST, ROOT, copy_demo, run_page

from alliance.db import Database, query_names, query_params
from alliance.snapshots import MANIFEST, scan, write_snapshot
from alliance.storage import layout, location, mirror, publish
from alliance.storage.s3 import Bucket

# Every page a visitor is routed to without signing in (the returns and upload pages need a role or a switch on).
PAGES = sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py") if p.stem not in ("my_return", "submissions"))


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    with s3_server.server(tmp_path_factory.mktemp("moto")) as url:
        yield url
        mirror.stop_all()


@pytest.fixture
def loc(endpoint):
    """A fresh bucket of its own for one test."""
    return location.parse(f"s3://{s3_server.make_bucket(endpoint)}/alliance")


@pytest.fixture(scope="module")
def served(endpoint, tmp_path_factory):
    """The demo published to one bucket and mirrored once: (location, mirror folder)."""
    loc = location.parse(f"s3://{s3_server.make_bucket(endpoint)}/demo")
    publish.publish_root(loc, DATA)
    root = tmp_path_factory.mktemp("mirror") / "m"
    report = mirror.sync(loc, root)
    assert report.problems == [] and report.pulled == DATES
    return loc, root


def test_location_from_the_aws_variables(monkeypatch):
    for k in ("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_REGION", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://general:9000")
    monkeypatch.setenv("AWS_ENDPOINT_URL_S3", "http://s3only:9000")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "cn-north-1")
    loc = location.parse("s3://b/some/prefix/")
    assert (loc.bucket, loc.prefix) == ("b", "some/prefix")
    assert (loc.endpoint, loc.region) == ("http://s3only:9000", "cn-north-1")
    assert loc.key("objects/x") == "b/some/prefix/objects/x"
    assert "secret" not in repr(location.parse("s3://b", {"secret_access_key": "secret"}))


def test_mirror_is_byte_identical(served):
    loc, root = served
    for folder in (DATA / "snapshots").glob("snapshot=*"):
        for f in folder.iterdir():
            assert filecmp.cmp(f, root / "snapshots" / folder.name / f.name, shallow=False), f
    for f in (DATA / "reference").iterdir():
        assert filecmp.cmp(f, root / "reference" / f.name, shallow=False), f
    cat = scan(root)
    assert cat.dates == DATES and cat.problems == []
    # Content-addressed: a table unchanged between snapshots is one object.
    shas = {t["sha256"] for d in DATES for t in json.loads((DATA / "snapshots" / f"snapshot={d}" / MANIFEST)
                                                          .read_text())["tables"].values()}
    assert len(Bucket(loc).list(layout.OBJECTS)) == len(shas)


def test_every_query_equal_between_the_two_roots(served):
    from test_queries import PARAMS

    local, remote = Database(scan(DATA)), Database(scan(served[1]))
    try:
        names = [n for n in query_names() if query_params(n) <= PARAMS.keys()]
        assert len(names) > 20
        for name in names:
            for snapshot in (OLDEST, LATEST):
                params = {**PARAMS, "snapshot": PARAMS["snapshot"].fromisoformat(snapshot)}
                a, b = local.query(name, **params), remote.query(name, **params)
                assert a.equals(b), name
    finally:
        local.close()
        remote.close()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_served_from_the_bucket(served, page, monkeypatch):
    loc, root = served
    monkeypatch.setenv("ALLIANCE_DATA_DIR", loc.url)
    monkeypatch.setenv("ALLIANCE_MIRROR_DIR", str(root))
    from alliance import config

    assert config.data_dir() == root
    at = run_page(page, lang="en", snapshot=LATEST)
    assert not at.exception
    assert at.title[0].value
    assert at.session_state["snapshot"] == LATEST
    assert not at.sidebar.warning  # no problem to report


def test_new_replaced_and_removed_snapshots_follow_the_bucket(loc, tmp_path):
    src = copy_demo(tmp_path / "src")
    for d in DATES[1:]:
        (src / "snapshots" / f"snapshot={d}" / MANIFEST).unlink()  # only the oldest is servable
    (src / "alliance.toml").write_text('[upload]\nenabled = true\n', encoding="utf-8")
    publish.publish_root(loc, src)
    a = tmp_path / "a"
    assert mirror.sync(loc, a).pulled == [OLDEST]
    assert (a / "alliance.toml").read_bytes() == (src / "alliance.toml").read_bytes()  # settings come from the bucket
    # A writer whose data folder is a mirror publishes to the bucket before its own rename; the other replica
    # pulls only what it does not hold (the unchanged tables are linked from its copy of the oldest snapshot).
    tables = {p.stem: pq.read_table(p) for p in (DATA / "snapshots" / f"snapshot={OLDEST}").glob("*.parquet")}
    write_snapshot(a, "2030-01-01", tables, source="demo")
    assert Bucket(loc).exists(layout.manifest_key("2030-01-01"))
    b = tmp_path / "b"
    mirror.sync(loc, b)
    tables["areas"] = tables["areas"].set_column(
        tables["areas"].schema.get_field_index("population"), "population",
        pc.add(tables["areas"]["population"], 1))
    write_snapshot(a, "2030-01-01", tables, source="demo", replace=True)
    report = mirror.sync(loc, b)
    assert report.pulled == ["2030-01-01"] and report.linked == len(tables) - 1
    assert (b / "snapshots" / "snapshot=2030-01-01" / MANIFEST).read_bytes() == \
        (a / "snapshots" / "snapshot=2030-01-01" / MANIFEST).read_bytes()
    assert scan(b).dates == [OLDEST, "2030-01-01"]
    assert publish.retract(loc, OLDEST)
    assert mirror.sync(loc, b).retired == [OLDEST]
    assert scan(b).dates == ["2030-01-01"]


def test_damaged_object_is_named_and_not_served(loc, tmp_path):
    src = copy_demo(tmp_path / "src")
    publish.publish_root(loc, src)
    bucket = Bucket(loc)
    manifest = json.loads(bucket.get(layout.manifest_key(LATEST)))
    sha = manifest["tables"]["qualifications"]["sha256"]
    good = bucket.get(layout.object_key(sha))
    bucket.put(layout.object_key(sha), good[:100] + bytes([good[100] ^ 1]) + good[101:])
    root = tmp_path / "m"
    report = mirror.sync(loc, root)
    cat = scan(root)
    assert LATEST not in cat.dates and cat.dates == DATES[:-1]
    [problem] = [p for p in cat.problems if p.folder == f"snapshot={LATEST}"]
    assert problem.reason == "hash_mismatch"
    assert "qualifications.parquet" in problem.detail and layout.object_key(sha) in problem.detail
    assert problem in report.problems
    # Repaired in the bucket: the next sync serves it and the problem is gone.
    bucket.put(layout.object_key(sha), good)
    mirror.sync(loc, root)
    cat = scan(root)
    assert cat.dates == DATES and cat.problems == []


def test_damaged_object_named_on_screen(loc, tmp_path, monkeypatch):
    src = copy_demo(tmp_path / "src")
    publish.publish_root(loc, src)
    bucket = Bucket(loc)
    sha = json.loads(bucket.get(layout.manifest_key(OLDEST)))["tables"]["labs"]["sha256"]
    bucket.put(layout.object_key(sha), b"not parquet")
    monkeypatch.setenv("ALLIANCE_DATA_DIR", loc.url)
    monkeypatch.setenv("ALLIANCE_MIRROR_DIR", str(tmp_path / "m"))
    at = run_page(lang="en")
    assert not at.exception
    warning = " ".join(w.value for w in at.sidebar.warning).replace("\\", "")
    assert f"snapshot={OLDEST}" in warning and "labs.parquet" in warning and "sha256" in warning
    assert OLDEST not in " ".join(at.sidebar.selectbox(key="snapshot").options)


# A writer that publishes one small snapshot per trial (the oldest demo snapshot with its figures shifted by the trial
# number, so every trial uploads new objects) into a folder that mirrors the bucket; killed at a random moment.
WRITER = """
import sys, pyarrow.compute as pc, pyarrow.parquet as pq
from pathlib import Path
from alliance.snapshots import write_snapshot
src, root, date, shift = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
tables = {p.stem: pq.read_table(p) for p in src.glob("*.parquet")}
for name, column in (("capacity", "annual_capacity_batches"), ("services", "batches"),
                     ("demand", "annual_demand_batches"), ("institutions", "assets_cny"), ("areas", "population")):
    t = tables[name]
    tables[name] = t.set_column(t.schema.get_field_index(column), column, pc.add(t[column], shift))
print("ready", flush=True)
sys.stdin.readline()
write_snapshot(root, date, tables, source="demo")
print("done", flush=True)
"""


def test_killed_publish_never_exposes_half_a_snapshot(loc, tmp_path):
    writer_root = tmp_path / "writer"
    mirror.sync(loc, writer_root)  # the writer's data folder is a mirror of the bucket
    src = DATA / "snapshots" / f"snapshot={OLDEST}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(24)
    reader = tmp_path / "reader"
    outcomes = {"published": 0, "absent": 0}
    publish_seconds = None
    for trial in range(24):
        date = f"2031-01-{trial + 1:02d}"
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(src), str(writer_root), date, str(trial + 1)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=ROOT)
        assert proc.stdout.readline().strip() == b"ready"
        t0 = time.monotonic()
        proc.stdin.write(b"go\n")
        proc.stdin.flush()
        if publish_seconds is None:  # the first trial runs to the end: how long a whole publish takes
            assert proc.wait(60) == 0
            publish_seconds = time.monotonic() - t0
        else:
            time.sleep(rng.uniform(0, publish_seconds * 1.1))
            proc.kill()
            proc.wait()
        bucket_has = Bucket(loc).exists(layout.manifest_key(date))
        report = mirror.sync(loc, reader)
        cat = scan(reader)
        assert report.problems == [] and cat.problems == [], (trial, report.problems, cat.problems)
        assert (date in cat.dates) == bucket_has, trial
        outcomes["published" if bucket_has else "absent"] += 1
        # The writer's own folder serves only whole snapshots, and only ones the bucket has.
        assert set(scan(writer_root).dates) <= set(cat.dates)
        assert scan(writer_root).problems == []
    assert outcomes["published"] >= 2 and outcomes["absent"] >= 2, outcomes  # the kills landed on both sides
    # What killed publishes left (objects no manifest names) goes at a sweep; nothing served loses a file.
    shas_named = {t["sha256"] for d in scan(reader).snapshots for t in d.manifest["tables"].values()}
    publish.sweep(loc, grace=0)
    left = {layout.OBJECT_RE.match(e.key).group(1) for e in Bucket(loc).list(layout.OBJECTS)}
    assert left == shas_named
    fresh = tmp_path / "fresh"
    assert mirror.sync(loc, fresh).problems == []
    assert scan(fresh).dates == scan(reader).dates


def test_sweep_keeps_young_orphans(loc, tmp_path):
    bucket = Bucket(loc)
    bucket.put(layout.object_key("0" * 64), b"a publish in progress")
    assert publish.sweep(loc) == []
    assert publish.sweep(loc, now=time.time() + publish.GRACE_SECONDS + 60) == [layout.object_key("0" * 64)]


def test_cli_publish_status_sync(loc, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ALLIANCE_DATA_DIR", None)

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "alliance", "storage", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    out = cli("publish", "--to", loc.url, "--data-dir", str(DATA))
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("published") == len(DATES) + 2
    status = json.loads(cli("status", "--at", loc.url).stdout)
    assert [s["snapshot"] for s in status["snapshots"]] == DATES and status["unnamed_objects"] == []
    out = cli("sync", "--from", loc.url, "--mirror-dir", str(tmp_path / "m"))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["pulled"] == DATES


def test_publish_record_is_shared_through_the_bucket(loc, tmp_path):
    from alliance.access import audit

    a, b = tmp_path / "a", tmp_path / "b"
    mirror.sync(loc, a)
    mirror.sync(loc, b)
    audit.record(a, "publish", "admin@alliance.test", snapshot="2022-09-30", files=[], row_changes={})
    audit.record(b, "return_received", "member@alliance.test", institution_id="x")
    assert [e["actor"] for e in audit.entries(a)] == [e["actor"] for e in audit.entries(b)]
    assert {e["action"] for e in audit.entries(b)} == {"publish", "return_received"}
    assert not audit.path(a).exists() and not audit.path(b).exists()  # nothing kept only on one replica


def test_served_folder_follows_the_bucket_every_sync_interval(loc, tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCE_SYNC_SECONDS", "0.5")
    monkeypatch.setenv("ALLIANCE_MIRROR_DIR", str(tmp_path / "m"))
    monkeypatch.setenv("ALLIANCE_DATA_DIR", loc.url)
    from alliance import config

    root = config.data_dir()
    assert root == tmp_path / "m" and scan(root).dates == []
    publish.publish_folder(Bucket(loc), DATA / "snapshots" / f"snapshot={OLDEST}")
    deadline = time.monotonic() + 10
    while scan(root).dates != [OLDEST] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert scan(root).dates == [OLDEST]


def test_members_returns_are_shared_through_the_bucket(loc, tmp_path):
    from alliance.access.roles import Identity
    from alliance.returns import queue

    a, b = tmp_path / "a", tmp_path / "b"
    mirror.sync(loc, a)
    mirror.sync(loc, b)
    member = Identity("member", "member.sy_metrology@alliance.test", "SY", "sy_metrology")
    ret = queue.submit(a, member, "a.xlsx", b"workbook bytes", "2022-09-30")
    mirror.sync(loc, b)  # the other replica's next sync
    assert queue.get(b, ret.id, None) == ret and queue.get(b, ret.id, None).file(b).read_bytes() == b"workbook bytes"
    sent = queue.send_back(b, ret.id, "fix row 3", "centre@alliance.test")
    mirror.sync(loc, a)
    assert queue.get(a, ret.id, "sy_metrology") == sent and sent.status == "sent_back"


def test_cli_writers_publish_to_a_bucket(loc, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ALLIANCE_MIRROR_DIR": str(tmp_path / "m")}
    env.pop("ALLIANCE_DATA_DIR", None)
    out = subprocess.run([sys.executable, "-m", "alliance", "demo", "--data-dir", loc.url], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    bucket = Bucket(loc)
    for d in DATES:  # the generator is deterministic: the bucket holds the bundled files (their hashes)
        bundled = json.loads((DATA / "snapshots" / f"snapshot={d}" / MANIFEST).read_text())["tables"]
        assert json.loads(bucket.get(layout.manifest_key(d)))["tables"] == bundled


def test_a_manifest_naming_paths_is_refused(loc, tmp_path):
    bucket = Bucket(loc)
    body = json.loads((DATA / "snapshots" / f"snapshot={OLDEST}" / MANIFEST).read_text())
    body["snapshot"] = "2030-01-01"
    body["tables"]["../../escaped"] = {"rows": 1, "sha256": "0" * 64}
    bucket.put(layout.manifest_key("2030-01-01"), json.dumps(body).encode())
    report = mirror.sync(loc, tmp_path / "m")
    assert [(p.folder, p.reason) for p in report.problems] == [("snapshot=2030-01-01", "bad_manifest")]
    assert not list(tmp_path.rglob("escaped*"))


def test_unreachable_bucket_keeps_serving_the_mirror_and_says_so(served, tmp_path):
    root = tmp_path / "m"
    shutil.copytree(served[1], root)
    gone = location.Location("nobucket", "p", "http://127.0.0.1:1", "us-east-1", "a", "b")
    report = mirror.sync(gone, root)
    assert [(p.folder, p.reason) for p in report.problems] == [("s3://nobucket/p", "unreadable")]
    cat = scan(root)
    assert cat.dates == DATES and [p.reason for p in cat.problems] == ["unreadable"]
