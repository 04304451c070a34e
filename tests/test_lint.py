"""Style rules the project keeps: ruff clean, pages layout-only, no SQL or HTML where it does not belong."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "pages").glob("*.py"))


def test_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_are_layout_only(page):
    src = page.read_text(encoding="utf-8")
    assert len(src.splitlines()) < 80
    assert not re.search(r"read_parquet|\bselect\b.+\bfrom\b|group by|\.execute\(|duckdb", src, re.I)
    # No literal UI strings: visible text comes from the catalogs (ctx.t). Keys and ids are not UI text.
    for call in re.findall(r"st\.(?:title|header|subheader|caption|write|markdown|info|warning)\(\s*([\"'])", src):
        pytest.fail(f"literal UI string in {page.name}: {call}")


def test_no_unsafe_html_anywhere():
    for path in [*ROOT.glob("*.py"), *ROOT.glob("pages/*.py"), *ROOT.glob("alliance/**/*.py")]:
        assert "unsafe_allow_html" not in path.read_text(encoding="utf-8"), path


def test_url_paths_differ_from_page_file_stems():
    """A url_path equal to a pages/ file stem hashes like Streamlit's legacy page of that name (see app.py)."""
    paths = set(re.findall(r'url_path="([^"]+)"', (ROOT / "app.py").read_text(encoding="utf-8")))
    assert len(paths) == len(PAGES)
    assert not paths & {p.stem for p in PAGES}


DOCS = [ROOT / "README.md", ROOT / "bench" / "README.md", ROOT / "deploy" / "README.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_link_only_inside_the_repository(doc):
    """Every link in the project's READMEs leads to a file of the repository (or the app on localhost), none outside
    it: a reader of a fresh clone can follow each one."""
    text = doc.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)\s]+)\)|<(https?://[^>]+)>", text)
    for inline, angle in links:
        target = inline or angle
        if target.startswith(("http://localhost", "https://localhost", "http://127.0.0.1", "#")):
            continue
        assert not re.match(r"[a-z]+://", target), f"{doc.name} links outside the repository: {target}"
        path = (doc.parent / target.split("#")[0]).resolve()
        assert path.is_relative_to(ROOT) and path.exists(), f"{doc.name}: {target} is not in the repository"


def _imports(path: Path) -> set[str]:
    """Modules a file imports, relative imports resolved against its package."""
    import ast

    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            found.add(module)
            found |= {f"{module}.{a.name}" for a in node.names}
    return found


LOGIC = sorted(p for p in (ROOT / "alliance").rglob("*.py") if "ui" not in p.relative_to(ROOT / "alliance").parts)


@pytest.mark.parametrize("module", LOGIC, ids=lambda p: str(p.relative_to(ROOT)))
def test_streamlit_only_in_the_ui_wing(module):
    """Logic, charts, ingest and briefing run without Streamlit (CLI, tests, benchmark); the UI wing wraps them."""
    imported = _imports(module)
    assert not any(m == "streamlit" or m.startswith(("streamlit.", "alliance.ui")) for m in imported), module


def test_db_and_search_index_do_not_import_each_other():
    db, index = _imports(ROOT / "alliance" / "db.py"), _imports(ROOT / "alliance" / "search_index.py")
    index_needs_db = any(m == "alliance.db" or m.startswith("alliance.db.") for m in index)
    db_needs_index = any(m == "alliance.search_index" or m.startswith("alliance.search_index.") for m in db)
    assert not (index_needs_db and db_needs_index)
