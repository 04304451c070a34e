"""Members hand in their own return (issue 21 part 3): the review queue on disk (alliance.returns.queue), a member's
page under AppTest (its own workbook only, problems at once, a clean workbook queued, never published by it), and the
admin's queue on the upload page (what a return would change, send back with a note, publish the accepted ones)."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import openpyxl
import pytest
from conftest import LATEST, ROOT
from test_access import AUTH, MAPPING

from alliance.access import audit
from alliance.access.roles import Identity
from alliance.ingest import templates
from alliance.returns import queue
from alliance.snapshots import scan
from alliance.ui import returns_view

XLSX = returns_view.XLSX_MIME
NEXT = "2022-09-30"  # the quarter after the demo's latest snapshot
PROFILE_SHEET = "机构概况 (institutions)"
CAPACITY_SHEET = "检测能力 (capacity)"
SY = "member.sy_metrology@alliance.test"
AS = "member.as_pq@alliance.test"
ADMIN = "boss@alliance.test"
SY_ID = Identity("member", SY, "SY", "sy_metrology")
AS_ID = Identity("member", AS, "AS", "as_pq")
SETTINGS = MAPPING + 'as_pq = ["email:member.as_pq@alliance.test"]\n'


def workbook(root: Path, institution: str, **cells) -> bytes:
    """The member's workbook pre-filled from the latest snapshot, with cells changed ("profile!B2": value)."""
    snap = scan(root).snapshots[-1]
    content = templates.workbook_bytes("member", templates.read_tables(snap), institution_id=institution,
                                       snapshot=snap.date)
    if not cells:
        return content
    wb = openpyxl.load_workbook(io.BytesIO(content))
    for where, value in cells.items():
        sheet, cell = where.split("!")
        wb[{"profile": PROFILE_SHEET, "capacity": CAPACITY_SHEET}[sheet]][cell] = value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def clean(root, institution="sy_metrology"):
    return workbook(root, institution, **{"profile!B2": 180_000_000})


def bad(root, institution="sy_metrology"):
    return workbook(root, institution, **{"profile!C2": -5, "capacity!C2": "abc"})


# The queue -----------------------------------------------------------------------------------------------------------

def test_submit_keeps_the_file_as_uploaded_with_its_meta_and_an_audit_line(tmp_path):
    content = b"PK\x03\x04 not really a workbook"
    ret = queue.submit(tmp_path, SY_ID, "季度报送.xlsx", content, NEXT)
    folder = tmp_path / "returns" / "sy_metrology" / ret.id.split("/")[1]
    assert ret.id.startswith("sy_metrology/") and folder.is_dir()
    assert folder.name.endswith("-" + hashlib.sha256(content).hexdigest()[:12])
    assert sorted(p.name for p in folder.iterdir()) == ["meta.json", "workbook.xlsx"]
    assert (folder / "workbook.xlsx").read_bytes() == content
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta | {"uploaded_at": None} == {
        "id": ret.id, "institution_id": "sy_metrology", "uploaded_by": SY, "uploaded_at": None,
        "file_name": "季度报送.xlsx", "sha256": hashlib.sha256(content).hexdigest(), "size": len(content),
        "as_of": NEXT, "errors": 0, "status": "waiting", "note": "", "snapshot": None, "decided_by": "",
        "decided_at": ""}
    assert dt.datetime.fromisoformat(meta["uploaded_at"]).utcoffset() == dt.timedelta(0)
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no temporary folder left behind
    line = audit.entries(tmp_path)[-1]
    assert (line["action"], line["actor"], line["institution_id"], line["file"], line["sha256"]) == \
        ("return_received", SY, "sy_metrology", "季度报送.xlsx", ret.sha256)


def test_a_hand_in_cut_short_leaves_nothing_listed(tmp_path, monkeypatch):
    def crash(*_):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(queue.os, "rename", crash)
    with pytest.raises(OSError):
        queue.submit(tmp_path, SY_ID, "a.xlsx", b"x", NEXT)
    assert queue.list_returns(tmp_path) == []
    assert list((tmp_path / "returns" / "sy_metrology").iterdir()) == []
    assert audit.entries(tmp_path) == []  # nothing recorded for a return that was not kept
    # A temporary folder left by a crash (before its rename) is never read as a return.
    monkeypatch.undo()
    (tmp_path / "returns" / "sy_metrology" / ".incoming-x").mkdir()
    assert queue.list_returns(tmp_path) == []


def test_a_member_gets_only_its_own_returns(tmp_path):
    mine = queue.submit(tmp_path, SY_ID, "a.xlsx", b"one", NEXT)
    theirs = queue.submit(tmp_path, AS_ID, "b.xlsx", b"two", NEXT)
    assert [r.id for r in queue.list_returns(tmp_path, "sy_metrology")] == [mine.id]
    assert {r.id for r in queue.list_returns(tmp_path)} == {mine.id, theirs.id}
    assert queue.get(tmp_path, mine.id, "sy_metrology") == mine
    assert queue.get(tmp_path, theirs.id, None) == theirs  # the secretariat's view
    for bad_id in (theirs.id, "as_pq/../sy_metrology", "../../etc", "sy_metrology/" + theirs.id.split("/")[1]):
        with pytest.raises(queue.Refused):
            queue.get(tmp_path, bad_id, "sy_metrology")
    assert queue.list_returns(tmp_path, "../as_pq") == []


def test_send_back_with_a_note_and_mark_published(tmp_path):
    one = queue.submit(tmp_path, SY_ID, "a.xlsx", b"one", NEXT)
    two = queue.submit(tmp_path, AS_ID, "b.xlsx", b"two", NEXT)
    back = queue.send_back(tmp_path, two.id, "  资产总额请核对。 ", ADMIN)
    assert (back.status, back.note, back.decided_by) == ("sent_back", "资产总额请核对。", ADMIN)
    assert queue.get(tmp_path, two.id, "as_pq").note == "资产总额请核对。"
    with pytest.raises(queue.Refused):  # only a waiting return goes back
        queue.send_back(tmp_path, two.id, "again", ADMIN)
    line = audit.entries(tmp_path)[-1]
    assert (line["action"], line["actor"], line["institution_id"], line["sha256"], line["note"]) == \
        ("return_sent_back", ADMIN, "as_pq", two.sha256, "资产总额请核对。")
    queue.mark_published(tmp_path, [one.id], NEXT, ADMIN)
    got = queue.get(tmp_path, one.id, "sy_metrology")
    assert (got.status, got.snapshot, got.decided_by) == ("published", NEXT, ADMIN)
    assert not list((tmp_path / "returns" / one.id).glob(".*"))  # meta.json replaced whole, no temp file left


def test_hand_in_checks_the_members_own_workbook_alone(data_copy):
    as_of = dt.date.fromisoformat(NEXT)
    got = returns_view.hand_in(data_copy, SY_ID, "bad.xlsx", bad(data_copy), as_of)
    assert got["outcome"] == "problems" and got["summary"]["errors"] == 3
    assert {(p["file"], p["sheet"], p["row"]) for p in got["summary"]["problems"]} == \
        {("bad.xlsx", PROFILE_SHEET, 2), ("bad.xlsx", CAPACITY_SHEET, 2)}
    assert queue.list_returns(data_copy) == []
    got = returns_view.hand_in(data_copy, SY_ID, "other.xlsx", clean(data_copy, "as_pq"), as_of)
    assert (got["outcome"], got["reason"], got["found"]) == ("refused", "returns.refused_other", "as_pq")
    snap = scan(data_copy).snapshots[-1]
    secretariat = templates.workbook_bytes("secretariat", templates.read_tables(snap), snapshot=snap.date)
    got = returns_view.hand_in(data_copy, SY_ID, "sec.xlsx", secretariat, as_of)
    assert (got["outcome"], got["reason"]) == ("refused", "returns.refused_kind")
    assert queue.list_returns(data_copy) == []
    got = returns_view.hand_in(data_copy, SY_ID, "ok.xlsx", clean(data_copy), as_of)
    assert got["outcome"] == "queued"
    assert [(r.file_name, r.status, r.as_of) for r in queue.list_returns(data_copy)] == [("ok.xlsx", "waiting", NEXT)]
    assert scan(data_copy).dates[-1] == LATEST  # a member never publishes


# The pages -----------------------------------------------------------------------------------------------------------

class Recorder:
    """Streamlit's media file manager, kept: AppTest makes a new one per run and drops it afterwards, so the bytes a
    deferred download button would serve are otherwise out of the test's reach."""
    made: list = []


@pytest.fixture
def app(data_copy, tmp_path, monkeypatch):
    settings = tmp_path / "alliance.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    monkeypatch.setenv("ALLIANCE_CONFIG", str(settings))
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.testing.v1 import app_test

    class Kept(MediaFileManager):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            Recorder.made.append(self)
    Recorder.made = []
    monkeypatch.setattr(app_test, "MediaFileManager", Kept)

    def run(email: str, groups=(), page: str | None = None, lang: str = "en"):
        from streamlit.testing.v1 import AppTest

        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
        at.secrets["auth"] = AUTH
        at.user = {"is_logged_in": True, "email": email, "groups": list(groups)}
        at.query_params["lang"] = lang
        at.run()
        if page:
            at.switch_page(page).run()
        assert not at.exception, at.exception
        return at
    return run


def shown(at) -> str:
    return "\n".join(str(e.value) for kind in ("title", "markdown", "caption", "info", "warning", "error", "success")
                     for e in getattr(at, kind))


def hand_in(at, name: str, content: bytes):
    at.file_uploader(key="return_file").set_value((name, content, XLSX)).run()
    at.button(key="return_hand_in").click().run()
    assert not at.exception, at.exception
    return at


def cells(content: bytes) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def downloaded(at, key: str) -> tuple[str, bytes]:
    button = next(b for b in at.get("download_button") if b.proto.id.endswith(key))
    for mgr in reversed(Recorder.made):
        entry = mgr._deferred_callables.get(button.proto.deferred_file_id)
        if entry:
            return entry["filename"], entry["callable"]()
    raise AssertionError("the download was not registered")


def test_member_downloads_its_own_workbook_hands_in_and_sees_problems(app, data_copy):
    at = app(SY, page="pages/my_return.py")
    assert "My institution's return" in shown(at)
    name, content = downloaded(at, "return_download")
    snap = scan(data_copy).snapshots[-1]
    assert name == f"alliance_member_sy_metrology_{snap.date}.xlsx"
    want = templates.workbook_bytes("member", templates.read_tables(snap), institution_id="sy_metrology",
                                    snapshot=snap.date)
    assert cells(content) == cells(want)  # the zip's entry times differ; every cell is the same
    wb = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    assert wb.properties.keywords == "sy_metrology"
    owners = {row[0] for row in wb[PROFILE_SHEET].iter_rows(min_row=2, values_only=True) if row[0]}
    assert owners == {"sy_metrology"}

    hand_in(at, "sy_bad.xlsx", bad(data_copy))
    assert "3 errors found in sy_bad.xlsx; it was not handed in." in shown(at)
    problems = next(d.value for d in at.dataframe if "Sheet" in d.value.columns)
    assert {"File", "Sheet", "Row", "Column"} <= set(problems.columns)
    assert set(zip(problems["Sheet"], problems["Row"])) == {(PROFILE_SHEET, 2), (CAPACITY_SHEET, 2)}
    assert queue.list_returns(data_copy) == []

    hand_in(at, "sy_other.xlsx", clean(data_copy, "as_pq"))
    assert "sy_other.xlsx is the workbook of as_pq, not of sy_metrology: it was not handed in." in shown(at)
    assert queue.list_returns(data_copy) == []

    hand_in(at, "sy_q3.xlsx", clean(data_copy))
    assert "sy_q3.xlsx was received with no errors. It waits for the secretariat's review" in shown(at)
    assert [r.file_name for r in queue.list_returns(data_copy)] == ["sy_q3.xlsx"]
    mine = next(d.value for d in at.dataframe if "Status" in d.value.columns)
    assert mine[["File", "Status"]].values.tolist() == [["sy_q3.xlsx", "Waiting for review"]]
    assert scan(data_copy).dates[-1] == LATEST


def test_the_page_is_for_members_only(app):
    at = app(ADMIN, ["secretariat"])
    with pytest.raises(ValueError, match="Could not find"):
        at.switch_page("pages/my_return.py")
    at = app("someone@alliance.test")  # a viewer, by domain
    with pytest.raises(ValueError, match="Could not find"):
        at.switch_page("pages/my_return.py")


def test_admin_reviews_sends_back_and_publishes(app, data_copy):
    hand_in(app(SY, page="pages/my_return.py"), "sy_q3.xlsx", clean(data_copy))
    hand_in(app(AS, page="pages/my_return.py"), "as_q3.xlsx", clean(data_copy, "as_pq"))
    sy_ret, as_ret = (queue.list_returns(data_copy, i)[0] for i in ("sy_metrology", "as_pq"))

    at = app(ADMIN, ["secretariat"], page="pages/submissions.py")
    table = next(d.value for d in at.dataframe if "Handed in (UTC)" in d.value.columns)
    assert set(zip(table["By"], table["File"], table["Status"])) == {
        (SY, "sy_q3.xlsx", "Waiting for review"), (AS, "as_q3.xlsx", "Waiting for review")}
    at.selectbox(key="returns_pick").set_value(sy_ret.id).run()
    change = next(d.value for d in at.dataframe if "Rows in base snapshot" in d.value.columns)
    assert set(change["Table"]) >= {"institutions", "qualifications", "capacity"}
    assert (change["Change"] == 0).all()  # only the profile's assets changed: no table gains or loses rows
    assert "What sy_q3.xlsx would change in the snapshot of" in shown(at)

    at.selectbox(key="returns_pick").set_value(as_ret.id).run()
    at.text_area(key="returns_note").input("Please check total assets: 180 million?").run()
    at.button(key="returns_send_back").click().run()
    assert not at.exception
    assert "as_q3.xlsx was sent back to" in shown(at)
    assert queue.get(data_copy, as_ret.id, "as_pq").status == "sent_back"

    assert at.multiselect(key="returns_publish_ids").value == [sy_ret.id]
    at.button(key="returns_publish").click().run()
    assert not at.exception, at.exception
    assert "is published from 1 return" in shown(at)
    assert scan(data_copy).dates[-1] == NEXT
    provenance = scan(data_copy).get(NEXT).manifest["provenance"]
    assert provenance["members"]["submitted"] == ["sy_metrology"] and provenance["publisher"] == ADMIN
    assert [(f["file"], f["sha256"]) for f in provenance["inputs"]] == [("sy_q3.xlsx", sy_ret.sha256)]
    assert queue.get(data_copy, sy_ret.id, "sy_metrology").status == "published"
    lines = audit.entries(data_copy)
    received = [e for e in lines if e["action"] == "return_received"]
    assert {(e["actor"], e["sha256"]) for e in received} == {(SY, sy_ret.sha256), (AS, as_ret.sha256)}
    publish = [e for e in lines if e["action"] == "publish"][-1]
    assert publish["actor"] == ADMIN and publish["snapshot"] == NEXT
    assert [(f["sha256"], f["institution_id"]) for f in publish["files"]] == [(sy_ret.sha256, "sy_metrology")]

    # Each member sees its own returns, and the secretariat's note on the one sent back; never the other's.
    at = app(AS, page="pages/my_return.py")
    mine = next(d.value for d in at.dataframe if "Status" in d.value.columns)
    assert mine[["File", "Status", "Note from the secretariat"]].values.tolist() == \
        [["as_q3.xlsx", "Sent back", "Please check total assets: 180 million?"]]
    assert "sy_q3.xlsx" not in json.dumps([d.value.to_dict() for d in at.dataframe], default=str)
    with pytest.raises(queue.Refused):
        queue.get(data_copy, sy_ret.id, "as_pq")
    at = app(SY, page="pages/my_return.py")
    mine = next(d.value for d in at.dataframe if "Status" in d.value.columns)
    assert mine[["File", "Status", "Published in"]].values.tolist() == [["sy_q3.xlsx", "Published", NEXT]]


def test_the_member_page_speaks_chinese(app, data_copy):
    at = app(SY, page="pages/my_return.py", lang="zh-CN")
    assert "本机构数据报送" in shown(at)
    hand_in(at, "sy_bad.xlsx", bad(data_copy))
    assert "sy_bad.xlsx 中发现 3 个错误，未提交。" in shown(at)
    problems = next(d.value for d in at.dataframe if "工作表" in d.value.columns or "行" in d.value.columns)
    assert len(problems) == 3
    hand_in(at, "sy_q3.xlsx", clean(data_copy))
    assert "已收到 sy_q3.xlsx，未发现错误。" in shown(at)


def test_returns_are_gitignored():
    assert "data/returns/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
