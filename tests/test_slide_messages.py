"""Every content slide's title states its message with its headline figure, and that figure equals the one computed
here straight from the Parquet files (pandas, no app query). English counts in words that agree with the number."""
import pandas as pd
import pytest
from conftest import DATA, DATES, LATEST, read
from expected import coverage

from alliance.briefing import export

BASE = DATES[-2]
LANGS = ("zh-CN", "en")


@pytest.fixture(scope="module")
def titles() -> dict[str, dict[str, str]]:
    return {lang: {s.key: s.title for s in export.build_from_root(DATA, LATEST, BASE, lang).slides} for lang in LANGS}


def items(snapshot: str) -> int:
    return len(read("qualifications", snapshot, ["qualification_id"]))


def items_by_area(snapshot: str) -> pd.Series:
    q = read("qualifications", snapshot, ["institution_id"]).merge(read("institutions", snapshot)[["institution_id",
                                                                                                  "area_id"]])
    return q.groupby("area_id").size()


def national_provincial(snapshot: str) -> int:
    return int(read("labs", snapshot)["level"].isin(["national", "provincial"]).sum())


def area_name(area_id: str, lang: str) -> str:
    row = read("areas", LATEST).set_index("area_id").loc[area_id]
    return row["name_zh"] if lang == "zh-CN" else row["name_en"]


def expected(lang: str) -> dict[str, list[str]]:
    """Per slide, the strings its title must contain: the figure (formatted as both languages write numbers) and
    who or what it is about."""
    out: dict[str, list[str]] = {}
    change = items(LATEST) - items(BASE)
    out["headline"] = [f"{change:,}", f"{100 * change / items(BASE):.1f}%"]
    labs = national_provincial(LATEST) - national_provincial(BASE)
    members = len(read("institutions", LATEST)) - len(read("institutions", BASE))
    out["words"] = [f"+{change:,}", f"+{labs}", f"+{members}"]

    grew = (items_by_area(LATEST) - items_by_area(BASE).reindex(items_by_area(LATEST).index).fillna(0)).astype(int)
    top = grew.sort_values(ascending=False)
    out["areas"] = [area_name(top.index[0], lang), f"{top.iloc[0]:,}", f"{items_by_area(LATEST)[top.index[0]]:,}"]

    before = set(read("qualifications", BASE, ["qualification_id"])["qualification_id"])
    now = read("qualifications", LATEST, ["qualification_id", "institution_id", "lab_id"])
    new = now[~now["qualification_id"].isin(before)]
    added = new.groupby(["institution_id", "lab_id"], dropna=False).size().sort_values(ascending=False)
    inst = read("institutions", LATEST).set_index("institution_id")
    out["added"] = [f"{added.iloc[0]:,}", inst.loc[added.index[0][0], "name_zh" if lang == "zh-CN" else "name_en"]]

    out["levels"] = [f"{national_provincial(LATEST)}", f"{labs}"]

    wgm = read("working_group_members", LATEST)
    doms = read("domains", LATEST).dropna(subset=["working_group_id"])[["domain_id", "working_group_id"]]
    q = read("qualifications", LATEST, ["institution_id", "domain_id"])
    per_group = q.merge(wgm[["working_group_id", "institution_id"]]).merge(doms).groupby("working_group_id").size()
    gid = per_group.sort_values(ascending=False).index[0]
    out["groups"] = [f"{per_group[gid]:,}", f"{int((wgm['working_group_id'] == gid).sum())}"]

    cov = coverage(LATEST).reset_index()
    gaps = cov[(cov["annual_demand_batches"] > 0) & (cov["coverage_pct"] < 80)].sort_values(
        ["gap_batches", "area_id", "domain_id"], ascending=[False, True, True])
    out["gaps"] = [f"{len(gaps)}", f"{gaps['gap_batches'].iloc[0]:,}", area_name(gaps["area_id"].iloc[0], lang)]

    members_area = read("institutions", LATEST)[["institution_id", "area_id"]].rename(
        columns={"institution_id": "provider_institution_id", "area_id": "provider_area_id"})
    svc = read("services", LATEST).merge(members_area)
    svc = svc[svc["provider_area_id"] != svc["client_area_id"]]
    quarter = pd.to_datetime(svc["month"]).dt.to_period("Q")
    last = quarter.max()
    out["flows"] = [f"{int(svc.loc[quarter == last, 'batches'].sum()):,}",
                    f"{last.year}年第{last.quarter}季度" if lang == "zh-CN" else f"{last.year} Q{last.quarter}"]

    events = read("events", LATEST)
    day = pd.to_datetime(events["date"])
    between = events[(day > pd.Timestamp(BASE)) & (day <= pd.Timestamp(LATEST))]
    out["milestones"] = [f"{len(between)}"]
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_each_title_states_its_figure(titles, lang):
    want = expected(lang)
    assert set(want) == set(titles[lang]) - {"title"}
    for key, parts in want.items():
        for part in parts:
            assert part in titles[lang][key], (key, part, titles[lang][key])


def test_published_figures_in_the_messages(titles):
    """The published figures of the news report, where a slide's message carries them."""
    assert "1,052" in titles["en"]["added"] and "1,052" in titles["zh-CN"]["added"]
    assert titles["en"]["levels"].startswith("22 national and provincial labs")
    assert titles["zh-CN"]["levels"].startswith("国家级、省级实验室 22 个")


@pytest.mark.parametrize("lang", LANGS)
def test_titles_differ_from_topics_and_carry_no_markup(titles, lang):
    for key, title in titles[lang].items():
        assert not any(m in title for m in ("<br>", "&lt;", "&amp;", "(s)")), title
        if key != "title":
            assert any(c.isdigit() for c in title), title


@pytest.mark.parametrize("n,word", [(1, "1 gap below"), (2, "2 gaps below")])
def test_english_counts_agree_with_the_number(n, word):
    from alliance.briefing import headlines

    now = pd.DataFrame({"area_id": ["anshan"] * n, "domain_id": [f"d{i}" for i in range(n)],
                        "gap_batches": list(range(n, 0, -1)), "area_name_zh": ["鞍山"] * n,
                        "area_name_en": ["Anshan"] * n, "domain_name_zh": ["食品"] * n,
                        "domain_name_en": ["Food"] * n})
    title = headlines.gaps(now, "80", "en")
    assert title.startswith(word) and "food in Anshan" in title
