"""Tabs that run only while open (shell.lazy_tabs) on the by-area drill-down, a member's profile and the comparison:
the tab named in the URL draws its own table or chart and none of the others', and stays open across a language
change, a filter that changes its label's count, and a page switch. The gaps page's tabs: tests/test_gaps.py."""
import pytest
from conftest import read
from conftest import run_page as run

INST = "sy_metrology"


def first_columns(at) -> list[str]:
    return [d.value.columns[0] for d in at.dataframe]


# (page, URL parameters, tab key, {tab: (charts on the page, first column of each table)})
CASES = [
    ("pages/capacity_by_area.py", {}, "area_tab",
     {"members": (2, ["Area", "Institution"]), "domains": (3, ["Area"]),
      "labs": (2, ["Area", "Laboratory / centre"])}),
    ("pages/members.py", {"institution": INST}, "dir_tab",
     {"domains": (0, ["Institution", "Domain"]), "experts": (0, ["Institution", "Name"]),
      "history": (1, ["Institution"])}),
    ("pages/compare.py", {}, "cmp_tab",
     {"area": (2, ["Measure", "Area", "Institution", "Kind", "Date"]),
      "domain": (2, ["Measure", "Domain", "Institution", "Kind", "Date"]),
      "level": (2, ["Measure", "Level", "Institution", "Kind", "Date"]),
      "group": (2, ["Measure", "Working group", "Institution", "Kind", "Date"])}),
]


@pytest.mark.parametrize("page,params,key,tabs", CASES, ids=[c[2] for c in CASES])
def test_only_the_open_tab_runs_and_its_link_opens_it(page, params, key, tabs):
    for tab, (charts, columns) in tabs.items():
        at = run(page, lang="en", **params, **{key: tab})
        assert not at.exception
        assert (len(at.get("plotly_chart")), first_columns(at)) == (charts, columns), tab
        assert at.query_params[key] in (tab, [tab])


@pytest.mark.parametrize("page,params,key,tabs", CASES, ids=[c[2] for c in CASES])
def test_no_tab_in_the_url_opens_the_first(page, params, key, tabs):
    at = run(page, lang="en", **params)
    first = next(iter(tabs))
    assert not at.exception and first_columns(at) == tabs[first][1]
    assert at.query_params[key] in (first, [first])


def test_open_tab_survives_a_language_change_and_a_count_in_its_label_changing():
    """The by-area tabs' labels carry counts ("Labs (12)"); a filter that changes the count, or another language,
    must not close the tab the analyst opened."""
    at = run("pages/capacity_by_area.py", lang="en", area="shenyang", area_tab="labs")
    assert first_columns(at)[-1] == "Laboratory / centre"
    labs = read("labs").merge(read("institutions")[["institution_id", "area_id"]], on="institution_id")
    some = sorted(labs.loc[labs["area_id"] == "shenyang", "domain_id"].unique())[:1]
    at.multiselect(key="domains").set_value(some).run()
    assert not at.exception and first_columns(at)[-1] == "Laboratory / centre"
    assert at.query_params["area_tab"] in ("labs", ["labs"])
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/capacity_by_area.py").run()
    assert not at.exception and first_columns(at)[-1] == "Laboratory / centre"


def test_open_tab_survives_the_language_switch():
    at = run("pages/members.py", lang="en", institution=INST, dir_tab="experts")
    assert first_columns(at)[-1] == "Name"
    at.radio(key="lang").set_value("zh-CN").run()
    assert not at.exception and len(at.dataframe) == 2 and not at.get("plotly_chart")
    assert at.query_params["dir_tab"] in ("experts", ["experts"])
