"""Independent pandas computations of what the pages show (no app code imported)."""
from __future__ import annotations

from conftest import read


def kpis(snapshot: str) -> dict[str, int]:
    inst = read("institutions", snapshot)
    labs = read("labs", snapshot)
    return {
        "assets_cny": int(inst["assets_cny"].sum()),
        "national_provincial_lab_count": int(labs["level"].isin(["national", "provincial"]).sum()),
        "technical_staff_count": int(inst["technical_staff"].sum()),
        "qualification_count": len(read("qualifications", snapshot, ["qualification_id"])),
        "institution_count": len(inst),
        "area_count": len(read("areas", snapshot)),
        "working_group_count": len(read("working_groups", snapshot)),
        "expert_count": len(read("experts", snapshot)),
        "service_batches": int(read("services", snapshot, ["batches"])["batches"].sum()),
    }


def by_area(snapshot: str):
    inst = read("institutions", snapshot)
    q = read("qualifications", snapshot, ["institution_id"]).merge(inst[["institution_id", "area_id"]])
    cap = read("capacity", snapshot).merge(inst[["institution_id", "area_id"]])
    out = read("areas", snapshot).set_index("area_id")[["population"]]
    out["institution_count"] = inst.groupby("area_id").size()
    out["technical_staff_count"] = inst.groupby("area_id")["technical_staff"].sum()
    out["assets_cny"] = inst.groupby("area_id")["assets_cny"].sum()
    out["qualification_count"] = q.groupby("area_id").size()
    out["annual_capacity_batches"] = cap.groupby("area_id")["annual_capacity_batches"].sum()
    counts = out.columns.drop("population")
    out[counts] = out[counts].fillna(0)
    return out


def by_domain(snapshot: str):
    q = read("qualifications", snapshot, ["domain_id"])
    return q.groupby("domain_id").size()


def coverage(snapshot: str):
    """Area × domain: demand, local capacity, gap, coverage, qualified local members, inflow in the last 4 quarters."""
    import pandas as pd

    inst = read("institutions", snapshot)[["institution_id", "area_id"]]
    demand = read("demand", snapshot).set_index(["area_id", "domain_id"])
    cap = read("capacity", snapshot).merge(inst).groupby(["area_id", "domain_id"])["annual_capacity_batches"].sum()
    qual = read("qualifications", snapshot, ["institution_id", "domain_id"]).merge(inst)
    local = qual.groupby(["area_id", "domain_id"])["institution_id"].nunique()
    svc = read("services", snapshot).merge(inst.rename(columns={"institution_id": "provider_institution_id",
                                                                "area_id": "provider_area_id"}))
    day = pd.Timestamp(snapshot)
    recent = svc[(pd.to_datetime(svc["month"]) > day - pd.DateOffset(months=12))
                 & (svc["provider_area_id"] != svc["client_area_id"])]
    inflow = recent.groupby(["client_area_id", "domain_id"])["batches"].sum()
    from_sy = recent[recent["provider_area_id"] == "shenyang"].groupby(["client_area_id", "domain_id"])["batches"].sum()
    out = demand[["annual_demand_batches"]].copy()
    out["local_capacity_batches"] = cap.reindex(out.index).fillna(0).astype(int)
    out["gap_batches"] = (out["annual_demand_batches"] - out["local_capacity_batches"]).clip(lower=0)
    out["coverage_pct"] = 100.0 * out["local_capacity_batches"] / out["annual_demand_batches"]
    out["local_institution_count"] = local.reindex(out.index).fillna(0).astype(int)
    out["inflow_batches_4q"] = inflow.reindex(out.index).fillna(0).astype(int).values
    out["inflow_from_shenyang_batches_4q"] = from_sy.reindex(out.index).fillna(0).astype(int).values
    return out


def spare_capacity(snapshot: str, area_id: str, domain_id: str):
    """Members outside the area qualified in the domain: capacity minus last-4-quarter batches in the domain."""
    import pandas as pd

    inst = read("institutions", snapshot)
    quals = read("qualifications", snapshot, ["institution_id", "domain_id"])
    qualified = set(quals.loc[quals["domain_id"] == domain_id, "institution_id"])
    others = inst[(inst["area_id"] != area_id) & inst["institution_id"].isin(qualified)]
    cap = read("capacity", snapshot)
    cap = cap[cap["domain_id"] == domain_id].set_index("institution_id")["annual_capacity_batches"]
    svc = read("services", snapshot)
    svc = svc[(svc["domain_id"] == domain_id)
              & (pd.to_datetime(svc["month"]) > pd.Timestamp(snapshot) - pd.DateOffset(months=12))]
    served = svc.groupby("provider_institution_id")["batches"].sum()
    return {i: max(int(cap.get(i, 0)) - int(served.get(i, 0)), 0) for i in others["institution_id"]}
