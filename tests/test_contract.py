"""The contract's constraints hold in every demo snapshot: keys, foreign keys, enumerations, ranges, dates."""
import datetime as dt
import hashlib

import pandas as pd
import pytest
from conftest import DATA, DATES, manifest, read

KEYS = {"areas": ["area_id"], "domains": ["domain_id"], "institutions": ["institution_id"], "labs": ["lab_id"],
        "qualifications": ["qualification_id"], "working_groups": ["working_group_id"],
        "working_group_members": ["working_group_id", "institution_id"], "capacity": ["institution_id", "domain_id"],
        "demand": ["area_id", "domain_id"], "services": ["service_id"], "experts": ["expert_id"],
        "events": ["event_id"]}
FKS = [  # table, column, parent table, parent key, nullable
    ("domains", "working_group_id", "working_groups", "working_group_id", True),
    ("institutions", "area_id", "areas", "area_id", False),
    ("labs", "institution_id", "institutions", "institution_id", False),
    ("labs", "domain_id", "domains", "domain_id", False),
    ("qualifications", "institution_id", "institutions", "institution_id", False),
    ("qualifications", "lab_id", "labs", "lab_id", True),
    ("qualifications", "domain_id", "domains", "domain_id", False),
    ("working_groups", "lead_institution_id", "institutions", "institution_id", False),
    ("working_group_members", "working_group_id", "working_groups", "working_group_id", False),
    ("working_group_members", "institution_id", "institutions", "institution_id", False),
    ("capacity", "institution_id", "institutions", "institution_id", False),
    ("capacity", "domain_id", "domains", "domain_id", False),
    ("demand", "area_id", "areas", "area_id", False),
    ("demand", "domain_id", "domains", "domain_id", False),
    ("services", "provider_institution_id", "institutions", "institution_id", False),
    ("services", "client_area_id", "areas", "area_id", False),
    ("services", "domain_id", "domains", "domain_id", False),
    ("experts", "institution_id", "institutions", "institution_id", False),
    ("experts", "domain_id", "domains", "domain_id", False),
    ("events", "working_group_id", "working_groups", "working_group_id", True),
    ("events", "institution_id", "institutions", "institution_id", True),
    ("events", "area_id", "areas", "area_id", True),
]
ENUMS = [("areas", "kind", {"city", "demo_zone"}),
         ("institutions", "ownership", {"public_institution", "state_owned_enterprise", "private_enterprise"}),
         ("labs", "level", {"national", "provincial", "municipal", "other"}),
         ("qualifications", "scope_type", {"product", "parameter"}),
         ("working_group_members", "role", {"lead", "member"}), ("demand", "method", {"estimate", "survey"}),
         ("services", "channel", {"one_stop", "emergency", "routine"}),
         ("events", "kind", {"joint_meeting", "governance", "capability", "service", "membership"})]
NON_NEGATIVE = [("areas", "population"), ("areas", "enterprises"), ("areas", "gdp_cny"),
                ("institutions", "assets_cny"), ("institutions", "technical_staff"), ("institutions", "senior_staff"),
                ("capacity", "annual_capacity_batches"), ("demand", "enterprises"),
                ("demand", "annual_demand_batches"), ("services", "batches"), ("services", "enterprises_served")]
DATES_COLS = [("institutions", "joined_on"), ("labs", "recognized_on"), ("qualifications", "accredited_on"),
              ("working_groups", "founded_on"), ("services", "month"), ("experts", "joined_on"), ("events", "date")]


@pytest.mark.parametrize("snapshot", DATES)
@pytest.mark.parametrize("table", sorted(KEYS))
def test_keys_unique_and_not_null(snapshot, table):
    df = read(table, snapshot)
    keys = df[KEYS[table]]
    assert not keys.isna().any().any()
    assert not keys.duplicated().any()


@pytest.mark.parametrize("snapshot", DATES)
@pytest.mark.parametrize("table,col,parent,key,nullable", FKS)
def test_foreign_keys_resolve(snapshot, table, col, parent, key, nullable):
    values = read(table, snapshot)[col]
    if not nullable:
        assert not values.isna().any()
    assert set(values.dropna()) <= set(read(parent, snapshot)[key])


@pytest.mark.parametrize("snapshot", DATES)
@pytest.mark.parametrize("table,col,allowed", ENUMS)
def test_enumerations(snapshot, table, col, allowed):
    assert set(read(table, snapshot)[col]) <= allowed


@pytest.mark.parametrize("snapshot", DATES)
def test_ranges(snapshot):
    for table, col in NON_NEGATIVE:
        assert (read(table, snapshot)[col].dropna() >= 0).all(), (table, col)
    inst = read("institutions", snapshot)
    assert (inst["senior_staff"] <= inst["technical_staff"]).all()
    assert inst["is_lead"].sum() == 1


@pytest.mark.parametrize("snapshot", DATES)
def test_no_date_after_snapshot(snapshot):
    day = dt.date.fromisoformat(snapshot)
    for table, col in DATES_COLS:
        values = read(table, snapshot)[col]
        assert (pd.to_datetime(values).dt.date <= day).all(), (table, col)


@pytest.mark.parametrize("snapshot", DATES)
def test_manifest_matches_files(snapshot):
    m = manifest(snapshot)
    assert m["snapshot"] == snapshot and m["schema_version"] == 1 and m["source"] == "demo"
    for table, entry in m["tables"].items():
        path = DATA / "snapshots" / f"snapshot={snapshot}" / f"{table}.parquet"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
        assert len(read(table, snapshot)) == entry["rows"]


def test_keys_are_stable_across_snapshots():
    names = {}
    for snapshot in DATES:
        for row in read("institutions", snapshot)[["institution_id", "name_zh"]].itertuples():
            assert names.setdefault(row.institution_id, row.name_zh) == row.name_zh


def test_history_grows():
    counts = [len(read("qualifications", s, ["qualification_id"])) for s in DATES]
    assert counts == sorted(counts) and len(DATES) >= 6
    members = [len(read("institutions", s)) for s in DATES]
    assert members == sorted(members) and 40 <= members[-1] <= 80
    assert 12 <= len(read("domains")) <= 16
