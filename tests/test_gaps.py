"""Capacity gaps, flows and spare capacity: the page's numbers against pandas straight from the Parquet files."""
import datetime as dt
import json

import expected
import pandas as pd
import pytest
from conftest import DATA, DATES, LATEST, read, run_page, table_with

from alliance import gaps
from alliance.db import Database
from alliance.snapshots import scan

SNAPS = [DATES[2], LATEST]


@pytest.fixture(scope="module")
def db():
    return Database(scan(DATA))


def day(s):
    return dt.date.fromisoformat(s)


@pytest.mark.parametrize("snapshot", SNAPS)
def test_coverage_matrix_matches_pandas(db, snapshot):
    got = db.query("coverage_by_area_domain", snapshot=day(snapshot)).set_index(["area_id", "domain_id"])
    want = expected.coverage(snapshot)
    assert len(got) == 8 * len(read("domains", snapshot))
    for col in ["annual_demand_batches", "local_capacity_batches", "gap_batches", "local_institution_count",
                "inflow_batches_4q", "inflow_from_shenyang_batches_4q"]:
        assert got.loc[want.index, col].astype(int).tolist() == want[col].astype(int).tolist(), col
    assert got.loc[want.index, "coverage_pct"].tolist() == pytest.approx(want["coverage_pct"].tolist())


@pytest.mark.parametrize("snapshot", SNAPS)
@pytest.mark.parametrize("threshold", [80, 50, 120])
def test_ranked_gaps_follow_the_threshold(db, snapshot, threshold):
    cov = db.query("coverage_by_area_domain", snapshot=day(snapshot))
    table = gaps.ranked(cov, threshold, "en")
    want = expected.coverage(snapshot)
    want = want[(want["annual_demand_batches"] > 0) & (want["coverage_pct"] < threshold)]
    assert len(table) == len(want)
    assert table["Gap (batches/yr)"].tolist() == sorted(want["gap_batches"].astype(int), reverse=True)
    assert table["Gap (batches/yr)"].sum() == want["gap_batches"].sum()


@pytest.mark.parametrize("snapshot,area,domain", [(LATEST, "tieling", "food"), (DATES[2], "fuxin", "metrology"),
                                                  (LATEST, "benxi", "construction")])
def test_gap_fillers_spare_capacity(db, snapshot, area, domain):
    got = db.query("gap_fillers", snapshot=day(snapshot), area_id=area, domain_id=domain)
    want = expected.spare_capacity(snapshot, area, domain)
    assert dict(zip(got["institution_id"], got["spare_capacity_batches"].astype(int))) == want
    assert got["distance_km"].is_monotonic_increasing
    assert area not in set(got["area_id"])


@pytest.mark.parametrize("snapshot", SNAPS)
def test_service_flows_match_pandas(db, snapshot):
    got = db.query("service_flows", snapshot=day(snapshot))
    inst = read("institutions", snapshot)[["institution_id", "area_id"]]
    svc = read("services", snapshot).merge(inst, left_on="provider_institution_id", right_on="institution_id")
    svc = svc[(pd.to_datetime(svc["month"]) > pd.Timestamp(snapshot) - pd.DateOffset(months=12))
              & (svc["area_id"] != svc["client_area_id"])]
    want = svc.groupby(["area_id", "client_area_id"])["batches"].sum()
    have = got.groupby(["provider_area_id", "client_area_id"])["batches"].sum()
    assert have.to_dict() == want.to_dict()


def gaps_page(**params):
    return run_page("pages/capacity_gaps.py", **params)


def test_page_shows_the_reports_one_stop_service():
    at = gaps_page(lang="zh-CN", gap_tab="flows")
    assert not at.exception
    table = table_with(at, "其中“一站式”")
    assert table["服务批次"].sum() > 200
    assert table["服务对象地区"].head(3).tolist() == ["鞍山", "铁岭", "本溪"]
    lead = read("institutions").query("is_lead")["institution_id"].iloc[0]
    svc = read("services")
    assert table["服务批次"].sum() == svc[(svc["provider_institution_id"] == lead)
                                      & (svc["client_area_id"] != "shenyang")]["batches"].sum()


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_page_runs_and_lists_gaps(lang):
    at = gaps_page(lang=lang, gap="50", gap_tab="list")
    assert not at.exception
    table = table_with(at, "Gap (batches/yr)" if lang == "en" else "缺口（批次）")
    want = expected.coverage(LATEST)
    assert len(table) == int(((want["annual_demand_batches"] > 0) & (want["coverage_pct"] < 50)).sum())
    assert at.session_state["gap"] == 50


@pytest.mark.parametrize("raw", ["abc", "999", "-5", "80; drop table x", ""])
def test_bad_threshold_in_url_falls_back(raw):
    at = gaps_page(gap=raw)
    assert not at.exception and at.session_state["gap"] == gaps.DEFAULT_THRESHOLD_PCT


def test_threshold_and_pick_survive_page_switch():
    at = gaps_page(lang="en", gap="60", gap_area="fuxin", gap_domain="food", gap_tab="fill")
    assert at.session_state["gap_area"] == "fuxin"
    at.switch_page("pages/overview.py").run()
    assert at.query_params["gap"] in ("60", ["60"])
    at.switch_page("pages/capacity_gaps.py").run()
    assert at.session_state["gap"] == 60 and at.session_state["gap_domain"] == "food"
    fillers = table_with(at, "Spare capacity (batches)")
    want = expected.spare_capacity(LATEST, "fuxin", "food")
    assert sorted(fillers["Spare capacity (batches)"].tolist()) == sorted(want.values())


def test_unknown_area_in_url_is_ignored():
    at = gaps_page(gap_area="nowhere", gap_domain="<b>x</b>", gap_tab="fill")
    assert not at.exception
    want = expected.coverage(LATEST)
    want = want[(want["annual_demand_batches"] > 0) & (want["coverage_pct"] < gaps.DEFAULT_THRESHOLD_PCT)]
    assert (at.session_state["gap_area"], at.session_state["gap_domain"]) == want["gap_batches"].idxmax()


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
@pytest.mark.parametrize("tab", ["matrix", "list", "flows", "fill", "trend"])
def test_each_tab_runs_alone_and_its_link_opens_it(lang, tab):
    """Only the open tab runs: the link's tab draws its own charts and tables and none of another tab's."""
    at = gaps_page(lang=lang, gap_tab=tab)
    assert not at.exception
    charts = {json.loads(el.proto.spec)["data"][0]["type"] for el in at.get("plotly_chart")}
    tables = len(at.dataframe)
    assert at.query_params["gap_tab"] in (tab, [tab])
    assert {"matrix": ({"heatmap", "bar"}, 0), "list": (set(), 1), "flows": ({"sankey", "choroplethmap", "bar"}, 1),
            "fill": (set(), 1), "trend": ({"scatter"}, 0)}[tab] == (charts, tables)
