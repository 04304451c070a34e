"""Normalisation: what hand-filled Chinese spreadsheets hold is read as the contract's types, each fix counted.

Unit tests of the converters in `alliance.ingest.normalize`, then one end to end: valid workbooks with every accepted
normalisation applied to real rows ingest cleanly, the report counts each kind, and the values equal the clean ones.
"""
from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import openpyxl
import pandas as pd
import pytest
from conftest import copy_demo
from openpyxl.utils import get_column_letter

from alliance import i18n
from alliance.ingest import ingest, spec
from alliance.ingest import normalize as nz
from alliance.ingest.templates import read_tables, workbook_bytes
from alliance.snapshots import scan

D = dt.date


def fullwidth(text: str) -> str:
    """The text as typed with a Chinese input method in full-width mode."""
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def raises(code: str):
    return pytest.raises(nz.CellError, match=f"^{code}$")


# --------------------------------------------------------------------------------------------------------------------
# Converters

@pytest.mark.parametrize("raw, value, notes", [
    ("１２３", 123, {"fullwidth", "number_as_text"}),
    ("1,234", 1234, {"thousands_separator", "number_as_text"}),
    ("1，234", 1234, {"fullwidth", "thousands_separator", "number_as_text"}),  # the Chinese comma is full-width
    ("１，２３４，５６７", 1234567, {"fullwidth", "thousands_separator", "number_as_text"}),
    ("-1,234", -1234, {"thousands_separator", "number_as_text"}),
    ("1,234.0", 1234, {"thousands_separator", "number_as_text"}),
    (" 42 ", 42, {"number_as_text"}),
    ("7.0", 7, {"number_as_text"}),
    (7, 7, set()),
    (7.0, 7, set()),
    (None, None, set()),
    ("", None, set()),
    ("\u3000", None, set()),
])
def test_integer(raw, value, notes):
    got, got_notes = nz.integer(raw)
    assert got == value and type(got) is type(value)
    assert set(got_notes) == notes


@pytest.mark.parametrize("raw, code", [
    ("12,34", "bad_number"),  # a separator not in thousands is ambiguous (12.34? 1234?): never guessed
    ("1,2345", "bad_number"),
    ("3.5", "not_integer"),
    (3.5, "not_integer"),
    ("３．５", "not_integer"),
    ("三千", "bad_number"),
    ("12 家", "bad_number"),
    (True, "bad_number"),
    (dt.datetime(2022, 6, 30), "bad_number"),
    ("99999999999999999999", "number_too_large"),  # past int64: refused here rather than crashing the publish
    (2**63, "number_too_large"),
    (float("inf"), "bad_number"),
    ("1e999", "bad_number"),
])
def test_integer_refuses(raw, code):
    with raises(code):
        nz.integer(raw)


@pytest.mark.parametrize("raw, value, notes", [
    ("123.5", 123.5, {"number_as_text"}),
    ("１２３．５", 123.5, {"fullwidth", "number_as_text"}),
    ("1,234.5", 1234.5, {"thousands_separator", "number_as_text"}),
    (41, 41.0, set()),
    (41.8, 41.8, set()),
])
def test_number(raw, value, notes):
    got, got_notes = nz.number(raw)
    assert got == value and isinstance(got, float)
    assert set(got_notes) == notes


@pytest.mark.parametrize("raw", ["12,34", "abc", "1e999", "nan", True])
def test_number_refuses(raw):
    with raises("bad_number"):
        nz.number(raw)


@pytest.mark.parametrize("raw, notes", [
    ("2022年6月30日", {"date_as_text"}),
    ("2022/6/30", {"date_as_text"}),
    ("2022.6.30", {"date_as_text"}),
    ("2022-06-30", {"date_as_text"}),
    ("2022-6-30", {"date_as_text"}),
    ("2022年06月30日", {"date_as_text"}),
    ("２０２２年６月３０日", {"fullwidth", "date_as_text"}),
    ("２０２２－０６－３０", {"fullwidth", "date_as_text"}),
    ("2022-06-30 00:00:00", {"date_as_text"}),
    ("20220630", {"date_as_text"}),
    (44742, {"date_serial"}),
    (44742.0, {"date_serial"}),
    ("44742", {"date_serial"}),
    (dt.datetime(2022, 6, 30), set()),
    (D(2022, 6, 30), set()),
])
def test_date(raw, notes):
    got, got_notes = nz.date(raw)
    assert got == D(2022, 6, 30) and type(got) is D
    assert set(got_notes) == notes


def test_excel_serial_epoch():
    assert nz.date(44742)[0] == D(2022, 6, 30)
    assert nz.date(44743)[0] == D(2022, 7, 1)
    assert nz.date(18264)[0] == D(1950, 1, 1)


@pytest.mark.parametrize("raw", [
    "2022-02-30", "2022年2月30日", "2022/13/1", "2022-06-31",
    "30/06/2022", "06/30/2022",  # day-first or month-first: ambiguous, never guessed
    "2022年6月", "下周一", "2022-06-30 12:30", True,
    44742.5,  # a date with a time of day
    2022,  # a year typed into a date column is not 1905-07-14
    18263, 10,
])
def test_date_refuses(raw):
    with raises("bad_date"):
        nz.date(raw)


@pytest.mark.parametrize("raw, notes", [
    ("2022-06", {"date_as_text"}),
    ("2022年6月", {"date_as_text"}),
    ("2022年06月", {"date_as_text"}),
    ("2022/6", {"date_as_text"}),
    ("2022.06", {"date_as_text"}),
    ("２０２２年６月", {"date_as_text", "fullwidth"}),
    ("2022-06-01", {"date_as_text"}),
    ("2022年6月1日", {"date_as_text"}),
    (dt.datetime(2022, 6, 1), set()),
    (44713, {"date_serial"}),
])
def test_month(raw, notes):
    got, got_notes = nz.month(raw)
    assert got == D(2022, 6, 1)
    assert set(got_notes) == notes


@pytest.mark.parametrize("raw, code", [
    ("2022-06-15", "month_not_first_day"),
    (dt.datetime(2022, 6, 15), "month_not_first_day"),
    ("2022-13", "bad_date"),
    ("六月", "bad_date"),
])
def test_month_refuses(raw, code):
    with raises(code):
        nz.month(raw)


@pytest.mark.parametrize("raw, value, notes", [
    ("是", True, {"bool_as_text"}),
    ("否", False, {"bool_as_text"}),
    ("TRUE", True, {"bool_as_text"}),
    ("False", False, {"bool_as_text"}),
    (" 是 ", True, {"bool_as_text"}),
    ("ＹＥＳ", True, {"bool_as_text"}),
    (True, True, set()),
    (False, False, set()),
    (1, True, set()),
    (0, False, set()),
    (None, None, set()),
])
def test_boolean(raw, value, notes):
    got, got_notes = nz.boolean(raw)
    assert got is value
    assert set(got_notes) == notes


@pytest.mark.parametrize("raw", ["也许", "2", 2, "TRUE?"])
def test_boolean_refuses(raw):
    with raises("bad_bool"):
        nz.boolean(raw)


@pytest.mark.parametrize("raw, structured, value, notes", [
    ("  医用口罩  ·  细菌过滤效率 ", False, "医用口罩 · 细菌过滤效率", {"whitespace"}),
    ("\u3000检测\u3000", False, "检测", {"whitespace"}),
    ("检测，校准（含现场）", False, "检测，校准（含现场）", set()),  # free text keeps Chinese punctuation
    ("ｓｆ＿ｂｉｏ", True, "sf_bio", {"fullwidth"}),
    ("ＧＢ／Ｔ　２２５８９－２０１７", True, "GB/T 22589-2017", {"fullwidth"}),
    (" sf_bio ", True, "sf_bio", {"whitespace"}),
    ("'=SUM(A1)", False, "=SUM(A1)", {"quote_prefix"}),  # our writer's formula guard, removed on reading back
    ("'abc", False, "'abc", set()),
    ("=HYPERLINK(\"x\")", False, "=HYPERLINK(\"x\")", set()),  # a string cell: text, kept as typed
    (210100, True, "210100", set()),
    (170600738085.0, True, "170600738085", set()),
    (dt.datetime(2022, 6, 30), False, "2022-06-30", set()),
    ("", False, None, set()),
    (None, False, None, set()),
])
def test_text(raw, structured, value, notes):
    got, got_notes = nz.text(raw, structured=structured)
    assert got == value
    assert set(got_notes) == notes


def test_lookup_key_ignores_width_case_and_spacing():
    assert nz.lookup_key("Ａｎ　Ｓｈａｎ") == nz.lookup_key("anshan") == nz.lookup_key(" AnShan ")
    assert nz.lookup_key("机械(含汽车)") == nz.lookup_key("机械（含汽车）")


# --------------------------------------------------------------------------------------------------------------------
# End to end: every normalisation of point 4 on real rows of a member's and the secretariat's workbooks.

BASE, AS_OF, MEMBER = "2022-06-30", "2022-09-30", "sf_bio"
P, LABS, Q, CAP, SVC = spec.PROFILE, spec.LABS, spec.QUALIFICATIONS, spec.CAPACITY, spec.SERVICES


@dataclass(frozen=True)
class Edit:
    kind: str  # member | secretariat
    sheet: spec.Sheet
    column: str
    row: int
    to: Callable  # (clean cell value, reference tables) -> what the submitter typed instead
    notes: tuple[str, ...]
    empties: bool = False  # the value itself changes (an _en text left empty)
    general: bool = False  # the cell loses its date format, so a date is a bare serial number


def _name(table: str, key: str, lang: str = "zh"):
    return lambda v, t: t[table].set_index(key).at[v, f"name_{lang}"]


def _label(prefix: str, lang: str = "zh-CN"):
    return lambda v, t: i18n.t(f"{prefix}.{v}", lang)


def _serial(v, t):
    return (v.date() - D(1899, 12, 30)).days


EDITS = [
    # Full-width digits, letters and punctuation; thousands separators , and ，; numbers stored as text.
    Edit("member", P, "assets_cny", 2, lambda v, t: f"{v:,}".replace(",", "，"),
         ("fullwidth", "thousands_separator", "number_as_text")),
    Edit("member", P, "technical_staff", 2, lambda v, t: fullwidth(str(v)), ("fullwidth", "number_as_text")),
    Edit("member", P, "senior_staff", 2, lambda v, t: str(v), ("number_as_text",)),
    Edit("member", CAP, "annual_capacity_batches", 2, lambda v, t: f"{v:,}", ("thousands_separator", "number_as_text")),
    Edit("member", SVC, "batches", 6, lambda v, t: f" {v} ", ("number_as_text",)),
    Edit("member", LABS, "lab_id", 2, lambda v, t: fullwidth(v), ("fullwidth",)),
    Edit("member", Q, "domain_id", 8, lambda v, t: fullwidth(v), ("fullwidth",)),
    Edit("member", Q, "standard_code", 9, lambda v, t: fullwidth(v), ("fullwidth",)),
    # Excel date serials and text dates in all four forms; months as text.
    Edit("member", Q, "accredited_on", 2, lambda v, t: f"{v.year}年{v.month}月{v.day}日", ("date_as_text",)),
    Edit("member", Q, "accredited_on", 3, lambda v, t: f"{v.year}/{v.month}/{v.day}", ("date_as_text",)),
    Edit("member", Q, "accredited_on", 4, lambda v, t: f"{v.year}.{v.month}.{v.day}", ("date_as_text",)),
    Edit("member", Q, "accredited_on", 5, lambda v, t: v.date().isoformat(), ("date_as_text",)),
    Edit("member", Q, "accredited_on", 12, _serial, ("date_serial",), general=True),
    Edit("member", LABS, "recognized_on", 2, lambda v, t: f"{v.year}年{v.month}月{v.day}日", ("date_as_text",)),
    Edit("member", SVC, "month", 2, lambda v, t: f"{v.year}年{v.month}月", ("date_as_text",)),
    Edit("member", SVC, "month", 3, lambda v, t: f"{v.year}-{v.month:02d}", ("date_as_text",)),
    # Leading, trailing and doubled spaces.
    Edit("member", Q, "item_zh", 6, lambda v, t: " " + v.replace(" ", "  ") + "\u3000", ("whitespace",)),
    Edit("member", P, "featured_projects_zh", 2, lambda v, t: f"  {v} ", ("whitespace",)),
    # Areas, domains, levels and other enumerations by their Chinese or English name instead of their id.
    Edit("member", LABS, "level", 2, _label("level"), ("name_as_id",)),
    Edit("member", LABS, "domain_id", 2, _name("domains", "domain_id"), ("name_as_id",)),
    Edit("member", Q, "scope_type", 7, _label("wb.enum.scope_type"), ("name_as_id",)),
    Edit("member", Q, "institution_id", 11, _name("institutions", "institution_id"), ("name_as_id",)),
    Edit("member", SVC, "client_area_id", 4, _name("areas", "area_id"), ("name_as_id",)),
    Edit("member", SVC, "domain_id", 7, _name("domains", "domain_id", "en"), ("name_as_id",)),
    Edit("member", SVC, "channel", 5, _label("channel", "en"), ("name_as_id",)),
    Edit("secretariat", spec.AREAS, "kind", 2, _label("wb.enum.kind"), ("name_as_id",)),
    Edit("secretariat", spec.MEMBERSHIP, "ownership", 3, _label("ownership"), ("name_as_id",)),
    Edit("secretariat", spec.DEMAND, "area_id", 2, _name("areas", "area_id", "en"), ("name_as_id",)),
    # Yes/no as words; dates as text in the secretariat's workbook too.
    Edit("secretariat", spec.MEMBERSHIP, "is_lead", 2, lambda v, t: "是" if v else "否", ("bool_as_text",)),
    Edit("secretariat", spec.MEMBERSHIP, "is_lead", 3, lambda v, t: "是" if v else "否", ("bool_as_text",)),
    Edit("secretariat", spec.MEMBERSHIP, "joined_on", 4, lambda v, t: f"{v.year}/{v.month}/{v.day}",
         ("date_as_text",)),
    # _en texts left empty: accepted, the app shows the Chinese.
    Edit("member", P, "featured_projects_en", 2, lambda v, t: None, ("empty_en",), empties=True),
    Edit("member", Q, "item_en", 10, lambda v, t: None, ("empty_en",), empties=True),
    Edit("secretariat", spec.EVENTS, "title_en", 2, lambda v, t: None, ("empty_en",), empties=True),
]


def _letter(sheet: spec.Sheet, column: str) -> str:
    return get_column_letter(sheet.column_names.index(column) + 1)


@pytest.fixture(scope="module")
def clean_and_normalised(tmp_path_factory):
    root = tmp_path_factory.mktemp("normalise") / "data"
    copy_demo(root)
    tables = read_tables(scan(root).get(BASE))
    clean = {"member": workbook_bytes("member", tables, institution_id=MEMBER, snapshot=BASE),
             "secretariat": workbook_bytes("secretariat", tables, snapshot=BASE)}
    books = {k: openpyxl.load_workbook(io.BytesIO(v)) for k, v in clean.items()}
    emptied = []  # (table, key column, key value, column): cells whose clean value becomes None
    for e in EDITS:
        ws = books[e.kind][e.sheet.name]
        cell = ws[f"{_letter(e.sheet, e.column)}{e.row}"]
        assert cell.value is not None, e  # every edit changes a real value
        new = e.to(cell.value, tables)
        if e.empties:
            key = e.sheet.key[0]
            emptied.append((e.sheet.table, key, ws[f"{_letter(e.sheet, key)}{e.row}"].value, e.column))
        cell.value = new
        cell.data_type = "s" if isinstance(new, str) else cell.data_type
        if e.general:
            cell.number_format = "General"
    out = tmp_path_factory.mktemp("books")
    paths = {}
    for kind in ("secretariat", "member"):
        paths[("clean", kind)] = out / f"clean-{kind}.xlsx"
        paths[("clean", kind)].write_bytes(clean[kind])
        paths[("norm", kind)] = out / f"norm-{kind}.xlsx"
        books[kind].save(paths[("norm", kind)])
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    runs = {which: ingest([paths[(which, "secretariat")], paths[(which, "member")]], AS_OF, root, dry_run=True)
            for which in ("clean", "norm")}
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before  # a dry run writes nothing
    return runs["clean"], runs["norm"], emptied


def _note_counts(result) -> Counter:
    counts: Counter = Counter()
    for n in result.report.notes:
        counts[n["code"]] += n["count"]
    return counts


def test_every_normalisation_is_accepted(clean_and_normalised):
    clean, norm, _ = clean_and_normalised
    assert clean.ok, clean.report.problems[:5]
    assert norm.ok, norm.report.problems[:5]
    assert norm.report.error_count() == 0


def test_each_kind_of_normalisation_is_counted(clean_and_normalised):
    clean, norm, _ = clean_and_normalised
    expected = Counter(code for e in EDITS for code in e.notes)
    assert _note_counts(norm) - _note_counts(clean) == expected
    assert _note_counts(clean) - _note_counts(norm) == Counter()
    codes = set(expected)
    assert {"fullwidth", "thousands_separator", "number_as_text", "date_serial", "date_as_text", "whitespace",
            "name_as_id", "empty_en", "bool_as_text"} <= codes
    for n in norm.report.notes:  # each note reads in both languages with its count, and shows where
        assert str(n["count"]) in n["message_en"] and str(n["count"]) in n["message_zh"]
        assert type(n["example"]["row"]) is int, n  # not a numpy integer, which JSON would write as a string


def test_normalised_values_equal_the_clean_ones(clean_and_normalised):
    clean, norm, emptied = clean_and_normalised
    assert set(clean.tables) == set(norm.tables)
    for table, df in clean.tables.items():
        want = df.copy()
        for t, key, value, column in emptied:
            if t == table:
                hit = want[key] == value
                assert hit.sum() == 1
                want.loc[hit, column] = None
        pd.testing.assert_frame_equal(norm.tables[table], want, obj=table)
