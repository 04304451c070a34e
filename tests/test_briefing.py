"""The joint meeting's briefing as PPTX and HTML: every slide, native charts whose numbers equal an independent pandas
computation from the Parquet files, CJK fonts, speaker notes, byte-identical re-export, a self-contained HTML deck
that draws in Chromium with no network, LibreOffice's rendering (pages not blank, Chinese text intact), and the CLI."""
import html
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pandas as pd
import pytest
from conftest import DATA, DATES, LATEST, OLDEST, ROOT, manifest, read
from expected import coverage
from servers import CHROMIUM, launch_chromium

from alliance.briefing import export, html_export, pptx_export
from alliance.briefing.deck import Chart, Deck, Series, Slide

BASE = DATES[-2]
LANGS = ("zh-CN", "en")
ARTIFACTS = ROOT / "artifacts" / "briefing"
# The topics, each a slide's kicker above its message (the title slide has only its title).
KICKERS = {
    "zh-CN": ["联盟联席会议简报", "主要指标及变化", "变化要点", "各地区资质项目", "新增资质项目最多的机构",
              "各级别实验室", "各职能工作组", "能力缺口", "跨地区服务", "期间大事记"],
    "en": ["Joint meeting briefing", "Headline figures and change", "What changed", "Qualification items by area",
           "Where items were added", "Labs by level", "Working groups", "Capacity gaps", "Services across areas",
           "Milestones"],
}
LEVELS = {"zh-CN": ["国家级", "省级", "市级", "其他"], "en": ["National", "Provincial", "Municipal", "Other"]}
CHANNELS = {"zh-CN": {"routine": "常规", "one_stop": "一站式", "emergency": "应急通道"},
            "en": {"routine": "Routine", "one_stop": "One-stop", "emergency": "Emergency channel"}}
NS_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


# ---------------------------------------------------------------------------------------------------------------------
# Independent expectations, straight from the Parquet files.

def name(row, lang: str, field: str = "name") -> str:
    en = row.get(f"{field}_en")
    if lang == "en" and isinstance(en, str) and en.strip():
        return en
    return row[f"{field}_zh"]


# Axis labels on slides use the short forms people say (the full names stay in the tables).
SHORT = {"en": {"Shenfu Reform and Innovation Demonstration Zone": "Shenfu zone"},
         "zh-CN": {"沈抚改革创新示范区": "沈抚示范区"}}


def axis_name(row, lang: str) -> str:
    full = name(row, lang)
    full = SHORT[lang].get(full, full)
    return full.removesuffix(" Working Group").removesuffix("职能工作组")


def names(table: str, key: str, snapshot: str, lang: str) -> dict[str, str]:
    return {r[key]: name(r, lang) for r in read(table, snapshot).to_dict("records")}


def items_by_area(snapshot: str) -> pd.Series:
    q = read("qualifications", snapshot, ["institution_id"]).merge(read("institutions", snapshot)[["institution_id",
                                                                                                  "area_id"]])
    return q.groupby("area_id").size()


def expect_areas(lang: str) -> tuple[list[str], list[int], list[int]]:
    now, base = items_by_area(LATEST), items_by_area(BASE)
    areas = read("areas", LATEST)
    df = pd.DataFrame({"area_id": areas["area_id"], "label": [axis_name(r, lang) for r in areas.to_dict("records")]})
    df["now"] = df["area_id"].map(now).fillna(0).astype(int)
    df["base"] = df["area_id"].map(base).fillna(0).astype(int)
    df = df.sort_values(["now", "area_id"], ascending=[False, True])
    return list(df["label"]), list(df["base"]), list(df["now"])


def expect_levels() -> tuple[list[int], list[int]]:
    order = ["national", "provincial", "municipal", "other"]
    count = {s: read("labs", s)["level"].value_counts() for s in (BASE, LATEST)}
    return [int(count[BASE].get(lv, 0)) for lv in order], [int(count[LATEST].get(lv, 0)) for lv in order]


def expect_added(lang: str, top: int = 8) -> tuple[list[str], list[int]]:
    before = set(read("qualifications", BASE, ["qualification_id"])["qualification_id"])
    now = read("qualifications", LATEST, ["qualification_id", "institution_id", "domain_id", "lab_id"])
    new = now[~now["qualification_id"].isin(before)]
    added = new.groupby(["institution_id", "domain_id", "lab_id"], dropna=False).size().rename("n").reset_index()
    added = added.sort_values(["n", "institution_id", "domain_id", "lab_id"], ascending=[False, True, True, True],
                              na_position="last").head(top)
    inst = names("institutions", "institution_id", LATEST, lang)
    dom = names("domains", "domain_id", LATEST, lang)
    lab = names("labs", "lab_id", LATEST, lang)
    where = [lab[r["lab_id"]] if isinstance(r["lab_id"], str) else dom[r["domain_id"]]
             for r in added.to_dict("records")]
    labels = [f"{inst[i]} · {w}" for i, w in zip(added["institution_id"], where)]
    return labels, [int(n) for n in added["n"]]


def expect_gaps(lang: str, threshold: float = 80, top: int = 10) -> tuple[list[str], list[int], int]:
    cov = coverage(LATEST).reset_index()
    gap = cov[(cov["annual_demand_batches"] > 0) & (cov["coverage_pct"] < threshold)]
    gap = gap.sort_values(["gap_batches", "area_id", "domain_id"], ascending=[False, True, True])
    area = {r["area_id"]: axis_name(r, lang) for r in read("areas", LATEST).to_dict("records")}
    dom = names("domains", "domain_id", LATEST, lang)
    shown = gap.head(top)
    return ([f"{area[a]} · {dom[d]}" for a, d in zip(shown["area_id"], shown["domain_id"])],
            [int(v) for v in shown["gap_batches"]], len(gap))


def expect_flows(lang: str) -> tuple[list[str], dict[str, list[int]]]:
    inst = read("institutions", LATEST)[["institution_id", "area_id"]].rename(
        columns={"institution_id": "provider_institution_id", "area_id": "provider_area_id"})
    svc = read("services", LATEST).merge(inst)
    svc = svc[svc["provider_area_id"] != svc["client_area_id"]]
    quarter = pd.to_datetime(svc["month"]).dt.to_period("Q")
    table = svc.groupby([quarter.rename("q"), svc["channel"]])["batches"].sum().unstack(fill_value=0).sort_index()
    label = lambda p: f"{p.year}\nQ{p.quarter}"  # noqa: E731  two lines under a narrow panel, in both languages
    series = {CHANNELS[lang][c]: [int(v) for v in table[c]] for c in ("routine", "one_stop", "emergency")
              if c in table}
    return [label(p) for p in table.index], series


def group_items(snapshot: str) -> pd.Series:
    members = read("working_group_members", snapshot).merge(read("institutions", snapshot)[["institution_id"]])
    domains = read("domains", snapshot).dropna(subset=["working_group_id"])[["domain_id", "working_group_id"]]
    q = read("qualifications", snapshot, ["institution_id", "domain_id"])
    joined = q.merge(members[["working_group_id", "institution_id"]]).merge(domains)
    return joined.groupby("working_group_id").size()


def expect_groups(lang: str) -> tuple[list[str], list[int], list[int]]:
    groups = read("working_groups", LATEST).sort_values("working_group_id")
    base, now = group_items(BASE), group_items(LATEST)
    ids = list(groups["working_group_id"])
    return ([axis_name(r, lang) for r in groups.to_dict("records")], [int(base.get(g, 0)) for g in ids],
            [int(now.get(g, 0)) for g in ids])


# ---------------------------------------------------------------------------------------------------------------------
# Fixtures: the deck in both languages, exported once.

@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    return {lang: export.build_from_root(DATA, LATEST, None, lang) for lang in LANGS}


@pytest.fixture(scope="module")
def pptx_files(decks) -> dict[str, bytes]:
    return {lang: export.briefing_bytes(d, "pptx") for lang, d in decks.items()}


@pytest.fixture(scope="module")
def presentations(pptx_files):
    from pptx import Presentation

    return {lang: Presentation(io.BytesIO(blob)) for lang, blob in pptx_files.items()}


@pytest.fixture(scope="module")
def html_files(decks) -> dict[str, str]:
    return {lang: export.briefing_bytes(d, "html").decode("utf-8") for lang, d in decks.items()}


def charts_by_key(prs, deck: Deck) -> dict[str, list]:
    """Each slide's charts: one, or one per series where the slide draws them as panels."""
    out = {}
    for s, slide in zip(deck.slides, prs.slides):
        frames = [sh for sh in slide.shapes if sh.has_chart]
        if frames:
            assert len(frames) == (len(s.chart.series) if s.chart.panels else 1)
            out[s.key] = [f.chart for f in frames]
    return out


def chart_data(charts) -> tuple[list[str], dict[str, list[int]]]:
    cats = [list(c.plots[0].categories) for c in charts]
    assert all(c == cats[0] for c in cats)
    return cats[0], {s.name: [int(v) for v in s.values] for c in charts for s in c.plots[0].series}


# ---------------------------------------------------------------------------------------------------------------------
# PPTX.

def test_default_base_is_the_snapshot_before(decks):
    assert decks["zh-CN"].snapshot == LATEST and decks["zh-CN"].base == BASE == "2022-03-31"


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_slides_in_order_with_titles(presentations, decks, lang):
    prs = presentations[lang]
    assert (prs.slide_width, prs.slide_height) == (12_192_000, 6_858_000)  # 13.333 in × 7.5 in
    assert len(prs.slides) == len(decks[lang].slides) == len(KICKERS[lang])
    # The message is the title, as in the meeting view; the topic stands small above it.
    assert [s.shapes.title.text_frame.text for s in prs.slides] == [s.title for s in decks[lang].slides]
    assert decks[lang].slides[0].title == KICKERS[lang][0]
    for slide, topic in list(zip(prs.slides, KICKERS[lang]))[1:]:
        kicker = next(sh for sh in slide.shapes if sh.name == "Kicker")
        assert kicker.text_frame.text == topic
        assert {r.font.size.pt for p in kicker.text_frame.paragraphs for r in p.runs} == {16}
    for slide in prs.slides:
        frame = slide.shapes.title.text_frame
        sizes = {r.font.size.pt for p in frame.paragraphs for r in p.runs}
        assert sizes and all(22 <= pt <= 36 for pt in sizes)
        assert "…" not in frame.text  # every message fits whole
        lines = pptx_export.wrap_lines(frame.text, slide.shapes.title.width / 914400 - 0.1, max(sizes), bold=True)
        assert lines <= 2


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_native_charts_and_tables_no_pictures(presentations, lang):
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    prs = presentations[lang]
    shapes = [sh for slide in prs.slides for sh in slide.shapes]
    charts = [sh.chart for sh in shapes if sh.has_chart]
    assert len(charts) >= 6
    assert not [sh for sh in shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    for slide in prs.slides:
        assert b"<p:pic" not in slide.part.blob
    assert {c.chart_type for c in charts} <= {XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.BAR_CLUSTERED,
                                              XL_CHART_TYPE.LINE_MARKERS}
    assert {c.chart_type for c in charts} == {XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.BAR_CLUSTERED,
                                              XL_CHART_TYPE.LINE_MARKERS}
    for c in charts:
        plot = c.plots[0]
        if plot.has_data_labels:  # a column chart whose labels would overlap has none: its axis gives the values
            assert plot.data_labels.number_format == "#,##0" and not plot.data_labels.number_format_is_linked
        else:
            assert c.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
        assert c.has_legend == (len(plot.series) > 1)
    for slide in prs.slides:  # every chart's value axis titled, or the first panel's for a row of panels
        frames = [sh.chart for sh in slide.shapes if sh.has_chart]
        if frames:
            assert frames[0].value_axis.has_title and frames[0].value_axis.axis_title.text_frame.text.strip()
            if len(frames) > 1:
                assert all(c.has_title and c.chart_title.text_frame.text for c in frames)
    tables = [sh.table for sh in shapes if sh.has_table]
    assert len(tables) >= 3  # headline, working groups, milestones
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.text_frame.paragraphs:
                    assert all(r.font.size.pt >= 14 for r in p.runs)


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_legends_read_in_the_order_the_bars_stand(presentations, decks, lang):
    """A chart with a legend draws its series left to right in the legend's order: columns, not horizontal bars
    (whose series PowerPoint and LibreOffice stack against the legend's order); the series in the deck's order."""
    from pptx.enum.chart import XL_CHART_TYPE

    for key, charts in charts_by_key(presentations[lang], decks[lang]).items():
        spec = next(s.chart for s in decks[lang].slides if s.key == key)
        for chart in charts:
            if chart.has_legend:
                assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED, key
                assert [s.name for s in chart.plots[0].series] == [s.name for s in spec.series], key
                assert list(chart.plots[0].categories) == list(spec.categories), key


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_chart_numbers_equal_pandas(presentations, decks, lang):
    charts = charts_by_key(presentations[lang], decks[lang])
    assert set(charts) == {"areas", "added", "levels", "groups", "gaps", "flows"}
    series_base, series_now = (["基期 2022年3月31日", "本期 2022年6月30日"] if lang == "zh-CN"
                               else ["Base 31 Mar 2022", "Now 30 Jun 2022"])

    cats, values = chart_data(charts["areas"])
    labels, base, now = expect_areas(lang)
    assert cats == labels and values == {series_base: base, series_now: now}

    cats, values = chart_data(charts["levels"])
    assert cats == LEVELS[lang] and list(values.values()) == list(expect_levels())

    cats, values = chart_data(charts["added"])
    labels, counts = expect_added(lang)
    assert cats == labels and list(values.values()) == [counts]
    flowmeter = ("沈阳计量测试院 · 辽宁省流量计产品质量检验中心" if lang == "zh-CN" else
                 "Shenyang Metrology Testing Institute · Liaoning Flowmeter Product Quality Inspection Center")
    assert (cats[0], counts[0]) == (flowmeter, 1052)

    cats, values = chart_data(charts["gaps"])
    labels, gaps, n = expect_gaps(lang)
    assert cats == labels and list(values.values()) == [gaps]
    assert str(n) in decks[lang].slides[7].caption

    cats, values = chart_data(charts["flows"])
    quarters, series = expect_flows(lang)
    assert cats == quarters and values == series

    cats, values = chart_data(charts["groups"])
    labels, base, now = expect_groups(lang)
    assert cats == labels and values == {series_base: base, series_now: now}


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_metrics_grid_and_headline_table(presentations, lang):
    slide = presentations[lang].slides[1]
    texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    items_now = len(read("qualifications", LATEST, ["qualification_id"]))
    items_base = len(read("qualifications", BASE, ["qualification_id"]))
    assert any(f"{items_now:,}" in t and f"+{items_now - items_base:,}" in t for t in texts)
    table = next(sh.table for sh in slide.shapes if sh.has_table)
    assert len(table.rows) == 1 + 7 and len(table.columns) == 4
    cells = [[c.text_frame.text for c in row.cells] for row in table.rows]
    assert [f"{items_base:,}", f"{items_now:,}", f"+{items_now - items_base:,}"] in [r[1:] for r in cells]


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_title_slide_names_snapshot_base_and_demo(presentations, lang):
    assert manifest(LATEST)["source"] == "demo"
    text = "\n".join(sh.text_frame.text for sh in presentations[lang].slides[0].shapes if sh.has_text_frame)
    if lang == "zh-CN":
        assert "2022年6月30日" in text and "2022年3月31日" in text and "演示数据" in text and "全部地区和领域" in text
    else:
        assert "30 Jun 2022" in text and "31 Mar 2022" in text and "demo" in text.lower()


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_speaker_notes_carry_the_change_in_words(presentations, decks, lang):
    before = len(read("qualifications", BASE, ["qualification_id"]))
    now = len(read("qualifications", LATEST, ["qualification_id"]))
    for slide, s in zip(presentations[lang].slides, decks[lang].slides):
        notes = slide.notes_slide.notes_text_frame.text
        assert notes == "\n".join(s.notes) and len(s.notes) >= 3
        assert f"{before:,}" in notes and f"{now:,}" in notes and f"{now - before:,}" in notes and "1,052" in notes


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_every_run_has_an_east_asian_font(pptx_files, lang):
    with zipfile.ZipFile(io.BytesIO(pptx_files[lang])) as z:
        parts = [n for n in z.namelist() if re.match(r"ppt/(slides/slide|charts/chart|notesSlides/notesSlide)\d+\.xml$",
                                                      n)]
        assert any("charts/" in n for n in parts) and any("notesSlides/" in n for n in parts)
        for part in parts:
            from lxml import etree

            root = etree.fromstring(z.read(part))
            runs = list(root.iter(f"{NS_A}rPr", f"{NS_A}defRPr", f"{NS_A}endParaRPr"))
            assert runs, part
            for rpr in runs:
                ea = rpr.find(f"{NS_A}ea")
                latin = rpr.find(f"{NS_A}latin")
                assert ea is not None and ea.get("typeface") == "Noto Sans CJK SC", part
                assert latin is not None and latin.get("typeface") in ("Noto Sans", "Arial"), part


@pytest.mark.parametrize("lang", LANGS)
def test_pptx_shapes_stay_on_the_slide(presentations, lang):
    prs = presentations[lang]
    for n, slide in enumerate(prs.slides, start=1):
        for sh in slide.shapes:
            assert sh.left >= 0 and sh.top >= 0, (n, sh.name)
            assert sh.left + sh.width <= prs.slide_width and sh.top + sh.height <= prs.slide_height, (n, sh.name)


def test_exports_are_byte_identical_when_made_twice(decks, pptx_files, html_files):
    again = export.briefing_bytes(decks["zh-CN"], "pptx")
    assert again == pptx_files["zh-CN"]
    assert export.briefing_bytes(export.build_from_root(DATA, LATEST, BASE, "zh-CN"), "pptx") == again
    assert export.briefing_bytes(decks["en"], "html").decode("utf-8") == html_files["en"]
    # Nothing in the file depends on the clock: zip entries, core properties, the charts' embedded workbooks.
    with zipfile.ZipFile(io.BytesIO(again)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        stamps = re.findall(rb"<dcterms:(?:created|modified)[^>]*>([^<]+)<", z.read("docProps/core.xml"))
        assert stamps == [b"2022-06-30T00:00:00Z"] * 2
        books = [n for n in z.namelist() if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]
        assert len(books) >= 6
        for name in books:
            with zipfile.ZipFile(io.BytesIO(z.read(name))) as book:
                assert b"2022-06-30T00:00:00Z" in book.read("docProps/core.xml")


def test_pptx_table_rows_that_do_not_fit_are_counted():
    from pptx import Presentation

    rows = pd.DataFrame({"日期": [f"2022年{m}月1日" for m in range(1, 41)], "事件": ["联盟第六次联席会议" * 3] * 40})
    deck = Deck("zh-CN", LATEST, BASE, "", "demo", [Slide("milestones", "期间大事记", table=rows, notes=["n"])])
    prs = Presentation(io.BytesIO(export.briefing_bytes(deck, "pptx")))
    table = next(sh.table for sh in prs.slides[0].shapes if sh.has_table)
    shown = len(table.rows) - 2  # header and the note
    assert 5 < shown < 40
    assert table.cell(len(table.rows) - 1, 0).text_frame.text == f"另有 {40 - shown} 行未列出"


# ---------------------------------------------------------------------------------------------------------------------
# HTML.

URL_ATTR = re.compile(r"""\b(?:src|href)\s*=\s*\\?["'`]?\s*(?:https?:)?//""", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGS)
def test_html_is_self_contained(html_files, decks, lang):
    text = html_files[lang]
    assert not URL_ATTR.search(text)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", text, re.IGNORECASE)
    assert not re.search(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=", text, re.IGNORECASE)
    assert text.count("* plotly.js v") == 1  # the library once, in the head
    assert text.index("* plotly.js v") < text.index("</head>") < text.index("Plotly.newPlot(")
    charts = [s for s in decks[lang].slides if s.chart is not None]
    assert text.count("Plotly.newPlot(") == len(charts) >= 6
    assert text.count('"displaylogo": false') == len(charts)
    assert text.count("<section ") == len(decks[lang].slides)
    assert "@page { size: 13.333in 7.5in" in text and "break-after: page" in text
    for slide in decks[lang].slides:
        assert f"<h1>{html.escape(slide.title)}</h1>" in text
        assert not slide.kicker or f'<p class="kicker">{html.escape(slide.kicker)}</p>' in text
    if lang == "zh-CN":
        assert text.count('"locale": "zh-CN"') == len(charts) and 'Plotly.register({"moduleType": "locale"' in text
    else:
        assert 'Plotly.register({"moduleType": "locale"' not in text and '"locale":' not in text.split("</head>")[1]


def test_html_escapes_data_text():
    nasty = '<script>alert("x")</script> & <b>'
    deck = Deck("en", LATEST, BASE, "", "demo", [
        Slide("title", nasty, bullets=["org", nasty, "Data: demo"]),
        Slide("areas", nasty, caption=nasty, bullets=[nasty], table=pd.DataFrame({nasty: [nasty], "n": [1]}),
              chart=Chart("bar", (nasty,), (Series(nasty, (1,)),), nasty, "q")),
    ])
    text = export.briefing_bytes(deck, "html").decode("utf-8")
    body = text.split("</head>", 1)[1]
    assert nasty not in body and "<b>" not in body
    assert html_export.html.escape(nasty) in body




@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_html_draws_every_chart_offline_in_chromium(html_files, decks, lang, tmp_path):
    if not CHROMIUM and not os.environ.get("CI"):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    path = tmp_path / f"briefing_{lang}.html"
    path.write_text(html_files[lang], encoding="utf-8")
    requests, errors = [], []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    charts = sum(s.chart is not None for s in decks[lang].slides)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", route)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(path.as_uri())
            page.wait_for_function(
                "n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6"
                " && document.querySelectorAll('.js-plotly-plot').length === n"
                " && [...document.querySelectorAll('.js-plotly-plot')]"
                ".every(p => p.querySelectorAll('g.trace').length)",
                arg=charts, timeout=45_000)
            traces = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')]"
                                   ".map(p => p.querySelectorAll('g.trace').length)")
            sections = page.evaluate("() => [...document.querySelectorAll('section.slide')].map(s => "
                                     "[s.getBoundingClientRect().width, s.getBoundingClientRect().height])")
            pdf = page.pdf(prefer_css_page_size=True, print_background=True)
        finally:
            browser.close()
    assert requests == [] and errors == []
    assert len(traces) == charts and all(traces)
    assert len(sections) == len(decks[lang].slides)
    assert all(abs(w / h - 16 / 9) < 0.01 for w, h in sections)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == len(decks[lang].slides)  # one printed page per slide


# ---------------------------------------------------------------------------------------------------------------------
# LibreOffice's rendering of the PPTX.

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=240, check=True, **kw)


def ink(png) -> float:
    from PIL import Image

    with Image.open(png) as im:
        grey = im.convert("L")
        hist = grey.histogram()
    return sum(hist[:200]) / sum(hist)


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_renders_every_slide_with_chinese_intact(pptx_files, decks, lang, tmp_path):
    if not (SOFFICE and shutil.which("pdftoppm")) and not os.environ.get("CI"):
        pytest.skip("LibreOffice and poppler are not installed (apt-get install libreoffice-impress poppler-utils)")
    assert SOFFICE and shutil.which("pdftoppm") and shutil.which("pdftotext"), "install libreoffice-impress and poppler"
    stem = decks[lang].file_stem
    src = tmp_path / f"{stem}.pptx"
    src.write_bytes(pptx_files[lang])
    run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(src)])
    pdf = tmp_path / f"{stem}.pdf"
    assert pdf.is_file()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{stem}-*.png"):
        old.unlink()
    run(["pdftoppm", "-r", "50", "-png", str(pdf), str(ARTIFACTS / stem)])
    shutil.copy(pdf, ARTIFACTS / pdf.name)
    pages = sorted(ARTIFACTS.glob(f"{stem}-*.png"))
    assert len(pages) == len(decks[lang].slides)
    for page in pages:
        assert ink(page) > 0.005, f"{page.name} is blank"

    text = run(["pdftotext", "-layout", str(pdf), "-"]).stdout
    for topic in KICKERS[lang]:  # the messages may wrap in the text layer; the topics stand on one line
        assert topic in text
    q = read("qualifications", LATEST, ["institution_id"]).merge(
        read("institutions", LATEST, ["institution_id", "area_id"]))
    shenyang = int((q.area_id == "shenyang").sum())  # the largest area's bar label, computed here
    assert "1,052" in text and f"{shenyang:,}" in text  # data labels, formatted #,##0
    if lang == "zh-CN":
        for phrase in ("沈阳计量测试院", "辽宁省流量计产品质量检验中心", "演示数据", "资质项目（项）", "常规",
                       "国家级"):
            assert phrase in text
        assert "\ufffd" not in text and "□" not in text
        fonts = run(["pdffonts", str(pdf)]).stdout if shutil.which("pdffonts") else "CJK"
        assert "CJK" in fonts  # drawn with a CJK font, not boxes from a Latin one


# ---------------------------------------------------------------------------------------------------------------------
# CLI.

def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alliance", "briefing", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)


def test_cli_writes_pptx_and_html(tmp_path):
    from pptx import Presentation

    out = cli("--snapshot", LATEST, "--lang", "en", "--data-dir", str(DATA), "--out", str(tmp_path / "b.pptx"))
    assert out.returncode == 0, out.stderr
    assert len(Presentation(str(tmp_path / "b.pptx")).slides) == len(KICKERS["en"])
    out = cli("--snapshot", LATEST, "--base", DATES[0], "--areas", "shenyang,anshan", "--domains", "food",
              "--out", str(tmp_path / "b.HTML"))
    assert out.returncode == 0, out.stderr
    text = (tmp_path / "b.HTML").read_text(encoding="utf-8")
    assert "地区：沈阳、鞍山" in text and "领域：食品" in text and "2021年3月31日" in text


@pytest.mark.parametrize("args,message", [
    (["--snapshot", "2022-05-31"], "2022-05-31"),
    (["--snapshot", "2022-02-30"], "not a date"),
    (["--snapshot", LATEST, "--areas", "shenyang,atlantis"], "atlantis"),
    (["--snapshot", LATEST, "--domains", "alchemy"], "alchemy"),
    (["--snapshot", LATEST, "--base", LATEST], LATEST),
    (["--snapshot", OLDEST], OLDEST),
])
def test_cli_usage_errors_exit_2(tmp_path, args, message):
    out = cli(*args, "--lang", "en", "--out", str(tmp_path / "x.pptx"))
    assert out.returncode == 2 and message in out.stderr, out.stderr
    assert not (tmp_path / "x.pptx").exists()


def test_cli_oldest_snapshot_says_why(tmp_path):
    out = cli("--snapshot", OLDEST, "--lang", "en", "--out", str(tmp_path / "x.pptx"))
    assert out.returncode == 2 and "oldest snapshot" in out.stderr and "no earlier snapshot" in out.stderr


def test_cli_bad_suffix_exit_2(tmp_path):
    out = cli("--snapshot", LATEST, "--out", str(tmp_path / "x.pdf"))
    assert out.returncode == 2 and ".pptx" in out.stderr and ".html" in out.stderr


def test_text_measure_keeps_kickers_on_one_line():
    for lang in LANGS:
        for topic in KICKERS[lang]:
            assert pptx_export.text_width(topic, 16, bold=True) <= pptx_export.CONTENT_W - 0.1
