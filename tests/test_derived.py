"""The derived per-institution domain counts (alliance/derived.sql) and the queries rewritten on them give the same
figures as counting the items themselves: on every demo snapshot, and on a generated snapshot with another shape."""
import datetime as dt

import pandas as pd
import pytest
from conftest import DATES, read

NO = {"areas": (), "groups": (), "levels": ()}


@pytest.mark.parametrize("snapshot", DATES)
def test_derived_counts_equal_the_items(demo, snapshot):
    got = demo.con.execute("select institution_id, domain_id, item_count from institution_domain_items "
                           "where snapshot = ?", [dt.date.fromisoformat(snapshot)]).df()
    want = read("qualifications", snapshot, ["institution_id", "domain_id"]).groupby(
        ["institution_id", "domain_id"]).size().rename("item_count").reset_index()
    key = ["institution_id", "domain_id"]
    pd.testing.assert_frame_equal(got.sort_values(key).reset_index(drop=True),
                                  want.sort_values(key).reset_index(drop=True), check_dtype=False)


# The item counts as the queries computed them before the derived table: straight from the items.
ITEMS_BY_AREA = """select i.area_id, count(*) as n from qualifications q
    join institutions i on i.institution_id = q.institution_id and i.snapshot = q.snapshot
    where q.snapshot = $s and list_contains($d, q.domain_id)
      and i.institution_id in (select institution_id from qualifications where snapshot = $s
                               and list_contains($d, domain_id))
    group by i.area_id"""
ITEMS_BY_DOMAIN_IN_AREA = """select q.domain_id, count(*) as n, count(distinct q.institution_id) as k
    from qualifications q join institutions i on i.institution_id = q.institution_id and i.snapshot = q.snapshot
    where q.snapshot = $s and i.area_id = $a and list_contains($d, q.domain_id) group by q.domain_id"""
ITEMS_BY_INSTITUTION_IN_AREA = """select q.institution_id, count(*) as n, count(distinct q.domain_id) as k
    from qualifications q join institutions i on i.institution_id = q.institution_id and i.snapshot = q.snapshot
    where q.snapshot = $s and i.area_id = $a and list_contains($d, q.domain_id) group by q.institution_id"""


@pytest.mark.parametrize("which", ["demo", "generated"])
def test_rewritten_queries_keep_their_answers(request, which):
    db = request.getfixturevalue(which)
    day = max(s.date for s in db.catalog.snapshots)
    day = dt.date.fromisoformat(str(day))
    domains = [r[0] for r in db.con.execute(
        "select domain_id from domains where snapshot = ? order by domain_id", [day]).fetchall()]
    checked = 0
    for picked in [tuple(domains[:2]), tuple(domains[3:6]), (domains[-1],)]:
        d = list(picked)
        by_area = db.query("capacity_by_area", snapshot=day, domains=picked, **NO).set_index("area_id")
        want = dict(db.con.execute(ITEMS_BY_AREA, {"s": day, "d": d}).fetchall())
        assert {a: int(n) for a, n in by_area["qualification_count"].items() if n} == want
        for area in by_area.index[by_area["institution_count"] > 0][:3]:
            params = {"snapshot": day, "area_id": area, "domains": picked, "groups": (), "levels": ()}
            doms = db.query("domains_in_area", **params).set_index("domain_id")
            want = {r[0]: (r[1], r[2]) for r in db.con.execute(ITEMS_BY_DOMAIN_IN_AREA,
                                                                  {"s": day, "a": area, "d": d}).fetchall()}
            assert {k: (int(r.qualification_count), int(r.institution_count)) for k, r in doms.iterrows()} == want
            inst = db.query("institutions_in_area", **params).set_index("institution_id")
            want = {r[0]: (r[1], r[2]) for r in db.con.execute(ITEMS_BY_INSTITUTION_IN_AREA,
                                                                  {"s": day, "a": area, "d": d}).fetchall()}
            assert {k: (int(r.qualification_count), int(r.domain_count)) for k, r in inst.iterrows()} == want
            checked += 1
    assert checked >= 3


@pytest.mark.parametrize("snapshot", [DATES[1], DATES[-1]])
def test_coverage_trend_equals_capped_capacity_over_demand(demo, snapshot):
    """Each area's trend point: capacity capped at demand per domain, summed, over demand; every snapshot up to it."""
    import expected

    got = demo.query("coverage_trend_by_area", snapshot=dt.date.fromisoformat(snapshot))
    for s in [d for d in DATES if d <= snapshot]:
        cov = expected.coverage(s).reset_index()
        cov["covered"] = cov[["local_capacity_batches", "annual_demand_batches"]].min(axis=1)
        want = cov.groupby("area_id")[["covered", "annual_demand_batches"]].sum()
        part = got[got["snapshot"].astype(str).str[:10] == s].set_index("area_id")
        assert sorted(part.index) == sorted(want.index), s
        for area, row in want.iterrows():
            assert int(part.loc[area, "covered_batches"]) == int(row["covered"]), (s, area)
            assert int(part.loc[area, "annual_demand_batches"]) == int(row["annual_demand_batches"]), (s, area)
            pct = 100.0 * row["covered"] / row["annual_demand_batches"]
            assert part.loc[area, "coverage_pct"] == pytest.approx(pct), (s, area)


@pytest.mark.parametrize("areas", [(), ("shenyang", "tieling")])
def test_change_by_domain_counts_equal_the_items(demo, areas):
    """Items and qualified institutions per domain in both snapshots, as counted from the items themselves."""
    now, base = DATES[-1], DATES[-2]
    got = demo.query("change_by_domain", snapshot=dt.date.fromisoformat(now), base=dt.date.fromisoformat(base),
                     areas=areas, domains=()).set_index("domain_id")

    def counts(snapshot):
        inst = read("institutions", snapshot)[["institution_id", "area_id"]]
        if areas:
            inst = inst[inst["area_id"].isin(areas)]
        q = read("qualifications", snapshot, ["institution_id", "domain_id"]).merge(inst)
        return q.groupby("domain_id").size(), q.groupby("domain_id")["institution_id"].nunique()

    (items_now, inst_now), (items_base, inst_base) = counts(now), counts(base)
    for domain, row in got.iterrows():
        assert row["qualification_count"] == items_now.get(domain, 0), domain
        assert row["qualification_count_base"] == items_base.get(domain, 0), domain
        assert row["institution_count"] == inst_now.get(domain, 0), domain
        assert row["institution_count_base"] == inst_base.get(domain, 0), domain
