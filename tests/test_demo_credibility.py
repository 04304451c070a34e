"""The synthetic part of the demo is believable (README, Data): nothing dated after its snapshot, capability tables
not copied between members, counts that differ, service records that fit the enterprises asking, coverage a reader
believes, item names that fit their standards; and the published figures stay exact."""
from __future__ import annotations

import datetime as dt
import itertools
import re

import expected
import pandas as pd
import pytest
from conftest import DATA, DATES, LATEST, read

from alliance import published
from alliance.db import Database
from alliance.snapshots import scan

MAX_SHARED = 0.30  # share of the smaller item list two members may have in common
COVERAGE_RANGE = (20.0, 160.0)  # local capacity ÷ demand, % — where members test a domain locally
COVERAGE_CORE = (50.0, 120.0)  # where most such cells are
CORE_SHARE = 0.70  # "most": at least this share of them, in every snapshot

YEAR = re.compile(r"[-—:]((?:19|20)\d\d)$|((?:19|20)\d\d)年版")


def standard_year(code: str) -> int | None:
    m = YEAR.search(code)
    return int(m.group(1) or m.group(2)) if m else None


@pytest.fixture(scope="module", params=DATES)
def items(request):
    q = read("qualifications", request.param)
    members = set(read("institutions", request.param)["institution_id"])
    return request.param, q[q["institution_id"].isin(members)]


# -- dates ---------------------------------------------------------------------------------------------------------
def test_no_standard_dated_after_its_snapshot(items):
    snapshot, q = items
    years = q["standard_code"].map(standard_year)
    late = q[years > dt.date.fromisoformat(snapshot).year]
    assert late.empty, late[["institution_id", "item_zh", "standard_code"]].head().to_dict("records")


def test_no_item_accredited_before_its_standard_existed(items):
    _, q = items
    years = q["standard_code"].map(standard_year)
    accredited = pd.to_datetime(q["accredited_on"]).dt.year
    early = q[years.notna() & (accredited < years)]
    assert early.empty, early[["item_zh", "standard_code", "accredited_on"]].head().to_dict("records")


def test_every_standard_code_carries_a_year(items):
    _, q = items
    assert q["standard_code"].map(standard_year).notna().all()


@pytest.mark.parametrize("snapshot", DATES)
def test_every_date_column_is_within_its_snapshot(snapshot):
    day = pd.Timestamp(snapshot)
    for table, cols in {"institutions": ["joined_on"], "labs": ["recognized_on"], "qualifications": ["accredited_on"],
                        "working_groups": ["founded_on"], "services": ["month"], "experts": ["joined_on"],
                        "events": ["date"]}.items():
        df = read(table, snapshot)
        for col in cols:
            assert (pd.to_datetime(df[col]) <= day).all(), (table, col)


@pytest.mark.parametrize("snapshot", DATES)
def test_profiles_name_only_labs_recognised_by_then(snapshot):
    inst, labs = read("institutions", snapshot), read("labs")  # every lab the demo knows, as of the latest
    existing = set(read("labs", snapshot)["name_zh"])
    for text in inst["advantage_resources_zh"]:
        named = {name for name in labs["name_zh"] if name in text}
        assert named <= existing, named - existing


# -- capability tables -------------------------------------------------------------------------------------------
def test_no_two_members_share_more_than_30_percent_of_their_items(items):
    snapshot, q = items
    lists = {iid: set(zip(g["item_zh"], g["standard_code"])) for iid, g in q.groupby("institution_id")}
    worst = max(((len(lists[a] & lists[b]) / min(len(lists[a]), len(lists[b])), a, b)
                 for a, b in itertools.combinations(sorted(lists), 2)), default=(0.0, "", ""))
    assert worst[0] <= MAX_SHARED, f"{snapshot}: {worst[1]} and {worst[2]} share {worst[0]:.0%} of their items"


def test_no_two_members_hold_the_same_number_of_items(items):
    snapshot, q = items
    counts = q.groupby("institution_id").size()
    assert not counts.duplicated().any(), counts[counts.duplicated(keep=False)].sort_values().to_dict()


def test_counts_follow_size():
    """Bigger members (by staff) hold more items, on the whole: the rank correlation is clearly positive."""
    inst = read("institutions").set_index("institution_id")
    counts = read("qualifications").groupby("institution_id").size()
    ranks = pd.DataFrame({"staff": inst["technical_staff"], "items": counts.reindex(inst.index)}).rank()
    assert ranks["staff"].corr(ranks["items"]) > 0.4


def test_each_member_holds_items_only_in_its_own_domains():
    q, caps = read("qualifications"), read("capacity")
    held = set(zip(q["institution_id"], q["domain_id"]))
    assert held == set(zip(caps["institution_id"], caps["domain_id"]))


# Standards a tester knows by heart, and what can be tested under them.
FITS = [
    ("GB/T 22589", "item_zh", ("镁碳砖",)),
    ("JJG 52-", "item_zh", ("一般压力表", "电接点压力表", "压力真空表", "氧气压力表")),
    ("JJG 1033-", "item_zh", ("电磁流量计",)),
    ("JJG 162-", "item_zh", ("水表",)),
    ("JJG 539-", "item_zh", ("秤", "衡")),
    ("TSG T7001-", "item_zh", ("电梯",)),
    ("TSG T7005-", "item_zh", ("自动扶梯", "自动人行道")),
    ("GB 175-", "item_zh", ("水泥",)),
    ("GB 4706.", "domain_id", ("electrical",)),
    ("GB 7000.", "domain_id", ("electrical",)),
    ("GB 5009.", "domain_id", ("food", "agriculture")),
    ("GB 4789.", "domain_id", ("food", "water")),
    ("GB 23200.", "domain_id", ("agriculture",)),
    ("NY/T 761-", "domain_id", ("agriculture",)),
    ("GB/T 5750.", "domain_id", ("water",)),
    ("HJ ", "domain_id", ("environment", "health")),
    ("JJG ", "domain_id", ("metrology",)),
    ("JJF ", "domain_id", ("metrology",)),
    ("TSG ", "domain_id", ("special_equipment",)),
    ("NB/T 47013", "domain_id", ("special_equipment",)),
    ("中国药典", "domain_id", ("medical",)),
    ("GB 38900-", "domain_id", ("motor_vehicle",)),
    ("GBZ", "domain_id", ("health",)),
]
SELDOM_HELD = {"GBZ"}  # occupational-health methods: the demo's one public-health member may not hold them


@pytest.mark.parametrize("prefix,column,allowed", FITS, ids=[f[0] for f in FITS])
def test_items_fit_their_standard(prefix, column, allowed):
    q = read("qualifications")
    under = q[q["standard_code"].str.startswith(prefix)]
    assert len(under) > 0 or prefix in SELDOM_HELD, f"no item under {prefix}"
    wrong = under[~under[column].map(lambda v: any(a in v for a in allowed))]
    assert wrong.empty, wrong[["item_zh", "standard_code", "domain_id"]].head().to_dict("records")


def test_parameters_name_their_product():
    q = read("qualifications")
    params, products = q[q["scope_type"] == "parameter"], q[q["scope_type"] == "product"]
    assert params["item_zh"].str.contains(" · ").all() and not products["item_zh"].str.contains(" · ").any()
    assert params["item_en"].str.contains(" · ").all()


# -- services and demand -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("snapshot", DATES)
def test_enterprises_served_never_exceed_those_asking(snapshot):
    svc, demand = read("services", snapshot), read("demand", snapshot)
    assert (svc["enterprises_served"] >= 1).all()
    assert (svc["enterprises_served"] <= svc["batches"]).all()
    svc["year"] = pd.to_datetime(svc["month"]).dt.year
    served = svc.groupby(["client_area_id", "domain_id", "year"])["enterprises_served"].sum().reset_index()
    served = served.merge(demand.rename(columns={"area_id": "client_area_id"}), on=["client_area_id", "domain_id"])
    over = served[served["enterprises_served"] > served["enterprises"]]
    assert over.empty, over.head().to_dict("records")


@pytest.mark.parametrize("snapshot", DATES)
def test_coverage_within_the_documented_range(snapshot):
    cov = expected.coverage(snapshot)
    local = cov[cov["local_capacity_batches"] > 0]["coverage_pct"]
    lo, hi = COVERAGE_RANGE
    assert local.between(lo, hi).all(), local[~local.between(lo, hi)].round(1).to_dict()
    core = local.between(*COVERAGE_CORE).mean()
    assert core >= CORE_SHARE, f"only {core:.0%} of local cells within {COVERAGE_CORE}"
    # Where nobody local is qualified there is no local capacity: a real gap, never a silent zero elsewhere.
    none = cov[cov["local_capacity_batches"] == 0]
    assert (none["local_institution_count"] == 0).all()


def test_capacity_is_planned_near_demand_and_shenyang_exports():
    cov = expected.coverage(LATEST).reset_index()
    cov = cov[cov["local_capacity_batches"] > 0]
    assert 70 <= cov["coverage_pct"].median() <= 110
    by_area = cov.groupby("area_id")["coverage_pct"].median()
    assert by_area["shenyang"] > cov["coverage_pct"].median()
    svc, inst = read("services"), read("institutions")
    out = svc.merge(inst[["institution_id", "area_id"]], left_on="provider_institution_id", right_on="institution_id")
    exports = out[out["area_id"] != out["client_area_id"]].groupby("area_id")["batches"].sum()
    assert exports.idxmax() == "shenyang"


# -- the published figures ---------------------------------------------------------------------------------------
def test_published_figures_are_still_exact():
    db = Database(scan(DATA))
    try:
        got = db.query("published_figures", snapshot=dt.date.fromisoformat(LATEST))
    finally:
        db.close()
    rows = {r["figure_id"]: r for r in got.to_dict("records")}
    for fig in published.FIGURES:
        row = rows[fig.figure_id]
        text = row["value_text"] if isinstance(row["value_text"], str) else None
        assert published.matches(fig, int(row["value_num"]), text), fig.figure_id
