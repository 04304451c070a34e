"""The data contract's tables as Arrow schemas (shared/DATA_MODEL.md, schema_version 1)."""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

_s, _i, _d, _b, _f = pa.string(), pa.int64(), pa.date32(), pa.bool_(), pa.float64()

SCHEMAS: dict[str, pa.Schema] = {
    "areas": pa.schema([
        ("area_id", _s), ("name_zh", _s), ("name_en", _s), ("kind", _s), ("admin_code", _s),
        ("population", _i), ("enterprises", _i), ("gdp_cny", _i), ("lon", _f), ("lat", _f),
    ]),
    "domains": pa.schema([
        ("domain_id", _s), ("name_zh", _s), ("name_en", _s), ("working_group_id", _s), ("cma_field_code", _s),
    ]),
    "institutions": pa.schema([
        ("institution_id", _s), ("name_zh", _s), ("name_en", _s), ("area_id", _s), ("ownership", _s),
        ("is_lead", _b), ("joined_on", _d), ("assets_cny", _i), ("technical_staff", _i), ("senior_staff", _i),
        ("cma_certificate_no", _s),
        ("featured_projects_zh", _s), ("featured_projects_en", _s),
        ("advantage_resources_zh", _s), ("advantage_resources_en", _s),
        ("service_directions_zh", _s), ("service_directions_en", _s),
    ]),
    "labs": pa.schema([
        ("lab_id", _s), ("institution_id", _s), ("name_zh", _s), ("name_en", _s), ("level", _s),
        ("domain_id", _s), ("recognized_on", _d),
    ]),
    "qualifications": pa.schema([
        ("qualification_id", _s), ("institution_id", _s), ("lab_id", _s), ("domain_id", _s), ("scope_type", _s),
        ("item_zh", _s), ("item_en", _s), ("standard_code", _s), ("accredited_on", _d),
    ]),
    "working_groups": pa.schema([
        ("working_group_id", _s), ("name_zh", _s), ("name_en", _s), ("lead_institution_id", _s), ("founded_on", _d),
    ]),
    "working_group_members": pa.schema([("working_group_id", _s), ("institution_id", _s), ("role", _s)]),
    "capacity": pa.schema([("institution_id", _s), ("domain_id", _s), ("annual_capacity_batches", _i)]),
    "demand": pa.schema([
        ("area_id", _s), ("domain_id", _s), ("enterprises", _i), ("annual_demand_batches", _i), ("method", _s),
    ]),
    "services": pa.schema([
        ("service_id", _s), ("provider_institution_id", _s), ("client_area_id", _s), ("domain_id", _s),
        ("month", _d), ("batches", _i), ("enterprises_served", _i), ("channel", _s),
    ]),
    "experts": pa.schema([
        ("expert_id", _s), ("name_zh", _s), ("name_en", _s), ("institution_id", _s), ("domain_id", _s),
        ("title_zh", _s), ("title_en", _s), ("specialty_zh", _s), ("specialty_en", _s), ("joined_on", _d),
    ]),
    "events": pa.schema([
        ("event_id", _s), ("date", _d), ("kind", _s), ("title_zh", _s), ("title_en", _s),
        ("working_group_id", _s), ("institution_id", _s), ("area_id", _s), ("qualification_delta", _i),
    ]),
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)

# Beyond the contract: what a CMA annex says about an item that the contract has no column for (the method named in
# the standards cell, 限制范围, 说明), keyed by qualification_id. A snapshot holds this file only when some item has
# a condition (the demo has none), and lists it in its manifest like the contract's tables; readers that do not know
# it never need it.
CONDITIONS = "qualification_conditions"
EXTRA_SCHEMAS: dict[str, pa.Schema] = {
    CONDITIONS: pa.schema([
        ("qualification_id", _s), ("method_zh", _s), ("restriction_zh", _s), ("remark_zh", _s),
    ]),
}
EXTRA_TABLES: tuple[str, ...] = tuple(EXTRA_SCHEMAS)

# Sort orders chosen so DuckDB can prune row groups for the common filters.
SORT_KEYS: dict[str, list[str]] = {
    "qualifications": ["institution_id", "domain_id", "qualification_id"],
    "services": ["month", "provider_institution_id", "service_id"],
    CONDITIONS: ["qualification_id"],
}

ENUMS: dict[tuple[str, str], set[str]] = {
    ("areas", "kind"): {"city", "demo_zone"},
    ("institutions", "ownership"): {"public_institution", "state_owned_enterprise", "private_enterprise"},
    ("labs", "level"): {"national", "provincial", "municipal", "other"},
    ("qualifications", "scope_type"): {"product", "parameter"},
    ("working_group_members", "role"): {"lead", "member"},
    ("demand", "method"): {"estimate", "survey"},
    ("services", "channel"): {"one_stop", "emergency", "routine"},
    ("events", "kind"): {"joint_meeting", "governance", "capability", "service", "membership"},
}

AREA_IDS = ("shenyang", "anshan", "fushun", "benxi", "fuxin", "liaoyang", "tieling", "shenfu")
