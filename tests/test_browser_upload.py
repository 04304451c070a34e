"""The submission page in a real headless Chromium (Debian's): templates download, a bad workbook is listed cell by
cell, a clean one is published and appears in the snapshot picker, and nothing leaves 127.0.0.1."""
from __future__ import annotations

import io
import os
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import ROOT, copy_demo
from servers import CHROMIUM, LOOPBACK, launch_chromium, start_server, stop_server
from test_upload_page import CAPACITY_SHEET, NEXT, PROFILE_SHEET, member_workbooks

from alliance.snapshots import scan

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts"

if not CHROMIUM and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def data_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("upload") / "data"
    copy_demo(root)
    return root


@pytest.fixture(scope="module")
def files(data_root, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("workbooks")
    out = {}
    for kind, content in member_workbooks(data_root).items():
        out[kind] = folder / f"sy_lead_{kind}.xlsx"
        out[kind].write_bytes(content)
    return out


@pytest.fixture(scope="module")
def server(data_root):
    env = {"ALLIANCE_ENABLE_UPLOAD": "1", "ALLIANCE_DATA_DIR": str(data_root)}
    url, proc = start_server(ROOT / "app.py", *LOOPBACK, env=env)
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "install Debian's chromium"
    with sync_playwright() as p:
        b = launch_chromium(p)
        warm = b.new_page()  # the root once after server start (README: "Deep links after a restart")
        warm.goto(server)
        warm.wait_for_selector('[data-testid="stMetric"]', timeout=60_000)
        warm.close()
        yield b
        b.close()


@pytest.fixture
def requests_seen():
    return []


def open_page(browser, server, requests_seen, lang: str, width: int = 1920, height: int = 1080):
    ctx = browser.new_context(viewport={"width": width, "height": height}, locale=lang, accept_downloads=True)
    ctx.on("request", lambda r: requests_seen.append(r.url))
    pg = ctx.new_page()
    pg.goto(f"{server}/upload?lang={lang}")
    pg.wait_for_selector('.st-key-upload_files [data-testid="stFileUploaderDropzoneInput"]', state="attached",
                         timeout=45_000)
    return ctx, pg


def idle(pg) -> None:
    """The script run a click or an upload started has finished (a download clicked mid-run can be lost)."""
    pg.wait_for_timeout(200)
    pg.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)


def set_as_of(pg, day: str) -> None:
    """The date field is three spin buttons; typing fills them in turn, leaving the field commits the value."""
    field = pg.locator('.st-key-upload_as_of [data-testid="stDateInput"]')
    field.locator('[data-type="year"]').click()
    pg.keyboard.type(day.replace("-", ""))
    pg.locator("h1").first.click()
    pg.wait_for_function("d => document.querySelector('.st-key-upload_as_of [data-testid=\"stDateInput\"] "
                         "input[type=date]').value === d", arg=day)
    idle(pg)


def upload_and_check(pg, path: Path, done: str, check: str = "核验") -> None:
    chips = pg.locator('[data-testid="stFileChipDeleteBtn"] button')
    while chips.count():
        chips.first.click()
        idle(pg)
    pg.locator('.st-key-upload_files [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    pg.wait_for_selector(f'[data-testid="stFileChipName"]:has-text("{path.name}")', timeout=20_000)
    idle(pg)  # the upload finishes and the rerun that sees it has run
    pg.get_by_role("button", name=check, exact=True).click()
    pg.wait_for_selector(f"text={done}", timeout=60_000)
    idle(pg)
    pg.wait_for_timeout(600)  # the grids paint their canvases just after they mount


def download(pg, name: str):
    idle(pg)
    with pg.expect_download(timeout=30_000) as dl:
        pg.get_by_role("button", name=name).first.click()
    return dl.value


# app.py's st.set_page_config(page_icon=":material/biotech:") has the browser fetch the favicon from Google's font
# CDN (test_nothing_at_all_leaves_localhost tracks it); every other request must go to the local server.
FAVICON = "https://fonts.gstatic.com/s/i/short-term/release/materialsymbolsrounded/biotech/"


def outside(requests_seen, server) -> list[str]:
    return [u for u in requests_seen if not u.startswith((server, "data:", "blob:"))]


def only_local(requests_seen, server) -> None:
    leaks = [u for u in outside(requests_seen, server) if not u.startswith(FAVICON)]
    assert requests_seen and leaks == [], leaks


def test_templates_download(browser, server, requests_seen, data_root):
    ctx, pg = open_page(browser, server, requests_seen, "zh-CN")
    latest = scan(data_root).dates[-1]
    names = pd.read_parquet(scan(data_root).get(latest).file("institutions")).set_index("institution_id")["name_zh"]
    box = pg.get_by_role("combobox", name="成员机构")
    box.click()
    box.fill(names["sy_lead"])  # the list is long and virtualised: filter it first
    pg.get_by_role("option", name=names["sy_lead"]).click()
    idle(pg)
    got = download(pg, "预填的成员机构报送表")
    assert got.suggested_filename == f"alliance_member_sy_lead_{latest}.xlsx"
    wb = openpyxl.load_workbook(io.BytesIO(Path(got.path()).read_bytes()), read_only=True)
    profile = next(wb["机构概况 (institutions)"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert profile[0] == "sy_lead" and profile[1] > 0
    got = download(pg, "空白服务中心基础数据表")
    assert got.suggested_filename == "alliance_secretariat_template.xlsx"
    wb = openpyxl.load_workbook(io.BytesIO(Path(got.path()).read_bytes()), read_only=True)
    assert "地区 (areas)" in wb.sheetnames
    assert next(wb["地区 (areas)"].iter_rows(min_row=2, max_row=2, values_only=True), None) is None  # no rows
    only_local(requests_seen, server)
    ctx.close()


@pytest.mark.parametrize("lang,width,height", [("en", 1280, 720), ("zh-CN", 1280, 720)])
def test_bad_workbook_small_screen(browser, server, requests_seen, files, lang, width, height):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx, pg = open_page(browser, server, requests_seen, lang, width, height)
    pg.screenshot(path=str(ARTIFACTS / f"upload-{lang}-{width}.png"))
    en = lang == "en"
    upload_and_check(pg, files["bad"], "errors found" if en else "个错误", "Check" if en else "核验")
    pg.locator('[data-testid="stDataFrame"]').nth(1).scroll_into_view_if_needed()
    pg.wait_for_timeout(800)
    body = pg.inner_text("body")
    assert "Traceback" not in body and "Page not found" not in body
    pg.screenshot(path=str(ARTIFACTS / f"upload-errors-{lang}-{width}.png"))
    only_local(requests_seen, server)
    ctx.close()


def test_bad_then_clean_workbook_published_and_in_picker(browser, server, requests_seen, files, data_root):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx, pg = open_page(browser, server, requests_seen, "zh-CN")
    set_as_of(pg, NEXT)

    upload_and_check(pg, files["bad"], "不能发布")
    body = pg.inner_text("body")
    assert "Traceback" not in body
    publish = pg.get_by_role("button", name="发布快照 2022年9月30日")
    assert publish.is_disabled()
    got = download(pg, "下载 CSV")
    assert got.suggested_filename == f"upload-errors_{NEXT}.csv"
    errors = pd.read_csv(got.path(), encoding="utf-8-sig", dtype=str)
    assert list(errors.columns) == ["文件", "工作表", "行", "列", "填写的值", "错误类型", "说明及修改方法"]
    text = errors[errors["错误类型"] == "bad_number"].iloc[0]
    where = (text["文件"], text["工作表"], text["行"], text["填写的值"])
    assert where == ("sy_lead_bad.xlsx", CAPACITY_SHEET, "3", "abc")
    assert text["列"].startswith("C ") and "(annual_capacity_batches)" in text["列"]
    negative = errors[errors["错误类型"] == "negative"].iloc[0]
    # The export guards text a spreadsheet would run as a formula with an apostrophe (alliance/export.py).
    where = (negative["文件"], negative["工作表"], negative["行"], negative["填写的值"])
    assert where == ("sy_lead_bad.xlsx", PROFILE_SHEET, "2", "'-5")
    assert negative["列"].startswith("C ") and "(technical_staff)" in negative["列"]
    assert f"发现 {len(errors)} 个错误" in body  # the status line counts what the table lists
    pg.locator('[data-testid="stDataFrame"]').nth(1).scroll_into_view_if_needed()
    pg.wait_for_timeout(500)
    pg.screenshot(path=str(ARTIFACTS / "upload-errors-zh-CN-1920.png"))
    assert not (data_root / "snapshots" / f"snapshot={NEXT}").exists()

    upload_and_check(pg, files["clean"], "核验通过")
    publish = pg.get_by_role("button", name="发布快照 2022年9月30日")
    assert publish.is_enabled()
    publish.scroll_into_view_if_needed()
    pg.screenshot(path=str(ARTIFACTS / "upload-clean-zh-CN-1920.png"))
    publish.click()
    pg.wait_for_selector("text=快照 2022年9月30日 已发布", timeout=60_000)
    assert scan(data_root).get(NEXT).source == "ingest"

    pg.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="快照").click()
    pg.wait_for_selector('[role="option"]', timeout=10_000)
    options = pg.locator('[role="option"]').all_inner_texts()
    assert options[0] == "2022年9月30日（最新）" and "2022年6月30日" in options
    pg.screenshot(path=str(ARTIFACTS / "upload-published-zh-CN-1920.png"))
    pg.keyboard.press("Escape")
    assert "lang=zh-CN" in pg.url
    only_local(requests_seen, server)
    ctx.close()


def test_nothing_at_all_leaves_localhost(browser, server, requests_seen):
    ctx, pg = open_page(browser, server, requests_seen, "en")
    pg.wait_for_timeout(1500)
    ctx.close()
    assert outside(requests_seen, server) == []
