"""An institution's current scope written in the annex layout (.xlsx or .docx): a category row per domain, the
product's cells merged down over its parameters, all standards of one item in one cell. A member can check what
the alliance holds about it, and the reader is tested against it (round trip).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pandas as pd

HEADER = ("序号", "类别（产品/项目/参数）", "产品/项目/参数", "产品/项目/参数",
          "依据的标准（方法）名称及编号（含年号）", "限制范围", "说明")
SUBHEADER = ("", "", "序号", "名称", "", "", "")
_CN = "一二三四五六七八九十"


def _numeral(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    tens, ones = divmod(n, 10)
    return (_CN[tens - 1] if tens > 1 else "") + "十" + (_CN[ones - 1] if ones else "")


@dataclass
class Block:
    """One product: its rows (number, parameter name or "", standards cell, 限制范围, 说明)."""
    number: int
    product: str
    rows: list[tuple[str, str, str, str, str]]


def layout(qualifications: pd.DataFrame, domains: pd.DataFrame,
           conditions: pd.DataFrame | None = None) -> list[tuple[str, list[Block]]]:
    """(category row text, products) per domain in the domains table's order, items in the order first held.
    `conditions` (by qualification_id) adds each standard's method to its line and fills 限制范围 and 说明; a
    parameter whose standards differ in those takes one row per condition, as certificates do."""
    order = {d: i for i, d in enumerate(domains["domain_id"])}
    names = dict(zip(domains["domain_id"], domains["name_zh"]))
    q = qualifications.sort_values("qualification_id", kind="stable")
    held = {} if conditions is None else {
        qid: tuple("" if pd.isna(v) else v for v in row)
        for qid, row in zip(conditions.index, conditions[["method_zh", "restriction_zh", "remark_zh"]]
                            .itertuples(index=False))}
    # domain -> product -> (parameter or "" for the product alone, 限制范围, 说明) -> standards, in first-seen
    # order (plain dicts: pandas groupby per product was most of an export's time)
    tree: dict[str, dict[str, dict[tuple[str, str, str], list[str]]]] = {}
    for qid, domain, item, code in zip(q["qualification_id"], q["domain_id"], q["item_zh"], q["standard_code"]):
        product, _, parameter = item.partition(" · ")
        method, restriction, remark = held.get(qid, ("", "", ""))
        line = f"{code} {method}" if method else code
        standards = tree.setdefault(domain, {}).setdefault(product, {}).setdefault(
            (parameter, restriction, remark), [])
        if line not in standards:
            standards.append(line)
    out = []
    for n, domain in enumerate(sorted(tree, key=lambda d: order.get(d, len(order))), 1):
        blocks = []
        for k, (product, params) in enumerate(tree[domain].items(), 1):
            # The product-alone rows first (numbered like the product), then its parameters k.1, k.2 …
            rows = [(str(k), "", "\n".join(stds), r, m) for (p, r, m), stds in params.items() if not p]
            rows += [(f"{k}.{j}", p, "\n".join(stds), r, m)
                     for j, ((p, r, m), stds) in enumerate(((key, v) for key, v in params.items() if key[0]), 1)]
            blocks.append(Block(k, product, rows))
        out.append((f"{_numeral(n)}、{names.get(domain, domain)}", blocks))
    return out


def xlsx_bytes(sections) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "能力附表"
    ws.append(list(HEADER))
    ws.append(list(SUBHEADER))
    for c in (1, 2, 5, 6, 7):
        ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    ws.merge_cells("C1:D1")
    r = 3
    wrap = Alignment(wrap_text=True, vertical="top")
    for title, blocks in sections:
        ws.append([title])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for b in blocks:
            first = r
            for no, param, standards, restriction, remark in b.rows:
                ws.append([str(b.number), b.product, no, param or None, standards, restriction or None,
                           remark or None])
                ws.cell(r, 5).alignment = wrap
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for letter, width in zip("ABCDEFG", (6, 24, 8, 30, 40, 16, 16)):
        ws.column_dimensions[letter].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _tc(text: str, merge: str | None = None, span: int = 1) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
        (f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else "<w:vMerge/>" if merge else "")
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
                         for line in (text.split("\n") if text and merge != "continue" else [""]))
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"


def docx_bytes(sections, title: str) -> bytes:
    """The table's XML is written in one piece: python-docx's cell merging rescans the table per merge, which
    takes a minute for a 4,000-item scope; vMerge/gridSpan written directly are the same Word structure."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph(title)
    header = "<w:trPr><w:tblHeader/></w:trPr>"  # the header repeats on every page, as in the certificate
    rows = ["<w:tr>" + header + "".join(_tc(t, "restart" if c != 2 else None, 2 if c == 2 else 1)
                                        for c, t in enumerate(HEADER) if c != 3) + "</w:tr>",
            "<w:tr>" + header + "".join(_tc("", "continue") if c not in (2, 3) else _tc(SUBHEADER[c])
                                        for c in range(7)) + "</w:tr>"]
    for heading, blocks in sections:
        rows.append("<w:tr>" + _tc(heading, span=7) + "</w:tr>")
        for b in blocks:
            for i, (no, param, standards, restriction, remark) in enumerate(b.rows):
                merge = None if len(b.rows) == 1 else "restart" if i == 0 else "continue"
                rows.append("<w:tr>" + _tc(str(b.number), merge) + _tc(b.product, merge) + _tc(no) + _tc(param) +
                            _tc(standards) + _tc(restriction) + _tc(remark) + "</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in (600, 2000, 700, 2400, 3200, 1200, 1200))
    tbl = parse_xml(f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                    f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
    document.element.body.append(tbl)
    document.element.body.append(document.element.body.sectPr)  # the section properties stay last
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
