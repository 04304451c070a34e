"""Exports read back equal to the table: CSV (UTF-8 with BOM) via pandas, XLSX via openpyxl."""
import io

import openpyxl
import pandas as pd
import pytest

from alliance import export


@pytest.fixture
def table():
    return pd.DataFrame({"地区": ["铁岭", "鞍山"], "缺口（批次）": [11738, 11519], "覆盖率（%）": [0.0, 35.5],
                         "说明": ["=HYPERLINK(\"x\")", "<script>alert(1)</script>"]})


def test_csv_has_bom_and_reads_back(table):
    data = export.csv_bytes(table)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back.columns.tolist() == table.columns.tolist()
    assert back["缺口（批次）"].tolist() == [11738, 11519] and back["地区"].tolist() == ["铁岭", "鞍山"]
    assert back["说明"].tolist() == ["'=HYPERLINK(\"x\")", "<script>alert(1)</script>"]  # formulas stay text


def test_xlsx_reads_back(table):
    wb = openpyxl.load_workbook(io.BytesIO(export.xlsx_bytes(table, "capacity-gaps")))
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == table.columns.tolist()
    assert [r[:3] for r in rows[1:]] == [("铁岭", 11738, 0), ("鞍山", 11519, 35.5)]
    assert ws["D2"].data_type == "s"


def test_filename_names_page_snapshot_and_filters():
    assert export.filename("capacity-gaps", "2022-06-30", "csv", gap=80) == "capacity-gaps_2022-06-30_gap=80.csv"
    assert "/" not in export.filename("x", "2022-06-30", "xlsx", area="../../etc")
    assert export.filename("a", "2022-06-30", "csv", areas=(), domains=("food", "metrology")) == \
        "a_2022-06-30_domains=food_metrology.csv"
