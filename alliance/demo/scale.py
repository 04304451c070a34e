"""The demo model at alliance, province and national size, for benchmarks. Vectorised: millions of rows in seconds.

Written through the same atomic snapshot writer as the demo and ingest, outside the repository.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..schema import SCHEMAS
from ..snapshots import write_snapshot
from . import items as catalog
from . import reference as ref

SIZES = {  # institutions, qualification items in the latest snapshot
    "alliance": (60, 48_000),
    "province": (2_000, 2_000_000),
    "national": (50_000, 10_000_000),
}
SNAPSHOTS = ["2021-09-30", "2021-12-31", "2022-03-31", "2022-06-30"]
LEVELS = np.array(["national", "provincial", "municipal", "other"])
OWNERSHIP = np.array(["public_institution", "state_owned_enterprise", "private_enterprise"])


def _dates(rng, lo: str, hi: str, n: int) -> np.ndarray:
    a, b = np.datetime64(lo), np.datetime64(hi)
    return a + rng.integers(0, int((b - a).astype(int)) + 1, n).astype("timedelta64[D]")


def _table(name: str, cols: dict) -> pa.Table:
    schema = SCHEMAS[name]
    return pa.table({f.name: pa.array(cols[f.name], type=f.type) if not isinstance(cols[f.name], pa.Array)
                     else cols[f.name].cast(f.type) for f in schema}, schema=schema)


def build(size: str, seed: int = 7) -> dict[str, dict[str, pa.Table]]:
    rng = np.random.default_rng(seed)
    n_inst, n_items = SIZES[size]
    areas = ref.AREAS
    area_ids = np.array([a[0] for a in areas])
    pop = np.array([a[5] or 45.0 for a in areas])
    domains = [d[0] for d in ref.DOMAINS]
    dom_ids = np.array(domains)

    # Institutions: heavy-tailed sizes, one to four domains each, joined over the four quarters.
    inst_ids = np.array([f"i{n:06d}" for n in range(n_inst)])
    inst_area = rng.choice(area_ids, n_inst, p=pop / pop.sum())
    staff = np.maximum(3, rng.lognormal(3.0, 0.8, n_inst).astype(np.int64))
    senior = (staff * rng.uniform(0.15, 0.4, n_inst)).astype(np.int64)
    assets = (staff * 720_000 * rng.lognormal(0, 0.3, n_inst)).astype(np.int64) // 10_000 * 10_000
    joined = _dates(rng, "2019-01-01", SNAPSHOTS[-1], n_inst)
    joined[: max(1, n_inst // 2)] = np.datetime64("2021-01-15")
    main_dom = rng.integers(0, len(domains), n_inst)

    # Qualification items: proportional to staff, in the institution's main domain or a neighbour.
    per_inst = np.floor(staff / staff.sum() * n_items).astype(np.int64)
    per_inst[: n_items - per_inst.sum()] += 1
    q_inst = np.repeat(np.arange(n_inst), per_inst)
    q_dom = (main_dom[q_inst] + (rng.random(len(q_inst)) < 0.3) * rng.integers(1, 4, len(q_inst))) % len(domains)
    leaves = {d: catalog.leaves(d) for d in domains}
    leaf_scope, leaf_zh, leaf_en, leaf_std, offsets = [], [], [], [], [0]
    for d in domains:
        for scope, zh, en, std in leaves[d]:
            leaf_scope.append(scope), leaf_zh.append(zh), leaf_en.append(en), leaf_std.append(std)
        offsets.append(len(leaf_zh))
    offsets = np.array(offsets)
    sizes = np.diff(offsets)
    leaf = offsets[q_dom] + (rng.integers(0, 1 << 30, len(q_inst)) % sizes[q_dom])
    as_dict = lambda values: pa.DictionaryArray.from_arrays(pa.array(leaf, pa.int32()), pa.array(values))  # noqa: E731
    q_date = _dates(rng, "2012-01-01", SNAPSHOTS[-1], len(q_inst))

    n_labs = max(22, n_inst // 2)
    lab_inst = rng.integers(0, n_inst, n_labs)
    lab_level = rng.choice(LEVELS, n_labs, p=[0.05, 0.25, 0.4, 0.3])
    lab_date = _dates(rng, "2010-01-01", SNAPSHOTS[-1], n_labs)

    months = np.arange(np.datetime64("2021-01"), np.datetime64("2022-07")).astype("datetime64[D]")
    s_inst = np.repeat(np.arange(n_inst), 2)
    s_dom = np.concatenate([main_dom.reshape(-1, 1), ((main_dom + 1) % len(domains)).reshape(-1, 1)], 1).ravel()
    s_inst, s_dom = np.tile(s_inst, len(months)), np.tile(s_dom, len(months))
    s_month = np.repeat(months, n_inst * 2)
    local = rng.random(len(s_inst)) < 0.85
    s_client = np.where(local, inst_area[s_inst], rng.choice(area_ids, len(s_inst)))
    s_batches = np.maximum(1, (staff[s_inst] * rng.uniform(0.5, 3, len(s_inst))).astype(np.int64))

    n_exp = max(155, n_inst * 3)
    e_inst = rng.integers(0, n_inst, n_exp)
    e_date = _dates(rng, "2021-02-26", SNAPSHOTS[-1], n_exp)

    out = {}
    for snap in SNAPSHOTS:
        day = np.datetime64(snap)
        member = joined <= day
        mi = np.flatnonzero(member)
        qm = member[q_inst] & (q_date <= day)
        lm = member[lab_inst] & (lab_date <= day)
        sm = member[s_inst] & (s_month <= day)
        em = member[e_inst] & (e_date <= day)
        inst_dom = np.unique(np.stack([q_inst[qm], q_dom[qm]], 1), axis=0)
        tables = {
            "areas": _table("areas", {"area_id": area_ids, "name_zh": [a[1] for a in areas],
                                      "name_en": [a[2] for a in areas], "kind": [a[3] for a in areas],
                                      "admin_code": [a[4] for a in areas],
                                      "population": [None if a[5] is None else int(a[5] * 10_000) for a in areas],
                                      "enterprises": [a[6] for a in areas],
                                      "gdp_cny": [None if a[7] is None else a[7] * 100_000_000 for a in areas],
                                      "lon": [a[8] for a in areas], "lat": [a[9] for a in areas]}),
            "domains": _table("domains", {"domain_id": dom_ids, "name_zh": [d[1] for d in ref.DOMAINS],
                                          "name_en": [d[2] for d in ref.DOMAINS],
                                          "working_group_id": [d[3] for d in ref.DOMAINS],
                                          "cma_field_code": [None] * len(domains)}),
            "institutions": _table("institutions", {
                "institution_id": inst_ids[mi], "name_zh": [f"检测机构{i}" for i in mi],
                "name_en": [f"Testing institution {i}" for i in mi], "area_id": inst_area[mi],
                "ownership": OWNERSHIP[mi % 3], "is_lead": mi == 0, "joined_on": joined[mi],
                "assets_cny": assets[mi], "technical_staff": staff[mi], "senior_staff": senior[mi],
                "cma_certificate_no": [None] * len(mi), **{f"{k}_{lang}": [None] * len(mi)
                for k in ("featured_projects", "advantage_resources", "service_directions") for lang in ("zh", "en")}}),
            "labs": _table("labs", {"lab_id": [f"l{i:06d}" for i in np.flatnonzero(lm)],
                                    "institution_id": inst_ids[lab_inst[lm]],
                                    "name_zh": [f"实验室{i}" for i in np.flatnonzero(lm)],
                                    "name_en": [f"Lab {i}" for i in np.flatnonzero(lm)], "level": lab_level[lm],
                                    "domain_id": dom_ids[main_dom[lab_inst[lm]]], "recognized_on": lab_date[lm]}),
            "qualifications": _table("qualifications", {
                "qualification_id": pc.binary_join_element_wise("q", pc.cast(pa.array(np.flatnonzero(qm)), pa.string()), ""),
                "institution_id": inst_ids[q_inst[qm]], "lab_id": pa.nulls(int(qm.sum()), pa.string()),
                "domain_id": dom_ids[q_dom[qm]],
                "scope_type": as_dict(leaf_scope).filter(pa.array(qm)).dictionary_decode(),
                "item_zh": as_dict(leaf_zh).filter(pa.array(qm)).dictionary_decode(),
                "item_en": as_dict(leaf_en).filter(pa.array(qm)).dictionary_decode(),
                "standard_code": as_dict(leaf_std).filter(pa.array(qm)).dictionary_decode(),
                "accredited_on": q_date[qm]}),
            "working_groups": _table("working_groups", {
                "working_group_id": [g[0] for g in ref.WORKING_GROUPS], "name_zh": [g[1] for g in ref.WORKING_GROUPS],
                "name_en": [g[2] for g in ref.WORKING_GROUPS], "lead_institution_id": [inst_ids[0]] * 4,
                "founded_on": [dt.date(2021, 2, 26)] * 4}),
            "working_group_members": _wgm(inst_ids, inst_dom),
            "capacity": _table("capacity", {"institution_id": inst_ids[inst_dom[:, 0]], "domain_id": dom_ids[inst_dom[:, 1]],
                                            "annual_capacity_batches": staff[inst_dom[:, 0]] * 120}),
            "demand": _table("demand", {"area_id": np.repeat(area_ids, len(domains)),
                                        "domain_id": np.tile(dom_ids, len(area_ids)),
                                        "enterprises": np.repeat(np.array([a[6] for a in areas]) // 5, len(domains)),
                                        "annual_demand_batches": (np.repeat(pop, len(domains)) * 40 * n_inst / 60)
                                        .astype(np.int64), "method": ["estimate"] * len(area_ids) * len(domains)}),
            "services": _table("services", {
                "service_id": pc.binary_join_element_wise("s", pc.cast(pa.array(np.flatnonzero(sm)), pa.string()), ""),
                "provider_institution_id": inst_ids[s_inst[sm]], "client_area_id": s_client[sm],
                "domain_id": dom_ids[s_dom[sm]], "month": s_month[sm], "batches": s_batches[sm],
                "enterprises_served": np.maximum(1, s_batches[sm] // 3),
                "channel": np.where(local[sm], "routine", "one_stop")}),
            "experts": _table("experts", {"expert_id": [f"e{i:06d}" for i in np.flatnonzero(em)],
                                          "name_zh": [f"专家{i}" for i in np.flatnonzero(em)],
                                          "name_en": [f"Expert {i}" for i in np.flatnonzero(em)],
                                          "institution_id": inst_ids[e_inst[em]],
                                          "domain_id": dom_ids[main_dom[e_inst[em]]],
                                          "title_zh": ["高级工程师"] * int(em.sum()),
                                          "title_en": ["Senior Engineer"] * int(em.sum()),
                                          "specialty_zh": [None] * int(em.sum()), "specialty_en": [None] * int(em.sum()),
                                          "joined_on": e_date[em]}),
            "events": _table("events", {"event_id": ["ev001"], "date": [dt.date(2021, 1, 15)], "kind": ["governance"],
                                        "title_zh": ["建立联盟联席会议制度"], "title_en": ["Joint-meeting system established"],
                                        "working_group_id": [None], "institution_id": [inst_ids[0]], "area_id": [None],
                                        "qualification_delta": [None]}),
        }
        out[snap] = tables
    return out


def _wgm(inst_ids: np.ndarray, inst_dom: np.ndarray) -> pa.Table:
    group_of = np.array([d[3] or "" for d in ref.DOMAINS])
    pairs = {(inst_ids[i], group_of[d]) for i, d in inst_dom if group_of[d]}
    pairs = sorted(pairs)
    return _table("working_group_members", {"working_group_id": [g for _, g in pairs],
                                            "institution_id": [i for i, _ in pairs],
                                            "role": ["lead" if i == inst_ids[0] else "member" for i, _ in pairs]})


def write(size: str, root: Path) -> list[Path]:
    from .. import search_index
    from ..snapshots import scan

    paths = [write_snapshot(root, snap, tables, source="demo", replace=True, provenance={"scale": size},
                           keep_replaced=False)
             for snap, tables in build(size).items()]
    for snapshot in scan(root).snapshots:  # indexed when published, as ingest does
        search_index.folder(snapshot)
    return paths
