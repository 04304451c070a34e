"""Hostile input. Every page with every URL parameter set to each hostile value, and each value typed into every
text input, renders without an exception and without markup from the input; data text carrying Markdown or HTML is
shown literally everywhere, in Plotly's hover and tick labels too (tested on a snapshot whose names are hostile)."""
import json
import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import DATA, LATEST, run_page
from test_faults import rewrite

HOSTILE = [
    "' OR 1=1 --", "1; DROP TABLE qualifications; --", "$snapshot", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
    "x" * 10_000, "\x00", "a\x00b", "\x01\x07\x1b[31m\x7f", "🧪🔬📈", "\u202eevil\u202c", "\u200f\u200e",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**x**", "[a](javascript:alert(1))",
    "-1", "99999999999999999999999", "1e309", "NaN", "2022-02-30", ",,,", " ", "%00", "{{7*7}}", "&lt;b&gt;",
]
# Every parameter a page reads from the URL (README "URL parameters", shell.bound, the filters), and one it does not.
PARAMS = ["lang", "snapshot", "base", "slide", "areas", "domains", "levels", "groups", "measure", "area", "gap",
          "gap_area", "gap_domain", "institution", "name", "ownership", "near", "title", "expert_q", "q", "page",
          "sql", "not_a_parameter"]
PAGES = ["pages/overview.py", "pages/compare.py", "pages/presentation.py", "pages/capacity_by_area.py",
         "pages/capacity_by_level.py", "pages/capacity_by_group.py", "pages/capacity_gaps.py", "pages/members.py",
         "pages/experts.py", "pages/capability_search.py", "pages/data_sources.py", "pages/submissions.py",
         "pages/sql_explorer.py"]
TEXT_INPUTS = {"pages/capability_search.py": "q", "pages/members.py": "name", "pages/experts.py": "expert_q",
               "pages/sql_explorer.py": "sql"}
# What would be markup if it reached a Markdown-rendering element unescaped.
# A backslash before a character is Markdown's own escape: `\<img` shows as "<img".
MARKUP = re.compile(r"(?<!\\)<(?:img|script|b>)|\*\*x\*\*|\*\*粗体\*\*|\]\(javascript:")


def rendered_markdown(at) -> list[str]:
    """The bodies Streamlit renders as Markdown: text elements, alerts, and labels of metrics, tabs and options."""
    bodies = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning", "error", "success",
                 "toast"):
        bodies += [e.value for e in getattr(at, kind)]
    bodies += [m.label for m in at.metric]
    for widget in (*at.radio, *at.selectbox, *at.multiselect, *at.text_input, *at.slider, *at.checkbox):
        bodies.append(widget.label)
    for radio in at.radio:
        bodies += [str(o) for o in radio.options]
    return bodies


def assert_clean(at, where: str) -> None:
    assert not at.exception, (where, [e.value for e in at.exception][:1])
    leaks = [b[:120] for b in rendered_markdown(at) if MARKUP.search(b)]
    assert not leaks, (where, leaks)


@pytest.fixture(autouse=True)
def upload_on(monkeypatch):
    monkeypatch.setenv("ALLIANCE_ENABLE_UPLOAD", "1")


@pytest.mark.parametrize("page", PAGES)
def test_every_url_parameter_hostile(page):
    for value in HOSTILE:
        at = run_page(page, **{p: value for p in PARAMS})
        assert_clean(at, f"{page} ?*={value[:30]!r}")


@pytest.mark.parametrize("page,key", TEXT_INPUTS.items())
def test_hostile_text_typed_into_every_input(page, key):
    at = run_page(page, lang="en")
    for value in HOSTILE:
        box = at.text_area(key=key) if key == "sql" else at.text_input(key=key)  # the SQL editor is a text area
        box.input(value).run()
        assert_clean(at, f"{page} {key}={value[:30]!r}")


HOSTILE_NAME = "**粗体** <img src=x onerror=alert(1)> [a](javascript:alert(1)) <b>b</b>"
TEXT_COLUMNS = {"areas": ["name_zh", "name_en"], "domains": ["name_zh", "name_en"],
                "institutions": ["name_zh", "name_en", "featured_projects_zh", "featured_projects_en"],
                "working_groups": ["name_zh", "name_en"], "labs": ["name_zh", "name_en"],
                "experts": ["name_zh", "name_en", "title_zh", "title_en"], "events": ["title_zh", "title_en"]}


def with_hostile_names(table: pa.Table, columns: list[str], text: str = HOSTILE_NAME, rows: int = 3) -> pa.Table:
    """The first rows' texts replaced by `text` (numbered, so names stay distinct)."""
    for col in columns:
        values = table.column(col).to_pylist()
        for i in range(min(rows, len(values))):
            values[i] = f"{text} {i}"
        table = table.set_column(table.schema.get_field_index(col), col, pa.array(values, pa.string()))
    return table


@pytest.fixture
def hostile_data(data_copy):
    folder = data_copy / "snapshots" / f"snapshot={LATEST}"
    for table, columns in TEXT_COLUMNS.items():
        rewrite(folder, table, lambda t, c=columns: with_hostile_names(t, c))
    return data_copy


def figures_json(at) -> list[str]:
    return [el.proto.spec for el in at.get("plotly_chart")]


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
@pytest.mark.parametrize("page", PAGES)
def test_hostile_data_text_is_shown_literally(hostile_data, page, lang):
    at = run_page(page, lang=lang)
    assert_clean(at, f"{page} {lang}")
    for spec in figures_json(at):
        # Plotly draws <b>, <a href> and <img>-like tags in its text: each must arrive escaped (&lt;…), which
        # Plotly then shows as the characters themselves.
        text = json.dumps(json.loads(spec)["data"], ensure_ascii=False)
        assert "<img" not in text and "<b>b</b>" not in text, (page, lang)


def test_hostile_names_reach_the_charts_escaped(hostile_data):
    at = run_page("pages/capacity_by_area.py", lang="en")
    specs = " ".join(figures_json(at))
    assert "&lt;img src=x onerror=alert(1)&gt;" in specs  # the area's name is there, as text
    names = {t["name_en"] for t in pq.read_table(hostile_data / "snapshots" / f"snapshot={LATEST}" / "areas.parquet",
                                                 columns=["name_en"]).to_pylist()}
    assert any(n.startswith(HOSTILE_NAME) for n in names)
    assert (DATA / "snapshots" / f"snapshot={LATEST}" / "areas.parquet").read_bytes() != \
        (hostile_data / "snapshots" / f"snapshot={LATEST}" / "areas.parquet").read_bytes()
