"""English that agrees with its numbers: every page and every slide rendered in English where its counts are 0, 1 and 2
(a name search with no, one and two matches, a gap threshold leaving no, one and two gaps, filters leaving one or two
members), and every number that counts a noun checked against it: "1 gap", "2 gaps", never "1 gaps", "2 gap" or
"gap(s)". The nouns come from the catalog's own count forms plus the words the pages count with."""
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import DATA, LATEST, read, run_page

from alliance.briefing import deck as decks
from alliance.db import Database
from alliance.snapshots import scan

ROOT = Path(__file__).resolve().parent.parent
EN = json.loads((ROOT / "alliance" / "locales" / "en.json").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\{(?:n|shown)\}\s+")

# Nouns the pages count outside the catalog's .one/.other pairs (headings, tab labels, generated sentences).
WORDS = [("lab", "labs"), ("item", "items"), ("gap", "gaps"), ("expert", "experts"), ("member", "members"),
         ("institution", "institutions"), ("snapshot", "snapshots"), ("standard", "standards"),
         ("domain", "domains"), ("area", "areas"), ("batch", "batches"), ("milestone", "milestones"),
         ("row", "rows"), ("file", "files"), ("error", "errors"), ("group", "groups"), ("slide", "slides")]


def _catalog_pairs() -> list[tuple[str, str]]:
    """(singular, plural) noun phrases from every `.one`/`.other` pair: the words after the number, up to where the
    two forms differ ("member institution" / "member institutions")."""
    pairs = []
    for key, one in EN.items():
        if not key.endswith(".one") or key[:-4] + ".other" not in EN:
            continue
        a, b = PLACEHOLDER.split(one, 1), PLACEHOLDER.split(EN[key[:-4] + ".other"], 1)
        if len(a) < 2 or len(b) < 2:
            continue
        wa, wb = a[1].split(), b[1].split()
        for i, (x, y) in enumerate(zip(wa, wb)):
            if x != y:
                if not re.search(r"[{}]", x + y):
                    pairs.append((" ".join(wa[:i + 1]), " ".join(wb[:i + 1])))
                break
    return pairs


PAIRS = sorted(set(WORDS + _catalog_pairs()), key=lambda p: -len(p[0]))
NUMBER = r"(?<![\w.,])(\d{1,3}(?:,\d{3})*|\d+)"


def grammar(text: str) -> list[str]:
    """Each number-noun disagreement in the text, and any "(s)". At each number the longest noun phrase that follows
    decides ("2 member institutions" is read as that, not as "2 member")."""
    found = [m.group(0) for m in re.finditer(r"\w\(s\)", text)]
    judged = set()
    for one, other in PAIRS:  # longest first
        for m in re.finditer(NUMBER + r"[ \u00a0]+(" + re.escape(other) + "|" + re.escape(one) + r")(?![\w'])", text):
            if m.start() in judged:
                continue
            judged.add(m.start())
            n, noun = int(m.group(1).replace(",", "")), m.group(2)
            if (n == 1) != (noun == one):
                found.append(m.group(0))
    return found


def page_text(at) -> str:
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "success", "error",
                 "text"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [t.label for t in at.tabs] + [m.label + " " + str(m.value) for m in at.metric]
    parts += [" ".join(map(str, d.value.columns)) for d in at.dataframe]
    parts += [str(v) for d in at.dataframe for col in d.value.select_dtypes("object") for v in d.value[col]]
    return "\n".join(parts)


def test_the_checker_catches_what_it_should():
    assert grammar("1 gaps below 80%") == ["1 gaps"]
    assert grammar("2 member institution joined") == ["2 member institution"]
    assert grammar("1 institution(s) joined") == ["n(s)"]
    assert grammar("1 gap, 2 gaps, 0 gaps, 1,024 items, GB 5009.12 item, 1 member's rows, 2 members' rows") == []
    assert ("member's rows", "members' rows") in PAIRS or ("member's", "members'") in PAIRS


def _names_matching(count: int) -> str:
    """A word of the institutions' English names that exactly `count` of them contain (the directory's search)."""
    names = read("institutions")["name_en"].str.lower()
    words = sorted({w for n in names for w in re.findall(r"[a-z]{4,}", n)})
    return next(w for w in words if names.str.contains(w, regex=False).sum() == count)


@pytest.fixture(scope="module")
def db():
    return Database(scan(DATA))


def _gap_filters(db, count: int) -> dict:
    """Filters (areas, domains, threshold %) leaving exactly `count` gaps, found from the coverage rows: no gap at
    a 0 % threshold, one in a single gap's area and domain, two in a domain that holds two."""
    cov = db.query("coverage_by_area_domain", snapshot=dt.date.fromisoformat(LATEST))
    gap = cov[(cov["annual_demand_batches"] > 0) & (cov["coverage_pct"].fillna(0) < 80)]
    if count == 0:
        return {"areas": (), "domains": (), "threshold": 0}
    if count == 1:
        row = gap.iloc[0]
        return {"areas": (row["area_id"],), "domains": (row["domain_id"],), "threshold": 80}
    per_domain = gap.groupby("domain_id").size()
    return {"areas": (), "domains": (per_domain[per_domain == count].index[0],), "threshold": 80}


PAGES = ["pages/overview.py", "pages/compare.py", "pages/capacity_by_area.py", "pages/capacity_by_level.py",
         "pages/capacity_by_group.py", "pages/capacity_gaps.py", "pages/members.py", "pages/experts.py",
         "pages/capability_search.py", "pages/data_sources.py", "pages/sql_explorer.py"]


def _cases(db):
    inst = read("institutions")
    one_area = inst.groupby("area_id").size()
    cases = [(page, {}) for page in PAGES]
    # The gaps page runs only its open tab: each tab is a case, the ranked list with no gap too.
    cases += [("pages/capacity_gaps.py", {"gap_tab": tab}) for tab in ("list", "flows", "fill", "trend")]
    cases += [("pages/capacity_gaps.py", {"gap": "0", "gap_tab": tab}) for tab in ("matrix", "list")]
    for n in (0, 1, 2):
        f = _gap_filters(db, n)
        cases.append(("pages/compare.py", {"areas": "|".join(f["areas"]), "domains": "|".join(f["domains"]),
                                           "gap": str(f["threshold"])}))
    for n in (1, 2):
        cases.append(("pages/members.py", {"name": _names_matching(n)}))
    cases.append(("pages/members.py", {"name": "zzzz"}))
    cases.append(("pages/capability_search.py", {"q": "GB/T 20769"}))
    cases.append(("pages/capacity_by_area.py", {"area": one_area.idxmin()}))
    return cases


def test_every_page_in_english_agrees_with_its_counts(db):
    problems = []
    for page, query in _cases(db):
        at = run_page(page, lang="en", **query)
        assert not at.exception, (page, query)
        problems += [f"{page} {query}: {p}" for p in grammar(page_text(at))]
    assert problems == []


def _slide_text(d) -> str:
    parts = []
    for s in d.slides:
        parts += [s.title, s.kicker, s.caption, *s.bullets, *s.notes]
        parts += [f"{m.label} {m.value} {m.delta or ''}" for m in s.metrics]
        if s.table is not None:
            parts += [" ".join(map(str, s.table.columns))]
            parts += [str(v) for col in s.table.select_dtypes("object") for v in s.table[col]]
    return "\n".join(p for p in parts if p)


@pytest.mark.parametrize("n", [0, 1, 2])
def test_every_slide_in_english_agrees_with_its_counts(db, n):
    """Slides of decks whose domains hold 0, 1 and 2 gaps, against the previous quarter and the first snapshot."""
    snaps = sorted(p.name.split("=")[1] for p in (DATA / "snapshots").glob("snapshot=*"))
    f = _gap_filters(db, n)
    for base in (snaps[-2], snaps[0]):
        d = decks.build(db.query, LATEST, base, "en", areas=f["areas"], domains=f["domains"],
                        threshold_pct=f["threshold"])
        assert grammar(_slide_text(d)) == [], (n, base)
        if n == 1:
            assert re.search(r"\b1 gap\b", _slide_text(d))  # the case really counts one


class _Any(dict):
    def __missing__(self, key):
        return "X"


@pytest.mark.parametrize("n", [0, 1, 2, 21, 1000])
def test_every_count_form_in_the_catalog_agrees(n):
    """Every `.one`/`.other` message as `i18n.tn` picks it for n (one for exactly 1), its other placeholders filled."""
    for key in (k[:-4] for k in EN if k.endswith(".one")):
        text = EN[f"{key}.{'one' if n == 1 else 'other'}"].format_map(_Any(n=n, shown=f"{n:,}"))
        assert grammar(text) == [], (key, text)


def test_one_member_is_said_in_the_singular():
    """A count of one really reaches a page (else the 0/1/2 runs could prove nothing)."""
    at = run_page("pages/members.py", lang="en", name=_names_matching(1))
    assert "1 member institution" in page_text(at)
