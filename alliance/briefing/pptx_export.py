"""The deck as a 16:9 PowerPoint file made with python-pptx.

Every chart is a native chart (its numbers stay editable in PowerPoint), every table a native table, every run of
text carries an East Asian typeface so Chinese never falls back to boxes, and the file is byte-identical when the
same deck is exported twice (fixed core-property dates, fixed zip timestamps, fixed dates in the charts' workbooks).
Text is laid out from estimated widths so nothing runs off the slide: titles shrink (36→32 pt) to stay on one line,
long category labels get a wider label area and a smaller font, tables keep only the rows that fit.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
from contextlib import contextmanager

import pandas as pd
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt, lazyproperty
from xlsxwriter import Workbook

from .. import fmt
from ..i18n import t
from .deck import Chart, Deck, Metric, Slide

# 16:9 widescreen, exactly PowerPoint's own size (13.333 in × 7.5 in).
SLIDE_W, SLIDE_H = Emu(12_192_000), Emu(6_858_000)
MARGIN = 0.5  # inches, left and right
CONTENT_W = 13.333 - 2 * MARGIN
CONTENT_TOP, CONTENT_BOTTOM = 1.98, 6.92  # inches: below kicker, title and caption, above the footer

LATIN_FONT = "Arial"  # metric-compatible Liberation Sans where Arial is absent (LibreOffice)
EA_FONT = "Noto Sans CJK SC"
NUMBER_FORMAT = "#,##0"

INK = RGBColor(0x1B, 0x26, 0x33)
MUTED = RGBColor(0x5B, 0x65, 0x73)
ACCENT = RGBColor(0x1F, 0x5F, 0xA8)
RULE = RGBColor(0xD5, 0xDA, 0xE1)
BAND = RGBColor(0xF3, 0xF5, 0xF8)
UP, DOWN = RGBColor(0x1A, 0x7F, 0x37), RGBColor(0xB4, 0x23, 0x18)
# The same colours as the HTML deck and the meeting page (figures.PALETTE).
PALETTE = ("8A94A6", "1F5FA8", "D95F02", "1A9A8A", "C51B7D")

TITLE_MAX_PT, TITLE_MIN_PT = 32, 22  # a message on one line at 32-26 pt, or on two at 28-22
TABLE_PT = 14
KINDS = {"column": XL_CHART_TYPE.COLUMN_CLUSTERED, "bar": XL_CHART_TYPE.BAR_CLUSTERED,
         "line": XL_CHART_TYPE.LINE_MARKERS}


# ---------------------------------------------------------------------------------------------------------------------
# Text measurement (estimates in inches; CJK characters are one em wide, Latin about half).

# Advance widths of Arial / Helvetica (and the metric-compatible Liberation Sans) for printable ASCII, per 1000 em.
_ASCII_WIDTHS = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 278 278 "
    "584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 "
    "667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 "
    "278 556 500 722 500 500 500 334 260 334 584")
_EM = {chr(32 + i): int(w) / 1000 for i, w in enumerate(_ASCII_WIDTHS.split())}
_EM.update({"·": 0.278, "×": 0.584, "−": 0.584, "±": 0.584, "—": 1.0, "…": 1.0, "’": 0.222, "‘": 0.222})


def _char_em(ch: str) -> float:
    if ch in _EM:
        return _EM[ch]
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    return 0.6


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    return sum(_char_em(c) for c in text) * size_pt / 72 * (1.1 if bold else 1.03)


_TOKENS = re.compile(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+")


def wrap_lines(text: str, width_in: float, size_pt: float, bold: bool = False) -> int:
    """How many lines `text` takes in a box `width_in` wide: Latin words stay whole, CJK breaks anywhere."""
    lines = 0
    for para in str(text).split("\n"):
        n, used = 1, 0.0
        for tok in _TOKENS.findall(para):
            w = text_width(tok, size_pt, bold)
            if used and used + text_width(tok.rstrip(), size_pt, bold) > width_in:
                n, used = n + 1, 0.0
                if tok.isspace():
                    continue
            if w > width_in:  # one word wider than the box: it breaks where it must
                extra = math.ceil(w / width_in) - 1
                n, used = n + extra, w - extra * width_in
            else:
                used += w
        lines += n
    return lines


def fit_size(text: str, width_in: float, max_pt: float, min_pt: float, bold: bool = False) -> float:
    size = max_pt
    while size > min_pt and text_width(text, size, bold) > width_in:
        size -= 1
    return size


def _ellipsize(text: str, width_in: float, size_pt: float, bold: bool = False) -> str:
    if text_width(text, size_pt, bold) <= width_in:
        return text
    while text and text_width(text + "…", size_pt, bold) > width_in:
        text = text[:-1]
    return text.rstrip() + "…"


# ---------------------------------------------------------------------------------------------------------------------
# Fonts: latin + East Asian typeface on every run, paragraph end and default run properties.

_FONT_TAGS = (qn("a:rPr"), qn("a:endParaRPr"), qn("a:defRPr"))
# Children of a:rPr / a:defRPr that must come after a:latin / a:ea in the schema's sequence.
_AFTER_EA = {qn(f"a:{n}") for n in ("cs", "sym", "hlinkClick", "hlinkMouseOver", "rtl", "extLst")}


def _set_typefaces(rpr) -> None:
    for tag in ("a:latin", "a:ea", "a:cs"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    anchor = next((child for child in rpr if child.tag in _AFTER_EA), None)
    for tag, face in (("a:latin", LATIN_FONT), ("a:ea", EA_FONT), ("a:cs", LATIN_FONT)):
        el = etree.Element(qn(tag))
        el.set("typeface", face)
        if anchor is None:
            rpr.append(el)
        else:
            anchor.addprevious(el)
    for child in list(rpr):  # a:cs must follow a:ea; extLst-type anchors were handled above
        if child.tag in _AFTER_EA and child.tag != qn("a:cs"):
            rpr.remove(child)
            rpr.append(child)


def apply_fonts(element) -> int:
    """Set the typefaces on every run-property element under `element`; returns how many were set."""
    n = 0
    for rpr in list(element.iter(*_FONT_TAGS)):
        _set_typefaces(rpr)
        n += 1
    return n


# ---------------------------------------------------------------------------------------------------------------------
# Determinism: the charts' embedded workbooks carry a creation date; pin it.

class _FixedDateWorkbookWriter(CategoryWorkbookWriter):
    created = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

    def _open_worksheet(self, xlsx_file):
        @contextmanager
        def opened():
            workbook = Workbook(xlsx_file, {"in_memory": True})
            workbook.set_properties({"created": self.created})
            worksheet = workbook.add_worksheet()
            yield workbook, worksheet
            workbook.close()

        return opened()


class _ChartData(CategoryChartData):
    def __init__(self, created: dt.datetime):
        super().__init__(number_format=NUMBER_FORMAT)
        self._created = created

    @lazyproperty
    def _workbook_writer(self):
        writer = _FixedDateWorkbookWriter(self)
        writer.created = self._created
        return writer


def _fixed_zip(blob: bytes) -> bytes:
    """The same parts in the same order with fixed timestamps (python-pptx stamps each part with the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------------
# Shapes.

def _textbox(slide, x, y, w, h, *, wrap=True, anchor=MSO_ANCHOR.TOP, inset=0.04):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = wrap
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(inset)
    tf.margin_top = tf.margin_bottom = Inches(0.02)
    return box


def _run(paragraph, text: str, size: float, *, bold=False, color=INK):
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = color
    return run


def _line(tf, text, size, *, bold=False, color=INK, align=PP_ALIGN.LEFT, first=False, space_before=0):
    p = tf.paragraphs[0] if first else tf.add_paragraph()
    p.alignment = align
    if space_before:
        p.space_before = Pt(space_before)
    _run(p, text, size, bold=bold, color=color)
    return p


def _rect(slide, x, y, w, h, color: RGBColor):
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = color
    shape.line.fill.background()
    style = shape._element.find(qn("p:style"))  # the theme's style would add a shadow and an outline
    if style is not None:
        shape._element.remove(style)
    return shape


def _style_runs(tf, size: float, *, bold: bool, color: RGBColor) -> None:
    """Size, weight and colour of every run a text frame already holds (a title python-pptx made from a string)."""
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.color.rgb = color


def _bullets(tf, items: list[str], size: float, *, color=INK, gap=8):
    for i, text in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.space_before = Pt(0 if i == 0 else gap)
        ppr = p._p.get_or_add_pPr()
        ppr.set("marL", str(Inches(0.32)))
        ppr.set("indent", str(-Inches(0.32)))
        bu = etree.SubElement(ppr, qn("a:buChar"))
        bu.set("char", "•")
        _run(p, text, size, color=color)


# ---------------------------------------------------------------------------------------------------------------------
# Slide furniture: title, caption, footer.

def _title(slide, text: str, x: float = MARGIN, y: float = 0.52, w: float = CONTENT_W, h: float = 0.92) -> None:
    """The slide's title placeholder (PowerPoint's outline and screen readers use it): the message on one line at
    32-26 pt, else on two at 28-22, cut only if even that fails."""
    width = w - 0.1
    size = fit_size(text, width, TITLE_MAX_PT, 26, bold=True)
    lines = 1
    if text_width(text, size, bold=True) > width:
        size = 28
        while size > TITLE_MIN_PT and wrap_lines(text, width, size, bold=True) > 2:
            size -= 1
        lines = 2
        while wrap_lines(text, width, size, bold=True) > 2:
            text = text[:-2].rstrip() + "…"
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = Inches(x), Inches(y), Inches(w), Inches(h)
    tf = title.text_frame
    tf.clear()
    tf.word_wrap = lines > 1
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.margin_left = tf.margin_right = Inches(0.04)
    tf.margin_top = tf.margin_bottom = Inches(0.02)
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    p.line_spacing = 1.0
    _run(p, text, size, bold=True)


def _kicker(slide, text: str) -> None:
    """The slide's topic, small above its message."""
    if not text:
        return
    box = _textbox(slide, MARGIN, 0.2, CONTENT_W, 0.34, wrap=False, anchor=MSO_ANCHOR.MIDDLE)
    box.name = "Kicker"
    _line(box.text_frame, _ellipsize(text, CONTENT_W - 0.1, 16, bold=True), 16, bold=True, color=ACCENT, first=True)


def _caption(slide, text: str) -> None:
    if not text:
        return
    width = CONTENT_W - 0.1
    size = fit_size(text, width, 16, 14)
    if text_width(text, size) > width:
        size = 14  # two lines at most
        while wrap_lines(text, width, size) > 2:
            text = text[:-2].rstrip() + "…"
    box = _textbox(slide, MARGIN, 1.46, CONTENT_W, 0.5, anchor=MSO_ANCHOR.TOP)
    box.name = "Caption"
    _line(box.text_frame, text, size, color=MUTED, first=True)


def _furniture(slide, deck: Deck, n: int, total: int) -> None:
    _rect(slide, 0, 0, 13.333, 0.1, ACCENT)
    _rect(slide, MARGIN, 7.0, CONTENT_W, 0.01, RULE)
    left = " · ".join((t("app.title", deck.lang), t("deck.as_of", deck.lang, date=fmt.date(deck.snapshot, deck.lang)),
                       t(f"briefing.source_short.{deck.source or 'demo'}", deck.lang)))
    box = _textbox(slide, MARGIN, 7.05, CONTENT_W - 2.0, 0.32, wrap=False, anchor=MSO_ANCHOR.MIDDLE)
    _line(box.text_frame, _ellipsize(left, CONTENT_W - 2.1, 10), 10, color=MUTED, first=True)
    box = _textbox(slide, 13.333 - MARGIN - 2.0, 7.05, 2.0, 0.32, wrap=False, anchor=MSO_ANCHOR.MIDDLE)
    _line(box.text_frame, t("deck.slide_of", deck.lang, n=n, total=total), 10, color=MUTED, align=PP_ALIGN.RIGHT,
          first=True)


# ---------------------------------------------------------------------------------------------------------------------
# Charts.

def _hex(colour: str) -> RGBColor:
    return RGBColor.from_string(colour)


def _manual_plot_layout(chart, x: float, y: float, w: float, h: float) -> None:
    """Place the inner plot area (the bars, without tick labels) at fractions of the chart frame."""
    plot_area = chart._chartSpace.find(qn("c:chart")).find(qn("c:plotArea"))
    old = plot_area.find(qn("c:layout"))
    if old is not None:
        plot_area.remove(old)
    layout = etree.Element(qn("c:layout"))
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    for tag, val in (("layoutTarget", "inner"), ("xMode", "edge"), ("yMode", "edge"), ("x", x), ("y", y), ("w", w),
                     ("h", h)):
        etree.SubElement(manual, qn(f"c:{tag}")).set("val", str(round(val, 4)) if isinstance(val, float) else val)
    plot_area.insert(0, layout)


def _no_autotitle(chart) -> None:
    c = chart._chartSpace.find(qn("c:chart"))
    el = c.find(qn("c:autoTitleDeleted"))
    if el is None:
        el = etree.Element(qn("c:autoTitleDeleted"))
        c.insert(0, el)
    el.set("val", "1")


def add_chart(slide, spec: Chart, x: float, y: float, w: float, h: float, created: dt.datetime,
              colour_index: int | None = None):
    data = _ChartData(created)
    data.categories = list(spec.categories)
    for s in spec.series:
        data.add_series(s.name, [int(v) for v in s.values])
    frame = slide.shapes.add_chart(KINDS[spec.kind], Inches(x), Inches(y), Inches(w), Inches(h), data)
    chart = frame.chart
    chart.has_title = False
    _no_autotitle(chart)
    chart.font.size = Pt(14)
    chart.font.color.rgb = INK
    many = len(spec.series) > 1
    chart.has_legend = many
    if many:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(14)

    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = NUMBER_FORMAT
    labels.number_format_is_linked = False
    labels.show_value = True
    label_pt = _value_label_size(spec, w)
    if label_pt is None:  # labels wider than their bars would print over each other: the axis gives the values
        plot.has_data_labels = False
    labels.font.size = Pt(label_pt or 13)
    labels.font.color.rgb = INK
    labels.position = XL_LABEL_POSITION.ABOVE if spec.kind == "line" else XL_LABEL_POSITION.OUTSIDE_END
    if spec.kind != "line":
        plot.gap_width = 60 if many else 50
        plot.overlap = -5 if many else 0
        plot.vary_by_categories = False

    for i, series in enumerate(plot.series):
        if spec.kind == "line":
            colour = _hex(PALETTE[(colour_index if colour_index is not None else i + 1) % len(PALETTE)])
            series.format.line.color.rgb = colour
            series.format.line.width = Pt(3)
            series.smooth = False
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 9
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.marker.format.line.color.rgb = colour
            _line_labels(series, i, last_only=colour_index is not None)
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _hex(PALETTE[i] if many else PALETTE[1])
            series.invert_if_negative = False

    value_axis = chart.value_axis
    value_axis.has_title = bool(spec.value_title)
    if spec.value_title:
        value_axis.axis_title.text_frame.text = spec.value_title
        _style_runs(value_axis.axis_title.text_frame, 13, bold=False, color=MUTED)
    value_axis.tick_labels.number_format = NUMBER_FORMAT
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.tick_labels.font.size = Pt(12)
    value_axis.tick_labels.font.color.rgb = MUTED
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = RULE
    value_axis.format.line.fill.background()
    top = max((v for s in spec.series for v in s.values), default=0)
    value_axis.minimum_scale = 0
    if top > 0 and spec.kind != "line":
        value_axis.maximum_scale = _nice_ceiling(top * (1.16 if spec.kind == "bar" else 1.12))

    category_axis = chart.category_axis
    category_axis.format.line.color.rgb = RULE
    category_axis.has_major_gridlines = False
    label_pt, label_share = _category_labels(spec, w, h)
    category_axis.tick_labels.font.size = Pt(label_pt)
    category_axis.tick_labels.font.color.rgb = INK
    _upright(category_axis)
    if spec.kind == "bar":
        category_axis.reverse_order = True  # first category on top, as in the deck
        # ...and the value axis crosses at the last category, so it stays at the bottom (python-pptx has no API)
        value_axis._element.find(qn("c:crosses")).set("val", "max")
        legend_room = 0.09 if many else 0.02
        _manual_plot_layout(chart, label_share, legend_room, 1 - label_share - 0.02, 1 - legend_room - 0.13)
    apply_fonts(chart._chartSpace)
    return frame


def add_panels(slide, spec: Chart, x: float, y: float, w: float, h: float, created: dt.datetime) -> list:
    """One chart per series side by side, each on its own value axis and titled with the series' name, so a
    small channel's line is not drawn flat along a large one's axis and no two series' labels meet."""
    gap = 0.25
    each = (w - gap * (len(spec.series) - 1)) / len(spec.series)
    frames = []
    for i, series in enumerate(spec.series):
        one = Chart(spec.kind, spec.categories, (series,), spec.value_title if i == 0 else "", spec.query, spec.unit)
        frame = add_chart(slide, one, x + i * (each + gap), y, each, h, created, colour_index=i + 1)
        chart = frame.chart
        if len(spec.categories) > 4:  # every other quarter named: a third of a slide has no room for six
            _label_every(chart.category_axis, 2)
            chart.category_axis.tick_labels.font.size = Pt(11)  # LibreOffice names them all: make them fit
        chart.has_title = True
        chart.chart_title.text_frame.text = series.name
        _style_runs(chart.chart_title.text_frame, 16, bold=True, color=INK)
        apply_fonts(chart._chartSpace)
        frames.append(frame)
    return frames


def _label_every(axis, n: int) -> None:
    el = axis._element
    skip = el.find(qn("c:tickLblSkip"))
    if skip is None:
        skip = etree.Element(qn("c:tickLblSkip"))
        anchor = el.find(qn("c:lblOffset"))
        if anchor is None:
            anchor = el.find(qn("c:lblAlgn"))
        anchor.addnext(skip)
    skip.set("val", str(n))


def _upright(axis) -> None:
    """Tick labels stay horizontal: a renderer that finds them long would otherwise turn them 45°; they wrap."""
    body = axis._element.find(qn("c:txPr")).find(qn("a:bodyPr"))
    body.set("rot", "0")
    body.set("vert", "horz")


def _line_labels(series, i: int, last_only: bool = False) -> None:
    """Small series share the bottom of a line chart: the third labels right of its points, zeros go unlabelled
    (a channel before it existed), so labels do not print over each other. A panel labels its latest point only:
    six labels along one line in a third of a slide run into each other."""
    labels = series.data_labels  # a series' own labels replace the plot's: repeat format and font
    labels.number_format = NUMBER_FORMAT
    labels.number_format_is_linked = False
    labels.show_value = True
    labels.font.size = Pt(13)
    labels.font.color.rgb = INK
    labels.position = XL_LABEL_POSITION.RIGHT if i >= 2 else XL_LABEL_POSITION.ABOVE
    for k, v in enumerate(series.values):
        if v == 0 or (last_only and k < len(series.values) - 1):
            dlbl = series.points[k].data_label._get_or_add_dLbl()
            for child in list(dlbl)[1:]:
                dlbl.remove(child)
            etree.SubElement(dlbl, qn("c:delete")).set("val", "1")


def _value_label_size(spec: Chart, w: float) -> float | None:
    """The largest size (13 to 10 pt) at which every column's value label fits over its column, so neighbours'
    labels never meet; None if none does. Bars and lines have room beside or above their points."""
    if spec.kind != "column":
        return 13
    per_cluster = w * 0.85 / max(len(spec.categories), 1)
    bar = per_cluster / (len(spec.series) + 0.6)
    widest = max((f"{int(v):,}" for s in spec.series for v in s.values), key=len, default="0")
    for size in (13, 12, 11, 10):
        if text_width(widest, size) <= bar * 0.98:
            return size
    return None


def _nice_ceiling(v: float) -> float:
    """A round axis maximum at or above v (1, 2, 2.5 or 5 × a power of ten)."""
    p = 10 ** math.floor(math.log10(v))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * p >= v:
            return m * p
    return 10 * p


def _category_labels(spec: Chart, w: float, h: float) -> tuple[float, float]:
    """(font size, share of the frame's width for labels): long labels get a smaller font and a wider area."""
    cats = [str(c) for c in spec.categories] or [""]
    if spec.kind == "bar":
        row_h = (h * 0.8) / max(len(cats), 1)  # inches per category
        for size in (14, 13, 12, 11):
            share = min(max(max(text_width(c, size) for c in cats) / w + 0.03, 0.14), 0.42)
            lines = max(wrap_lines(c, share * w - 0.15, size) for c in cats)
            if lines * size * 1.25 / 72 <= row_h * 0.95 and lines <= 2:
                return size, share
        return 11, 0.42
    slot = w * (0.75 if spec.kind == "line" else 0.9) / max(len(cats), 1)  # a line's plot leaves room for its axis
    most = 4 if h >= 4.5 else 3  # lines a label may take under the plot
    for size in (14, 13, 12, 11):
        if max(wrap_lines(c, slot - 0.1, size) for c in cats) <= most:
            return size, 0.0
    return 11, 0.0


# ---------------------------------------------------------------------------------------------------------------------
# Tables.

_NUMBERISH = re.compile(r"^[+\-−±]?(CNY )?[\d,.]+( ?\S{0,3})?$")


def _cell_text(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int) or (hasattr(v, "dtype") and str(getattr(v, "dtype", "")).startswith("int")):
        return f"{int(v):,}"
    if isinstance(v, float):
        return f"{v:,.1f}"
    return str(v)


PAD = 0.2  # a cell's left and right margins, inches


def _longest_token(text: str, size: float, bold: bool = False) -> float:
    return max((text_width(tok.strip(), size, bold) for tok in _TOKENS.findall(text) if tok.strip()), default=0.0)


def table_widths(header: list[str], rows: list[list[str]], width: float, size: float) -> list[float]:
    """Column widths within `width`: body text on one line where possible, headers wrap first, then the widest
    body columns wrap; no column narrower than its longest word."""
    n = len(header)
    body = [max((text_width(r[j], size) for r in rows), default=0.0) + PAD + 0.05 for j in range(n)]
    head = [text_width(header[j], size, True) + PAD + 0.05 for j in range(n)]
    floor = [max([_longest_token(header[j], size, True)] + [_longest_token(r[j], size) for r in rows] + [0.5]) + PAD
             for j in range(n)]
    want = [max(b, h) for b, h in zip(body, head)]
    if sum(want) <= width:
        return [w * min(width / sum(want), 1.2) for w in want]
    widths = [max(b, f) for b, f in zip(body, floor)]
    if sum(widths) <= width:  # room left: give it to the headers that would wrap
        spare, short = width - sum(widths), [max(w - x, 0.0) for w, x in zip(want, widths)]
        return [x + spare * s / sum(short) for x, s in zip(widths, short)]
    while sum(widths) > width + 1e-6:  # take from the widest columns; their text wraps
        j = max(range(n), key=lambda k: widths[k] - floor[k])
        if widths[j] - floor[j] <= 0.01:
            return [x * width / sum(widths) for x in widths]
        widths[j] -= min(widths[j] - floor[j], sum(widths) - width, 0.05)
    return widths


def _table_layout(header: list[str], rows: list[list[str]], width: float, size: float):
    widths = table_widths(header, rows, width, size)
    def height(cells, bold=False):
        lines = max(wrap_lines(c, widths[j] - PAD - 0.02, size, bold) for j, c in enumerate(cells))
        return max(_row_height(size), lines * size * 1.2 / 72 + 0.1)

    return widths, height(header, True), [height(r) for r in rows]


def _row_height(size: float) -> float:
    """A one-line row: the text and the cell's top and bottom margins."""
    return size * 1.22 / 72 + 0.1


def _table_cells(df: pd.DataFrame) -> tuple[list[str], list[list[str]], list[bool]]:
    header = [str(c) for c in df.columns]
    rows = [[_cell_text(v) for v in r] for r in df.itertuples(index=False)]
    numeric = [bool(pd.api.types.is_numeric_dtype(df[c]) or (len(df) and all(_NUMBERISH.match(_cell_text(v))
                                                                             for v in df[c]))) for c in df.columns]
    numeric[0] = False
    return header, rows, numeric


def table_width(df: pd.DataFrame, size: float, limit: float) -> float:
    """The width a table wants (every cell on one line), at most `limit`."""
    header, rows, _ = _table_cells(df)
    return min(sum(max([text_width(header[j], size, True)] + [text_width(r[j], size) for r in rows]) + PAD
                   for j in range(len(header))), limit)


def add_table(slide, df: pd.DataFrame, x: float, y: float, max_w: float, max_h: float, lang: str,
              size: float = TABLE_PT):
    header, rows, numeric = _table_cells(df)
    widths, head_h, row_hs = _table_layout(header, rows, max_w, size)
    shown, used = [], head_h
    for r, rh in zip(rows, row_hs):
        if used + rh > max_h:
            break
        shown.append((r, rh))
        used += rh
    truncated = len(shown) < len(rows)
    if truncated:  # the last row that fits says how many more there are
        more = len(rows) - len(shown) + (1 if shown else 0)
        if shown:
            used -= shown.pop()[1]
        note = [t("briefing.more_rows", lang, n=more)] + [""] * (len(header) - 1)
        shown.append((note, _row_height(size)))
        used += shown[-1][1]
    frame = slide.shapes.add_table(len(shown) + 1, len(header), Inches(x), Inches(y), Inches(sum(widths)),
                                   Inches((len(shown) + 1) * _row_height(size)))
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    for j, w in enumerate(widths):
        table.columns[j].width = Inches(w)
    # Rows are set to one line; PowerPoint and LibreOffice grow a row whose text wraps. The estimates above
    # (which over-state widths) only decide how many rows fit.
    for row in table.rows:
        row.height = Inches(_row_height(size))
    for i, cells in enumerate([header] + [r for r, _ in shown]):
        for j, text in enumerate(cells):
            cell = table.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.08)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.fill.solid()
            cell.fill.fore_color.rgb = ACCENT if i == 0 else (BAND if i % 2 == 0 else RGBColor(0xFF, 0xFF, 0xFF))
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            p.alignment = PP_ALIGN.RIGHT if numeric[j] and i > 0 else PP_ALIGN.LEFT
            _run(p, text, size, bold=i == 0, color=RGBColor(0xFF, 0xFF, 0xFF) if i == 0 else INK)
    if truncated and len(header) > 1:  # the "n more rows" note spans the row
        last = len(shown)
        table.cell(last, 0).merge(table.cell(last, len(header) - 1))
        for r in table.cell(last, 0).text_frame.paragraphs[0].runs:
            r.font.italic = True
            r.font.color.rgb = MUTED
    return frame


# ---------------------------------------------------------------------------------------------------------------------
# Slides.

def _title_slide(slide, deck: Deck, s: Slide) -> None:
    _rect(slide, 0, 0, 13.333, 0.1, ACCENT)
    _rect(slide, MARGIN, 1.2, 0.12, 2.05, ACCENT)
    org = s.bullets[0] if s.bullets else ""
    rest = s.bullets[1:-1] if len(s.bullets) > 2 else s.bullets[1:]
    source = s.bullets[-1] if len(s.bullets) > 2 else ""
    x, w = MARGIN + 0.35, CONTENT_W - 0.35
    box = _textbox(slide, x, 1.2, w, 0.6, wrap=False, anchor=MSO_ANCHOR.MIDDLE)
    size = fit_size(org, w - 0.1, 24, 16)
    _line(box.text_frame, _ellipsize(org, w - 0.1, size), size, color=MUTED, first=True)
    _title(slide, s.title, x, 1.85, w, 1.2)
    box = _textbox(slide, x, 3.65, w, 2.0)
    tf = box.text_frame
    size = 22  # one size for all: the largest at which the facts fit the box
    while size > 13 and sum(wrap_lines(f, w - 0.1, size) * size * 1.25 / 72 + 8 / 72 for f in rest) > 1.95:
        size -= 1
    for i, text in enumerate(rest):
        _line(tf, text, size, first=i == 0, space_before=0 if i == 0 else 8)
    if source:
        _rect(slide, MARGIN, 5.85, CONTENT_W, 0.75, BAND)
        box = _textbox(slide, MARGIN + 0.2, 5.85, CONTENT_W - 0.4, 0.75, anchor=MSO_ANCHOR.MIDDLE)
        size = 16 if wrap_lines(source, CONTENT_W - 0.5, 16) == 1 else 13
        _line(box.text_frame, source, size, color=MUTED, first=True)


def _metric_cards(slide, metrics: list[Metric], x: float, y: float, w: float, card_h: float, cols: int = 4) -> float:
    gap = 0.18
    card_w = (w - gap * (cols - 1)) / cols
    rows = math.ceil(len(metrics) / cols)
    for k, m in enumerate(metrics):
        r, c = divmod(k, cols)
        cx, cy = x + c * (card_w + gap), y + r * (card_h + gap)
        card = _rect(slide, cx, cy, card_w, card_h, BAND)
        card.name = f"Metric {k + 1}"
        inner = card_w - 0.3
        label_pt = fit_size(m.label, inner, 14, 11)
        value_pt = fit_size(m.value, inner, 30, 20, bold=True)
        box = _textbox(slide, cx + 0.1, cy + 0.06, card_w - 0.2, card_h - 0.12, wrap=False)
        tf = box.text_frame
        _line(tf, _ellipsize(m.label, inner, label_pt), label_pt, color=MUTED, first=True)
        _line(tf, m.value, value_pt, bold=True, space_before=1)
        colour = UP if m.delta.startswith("+") else DOWN if m.delta.startswith(("−", "-")) else MUTED
        _line(tf, m.delta, 14, bold=True, color=colour, space_before=1)
    return rows * card_h + (rows - 1) * gap


def _body(slide, deck: Deck, s: Slide, created: dt.datetime) -> None:
    _kicker(slide, s.kicker)
    _title(slide, s.title)
    _caption(slide, s.caption)
    top, bottom = CONTENT_TOP if s.caption else CONTENT_TOP - 0.42, CONTENT_BOTTOM
    if s.metrics:
        used = _metric_cards(slide, s.metrics, MARGIN, top, CONTENT_W, 1.0)
        top += used + 0.2
    if s.chart is not None and s.table is not None:
        # Chart on the left, the table beside it.
        table_w = table_width(s.table, TABLE_PT, 5.8)
        add_chart(slide, s.chart, MARGIN, top, CONTENT_W - table_w - 0.3, bottom - top, created)
        add_table(slide, s.table, 13.333 - MARGIN - table_w, top + 0.3, table_w, bottom - top - 0.3, deck.lang)
    elif s.chart is not None and s.chart.panels and len(s.chart.series) > 1:
        add_panels(slide, s.chart, MARGIN, top, CONTENT_W, bottom - top, created)
    elif s.chart is not None:
        add_chart(slide, s.chart, MARGIN, top, CONTENT_W, bottom - top, created)
    elif s.table is not None and len(s.table):
        frame = add_table(slide, s.table, MARGIN, top, CONTENT_W, bottom - top, deck.lang)
        if s.metrics:  # centre the table under the cards
            frame.left = Inches(MARGIN) + (Inches(CONTENT_W) - frame.width) // 2
    if s.bullets:
        avail = bottom - top
        size = 24
        while size > 14 and sum(wrap_lines(b, CONTENT_W - 0.45, size) * size * 1.25 / 72 + 10 / 72
                                 for b in s.bullets) > avail:
            size -= 1
        box = _textbox(slide, MARGIN, top, CONTENT_W, avail)
        _bullets(box.text_frame, list(s.bullets), size, gap=max(6, size // 2))


def _notes(slide, notes: list[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    tf.text = "\n".join(notes)
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(12)


def presentation(deck: Deck):
    """The python-pptx Presentation for a deck (not yet saved)."""
    created = dt.datetime.combine(dt.date.fromisoformat(deck.snapshot), dt.time(0, 0), dt.UTC)
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    layout = prs.slide_layouts[5]  # "Title Only": a real title placeholder, nothing else
    total = len(deck.slides)
    for n, s in enumerate(deck.slides, start=1):
        slide = prs.slides.add_slide(layout)
        slide.name = s.key
        if s.key == "title":
            _title_slide(slide, deck, s)
        else:
            _body(slide, deck, s, created)
            _furniture(slide, deck, n, total)
        _notes(slide, s.notes)
        apply_fonts(slide.shapes._spTree)
        apply_fonts(slide.notes_slide.shapes._spTree)
    props = prs.core_properties
    props.title = f"{t('deck.title', deck.lang)} {fmt.date(deck.snapshot, deck.lang)}"
    props.subject = t("app.title", deck.lang)
    props.author = props.last_modified_by = t("app.title", deck.lang)
    props.keywords = deck.file_stem
    props.language = deck.lang
    props.created = props.modified = created.replace(tzinfo=None)
    props.revision = 1
    return prs


def pptx_bytes(deck: Deck) -> bytes:
    buf = io.BytesIO()
    presentation(deck).save(buf)
    return _fixed_zip(buf.getvalue())
