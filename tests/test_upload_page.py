"""The submission page (off unless enabled) under AppTest, with real workbooks: a bad one is listed cell by cell and
cannot be published; a clean one is published into a copy of the data and served from then on."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import DATES, LATEST, ROOT, run_page, table_with

from alliance.ingest import templates
from alliance.snapshots import scan
from alliance.ui import upload

PAGE = "pages/submissions.py"
PROFILE_SHEET = "机构概况 (institutions)"
CAPACITY_SHEET = "检测能力 (capacity)"
NEXT = "2022-09-30"
XLSX = upload.XLSX_MIME


def member_workbooks(root: Path, institution: str = "sy_lead") -> dict[str, bytes]:
    """The member's workbook pre-filled from the latest snapshot, as exported ("as_is"), with two mistakes ("bad":
    negative technical staff in the profile, "abc" in a capacity count) and with a real change ("clean": assets)."""
    snap = scan(root).snapshots[-1]
    as_is = templates.workbook_bytes("member", templates.read_tables(snap), institution_id=institution,
                                     snapshot=snap.date)

    def edited(**cells) -> bytes:
        wb = openpyxl.load_workbook(io.BytesIO(as_is))
        for where, value in cells.items():
            sheet, cell = where.split("!")
            wb[{"profile": PROFILE_SHEET, "capacity": CAPACITY_SHEET}[sheet]][cell] = value
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    bad = edited(**{"profile!C2": -5, "capacity!C3": "abc"})
    clean = edited(**{"profile!B2": 180_000_000})
    return {"as_is": as_is, "bad": bad, "clean": clean}


@pytest.fixture
def enabled(data_copy, monkeypatch) -> Path:
    monkeypatch.setenv("ALLIANCE_ENABLE_UPLOAD", "1")
    return data_copy


@pytest.fixture
def books(enabled) -> dict[str, bytes]:
    return member_workbooks(enabled)


def open_page(lang: str = "en", **query):
    at = run_page(PAGE, lang=lang, **query)
    assert not at.exception
    return at


def check(at, files: list[tuple[str, bytes]], as_of: str | None = None):
    if as_of:
        at.date_input(key="upload_as_of").set_value(dt.date.fromisoformat(as_of)).run()
    at.file_uploader(key="upload_files").set_value([(name, content, XLSX) for name, content in files]).run()
    at.button(key="upload_check").click().run()
    assert not at.exception
    return at


def served(root: Path) -> list[str]:
    return scan(root).dates


def left_over(root: Path) -> list[str]:
    """Anything in the data directory besides the snapshots it started with."""
    return sorted(p.name for p in (root / "snapshots").iterdir() if p.name not in {f"snapshot={d}" for d in DATES})


# The page and its route -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,title,check_label", [("zh-CN", "数据报送与发布", "核验"),
                                                    ("en", "Submit and publish data", "Check")])
def test_page_runs_in_both_languages(enabled, lang, title, check_label):
    at = open_page(lang)
    assert at.title[0].value == title
    assert len(at.get("download_button")) == 4  # two empty templates, two pre-filled workbooks
    uploader = at.file_uploader(key="upload_files")
    assert uploader.accept_multiple_files and uploader.allowed_type == [".xlsx"]
    assert at.button(key="upload_check").label == check_label and at.button(key="upload_check").disabled
    assert at.date_input(key="upload_as_of").value == dt.date.fromisoformat(NEXT)  # the quarter after the latest
    assert at.selectbox(key="upload_institution").value == "as_build"


@pytest.mark.parametrize("env", [None, "0", "false"])
def test_not_routed_unless_enabled(data_copy, monkeypatch, env):
    if env is None:
        monkeypatch.delenv("ALLIANCE_ENABLE_UPLOAD", raising=False)
    else:
        monkeypatch.setenv("ALLIANCE_ENABLE_UPLOAD", env)
        (data_copy / "alliance.toml").write_text("[upload]\nenabled = true\n", encoding="utf-8")  # the env wins
    at = run_page(lang="en")
    assert not at.exception
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)


def test_enabled_by_the_settings_file(data_copy, monkeypatch):
    monkeypatch.delenv("ALLIANCE_ENABLE_UPLOAD", raising=False)
    (data_copy / "alliance.toml").write_text("[upload]\nenabled = true\n", encoding="utf-8")
    assert open_page().title[0].value == "Submit and publish data"


def test_route_is_upload_and_differs_from_the_file_stem():
    src = (ROOT / "app.py").read_text(encoding="utf-8")
    assert 'url_path="upload"' in src and '"submissions.py"' in src and ":material/upload_file:" in src


# Checking and publishing ---------------------------------------------------------------------------------------------

def test_bad_workbook_is_listed_by_cell_and_cannot_be_published(enabled, books):
    at = check(open_page("en"), [("sy_lead.xlsx", books["bad"])])
    assert "errors found in 1 file" in at.error[0].value
    problems = table_with(at, "What is wrong and how to fix it")
    assert list(problems.columns) == ["File", "Sheet", "Row", "Column", "Value", "Code",
                                      "What is wrong and how to fix it"]
    text = problems[(problems["Code"] == "bad_number")].iloc[0]
    assert (text["File"], text["Sheet"], text["Row"], text["Value"]) == ("sy_lead.xlsx", CAPACITY_SHEET, 3, "abc")
    assert text["Column"].startswith("C ") and "annual_capacity_batches" in text["Column"]
    assert "not a number" in text["What is wrong and how to fix it"]
    negative = problems[problems["Code"] == "negative"].iloc[0]  # in the member's profile sheet, not the base
    assert (negative["File"], negative["Sheet"], negative["Row"], negative["Value"]) == \
        ("sy_lead.xlsx", PROFILE_SHEET, 2, "-5")
    assert negative["Column"].startswith("C ") and "technical_staff" in negative["Column"]
    assert set(problems["File"]) == {"sy_lead.xlsx"}
    assert at.button(key="upload_publish").disabled
    assert served(enabled) == DATES and left_over(enabled) == []  # a check writes nothing

    at.multiselect(key="upload_filter_codes").set_value(["bad_number"]).run()
    assert len(table_with(at, "Code")) == 1
    at.multiselect(key="upload_filter_codes").set_value([]).run()
    at.multiselect(key="upload_filter_files").set_value(["sy_lead.xlsx"]).run()
    assert set(table_with(at, "File")["File"]) == {"sy_lead.xlsx"}


def test_messages_follow_the_language(enabled, books):
    at = check(open_page("zh-CN"), [("sy_lead.xlsx", books["bad"])])
    problems = table_with(at, "说明及修改方法")
    assert list(problems.columns)[:3] == ["文件", "工作表", "行"]
    assert any("不是数字" in m or "数字" in m for m in problems["说明及修改方法"])
    assert "个错误" in at.error[0].value


# Publishing ends in st.rerun(); under AppTest that run falls back to the default language (a browser keeps the
# chosen one, see test_browser_upload.py), so the tests that publish read the page in zh-CN.
def test_clean_workbook_publishes_and_is_served(enabled, books):
    at = check(open_page("zh-CN"), [("sy_lead.xlsx", books["clean"])])
    assert at.success[0].value == "1 个文件核验通过，没有错误。"
    rows = table_with(at, "发布后行数").set_index("数据表")
    assert rows.loc["qualifications", "发布后行数"] == rows.loc["qualifications", "基础快照行数"]
    publish = at.button(key="upload_publish")
    assert not publish.disabled and publish.label == "发布快照 2022年9月30日"

    publish.click().run()
    assert not at.exception
    assert at.success[0].value == "快照 2022年9月30日 已发布，现在可以在侧栏的快照选择中选用。"
    assert at.sidebar.selectbox(key="snapshot").options[0] == "2022年9月30日（最新）"  # the rerun rescanned
    assert served(enabled) == [*DATES, NEXT]
    snap = scan(enabled).get(NEXT)
    assert snap.source == "ingest"
    inst = pd.read_parquet(snap.file("institutions")).set_index("institution_id")
    assert inst.loc["sy_lead", "assets_cny"] == 180_000_000
    assert "upload_publish" not in [b.key for b in at.button]  # the check was used up


def test_a_check_holds_only_for_the_same_files_and_date(enabled, books):
    at = check(open_page("en"), [("sy_lead.xlsx", books["clean"])])
    assert not at.button(key="upload_publish").disabled
    at.file_uploader(key="upload_files").set_value([("sy_lead.xlsx", books["as_is"], XLSX)]).run()
    assert "upload_publish" not in [b.key for b in at.button]
    assert "changed since the last check" in at.info[0].value
    at.file_uploader(key="upload_files").set_value([("sy_lead.xlsx", books["clean"], XLSX)]).run()
    assert not at.button(key="upload_publish").disabled  # the same bytes again: the check holds
    at.date_input(key="upload_as_of").set_value(dt.date(2022, 12, 31)).run()
    assert "upload_publish" not in [b.key for b in at.button]


def test_existing_date_needs_replace(enabled, books):
    at = check(open_page("en"), [("sy_lead.xlsx", books["clean"])], as_of=LATEST)
    assert not at.error and "already exists" in at.warning[0].value
    assert at.button(key="upload_publish").disabled
    at.checkbox(key="upload_replace").check().run()
    assert not at.button(key="upload_publish").disabled
    at.button(key="upload_publish").click().run()
    assert not at.exception
    assert served(enabled) == DATES and scan(enabled).get(LATEST).source == "ingest"


@pytest.mark.parametrize("outcome", ["errors", "exists"])
def test_publish_that_fails_after_a_clean_check_says_so(enabled, books, monkeypatch, outcome):
    """Should the data change between check and publish, the page reports it and publishes nothing."""
    real = upload.ingest

    def ingest(paths, as_of, root, *, dry_run=False, replace=False, names=None):
        if dry_run:
            return real(paths, as_of, root, dry_run=True, names=names)
        if outcome == "exists":
            raise upload.UsageError("exists")
        return real([*paths, paths[0]], as_of, root, dry_run=True, names=[*names, "again.xlsx"])  # a duplicate

    monkeypatch.setattr(upload, "ingest", ingest)
    at = check(open_page("zh-CN"), [("sy_lead.xlsx", books["clean"])])
    at.button(key="upload_publish").click().run()
    assert not at.exception and served(enabled) == DATES
    if outcome == "exists":
        assert at.error[0].value.startswith("快照 2022年9月30日 已经存在，未发布")
    else:
        assert any(e.value.startswith("发布前的再次核验发现") for e in at.error)
        assert "duplicate_submission" in set(table_with(at, "错误类型")["错误类型"])
        assert at.button(key="upload_publish").disabled


def test_no_snapshot_yet(tmp_path, monkeypatch, books):
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(tmp_path))
    at = open_page("en")
    assert len(at.get("download_button")) == 2  # empty templates only, no pre-filled workbooks
    assert "No snapshot yet" in at.caption[1].value
    at = check(at, [("sy_lead.xlsx", books["clean"])], as_of="2022-09-30")
    assert "no earlier snapshot" in table_with(at, "Code")["What is wrong and how to fix it"].iloc[0]
    assert "upload_publish" in [b.key for b in at.button] and at.button(key="upload_publish").disabled


# The helpers ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("day,after", [("2022-06-30", "2022-09-30"), ("2022-07-01", "2022-09-30"),
                                       ("2022-12-31", "2023-03-31"), ("2023-02-28", "2023-03-31"),
                                       ("2022-03-31", "2022-06-30")])
def test_quarter_end_after(day, after):
    assert upload.quarter_end_after(dt.date.fromisoformat(day)).isoformat() == after


def test_default_as_of_without_snapshots():
    from alliance.snapshots import Catalog

    assert upload.default_as_of(Catalog(), today=dt.date(2024, 5, 10)) == dt.date(2024, 3, 31)
    assert upload.default_as_of(Catalog(), today=dt.date(2024, 6, 30)) == dt.date(2024, 6, 30)
    assert upload.default_as_of(Catalog(), today=dt.date(2024, 1, 5)) == dt.date(2023, 12, 31)
    assert upload.is_quarter_end(dt.date(2024, 12, 31)) and not upload.is_quarter_end(dt.date(2024, 12, 30))


def test_fingerprint_and_names():
    day = dt.date(2022, 9, 30)
    base = upload.fingerprint([("a.xlsx", b"1")], day, "v")
    assert base == upload.fingerprint([("a.xlsx", b"1")], day, "v")
    assert len({base, upload.fingerprint([("a.xlsx", b"2")], day, "v"),
                upload.fingerprint([("b.xlsx", b"1")], day, "v"),
                upload.fingerprint([("a.xlsx", b"1")], dt.date(2022, 12, 31), "v"),
                upload.fingerprint([("a.xlsx", b"1")], day, "w"),
                upload.fingerprint([("a.xlsx", b"1"), ("a.xlsx", b"1")], day, "v")}) == 6
    assert upload.unique_names(["a.xlsx", "b.xlsx", "a.xlsx"]) == ["a.xlsx", "b.xlsx", "a.xlsx (2)"]


def test_run_checks_outside_the_data_dir(data_copy, books, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again
    result = upload.run([("x.xlsx", books["bad"]), ("x.xlsx", b"not a workbook")], dt.date(2022, 9, 30), data_copy,
                        dry_run=True)
    summary = upload.summary_of(result)
    assert [f["file"] for f in summary["files"]] == ["x.xlsx", "x.xlsx (2)"]
    assert summary["errors_by_file"]["x.xlsx (2)"] == 1
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary folder is gone
    assert left_over(data_copy) == [] and served(data_copy) == DATES
    for lang in ("zh-CN", "en"):
        problems = upload.problems(summary, lang)
        assert list(problems.columns) == upload.PROBLEM_COLUMNS and problems["message"].str.len().min() > 0
        assert len(upload.filter_problems(problems, files=["x.xlsx (2)"])) == 1
        assert upload.problems_table(problems, lang).shape == problems.shape
        assert upload.files_table(summary, lang).shape == (2, 5)
        assert upload.notes_table(summary, lang).shape[1] == 5
